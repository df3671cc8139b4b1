//! Sending a validated request with fetch(), with cancel and timeout.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::{Headers, Method as FetchMethod, RequestBuilder, Response};
use gloo_timers::callback::Timeout;
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, RequestCache, RequestRedirect, ResponseType};

use crate::core::exchange::{ResponseHead, SendFailure};
use crate::core::request::body::FileRef;
use crate::core::request::draft::{SendBody, SendPart, ValidRequest};
use crate::core::request::url::UrlParser;
use crate::core::response::large::bytes::LargeBytes;
use crate::core::response::received::{Body, ReceivedResponse, Via, STORE_FROM};
use crate::core::response::timing::SentMark;
use crate::core::status::StatusCode;

use super::clock::monotonic_ms;
use super::js_bytes::JsBytes;
use super::location::page_origin;
use super::url::BrowserUrls;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AbortCause {
    Timeout,
    User,
}

/// The response a request in flight will end with, or why there is none.
pub type ResponseFuture = Pin<Box<dyn Future<Output = Result<ReceivedResponse, SendFailure>>>>;

/// A way to send other than fetch() from this page (the local companion):
/// starts the request, or says at once why it cannot.
pub type Sender = Rc<dyn Fn(ValidRequest) -> Result<(PendingRequest, ResponseFuture), SendFailure>>;

/// Handle to a request in flight; `cancel` aborts it.
#[derive(Clone)]
pub struct PendingRequest {
    controller: AbortController,
    cause: Rc<Cell<Option<AbortCause>>>,
}

impl PendingRequest {
    pub(super) fn new() -> Result<Self, SendFailure> {
        Ok(PendingRequest {
            controller: AbortController::new().map_err(|e| refused(&e))?,
            cause: Rc::new(Cell::new(None)),
        })
    }

    pub fn cancel(&self) {
        self.abort(AbortCause::User);
    }

    pub(super) fn signal(&self) -> AbortSignal {
        self.controller.signal()
    }

    /// Aborts the request as timed out once `after` has passed, unless the
    /// returned timer is dropped first.
    pub(super) fn time_out_after(&self, after: Duration) -> Timeout {
        let this = self.clone();
        let millis = u32::try_from(after.as_millis()).unwrap_or(u32::MAX);
        Timeout::new(millis, move || this.abort(AbortCause::Timeout))
    }

    /// Why the request ended early, if it did: whatever else happened then
    /// was caused by the abort.
    pub(super) fn aborted(&self, timeout: Duration) -> Option<SendFailure> {
        self.cause.get().map(|cause| match cause {
            AbortCause::Timeout => SendFailure::Timeout { after: timeout },
            AbortCause::User => SendFailure::Cancelled,
        })
    }

    fn abort(&self, why: AbortCause) {
        if self.cause.get().is_none() {
            self.cause.set(Some(why));
        }
        self.controller.abort();
    }
}

/// Starts a request: returns the handle to cancel it and the future of its outcome.
/// fetch() is called before this returns, so the request is on the wire before the
/// page redraws for the in-flight state. The timeout covers the whole exchange, body included.
pub fn start(
    request: ValidRequest,
    on_head: impl Fn(ResponseHead) + 'static,
) -> Result<
    (
        PendingRequest,
        impl Future<Output = Result<ReceivedResponse, SendFailure>>,
    ),
    SendFailure,
> {
    let pending = PendingRequest::new()?;
    let started = monotonic_ms();
    let sent = dispatch(&request, &pending.signal())?;
    let timer = pending.time_out_after(request.timeout);
    let handle = pending.clone();
    let outcome = async move {
        let result = receive(&request, sent, &on_head).await;
        drop(timer);
        if let Some(failure) = pending.aborted(request.timeout) {
            return Err(failure);
        }
        let mut response = result?;
        response.elapsed_ms = monotonic_ms() - started;
        response.sent = SentMark {
            url: request.url.as_str().to_owned(),
            at_ms: started,
        };
        Ok(response)
    };
    Ok((handle, outcome))
}

/// Builds the fetch request and calls fetch(); the promise is awaited by [`receive`].
fn dispatch(request: &ValidRequest, signal: &AbortSignal) -> Result<Promise, SendFailure> {
    let builder = RequestBuilder::new(request.url.as_str())
        .method(fetch_method(request)?)
        .headers(headers(request)?)
        // An API client must show what the server says now, never a cached copy.
        .cache(RequestCache::NoStore)
        .redirect(if request.follow_redirects {
            RequestRedirect::Follow
        } else {
            RequestRedirect::Manual
        })
        .abort_signal(Some(signal));
    let built = match &request.body {
        Some(body) => builder.body(body_value(body)?),
        None => builder.build(),
    };
    let fetch_request: web_sys::Request = built
        .map_err(|e| SendFailure::BrowserRefused {
            detail: e.to_string(),
        })?
        .into();
    let window = web_sys::window().ok_or_else(|| SendFailure::BrowserRefused {
        detail: "this page has no window to send requests from".to_owned(),
    })?;
    Ok(window.fetch_with_request(&fetch_request))
}

/// The body as fetch() takes it: a string, FormData (the browser writes the
/// multipart framing and its boundary) or the picked File itself.
fn body_value(body: &SendBody) -> Result<wasm_bindgen::JsValue, SendFailure> {
    match body {
        SendBody::Text(text) => Ok(wasm_bindgen::JsValue::from_str(text)),
        SendBody::File(file) => picked(file).map(Into::into),
        SendBody::Form(parts) => {
            let form = web_sys::FormData::new().map_err(|e| refused(&e))?;
            for part in parts {
                let added = match part {
                    SendPart::Text { name, value } => form.append_with_str(name, value),
                    SendPart::File { name, file } => {
                        let blob: web_sys::Blob = picked(file)?.into();
                        form.append_with_blob_and_filename(name, &blob, &file.name)
                    }
                };
                added.map_err(|e| refused(&e))?;
            }
            Ok(form.into())
        }
    }
}

/// The File a reference names, if this page load still holds it. The name
/// is compared too, so an id from before a reload never sends another file.
pub(super) fn picked(file: &FileRef) -> Result<web_sys::File, SendFailure> {
    super::files::lookup(file.id)
        .filter(|found| found.name() == file.name)
        .ok_or_else(|| SendFailure::FileGone {
            name: file.name.clone(),
        })
}

async fn receive(
    request: &ValidRequest,
    sent: Promise,
    on_head: &dyn Fn(ResponseHead),
) -> Result<ReceivedResponse, SendFailure> {
    let raw: web_sys::Response = JsFuture::from(sent)
        .await
        .and_then(|value| value.dyn_into::<web_sys::Response>())
        .map_err(|e| network_failure(request, &e))?;
    // `Clone::clone`: web_sys::Response has its own `clone()` (a second body stream).
    let response: Response = Clone::clone(&raw).into();
    let headers: Vec<(String, String)> = response.headers().entries().collect();
    let raw_status = response.status();
    on_head(ResponseHead {
        status: StatusCode::new(raw_status).ok(),
        raw_status,
        headers: headers.clone(),
    });
    let body = read_body(&raw).await?;
    let final_url = response.url();
    Ok(ReceivedResponse {
        status: StatusCode::new(raw_status).ok(),
        raw_status,
        headers,
        body,
        cross_origin: is_cross_origin(request, &final_url),
        via: Via::Browser,
        final_url,
        redirected: response.redirected(),
        opaque_redirect: response.type_() == ResponseType::Opaqueredirect,
        elapsed_ms: 0.0,
        sent: SentMark::default(),
    })
}

/// The body in wasm memory when it is small; a larger one stays in the
/// browser's memory, which is freed when the response is dismissed.
async fn read_body(response: &web_sys::Response) -> Result<Body, SendFailure> {
    let failed = |e: wasm_bindgen::JsValue| SendFailure::BodyRead {
        detail: super::js_error_message(&e),
    };
    let buffer = response.array_buffer().map_err(failed)?;
    let buffer = JsFuture::from(buffer).await.map_err(failed)?;
    let array = Uint8Array::new(&buffer);
    if array.length() as usize > STORE_FROM {
        return Ok(Body::Large(LargeBytes::new(JsBytes::new(array))));
    }
    Ok(Body::from(array.to_vec()))
}

/// A redirect to another origin hides headers just as a cross-origin request does.
fn is_cross_origin(request: &ValidRequest, final_url: &str) -> bool {
    let page = page_origin();
    let final_origin = BrowserUrls.parse(final_url).map(|u| u.origin);
    request.url.origin() != page || final_origin.is_some_and(|o| o != page)
}

fn fetch_method(request: &ValidRequest) -> Result<FetchMethod, SendFailure> {
    FetchMethod::from_bytes(request.method.as_str().as_bytes()).map_err(|e| {
        SendFailure::BrowserRefused {
            detail: format!("method {}: {e}", request.method),
        }
    })
}

/// `append`, not `set`: two rows with the same name are both sent, as typed.
fn headers(request: &ValidRequest) -> Result<Headers, SendFailure> {
    let raw = web_sys::Headers::new().map_err(|e| refused(&e))?;
    for (name, value) in &request.headers {
        raw.append(name, value)
            .map_err(|e| SendFailure::BrowserRefused {
                detail: format!("header {name}: {}", super::js_error_message(&e)),
            })?;
    }
    Ok(Headers::from_raw(raw))
}

/// fetch() rejects with an opaque TypeError for both "unreachable" and "CORS refused".
fn network_failure(request: &ValidRequest, error: &wasm_bindgen::JsValue) -> SendFailure {
    SendFailure::Network {
        origin: request.url.origin().to_owned(),
        detail: super::js_error_message(error),
    }
}

fn refused(error: &wasm_bindgen::JsValue) -> SendFailure {
    SendFailure::BrowserRefused {
        detail: super::js_error_message(error),
    }
}
