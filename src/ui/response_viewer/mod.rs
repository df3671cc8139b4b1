//! The response side: nothing yet, waiting, the response, or why there is none.

mod body_panel;
mod companion_offer;
mod failure_alert;
mod formatting;
mod headers_table;
mod insight_panel;
mod lenses;
mod status_line;
mod text_view;
mod timing_bar;

use leptos::prelude::*;

use crate::core::exchange::{Completed, ExchangeState, ResponseHead, SendFailure};
use crate::core::response::received::{format_elapsed, format_size, BodyView, Via};
use crate::state::exchange::ExchangeStore;
use crate::ui::lazy::{split_fn, Lazy};
use body_panel::BodyPanel;
use companion_offer::{CompanionNote, CompanionOffer};
use failure_alert::{FailureAlert, InvalidAlert};
use formatting::prepare_body;
use headers_table::HeadersTable;
use insight_panel::InsightPanel;
use status_line::StatusLine;
use timing_bar::TimingBar;

#[component]
pub fn ResponseViewer() -> impl IntoView {
    let exchange = expect_context::<ExchangeStore>();
    // Until the busy delay has passed, the previous response stays on screen.
    let shown = Memo::new(move |previous: Option<&ExchangeState>| {
        let busy_hidden = !exchange.busy_shown();
        exchange.with_state(|state| match state {
            ExchangeState::InFlight { .. } if busy_hidden => previous.cloned().unwrap_or_default(),
            other => other.clone(),
        })
    });
    Effect::new(move |_| {
        if exchange.is_in_flight() {
            // A failure here is shown, with a retry, if the response view is needed.
            leptos::task::spawn_local(async {
                let _ = preload_response_view().await;
            });
        }
    });
    view! {
        <section class="response-viewer" aria-label="Response">
            {move || match shown.get() {
                ExchangeState::Idle => view! {
                    <p class="placeholder">"Send a request to see the response here. Ctrl+Enter (⌘+Enter) sends from anywhere in the editor."</p>
                }.into_any(),
                ExchangeState::InFlight { method, url } => view! { <InFlight method url /> }.into_any(),
                ExchangeState::Receiving(head) => view! { <Receiving head=*head /> }.into_any(),
                ExchangeState::Failed(SendFailure::Invalid(problems)) => view! { <InvalidAlert problems /> }.into_any(),
                ended @ (ExchangeState::Received(_) | ExchangeState::Failed(_)) => {
                    let ended = StoredValue::new_local(ended);
                    view! { <Lazy load=move || ended_view(ended.get_value()) /> }.into_any()
                }
            }}
        </section>
    }
}

/// Status and headers shown as soon as they arrive; the body follows.
#[component]
fn Receiving(head: ResponseHead) -> impl IntoView {
    view! {
        <div class="received">
            <div class="response-summary">
                <StatusLine status=head.status raw_status=head.raw_status />
            </div>
            <div class="in-flight">
                <progress aria-label="Receiving the body"></progress>
                <span>"Receiving the body…"</span>
            </div>
            <HeadersTable headers=head.headers />
        </div>
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

// How an exchange ended, beyond a draft that could not be sent: the full
// response view (insight, body formatting, the body views) or why there is no
// response, with the way through the local companion. A chunk of its own,
// fetched while the first request is on its way.
split_fn!(response, preload = preload_response_view: pub fn ended_view(ended: ExchangeState) -> AnyView {
    match ended {
        ExchangeState::Received(completed) if completed.response.opaque_redirect => view! { <OpaqueRedirect /> }.into_any(),
        ExchangeState::Received(completed) => view! { <Received completed=*completed /> }.into_any(),
        ExchangeState::Failed(failure) => view! { <FailureAlert failure /> }.into_any(),
        _ => ().into_any(),
    }
});

/// What `redirect: "manual"` gives a page: a stand-in, not the 3xx itself.
#[component]
fn OpaqueRedirect() -> impl IntoView {
    view! {
        <div class="received">
            <p role="status" class="status-line status--redirection">"Redirect not followed"</p>
            <p class="note">
                "The server answered with a redirect. With “Follow redirects” off, the browser gives the page \
                 an opaque stand-in (status 0, no headers, no body): the real 3xx status and its Location header \
                 are hidden from every web page by design. Turn “Follow redirects” on to see where it leads, \
                 or send it through the local companion, which shows the redirect itself."
            </p>
            <CompanionOffer open=false />
        </div>
    }
}

#[component]
fn Received(completed: Completed) -> impl IntoView {
    let insight = completed.insight();
    let Completed { response, .. } = completed;
    let note = response.hidden_headers_note();
    let (sent, context) = (response.sent.clone(), response.timing_context());
    let timing = match response.via.clone() {
        Via::Browser => {
            view! { <TimingBar sent final_url=response.final_url.clone() context /> }.into_any()
        }
        Via::Companion {
            address,
            upstream_ms,
            origin,
        } => view! { <CompanionNote address upstream_ms total_ms=response.elapsed_ms origin /> }
            .into_any(),
    };
    let redirect = response.redirected.then(|| response.final_url.clone());
    let size = format_size(response.body.len());
    let content_type = response.content_type().map(str::to_owned);
    let media_type = content_type
        .clone()
        .unwrap_or_else(|| "application/octet-stream".to_owned());
    let body = response.body;
    // Formatting a large body is the slow part: it runs in tasks of its own, after
    // the status, insight and headers are on screen, a slice at a time.
    let formatted = StoredValue::new(None::<BodyView>);
    let ready = RwSignal::new(false);
    let progress = RwSignal::new(0);
    prepare_body(content_type.as_deref(), &body, progress, move |view| {
        formatted.set_value(Some(view));
        ready.set(true);
    });
    let body_panel = move || {
        if !ready.get() {
            return view! {
                <p class="placeholder">{move || format!("Formatting the body… {}%", progress.get())}</p>
            }
            .into_any();
        }
        match formatted.try_update_value(Option::take).flatten() {
            Some(view) => {
                view! { <BodyPanel view body=body.clone() media_type=media_type.clone() /> }
                    .into_any()
            }
            None => ().into_any(),
        }
    };
    view! {
        <div class="received">
            <div class="response-summary">
                <StatusLine status=response.status raw_status=response.raw_status />
                <dl class="response-meta">
                    <dt>"Time"</dt><dd>{format_elapsed(response.elapsed_ms)}</dd>
                    <dt>"Size"</dt><dd>{size}</dd>
                </dl>
                <ClearResponseButton />
            </div>
            {timing}
            {redirect.map(|url| view! {
                <p class="note">"The browser followed one or more redirects. Final URL: " <code>{url}</code></p>
            })}
            {insight.map(|insight| view! { <InsightPanel insight /> })}
            <HeadersTable headers=response.headers />
            {note.map(|text| view! { <p class="note note--cors">{text}</p> })}
            {body_panel}
        </div>
    }
}

/// Lets go of the response (and its body) without sending anything.
#[component]
fn ClearResponseButton() -> impl IntoView {
    let exchange = expect_context::<ExchangeStore>();
    view! {
        <button type="button" class="clear-response" on:click=move |_| exchange.clear()>
            "Clear response"
        </button>
    }
}
