//! The request workspace: editor above, response below; Ctrl/Cmd+Enter sends.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::state::workspace::Workspace;
use crate::ui::request_editor::RequestEditor;
use crate::ui::response_viewer::ResponseViewer;

#[component]
pub fn WorkspacePage() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            workspace.send();
        }
    };
    view! {
        <div class="workspace" on:keydown=on_keydown>
            <h1 class="visually-hidden">"Request workspace"</h1>
            <RequestEditor />
            <ResponseViewer />
        </div>
    }
}
