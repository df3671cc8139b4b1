//! The `Collections` navigation: every collection and its requests, filterable.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::import_export::{ExportBackupButton, ImportButton};
use super::{collection_href, request_href};
use crate::core::collections::{filter, CollectionMatch};
use crate::state::collections::Collections;

#[component]
pub fn CollectionsSidebar() -> impl IntoView {
    let store = expect_context::<Collections>();
    let query = RwSignal::new(String::new());
    let matches = Memo::new(move |_| store.library.with(|library| filter(library, &query.get())));
    let location = use_location();
    let path = Memo::new(move |_| location.pathname.get());
    view! {
        <nav aria-label="Collections" class="collections-nav">
            <h2 class="sidebar-title">"Collections"</h2>
            <input
                type="search"
                aria-label="Filter collections"
                placeholder="Filter saved requests"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <NewCollectionButton />
            <ul class="collection-list">
                // Keyed on everything an entry shows, so a rename, a re-saved method or a
                // filter that swaps which requests match redraws it.
                <For each=move || matches.get() key=CollectionMatch::clone let:item>
                    <CollectionEntry item path />
                </For>
            </ul>
            <Show when=move || matches.with(Vec::is_empty)>
                <p class="placeholder">
                    {move || if query.with(String::is_empty) { "No saved requests yet." } else { "Nothing matches." }}
                </p>
            </Show>
            <div class="sidebar-actions">
                <ImportButton />
                <ExportBackupButton />
            </div>
        </nav>
    }
}

/// `aria-current="page"` for the link to where the app is. Plain links with one
/// shared location memo: a router `<A>` per saved request costs more at start
/// than anything else in the sidebar (the router still handles their clicks).
fn current(path: Memo<String>, href: String) -> impl Fn() -> Option<&'static str> {
    move || path.with(|p| *p == href).then_some("page")
}

#[component]
fn CollectionEntry(item: CollectionMatch, path: Memo<String>) -> impl IntoView {
    let collection = item.id.clone();
    let href = collection_href(&item.id);
    view! {
        <li>
            <a href=href.clone() aria-current=current(path, href)>{item.name.clone()}</a>
            <ul class="request-list">
                {item
                    .requests
                    .into_iter()
                    .map(|r| {
                        let href = request_href(&collection, &r.id);
                        let folders = (!r.folder_path.is_empty()).then(|| format!("{} › ", r.folder_path.join(" › ")));
                        view! {
                            <li>
                                <a href=href.clone() aria-current=current(path, href)>
                                    <span class="method-badge">{r.method}</span>
                                    " "
                                    <span class="folder-path">{folders}</span>
                                    {r.name}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </li>
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
                .map_err(|e| e.to_string())
        });
        match result {
            Ok(()) => {
                name.set(String::new());
                error.set(None);
            }
            Err(message) => error.set(Some(message)),
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
