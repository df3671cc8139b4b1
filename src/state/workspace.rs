//! The request being drafted and the exchange it led to.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clock;
use crate::browser::http::{self, PendingRequest};
use crate::browser::location::page_scheme;
use crate::browser::url::BrowserUrls;
use crate::core::collections::Id;
use crate::core::exchange::{Completed, ExchangeState, SendFailure};
use crate::core::insight::InsightContext;
use crate::core::request::draft::{DraftProblem, RequestDraft, ValidRequest, DEFAULT_TIMEOUT_SECS};
use crate::core::request::headers::HeaderRow;
use crate::core::request::vars::UnknownVariables;
use crate::core::response::json_pretty::is_json_media_type;
use crate::core::response::received::ReceivedResponse;
use crate::state::collections::Collections;
use crate::state::history::HistoryStore;

/// How long a request may take before the page shows it as in flight.
pub const BUSY_DELAY: std::time::Duration = std::time::Duration::from_millis(100);

/// One header row in the editor; signals per field so typing touches one input only.
#[derive(Clone, Copy, Debug)]
pub struct HeaderRowSignals {
    pub id: u64,
    pub name: RwSignal<String>,
    pub value: RwSignal<String>,
    pub enabled: RwSignal<bool>,
}

impl HeaderRowSignals {
    fn new(id: u64, row: HeaderRow) -> Self {
        HeaderRowSignals {
            id,
            name: RwSignal::new(row.name),
            value: RwSignal::new(row.value),
            enabled: RwSignal::new(row.enabled),
        }
    }

    fn row_untracked(&self) -> HeaderRow {
        HeaderRow {
            name: self.name.get_untracked(),
            value: self.value.get_untracked(),
            enabled: self.enabled.get_untracked(),
        }
    }

    pub fn row(&self) -> HeaderRow {
        HeaderRow {
            name: self.name.get(),
            value: self.value.get(),
            enabled: self.enabled.get(),
        }
    }
}

/// Where the draft came from when it was opened from a collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedRequest {
    pub collection: Id,
    pub request: Id,
    pub name: String,
    /// The saved revision the draft started from: saving over a newer one is a conflict.
    pub revision: u64,
}

/// The workspace store: provided once by `App`, so the draft survives navigation.
#[derive(Clone, Copy)]
pub struct Workspace {
    pub method: RwSignal<String>,
    pub url: RwSignal<String>,
    pub headers: RwSignal<Vec<HeaderRowSignals>>,
    pub body: RwSignal<String>,
    pub follow_redirects: RwSignal<bool>,
    pub timeout_secs: RwSignal<String>,
    pub exchange: RwSignal<ExchangeState>,
    /// The in-flight state is shown (progress, `Cancel`) only once a request has
    /// taken longer than [`BUSY_DELAY`]: a fast answer replaces the previous one
    /// in a single redraw, with no flash of "Waiting…" in between.
    pub busy_shown: RwSignal<bool>,
    /// Counts sends, so a late busy timer never shows the state of a later request.
    sends: StoredValue<u64>,
    /// The saved request the draft was opened from, if any: saving updates it.
    pub opened: RwSignal<Option<OpenedRequest>>,
    next_row_id: StoredValue<u64>,
    /// Header rows are created later (Add header, opening a request) from event
    /// handlers and route effects; they must belong to the workspace, not to
    /// whichever page created them, or leaving that page would dispose them.
    owner: StoredValue<Option<Owner>>,
    /// Origins that answered JSON before: an HTML error page from them is suspect.
    json_origins: StoredValue<Vec<String>>,
    pending: StoredValue<Option<PendingRequest>, LocalStorage>,
}

impl Workspace {
    pub fn new(draft: RequestDraft) -> Self {
        let rows: Vec<HeaderRowSignals> = draft
            .headers
            .into_iter()
            .enumerate()
            .map(|(i, row)| HeaderRowSignals::new(i as u64, row))
            .collect();
        Workspace {
            method: RwSignal::new(draft.method),
            url: RwSignal::new(draft.url),
            next_row_id: StoredValue::new(rows.len() as u64),
            owner: StoredValue::new(Owner::current()),
            headers: RwSignal::new(rows),
            body: RwSignal::new(draft.body),
            follow_redirects: RwSignal::new(draft.follow_redirects),
            json_origins: StoredValue::new(Vec::new()),
            timeout_secs: RwSignal::new(DEFAULT_TIMEOUT_SECS.to_string()),
            exchange: RwSignal::new(ExchangeState::Idle),
            busy_shown: RwSignal::new(false),
            sends: StoredValue::new(0),
            opened: RwSignal::new(None),
            pending: StoredValue::new_local(None),
        }
    }

    pub fn provide() -> Self {
        let workspace = Workspace::new(RequestDraft::default());
        provide_context(workspace);
        workspace
    }

    /// The draft as typed right now, read without subscribing.
    pub fn draft_untracked(&self) -> RequestDraft {
        RequestDraft {
            method: self.method.get_untracked(),
            url: self.url.get_untracked(),
            headers: self
                .headers
                .get_untracked()
                .iter()
                .map(HeaderRowSignals::row_untracked)
                .collect(),
            body: self.body.get_untracked(),
            follow_redirects: self.follow_redirects.get_untracked(),
        }
    }

    /// The draft as typed, tracked: for memos that advise while the user types.
    pub fn draft(&self) -> RequestDraft {
        RequestDraft {
            method: self.method.get(),
            url: self.url.get(),
            headers: self
                .headers
                .get()
                .iter()
                .map(HeaderRowSignals::row)
                .collect(),
            body: self.body.get(),
            follow_redirects: self.follow_redirects.get(),
        }
    }

    /// Opens another request in the editor. Unsaved work in the current draft is
    /// first kept in history, so opening something never loses an edit.
    pub fn open(&self, draft: RequestDraft, opened: Option<OpenedRequest>) {
        let current = self.draft_untracked();
        let baseline = self.opened.with_untracked(|o| {
            let o = o.as_ref()?;
            use_context::<Collections>()?.library.with_untracked(|lib| {
                lib.find_request(&o.collection, &o.request)
                    .map(|r| r.request.clone())
            })
        });
        let unsaved =
            !current.same_request(&baseline.unwrap_or_default()) && !current.same_request(&draft);
        if unsaved {
            if let Some(history) = use_context::<HistoryStore>() {
                history.record(
                    current,
                    None,
                    "Unsaved draft, kept when another request was opened".into(),
                    0,
                );
            }
        }
        self.opened.set(opened);
        self.load(draft);
    }

    /// Replaces the draft (opening a saved request, a history entry or a shared link).
    pub fn load(&self, draft: RequestDraft) {
        self.method.set(draft.method);
        self.url.set(draft.url);
        self.body.set(draft.body);
        self.follow_redirects.set(draft.follow_redirects);
        let mut headers = draft.headers;
        if headers.is_empty() {
            headers.push(HeaderRow::default());
        }
        let start = self.next_row_id.get_value();
        self.next_row_id.set_value(start + headers.len() as u64);
        let rows = self.owned(|| {
            headers
                .into_iter()
                .zip(start..)
                .map(|(row, id)| HeaderRowSignals::new(id, row))
                .collect()
        });
        self.headers.set(rows);
    }

    pub fn add_header(&self, row: HeaderRow) {
        let id = self.next_row_id.get_value();
        self.next_row_id.set_value(id + 1);
        let row = self.owned(|| HeaderRowSignals::new(id, row));
        self.headers.update(|rows| rows.push(row));
    }

    /// Runs `make` under the workspace's own reactive owner.
    fn owned<T>(&self, make: impl FnOnce() -> T) -> T {
        match self.owner.get_value() {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }

    pub fn remove_header(&self, id: u64) {
        self.headers.update(|rows| rows.retain(|r| r.id != id));
    }

    pub fn is_in_flight(&self) -> bool {
        self.exchange.with(ExchangeState::is_in_flight)
    }

    /// In flight and shown as such (see [`Workspace::busy_shown`]).
    pub fn shows_busy(&self) -> bool {
        self.busy_shown.get() && self.is_in_flight()
    }

    /// Validates the draft and sends it. The draft itself is never modified, so
    /// whatever happens the user's request stays as they wrote it.
    pub fn send(&self) {
        if self.exchange.with_untracked(ExchangeState::is_in_flight) {
            return;
        }
        let draft = self.draft_untracked();
        let filled = match self.fill_variables(&draft) {
            Ok(filled) => filled,
            Err(problem) => {
                return self
                    .exchange
                    .set(ExchangeState::Failed(SendFailure::Invalid(vec![problem])))
            }
        };
        let request = match filled.validate(
            &self.timeout_secs.get_untracked(),
            page_scheme(),
            &BrowserUrls,
        ) {
            Ok(request) => request,
            Err(problems) => {
                return self
                    .exchange
                    .set(ExchangeState::Failed(SendFailure::Invalid(problems)))
            }
        };
        let this_for_head = *self;
        let (pending, outcome) = match http::start(request.clone(), move |head| {
            if matches!(
                this_for_head.exchange.get_untracked(),
                ExchangeState::InFlight { .. }
            ) {
                this_for_head
                    .exchange
                    .set(ExchangeState::Receiving(Box::new(head)));
            }
        }) {
            Ok(started) => started,
            Err(failure) => return self.exchange.set(ExchangeState::Failed(failure)),
        };
        self.pending.set_value(Some(pending));
        self.exchange.set(ExchangeState::InFlight {
            method: request.method.to_string(),
            url: request.url.to_string(),
        });
        let this = *self;
        self.show_busy_later();
        let accepts_json = draft.accepts_json();
        let history = use_context::<HistoryStore>();
        spawn_local(async move {
            let result = outcome.await;
            this.pending.set_value(None);
            let state = match result {
                Ok(response) => ExchangeState::Received(Box::new(this.complete(
                    &request,
                    accepts_json,
                    response,
                ))),
                Err(failure) => ExchangeState::Failed(failure),
            };
            let (status, outcome, elapsed) = summarize(&state);
            this.exchange.set(state);
            this.busy_shown.set(false);
            // Writing history to storage can wait until the response is on screen.
            if let Some(history) = history {
                set_timeout(
                    move || history.record(draft, status, outcome, elapsed),
                    std::time::Duration::ZERO,
                );
            }
        });
    }

    fn show_busy_later(&self) {
        let send = self.sends.get_value() + 1;
        self.sends.set_value(send);
        let this = *self;
        set_timeout(
            move || {
                let current = this.sends.try_get_value() == Some(send);
                if current && this.exchange.with_untracked(ExchangeState::is_in_flight) {
                    this.busy_shown.set(true);
                }
            },
            BUSY_DELAY,
        );
    }

    /// The draft with `{{references}}` filled in from the variables of the
    /// collection it was opened from; the draft itself keeps them as typed.
    fn fill_variables(&self, draft: &RequestDraft) -> Result<RequestDraft, DraftProblem> {
        let collection = self.opened.with_untracked(|opened| {
            let opened = opened.as_ref()?;
            use_context::<Collections>()?.library.with_untracked(|lib| {
                lib.collection(&opened.collection)
                    .map(|c| (c.name.clone(), c.variables.clone()))
            })
        });
        let variables = collection.as_ref().map_or(&[][..], |(_, v)| v.as_slice());
        draft.resolve(variables).map_err(|names| {
            DraftProblem::UnknownVariables(UnknownVariables {
                names,
                collection: collection.map(|(name, _)| name),
            })
        })
    }

    /// Keeps what the response's insight needs to know, and remembers JSON-speaking origins.
    fn complete(
        &self,
        request: &ValidRequest,
        accepts_json: bool,
        response: ReceivedResponse,
    ) -> Completed {
        let origin = request.url.origin().to_owned();
        let context = InsightContext {
            request_method: request.method.to_string(),
            expects_json: accepts_json
                || self
                    .json_origins
                    .with_value(|known| known.contains(&origin)),
            now: clock::now(),
        };
        if response.content_type().is_some_and(is_json_media_type) {
            self.json_origins.update_value(|known| {
                if !known.contains(&origin) {
                    known.push(origin);
                }
            });
        }
        Completed { response, context }
    }

    pub fn cancel(&self) {
        self.pending.with_value(|pending| {
            if let Some(pending) = pending {
                pending.cancel();
            }
        });
    }
}

/// What history keeps of an exchange: status, a one-line outcome, elapsed ms.
fn summarize(state: &ExchangeState) -> (Option<u16>, String, u64) {
    match state {
        ExchangeState::Received(done) if done.response.opaque_redirect => (
            None,
            "Redirect not followed".to_owned(),
            done.response.elapsed_ms as u64,
        ),
        ExchangeState::Received(done) => {
            let status = done.response.status;
            let reason = status.and_then(|s| s.reason()).unwrap_or_default();
            let outcome = format!("{} {reason}", done.response.raw_status)
                .trim()
                .to_owned();
            (
                status.map(|s| s.as_u16()),
                outcome,
                done.response.elapsed_ms as u64,
            )
        }
        ExchangeState::Failed(failure) => (None, failure.title().to_owned(), 0),
        ExchangeState::Idle | ExchangeState::InFlight { .. } | ExchangeState::Receiving(_) => {
            (None, String::new(), 0)
        }
    }
}
