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
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Wed, 25 Nov 2026 14:05:00 GMT.
    const NOV_25_2026_1405: u64 = 1_795_615_500;

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn delay(secs: u64) -> RetryAfter {
        RetryAfter::Delay(Duration::from_secs(secs))
    }

    #[test]
    fn digits_are_a_delay_in_seconds() {
        assert_eq!(parse_retry_after("120"), Ok(delay(120)));
        assert_eq!(parse_retry_after("0"), Ok(delay(0)));
        assert_eq!(parse_retry_after("007"), Ok(delay(7)));
    }

    #[test]
    fn spaces_and_tabs_around_the_value_are_ignored() {
        assert_eq!(parse_retry_after("  120\t"), Ok(delay(120)));
        assert_eq!(
            parse_retry_after(" Wed, 25 Nov 2026 14:05:00 GMT "),
            Ok(RetryAfter::At(at(NOV_25_2026_1405)))
        );
    }

    #[test]
    fn blanks_inside_a_number_are_not_ignored() {
        assert!(matches!(
            parse_retry_after("1 20"),
            Err(RetryAfterError::Unrecognised(v)) if v == "1 20"
        ));
    }

    #[test]
    fn a_delay_too_large_to_hold_is_the_longest_delay() {
        assert_eq!(
            parse_retry_after("99999999999999999999999"),
            Ok(RetryAfter::Delay(Duration::from_secs(u64::MAX)))
        );
    }

    #[test]
    fn imf_fixdate_is_read() {
        assert_eq!(
            parse_retry_after("Wed, 25 Nov 2026 14:05:00 GMT"),
            Ok(RetryAfter::At(at(NOV_25_2026_1405)))
        );
    }

    #[test]
    fn obsolete_rfc_850_date_is_read() {
        assert_eq!(
            parse_retry_after("Wednesday, 25-Nov-26 14:05:00 GMT"),
            Ok(RetryAfter::At(at(NOV_25_2026_1405)))
        );
    }

    #[test]
    fn asctime_date_is_read() {
        assert_eq!(
            parse_retry_after("Wed Nov 25 14:05:00 2026"),
            Ok(RetryAfter::At(at(NOV_25_2026_1405)))
        );
    }

    #[test]
    fn a_date_with_the_wrong_weekday_is_refused() {
        assert!(matches!(
            parse_retry_after("Tue, 25 Nov 2026 14:05:00 GMT"),
            Err(RetryAfterError::Unrecognised(_))
        ));
    }

    #[test]
    fn empty_value_is_refused() {
        assert_eq!(parse_retry_after(""), Err(RetryAfterError::Empty));
        assert_eq!(parse_retry_after(" \t "), Err(RetryAfterError::Empty));
        assert!(RetryAfterError::Empty.to_string().contains("empty"));
    }

    #[test]
    fn negative_delay_is_refused_and_quoted() {
        let err = parse_retry_after("-5").unwrap_err();
        assert_eq!(err, RetryAfterError::Negative("-5".into()));
        assert_eq!(
            err.to_string(),
            "Retry-After “-5” is negative: a delay must be a whole number of seconds, zero or more."
        );
        assert_eq!(
            parse_retry_after("-2.5"),
            Err(RetryAfterError::Negative("-2.5".into()))
        );
    }

    #[test]
    fn decimal_delay_is_refused_and_quoted() {
        let err = parse_retry_after("1.5").unwrap_err();
        assert_eq!(err, RetryAfterError::Fractional("1.5".into()));
        assert!(err.to_string().contains("“1.5” has a fraction"), "{err}");
        assert_eq!(
            parse_retry_after(".5"),
            Err(RetryAfterError::Fractional(".5".into()))
        );
    }

    #[test]
    fn garbage_is_refused_with_the_expected_shapes() {
        let err = parse_retry_after("soon").unwrap_err();
        assert_eq!(err, RetryAfterError::Unrecognised("soon".into()));
        let message = err.to_string();
        assert!(
            message.starts_with("Retry-After “soon” is not"),
            "{message}"
        );
        assert!(
            message.contains("120") && message.contains("GMT"),
            "{message}"
        );
        for other in ["+5", "1.2.3", "5s", "120 seconds", "0x10", "٣"] {
            assert!(
                matches!(
                    parse_retry_after(other),
                    Err(RetryAfterError::Unrecognised(_))
                ),
                "{other}"
            );
        }
    }

    #[test]
    fn iso_timestamps_get_a_hint() {
        let message = parse_retry_after("2026-11-25T14:05:00Z")
            .unwrap_err()
            .to_string();
        assert!(message.contains("ISO 8601"), "{message}");
        assert!(!parse_retry_after("soon")
            .unwrap_err()
            .to_string()
            .contains("ISO"));
    }

    #[test]
    fn very_long_values_are_shortened_in_messages() {
        let long = "x".repeat(500);
        let message = parse_retry_after(&long).unwrap_err().to_string();
        assert!(message.contains('…'));
        assert!(message.len() < 300, "{}", message.len());
    }

    #[test]
    fn waits_use_the_largest_fitting_units() {
        let wait = |s| format_wait(Duration::from_secs(s));
        assert_eq!(wait(1), "1 second");
        assert_eq!(wait(45), "45 seconds");
        assert_eq!(wait(60), "1 minute");
        assert_eq!(wait(120), "2 minutes");
        assert_eq!(wait(125), "2 min 5 s");
        assert_eq!(wait(3_600), "1 hour");
        assert_eq!(wait(3 * 3_600 + 600), "3 h 10 min");
        assert_eq!(wait(2 * 86_400), "2 days");
        assert_eq!(wait(2 * 86_400 + 4 * 3_600), "2 d 4 h");
        assert_eq!(format_wait(Duration::from_millis(1_500)), "2 seconds");
    }

    #[test]
    fn a_delay_says_how_long_and_the_time_of_day() {
        let now = at(NOV_25_2026_1405 - 120);
        assert_eq!(
            describe_retry(&delay(120), now, None),
            "Retry in 2 minutes (at 14:05:00 UTC)."
        );
    }

    #[test]
    fn a_delay_into_another_day_gives_the_full_date() {
        let now = at(NOV_25_2026_1405);
        assert_eq!(
            describe_retry(&delay(86_400), now, None),
            "Retry in 1 day (at Thu, 26 Nov 2026 14:05:00 GMT)."
        );
    }

    #[test]
    fn a_delay_ignores_the_date_header() {
        let now = at(NOV_25_2026_1405 - 120);
        let server = Some(at(NOV_25_2026_1405 - 3_600));
        assert_eq!(
            describe_retry(&delay(120), now, server),
            describe_retry(&delay(120), now, None)
        );
    }

    #[test]
    fn a_zero_delay_means_retry_now() {
        assert!(describe_retry(&delay(0), at(0), None).starts_with("Retry now"));
    }

    #[test]
    fn an_enormous_delay_is_described_without_a_time() {
        let text = describe_retry(
            &RetryAfter::Delay(Duration::MAX),
            at(NOV_25_2026_1405),
            None,
        );
        assert!(text.starts_with("Retry in "), "{text}");
        assert!(!text.contains("(at"), "{text}");
    }

    #[test]
    fn a_future_date_is_measured_against_now_without_a_date_header() {
        let retry = RetryAfter::At(at(NOV_25_2026_1405));
        let now = at(NOV_25_2026_1405 - (3 * 3_600 + 600));
        assert_eq!(
            describe_retry(&retry, now, None),
            "Retry after Wed, 25 Nov 2026 14:05:00 GMT (in 3 h 10 min)."
        );
    }

    #[test]
    fn a_future_date_is_measured_against_the_date_header_when_given() {
        let retry = RetryAfter::At(at(NOV_25_2026_1405));
        // The local clock is an hour fast; the server's Date is what counts.
        let now = at(NOV_25_2026_1405 - 60 + 3_600);
        let server_date = Some(at(NOV_25_2026_1405 - 60));
        assert_eq!(
            describe_retry(&retry, now, server_date),
            "Retry after Wed, 25 Nov 2026 14:05:00 GMT (in 1 minute, by the server's clock)."
        );
    }

    #[test]
    fn a_past_date_has_already_passed() {
        let retry = RetryAfter::At(at(NOV_25_2026_1405));
        let text = describe_retry(&retry, at(NOV_25_2026_1405 + 10), None);
        assert!(text.contains("the retry time has already passed"), "{text}");
        assert!(text.contains("Wed, 25 Nov 2026 14:05:00 GMT"), "{text}");
        assert!(!text.contains("server's clock"), "{text}");
    }

    #[test]
    fn a_date_equal_to_the_date_header_has_already_passed() {
        let retry = RetryAfter::At(at(NOV_25_2026_1405));
        let text = describe_retry(&retry, at(0), Some(at(NOV_25_2026_1405)));
        assert!(
            text.contains("already passed, by the server's clock"),
            "{text}"
        );
    }

    #[test]
    fn a_date_outside_the_http_range_is_described_without_panicking() {
        let before_epoch = UNIX_EPOCH - Duration::from_secs(10);
        let text = describe_retry(&RetryAfter::At(before_epoch), at(0), None);
        assert!(text.contains("already passed"), "{text}");
        let far = at(HTTP_DATE_LIMIT_SECS + 10);
        assert!(describe_retry(&RetryAfter::At(far), at(0), None).starts_with("Retry after"));
    }

    proptest! {
        #[test]
        fn parsing_never_panics(value in any::<String>()) {
            let _ = parse_retry_after(&value);
        }

        #[test]
        fn parsing_never_panics_on_date_like_text(
            value in "[A-Za-z]{3}, [0-9]{2} [A-Za-z]{3} [0-9]{4} [0-9:]{8} GMT"
        ) {
            let _ = parse_retry_after(&value);
        }

        #[test]
        fn delta_seconds_round_trip(seconds in any::<u32>()) {
            prop_assert_eq!(
                parse_retry_after(&seconds.to_string()),
                Ok(RetryAfter::Delay(Duration::from_secs(u64::from(seconds))))
            );
        }

        #[test]
        fn describing_never_panics(
            secs in any::<u64>(),
            now in 0u64..HTTP_DATE_LIMIT_SECS * 2,
            date in proptest::option::of(0u64..HTTP_DATE_LIMIT_SECS * 2),
        ) {
            let now = at(now);
            let date = date.map(at);
            let _ = describe_retry(&RetryAfter::Delay(Duration::from_secs(secs)), now, date);
            if let Some(when) = UNIX_EPOCH.checked_add(Duration::from_secs(secs)) {
                let _ = describe_retry(&RetryAfter::At(when), now, date);
            }
        }
    }
}
