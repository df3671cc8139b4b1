use super::*;
use crate::core::request::url::UrlError;

#[test]
fn network_failure_names_the_origin_and_both_causes() {
    let f = SendFailure::Network {
        origin: "http://127.0.0.1:1".into(),
        detail: "Failed to fetch".into(),
    };
    let text = f.to_string();
    assert!(text.contains("http://127.0.0.1:1"));
    assert!(text.contains("Access-Control-Allow-Origin"));
    assert!(text.contains("server running"));
    assert!(f.title().contains("CORS"));
}

#[test]
fn timeout_says_how_long_it_waited() {
    let text = SendFailure::Timeout {
        after: Duration::from_secs(1),
    }
    .to_string();
    assert!(text.contains("within 1 s"), "{text}");
    let text = SendFailure::Timeout {
        after: Duration::from_millis(2500),
    }
    .to_string();
    assert!(text.contains("within 2.5 s"), "{text}");
}

#[test]
fn invalid_request_lists_each_problem() {
    let f = SendFailure::Invalid(vec![
        DraftProblem::Url(UrlError::Empty),
        DraftProblem::BodyNotAllowed {
            method: "GET".into(),
        },
    ]);
    assert_eq!(f.messages().len(), 2);
    assert!(f.messages()[1].contains("GET request cannot carry a body"));
}

#[test]
fn cancelled_is_its_own_message() {
    assert!(SendFailure::Cancelled.to_string().contains("cancelled"));
    assert_eq!(SendFailure::Cancelled.title(), "Cancelled");
}

#[test]
fn default_state_is_idle() {
    assert_eq!(ExchangeState::default(), ExchangeState::Idle);
}

fn received(raw_status: u16, opaque_redirect: bool) -> ExchangeState {
    let response = ReceivedResponse {
        status: StatusCode::new(raw_status).ok(),
        raw_status,
        headers: Vec::new(),
        body: Default::default(),
        final_url: "https://api.example.com/items".into(),
        redirected: false,
        opaque_redirect,
        elapsed_ms: 12.7,
        sent: Default::default(),
        cross_origin: false,
        via: crate::core::response::received::Via::Browser,
    };
    let context = InsightContext {
        request_method: "GET".into(),
        expects_json: false,
        now: std::time::UNIX_EPOCH,
    };
    ExchangeState::Received(Box::new(Completed { response, context }))
}

#[test]
fn a_response_is_kept_in_history_as_its_status_and_reason() {
    let outcome = received(404, false).outcome();
    assert_eq!(
        outcome,
        Outcome {
            status: Some(404),
            summary: "404 Not Found".into(),
            elapsed_ms: 12,
        }
    );
}

#[test]
fn an_unregistered_status_is_kept_without_a_reason() {
    let outcome = received(599, false).outcome();
    assert_eq!(
        (outcome.status, outcome.summary.as_str()),
        (Some(599), "599")
    );
}

#[test]
fn an_unfollowed_redirect_has_no_status_to_keep() {
    let outcome = received(0, true).outcome();
    assert_eq!(outcome.status, None);
    assert_eq!(outcome.summary, "Redirect not followed");
    assert_eq!(outcome.elapsed_ms, 12);
}

#[test]
fn a_failure_is_kept_as_its_title() {
    let outcome = ExchangeState::Failed(SendFailure::Cancelled).outcome();
    assert_eq!(outcome, Outcome::note("Cancelled"));
}

#[test]
fn a_file_no_longer_loaded_says_which_and_what_to_do() {
    let f = SendFailure::FileGone {
        name: "report.pdf".into(),
    };
    assert_eq!(f.title(), "A file to send is no longer loaded");
    let text = f.to_string();
    assert!(
        text.starts_with("The file “report.pdf” is no longer loaded: pick it again."),
        "{text}"
    );
    assert!(text.contains("not kept after a reload"), "{text}");
}

#[test]
fn a_response_is_announced_with_its_status_and_time() {
    assert_eq!(
        received(404, false).announcement().as_deref(),
        Some("Response: 404 Not Found, after 13 ms")
    );
}

#[test]
fn an_unfollowed_redirect_is_announced_as_such() {
    assert_eq!(
        received(0, true).announcement().as_deref(),
        Some("Response: Redirect not followed, after 13 ms")
    );
}

#[test]
fn a_failure_is_announced_with_its_title() {
    let state = ExchangeState::Failed(SendFailure::Cancelled);
    assert_eq!(state.announcement().as_deref(), Some("Failed: Cancelled"));
}

#[test]
fn nothing_is_announced_before_the_exchange_ends() {
    let waiting = ExchangeState::InFlight {
        method: "GET".into(),
        url: "https://api.example.com/".into(),
    };
    assert_eq!(waiting.announcement(), None);
    assert_eq!(ExchangeState::Idle.announcement(), None);
}
