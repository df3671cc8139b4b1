//! `Save request`: a dialog naming the request and choosing (or creating) its collection.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::browser::clock::now_ms;
use crate::core::collections::{Id, Library};
use crate::core::request::draft::RequestDraft;
use crate::state::collections::Collections;
use crate::state::workspace::{OpenedRequest, Workspace};
use crate::ui::lazy::{split_fn, Lazy};
use crate::ui::routes::AppPath;

#[component]
pub fn SaveRequestButton() -> impl IntoView {
    let open = RwSignal::new(false);
    let close = Callback::new(move |()| open.set(false));
    view! {
        <button type="button" class="save-button" on:click=move |_| open.set(true)>"Save request"</button>
        <Show when=move || open.get()>
            <Lazy load=move || save_dialog(close) />
        </Show>
    }
}

split_fn!(save: fn save_dialog(close: Callback<()>) -> AnyView {
    view! { <SaveDialog close /> }.into_any()
});

#[component]
fn SaveDialog(close: Callback<()>) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let store = expect_context::<Collections>();
    let navigate = use_navigate();
    let opened = workspace.opened.get_untracked();
    let library = store.library.get_untracked();
    let name = RwSignal::new(default_name(opened.as_ref(), &workspace.draft_untracked()));
    let collection = RwSignal::new(default_collection(opened.as_ref(), &library));
    let as_new = RwSignal::new(false);
    // A folder id, or empty for the collection's top level; only for new requests.
    let folder = RwSignal::new(String::new());
    let folders = Memo::new(move |_| {
        let typed = collection.get();
        store.library.with(|lib| {
            lib.collection_named(&typed)
                .map(|c| lib.folder_places(&c.id))
                .unwrap_or_default()
        })
    });
    let is_new_draft = opened.is_none();
    let creates_new = move || is_new_draft || as_new.get();
    let error = RwSignal::new(None::<String>);
    let conflict = RwSignal::new(false);
    let save = StoredValue::new_local(move |overwrite: bool| {
        let draft = workspace.draft_untracked();
        let target = (!as_new.get_untracked())
            .then(|| workspace.opened.get_untracked())
            .flatten();
        match save_draft(
            &store,
            target,
            &name.get_untracked(),
            &collection.get_untracked(),
            Id::parse(&folder.get_untracked()),
            draft,
            overwrite,
        ) {
            Ok(saved) => {
                let page = AppPath::saved_request(&saved.collection, &saved.request);
                workspace.opened.set(Some(saved));
                close.run(());
                navigate(page.path(), Default::default());
            }
            Err(SaveError::ChangedElsewhere) => {
                conflict.set(true);
                error.set(Some(
                    "This request was changed in another tab since you opened it. Saving now replaces \
                     that version with yours. Tick “Save as a new request” to keep both."
                        .to_owned(),
                ));
            }
            Err(SaveError::Refused(message)) => error.set(Some(message)),
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.with_value(|save| save(false));
    };
    let names: Vec<String> = library.collections.iter().map(|c| c.name.clone()).collect();
    view! {
        <div class="dialog-backdrop">
            <form role="dialog" aria-modal="true" aria-label="Save request" class="dialog" on:submit=submit>
                <h2>"Save request"</h2>
                <label>"Request name" <input prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) /></label>
                <label>
                    "Collection"
                    <input list="collection-names" prop:value=move || collection.get() on:input=move |ev| collection.set(event_target_value(&ev)) />
                </label>
                <datalist id="collection-names">{names.into_iter().map(|n| view! { <option value=n></option> }).collect_view()}</datalist>
                <p class="hint">"A collection name that does not exist yet creates it."</p>
                <Show when=move || creates_new() && !folders.with(Vec::is_empty)>
                    <label>
                        "Folder"
                        <select on:change=move |ev| folder.set(event_target_value(&ev))>
                            <option value="" selected=move || folder.with(String::is_empty)>"Top level of the collection"</option>
                            {move || folders.get().into_iter().map(|place| {
                                let value = place.id.as_str().to_owned();
                                let selected = {
                                    let value = value.clone();
                                    move || folder.with(|f| *f == value)
                                };
                                view! { <option value=value selected=selected>{place.path}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                </Show>
                <Show when=move || opened.is_some()>
                    <label class="checkbox">
                        <input type="checkbox" prop:checked=move || as_new.get() on:change=move |ev| as_new.set(event_target_checked(&ev)) />
                        "Save as a new request"
                    </label>
                </Show>
                {move || error.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
                <Show when=move || conflict.get()>
                    <button type="button" on:click=move |_| save.with_value(|save| save(true))>"Overwrite their changes"</button>
                </Show>
                <div class="dialog-actions">
                    <button type="submit" class="send-button">"Save"</button>
                    <button type="button" on:click=move |_| close.run(())>"Cancel"</button>
                </div>
            </form>
        </div>
    }
}

fn default_name(opened: Option<&OpenedRequest>, draft: &RequestDraft) -> String {
    match opened {
        Some(opened) => opened.name.clone(),
        None => {
            let path = draft
                .url
                .split("://")
                .nth(1)
                .and_then(|rest| rest.find('/').map(|i| &rest[i..]));
            format!(
                "{} {}",
                draft.method.trim(),
                path.unwrap_or(draft.url.trim())
            )
            .trim()
            .to_owned()
        }
    }
}

fn default_collection(opened: Option<&OpenedRequest>, library: &Library) -> String {
    opened
        .and_then(|o| library.collection(&o.collection))
        .or_else(|| library.collections.first())
        .map_or_else(|| "My requests".to_owned(), |c| c.name.clone())
}

enum SaveError {
    /// Another tab saved this request after the draft was opened.
    ChangedElsewhere,
    Refused(String),
}

/// Updates the opened request in place, or saves a new one (creating the collection if needed).
/// Saving over a version the user has not seen needs `overwrite`.
fn save_draft(
    store: &Collections,
    target: Option<OpenedRequest>,
    name: &str,
    collection_name: &str,
    folder: Option<Id>,
    draft: RequestDraft,
    overwrite: bool,
) -> Result<OpenedRequest, SaveError> {
    if let Some(opened) = &target {
        let current = store.library.with_untracked(|lib| {
            lib.find_request(&opened.collection, &opened.request)
                .map(|r| r.revision)
        });
        if current.is_some_and(|revision| revision != opened.revision) && !overwrite {
            return Err(SaveError::ChangedElsewhere);
        }
    }
    let now = now_ms();
    let new_collection = store.new_id();
    let new_request = store.new_id();
    let name = name.trim().to_owned();
    store
        .change(|lib| {
            let collection = find_or_create(lib, collection_name, new_collection, now)?;
            let request = match target.filter(|t| t.collection == collection) {
                Some(existing) => {
                    lib.update_request(&existing.request, draft, now)
                        .map_err(|e| e.to_string())?;
                    lib.rename(&existing.request, &name, now)
                        .map_err(|e| e.to_string())?;
                    existing.request
                }
                None => {
                    // A folder picked for another collection than the one typed is ignored.
                    let folder = folder
                        .filter(|f| lib.folder_places(&collection).iter().any(|p| &p.id == f));
                    lib.save_new_request(
                        &collection,
                        folder.as_ref(),
                        new_request.clone(),
                        &name,
                        draft,
                        now,
                    )
                    .map_err(|e| e.to_string())?;
                    new_request
                }
            };
            let revision = lib
                .find_request(&collection, &request)
                .map_or(0, |r| r.revision);
            Ok(OpenedRequest {
                collection,
                request,
                name,
                revision,
            })
        })
        .map_err(SaveError::Refused)
}

fn find_or_create(lib: &mut Library, name: &str, new_id: Id, now: u64) -> Result<Id, String> {
    if let Some(existing) = lib.collection_named(name) {
        return Ok(existing.id.clone());
    }
    lib.create_collection(new_id, name.trim(), now)
        .map(|c| c.id.clone())
        .map_err(|e| e.to_string())
}
