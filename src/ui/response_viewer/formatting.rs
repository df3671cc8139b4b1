//! Runs a body formatting job a slice per task, so the page keeps drawing and
//! answering input while a large JSON body is laid out.

use leptos::prelude::*;

use super::text_view::MAX_ROW_BYTES;
use crate::browser::js_bytes::JsChunks;
use crate::core::media_type::essence;
use crate::core::response::body_format::{BodyFormatter, Step};
use crate::core::response::large::bytes::LargeBytes;
use crate::core::response::large::layout::{LargeLayout, LargeRows, LayoutError, LayoutStep};
use crate::core::response::received::{Body, BodyKind, BodyView, LargeKind};

type Done = Box<dyn FnOnce(BodyView)>;

/// Works out how `body` is shown, in tasks of its own: a body in memory is
/// formatted a slice at a time, a stored one read and laid out a slice at a time.
pub fn prepare_body(
    content_type: Option<&str>,
    body: &Body,
    progress: RwSignal<usize>,
    done: impl FnOnce(BodyView) + 'static,
) {
    match body.classify(content_type) {
        BodyKind::Large(kind) => {
            let media_type = content_type.and_then(essence).unwrap_or_default();
            lay_out_stored(body.to_large(), kind, media_type, progress, Box::new(done));
        }
        _ => format_in_slices(BodyFormatter::new(content_type, body), progress, done),
    }
}

/// A large body under the format limit, laid out as its label says.
fn lay_out_stored(
    source: LargeBytes,
    kind: LargeKind,
    media_type: String,
    progress: RwSignal<usize>,
    done: Done,
) {
    let size = source.len();
    let binary = move || BodyView::Binary { size, media_type };
    let job = match kind {
        LargeKind::Json => {
            LargeLayout::formatted(source.clone(), JsChunks::default(), MAX_ROW_BYTES)
        }
        LargeKind::Text | LargeKind::Unlabelled => LargeLayout::raw(source.clone(), MAX_ROW_BYTES),
    };
    let job = job.checking_text(kind == LargeKind::Unlabelled);
    lay_out_in_slices(job, progress, move |result| match result {
        Ok(rows) => done(BodyView::Rows(rows)),
        Err(LayoutError::NotText) => done(binary()),
        // Shown as the text it is, with the reason (its text check starts again).
        Err(LayoutError::NotJson(error)) => {
            let raw = LargeLayout::raw(source, MAX_ROW_BYTES).checking_text(false);
            lay_out_in_slices(raw, progress, move |result| match result {
                Ok(rows) => done(BodyView::InvalidJsonRows { rows, error }),
                Err(_) => done(binary()),
            });
        }
    });
}

/// Bytes of JSON laid out per task: a few milliseconds of work.
const SLICE_BYTES: usize = 1 << 20;

/// Formats an in-memory body in its own tasks; `progress` follows it (per
/// cent) and `done` gets the view.
pub fn format_in_slices(
    job: BodyFormatter,
    progress: RwSignal<usize>,
    done: impl FnOnce(BodyView) + 'static,
) {
    let step = |job: &mut BodyFormatter| match job.step(SLICE_BYTES) {
        Step::Done(view) => Ok(view),
        Step::Pending(percent) => Err(percent),
    };
    run_slices(job, step, progress, Box::new(done));
}

/// Runs a large body's layout job in its own tasks, as [`format_in_slices`]
/// does; `progress` starts again from 0.
pub fn lay_out_in_slices(
    job: LargeLayout<JsChunks>,
    progress: RwSignal<usize>,
    done: impl FnOnce(Result<LargeRows, LayoutError>) + 'static,
) {
    let step = |job: &mut LargeLayout<JsChunks>| match job.step(SLICE_BYTES) {
        LayoutStep::Done(result) => Ok(result),
        LayoutStep::Pending(percent) => Err(percent),
    };
    if progress.try_set(0).is_none() {
        run_slices(job, step, progress, Box::new(done));
    }
}

/// Calls `step` once per task until it gives an outcome (`Err` is the share
/// done so far). Stops early when `progress` is disposed: the response it
/// belonged to is no longer shown.
fn run_slices<J: 'static, T: 'static>(
    mut job: J,
    step: fn(&mut J) -> Result<T, usize>,
    progress: RwSignal<usize>,
    done: Box<dyn FnOnce(T)>,
) {
    set_timeout(
        move || match step(&mut job) {
            Ok(outcome) => done(outcome),
            Err(percent) => {
                if progress.try_set(percent).is_none() {
                    run_slices(job, step, progress, done);
                }
            }
        },
        std::time::Duration::ZERO,
    );
}
