//! The request being drafted: what the editor shows, and the only way to change it.

use leptos::prelude::*;

use crate::core::collections::OpenedRequest;
use crate::core::exchange::Outcome;
use crate::core::request::auth::Auth;
use crate::core::request::body::RequestBody;
use crate::core::request::draft::{DraftProblem, RequestDraft, DEFAULT_TIMEOUT_SECS};
use crate::core::request::headers::HeaderRow;
use crate::core::request::query::{reread, with_params, QueryParam};
use crate::state::collections::Collections;
use crate::state::history::HistoryStore;

/// One header row in the editor; a signal per field so typing touches one input only.
#[derive(Clone, Copy, Debug)]
pub struct HeaderRowSignals {
    pub id: u64,
    name: RwSignal<String>,
    value: RwSignal<String>,
    enabled: RwSignal<bool>,
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

    /// The row as typed; tracked when `read` is [`Read::Tracked`].
    fn read(&self, read: Read) -> HeaderRow {
        HeaderRow {
            name: read.get(self.name),
            value: read.get(self.value),
            enabled: read.get(self.enabled),
        }
    }

    /// The row as typed, tracked: for notes that follow the typing.
    pub fn row(&self) -> HeaderRow {
        self.read(Read::Tracked)
    }

    pub fn name(&self) -> String {
        self.name.get()
    }

    pub fn value(&self) -> String {
        self.value.get()
    }

    pub fn enabled(&self) -> bool {
        self.enabled.get()
    }

    pub fn set_name(&self, name: String) {
        self.name.set(name);
    }

    pub fn set_value(&self, value: String) {
        self.value.set(value);
    }

    pub fn set_enabled(&self, enabled: bool) {
        self.enabled.set(enabled);
    }
}

/// Whether reading the draft subscribes the reader to its changes.
#[derive(Clone, Copy)]
enum Read {
    Tracked,
    Untracked,
}

impl Read {
    fn get<T: Clone + Send + Sync + 'static>(self, signal: RwSignal<T>) -> T {
        match self {
            Read::Tracked => signal.get(),
            Read::Untracked => signal.get_untracked(),
        }
    }
}

/// The draft store: provided once by `App`, so the draft survives navigation.
#[derive(Clone, Copy)]
pub struct DraftStore {
    method: RwSignal<String>,
    url: RwSignal<String>,
    headers: RwSignal<Vec<HeaderRowSignals>>,
    body: RwSignal<RequestBody>,
    auth: RwSignal<Auth>,
    follow_redirects: RwSignal<bool>,
    /// The params table as last edited; its switched-on rows are read again
    /// from the URL, which is what is sent.
    params: RwSignal<Vec<QueryParam>>,
    timeout_secs: RwSignal<String>,
    /// The saved request the draft was opened from, if any: saving updates it.
    opened: RwSignal<Option<OpenedRequest>>,
    next_row_id: StoredValue<u64>,
    /// Header rows are created later (Add header, opening a request) from event
    /// handlers and route effects; they must belong to the store, not to
    /// whichever page created them, or leaving that page would dispose them.
    owner: StoredValue<Option<Owner>>,
    /// Where the variables and the saved version of an opened request are.
    collections: Collections,
    /// Where unsaved work goes when another request replaces it.
    history: HistoryStore,
}

impl DraftStore {
    pub fn provide(collections: Collections, history: HistoryStore) -> Self {
        let store = DraftStore {
            method: RwSignal::new(String::new()),
            url: RwSignal::new(String::new()),
            headers: RwSignal::new(Vec::new()),
            body: RwSignal::new(RequestBody::None),
            auth: RwSignal::new(Auth::None),
            follow_redirects: RwSignal::new(true),
            params: RwSignal::new(Vec::new()),
            timeout_secs: RwSignal::new(DEFAULT_TIMEOUT_SECS.to_string()),
            opened: RwSignal::new(None),
            next_row_id: StoredValue::new(0),
            owner: StoredValue::new(Owner::current()),
            collections,
            history,
        };
        store.load(RequestDraft::default());
        provide_context(store);
        store
    }

    /// The draft as typed, tracked: for memos that advise while the user types.
    pub fn draft(&self) -> RequestDraft {
        self.read(Read::Tracked)
    }

    /// The draft as typed right now, read without subscribing.
    pub fn draft_untracked(&self) -> RequestDraft {
        self.read(Read::Untracked)
    }

    fn read(&self, read: Read) -> RequestDraft {
        RequestDraft {
            method: read.get(self.method),
            url: read.get(self.url),
            headers: read
                .get(self.headers)
                .iter()
                .map(|row| row.read(read))
                .collect(),
            body: read.get(self.body),
            auth: read.get(self.auth),
            follow_redirects: read.get(self.follow_redirects),
            params: self.params_to_keep(read),
        }
    }

    /// What the draft keeps of the params table: all of it while a row is
    /// switched off, nothing otherwise (the URL holds the rest).
    fn params_to_keep(&self, read: Read) -> Vec<QueryParam> {
        let table = read.get(self.params);
        if table.iter().all(|row| row.enabled) {
            return Vec::new();
        }
        reread(&read.get(self.url), &table)
    }

    /// The params table, tracked: the URL's query, plus switched-off rows and
    /// the blank rows `Add parameter` left at the end (they write nothing yet).
    pub fn params(&self) -> Vec<QueryParam> {
        let url = self.url.get();
        self.params.with(|table| {
            let mut rows = reread(&url, table);
            let blank = table
                .iter()
                .rev()
                .take_while(|row| row.is_blank() && row.enabled)
                .count();
            rows.extend(std::iter::repeat_n(QueryParam::new("", None), blank));
            rows
        })
    }

    /// Rewrites the URL's query from the table; switched-off rows stay in
    /// the table only.
    pub fn set_params(&self, rows: Vec<QueryParam>) {
        let url = with_params(&self.url.get_untracked(), &rows);
        self.url.set(url);
        self.params.set(rows);
    }

    pub fn method(&self) -> String {
        self.method.get()
    }

    pub fn url(&self) -> String {
        self.url.get()
    }

    pub fn url_untracked(&self) -> String {
        self.url.get_untracked()
    }

    pub fn body(&self) -> RequestBody {
        self.body.get()
    }

    /// The text of a text-mode body (JSON, text, XML), tracked; empty otherwise.
    pub fn body_text(&self) -> String {
        self.body
            .with(|body| body.text().unwrap_or_default().to_owned())
    }

    pub fn auth(&self) -> Auth {
        self.auth.get()
    }

    pub fn follow_redirects(&self) -> bool {
        self.follow_redirects.get()
    }

    /// The timeout as typed; checked when the request is sent.
    pub fn timeout_secs(&self) -> String {
        self.timeout_secs.get()
    }

    pub fn timeout_secs_untracked(&self) -> String {
        self.timeout_secs.get_untracked()
    }

    pub fn header_rows(&self) -> Vec<HeaderRowSignals> {
        self.headers.get()
    }

    pub fn opened_untracked(&self) -> Option<OpenedRequest> {
        self.opened.get_untracked()
    }

    /// The name of the saved request the draft was opened from, tracked; empty
    /// for a draft not opened from a collection.
    pub fn opened_name(&self) -> String {
        self.opened
            .with(|o| o.as_ref().map(|o| o.name.clone()))
            .unwrap_or_default()
    }

    /// Whether the draft is open from this saved request.
    pub fn is_open_from(&self, request: &crate::core::collections::Id) -> bool {
        self.opened
            .with_untracked(|o| o.as_ref().is_some_and(|o| &o.request == request))
    }

    pub fn set_method(&self, method: String) {
        self.method.set(method);
    }

    pub fn set_url(&self, url: String) {
        self.url.set(url);
    }

    pub fn set_body(&self, body: RequestBody) {
        self.body.set(body);
    }

    /// What the body textbox typed: see [`RequestBody::with_typed_text`].
    pub fn set_body_text(&self, text: String) {
        self.body.update(|body| *body = body.with_typed_text(text));
    }

    pub fn set_auth(&self, auth: Auth) {
        self.auth.set(auth);
    }

    pub fn set_follow_redirects(&self, follow: bool) {
        self.follow_redirects.set(follow);
    }

    pub fn set_timeout_secs(&self, timeout: String) {
        self.timeout_secs.set(timeout);
    }

    pub fn add_header(&self, row: HeaderRow) {
        let id = self.next_row_id.get_value();
        self.next_row_id.set_value(id + 1);
        let row = self.owned(|| HeaderRowSignals::new(id, row));
        self.headers.update(|rows| rows.push(row));
    }

    pub fn remove_header(&self, id: u64) {
        self.headers.update(|rows| rows.retain(|r| r.id != id));
    }

    /// The draft now lives where it was saved.
    pub fn saved_as(&self, saved: OpenedRequest) {
        self.opened.set(Some(saved));
    }

    /// Opens another request in the editor. Unsaved work in the current draft is
    /// first kept in history, so opening something never loses an edit.
    pub fn open(&self, draft: RequestDraft, opened: Option<OpenedRequest>) {
        let current = self.draft_untracked();
        let baseline = self.opened.with_untracked(|o| {
            let o = o.as_ref()?;
            self.collections.with_library_untracked(|lib| {
                lib.find_request(&o.collection, &o.request)
                    .map(|r| r.request.clone())
            })
        });
        let unsaved =
            !current.same_request(&baseline.unwrap_or_default()) && !current.same_request(&draft);
        if unsaved {
            self.history.record(
                current,
                Outcome::note("Unsaved draft, kept when another request was opened"),
            );
        }
        self.opened.set(opened);
        self.load(draft);
    }

    /// Replaces the draft (opening a saved request, a history entry or a shared link).
    fn load(&self, draft: RequestDraft) {
        self.method.set(draft.method);
        self.url.set(draft.url);
        self.body.set(draft.body);
        self.auth.set(draft.auth);
        self.follow_redirects.set(draft.follow_redirects);
        self.params.set(draft.params);
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

    /// Runs `make` under the store's own reactive owner.
    fn owned<T>(&self, make: impl FnOnce() -> T) -> T {
        match self.owner.get_value() {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }

    /// The draft with `{{references}}` filled in from the variables of the
    /// collection it was opened from and of the active environment; the
    /// draft itself keeps them as typed.
    pub fn resolved(&self, draft: &RequestDraft) -> Result<RequestDraft, DraftProblem> {
        let collection = self
            .opened
            .with_untracked(|opened| opened.as_ref().map(|o| o.collection.clone()));
        self.collections.with_library_untracked(|lib| {
            draft.resolve_in(&lib.variable_scope(collection.as_ref()))
        })
    }
}
