//! The way around CORS: sending through the local companion (issue 21),
//! with its address and token, pasted once and kept in this browser.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::companion::{is_running, save_settings, saved_settings, sender};
use crate::browser::location::page_origin;
use crate::core::companion::{CompanionSettings, DEFAULT_ADDRESS};
use crate::core::response::received::format_elapsed;
use crate::state::exchange::ExchangeStore;

/// Says whether the companion runs, and sends the draft through it. The
/// address and token fields show when nothing is saved yet, or `open` asks
/// for them (the companion refused or did not answer).
#[component]
pub fn CompanionOffer(open: bool) -> impl IntoView {
    let exchange = expect_context::<ExchangeStore>();
    let saved = saved_settings();
    let address = RwSignal::new(
        saved
            .as_ref()
            .map_or_else(|| DEFAULT_ADDRESS.to_owned(), |s| s.address.clone()),
    );
    let token = RwSignal::new(saved.as_ref().map(|s| s.token.clone()).unwrap_or_default());
    let editing = RwSignal::new(open || saved.is_none());
    let problem = RwSignal::new(None::<String>);
    let running = RwSignal::new(None::<bool>);
    let checked_at = address.get_untracked();
    let asked = checked_at.clone();
    spawn_local(async move {
        let answer = is_running(asked).await;
        let _ = running.try_set(Some(answer));
    });
    let detected = move || {
        let at = &checked_at;
        match running.get() {
            None => format!("Looking for the local companion at {at}…"),
            Some(true) => format!("The local companion is running at {at}."),
            Some(false) => format!(
                "No local companion answers at {at}. Start it with: bash scripts/companion.sh --origin {}",
                page_origin()
            ),
        }
    };
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match CompanionSettings::checked(&address.get_untracked(), &token.get_untracked()) {
            Err(wrong) => problem.set(Some(wrong.to_string())),
            Ok(settings) => {
                // Not kept means pasted again next time; the request still goes.
                let _ = save_settings(&settings);
                exchange.send_through(sender(settings));
            }
        }
    };
    view! {
        <form class="companion" aria-label="Local companion" on:submit=send>
            <p>
                "The local companion is a small program you run on this machine. It sends the request \
                 itself, so the browser's CORS rules do not apply, and hands back everything the server \
                 sent: every header, cookies, and redirects as they are."
            </p>
            <p aria-live="polite">{detected}</p>
            <Show when=move || editing.get()>
                <label>
                    "Companion address"
                    <input type="url" spellcheck="false" prop:value=address
                        on:input=move |e| address.set(event_target_value(&e)) />
                </label>
                <label>
                    "Companion token"
                    <input type="password" autocomplete="off" spellcheck="false" prop:value=token
                        on:input=move |e| token.set(event_target_value(&e)) />
                </label>
                <p class="hint">"The token is the line after “token:” that the companion printed when it started."</p>
            </Show>
            {move || problem.get().map(|text| view! { <p role="alert" class="hint hint--warning">{text}</p> })}
            <div class="companion-actions">
                <button type="submit">"Send through the local companion"</button>
                <Show when=move || !editing.get()>
                    <button type="button" class="link-button" on:click=move |_| editing.set(true)>
                        "Change companion settings"
                    </button>
                </Show>
            </div>
        </form>
    }
}

/// Which way a response came, when the companion brought it: where the
/// time went, and a way back to sending directly.
#[component]
pub fn CompanionNote(
    address: String,
    upstream_ms: u64,
    total_ms: f64,
    origin: String,
) -> impl IntoView {
    let exchange = expect_context::<ExchangeStore>();
    let routed = RwSignal::new(true);
    let origin = StoredValue::new(origin);
    let stop = move |_| {
        origin.with_value(|origin| exchange.send_directly(origin));
        routed.set(false);
    };
    view! {
        <div class="note companion-note">
            <p>
                "Sent through the local companion at " <code>{address}</code> ". The server took "
                {format_elapsed(upstream_ms as f64)} " as the companion measured it; the rest of the "
                {format_elapsed(total_ms)} " was the way from the browser to the companion and back. \
                 Every header is shown as the server sent it."
            </p>
            <Show
                when=move || routed.get()
                fallback=|| view! { <p>"The next request to this server goes from the browser directly."</p> }
            >
                <button type="button" class="link-button" on:click=stop>"Stop using the companion for this server"</button>
            </Show>
        </div>
    }
}
