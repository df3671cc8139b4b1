//! The request editor: the request line (method, URL, send/cancel) comes with
//! the first load; params, headers, body, auth and options come in the
//! `editor` chunk, fetched as soon as the page starts.

mod auth_editor;
mod body_editor;
mod code_panel;
mod curl_import;
mod headers_editor;
mod params_editor;
mod request_line;
mod split_handle;

pub use request_line::URL_INPUT_ID;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::state::draft::DraftStore;
use crate::state::exchange::ExchangeStore;
use crate::ui::environments::EnvironmentPicker;
use crate::ui::lazy::{split_fn, Lazy};
use crate::ui::shortcuts::{self, ShortcutList, ShortcutTargets};
use auth_editor::AuthEditor;
use body_editor::BodyEditor;
use code_panel::CodeToggle;
use curl_import::{CurlImport, CurlImportNotes};
use headers_editor::HeadersEditor;
use params_editor::ParamsEditor;
use request_line::RequestLine;
use split_handle::SplitHandle;

#[component]
pub fn RequestEditor() -> impl IntoView {
    let exchange = expect_context::<ExchangeStore>();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        exchange.send();
    };
    provide_context(CurlImport::new());
    view! {
        <form class="request-editor" aria-label="Request" on:submit=on_submit novalidate>
            <RequestLine />
            <Lazy load=request_parts quiet=true />
        </form>
    }
}

split_fn!(editor: fn request_parts() -> AnyView {
    // The saved-request page shows this editor too; both give the targets.
    let targets = use_context::<ShortcutTargets>();
    if let Some(targets) = targets {
        shortcuts::listen(targets);
    }
    view! {
        <EnvironmentPicker />
        <CurlImportNotes />
        <ParamsEditor />
        <HeadersEditor />
        <BodyEditor />
        <AuthEditor />
        <div class="editor-options">
            <TimeoutField />
            <FollowRedirectsToggle />
        </div>
        <CodeToggle />
        {targets.map(|targets| view! {
            <button type="button" class="link-button" aria-keyshortcuts="?" on:click=move |_| targets.shortcut_list.set(true)>
                "Keyboard shortcuts"
            </button>
            <ShortcutList open=targets.shortcut_list />
            // Only the workspace sets the editor beside the response.
            <SplitHandle />
        })}
    }
    .into_any()
});

#[component]
fn FollowRedirectsToggle() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    view! {
        <label class="redirect-toggle">
            <input
                type="checkbox"
                prop:checked=move || draft.follow_redirects()
                on:change=move |ev| draft.set_follow_redirects(event_target_checked(&ev))
            />
            "Follow redirects"
        </label>
    }
}

#[component]
fn TimeoutField() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
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
                prop:value=move || draft.timeout_secs()
                on:input=move |ev| draft.set_timeout_secs(event_target_value(&ev))
            />
        </p>
    }
}
