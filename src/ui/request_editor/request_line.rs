//! Method, URL and the send/cancel buttons on one line.

use leptos::prelude::*;

use wasm_bindgen::JsCast;

use super::curl_import::CurlImport;
use crate::core::curl::looks_like_curl;
use crate::core::request::method::Method;
use crate::state::draft::DraftStore;
use crate::state::exchange::ExchangeStore;

/// `id` of the URL box, which Ctrl/Cmd+L focuses.
pub const URL_INPUT_ID: &str = "request-url";

#[component]
pub fn RequestLine() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let curl = expect_context::<CurlImport>();
    let on_url_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if was_pasted(&ev) && looks_like_curl(&text) {
            curl.import(draft, text);
        } else {
            curl.clear_failure();
            draft.set_url(text);
        }
    };
    view! {
        <div class="request-line">
            <input
                class="method-input"
                aria-label="Method"
                list="method-options"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || draft.method()
                on:input=move |ev| draft.set_method(event_target_value(&ev))
            />
            <datalist id="method-options">
                {Method::STANDARD.iter().map(|m| view! { <option value=m.as_str()></option> }).collect_view()}
            </datalist>
            <input
                id=URL_INPUT_ID
                class="url-input"
                aria-label="URL"
                type="text"
                inputmode="url"
                autocomplete="url"
                spellcheck="false"
                placeholder="https://api.example.com/items, or paste a cURL command"
                prop:value=move || draft.url()
                on:input=on_url_input
            />
            <SendControls />
        </div>
    }
}

fn was_pasted(ev: &leptos::ev::Event) -> bool {
    ev.dyn_ref::<web_sys::InputEvent>()
        .is_some_and(|input| input.input_type() == "insertFromPaste")
}

#[component]
fn SendControls() -> impl IntoView {
    let exchange = expect_context::<ExchangeStore>();
    let in_flight = Memo::new(move |_| exchange.shows_busy());
    view! {
        <button type="submit" class="send-button" disabled=move || in_flight.get() title="Send (Ctrl+Enter)">
            "Send"
        </button>
        <Show when=move || in_flight.get()>
            <button type="button" class="cancel-button" on:click=move |_| exchange.cancel()>
                "Cancel"
            </button>
        </Show>
    }
}
