//! Where the response's time went, phase by phase, when the browser tells;
//! otherwise why only the total is known.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::timing::record;
use crate::core::response::timing::{
    css_share, PhaseSpan, SentMark, Timing, TimingContext, TimingRecord,
};

/// The browser files its record of a request a moment after the body is in,
/// so it is read here, as the response is shown, and the picture follows.
#[component]
pub fn TimingBar(sent: SentMark, final_url: String, context: TimingContext) -> impl IntoView {
    // A signal and a task rather than a resource: the same, here, for far
    // less code in the response chunk.
    let found = RwSignal::new(remembered(&sent));
    if found.get_untracked().is_none() {
        spawn_local(async move {
            let record = record(&sent, &final_url).await;
            LAST_READ.with(|last| *last.borrow_mut() = Some((sent, record)));
            // The response may be gone by then: a cleared signal takes nothing.
            let _ = found.try_set(Some(record));
        });
    }
    move || {
        found
            .get()
            .map(|record| view! { <TimingPicture timing=Timing::new(record, context) /> })
    }
}

thread_local! {
    /// The record last read, with the request it belongs to. Reading clears
    /// the browser's list, so the response shown again (back from another
    /// page) takes its record from here. Only one response is on screen at a
    /// time, and kept here rather than in the response, whose code is on the
    /// first load.
    static LAST_READ: RefCell<Option<(SentMark, TimingRecord)>> = const { RefCell::new(None) };
}

fn remembered(sent: &SentMark) -> Option<TimingRecord> {
    LAST_READ.with(|last| match &*last.borrow() {
        Some((read, record)) if read == sent => Some(*record),
        _ => None,
    })
}

#[component]
fn TimingPicture(timing: Timing) -> impl IntoView {
    match timing {
        Timing::Phases {
            phases,
            total_ms,
            reused,
        } => view! { <PhaseFigure phases total_ms reused /> }.into_any(),
        Timing::TotalOnly { reason, .. } => {
            view! { <p class="note timing-note">{reason.to_string()}</p> }.into_any()
        }
    }
}

/// The bar is a picture of the list beside it; the list carries the meaning
/// (names and numbers), so the bar is hidden from screen readers.
#[component]
fn PhaseFigure(phases: [PhaseSpan; 5], total_ms: f64, reused: bool) -> impl IntoView {
    view! {
        <figure class="timing">
            <figcaption class="timing-caption">"Timing"</figcaption>
            <div class="timing-bar" aria-hidden="true">
                {phases.map(|span| view! {
                    <span
                        class=format!("timing-seg timing--{}", span.phase.slug())
                        style:width=css_share(span.time.ms(), total_ms)
                    ></span>
                })}
            </div>
            <ul class="timing-phases" aria-label="Timing phases">
                {phases.map(|span| view! {
                    <li title=span.phase.meaning()>
                        <span class=format!("timing-swatch timing--{}", span.phase.slug()) aria-hidden="true"></span>
                        <span class="timing-name">{span.phase.label()}</span>
                        " "
                        <span class="timing-ms">{span.time.to_string()}</span>
                    </li>
                })}
            </ul>
            {reused.then(|| view! {
                <p class="hint">"DNS, connect and TLS took no measurable time: the browser most likely reused a connection it already had open."</p>
            })}
        </figure>
    }
}
