use std::time::{Duration, SystemTime, UNIX_EPOCH};

use proptest::prelude::*;

use super::*;
use crate::core::status::{lookup, StatusCode};

/// Wed, 25 Nov 2026 14:03:00 GMT.
const NOW_SECS: u64 = 1_795_615_380;

fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(NOW_SECS)
}

fn response(code: u16) -> ReceivedResponse {
    ReceivedResponse {
        status: StatusCode::new(code).ok(),
        raw_status: code,
        headers: Vec::new(),
        body: Default::default(),
        final_url: "https://api.example.com/items".into(),
        redirected: false,
        opaque_redirect: false,
        elapsed_ms: 5.0,
        sent: Default::default(),
        cross_origin: false,
        via: crate::core::response::received::Via::Browser,
    }
}

/// Small builders, so each test states only what matters to it.
trait Build {
    fn header(self, name: &str, value: &str) -> Self;
    fn body(self, body: &str) -> Self;
    fn json(self, body: &str) -> Self;
    fn cross_origin(self) -> Self;
}

impl Build for ReceivedResponse {
    fn header(mut self, name: &str, value: &str) -> Self {
        self.headers
            .push((name.to_ascii_lowercase(), value.to_owned()));
        self
    }

    fn body(mut self, body: &str) -> Self {
        self.body = body.as_bytes().to_vec().into();
        self
    }

    fn json(self, body: &str) -> Self {
        self.header("content-type", "application/json").body(body)
    }

    fn cross_origin(mut self) -> Self {
        self.cross_origin = true;
        self
    }
}

fn context() -> InsightContext {
    InsightContext {
        request_method: "GET".into(),
        expects_json: false,
        now: now(),
    }
}

fn insight(response: &ReceivedResponse) -> Insight {
    analyse(response, &context()).expect("a status code in range")
}

fn findings(response: &ReceivedResponse) -> Vec<Finding> {
    insight(response).findings
}

fn checks(response: &ReceivedResponse) -> Vec<Check> {
    findings(response).iter().map(|f| f.check).collect()
}

fn finding(response: &ReceivedResponse, check: Check) -> Finding {
    findings(response)
        .into_iter()
        .find(|f| f.check == check)
        .unwrap_or_else(|| panic!("no {check:?} finding"))
}

fn has(response: &ReceivedResponse, check: Check) -> bool {
    checks(response).contains(&check)
}

// header_presence

#[test]
fn a_header_that_was_seen_is_present_whatever_the_case_of_its_name() {
    let r = response(201).header("location", "/items/7");
    assert_eq!(
        header_presence(&r, "Location"),
        HeaderPresence::Present("/items/7")
    );
}

#[test]
fn an_absent_header_on_a_same_origin_response_is_missing() {
    assert_eq!(
        header_presence(&response(201), "Location"),
        HeaderPresence::Missing
    );
}

#[test]
fn an_absent_unsafelisted_header_on_a_cross_origin_response_is_not_visible() {
    let r = response(201).cross_origin();
    assert_eq!(header_presence(&r, "Location"), HeaderPresence::NotVisible);
    assert_eq!(
        header_presence(&r, "WWW-Authenticate"),
        HeaderPresence::NotVisible
    );
}

#[test]
fn an_absent_safelisted_header_on_a_cross_origin_response_is_missing() {
    let r = response(200).cross_origin();
    assert_eq!(header_presence(&r, "Content-Type"), HeaderPresence::Missing);
    assert_eq!(
        header_presence(&r, "cache-control"),
        HeaderPresence::Missing
    );
}

// analyse and the summary

#[test]
fn a_response_without_a_status_code_has_no_insight() {
    let mut r = response(200);
    r.status = None;
    r.raw_status = 0;
    assert_eq!(analyse(&r, &context()), None);
}

#[test]
fn the_summary_of_a_registered_code_comes_from_the_reference() {
    let summary = insight(&response(404)).summary;
    assert_eq!(summary.code, 404);
    assert_eq!(summary.name, "Not Found");
    assert_eq!(summary.meaning, lookup(404).unwrap().meaning());
    assert!(summary.registered);
    assert_eq!(summary.reference_path, "reference/404");
}

#[test]
fn the_summary_of_an_unregistered_code_explains_it_by_its_class() {
    let summary = insight(&response(499)).summary;
    assert!(!summary.registered);
    assert_eq!(summary.name, "Unregistered 4xx code");
    assert!(
        summary.meaning.contains("400 Bad Request"),
        "{}",
        summary.meaning
    );
    assert_eq!(summary.reference_path, "reference/499");
}

#[test]
fn healthy_responses_have_no_findings() {
    let healthy = [
        response(200).json(r#"{"id": 7, "status": "active"}"#),
        response(201)
            .header("location", "/items/7")
            .json(r#"{"id": 7}"#),
        response(204),
        response(304),
        response(301).header("location", "/new"),
        response(404).json(r#"{"error": "not found"}"#),
        response(500).json(r#"{"error": "boom"}"#),
        response(200)
            .cross_origin()
            .header("content-type", "text/plain")
            .body("hi"),
    ];
    for r in healthy {
        assert_eq!(findings(&r), vec![], "{}", r.raw_status);
    }
}

#[test]
fn findings_are_sorted_most_serious_first() {
    let mut r = response(204).body("oops").cross_origin();
    r.redirected = true;
    let severities: Vec<Severity> = findings(&r).iter().map(|f| f.severity).collect();
    assert_eq!(severities, vec![Severity::Problem, Severity::Info]);
}

#[test]
fn severities_order_from_problem_to_info() {
    assert!(Severity::Problem < Severity::Warning);
    assert!(Severity::Warning < Severity::Advice);
    assert!(Severity::Advice < Severity::Info);
}

// Headers a status code calls for

#[test]
fn created_without_location_says_the_header_is_missing() {
    let f = finding(&response(201), Check::MissingHeader);
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.detail.contains("The response has no Location header"),
        "{}",
        f.detail
    );
    assert!(
        f.detail.contains("201 Created response should include"),
        "{}",
        f.detail
    );
    assert_eq!(
        f.spec.map(|s| s.label()),
        Some("RFC 9110 §15.3.2".to_owned())
    );
}

#[test]
fn created_with_location_has_no_header_finding() {
    assert!(checks(&response(201).header("location", "/items/7")).is_empty());
}

#[test]
fn created_cross_origin_without_location_says_it_is_not_visible() {
    let r = response(201).cross_origin();
    assert!(!has(&r, Check::MissingHeader));
    let f = finding(&r, Check::HeaderNotVisible);
    assert_eq!(f.severity, Severity::Advice);
    assert!(
        f.detail.starts_with("Location is not visible to this page"),
        "{}",
        f.detail
    );
    assert!(f.detail.contains("Access-Control-Expose-Headers"));
    assert!(f.detail.contains("it may well be there"));
}

#[test]
fn created_cross_origin_with_exposed_location_has_no_finding() {
    let r = response(201).cross_origin().header("location", "/items/7");
    assert!(checks(&r).is_empty());
}

#[test]
fn the_reason_for_a_missing_header_comes_from_the_status_reference() {
    let expected = lookup(401).unwrap().details().unwrap().expected_headers[0];
    let f = finding(&response(401), Check::MissingHeader);
    assert!(f.detail.contains(expected.why), "{}", f.detail);
}

#[test]
fn unauthorized_without_www_authenticate_is_a_problem() {
    let f = finding(&response(401), Check::MissingHeader);
    assert_eq!(f.severity, Severity::Problem);
    assert!(f
        .detail
        .contains("The response has no WWW-Authenticate header"));
    assert!(f.detail.contains("must include."));
}

#[test]
fn unauthorized_with_www_authenticate_has_no_finding() {
    assert!(checks(&response(401).header("www-authenticate", "Bearer")).is_empty());
}

#[test]
fn unauthorized_cross_origin_without_www_authenticate_is_not_visible_not_missing() {
    let r = response(401).cross_origin();
    assert_eq!(checks(&r), vec![Check::HeaderNotVisible]);
    let f = finding(&r, Check::HeaderNotVisible);
    assert_ne!(f.severity, Severity::Problem);
    assert!(f
        .detail
        .starts_with("WWW-Authenticate is not visible to this page"));
}

#[test]
fn unauthorized_cross_origin_with_exposed_www_authenticate_has_no_finding() {
    let r = response(401)
        .cross_origin()
        .header("www-authenticate", "Bearer");
    assert!(checks(&r).is_empty());
}

#[test]
fn method_not_allowed_without_allow_is_a_problem() {
    let f = finding(&response(405), Check::MissingHeader);
    assert_eq!(f.severity, Severity::Problem);
    assert!(f.detail.contains("The response has no Allow header"));
}

#[test]
fn method_not_allowed_with_allow_has_no_finding() {
    assert!(checks(&response(405).header("allow", "GET, HEAD")).is_empty());
}

#[test]
fn method_not_allowed_cross_origin_without_allow_is_not_visible() {
    let r = response(405).cross_origin();
    assert_eq!(checks(&r), vec![Check::HeaderNotVisible]);
    assert!(finding(&r, Check::HeaderNotVisible)
        .detail
        .starts_with("Allow is not visible"));
}

#[test]
fn method_not_allowed_cross_origin_with_exposed_allow_has_no_finding() {
    assert!(checks(&response(405).cross_origin().header("allow", "GET")).is_empty());
}

#[test]
fn a_redirect_without_location_says_it_is_missing() {
    for code in [300, 301, 302, 303, 307, 308] {
        let f = finding(&response(code), Check::MissingHeader);
        assert_eq!(f.severity, Severity::Warning, "{code}");
        assert!(
            f.detail.contains("The response has no Location header"),
            "{code}"
        );
    }
}

#[test]
fn a_redirect_with_location_has_no_finding() {
    for code in [300, 302, 307] {
        assert!(
            checks(&response(code).header("location", "/next")).is_empty(),
            "{code}"
        );
    }
}

#[test]
fn not_modified_needs_no_location() {
    assert!(checks(&response(304)).is_empty());
}

#[test]
fn the_deprecated_305_and_unused_306_are_not_checked_as_redirects() {
    for code in [305, 306] {
        assert!(checks(&response(code)).is_empty(), "{code}");
    }
}

#[test]
fn a_300_cross_origin_without_location_is_not_visible() {
    let r = response(300).cross_origin();
    assert_eq!(checks(&r), vec![Check::HeaderNotVisible]);
}

#[test]
fn a_300_cross_origin_with_exposed_location_has_no_finding() {
    assert!(checks(&response(300).cross_origin().header("location", "/a")).is_empty());
}

#[test]
fn a_followed_redirect_code_seen_cross_origin_really_lacks_location() {
    // fetch() follows 301/302/303/307/308 whenever Location is there, so the
    // page only receives one when it was not sent, hidden or not.
    for code in [301, 302, 303, 307, 308] {
        let r = response(code).cross_origin();
        assert_eq!(checks(&r), vec![Check::MissingHeader], "{code}");
        let f = finding(&r, Check::MissingHeader);
        assert!(f.detail.contains("really missing"), "{}", f.detail);
    }
}

// Retry-After

#[test]
fn too_many_requests_without_retry_after_says_it_is_missing() {
    let r = response(429);
    let f = finding(&r, Check::MissingHeader);
    assert_eq!(f.severity, Severity::Advice);
    assert!(f.detail.contains("The response has no Retry-After header"));
    assert_eq!(f.spec.map(|s| s.rfc), Some(6585));
}

#[test]
fn unavailable_without_retry_after_says_it_is_missing() {
    let f = finding(&response(503), Check::MissingHeader);
    assert!(f.detail.contains("The response has no Retry-After header"));
}

#[test]
fn too_many_requests_cross_origin_without_retry_after_is_not_visible() {
    let r = response(429).cross_origin();
    assert!(!has(&r, Check::MissingHeader));
    let f = finding(&r, Check::HeaderNotVisible);
    assert_eq!(f.severity, Severity::Info);
    assert!(f
        .detail
        .starts_with("Retry-After is not visible to this page"));
}

#[test]
fn unavailable_cross_origin_with_exposed_retry_after_has_no_header_finding() {
    let r = response(503).cross_origin().header("retry-after", "30");
    assert!(!has(&r, Check::HeaderNotVisible));
    assert!(!has(&r, Check::MissingHeader));
    assert!(has(&r, Check::RetryAfter));
}

#[test]
fn retry_after_in_seconds_says_when_to_retry() {
    let f = finding(
        &response(429).header("retry-after", "120"),
        Check::RetryAfter,
    );
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(f.title, "Retry in 2 minutes (at 14:05:00 UTC).");
    assert!(f.detail.contains("Retry-After: 120"), "{}", f.detail);
    assert_eq!(
        f.spec.map(|s| s.label()),
        Some("RFC 9110 §10.2.3".to_owned())
    );
}

#[test]
fn retry_after_as_a_date_is_measured_against_the_server_date() {
    let r = response(503)
        .header("date", "Wed, 25 Nov 2026 13:05:00 GMT")
        .header("retry-after", "Wed, 25 Nov 2026 14:05:00 GMT");
    let f = finding(&r, Check::RetryAfter);
    assert_eq!(
        f.title,
        "Retry after Wed, 25 Nov 2026 14:05:00 GMT (in 1 hour, by the server's clock)."
    );
}

#[test]
fn retry_after_as_a_date_without_a_date_header_is_measured_against_now() {
    let r = response(503).header("retry-after", "Wed, 25 Nov 2026 14:05:00 GMT");
    assert_eq!(
        finding(&r, Check::RetryAfter).title,
        "Retry after Wed, 25 Nov 2026 14:05:00 GMT (in 2 minutes)."
    );
}

#[test]
fn retry_after_in_the_past_has_already_passed() {
    let r = response(503).header("retry-after", "Wed, 25 Nov 2026 12:00:00 GMT");
    assert!(finding(&r, Check::RetryAfter)
        .title
        .contains("the retry time has already passed"));
}

#[test]
fn unreadable_retry_after_is_a_warning_quoting_the_value() {
    let r = response(503).header("retry-after", "soon-ish");
    assert!(!has(&r, Check::RetryAfter));
    let f = finding(&r, Check::InvalidRetryAfter);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.detail.contains("“soon-ish”"), "{}", f.detail);
}

#[test]
fn retry_after_is_not_read_on_codes_where_retrying_does_not_help() {
    let r = response(200).header("retry-after", "nonsense");
    assert!(checks(&r).is_empty());
}

// Retry advice

#[test]
fn too_many_requests_with_retry_after_advises_waiting_for_it() {
    let f = finding(
        &response(429).header("retry-after", "120"),
        Check::RetryAdvice,
    );
    assert_eq!(f.severity, Severity::Advice);
    assert!(
        f.detail.contains("after the time Retry-After gives"),
        "{}",
        f.detail
    );
    assert!(f.detail.contains("Retry in 2 minutes"), "{}", f.detail);
}

#[test]
fn too_many_requests_without_retry_after_advises_backing_off() {
    let f = finding(&response(429), Check::RetryAdvice);
    assert!(f.detail.contains("back off"), "{}", f.detail);
    assert!(!f.detail.contains("hidden"));
}

#[test]
fn too_many_requests_with_hidden_retry_after_says_it_may_be_there() {
    let f = finding(&response(429).cross_origin(), Check::RetryAdvice);
    assert!(f.detail.contains("back off"));
    assert!(f.detail.contains("hidden from this page"), "{}", f.detail);
}

#[test]
fn too_many_requests_with_unreadable_retry_after_advises_backing_off() {
    let f = finding(
        &response(429).header("retry-after", "-1"),
        Check::RetryAdvice,
    );
    assert!(f.detail.contains("back off"), "{}", f.detail);
}

#[test]
fn unavailable_is_worth_retrying_later() {
    let f = finding(&response(503), Check::RetryAdvice);
    assert!(f.detail.contains("was not processed"), "{}", f.detail);
}

#[test]
fn bad_gateway_with_an_idempotent_method_is_safe_to_retry() {
    let f = finding(&response(502), Check::RetryAdvice);
    assert!(f.detail.contains("GET is idempotent"), "{}", f.detail);
}

#[test]
fn gateway_timeout_with_post_warns_the_work_may_be_done_twice() {
    let context = InsightContext {
        request_method: "POST".into(),
        ..context()
    };
    let f = analyse(&response(504), &context)
        .unwrap()
        .findings
        .into_iter()
        .find(|f| f.check == Check::RetryAdvice)
        .unwrap();
    assert!(f.detail.contains("POST is not idempotent"), "{}", f.detail);
    assert!(f.detail.contains("idempotency key"));
}

#[test]
fn gateway_errors_do_not_ask_for_retry_after() {
    for code in [502, 504] {
        assert_eq!(checks(&response(code)), vec![Check::RetryAdvice], "{code}");
    }
}

#[test]
fn no_retry_advice_for_codes_a_retry_does_not_fix() {
    for code in [400, 401, 403, 404, 408, 409, 422, 500, 501, 505] {
        assert!(!has(&response(code), Check::RetryAdvice), "{code}");
    }
}

// Content

#[test]
fn no_content_with_a_body_is_a_problem() {
    let f = finding(&response(204).body("{}"), Check::BodyNotAllowed);
    assert_eq!(f.severity, Severity::Problem);
    assert!(f.detail.contains("2 B of content"), "{}", f.detail);
    assert_eq!(f.spec.map(|s| s.section), Some("15.3.5"));
}

#[test]
fn not_modified_with_a_body_is_a_problem() {
    assert!(has(&response(304).body("x"), Check::BodyNotAllowed));
}

#[test]
fn no_content_without_a_body_is_fine() {
    assert!(!has(&response(204), Check::BodyNotAllowed));
}

#[test]
fn other_codes_may_have_a_body() {
    assert!(!has(&response(200).json("{}"), Check::BodyNotAllowed));
}

#[test]
fn a_body_on_no_content_is_not_also_reported_for_its_missing_type() {
    assert_eq!(
        checks(&response(204).body("x")),
        vec![Check::BodyNotAllowed]
    );
}

#[test]
fn content_without_content_type_is_a_warning() {
    let f = finding(&response(200).body("hello"), Check::MissingContentType);
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.spec.map(|s| s.label()), Some("RFC 9110 §8.3".to_owned()));
}

#[test]
fn content_type_is_never_hidden_so_cross_origin_it_is_still_missing() {
    let r = response(200).body("hello").cross_origin();
    assert_eq!(checks(&r), vec![Check::MissingContentType]);
    assert!(finding(&r, Check::MissingContentType)
        .detail
        .contains("really missing"));
}

#[test]
fn no_content_type_is_fine_without_content() {
    assert!(!has(&response(200), Check::MissingContentType));
}

#[test]
fn content_with_a_content_type_is_fine() {
    assert!(!has(
        &response(200).header("content-type", "text/plain").body("x"),
        Check::MissingContentType
    ));
}

// Errors reported inside a 2xx

#[test]
fn a_2xx_json_body_with_an_error_member_is_flagged_naming_it() {
    let f = finding(
        &response(200).json(r#"{"error": "invalid token"}"#),
        Check::JsonErrorIn2xx,
    );
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.detail.contains(r#""error": "invalid token""#),
        "{}",
        f.detail
    );
    assert!(f.title.contains("200 OK"), "{}", f.title);
}

#[test]
fn each_failure_convention_is_recognised() {
    for (body, named) in [
        (r#"{"success": false}"#, r#""success": false"#),
        (r#"{"ok": false}"#, r#""ok": false"#),
        (r#"{"status": "error"}"#, r#""status": "error""#),
        (r#"{"status": "FAIL"}"#, r#""status": "FAIL""#),
        (r#"{"status": "Failed"}"#, r#""status": "Failed""#),
        (
            r#"{"errors": [{"message": "x"}]}"#,
            r#""errors": [{"message":"x"}]"#,
        ),
        (r#"{"error": {"code": 1}}"#, r#""error": {"code":1}"#),
        (r#"{"error": true}"#, r#""error": true"#),
    ] {
        let f = finding(&response(200).json(body), Check::JsonErrorIn2xx);
        assert!(f.detail.contains(named), "{body}: {}", f.detail);
    }
}

#[test]
fn members_that_do_not_signal_failure_are_not_flagged() {
    for body in [
        r#"{"error": null}"#,
        r#"{"error": false}"#,
        r#"{"error": ""}"#,
        r#"{"error": 0}"#,
        r#"{"error": {}}"#,
        r#"{"errors": []}"#,
        r#"{"errors": "none"}"#,
        r#"{"success": true}"#,
        r#"{"ok": true}"#,
        r#"{"ok": "false"}"#,
        r#"{"status": "ok"}"#,
        r#"{"status": 500}"#,
        r#"{"data": {"error": "nested errors do not count"}}"#,
        r#"[{"error": "top level is an array"}]"#,
        r#"{"error": "truncated"#,
    ] {
        assert!(
            !has(&response(200).json(body), Check::JsonErrorIn2xx),
            "{body}"
        );
    }
}

#[test]
fn several_failure_members_are_all_named() {
    let f = finding(
        &response(201)
            .header("location", "/x")
            .json(r#"{"success": false, "error": "dup"}"#),
        Check::JsonErrorIn2xx,
    );
    assert!(
        f.detail.contains(r#""error": "dup" and "success": false"#),
        "{}",
        f.detail
    );
}

#[test]
fn an_errors_array_mentions_graphql() {
    let f = finding(
        &response(200).json(r#"{"errors": [1]}"#),
        Check::JsonErrorIn2xx,
    );
    assert!(f.detail.contains("GraphQL"));
    let other = finding(
        &response(200).json(r#"{"ok": false}"#),
        Check::JsonErrorIn2xx,
    );
    assert!(!other.detail.contains("GraphQL"));
}

#[test]
fn error_members_are_only_checked_in_json_2xx_responses() {
    let body = r#"{"error": "x"}"#;
    assert!(!has(
        &response(200)
            .header("content-type", "text/plain")
            .body(body),
        Check::JsonErrorIn2xx
    ));
    assert!(!has(&response(400).json(body), Check::JsonErrorIn2xx));
    assert!(has(
        &response(200)
            .header("content-type", "application/vnd.api+json")
            .body(body),
        Check::JsonErrorIn2xx
    ));
}

// HTML error pages

fn expecting_json() -> InsightContext {
    InsightContext {
        expects_json: true,
        ..context()
    }
}

fn html_page(code: u16) -> ReceivedResponse {
    response(code)
        .header("content-type", "text/html; charset=utf-8")
        .body("<html><head><TITLE>502 Bad\n Gateway</TITLE></head><body>nginx</body></html>")
}

#[test]
fn an_html_error_from_a_json_api_is_flagged_with_the_page_title() {
    let insight = analyse(&html_page(502), &expecting_json()).unwrap();
    let f = insight
        .findings
        .iter()
        .find(|f| f.check == Check::HtmlErrorFromJsonApi)
        .unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.detail.contains("titled “502 Bad Gateway”"),
        "{}",
        f.detail
    );
    assert!(f.detail.contains("proxy"));
}

#[test]
fn an_html_error_without_a_title_is_still_flagged() {
    let r = response(404)
        .header("content-type", "text/html")
        .body("<h1>Not Found</h1>");
    let insight = analyse(&r, &expecting_json()).unwrap();
    let f = insight
        .findings
        .iter()
        .find(|f| f.check == Check::HtmlErrorFromJsonApi)
        .unwrap();
    assert!(!f.detail.contains("titled"));
}

#[test]
fn an_html_error_is_fine_when_json_was_not_expected() {
    assert!(!has(&html_page(502), Check::HtmlErrorFromJsonApi));
}

#[test]
fn html_success_and_json_errors_are_not_flagged() {
    let ok = analyse(&html_page(200), &expecting_json()).unwrap();
    assert!(ok.findings.is_empty());
    let json = analyse(&response(404).json(r#"{"error":"x"}"#), &expecting_json()).unwrap();
    assert!(json.findings.is_empty());
}

// Problem Details

fn problem(code: u16, body: &str) -> ReceivedResponse {
    response(code)
        .header("content-type", "application/problem+json")
        .body(body)
}

#[test]
fn a_problem_details_body_is_parsed_into_the_insight() {
    let insight = insight(&problem(
        404,
        r#"{"type":"https://example.com/probs/no-item","title":"No such item","status":404,"detail":"Item 7 does not exist"}"#,
    ));
    assert!(insight.findings.is_empty());
    let p = insight.problem.unwrap();
    assert_eq!(p.title.as_deref(), Some("No such item"));
    assert_eq!(p.status, Some(404));
}

#[test]
fn a_problem_status_that_differs_from_the_response_status_is_a_problem() {
    let r = problem(200, r#"{"title":"Out of credit","status":403}"#);
    let f = finding(&r, Check::ProblemStatusMismatch);
    assert_eq!(f.severity, Severity::Problem);
    assert_eq!(f.title, "The body says 403, the response says 200");
    assert!(
        f.detail.contains("403 Forbidden") && f.detail.contains("200 OK"),
        "{}",
        f.detail
    );
    assert_eq!(
        f.spec.map(|s| s.label()),
        Some("RFC 9457 §3.1.2".to_owned())
    );
    assert!(insight(&r).problem.is_some());
}

#[test]
fn a_problem_without_a_status_member_cannot_mismatch() {
    assert!(checks(&problem(400, r#"{"title":"Bad"}"#)).is_empty());
}

#[test]
fn an_unreadable_problem_body_is_a_warning() {
    let r = problem(400, "[1, 2]");
    let f = finding(&r, Check::ProblemDetails);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.detail.contains("an array"), "{}", f.detail);
    assert_eq!(insight(&r).problem, None);
}

#[test]
fn ignored_problem_members_are_reported() {
    let r = problem(400, r#"{"title": 5, "status": 400}"#);
    let f = finding(&r, Check::ProblemDetails);
    assert!(f.detail.contains("“title” is a number"), "{}", f.detail);
    assert_eq!(insight(&r).problem.unwrap().status, Some(400));
}

#[test]
fn problem_details_on_a_success_contradict_the_status() {
    let f = finding(
        &problem(200, r#"{"title":"Out of credit"}"#),
        Check::ProblemOnNonError,
    );
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.title, "A Problem Details body on a 200 OK response");
    assert!(f.detail.contains("as a success"), "{}", f.detail);
    assert_eq!(f.spec.map(|s| s.label()), Some("RFC 9457 §1".to_owned()));
}

#[test]
fn problem_details_on_a_redirect_are_flagged_as_such() {
    let f = finding(
        &problem(302, r#"{"title":"Moved"}"#),
        Check::ProblemOnNonError,
    );
    assert!(f.detail.contains("as a redirect"), "{}", f.detail);
}

#[test]
fn problem_details_on_errors_are_where_they_belong() {
    for code in [400, 404, 422, 500, 503] {
        let r = problem(code, r#"{"title":"Bad"}"#);
        assert!(!has(&r, Check::ProblemOnNonError), "{code}");
    }
}

#[test]
fn a_very_large_problem_body_is_not_parsed() {
    let padding = " ".repeat(super::body::LOOK_INSIDE_LIMIT);
    let r = problem(200, &format!(r#"{{"title":"Big","status":500}}{padding}"#));
    assert_eq!(insight(&r).problem, None);
    assert!(!has(&r, Check::ProblemStatusMismatch));
}

#[test]
fn plain_json_is_not_read_as_problem_details() {
    let r = response(400).json(r#"{"title":"Bad","status":500}"#);
    assert_eq!(insight(&r).problem, None);
    assert!(!has(&r, Check::ProblemStatusMismatch));
}

// Redirects the browser followed

fn redirected(method: &str) -> Vec<Finding> {
    let mut r = response(200).json("{}");
    r.redirected = true;
    r.final_url = "https://api.example.com/v2/items".into();
    let context = InsightContext {
        request_method: method.into(),
        ..context()
    };
    analyse(&r, &context).unwrap().findings
}

#[test]
fn a_followed_redirect_is_explained() {
    let findings = redirected("GET");
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    assert_eq!((f.check, f.severity), (Check::Redirected, Severity::Info));
    assert!(f.detail.contains("https://api.example.com/v2/items"));
    assert!(f.detail.contains("redirect: \"manual\""));
    assert!(f.detail.contains("status 0 and no headers"));
    assert!(f.detail.contains("browser restriction"));
    assert!(!f.detail.contains("as a GET"));
}

#[test]
fn a_redirected_post_may_have_become_a_get() {
    assert!(redirected("POST")[0]
        .detail
        .contains("after a 301, 302 or 303"));
}

#[test]
fn a_redirected_put_may_have_become_a_get_after_a_303() {
    let detail = &redirected("PUT")[0].detail;
    assert!(detail.contains("after a 303"), "{detail}");
    assert!(!detail.contains("301"), "{detail}");
}

#[test]
fn a_response_that_was_not_redirected_says_nothing_about_redirects() {
    assert!(!has(&response(200).json("{}"), Check::Redirected));
}

proptest! {
    #[test]
    fn analysis_never_panics(
        code in 100u16..600,
        body in proptest::collection::vec(any::<u8>(), 0..64),
        headers in proptest::collection::vec(
            (prop_oneof![
                Just("content-type"), Just("location"), Just("retry-after"), Just("date"),
                Just("www-authenticate"), Just("allow")
            ], ".{0,40}"),
            0..4,
        ),
        cross_origin in any::<bool>(),
        redirected in any::<bool>(),
        expects_json in any::<bool>(),
    ) {
        let mut r = response(code);
        r.body = body.into();
        r.headers = headers.into_iter().map(|(n, v)| (n.to_owned(), v)).collect();
        r.cross_origin = cross_origin;
        r.redirected = redirected;
        let context = InsightContext { expects_json, ..context() };
        let insight = analyse(&r, &context).unwrap();
        prop_assert!(insight.findings.windows(2).all(|w| w[0].severity <= w[1].severity));
    }
}

#[test]
fn very_large_json_bodies_are_not_searched_for_error_members() {
    let padding = " ".repeat(super::body::LOOK_INSIDE_LIMIT);
    let big = format!("{{\"error\": \"boom\"}}{padding}");
    assert!(!has(&response(200).json(&big), Check::JsonErrorIn2xx));
    assert!(has(
        &response(200).json("{\"error\": \"boom\"}"),
        Check::JsonErrorIn2xx
    ));
}
