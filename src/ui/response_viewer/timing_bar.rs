//! Where the response's time went, phase by phase, when the browser tells;
//! otherwise why only the total is known.

use leptos::prelude::*;

use crate::browser::timing::record;
use crate::core::response::timing::{PhaseSpan, SentMark, Timing, TimingContext};

/// The browser files its record of a request a moment after the body is in,
/// so it is read here, as the response is shown, and the picture follows.
#[component]
pub fn TimingBar(sent: SentMark, final_url: String, context: TimingContext) -> impl IntoView {
    let found = LocalResource::new(move || {
        let (sent, final_url) = (sent.clone(), final_url.clone());
        async move { record(&sent, &final_url).await }
    });
    move || {
        found
            .get()
            .map(|record| view! { <TimingPicture timing=Timing::new(record, context) /> })
    }
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
    let share = move |ms: f64| {
        if total_ms > 0.0 {
            (ms / total_ms * 100.0).clamp(0.0, 100.0)
        } else {
            0.0
        }
    };
    view! {
        <figure class="timing">
            <figcaption class="timing-caption">"Timing"</figcaption>
            <div class="timing-bar" aria-hidden="true">
                {phases.map(|span| view! {
                    <span
                        class=format!("timing-seg timing--{}", span.phase.slug())
                        style:width=format!("{:.2}%", share(span.time.ms()))
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
