//! No-panic runs of every parser over generated input: arbitrary text and
//! bytes, and valid samples taken apart ([`mutate`]). In a release build a
//! panic aborts the whole app, losing whatever the user had not saved, so
//! each parser must answer any input with a value or an error, and every
//! error must say something.
//!
//! `FUZZ_SCALE` multiplies the number of cases (default 1, which keeps the
//! whole suite well under a minute in a debug build). When `FUZZ_REPORT`
//! names a file, each run appends `fuzz <parser> <cases>` to it, or
//! `fuzz-failed <parser>` when the parser panicked; `scripts/test.sh` sums
//! them.

mod documents;
mod library;
mod mutate;
mod requests;
mod text;

use std::cell::Cell;
use std::fmt::{Debug, Display};
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// What a check found wrong with one input (a panic is caught apart).
type Checked = Result<(), String>;

/// Runs `check` on `cases` × `FUZZ_SCALE` inputs drawn from `inputs`, and
/// fails the test, naming `parser`, on a panic or a reported problem.
fn fuzz<S>(parser: &str, cases: u32, inputs: S, check: impl Fn(S::Value) -> Checked)
where
    S: Strategy,
    S::Value: Debug,
{
    let config = Config {
        cases: cases.saturating_mul(scale()),
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    // The runner takes an `Fn`, so the tallies are cells.
    let ran = Cell::new(0u32);
    let panicked = Cell::new(false);
    let outcome = runner.run(&inputs, |input| {
        ran.set(ran.get() + 1);
        match catch_unwind(AssertUnwindSafe(|| check(input))) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(problem)) => Err(TestCaseError::fail(problem)),
            Err(payload) => {
                panicked.set(true);
                Err(TestCaseError::fail(format!(
                    "{parser} panicked: {}",
                    panic_text(payload.as_ref())
                )))
            }
        }
    });
    report(&if panicked.get() {
        format!("fuzz-failed {parser}")
    } else {
        format!("fuzz {parser} {}", ran.get())
    });
    if let Err(failure) = outcome {
        panic!("fuzzing {parser}: {failure}");
    }
}

/// Text built from pieces a parser looks for, so most inputs get past its
/// first check: up to `most` of `list` joined in any order, with arbitrary
/// text mixed in.
fn pieces(list: &'static [&'static str], most: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(list).prop_map(str::to_owned),
        1 => ".{0,6}",
    ];
    proptest::collection::vec(piece, 0..most).prop_map(|parts| parts.concat())
}

fn scale() -> u32 {
    std::env::var("FUZZ_SCALE")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
}

/// Appends one line to `FUZZ_REPORT`, if set. One write per line, in append
/// mode, so tests running side by side do not interleave their lines.
fn report(line: &str) {
    let Some(path) = std::env::var_os("FUZZ_REPORT") else {
        return;
    };
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(format!("{line}\n").as_bytes()));
    if let Err(e) = written {
        eprintln!("could not append to FUZZ_REPORT {path:?}: {e}");
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// Every error must tell the user something.
fn explained<T, E: Display>(result: &Result<T, E>) -> Checked {
    match result {
        Err(e) => said(e),
        Ok(_) => Ok(()),
    }
}

fn said(message: impl Display) -> Checked {
    if message.to_string().trim().is_empty() {
        Err("an error with an empty message".to_owned())
    } else {
        Ok(())
    }
}
