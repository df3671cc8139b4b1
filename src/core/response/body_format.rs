//! Working out how a body is shown without holding up the page: JSON is
//! checked in one step and laid out over several, each of about `budget`
//! bytes, so the page can draw and react between them. The result is the
//! same [`BodyView`] that [`body_view`](crate::core::response::received::body_view)
//! gives in one go.

use std::sync::Arc;

use crate::core::response::json_pretty::{check_syntax, Reformat};
use crate::core::response::received::{Body, BodyKind, BodyView};

/// Where a formatting job is.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// More to do; the share done so far, in per cent.
    Pending(usize),
    Done(BodyView),
}

#[derive(Debug)]
pub struct BodyFormatter {
    state: State,
}

#[derive(Debug)]
enum State {
    /// The text is the response's own (shared), never a copy of it.
    Check(Arc<String>),
    Layout {
        text: Arc<String>,
        job: Reformat,
    },
    Ready(BodyView),
    /// The view was handed out; further steps give an empty body.
    Taken,
}

impl BodyFormatter {
    /// A job for a received body, chosen as [`Body::classify`] chooses.
    pub fn new(content_type: Option<&str>, body: &Body) -> BodyFormatter {
        let state = match body.classify(content_type) {
            BodyKind::Ready(view) => State::Ready(view),
            // Large bodies are laid out by `large::layout`, which reads them a
            // slice at a time; callers send them there, so this is never reached.
            BodyKind::Large(_) => State::Ready(BodyView::Binary {
                size: body.len(),
                media_type: String::new(),
            }),
            BodyKind::Json(text) => State::Check(match body.text() {
                Some(own) => Arc::clone(own),
                None => Arc::new(text.to_owned()),
            }),
        };
        BodyFormatter { state }
    }

    /// Does the next slice of work: the syntax check, or about `budget` bytes of layout.
    pub fn step(&mut self, budget: usize) -> Step {
        match std::mem::replace(&mut self.state, State::Taken) {
            State::Check(text) => match check_syntax(&text) {
                Ok(()) => {
                    let job = Reformat::new(&text);
                    self.state = State::Layout { text, job };
                    Step::Pending(0)
                }
                Err(error) => Step::Done(invalid(text, error)),
            },
            State::Layout { text, mut job } => match job.advance(&text, budget) {
                Ok(true) => Step::Done(BodyView::Json(job.into_output())),
                Ok(false) => {
                    let percent = job.percent_done(&text);
                    self.state = State::Layout { text, job };
                    Step::Pending(percent)
                }
                Err(error) => Step::Done(invalid(text, error)),
            },
            State::Ready(view) => Step::Done(view),
            State::Taken => Step::Done(BodyView::Empty),
        }
    }
}

/// Invalid JSON is shown as the text it is (copied only if still shared).
fn invalid(text: Arc<String>, error: super::json_pretty::JsonSyntaxError) -> BodyView {
    BodyView::InvalidJson {
        text: Arc::unwrap_or_clone(text),
        error,
    }
}

#[cfg(test)]
mod tests;
