//! A cURL command in the URL box becomes the request: at once when pasted,
//! on `Import cURL command` when typed (a half-typed command would otherwise
//! replace the draft at every keystroke). The reader comes in its own chunk.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::curl::{looks_like_curl, parse_curl};
use crate::core::request::draft::RequestDraft;
use crate::state::draft::DraftStore;
use crate::ui::lazy::split_fn;

/// What the last import attempt left to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurlOutcome {
    /// Imported; the options a web page cannot honour, with why.
    Imported { not_honoured: Vec<String> },
    /// Not imported: why. The command stays in the URL box to be fixed.
    Failed(String),
}

/// The state of cURL import: provided by the request editor to the request
/// line, which imports, and to the notes below it, which report.
#[derive(Clone, Copy)]
pub struct CurlImport {
    outcome: RwSignal<Option<CurlOutcome>>,
}

impl CurlImport {
    pub fn new() -> Self {
        CurlImport {
            outcome: RwSignal::new(None),
        }
    }

    pub fn outcome(&self) -> Option<CurlOutcome> {
        self.outcome.get()
    }

    pub fn dismiss(&self) {
        self.outcome.set(None);
    }

    /// The user edits the command: the old failure no longer describes it.
    pub fn clear_failure(&self) {
        if matches!(self.outcome.get_untracked(), Some(CurlOutcome::Failed(_))) {
            self.outcome.set(None);
        }
    }

    /// Reads `command` and opens it in the editor; unsaved work goes to
    /// history first (see [`DraftStore::open`]), and a command that cannot be
    /// read stays in the URL box.
    pub fn import(&self, draft: DraftStore, command: String) {
        let outcome = self.outcome;
        spawn_local(async move {
            let result = match read_curl(command.clone()).await {
                Ok(result) => result,
                Err(chunk) => Err(chunk.to_string()),
            };
            match result {
                Ok((request, not_honoured)) => {
                    draft.open(request, None);
                    outcome.set(Some(CurlOutcome::Imported { not_honoured }));
                }
                Err(message) => {
                    draft.set_url(command);
                    outcome.set(Some(CurlOutcome::Failed(message)));
                }
            }
        });
    }
}

split_fn!(curl: fn read_curl(command: String) -> Result<(RequestDraft, Vec<String>), String> {
    parse_curl(&command)
        .map(|request| (request.to_draft(), request.not_honoured))
        .map_err(|e| format!("This cURL command could not be imported: {e}"))
});

/// Offers the import for a typed command, and reports the last attempt.
#[component]
pub fn CurlImportNotes() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let import = expect_context::<CurlImport>();
    let typed_curl = Memo::new(move |_| looks_like_curl(&draft.url()));
    let import_typed = move |_| import.import(draft, draft.url_untracked());
    view! {
        <Show when=move || typed_curl.get() && import.outcome().is_none()>
            <p class="hint">
                "The URL box holds a cURL command. "
                <button type="button" class="link-button" on:click=import_typed>
                    "Import cURL command"
                </button>
            </p>
        </Show>
        {move || import.outcome().map(|outcome| view! { <OutcomeNote outcome import /> })}
    }
}

#[component]
fn OutcomeNote(outcome: CurlOutcome, import: CurlImport) -> impl IntoView {
    let dismiss = move |_| import.dismiss();
    match outcome {
        CurlOutcome::Failed(message) => view! {
            <div role="alert" class="alert">
                <p>{message}</p>
                <button type="button" on:click=dismiss>"Dismiss"</button>
            </div>
        }
        .into_any(),
        CurlOutcome::Imported { not_honoured } => {
            let skipped = (!not_honoured.is_empty()).then(|| {
                view! {
                    <p>"Left out, as a web page cannot do them:"</p>
                    <ul>{not_honoured.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                }
            });
            view! {
                <div aria-live="polite" class="notice curl-note">
                    <p>"Imported the cURL command into the editor."</p>
                    {skipped}
                    <button type="button" class="link-button" on:click=dismiss>"Dismiss"</button>
                </div>
            }
            .into_any()
        }
    }
}
