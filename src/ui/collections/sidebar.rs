//! The `Collections` navigation: every collection and its requests, filterable.

use leptos::prelude::*;
use leptos_router::components::A;

use super::import_export::{ExportBackupButton, ImportButton};
use super::{collection_href, request_href};
use crate::core::collections::{filter, CollectionMatch};
use crate::state::collections::Collections;

#[component]
pub fn CollectionsSidebar() -> impl IntoView {
    let store = expect_context::<Collections>();
    let query = RwSignal::new(String::new());
    let matches = Memo::new(move |_| store.library.with(|library| filter(library, &query.get())));
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
                    <CollectionEntry item />
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

#[component]
fn CollectionEntry(item: CollectionMatch) -> impl IntoView {
    let collection = item.id.clone();
    view! {
        <li>
            <A href=collection_href(&item.id)>{item.name.clone()}</A>
            <ul class="request-list">
                {item
                    .requests
                    .into_iter()
                    .map(|r| {
                        let href = request_href(&collection, &r.id);
                        let folders = (!r.folder_path.is_empty()).then(|| format!("{} › ", r.folder_path.join(" › ")));
                        view! {
                            <li>
                                <A href=href>
                                    <span class="method-badge">{r.method}</span>
                                    " "
                                    <span class="folder-path">{folders}</span>
                                    {r.name}
                                </A>
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
