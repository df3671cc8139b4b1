//! The page's side of the JSON filter's worker (`src/bin/filter-worker.rs`):
//! the body is parsed and queried there, so a 16 MB document never holds up
//! the page. The worker is the release's `filter-worker_loader.js`, built by
//! Trunk from the second binary; it lives as long as its [`FilterWorker`].
//!
//! Messages, both ways, are arrays (the worker writes its answers in
//! `src/bin/filter-worker.rs`): the page sends `["body", Blob]` once and
//! then `[run, expression]` for each run; the worker answers a run with
//! `[run, "found", summary, text]` or `[run, "invalid", message]`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::response::json_query::Answer;
use crate::core::response::large::bytes::LargeBytes;

/// What comes back from the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// The answer for run number `.0` (an older run's answer may still arrive
    /// after a newer run was sent; the caller keeps the newest).
    Answer(u32, Answer),
    /// The worker could not start or stopped (its files did not load).
    Failed(String),
}

type Listener = Closure<dyn FnMut(web_sys::MessageEvent)>;
type ErrorListener = Closure<dyn FnMut(web_sys::Event)>;

/// A running worker holding one body; dropping it stops the worker and frees
/// the document it parsed.
pub struct FilterWorker {
    worker: web_sys::Worker,
    _on_message: Listener,
    _on_error: ErrorListener,
}

impl FilterWorker {
    /// Starts the worker under `base` (the public URL without its trailing
    /// slash) and hands it `body`; `on_reply` hears every answer.
    pub fn start(
        base: &str,
        body: &LargeBytes,
        on_reply: impl Fn(Reply) + Clone + 'static,
    ) -> Result<FilterWorker, String> {
        let worker =
            web_sys::Worker::new(&format!("{base}/filter-worker_loader.js")).map_err(|e| {
                format!(
                    "The filter could not start: {}.",
                    super::js_error_message(&e)
                )
            })?;
        let hear = on_reply.clone();
        let on_message: Listener = Closure::new(move |event: web_sys::MessageEvent| {
            if let Some(reply) = read_reply(&event.data()) {
                hear(reply);
            }
        });
        let on_error: ErrorListener = Closure::new(move |event: web_sys::Event| {
            // A load failure fires a plain Event; an uncaught error an ErrorEvent.
            event.prevent_default();
            on_reply(Reply::Failed(
                "The filter stopped: its files could not be loaded. Check the connection, \
                 or reload the page if the app was updated."
                    .to_owned(),
            ));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let blob = super::files::blob_of(body, "application/json")?;
        let message = js_sys::Array::of2(&JsValue::from_str("body"), &blob);
        worker.post_message(&message).map_err(|e| {
            format!(
                "The body could not be handed to the filter: {}.",
                super::js_error_message(&e)
            )
        })?;
        Ok(FilterWorker {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Asks for run number `run` of `expression`.
    pub fn run(&self, run: u32, expression: &str) -> Result<(), String> {
        let message = js_sys::Array::of2(&JsValue::from(run), &JsValue::from_str(expression));
        self.worker.post_message(&message).map_err(|e| {
            format!(
                "The filter could not be asked: {}.",
                super::js_error_message(&e)
            )
        })
    }
}

impl Drop for FilterWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// A worker message read back; anything else (there is nothing else) is `None`.
fn read_reply(data: &JsValue) -> Option<Reply> {
    let parts: &js_sys::Array = data.dyn_ref()?;
    let run = parts.get(0).as_f64()? as u32;
    let text = |i| parts.get(i).as_string();
    let answer = match text(1)?.as_str() {
        "found" => Answer::Found {
            summary: text(2)?,
            text: text(3)?,
        },
        "invalid" => Answer::Invalid(text(2)?),
        _ => return None,
    };
    Some(Reply::Answer(run, answer))
}
