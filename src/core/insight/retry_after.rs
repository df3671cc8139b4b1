//! The Retry-After header (RFC 9110 §10.2.3): how long a client should wait
//! before sending its request again, either as a number of seconds or as an
//! HTTP date.
//!
//! Nothing here reads the clock: `SystemTime::now()` panics on
//! wasm32-unknown-unknown, so callers pass the current time in.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A parsed Retry-After value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAfter {
    /// `delta-seconds`: wait this long, counted from when the response arrived.
    Delay(Duration),
    /// `HTTP-date`: wait until this moment.
    At(SystemTime),
}

/// Why a Retry-After value could not be read. Each variant keeps the value as
/// received (without surrounding blanks) so the message can quote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryAfterError {
    Empty,
    /// A minus sign in front of a number.
    Negative(String),
    /// A number with a decimal point.
    Fractional(String),
    /// Neither digits only nor one of the three HTTP date forms.
    Unrecognised(String),
}

/// Reads a Retry-After field value.
///
/// Accepted: digits only (`120`), or an HTTP date in any of the three forms
/// RFC 9110 §5.6.7 allows (IMF-fixdate `Wed, 25 Nov 2026 14:05:00 GMT`, the
/// obsolete RFC 850 form `Wednesday, 25-Nov-26 14:05:00 GMT` and the asctime
/// form `Wed Nov 25 14:05:00 2026`). Spaces and tabs around the value are
/// ignored. A number of seconds too large to hold is read as the largest
/// delay there is rather than refused: its meaning, "a very long time", is clear.
///
/// Two-digit years in the RFC 850 form are read as 1970 to 2069, the rule of
/// the `httpdate` crate, rather than relative to today as RFC 9110 suggests;
/// the form has been obsolete since 1996, so the difference does not arise in
/// practice.
pub fn parse_retry_after(value: &str) -> Result<RetryAfter, RetryAfterError> {
    let text = value.trim_matches([' ', '\t']);
    if text.is_empty() {
        return Err(RetryAfterError::Empty);
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        // Only digits remain, so parsing fails only on overflow.
        let seconds = text.parse::<u64>().unwrap_or(u64::MAX);
        return Ok(RetryAfter::Delay(Duration::from_secs(seconds)));
    }
    if let Ok(at) = httpdate::parse_http_date(text) {
        return Ok(RetryAfter::At(at));
    }
    Err(classify_invalid(text))
}

fn classify_invalid(text: &str) -> RetryAfterError {
    let looks_numeric = |s: &str| {
        s.bytes().any(|b| b.is_ascii_digit()) && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    };
    match text.strip_prefix('-') {
        Some(rest) if looks_numeric(rest) => RetryAfterError::Negative(text.to_owned()),
        _ if looks_numeric(text) && text.bytes().filter(|&b| b == b'.').count() == 1 => {
            RetryAfterError::Fractional(text.to_owned())
        }
        _ => RetryAfterError::Unrecognised(text.to_owned()),
    }
}

/// Quotes a received value, shortened so a huge header cannot flood the page.
fn quoted(value: &str) -> String {
    const LIMIT: usize = 60;
    if value.chars().count() > LIMIT {
        let head: String = value.chars().take(LIMIT).collect();
        format!("“{head}…”")
    } else {
        format!("“{value}”")
    }
}

const EXPECTED_SHAPE: &str = "a whole number of seconds (such as 120) or an HTTP date \
                              (such as Wed, 25 Nov 2026 14:05:00 GMT)";

impl fmt::Display for RetryAfterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RetryAfterError::Empty => {
                write!(f, "Retry-After is empty: it must be {EXPECTED_SHAPE}.")
            }
            RetryAfterError::Negative(value) => write!(
                f,
                "Retry-After {} is negative: a delay must be a whole number of seconds, zero or more.",
                quoted(value)
            ),
            RetryAfterError::Fractional(value) => write!(
                f,
                "Retry-After {} has a fraction: a delay must be a whole number of seconds.",
                quoted(value)
            ),
            RetryAfterError::Unrecognised(value) => {
                write!(f, "Retry-After {} is not {EXPECTED_SHAPE}.", quoted(value))?;
                if looks_like_iso_8601(value) {
                    f.write_str(" ISO 8601 timestamps are not one of the HTTP date forms.")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for RetryAfterError {}

fn looks_like_iso_8601(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() >= 10
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[7] == b'-'
}

/// A sentence saying when to retry, for a person.
///
/// `now` should be the moment the response arrived: a delay counts from
/// then. An HTTP date is measured against `date_header` (the response's Date,
/// the server's own clock) when there is one, since the server chose the
/// date by its clock and the two clocks may disagree; otherwise against `now`.
pub fn describe_retry(
    retry: &RetryAfter,
    now: SystemTime,
    date_header: Option<SystemTime>,
) -> String {
    match *retry {
        RetryAfter::Delay(delay) if delay.is_zero() => {
            "Retry now: the server asks for no delay (Retry-After: 0).".to_owned()
        }
        RetryAfter::Delay(delay) => {
            let wait = format_wait(delay);
            match now.checked_add(delay).and_then(|at| moment_after(now, at)) {
                Some(at) => format!("Retry in {wait} (at {at})."),
                None => format!("Retry in {wait}."),
            }
        }
        RetryAfter::At(at) => {
            let (reference, clock) = match date_header {
                Some(date) => (date, ", by the server's clock"),
                None => (now, ""),
            };
            let when = http_date(at).unwrap_or_else(|| "the date the server gave".to_owned());
            match at.duration_since(reference) {
                Ok(remaining) if !remaining.is_zero() => {
                    format!("Retry after {when} (in {}{clock}).", format_wait(remaining))
                }
                _ => format!(
                    "Retry after {when}: the retry time has already passed{clock}, so the request \
                     may be sent again now."
                ),
            }
        }
    }
}

/// A wait in the largest units that say it well: "45 seconds", "2 minutes",
/// "2 min 5 s", "3 h 10 min", "2 d 4 h". A part second counts as a whole one.
pub fn format_wait(wait: Duration) -> String {
    let seconds = wait
        .as_secs()
        .saturating_add(u64::from(wait.subsec_nanos() > 0));
    let plural = |n: u64, unit: &str| {
        if n == 1 {
            format!("1 {unit}")
        } else {
            format!("{n} {unit}s")
        }
    };
    match seconds {
        0..60 => plural(seconds, "second"),
        60..3_600 => match (seconds / 60, seconds % 60) {
            (minutes, 0) => plural(minutes, "minute"),
            (minutes, rest) => format!("{minutes} min {rest} s"),
        },
        3_600..86_400 => match (seconds / 3_600, seconds % 3_600 / 60) {
            (hours, 0) => plural(hours, "hour"),
            (hours, minutes) => format!("{hours} h {minutes} min"),
        },
        _ => match (seconds / 86_400, seconds % 86_400 / 3_600) {
            (days, 0) => plural(days, "day"),
            (days, hours) => format!("{days} d {hours} h"),
        },
    }
}

/// `at` as a time of day ("14:05:00 UTC") when it falls on the same UTC day
/// as `now`, otherwise as a full HTTP date.
fn moment_after(now: SystemTime, at: SystemTime) -> Option<String> {
    let at_secs = at.duration_since(UNIX_EPOCH).ok()?.as_secs();
    let same_day = now
        .duration_since(UNIX_EPOCH)
        .is_ok_and(|now| now.as_secs() / 86_400 == at_secs / 86_400);
    if same_day {
        let of_day = at_secs % 86_400;
        Some(format!(
            "{:02}:{:02}:{:02} UTC",
            of_day / 3_600,
            of_day % 3_600 / 60,
            of_day % 60
        ))
    } else {
        http_date(at)
    }
}

/// The first second of the year 10000: `httpdate` formats only earlier times.
const HTTP_DATE_LIMIT_SECS: u64 = 253_402_300_800;

/// `at` as an IMF-fixdate, when it lies in the range HTTP dates can express.
fn http_date(at: SystemTime) -> Option<String> {
    let since_epoch = at.duration_since(UNIX_EPOCH).ok()?;
    (since_epoch.as_secs() < HTTP_DATE_LIMIT_SECS).then(|| httpdate::fmt_http_date(at))
}

#[cfg(test)]
mod tests;
