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
