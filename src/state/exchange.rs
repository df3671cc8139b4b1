//! Sending the draft, and the exchange it led to.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::announce;
use crate::browser::clock;
use crate::browser::http::{self, PendingRequest, ResponseFuture, Sender};
use crate::browser::location::page_scheme;
use crate::browser::url::BrowserUrls;
use crate::core::exchange::{Completed, ExchangeState, SendFailure};
use crate::core::insight::InsightContext;
use crate::core::request::draft::{RequestDraft, ValidRequest};
use crate::core::response::json_pretty::is_json_media_type;
use crate::core::response::received::ReceivedResponse;
use crate::state::draft::DraftStore;
use crate::state::history::HistoryStore;

/// How long a request may take before the page shows it as in flight.
pub const BUSY_DELAY: std::time::Duration = std::time::Duration::from_millis(100);

/// The exchange store: provided once by `App`, beside the draft it sends.
#[derive(Clone, Copy)]
pub struct ExchangeStore {
    state: RwSignal<ExchangeState>,
    /// The in-flight state is shown (progress, `Cancel`) only once a request has
    /// taken longer than [`BUSY_DELAY`]: a fast answer replaces the previous one
    /// in a single redraw, with no flash of "Waiting…" in between.
    busy_shown: RwSignal<bool>,
    /// Counts sends, so a late busy timer never shows the state of a later request.
    sends: StoredValue<u64>,
    /// Origins that answered JSON before: an HTML error page from them is suspect.
    json_origins: StoredValue<Vec<String>>,
    pending: StoredValue<Option<PendingRequest>, LocalStorage>,
    /// Origins whose requests go another way than fetch(), and that way.
    route: StoredValue<Option<(Vec<String>, Sender)>, LocalStorage>,
    draft: DraftStore,
    history: HistoryStore,
}

impl ExchangeStore {
    pub fn provide(draft: DraftStore, history: HistoryStore) -> Self {
        let store = ExchangeStore {
            state: RwSignal::new(ExchangeState::Idle),
            busy_shown: RwSignal::new(false),
            sends: StoredValue::new(0),
            json_origins: StoredValue::new(Vec::new()),
            pending: StoredValue::new_local(None),
            route: StoredValue::new_local(None),
            draft,
            history,
        };
        provide_context(store);
        store
    }

    /// Reads the exchange's state, tracked.
    pub fn with_state<R>(&self, read: impl FnOnce(&ExchangeState) -> R) -> R {
        self.state.with(read)
    }

    /// Whether the in-flight state may be shown yet (see [`BUSY_DELAY`]).
    pub fn busy_shown(&self) -> bool {
        self.busy_shown.get()
    }

    pub fn is_in_flight(&self) -> bool {
        self.state.with(ExchangeState::is_in_flight)
    }

    /// In flight and shown as such.
    pub fn shows_busy(&self) -> bool {
        self.busy_shown.get() && self.is_in_flight()
    }

    /// Lets go of the response (and its body) without sending anything.
    pub fn clear(&self) {
        self.state.set(ExchangeState::Idle);
    }

    pub fn cancel(&self) {
        self.pending.with_value(|pending| {
            if let Some(pending) = pending {
                pending.cancel();
            }
        });
    }

    /// Validates the draft and sends it: with fetch() from this page, or the
    /// way chosen for its origin by [`ExchangeStore::send_through`]. The draft
    /// itself is never modified, so whatever happens the user's request stays
    /// as they wrote it.
    pub fn send(&self) {
        let Some((draft, request)) = self.validated() else {
            return;
        };
        let origin = request.url.origin();
        let routed = self.route.with_value(|route| {
            route
                .as_ref()
                .filter(|(origins, _)| origins.iter().any(|o| o == origin))
                .map(|(_, sender)| sender.clone())
        });
        let started = match routed {
            Some(sender) => sender(request.clone()),
            None => self.fetch(request.clone()),
        };
        self.run(draft, request, started);
    }

    /// Sends the draft with `sender`, and later requests to the same origin
    /// too, until [`ExchangeStore::send_directly`] or a reload.
    pub fn send_through(&self, sender: Sender) {
        let Some((draft, request)) = self.validated() else {
            return;
        };
        let origin = request.url.origin().to_owned();
        self.route.update_value(|route| {
            let mut origins = route.take().map(|(o, _)| o).unwrap_or_default();
            if !origins.contains(&origin) {
                origins.push(origin);
            }
            *route = Some((origins, sender.clone()));
        });
        let started = sender(request.clone());
        self.run(draft, request, started);
    }

    /// Requests to `origin` go with fetch() from this page again.
    pub fn send_directly(&self, origin: &str) {
        self.route.update_value(|route| {
            if let Some((origins, _)) = route {
                origins.retain(|o| o != origin);
            }
        });
    }

    /// The draft and the request it makes, or `None` when nothing may be
    /// sent: one is in flight, or the draft has problems (then shown).
    fn validated(&self) -> Option<(RequestDraft, ValidRequest)> {
        if self.state.with_untracked(ExchangeState::is_in_flight) {
            return None;
        }
        let draft = self.draft.draft_untracked();
        let checked = self
            .draft
            .resolved(&draft)
            .map_err(|p| vec![p])
            .and_then(|filled| {
                filled.validate(
                    &self.draft.timeout_secs_untracked(),
                    page_scheme(),
                    &BrowserUrls,
                )
            });
        match checked {
            Ok(request) => Some((draft, request)),
            Err(problems) => {
                self.end(ExchangeState::Failed(SendFailure::Invalid(problems)));
                None
            }
        }
    }

    /// Starts the request with fetch(), showing the status as soon as it arrives.
    fn fetch(
        &self,
        request: ValidRequest,
    ) -> Result<(PendingRequest, ResponseFuture), SendFailure> {
        let this = *self;
        let (pending, outcome) = http::start(request, move |head| {
            if matches!(this.state.get_untracked(), ExchangeState::InFlight { .. }) {
                this.state.set(ExchangeState::Receiving(Box::new(head)));
            }
        })?;
        Ok((pending, Box::pin(outcome)))
    }

    /// Follows a started request to its end, then records it in history.
    fn run(
        &self,
        draft: RequestDraft,
        request: ValidRequest,
        started: Result<(PendingRequest, ResponseFuture), SendFailure>,
    ) {
        let (pending, outcome) = match started {
            Ok(started) => started,
            Err(failure) => return self.end(ExchangeState::Failed(failure)),
        };
        self.pending.set_value(Some(pending));
        self.state.set(ExchangeState::InFlight {
            method: request.method.to_string(),
            url: request.url.to_string(),
        });
        self.show_busy_later();
        let accepts_json = draft.accepts_json();
        let this = *self;
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
            let outcome = state.outcome();
            this.end(state);
            this.busy_shown.set(false);
            // Writing history to storage can wait until the response is on screen.
            let history = this.history;
            set_timeout(
                move || history.record(draft, outcome),
                std::time::Duration::ZERO,
            );
        });
    }

    /// Shows how the exchange ended, and says it to screen readers.
    fn end(&self, state: ExchangeState) {
        if let Some(text) = state.announcement() {
            announce::say(text);
        }
        self.state.set(state);
    }

    fn show_busy_later(&self) {
        let send = self.sends.get_value() + 1;
        self.sends.set_value(send);
        let this = *self;
        set_timeout(
            move || {
                let current = this.sends.try_get_value() == Some(send);
                if current && this.state.with_untracked(ExchangeState::is_in_flight) {
                    this.busy_shown.set(true);
                }
            },
            BUSY_DELAY,
        );
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
}
