//! `Save request`: a dialog naming the request and choosing (or creating) its collection.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::core::collections::{Id, Library, SaveDraft, SaveError};
use crate::state::collections::{ChangeError, Collections};
use crate::state::draft::DraftStore;
use crate::ui::lazy::{split_fn, Lazy};
use crate::ui::routes::AppPath;

/// `open` is given by the page when a shortcut can open the dialog too.
#[component]
pub fn SaveRequestButton(#[prop(optional)] open: Option<RwSignal<bool>>) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
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
    let draft_store = expect_context::<DraftStore>();
    let store = expect_context::<Collections>();
    let navigate = use_navigate();
    let opened = draft_store.opened_untracked();
    let library = store.with_library_untracked(Library::clone);
    let name = RwSignal::new(match &opened {
        Some(opened) => opened.name.clone(),
        None => draft_store.draft_untracked().suggested_name(),
    });
    let collection = RwSignal::new(library.collection_to_save_in(opened.as_ref()));
    let as_new = RwSignal::new(false);
    // A folder id, or empty for the collection's top level; only for new requests.
    let folder = RwSignal::new(String::new());
    let folders = Memo::new(move |_| {
        let typed = collection.get();
        store.with_library(|lib| {
            lib.collection_named(&typed)
                .map(|c| lib.folder_places(&c.id))
                .unwrap_or_default()
        })
    });
    let is_new_draft = opened.is_none();
    let creates_new = move || is_new_draft || as_new.get();
    let error_message = RwSignal::new(None::<String>);
    let conflict = RwSignal::new(false);
    let save = StoredValue::new_local(move |overwrite: bool| {
        let save = SaveDraft {
            draft: draft_store.draft_untracked(),
            name: name.get_untracked(),
            collection_name: collection.get_untracked(),
            over: (!as_new.get_untracked())
                .then(|| draft_store.opened_untracked())
                .flatten(),
            folder: Id::parse(&folder.get_untracked()),
            overwrite,
        };
        match store.save_draft(save) {
            Ok(saved) => {
                let page = AppPath::saved_request(&saved.collection, &saved.request);
                draft_store.saved_as(saved);
                close.run(());
                navigate(page.path(), Default::default());
            }
            Err(error) => {
                if error == ChangeError::Refused(SaveError::ChangedElsewhere) {
                    conflict.set(true);
                }
                error_message.set(Some(error.to_string()));
            }
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
                {move || error_message.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
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
