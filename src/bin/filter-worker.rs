//! The JSON filter's worker: holds one response body, parsed once, and answers
//! each expression the page sends (`src/browser/filter_worker.rs` has the
//! messages). Parsing and querying a body of many megabytes takes long enough
//! to freeze a page; here it only keeps this thread busy.

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::serve();
}

// Native builds (tests, clippy) have no worker to be.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}

// The filter itself, compiled in rather than linked from the app's library:
// linking that would bring the whole app along (its chunks' entry points are
// exported, so nothing of it could be left out).
#[cfg(target_arch = "wasm32")]
#[path = "../core/response/json_query.rs"]
mod json_query;

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::json_query::{answer, parse_document, Answer};
    use serde_json::Value;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::{spawn_local, JsFuture};
    use web_sys::{Blob, DedicatedWorkerGlobalScope, MessageEvent};

    /// The body once read, and the newest run asked for before it was.
    #[derive(Default)]
    struct State {
        document: Option<Result<Value, String>>,
        waiting: Option<(u32, String)>,
    }

    type Shared = Rc<RefCell<State>>;

    pub fn serve() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let state = Shared::default();
        let reply_to = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            hear(&reply_to, &state, &event.data());
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The listener lives as long as the worker, which the page ends.
        on_message.forget();
        // Messages that came while the wasm loaded found no listener: the
        // page waits for this before it sends any.
        let _ = scope.post_message(&js_sys::Array::of1(&JsValue::from_str("ready")));
    }

    fn hear(scope: &DedicatedWorkerGlobalScope, state: &Shared, data: &JsValue) {
        let Some(parts) = data.dyn_ref::<js_sys::Array>() else {
            return;
        };
        let first = parts.get(0);
        if first.as_string().as_deref() == Some("body") {
            let Ok(blob) = parts.get(1).dyn_into::<Blob>() else {
                return;
            };
            let (scope, state) = (scope.clone(), Rc::clone(state));
            spawn_local(async move {
                let document = read(&blob).await;
                let waiting = {
                    let mut held = state.borrow_mut();
                    held.document = Some(document);
                    held.waiting.take()
                };
                if let Some((run, expression)) = waiting {
                    answer_run(&scope, &state, run, &expression);
                }
            });
        } else if let (Some(run), Some(expression)) = (first.as_f64(), parts.get(1).as_string()) {
            let run = run as u32;
            if state.borrow().document.is_some() {
                answer_run(scope, state, run, &expression);
            } else {
                // Still reading the body: only the newest run is worth an answer.
                state.borrow_mut().waiting = Some((run, expression));
            }
        }
    }

    async fn read(blob: &Blob) -> Result<Value, String> {
        let buffer = JsFuture::from(blob.array_buffer())
            .await
            .map_err(|_| "The body could not be read for filtering.".to_owned())?;
        parse_document(&js_sys::Uint8Array::new(&buffer).to_vec())
    }

    fn answer_run(scope: &DedicatedWorkerGlobalScope, state: &Shared, run: u32, expression: &str) {
        let held = state.borrow();
        let Some(document) = held.document.as_ref() else {
            return;
        };
        if let Some(found) = answer(document, expression) {
            // Posting an array of strings cannot fail.
            let _ = scope.post_message(&reply_message(run, &found));
        }
    }

    /// The message for `answer` to run number `run`, as
    /// `api_client::browser::filter_worker` reads it.
    fn reply_message(run: u32, answer: &Answer) -> js_sys::Array {
        let run = JsValue::from(run);
        match answer {
            Answer::Found { summary, text } => js_sys::Array::of4(
                &run,
                &JsValue::from_str("found"),
                &JsValue::from_str(summary),
                &JsValue::from_str(text),
            ),
            Answer::Invalid(message) => js_sys::Array::of3(
                &run,
                &JsValue::from_str("invalid"),
                &JsValue::from_str(message),
            ),
        }
    }
}
