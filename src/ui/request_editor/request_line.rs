//! Method, URL and the send/cancel buttons on one line.

use leptos::prelude::*;

use crate::core::request::method::Method;
use crate::state::workspace::Workspace;

#[component]
pub fn RequestLine() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    view! {
        <div class="request-line">
            <input
                class="method-input"
                aria-label="Method"
                list="method-options"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || workspace.method.get()
                on:input=move |ev| workspace.method.set(event_target_value(&ev))
            />
            <datalist id="method-options">
                {Method::STANDARD.iter().map(|m| view! { <option value=m.as_str()></option> }).collect_view()}
            </datalist>
            <input
                class="url-input"
                aria-label="URL"
                type="text"
                inputmode="url"
                autocomplete="url"
                spellcheck="false"
                placeholder="https://api.example.com/items"
                prop:value=move || workspace.url.get()
                on:input=move |ev| workspace.url.set(event_target_value(&ev))
            />
            <SendControls />
        </div>
    }
}

#[component]
fn SendControls() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let in_flight = Memo::new(move |_| workspace.shows_busy());
    view! {
        <button type="submit" class="send-button" disabled=move || in_flight.get() title="Send (Ctrl+Enter)">
            "Send"
        </button>
        <Show when=move || in_flight.get()>
            <button type="button" class="cancel-button" on:click=move |_| workspace.cancel()>
                "Cancel"
            </button>
        </Show>
    }
}
