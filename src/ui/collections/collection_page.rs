//! `/collections/{id}`: one collection, its requests and folders, and what can be done to them.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params;

use super::import_export::ExportPostmanButton;
use super::variables::VariablesEditor;
use crate::browser::clock::now_ms;
use crate::core::collections::{Collection, Id, Item, Library};
use crate::state::collections::{Collections, Lookup};
use crate::ui::routes::{AppPath, CollectionParams, WORKSPACE_HREF};

#[component]
pub fn CollectionPage() -> impl IntoView {
    let params = use_params::<CollectionParams>();
    let store = expect_context::<Collections>();
    let collection = Memo::new(move |_| {
        store.look_up(|| {
            let id = params.with(|p| p.as_ref().ok().and_then(|p| p.cid.clone()))?;
            store.with_library(|lib| lib.collection(&id).cloned())
        })
    });
    view! {
        {move || match collection.get() {
            Lookup::Found(collection) => view! { <CollectionView collection /> }.into_any(),
            // A cold link waits for the library instead of flashing "not found".
            Lookup::Loading => view! { <p class="hint" aria-live="polite">"Loading collection…"</p> }.into_any(),
            Lookup::Missing => not_here(
                "This collection is not in this browser's library. Collections live in the browser that \
                 saved them (local storage): it may have been deleted, saved in another browser or \
                 profile, or lost with data that could not be read.",
            ),
            Lookup::Unavailable => not_here(
                "This collection cannot be shown: the part of the app that reads saved collections did \
                 not download (see the message beside it to try again).",
            ),
        }}
    }
}

fn not_here(message: &'static str) -> AnyView {
    view! {
        <section>
            <h1>"Collection not found"</h1>
            <p role="alert" class="alert">{message}</p>
            <p><A href=WORKSPACE_HREF>"Go to the request workspace"</A></p>
        </section>
    }
    .into_any()
}

#[component]
fn CollectionView(collection: Collection) -> impl IntoView {
    let store = expect_context::<Collections>();
    let id = collection.id.clone();
    let name = RwSignal::new(collection.name.clone());
    let error = RwSignal::new(None::<String>);
    let rename = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let result = store.change(|lib| lib.rename(&id, &name.get_untracked(), now_ms()));
            error.set(result.err().map(|e| e.to_string()));
        }
    };
    let delete = {
        let id = id.clone();
        let label = format!("collection “{}”", collection.name);
        move |_| error.set(store.delete(&id, &label).err().map(|e| e.to_string()))
    };
    let save_variables = {
        let id = id.clone();
        Callback::new(move |variables| {
            store
                .change(|lib| lib.set_variables(&id, variables, now_ms()))
                .map_err(|e| e.to_string())
        })
    };
    view! {
        <section class="collection-page">
            <h1>{collection.name.clone()}</h1>
            <form class="inline-form" on:submit=rename>
                <input aria-label="Collection name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                <button type="submit">"Rename collection"</button>
                <button type="button" on:click=delete>"Delete collection"</button>
                <ExportPostmanButton collection=collection.clone() />
            </form>
            {move || error.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
            <VariablesEditor
                variables=collection.variables.clone()
                save=save_variables
                label="Variables".to_owned()
                hint="{{name}} in the URL, params, switched-on headers, body or auth of this collection's requests is replaced by the value when the request is sent. The active environment's variables take precedence."
            />
            <NewFolderForm collection=id.clone() />
            <ItemList collection=id.clone() items=collection.items.clone() />
            {collection.items.is_empty().then(|| view! {
                <p class="placeholder">"No requests yet. Use “Save request” in the workspace to add one."</p>
            })}
        </section>
    }
}

#[component]
fn ItemList(collection: Id, items: Vec<Item>) -> impl IntoView {
    view! {
        <ul class="item-list">
            {items
                .into_iter()
                .map(|item| match item {
                    Item::Request(saved) => view! { <RequestRow collection=collection.clone() saved /> }.into_any(),
                    Item::Folder(folder) => view! { <FolderRow collection=collection.clone() folder /> }.into_any(),
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn RequestRow(collection: Id, saved: crate::core::collections::SavedRequest) -> impl IntoView {
    let store = expect_context::<Collections>();
    let href = AppPath::saved_request(&collection, &saved.id).href();
    let (dup_id, del_id) = (saved.id.clone(), saved.id.clone());
    let label = format!("request “{}”", saved.name);
    let (duplicate_label, delete_label) = (
        format!("Duplicate {}", saved.name),
        format!("Delete {}", saved.name),
    );
    let (move_id, move_name) = (saved.id.clone(), saved.name.clone());
    let rename_id = saved.id.clone();
    let crate::core::collections::SavedRequest { name, request, .. } = saved;
    let typed = RwSignal::new(name.clone());
    let (name_label, rename_label) = (
        format!("Name of request {name}"),
        format!("Rename request {name}"),
    );
    let rename = rename_on_submit(store, rename_id, typed);
    view! {
        <li class="request-row">
            <A href=href>
                <span class="method-badge">{request.method}</span> " " {name}
            </A>
            <span class="request-url">{request.url}</span>
            <form class="inline-form" on:submit=rename>
                <input aria-label=name_label prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) />
                <button type="submit" aria-label=rename_label>"Rename"</button>
            </form>
            <button type="button" aria-label=duplicate_label
                on:click=move |_| { let _ = store.change(|lib| lib.duplicate_request(&dup_id, store.new_id(), now_ms())); }>
                "Duplicate"
            </button>
            <MoveSelect item=move_id name=move_name />
            <button type="button" aria-label=delete_label on:click=move |_| { let _ = store.delete(&del_id, &label); }>
                "Delete"
            </button>
        </li>
    }
}

#[component]
fn NewFolderForm(
    collection: Id,
    /// The folder to create it in; the collection's top level when absent.
    #[prop(optional)]
    parent: Option<Id>,
    /// Names the form's controls, so several on one page stay apart.
    #[prop(optional)]
    parent_name: Option<String>,
) -> impl IntoView {
    let store = expect_context::<Collections>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = store.new_id();
        let result = store.change(|lib| {
            lib.create_folder(&collection, parent.as_ref(), id, &name.get_untracked())
        });
        if result.is_ok() {
            name.set(String::new());
        }
        error.set(result.err().map(|e| e.to_string()));
    };
    let (input_label, button_label, button_text, class) = match &parent_name {
        Some(parent) => (
            format!("New subfolder in {parent}"),
            format!("Add subfolder to {parent}"),
            "Add subfolder",
            "inline-form subfolder-form",
        ),
        None => (
            "New folder name".to_owned(),
            "Create folder".to_owned(),
            "Create folder",
            "inline-form",
        ),
    };
    view! {
        <form class=class on:submit=create>
            <input aria-label=input_label placeholder="New folder" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            <button type="submit" aria-label=button_label>{button_text}</button>
            {move || error.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
        </form>
    }
}

/// Every place a request can go: each collection, and each folder inside it.
fn destinations(library: &Library) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for collection in &library.collections {
        out.push((collection.id.as_str().to_owned(), collection.name.clone()));
        for place in library.folder_places(&collection.id) {
            out.push((
                format!("{}/{}", collection.id.as_str(), place.id.as_str()),
                format!("{} › {}", collection.name, place.path),
            ));
        }
    }
    out
}

#[component]
fn MoveSelect(item: Id, name: String) -> impl IntoView {
    let store = expect_context::<Collections>();
    // Tracked: folders made in other collections appear without reopening the page.
    let options = Memo::new(move |_| store.with_library(destinations));
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let (collection, folder) = value
            .split_once('/')
            .map_or((value.as_str(), None), |(c, f)| (c, Some(f)));
        let (Some(collection), folder) = (Id::parse(collection), folder.and_then(Id::parse)) else {
            return;
        };
        let result =
            store.change(|lib| lib.move_item(&item, &collection, folder.as_ref(), now_ms()));
        if let Err(e) = result {
            store.tell(e.to_string());
        }
    };
    view! {
        <select aria-label=format!("Move {name}") on:change=on_change>
            <option value="" selected>"Move to…"</option>
            {move || options.get().into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
        </select>
    }
}

/// A folder: its name (renamable), a delete with undo, and what it holds.
#[component]
fn FolderRow(collection: Id, folder: crate::core::collections::Folder) -> impl IntoView {
    let store = expect_context::<Collections>();
    let crate::core::collections::Folder { id, name, items } = folder;
    let draft = RwSignal::new(name.clone());
    let (rename_id, delete_id, folder_id) = (id.clone(), id.clone(), id);
    let rename = rename_on_submit(store, rename_id, draft);
    let label = format!("folder “{name}”");
    let delete = move |_| {
        if let Err(e) = store.delete(&delete_id, &label) {
            store.tell(e.to_string());
        }
    };
    view! {
        <li class="folder">
            <form class="inline-form" on:submit=rename>
                <input aria-label=format!("Folder name {name}") prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                <button type="submit" aria-label=format!("Rename folder {name}")>"Rename"</button>
                <button type="button" aria-label=format!("Delete folder {name}") on:click=delete>"Delete"</button>
            </form>
            <ItemList collection=collection.clone() items />
            <NewFolderForm collection parent=folder_id parent_name=name />
        </li>
    }
}

/// Submitting a rename form: renames the request or folder to what was typed;
/// a refused name is told in the notice area.
fn rename_on_submit(
    store: Collections,
    target: Id,
    typed: RwSignal<String>,
) -> impl Fn(leptos::ev::SubmitEvent) + Clone + 'static {
    move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = store.change(|lib| lib.rename(&target, &typed.get_untracked(), now_ms()));
        if let Err(e) = result {
            store.tell(e.to_string());
        }
    }
}
