//! Backups in our own format, Postman Collection v2.1 in and out.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser::clock::now_ms;
use crate::browser::files::{chosen_file, download, file_text};
use crate::core::collections::{
    apply_import, export_backup, plan_import, ClashChoice, Collection, ImportPlan, Library,
    Variable,
};
use crate::core::import::{check_import_size, read_import, shortened_note, Contents};
use crate::core::postman::{export_postman, PostmanImport};
use crate::state::collections::Collections;
use crate::ui::lazy::{split_fn, Lazy};

fn is_secret(variable: &Variable) -> bool {
    variable.secret
}

/// Offered beside an export when there is a secret variable to leave out or
/// include; off by default, so a file never carries secrets by accident.
#[component]
fn IncludeSecrets(shown: Signal<bool>, include: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || shown.get()>
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || include.get()
                    on:change=move |ev| include.set(event_target_checked(&ev)) />
                "Include secret values"
            </label>
        </Show>
    }
}

#[component]
pub fn ExportBackupButton() -> impl IntoView {
    let store = expect_context::<Collections>();
    let include = RwSignal::new(false);
    let has_secrets = Signal::derive(move || {
        store.with_library(|lib| {
            lib.collections
                .iter()
                .any(|c| c.variables.iter().any(is_secret))
                || lib
                    .environments
                    .iter()
                    .any(|e| e.variables.iter().any(is_secret))
        })
    });
    let export = move |_| {
        let include = include.get_untracked();
        let text = store.with_library_untracked(|lib| export_backup(lib, now_ms(), include));
        if let Err(e) = download("api-client-backup.json", "application/json", &text) {
            store.tell(format!("The backup could not be downloaded: {e}."));
        }
    };
    view! {
        <button type="button" on:click=export>"Export backup"</button>
        <IncludeSecrets shown=has_secrets include />
    }
}

#[component]
pub fn ExportPostmanButton(collection: Collection) -> impl IntoView {
    let store = expect_context::<Collections>();
    let include = RwSignal::new(false);
    let has_secrets = collection.variables.iter().any(is_secret);
    let export = move |_| {
        let file = format!("{}.postman_collection.json", collection.name);
        let text = export_postman(&collection, include.get_untracked());
        if let Err(e) = download(&file, "application/json", &text) {
            store.tell(format!("The export could not be downloaded: {e}."));
        }
    };
    view! {
        <button type="button" on:click=export>"Export as Postman"</button>
        <IncludeSecrets shown=Signal::derive(move || has_secrets) include />
    }
}

#[component]
pub fn ImportButton() -> impl IntoView {
    let store = expect_context::<Collections>();
    let pending = RwSignal::new(None::<PendingImport>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        spawn_local(async move {
            let outcome = chosen_text(&input).await;
            input.set_value("");
            match outcome {
                Ok((name, text)) => {
                    if let Err(e) = import_text(store, pending, name, text).await {
                        store.tell(format!("Nothing imported: {e}"));
                    }
                }
                Err(e) => store.tell(format!("Nothing imported: {e}")),
            }
        });
    };
    view! {
        <label class="file-button">
            "Import collections"
            <input type="file" accept=".json,application/json" on:change=on_change />
        </label>
        <Show when=move || pending.with(Option::is_some)>
            <Lazy load=move || clash_dialog(pending) />
        </Show>
    }
}

/// The chosen file's name and text, as one sentence on failure. Its size is
/// checked first, so a huge file is never read into memory.
async fn chosen_text(input: &web_sys::HtmlInputElement) -> Result<(String, String), String> {
    let file = chosen_file(input).map_err(|e| format!("{e}."))?;
    check_import_size(file.size() as u64).map_err(|e| e.to_string())?;
    let text = file_text(&file).await.map_err(|e| format!("{e}."))?;
    Ok((file.name(), text))
}

// Reading Postman collections and planning imports comes in a chunk of its own.
split_fn!(import: fn import_text(
    store: Collections,
    pending: RwSignal<Option<PendingImport>>,
    file: String,
    text: String,
) -> () {
    take_import(&store, pending, &file, &text)
});
split_fn!(import: fn clash_dialog(pending: RwSignal<Option<PendingImport>>) -> AnyView {
    match pending.get_untracked() {
        Some(PendingImport { plan, .. }) => view! { <ClashDialog plan pending /> }.into_any(),
        None => ().into_any(),
    }
});

/// A backup waiting for the user to say what happens to clashing collections.
#[derive(Debug, Clone)]
struct PendingImport {
    plan: ImportPlan,
    /// Said with the outcome: how many names were shortened.
    note: Option<String>,
}

/// Postman collections become one new collection; our backups are planned, and
/// clashing ids are put to the user before anything is replaced.
fn take_import(
    store: &Collections,
    pending: RwSignal<Option<PendingImport>>,
    file: &str,
    text: &str,
) {
    let mut new_id = || store.new_id();
    let imported = match read_import(text, &mut new_id, now_ms()) {
        Ok(imported) => imported,
        Err(e) => return store.tell(format!("{file} was not imported: {e}")),
    };
    let note = shortened_note(imported.shortened_names);
    match imported.contents {
        Contents::Postman(postman) => add_postman(store, postman, file, note),
        Contents::Backup(library) => plan_backup(store, pending, library, note),
    }
}

fn add_postman(store: &Collections, imported: PostmanImport, file: &str, note: Option<String>) {
    let name = imported.collection.name.clone();
    let mut message = format!("Imported the Postman collection “{name}” from {file}.");
    if !imported.unsupported.is_empty() {
        message.push_str(" Not imported, because this app cannot represent them yet: ");
        message.push_str(&imported.unsupported.join("; "));
        message.push('.');
    }
    let message = with_note(message, note);
    store.import(|lib| lib.collections.push(imported.collection), message);
}

fn with_note(message: String, note: Option<String>) -> String {
    match note {
        Some(note) => format!("{message} {note}"),
        None => message,
    }
}

fn plan_backup(
    store: &Collections,
    pending: RwSignal<Option<PendingImport>>,
    incoming: Library,
    note: Option<String>,
) {
    let plan = store.with_library_untracked(|lib| plan_import(lib, incoming));
    let read = PendingImport { plan, note };
    if read.plan.clashes.is_empty() {
        finish_import(store, read, ClashChoice::Skip);
    } else {
        pending.set(Some(read));
    }
}

fn finish_import(store: &Collections, read: PendingImport, choice: ClashChoice) {
    let PendingImport { plan, note } = read;
    let count = plan.new_collections.len() + plan.clashes.len();
    let replaced = if choice == ClashChoice::Replace && !plan.clashes.is_empty() {
        " Collections of yours were replaced: Undo puts them back."
    } else {
        ""
    };
    let done = format!("Imported the backup ({count} collections considered).{replaced}");
    store.import(
        |lib| {
            let mut new_id = || store.new_id();
            apply_import(lib, plan, choice, &mut new_id);
        },
        with_note(done, note),
    );
}

#[component]
fn ClashDialog(plan: ImportPlan, pending: RwSignal<Option<PendingImport>>) -> impl IntoView {
    let store = expect_context::<Collections>();
    let names = plan
        .clashes
        .iter()
        .map(|(_, n)| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ");
    let choose = move |choice: ClashChoice| {
        if let Some(read) = pending.get_untracked() {
            pending.set(None);
            finish_import(&store, read, choice);
        }
    };
    view! {
        <div class="dialog-backdrop">
            <div role="dialog" aria-modal="true" aria-label="Import conflicts" class="dialog">
                <h2>"Some collections are already here"</h2>
                <p>{format!("The backup contains collections you already have: {names}. What should happen to them?")}</p>
                <div class="dialog-actions">
                    <button type="button" on:click=move |_| choose(ClashChoice::KeepBoth)>"Keep both"</button>
                    <button type="button" on:click=move |_| choose(ClashChoice::Replace)>"Replace mine"</button>
                    <button type="button" on:click=move |_| choose(ClashChoice::Skip)>"Skip them"</button>
                    <button type="button" on:click=move |_| pending.set(None)>"Cancel import"</button>
                </div>
            </div>
        </div>
    }
}
