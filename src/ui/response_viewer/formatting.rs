//! Runs a body formatting job a slice per task, so the page keeps drawing and
//! answering input while a large JSON body is laid out.

use leptos::prelude::*;

use crate::browser::js_bytes::JsChunks;
use crate::core::body_format::{BodyFormatter, Step};
use crate::core::json_pretty::JsonSyntaxError;
use crate::core::response::BodyView;
use crate::core::stored_layout::{LayoutStep, StoredLayout, StoredRows};

/// Bytes of JSON laid out per task: a few milliseconds of work.
const SLICE_BYTES: usize = 1 << 20;

/// Steps `job` in its own tasks; `progress` follows it (per cent) and `done`
/// gets the view. Stops early when `progress` is disposed: the response it
/// belonged to is no longer shown.
pub fn format_in_slices(
    mut job: BodyFormatter,
    progress: RwSignal<usize>,
    done: impl FnOnce(BodyView) + 'static,
) {
    let done: Box<dyn FnOnce(BodyView)> = Box::new(done);
    set_timeout(
        move || match job.step(SLICE_BYTES) {
            Step::Done(view) => done(view),
            Step::Pending(percent) => {
                if progress.try_set(percent).is_none() {
                    format_in_slices(job, progress, done);
                }
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Runs a stored body's layout job a slice per task, as [`format_in_slices`] does.
pub fn lay_out_in_slices(
    mut job: StoredLayout<JsChunks>,
    progress: RwSignal<usize>,
    done: impl FnOnce(Result<StoredRows, JsonSyntaxError>) + 'static,
) {
    let done: Box<dyn FnOnce(Result<StoredRows, JsonSyntaxError>)> = Box::new(done);
    set_timeout(
        move || match job.step(SLICE_BYTES) {
            LayoutStep::Done(result) => done(result),
            LayoutStep::Pending(percent) => {
                if progress.try_set(percent).is_none() {
                    lay_out_in_slices(job, progress, done);
                }
            }
        },
        std::time::Duration::ZERO,
    );
}
