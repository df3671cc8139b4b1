//! The JSONPath filter: matches update as the expression is typed. The body is
//! parsed and queried by a worker of its own (`browser::filter_worker`), so
//! the page stays responsive however large the body; an answer to an
//! expression since replaced is dropped.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use super::super::text_view::TextView;
use crate::browser::filter_worker::{FilterWorker, Reply};
use crate::core::response::json_document::check_filter_size;
use crate::core::response::json_query::Answer;
use crate::core::response::received::Body;
use crate::ui::routes::BASE;

#[derive(Clone)]
enum Outcome {
    Waiting,
    Working,
    Invalid(String),
    Found { summary: String, text: Arc<String> },
}

/// Typing pauses this long before a run starts, so the worker is not asked
/// (and its answer dropped) for every character of an expression.
const SETTLE: Duration = Duration::from_millis(150);

#[component]
pub(super) fn FilterView(body: Body) -> impl IntoView {
    let outcome = RwSignal::new(Outcome::Waiting);
    let run = StoredValue::new(0_u32);
    // Started with the view, so the body is parsed while the first expression
    // is typed; stopped (and its memory freed) when the view goes.
    let worker = StoredValue::new_local(start_worker(&body, run, outcome));
    let on_input = move |ev| {
        let expression = event_target_value(&ev);
        let this_run = run.get_value() + 1;
        run.set_value(this_run);
        if expression.trim().is_empty() {
            outcome.set(Outcome::Waiting);
            return;
        }
        outcome.set(Outcome::Working);
        set_timeout(
            move || {
                if run.try_get_value() != Some(this_run) {
                    return;
                }
                let refused = worker.try_with_value(|w| match w {
                    Ok(worker) => {
                        worker.run(this_run, &expression);
                        None
                    }
                    Err(message) => Some(message.clone()),
                });
                if let Some(Some(message)) = refused {
                    outcome.try_set(Outcome::Invalid(message));
                }
            },
            SETTLE,
        );
    };
    view! {
        <div class="json-filter">
            <label class="field">
                <span>"JSON filter"</span>
                <input type="text" class="mono" spellcheck="false" autocomplete="off"
                    placeholder="$.items[*].id" aria-describedby="json-filter-help" on:input=on_input />
            </label>
            <p id="json-filter-help" class="hint">
                "A JSONPath expression (RFC 9535): $ is the whole body, .name a member, [0] an element, \
                 [*] every child, ..name a member at any depth, [?@.price < 10] the children that pass a test. \
                 The functions length, count and value work; match and search do not."
            </p>
            <p class="filter-count" aria-live="polite">{move || summary(&outcome.get())}</p>
            {move || match outcome.get() {
                Outcome::Invalid(message) => view! { <p role="alert" class="hint hint--warning">{message}</p> }.into_any(),
                Outcome::Found { text, .. } => view! { <TextView text /> }.into_any(),
                Outcome::Waiting | Outcome::Working => ().into_any(),
            }}
        </div>
    }
}

/// The worker holding `body`, or why there is none (the body is too large,
/// or the browser refused the worker).
fn start_worker(
    body: &Body,
    run: StoredValue<u32>,
    outcome: RwSignal<Outcome>,
) -> Result<FilterWorker, String> {
    check_filter_size(body.len())?;
    FilterWorker::start(BASE, &body.to_large(), move |reply| {
        let next = match reply {
            Reply::Answer(answered, _) if run.try_get_value() != Some(answered) => return,
            Reply::Answer(_, Answer::Found { summary, text }) => Outcome::Found {
                summary,
                text: Arc::new(text),
            },
            Reply::Answer(_, Answer::Invalid(message)) | Reply::Failed(message) => {
                Outcome::Invalid(message)
            }
        };
        outcome.try_set(next);
    })
}

fn summary(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Waiting | Outcome::Invalid(_) => String::new(),
        Outcome::Working => "Filtering…".to_owned(),
        Outcome::Found { summary, .. } => summary.clone(),
    }
}
