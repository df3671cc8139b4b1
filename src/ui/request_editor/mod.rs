//! The request editor: method, URL, send/cancel, headers, body, timeout.

mod body_editor;
mod headers_editor;
mod request_line;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::state::workspace::Workspace;
use body_editor::BodyEditor;
use headers_editor::HeadersEditor;
use request_line::RequestLine;

#[component]
pub fn RequestEditor() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        workspace.send();
    };
    view! {
        <form class="request-editor" aria-label="Request" on:submit=on_submit novalidate>
            <RequestLine />
            <HeadersEditor />
            <BodyEditor />
            <div class="editor-options">
                <TimeoutField />
                <FollowRedirectsToggle />
            </div>
        </form>
    }
}

#[component]
fn FollowRedirectsToggle() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    view! {
        <label class="redirect-toggle">
            <input
                type="checkbox"
                prop:checked=move || workspace.follow_redirects.get()
                on:change=move |ev| workspace.follow_redirects.set(event_target_checked(&ev))
            />
            "Follow redirects"
        </label>
    }
}

#[component]
fn TimeoutField() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    view! {
        <p class="timeout-field">
            <label for="timeout">"Timeout (seconds)"</label>
            <input
                id="timeout"
                type="number"
                min="0.1"
                max="3600"
                step="any"
                inputmode="decimal"
                prop:value=move || workspace.timeout_secs.get()
                on:input=move |ev| workspace.timeout_secs.set(event_target_value(&ev))
            />
        </p>
    }
}
