//! Method, URL and the send/cancel buttons on one line.

use leptos::prelude::*;

use crate::core::request::method::Method;
use crate::state::draft::DraftStore;
use crate::state::exchange::ExchangeStore;

#[component]
pub fn RequestLine() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
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
                class="url-input"
                aria-label="URL"
                type="text"
                inputmode="url"
                autocomplete="url"
                spellcheck="false"
                placeholder="https://api.example.com/items"
                prop:value=move || draft.url()
                on:input=move |ev| draft.set_url(event_target_value(&ev))
            />
            <SendControls />
        </div>
    }
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
