//! The response side: nothing yet, waiting, the response, or why there is none.

mod body_panel;
mod failure_alert;
mod headers_table;
mod status_line;

use leptos::prelude::*;

use crate::core::exchange::ExchangeState;
use crate::core::response::{format_elapsed, format_size, ReceivedResponse};
use crate::state::workspace::Workspace;
use body_panel::BodyPanel;
use failure_alert::FailureAlert;
use headers_table::HeadersTable;
use status_line::StatusLine;

#[component]
pub fn ResponseViewer() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    view! {
        <section class="response-viewer" aria-label="Response">
            {move || match workspace.exchange.get() {
                ExchangeState::Idle => view! {
                    <p class="placeholder">"Send a request to see the response here. Ctrl+Enter (⌘+Enter) sends from anywhere in the editor."</p>
                }.into_any(),
                ExchangeState::InFlight { method, url } => view! { <InFlight method url /> }.into_any(),
                ExchangeState::Received(response) => view! { <Received response=*response /> }.into_any(),
                ExchangeState::Failed(failure) => view! { <FailureAlert failure /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn InFlight(method: String, url: String) -> impl IntoView {
    view! {
        <div class="in-flight">
            <progress aria-label="Waiting for the response"></progress>
            <span>"Waiting for " <code>{method} " " {url}</code> "…"</span>
        </div>
    }
}

#[component]
fn Received(response: ReceivedResponse) -> impl IntoView {
    let note = response.hidden_headers_note();
    let redirect = response.redirected.then(|| response.final_url.clone());
    view! {
        <div class="received">
            <div class="response-summary">
                <StatusLine status=response.status raw_status=response.raw_status />
                <dl class="response-meta">
                    <dt>"Time"</dt><dd>{format_elapsed(response.elapsed_ms)}</dd>
                    <dt>"Size"</dt><dd>{format_size(response.body.len())}</dd>
                </dl>
            </div>
            {redirect.map(|url| view! {
                <p class="note">"The browser followed one or more redirects. Final URL: " <code>{url}</code></p>
            })}
            <HeadersTable headers=response.headers.clone() />
            {note.map(|text| view! { <p class="note note--cors">{text}</p> })}
            <BodyPanel view=response.body_view() />
        </div>
    }
}
