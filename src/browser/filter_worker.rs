//! The page's side of the JSON filter's worker (`src/bin/filter-worker.rs`):
//! the body is parsed and queried there, so a 16 MB document never holds up
//! the page. The worker is the release's `filter-worker_loader.js`, built by
//! Trunk from the second binary; it lives as long as its [`FilterWorker`].
//!
//! Messages, both ways, are arrays (the worker writes its side in
//! `src/bin/filter-worker.rs`). The worker says `["ready"]` once it listens:
//! a message sent before that, while its wasm is still loading, would be lost.
//! Then the page sends `["body", Blob]` once and `[run, expression]` for each
//! run; the worker answers a run with `[run, "found", summary, text]` or
//! `[run, "invalid", message]`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

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

/// The worker and what waits for it to be ready: the body, and the newest run.
struct Link {
    worker: web_sys::Worker,
    ready: Cell<bool>,
    body: RefCell<Option<web_sys::Blob>>,
    waiting: RefCell<Option<(u32, String)>>,
}

/// A running worker holding one body; dropping it stops the worker and frees
/// the document it parsed.
pub struct FilterWorker {
    link: Rc<Link>,
    _on_message: Listener,
    _on_error: ErrorListener,
}

impl FilterWorker {
    /// Starts the worker under `base` (the public URL without its trailing
    /// slash) for `body`; `on_reply` hears every answer.
    pub fn start(
        base: &str,
        body: &LargeBytes,
        on_reply: impl Fn(Reply) + Clone + 'static,
    ) -> Result<FilterWorker, String> {
        // Made first: the bytes go to the worker as a Blob, never copied here.
        let blob = super::files::blob_of(body, "application/json")?;
        let worker =
            web_sys::Worker::new(&format!("{base}/filter-worker_loader.js")).map_err(|e| {
                format!(
                    "The filter could not start: {}.",
                    super::js_error_message(&e)
                )
            })?;
        let link = Rc::new(Link {
            worker,
            ready: Cell::new(false),
            body: RefCell::new(Some(blob)),
            waiting: RefCell::new(None),
        });
        let (heard, hear) = (Rc::clone(&link), on_reply.clone());
        let on_message: Listener =
            Closure::new(
                move |event: web_sys::MessageEvent| match read_message(&event.data()) {
                    Some(Message::Ready) => heard.open(),
                    Some(Message::Reply(reply)) => hear(reply),
                    None => {}
                },
            );
        let on_error: ErrorListener = Closure::new(move |event: web_sys::Event| {
            // A load failure fires a plain Event; an uncaught error an ErrorEvent.
            event.prevent_default();
            on_reply(Reply::Failed(
                "The filter stopped: its files could not be loaded. Check the connection, \
                 or reload the page if the app was updated."
                    .to_owned(),
            ));
        });
        link.worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        link.worker
            .set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(FilterWorker {
            link,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Asks for run number `run` of `expression` (sent once the worker is
    /// ready; until then a newer run replaces an older one).
    pub fn run(&self, run: u32, expression: &str) -> Result<(), String> {
        if self.link.ready.get() {
            self.link.post_run(run, expression)
        } else {
            *self.link.waiting.borrow_mut() = Some((run, expression.to_owned()));
            Ok(())
        }
    }
}

impl Link {
    /// The worker listens: hand it the body and the run that waited.
    fn open(&self) {
        self.ready.set(true);
        if let Some(blob) = self.body.borrow_mut().take() {
            self.post(&js_sys::Array::of2(&JsValue::from_str("body"), &blob));
        }
        if let Some((run, expression)) = self.waiting.borrow_mut().take() {
            let _ = self.post_run(run, &expression);
        }
    }

    fn post_run(&self, run: u32, expression: &str) -> Result<(), String> {
        let message = js_sys::Array::of2(&JsValue::from(run), &JsValue::from_str(expression));
        self.worker.post_message(&message).map_err(|e| {
            format!(
                "The filter could not be asked: {}.",
                super::js_error_message(&e)
            )
        })
    }

    fn post(&self, message: &JsValue) {
        // Posting fails only for what cannot be cloned; a Blob and strings can.
        let _ = self.worker.post_message(message);
    }
}

impl Drop for FilterWorker {
    fn drop(&mut self) {
        self.link.worker.set_onmessage(None);
        self.link.worker.set_onerror(None);
        self.link.worker.terminate();
    }
}

enum Message {
    Ready,
    Reply(Reply),
}

/// A worker message read back; anything else (there is nothing else) is `None`.
fn read_message(data: &JsValue) -> Option<Message> {
    let parts: &js_sys::Array = data.dyn_ref()?;
    let first = parts.get(0);
    if first.as_string().as_deref() == Some("ready") {
        return Some(Message::Ready);
    }
    let run = first.as_f64()? as u32;
    let text = |i| parts.get(i).as_string();
    let answer = match text(1)?.as_str() {
        "found" => Answer::Found {
            summary: text(2)?,
            text: text(3)?,
        },
        "invalid" => Answer::Invalid(text(2)?),
        _ => return None,
    };
    Some(Message::Reply(Reply::Answer(run, answer)))
}
