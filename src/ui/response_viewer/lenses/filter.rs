//! The JSONPath filter: matches update as the expression is typed, the body is
//! parsed once (in a task of its own, after "Filtering…" is on screen), and a
//! newer keystroke makes any older run give up.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use serde_json::Value;

use super::super::text_view::TextView;
use crate::core::response::json_filter::{compile, document_of, Filter, Matches};
use crate::core::response::received::Body;
use crate::ui::lazy::split_fn;

split_fn!(json_filter: pub fn json_filter_view(body: Body) -> AnyView {
    view! { <FilterView body /> }.into_any()
});

#[derive(Clone)]
enum Outcome {
    Waiting,
    Working,
    Invalid(String),
    Found(Arc<Matches>),
}

/// Typing pauses this long before a run starts, so a run is not begun (and
/// dropped) for every character of an expression.
const SETTLE: Duration = Duration::from_millis(150);

type Document = Arc<Result<Value, String>>;

#[component]
fn FilterView(body: Body) -> impl IntoView {
    let outcome = RwSignal::new(Outcome::Waiting);
    let document = StoredValue::new(None::<Document>);
    let run = StoredValue::new(0_u64);
    let on_input = move |ev| {
        let expression = event_target_value(&ev);
        let this_run = run.get_value() + 1;
        run.set_value(this_run);
        match compile(&expression) {
            Err(error) => outcome.set(Outcome::Invalid(error.to_string())),
            Ok(None) => outcome.set(Outcome::Waiting),
            Ok(Some(filter)) => {
                outcome.set(Outcome::Working);
                let current = move || run.try_get_value() == Some(this_run);
                let body = body.clone();
                set_timeout(
                    move || {
                        if current() {
                            let doc = read_once(document, &body);
                            // The parse may have taken a while: yield once more,
                            // so a keystroke made meanwhile wins.
                            set_timeout(
                                move || evaluate(&filter, &doc, current, outcome),
                                Duration::ZERO,
                            );
                        }
                    },
                    SETTLE,
                );
            }
        }
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
                Outcome::Found(matches) => view! { <TextView text=Arc::new(matches.text.clone()) /> }.into_any(),
                Outcome::Waiting | Outcome::Working => ().into_any(),
            }}
        </div>
    }
}

fn summary(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Waiting | Outcome::Invalid(_) => String::new(),
        Outcome::Working => "Filtering…".to_owned(),
        Outcome::Found(matches) => matches.summary(),
    }
}

/// The body as a document, parsed the first time it is needed.
fn read_once(document: StoredValue<Option<Document>>, body: &Body) -> Document {
    if let Some(Some(doc)) = document.try_get_value() {
        return doc;
    }
    let doc = Arc::new(document_of(body));
    document.try_set_value(Some(Arc::clone(&doc)));
    doc
}

fn evaluate(
    filter: &Filter,
    doc: &Document,
    current: impl Fn() -> bool,
    outcome: RwSignal<Outcome>,
) {
    if !current() {
        return;
    }
    let next = match doc.as_ref() {
        Ok(value) => Outcome::Found(Arc::new(filter.run(value))),
        Err(message) => Outcome::Invalid(message.clone()),
    };
    outcome.try_set(next);
}
