//! `/collections/{cid}/requests/{rid}`: the saved request opened in the editor,
//! from a bookmark, a reload or the sidebar.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::core::collections::{Id, OpenedRequest, SavedRequest};
use crate::state::collections::{Collections, Lookup};
use crate::state::draft::DraftStore;
use crate::ui::routes::saved_request_ids;
use crate::ui::workspace::WorkspacePage;

#[component]
pub fn SavedRequestPage() -> impl IntoView {
    let params = use_params_map();
    let store = expect_context::<Collections>();
    let draft = expect_context::<DraftStore>();
    // One memo for the whole state, so the view reruns whenever any part of it changes.
    let lookup = Memo::new(move |_| {
        store.look_up(|| {
            let (cid, rid) = params.with(saved_request_ids)?;
            // Only the route decides what to open: later library changes must not clobber edits.
            store.with_library_untracked(|lib| {
                lib.find_request(&cid, &rid)
                    .map(|saved| (cid.clone(), saved.clone()))
            })
        })
    });
    Effect::new(move |_| {
        if let Lookup::Found((collection, saved)) = lookup.get() {
            open_saved(draft, collection, saved);
        }
    });
    view! {
        {move || match lookup.get() {
            Lookup::Loading => view! { <p class="hint" role="status">"Loading saved request…"</p> }.into_any(),
            Lookup::Found((_, saved)) => view! {
                <p class="breadcrumb">"Saved request: " <strong>{saved.name}</strong></p>
                <WorkspacePage />
            }
            .into_any(),
            Lookup::Missing => missing(
                "This saved request is not in this browser's library. Saved requests live in the browser \
                 that saved them (local storage): it may have been deleted, saved in another browser or \
                 profile, or lost with data that could not be read. You can still send requests here.",
            ),
            Lookup::Unavailable => missing(
                "This saved request cannot be opened: the part of the app that reads saved collections \
                 did not download (see the message beside it to try again). You can still send requests here.",
            ),
        }}
    }
}

fn open_saved(draft: DraftStore, collection: Id, saved: SavedRequest) {
    if !draft.is_open_from(&saved.id) {
        draft.open(
            saved.request.clone(),
            Some(OpenedRequest {
                collection,
                request: saved.id,
                name: saved.name,
                revision: saved.revision,
            }),
        );
    }
}

/// The workspace stays usable under the explanation: a dead link must not
/// stand between the user and the URL box.
fn missing(message: &'static str) -> AnyView {
    view! {
        <p role="alert" class="alert">{message}</p>
        <WorkspacePage />
    }
    .into_any()
}
