//! The `Collections` navigation: every collection and its requests, filterable,
//! one line each and drawn a screenful at a time.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::backups::BackupsPanel;
use super::import_export::{ExportBackupButton, ImportButton};
use crate::core::collections::{filter, rows, CollectionMatch, Row};
use crate::state::collections::Collections;
use crate::ui::routes::AppPath;
use crate::ui::viewport::scroll_window;

/// Sidebar line height (px), matching `.nav-row` in the stylesheet.
const ROW_PX: f64 = 26.0;
const OVERSCAN_ROWS: usize = 10;

#[component]
pub fn CollectionsSidebar() -> impl IntoView {
    let store = expect_context::<Collections>();
    let query = RwSignal::new(String::new());
    let matches = Memo::new(move |_| store.with_library(|library| filter(library, &query.get())));
    let location = use_location();
    let path = Memo::new(move |_| location.pathname.get());
    let scroller = NodeRef::<leptos::html::Div>::new();
    let scroll_top = RwSignal::new(0.0);
    let on_input = move |ev| {
        query.set(event_target_value(&ev));
        // A new list starts at its top.
        if let Some(element) = scroller.get_untracked() {
            element.set_scroll_top(0);
        }
        scroll_top.set(0.0);
    };
    view! {
        <nav aria-label="Collections" class="collections-nav">
            <h2 class="sidebar-title">"Collections"</h2>
            <input
                type="search"
                aria-label="Filter collections"
                placeholder="Filter saved requests"
                prop:value=move || query.get()
                on:input=on_input
            />
            <NewCollectionButton />
            <NavLines matches path scroller scroll_top />
            <Show when=move || matches.with(Vec::is_empty)>
                <p class="placeholder">
                    {move || if query.with(String::is_empty) { "No saved requests yet." } else { "Nothing matches." }}
                </p>
            </Show>
            <div class="sidebar-actions">
                <ImportButton />
                <ExportBackupButton />
            </div>
            <BackupsPanel />
        </nav>
    }
}

/// The collections and their requests, one line each, drawn a screenful at a
/// time: a library of thousands of requests starts and filters as fast as a small one.
#[component]
fn NavLines(
    matches: Memo<Vec<CollectionMatch>>,
    path: Memo<String>,
    scroller: NodeRef<leptos::html::Div>,
    scroll_top: RwSignal<f64>,
) -> impl IntoView {
    let lines = Memo::new(move |_| matches.with(|m| rows(m)));
    let (window, on_scroll) = scroll_window(
        scroll_top,
        ROW_PX,
        move || lines.with(Vec::len),
        OVERSCAN_ROWS,
    );
    let shown = move || {
        let range = window.with(|w| w.rows.clone());
        matches.with(|m| {
            lines.with(|l| {
                l.get(range)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|row| NavLine::of(m, *row))
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <div class="nav-scroller" node_ref=scroller on:scroll=on_scroll>
            <div class="nav-spacer" style:height=move || format!("{}px", window.with(|w| w.spacer_px as u64))>
                <ul class="collection-list" style:transform=move || format!("translateY({}px)", window.with(|w| w.offset_px as u64))>
                    // Keyed, so lines that stay in view keep their element (and focus) while scrolling;
                    // the key holds everything a line shows, so a rename or a re-saved method redraws it.
                    <For each=shown key=NavLine::clone let:line>
                        <NavEntry line path />
                    </For>
                </ul>
            </div>
        </div>
    }
}

/// What one sidebar line shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct NavLine {
    href: String,
    /// `None` for a collection's own line.
    method: Option<String>,
    folders: Option<String>,
    name: String,
}

impl NavLine {
    fn of(matches: &[CollectionMatch], row: Row) -> Option<NavLine> {
        let collection = matches.get(row.collection)?;
        let Some(index) = row.request else {
            return Some(NavLine {
                href: AppPath::collection(&collection.id).href(),
                method: None,
                folders: None,
                name: collection.name.clone(),
            });
        };
        let request = collection.requests.get(index)?;
        Some(NavLine {
            href: AppPath::saved_request(&collection.id, &request.id).href(),
            method: Some(request.method.clone()),
            folders: (!request.folder_path.is_empty())
                .then(|| format!("{} › ", request.folder_path.join(" › "))),
            name: request.name.clone(),
        })
    }
}

/// `aria-current="page"` for the link to where the app is. Plain links with one
/// shared location memo: a router `<A>` per saved request costs more at start
/// than anything else in the sidebar (the router still handles their clicks).
fn current(path: Memo<String>, href: String) -> impl Fn() -> Option<&'static str> {
    move || path.with(|p| *p == href).then_some("page")
}

#[component]
fn NavEntry(line: NavLine, path: Memo<String>) -> impl IntoView {
    let NavLine {
        href,
        method,
        folders,
        name,
    } = line;
    match method {
        None => view! {
            <li class="nav-row nav-row--collection">
                <a href=href.clone() aria-current=current(path, href)>{name}</a>
            </li>
        }
        .into_any(),
        Some(method) => view! {
            <li class="nav-row nav-row--request">
                <a href=href.clone() aria-current=current(path, href)>
                    <span class="method-badge">{method}</span>
                    " "
                    <span class="folder-path">{folders}</span>
                    {name}
                </a>
            </li>
        }
        .into_any(),
    }
}

#[component]
fn NewCollectionButton() -> impl IntoView {
    let store = expect_context::<Collections>();
    let error = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = store.new_id();
        let result = store.change(|lib| {
            lib.create_collection(id, &name.get_untracked(), crate::browser::clock::now_ms())
                .map(|_| ())
        });
        match result {
            Ok(()) => {
                name.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    view! {
        <form class="new-collection" on:submit=create>
            <input
                aria-label="New collection name"
                placeholder="New collection"
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
            />
            <button type="submit">"Create collection"</button>
            {move || error.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
        </form>
    }
}
