//! The request workspace: the editor and the response, side by side when there
//! is room and stacked when not; keyboard shortcuts; shared links.

use leptos::prelude::*;
use leptos::task::spawn_local;

use leptos_router::hooks::use_location;

use crate::browser::location::replace_query;
use crate::core::collections::{decode_share, share_payload, ShareError};
use crate::core::request::draft::RequestDraft;
use crate::state::collections::Collections;
use crate::state::draft::DraftStore;
use crate::ui::collections::{SaveRequestButton, ShareButton};
use crate::ui::lazy::split_fn;
use crate::ui::request_editor::RequestEditor;
use crate::ui::response_viewer::ResponseViewer;
use crate::ui::shortcuts::ShortcutTargets;

#[component]
pub fn WorkspacePage() -> impl IntoView {
    let targets = ShortcutTargets {
        save_dialog: RwSignal::new(false),
        shortcut_list: RwSignal::new(false),
    };
    // The listener and the list come with the editor's chunk, fetched at start.
    provide_context(targets);
    open_shared_request(expect_context::<DraftStore>());
    view! {
        <div class="workspace">
            <h1 class="visually-hidden">"Request workspace"</h1>
            <div class="workspace-actions">
                <SaveRequestButton open=targets.save_dialog />
                <ShareButton />
            </div>
            <RequestEditor />
            <ResponseViewer />
        </div>
    }
}

/// `#share=…` (or `?share=…`, in links made before) carries a request: open it
/// once, then drop it from the address so a reload does not overwrite later
/// edits. Its reader comes with the share chunk. Watched, not read once: a
/// `#share=` link opened in a tab already showing the workspace changes only
/// the fragment, which does not reload the page.
fn open_shared_request(draft_store: DraftStore) {
    let location = use_location();
    let collections = expect_context::<Collections>();
    Effect::new(move |_| {
        let (query, fragment) = (location.search.get(), location.hash.get());
        if let Some(param) = share_payload(&query, &fragment) {
            spawn_local(open_payload(param, draft_store, collections));
        }
    });
}

async fn open_payload(param: String, draft_store: DraftStore, collections: Collections) {
    let notice = match decode_shared(param).await {
        Ok(Ok((name, draft))) => {
            draft_store.open(draft, None);
            let name = if name.is_empty() {
                "a request".to_owned()
            } else {
                format!("“{name}”")
            };
            format!("Opened {name} from a shared link. Save it to keep it.")
        }
        Ok(Err(e)) => format!("The shared link could not be opened: {e}"),
        // The link stays in the address: reloading tries again.
        Err(e) => {
            let notice = format!("The shared link could not be opened yet. {e}");
            return collections.tell(notice);
        }
    };
    collections.tell(notice);
    // Drops the query and the fragment alike.
    replace_query(&[]);
}

split_fn!(share: fn decode_shared(param: String) -> Result<(String, RequestDraft), ShareError> {
    decode_share(&param)
});
