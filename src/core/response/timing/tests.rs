use super::*;
use proptest::prelude::*;

/// A fresh HTTPS connection: every phase has its own length.
fn fresh_https() -> TimingMarks {
    TimingMarks {
        start_time: 1000.0,
        domain_lookup_start: 1001.0,
        domain_lookup_end: 1004.0,
        connect_start: 1004.0,
        secure_connection_start: 1010.0,
        connect_end: 1025.0,
        request_start: 1026.0,
        response_start: 1076.0,
        response_end: 1090.0,
    }
}

/// A plain-HTTP request over a connection the browser already had open.
fn reused_http() -> TimingMarks {
    TimingMarks {
        start_time: 500.0,
        domain_lookup_start: 500.5,
        domain_lookup_end: 500.5,
        connect_start: 500.5,
        secure_connection_start: 0.0,
        connect_end: 500.5,
        request_start: 501.0,
        response_start: 503.0,
        response_end: 503.5,
    }
}

/// What a browser reports for a cross-origin request that failed the timing-allow check.
fn zeroed() -> TimingMarks {
    TimingMarks {
        start_time: 200.0,
        response_end: 260.0,
        ..TimingMarks::default()
    }
}

fn context(total_ms: f64) -> TimingContext {
    TimingContext {
        total_ms,
        redirected: false,
    }
}

fn phase_times(timing: &Timing) -> Vec<(Phase, PhaseTime)> {
    match timing {
        Timing::Phases { phases, .. } => phases.iter().map(|s| (s.phase, s.time)).collect(),
        Timing::TotalOnly { .. } => panic!("expected phases, got {timing:?}"),
    }
}

fn reason(timing: &Timing) -> TotalOnlyReason {
    match timing {
        Timing::TotalOnly { reason, .. } => *reason,
        Timing::Phases { .. } => panic!("expected total only, got {timing:?}"),
    }
}

#[test]
fn fresh_https_connection_shows_every_phase() {
    let timing = Timing::new(TimingRecord::Found(fresh_https()), context(95.0));
    assert_eq!(
        phase_times(&timing),
        vec![
            (Phase::Dns, PhaseTime::Took(3.0)),
            (Phase::Connect, PhaseTime::Took(6.0)),
            (Phase::Tls, PhaseTime::Took(15.0)),
            (Phase::Waiting, PhaseTime::Took(50.0)),
            (Phase::Download, PhaseTime::Took(14.0)),
        ]
    );
}

#[test]
fn phases_come_in_the_order_they_happen() {
    let timing = Timing::new(TimingRecord::Found(fresh_https()), context(95.0));
    let order: Vec<Phase> = phase_times(&timing).into_iter().map(|(p, _)| p).collect();
    assert_eq!(order, Phase::ALL);
}

#[test]
fn fresh_connection_is_not_called_reused() {
    let timing = Timing::new(TimingRecord::Found(fresh_https()), context(95.0));
    assert!(matches!(timing, Timing::Phases { reused: false, .. }));
}

#[test]
fn reused_connection_has_zero_length_setup_phases() {
    let timing = Timing::new(TimingRecord::Found(reused_http()), context(4.0));
    let times = phase_times(&timing);
    assert_eq!(times[0], (Phase::Dns, PhaseTime::Took(0.0)));
    assert_eq!(times[1], (Phase::Connect, PhaseTime::Took(0.0)));
    assert!(matches!(timing, Timing::Phases { reused: true, .. }));
}

#[test]
fn plain_http_has_no_tls_phase() {
    let timing = Timing::new(TimingRecord::Found(reused_http()), context(4.0));
    assert_eq!(phase_times(&timing)[2], (Phase::Tls, PhaseTime::NotUsed));
}

#[test]
fn plain_http_connect_runs_to_connect_end() {
    let marks = TimingMarks {
        connect_end: 502.0,
        request_start: 502.0,
        ..reused_http()
    };
    let timing = Timing::new(TimingRecord::Found(marks), context(4.0));
    assert_eq!(
        phase_times(&timing)[1],
        (Phase::Connect, PhaseTime::Took(1.5))
    );
}

#[test]
fn reused_https_connection_has_zero_tls() {
    let marks = TimingMarks {
        secure_connection_start: 500.5,
        ..reused_http()
    };
    let timing = Timing::new(TimingRecord::Found(marks), context(4.0));
    assert_eq!(phase_times(&timing)[2], (Phase::Tls, PhaseTime::Took(0.0)));
    assert!(matches!(timing, Timing::Phases { reused: true, .. }));
}

#[test]
fn waiting_and_download_of_a_reused_connection() {
    let timing = Timing::new(TimingRecord::Found(reused_http()), context(4.0));
    let times = phase_times(&timing);
    assert_eq!(times[3], (Phase::Waiting, PhaseTime::Took(2.0)));
    assert_eq!(times[4], (Phase::Download, PhaseTime::Took(0.5)));
}

#[test]
fn zeroed_marks_mean_the_server_did_not_allow_timing() {
    let timing = Timing::new(TimingRecord::Found(zeroed()), context(60.0));
    assert_eq!(reason(&timing), TotalOnlyReason::NotAllowed);
}

#[test]
fn zeroed_marks_after_a_redirect_blame_the_redirect() {
    let ctx = TimingContext {
        redirected: true,
        ..context(60.0)
    };
    let timing = Timing::new(TimingRecord::Found(zeroed()), ctx);
    assert_eq!(reason(&timing), TotalOnlyReason::RedirectNotAllowed);
}

#[test]
fn a_response_start_without_request_start_is_still_hidden() {
    let marks = TimingMarks {
        response_start: 250.0,
        ..zeroed()
    };
    let timing = Timing::new(TimingRecord::Found(marks), context(60.0));
    assert_eq!(reason(&timing), TotalOnlyReason::NotAllowed);
}

#[test]
fn missing_record_says_so() {
    let timing = Timing::new(TimingRecord::NotFound, context(60.0));
    assert_eq!(reason(&timing), TotalOnlyReason::NotFound);
}

#[test]
fn unsupported_browser_says_so() {
    let timing = Timing::new(TimingRecord::Unsupported, context(60.0));
    assert_eq!(reason(&timing), TotalOnlyReason::Unsupported);
}

#[test]
fn total_only_keeps_the_total() {
    let timing = Timing::new(TimingRecord::NotFound, context(61.5));
    assert_eq!(timing.total_ms(), 61.5);
}

#[test]
fn a_negative_or_nan_total_becomes_zero() {
    assert_eq!(
        Timing::new(TimingRecord::NotFound, context(-3.0)).total_ms(),
        0.0
    );
    assert_eq!(
        Timing::new(TimingRecord::NotFound, context(f64::NAN)).total_ms(),
        0.0
    );
}

#[test]
fn reason_texts_say_only_the_total_is_known() {
    for reason in [
        TotalOnlyReason::Unsupported,
        TotalOnlyReason::NotFound,
        TotalOnlyReason::NotAllowed,
        TotalOnlyReason::RedirectNotAllowed,
    ] {
        assert!(reason
            .to_string()
            .starts_with("Only the total time is known"));
    }
}

#[test]
fn not_allowed_reason_names_the_header() {
    assert!(TotalOnlyReason::NotAllowed
        .to_string()
        .contains("Timing-Allow-Origin"));
}

#[test]
fn marks_out_of_order_never_give_a_negative_phase() {
    let marks = TimingMarks {
        domain_lookup_end: 990.0,
        response_start: 1020.0,
        ..fresh_https()
    };
    let timing = Timing::new(TimingRecord::Found(marks), context(95.0));
    assert!(phase_times(&timing).iter().all(|(_, t)| t.ms() >= 0.0));
}

#[test]
fn marks_past_the_total_are_cut_at_the_total() {
    let timing = Timing::new(TimingRecord::Found(fresh_https()), context(80.0));
    let times = phase_times(&timing);
    assert_eq!(times[3], (Phase::Waiting, PhaseTime::Took(50.0)));
    assert_eq!(times[4], (Phase::Download, PhaseTime::Took(4.0)));
}

#[test]
fn a_nan_mark_counts_as_no_time() {
    let marks = TimingMarks {
        domain_lookup_end: f64::NAN,
        ..fresh_https()
    };
    let timing = Timing::new(TimingRecord::Found(marks), context(95.0));
    assert_eq!(phase_times(&timing)[0], (Phase::Dns, PhaseTime::Took(0.0)));
}

#[test]
fn phase_ms_has_tenths_below_ten() {
    assert_eq!(format_phase_ms(0.0), "0.0 ms");
    assert_eq!(format_phase_ms(2.26), "2.3 ms");
    assert_eq!(format_phase_ms(9.94), "9.9 ms");
}

#[test]
fn phase_ms_is_whole_from_ten() {
    assert_eq!(format_phase_ms(10.0), "10 ms");
    assert_eq!(format_phase_ms(123.6), "124 ms");
}

#[test]
fn phase_ms_just_under_ten_rounds_up_to_whole() {
    assert_eq!(format_phase_ms(9.96), "10 ms");
}

#[test]
fn css_share_has_two_decimals() {
    assert_eq!(css_share(1.0, 3.0), "33.33%");
    assert_eq!(css_share(5.0, 100.0), "5.00%");
    assert_eq!(css_share(100.0, 100.0), "100.00%");
}

#[test]
fn css_share_stays_within_the_bar() {
    assert_eq!(css_share(150.0, 100.0), "100.00%");
    assert_eq!(css_share(-3.0, 100.0), "0.00%");
    assert_eq!(css_share(3.0, 0.0), "0.00%");
    assert_eq!(css_share(f64::NAN, 10.0), "0.00%");
}

#[test]
fn phase_ms_of_nonsense_is_zero() {
    assert_eq!(format_phase_ms(-1.0), "0.0 ms");
    assert_eq!(format_phase_ms(f64::INFINITY), "0.0 ms");
}

#[test]
fn unused_tls_reads_as_not_used() {
    assert_eq!(PhaseTime::NotUsed.to_string(), "not used (plain HTTP)");
    assert_eq!(PhaseTime::NotUsed.ms(), 0.0);
}

#[test]
fn phase_labels_and_slugs() {
    let labels: Vec<&str> = Phase::ALL.iter().map(|p| p.label()).collect();
    assert_eq!(labels, ["DNS", "Connect", "TLS", "Waiting", "Download"]);
    let slugs: Vec<&str> = Phase::ALL.iter().map(|p| p.slug()).collect();
    assert_eq!(slugs, ["dns", "connect", "tls", "waiting", "download"]);
}

#[test]
fn pick_newest_ignores_records_from_before_the_send() {
    assert_eq!(pick_newest([10.0, 20.0, 105.0], 100.0), Some(2));
}

#[test]
fn pick_newest_takes_the_latest_of_several() {
    assert_eq!(pick_newest([101.0, 130.0, 110.0], 100.0), Some(1));
}

#[test]
fn pick_newest_finds_nothing_when_all_are_older() {
    assert_eq!(pick_newest([10.0, 20.0], 100.0), None);
    assert_eq!(pick_newest([], 100.0), None);
}

#[test]
fn pick_newest_allows_for_clock_rounding() {
    assert_eq!(pick_newest([99.5], 100.0), Some(0));
}

#[test]
fn pick_newest_skips_nan_starts() {
    assert_eq!(pick_newest([f64::NAN, 101.0], 100.0), Some(1));
}

fn any_mark() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        0.0..10_000.0_f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        -10_000.0..0.0_f64,
    ]
}

fn any_marks() -> impl Strategy<Value = TimingMarks> {
    (
        any_mark(),
        [any_mark(), any_mark(), any_mark(), any_mark()],
        [any_mark(), any_mark(), any_mark(), any_mark()],
    )
        .prop_map(|(start_time, a, b)| TimingMarks {
            start_time,
            domain_lookup_start: a[0],
            domain_lookup_end: a[1],
            connect_start: a[2],
            secure_connection_start: a[3],
            connect_end: b[0],
            request_start: b[1],
            response_start: b[2],
            response_end: b[3],
        })
}

proptest! {
    #[test]
    fn phases_are_never_negative_and_fit_in_the_total(
        marks in any_marks(),
        total in prop_oneof![0.0..20_000.0_f64, Just(f64::NAN), Just(-5.0)],
    ) {
        let timing = Timing::new(TimingRecord::Found(marks), context(total));
        if let Timing::Phases { phases, total_ms, .. } = timing {
            let sum: f64 = phases.iter().map(|s| s.time.ms()).sum();
            prop_assert!(phases.iter().all(|s| s.time.ms() >= 0.0), "{phases:?}");
            prop_assert!(sum <= total_ms * (1.0 + 1e-9) + 1e-9, "{sum} > {total_ms}");
        }
    }
}
