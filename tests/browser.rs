//! Browser tests of `src/browser/`: real fetch() in headless Chromium against the
//! local httpbin that scripts/test.sh starts (its URL is baked in at compile time).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use api_client::browser::files;
use api_client::browser::http;
use api_client::browser::url::BrowserUrls;
use api_client::core::exchange::SendFailure;
use api_client::core::request::body::FileRef;
use api_client::core::request::draft::{
    PageScheme, RequestDraft, SendBody, SendPart, ValidRequest,
};
use api_client::core::request::headers::HeaderRow;
use api_client::core::request::url::HttpUrl;
use api_client::core::response::received::ReceivedResponse;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const HTTPBIN: &str = match option_env!("HTTPBIN_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:5000",
};

/// Starts a request without watching for its head.
fn start(
    request: ValidRequest,
) -> Result<
    (
        http::PendingRequest,
        impl std::future::Future<Output = Result<ReceivedResponse, SendFailure>>,
    ),
    SendFailure,
> {
    http::start(request, |_| {})
}

fn request(method: &str, path: &str, timeout: &str) -> ValidRequest {
    RequestDraft {
        method: method.into(),
        url: format!("{HTTPBIN}{path}"),
        headers: vec![HeaderRow::new("X-Test", "yes")],
        ..RequestDraft::default()
    }
    .validate(timeout, PageScheme::Http, &BrowserUrls)
    .expect("test request is valid")
}

#[wasm_bindgen_test]
async fn a_response_carries_status_headers_body_and_timing() {
    let (_, outcome) = start(request(
        "GET",
        "/response-headers?Access-Control-Expose-Headers=X-Demo&X-Demo=hello",
        "10",
    ))
    .unwrap();
    let response = outcome.await.expect("httpbin answers");
    assert_eq!(response.raw_status, 200);
    assert_eq!(response.status.map(|s| s.as_u16()), Some(200));
    assert_eq!(response.header("x-demo"), Some("hello"));
    assert!(
        response.cross_origin,
        "httpbin is on another port, so another origin"
    );
    assert!(!response.body.is_empty());
    assert!(response.elapsed_ms > 0.0);
    assert!(!response.redirected);
}

#[wasm_bindgen_test]
async fn headers_and_body_reach_the_server() {
    let mut req = request("PUT", "/anything", "10");
    req.body = Some(SendBody::Text("{\"a\":1}".to_owned()));
    let (_, outcome) = start(req).unwrap();
    let response = outcome.await.expect("httpbin answers");
    let echoed = std::str::from_utf8(response.body.in_memory().unwrap()).unwrap();
    assert!(echoed.contains("\"X-Test\": \"yes\""), "{echoed}");
    assert!(echoed.contains("\"method\": \"PUT\""), "{echoed}");
    assert!(echoed.contains("\"json\": {\n    \"a\": 1"), "{echoed}");
}

#[wasm_bindgen_test]
async fn error_statuses_are_responses_not_failures() {
    let (_, outcome) = start(request("GET", "/status/503", "10")).unwrap();
    let response = outcome.await.expect("a 503 is still a response");
    assert_eq!(response.raw_status, 503);
}

#[wasm_bindgen_test]
async fn redirects_are_followed_and_reported() {
    let (_, outcome) = start(request("GET", "/redirect/1", "10")).unwrap();
    let response = outcome.await.expect("httpbin answers");
    assert!(response.redirected);
    assert_eq!(response.final_url, format!("{HTTPBIN}/get"));
}

#[wasm_bindgen_test]
async fn nothing_listening_is_a_network_failure_naming_the_origin() {
    let mut req = request("GET", "/", "10");
    req.url = HttpUrl::parse("http://127.0.0.1:1/", &BrowserUrls).unwrap();
    let (_, outcome) = start(req).unwrap();
    match outcome.await {
        Err(SendFailure::Network { origin, .. }) => assert_eq!(origin, "http://127.0.0.1:1"),
        other => panic!("expected a network failure, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_slow_response_times_out() {
    let (_, outcome) = start(request("GET", "/delay/3", "0.5")).unwrap();
    assert_eq!(
        outcome.await,
        Err(SendFailure::Timeout {
            after: Duration::from_millis(500)
        })
    );
}

#[wasm_bindgen_test]
async fn cancel_aborts_the_request() {
    let (pending, outcome) = start(request("GET", "/delay/3", "10")).unwrap();
    pending.cancel();
    assert_eq!(outcome.await, Err(SendFailure::Cancelled));
}

#[wasm_bindgen_test]
async fn a_manual_redirect_is_opaque() {
    let mut req = request("GET", "/redirect/1", "10");
    req.follow_redirects = false;
    let (_, outcome) = start(req).unwrap();
    let response = outcome
        .await
        .expect("an opaque redirect is still a response");
    assert!(response.opaque_redirect);
    assert_eq!(response.raw_status, 0);
    assert!(response.headers.is_empty());
}

#[wasm_bindgen_test]
fn the_browser_parser_applies_idna_and_normalises() {
    let url = HttpUrl::parse("HTTP://Bücher.Example:80/a b", &BrowserUrls).unwrap();
    assert_eq!(url.as_str(), "http://xn--bcher-kva.example/a%20b");
    assert_eq!(url.origin(), "http://xn--bcher-kva.example");
    assert!(HttpUrl::parse("http://127.1/", &BrowserUrls)
        .unwrap()
        .is_loopback());
}

#[wasm_bindgen_test]
fn malformed_urls_are_diagnosed_when_the_browser_refuses_them() {
    let err = HttpUrl::parse("http://example.com:99999/", &BrowserUrls).unwrap_err();
    assert!(err.to_string().contains("invalid port number"), "{err}");
    let err = HttpUrl::parse("http://exa mple.com/", &BrowserUrls).unwrap_err();
    assert!(err.to_string().contains("a space"), "{err}");
}

#[wasm_bindgen_test]
async fn status_and_headers_arrive_before_a_slow_body() {
    use std::cell::Cell;
    use std::rc::Rc;
    let head_at = Rc::new(Cell::new(None));
    let seen = head_at.clone();
    let req = request("GET", "/drip?duration=1&numbytes=4&delay=0", "10");
    let (_, outcome) = http::start(req, move |head| {
        seen.set(Some((head.raw_status, js_sys::Date::now())))
    })
    .unwrap();
    let response = outcome.await.expect("httpbin answers");
    let done_at = js_sys::Date::now();
    let (status, at) = head_at.get().expect("the head was reported");
    assert_eq!(status, 200);
    assert_eq!(response.body.len(), 4);
    assert!(
        done_at - at > 500.0,
        "the head came {} ms before the end",
        done_at - at
    );
}

#[wasm_bindgen_test]
fn a_body_in_browser_memory_is_read_in_ranges() {
    use api_client::browser::js_bytes::JsBytes;
    use api_client::core::response::large::bytes::LargeBytes;
    let array = js_sys::Uint8Array::from(&b"hello, browser"[..]);
    let stored = LargeBytes::new(JsBytes::new(array));
    assert_eq!(stored.len(), 14);
    assert_eq!(stored.read(7..14), b"browser");
    assert_eq!(stored.read(12..99), b"er");
}

#[wasm_bindgen_test]
fn chunks_in_browser_memory_read_back_across_their_boundaries() {
    use api_client::browser::js_bytes::JsChunks;
    use api_client::core::response::large::bytes::{AppendBytes, ByteSource};
    let mut chunks = JsChunks::default();
    // 2.5 MiB in uneven pieces: two full chunks and a tail.
    let data: Vec<u8> = (0..(5u32 << 19)).map(|i| (i % 251) as u8).collect();
    for piece in data.chunks(300_007) {
        chunks.append(piece);
    }
    assert_eq!(chunks.len(), data.len());
    for (start, len) in [
        (0, 10),
        ((1 << 20) - 3, 7),
        ((2 << 20) - 1, 5000),
        (data.len() - 9, 9),
    ] {
        let mut out = vec![0; len];
        chunks.read_into(start, &mut out);
        assert_eq!(out, &data[start..start + len], "at {start}");
    }
}

#[wasm_bindgen_test]
fn stored_keys_are_found_by_prefix_and_value() {
    use api_client::browser::storage;
    let prefix = "browser-test.prefix.";
    for (key, value) in [("a", "1"), ("b", "2")] {
        storage::write(&format!("{prefix}{key}"), value)
            .expect("localStorage works in the test browser");
    }
    storage::write("browser-test.other", "1").expect("localStorage works in the test browser");
    let mut keys = storage::keys_with_prefix(prefix);
    keys.sort();
    assert_eq!(keys, [format!("{prefix}a"), format!("{prefix}b")]);
    assert_eq!(
        storage::key_holding(prefix, "2"),
        Some(format!("{prefix}b"))
    );
    assert_eq!(storage::key_holding(prefix, "3"), None);
    for key in keys {
        storage::remove(&key).expect("removing a key works");
    }
    assert!(storage::keys_with_prefix(prefix).is_empty());
}

#[wasm_bindgen_test]
fn saved_times_a_date_cannot_hold_are_none_not_an_exception() {
    use api_client::browser::clock::local_date_time;
    let (label, iso) = local_date_time(0).expect("the epoch is a valid Date");
    assert_eq!(iso, "1970-01-01T00:00:00.000Z");
    assert!(!label.is_empty());
    let last = local_date_time(8_640_000_000_000_000).expect("the last valid Date");
    assert_eq!(last.1, "+275760-09-13T00:00:00.000Z");
    assert_eq!(local_date_time(8_640_000_000_000_001), None);
    assert_eq!(local_date_time(u64::MAX), None);
}

/// A `File` made in the page, as a file input would hand one over.
fn picked_file(name: &str, text: &str, media_type: &str) -> web_sys::File {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(media_type);
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).unwrap()
}

#[wasm_bindgen_test]
async fn a_multipart_body_sends_text_parts_and_a_picked_file_as_formdata() {
    let file = files::remember(picked_file("notes.txt", "one\ntwo\n", "text/plain"));
    assert_eq!(file.size, 8);
    let mut req = request("POST", "/anything", "10");
    req.body = Some(SendBody::Form(vec![
        SendPart::Text {
            name: "title".into(),
            value: "Q1 report".into(),
        },
        SendPart::File {
            name: "attachment".into(),
            file,
        },
    ]));
    let (_, outcome) = start(req).unwrap();
    let response = outcome.await.expect("httpbin answers");
    let echoed = std::str::from_utf8(response.body.in_memory().unwrap()).unwrap();
    assert!(echoed.contains("\"title\": \"Q1 report\""), "{echoed}");
    assert!(
        echoed.contains("\"attachment\": \"one\\ntwo\\n\""),
        "{echoed}"
    );
    assert!(
        echoed.contains("multipart/form-data; boundary="),
        "{echoed}"
    );
}

#[wasm_bindgen_test]
async fn a_file_no_longer_loaded_is_a_typed_failure_naming_it() {
    let mut req = request("PUT", "/anything", "10");
    req.body = Some(SendBody::File(FileRef {
        id: 7,
        name: "gone.bin".into(),
        media_type: String::new(),
        size: 3,
    }));
    let failure = match start(req) {
        Err(failure) => failure,
        Ok((_, outcome)) => match outcome.await {
            Err(failure) => failure,
            Ok(_) => panic!("a file that is not loaded must not be sent"),
        },
    };
    match failure {
        SendFailure::FileGone { name } => assert_eq!(name, "gone.bin"),
        other => panic!("expected FileGone, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn the_chunks_stylesheet_is_linked_once_and_a_missing_one_holds_nothing_up() {
    use api_client::browser::styles::chunk_styles;
    let href = "/no-such-sheet/chunks.css";
    // Both settle although the sheet is not there: parts are drawn unstyled
    // rather than never.
    let first = chunk_styles(href);
    let second = chunk_styles(href);
    assert!(first.await.is_ok());
    assert!(second.await.is_ok());
    let body = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap();
    assert_eq!(
        body.inner_html()
            .matches("/no-such-sheet/chunks.css")
            .count(),
        1
    );
}

#[wasm_bindgen_test]
async fn a_filter_worker_that_cannot_load_says_so() {
    use api_client::browser::filter_worker::{FilterWorker, Reply};
    use api_client::core::response::received::Body;
    use std::cell::RefCell;
    use std::rc::Rc;
    let heard: Rc<RefCell<Option<Reply>>> = Rc::default();
    let tell = Rc::clone(&heard);
    let body = Body::from(b"{\"a\": 1}".to_vec()).to_large();
    // No worker script is served under this path.
    let worker = FilterWorker::start("/no-such-app", &body, move |reply| {
        tell.borrow_mut().get_or_insert(reply);
    })
    .expect("the browser accepts the worker's URL");
    // Kept until the worker is ready, which it never is.
    worker.run(1, "$.a");
    for _ in 0..100 {
        if heard.borrow().is_some() {
            break;
        }
        gloo_timers::future::sleep(Duration::from_millis(50)).await;
    }
    let outcome = heard.borrow_mut().take();
    match outcome {
        Some(Reply::Failed(message)) => {
            assert!(message.starts_with("The filter stopped"), "{message}")
        }
        other => panic!("expected a failure within 5 s, got {other:?}"),
    }
}

mod companion {
    use super::*;
    use api_client::browser::companion::{is_running, save_settings, saved_settings, sender};
    use api_client::browser::storage;
    use api_client::core::companion::{CompanionFailure, CompanionSettings};

    const TOKEN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[wasm_bindgen_test]
    async fn nothing_at_the_address_is_not_taken_for_the_companion() {
        assert!(!is_running("http://127.0.0.1:1".into()).await);
        // Another program on the port (here httpbin) is not the companion either.
        assert!(!is_running(HTTPBIN.into()).await);
    }

    #[wasm_bindgen_test]
    async fn a_companion_not_running_is_a_typed_failure_naming_the_address() {
        let settings = CompanionSettings::checked("http://127.0.0.1:1", TOKEN).unwrap();
        let (_, outcome) = sender(settings)(request("GET", "/get", "10")).unwrap();
        match outcome.await {
            Err(SendFailure::Companion(CompanionFailure::NotAnswering {
                address,
                page_origin,
            })) => {
                assert_eq!(address, "http://127.0.0.1:1");
                assert!(
                    page_origin.starts_with("http://127.0.0.1:"),
                    "{page_origin}"
                );
            }
            other => panic!("expected the companion not answering, got {other:?}"),
        }
    }

    #[wasm_bindgen_test]
    fn settings_are_kept_and_an_address_off_this_machine_is_never_used() {
        let settings = CompanionSettings::checked("http://127.0.0.1:9119", TOKEN).unwrap();
        save_settings(&settings).unwrap();
        assert_eq!(saved_settings(), Some(settings));
        let edited = format!(r#"{{"address":"http://evil.example:9119","token":"{TOKEN}"}}"#);
        storage::write("stringtools.api-client.companion", &edited).unwrap();
        assert_eq!(saved_settings(), None);
        storage::remove("stringtools.api-client.companion").unwrap();
    }
}
