//! The page's side of the JSON filter's worker (`src/bin/filter-worker.rs`):
//! the body is parsed and queried there, so a document of many megabytes never holds up
//! the page. The worker is the release's `filter-worker_loader.js`, built by
//! Trunk from the second binary; it lives as long as its [`FilterWorker`].
//!
//! Messages, both ways, are arrays (the worker writes its side in
//! `src/bin/filter-worker.rs`). The worker says `["ready"]` once it listens:
//! a message sent before that, while its wasm is still loading, would be lost.
//! Then the page sends `["body", Blob]` once and `[run, expression]` for each
//! run; the worker answers every run, with `[run, "found", summary, text]`,
//! `[run, "invalid", message]` or `[run, "blank"]`. One run is with the worker
//! at a time: expressions typed meanwhile wait here, and only the newest is
//! sent, so the worker never works through a backlog of stale ones.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::response::json_query::Answer;
use crate::core::response::large::bytes::LargeBytes;

/// What comes back from the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// The answer for run number `.0`.
    Answer(u32, Answer),
    /// The worker could not start, or stopped while working.
    Failed(String),
}

type Listener = Closure<dyn FnMut(web_sys::MessageEvent)>;
type ErrorListener = Closure<dyn FnMut(web_sys::Event)>;

/// The worker and what waits for it: the body until it is ready, and the
/// newest run until the one it is working on is answered.
struct Link {
    worker: web_sys::Worker,
    /// Ready, and no run of ours unanswered.
    free: Cell<bool>,
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
            free: Cell::new(false),
            body: RefCell::new(Some(blob)),
            waiting: RefCell::new(None),
        });
        let (heard, hear) = (Rc::clone(&link), on_reply.clone());
        let on_message: Listener =
            Closure::new(
                move |event: web_sys::MessageEvent| match read_message(&event.data()) {
                    Some(Message::Ready) => heard.ready(),
                    Some(Message::Answered(run, answer)) => {
                        heard.next();
                        if let Some(answer) = answer {
                            hear(Reply::Answer(run, answer));
                        }
                    }
                    None => {}
                },
            );
        let on_error: ErrorListener = Closure::new(move |event: web_sys::Event| {
            event.prevent_default();
            on_reply(Reply::Failed(failure_message(&event)));
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

    /// Asks for run number `run` of `expression`: at once if the worker is
    /// free, else when it is (a newer run replacing this one meanwhile).
    pub fn run(&self, run: u32, expression: &str) {
        *self.link.waiting.borrow_mut() = Some((run, expression.to_owned()));
        if self.link.free.get() {
            self.link.next();
        }
    }
}

impl Link {
    /// The worker listens: hand it the body, then the run that waited.
    fn ready(&self) {
        if let Some(blob) = self.body.borrow_mut().take() {
            self.post(&js_sys::Array::of2(&JsValue::from_str("body"), &blob));
        }
        self.next();
    }

    /// The worker is free: send it the newest waiting run, if any.
    fn next(&self) {
        let waiting = self.waiting.borrow_mut().take();
        self.free.set(waiting.is_none());
        if let Some((run, expression)) = waiting {
            self.post(&js_sys::Array::of2(
                &JsValue::from(run),
                &JsValue::from_str(&expression),
            ));
        }
    }

    fn post(&self, message: &JsValue) {
        // Posting fails only for what cannot be cloned; a Blob, numbers and
        // strings can.
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

/// What the page says when the worker fails: its files did not load (a plain
/// event), or it stopped while working (an error event: most likely a body
/// too large for the memory the browser gives it).
fn failure_message(event: &web_sys::Event) -> String {
    match event.dyn_ref::<web_sys::ErrorEvent>() {
        Some(error) => format!(
            "The filter stopped while working ({}). A body this large may need more memory \
             than the browser gives the filter: download it to query it with another tool.",
            error.message()
        ),
        None => "The filter stopped: its files could not be loaded. Check the connection, \
                 or reload the page if the app was updated."
            .to_owned(),
    }
}

enum Message {
    Ready,
    /// The answer to a run; `None` for a blank expression.
    Answered(u32, Option<Answer>),
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
        "found" => Some(Answer::Found {
            summary: text(2)?,
            text: text(3)?,
        }),
        "invalid" => Some(Answer::Invalid(text(2)?)),
        "blank" => None,
        _ => return None,
    };
    Some(Message::Answered(run, answer))
}
