//! Runs a body formatting job a slice per task, so the page keeps drawing and
//! answering input while a large JSON body is laid out.

use leptos::prelude::*;

use crate::core::body_format::{BodyFormatter, Step};
use crate::core::response::BodyView;

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
