//! The JSON filter's worker: holds one response body, parsed once, and answers
//! each expression the page sends (`src/browser/filter_worker.rs` has the
//! messages). Parsing and querying a body of many megabytes takes long enough
//! to freeze a page; here it only keeps this thread busy.
//!
//! Every message is handled start to end in its handler (the body is read with
//! `FileReaderSync`): should the work fail outright (out of memory), the
//! failure reaches the page as the worker's error event, instead of a task
//! that never ends.

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
    use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

    /// The body as read: a document, or why it is not one.
    type Document = Rc<RefCell<Option<Result<Value, String>>>>;

    pub fn serve() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let document = Document::default();
        let reply_to = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            hear(&reply_to, &document, &event.data());
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The listener lives as long as the worker, which the page ends.
        on_message.forget();
        // Messages that came while the wasm loaded found no listener: the
        // page waits for this before it sends any.
        post(&scope, &js_sys::Array::of1(&JsValue::from_str("ready")));
    }

    fn hear(scope: &DedicatedWorkerGlobalScope, document: &Document, data: &JsValue) {
        let Some(parts) = data.dyn_ref::<js_sys::Array>() else {
            return;
        };
        let first = parts.get(0);
        if first.as_string().as_deref() == Some("body") {
            if let Ok(blob) = parts.get(1).dyn_into::<Blob>() {
                *document.borrow_mut() = Some(read(&blob));
            }
        } else if let (Some(run), Some(expression)) = (first.as_f64(), parts.get(1).as_string()) {
            let held = document.borrow();
            // The page sends the body before any run.
            let result = held.as_ref().and_then(|doc| answer(doc, &expression));
            post(scope, &reply_message(run as u32, result.as_ref()));
        }
    }

    fn read(blob: &Blob) -> Result<Value, String> {
        let unreadable = |_| "The body could not be read for filtering.".to_owned();
        let buffer = FileReaderSync::new()
            .and_then(|reader| reader.read_as_array_buffer(blob))
            .map_err(unreadable)?;
        parse_document(&js_sys::Uint8Array::new(&buffer).to_vec())
    }

    fn post(scope: &DedicatedWorkerGlobalScope, message: &JsValue) {
        // Posting arrays of numbers and strings cannot fail.
        let _ = scope.post_message(message);
    }

    /// The message for run number `run`, as `api_client::browser::filter_worker`
    /// reads it; a blank expression is answered too, with nothing.
    fn reply_message(run: u32, answer: Option<&Answer>) -> JsValue {
        let run = JsValue::from(run);
        let text = |s: &str| JsValue::from_str(s);
        match answer {
            Some(Answer::Found {
                summary,
                text: found,
            }) => js_sys::Array::of4(&run, &text("found"), &text(summary), &text(found)),
            Some(Answer::Invalid(message)) => {
                js_sys::Array::of3(&run, &text("invalid"), &text(message))
            }
            None => js_sys::Array::of2(&run, &text("blank")),
        }
        .into()
    }
}
