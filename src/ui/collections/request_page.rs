//! `/collections/{cid}/requests/{rid}`: the saved request opened in the editor,
//! from a bookmark, a reload or the sidebar.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::core::collections::OpenedRequest;
use crate::state::collections::Collections;
use crate::state::draft::DraftStore;
use crate::ui::routes::saved_request_ids;
use crate::ui::workspace::WorkspacePage;

#[component]
pub fn SavedRequestPage() -> impl IntoView {
    let params = use_params_map();
    let store = expect_context::<Collections>();
    let draft = expect_context::<DraftStore>();
    let loaded = Memo::new(move |_| store.loaded());
    let found = Memo::new(move |_| {
        if !loaded.get() {
            return None;
        }
        let (cid, rid) = params.with(saved_request_ids)?;
        // Only the route decides what to open: later library changes must not clobber edits.
        store.with_library_untracked(|lib| {
            lib.find_request(&cid, &rid)
                .map(|saved| (cid.clone(), saved.clone()))
        })
    });
    Effect::new(move |_| {
        if let Some((collection, saved)) = found.get() {
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
    });
    view! {
        {move || match found.get() {
            None if !loaded.get() => view! { <p class="hint" role="status">"Loading saved request…"</p> }.into_any(),
            Some((_, saved)) => view! {
                <p class="breadcrumb">"Saved request: " <strong>{saved.name}</strong></p>
                <WorkspacePage />
            }
            .into_any(),
            None => view! {
                <section>
                    <h1>"Saved request not found"</h1>
                    <p role="alert" class="alert">
                        "This browser has no saved request at this address. Saved requests live in the \
                         browser that saved them (local storage); it may have been deleted, or saved in \
                         another browser or profile."
                    </p>
                </section>
            }
            .into_any(),
        }}
    }
}
