//! Talking to the local companion (issue 21): whether it runs, sending a
//! request through it, and where it listens and its token, kept in this
//! browser's storage. Only the response view's chunk uses this.

use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::{Headers, Method, Request, RequestBuilder};
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::RequestCache;

use crate::core::companion::{
    files_to_read, read_answer, CompanionFailure, CompanionRequest, CompanionResponse,
    CompanionSettings, FileBytes,
};
use crate::core::exchange::SendFailure;
use crate::core::request::draft::ValidRequest;
use crate::core::response::large::bytes::LargeBytes;
use crate::core::response::received::{Body, STORE_FROM};

use super::clock::monotonic_ms;
use super::http::{picked, PendingRequest, ResponseFuture, Sender};
use super::js_bytes::JsBytes;
use super::location::page_origin;
use super::storage;

const SETTINGS_KEY: &str = "stringtools.api-client.companion";

/// The companion stops a request at its timeout and says so; the page waits
/// this much longer before it gives up on the companion itself.
const GRACE: Duration = Duration::from_secs(5);

/// The settings pasted last, if they are still usable: an address edited
/// in storage to point off this machine is not used.
pub fn saved_settings() -> Option<CompanionSettings> {
    let text = storage::read(SETTINGS_KEY).ok()??;
    let saved: CompanionSettings = serde_json::from_str(&text).ok()?;
    CompanionSettings::checked(&saved.address, &saved.token).ok()
}

pub fn save_settings(settings: &CompanionSettings) -> Result<(), String> {
    let text = serde_json::to_string(settings).map_err(|e| e.to_string())?;
    storage::write(SETTINGS_KEY, &text).map_err(|e| e.to_string())
}

/// Whether this app's companion answers at `address` (its `/health` needs no token).
pub async fn is_running(address: String) -> bool {
    let Ok(request) = RequestBuilder::new(&format!("{address}/health"))
        .cache(RequestCache::NoStore)
        .build()
    else {
        return false;
    };
    let Ok(response) = fetch(request).await else {
        return false;
    };
    let Ok(body) = bytes(&response).await else {
        return false;
    };
    response.status() == 200 && String::from_utf8_lossy(&body).contains("\"api-client-companion\"")
}

/// Sends requests through the companion these settings name.
pub fn sender(settings: CompanionSettings) -> Sender {
    Rc::new(move |request| start(settings.clone(), request))
}

fn start(
    settings: CompanionSettings,
    request: ValidRequest,
) -> Result<(PendingRequest, ResponseFuture), SendFailure> {
    let pending = PendingRequest::new()?;
    let timer = pending.time_out_after(request.timeout + GRACE);
    let started = monotonic_ms();
    let handle = pending.clone();
    let outcome = async move {
        let result = async {
            let files = read_files(&request).await?;
            let wire = CompanionRequest::of(&request, &files)?;
            exchange(&settings, build(&settings, &wire, &pending)?).await
        }
        .await;
        drop(timer);
        if let Some(failure) = pending.aborted(request.timeout) {
            return Err(failure);
        }
        let (answer, body) = result?;
        let total_ms = monotonic_ms() - started;
        Ok(answer.received(body_of(body), &request, &settings, total_ms))
    };
    Ok((handle, Box::pin(outcome)))
}

/// The POST to the companion's `/send`, with the token.
fn build(
    settings: &CompanionSettings,
    wire: &CompanionRequest,
    pending: &PendingRequest,
) -> Result<Request, SendFailure> {
    let json = serde_json::to_string(wire).map_err(|e| refused(e.to_string()))?;
    let headers = web_sys::Headers::new().map_err(|e| refused(super::js_error_message(&e)))?;
    for (name, value) in [
        ("Authorization", settings.authorization()),
        ("Content-Type", "application/json".to_owned()),
    ] {
        headers
            .append(name, &value)
            .map_err(|e| refused(super::js_error_message(&e)))?;
    }
    RequestBuilder::new(&settings.send_url())
        .method(Method::POST)
        .headers(Headers::from_raw(headers))
        .cache(RequestCache::NoStore)
        .abort_signal(Some(&pending.signal()))
        .body(JsValue::from_str(&json))
        .map_err(|e| refused(e.to_string()))
}

/// The bytes of every file the body sends: the companion gets them inside
/// the request, where fetch() would have read the File itself.
async fn read_files(request: &ValidRequest) -> Result<FileBytes, SendFailure> {
    let mut read = FileBytes::new();
    for file in files_to_read(request) {
        let buffer = JsFuture::from(picked(file)?.array_buffer())
            .await
            .map_err(|e| SendFailure::FileGone {
                name: format!("{} ({})", file.name, super::js_error_message(&e)),
            })?;
        read.insert(file.id, Uint8Array::new(&buffer).to_vec());
    }
    Ok(read)
}

async fn exchange(
    settings: &CompanionSettings,
    request: Request,
) -> Result<(CompanionResponse, Vec<u8>), SendFailure> {
    let response = fetch(request).await.map_err(|()| {
        SendFailure::Companion(CompanionFailure::NotAnswering {
            address: settings.address.clone(),
            page_origin: page_origin(),
        })
    })?;
    let body = bytes(&response)
        .await
        .map_err(|detail| SendFailure::BodyRead { detail })?;
    let text = String::from_utf8_lossy(&body);
    read_answer(response.status(), &text).map_err(SendFailure::Companion)
}

// fetch() and the body read as the page's direct requests do them: another
// way (gloo's `send`, `text`) would add imports to the first load's glue.
async fn fetch(request: Request) -> Result<web_sys::Response, ()> {
    let window = web_sys::window().ok_or(())?;
    let request: web_sys::Request = request.into();
    JsFuture::from(window.fetch_with_request(&request))
        .await
        .and_then(|value| value.dyn_into::<web_sys::Response>())
        .map_err(|_| ())
}

async fn bytes(response: &web_sys::Response) -> Result<Vec<u8>, String> {
    let failed = |e: JsValue| super::js_error_message(&e);
    let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

fn refused(detail: String) -> SendFailure {
    SendFailure::BrowserRefused { detail }
}

/// A large body goes to the browser's memory, as one fetched directly does.
fn body_of(bytes: Vec<u8>) -> Body {
    if bytes.len() > STORE_FROM {
        return Body::Large(LargeBytes::new(JsBytes::new(Uint8Array::from(
            bytes.as_slice(),
        ))));
    }
    Body::from(bytes)
}
