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
