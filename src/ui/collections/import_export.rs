//! Backups in our own format, Postman Collection v2.1 in and out.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser::clock::now_ms;
use crate::browser::files::{download, read_chosen_file};
use crate::core::collections::{
    apply_import, export_backup, import_backup, plan_import, ClashChoice, Collection, ImportPlan,
    Variable,
};
use crate::core::postman::{export_postman, import_postman, looks_like_postman};
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
    let pending = RwSignal::new(None::<ImportPlan>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        spawn_local(async move {
            let outcome = read_chosen_file(&input).await;
            input.set_value("");
            match outcome {
                Ok((name, text)) => {
                    if let Err(e) = import_text(store, pending, name, text).await {
                        store.tell(format!("Nothing imported: {e}"));
                    }
                }
                Err(e) => store.tell(format!("Nothing imported: {e}.")),
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

// Reading Postman collections and planning imports comes in a chunk of its own.
split_fn!(import: fn import_text(
    store: Collections,
    pending: RwSignal<Option<ImportPlan>>,
    file: String,
    text: String,
) -> () {
    read_import(&store, pending, &file, &text)
});
split_fn!(import: fn clash_dialog(pending: RwSignal<Option<ImportPlan>>) -> AnyView {
    match pending.get_untracked() {
        Some(plan) => view! { <ClashDialog plan pending /> }.into_any(),
        None => ().into_any(),
    }
});

/// Postman collections become one new collection; our backups are planned, and
/// clashing ids are put to the user before anything is replaced.
fn read_import(store: &Collections, pending: RwSignal<Option<ImportPlan>>, file: &str, text: &str) {
    if looks_like_postman(text) {
        let mut new_id = || store.new_id();
        match import_postman(text, &mut new_id, now_ms()) {
            Ok(imported) => {
                let name = imported.collection.name.clone();
                let mut message = format!("Imported the Postman collection “{name}” from {file}.");
                if !imported.unsupported.is_empty() {
                    message.push_str(" Not imported, because this app cannot represent them yet: ");
                    message.push_str(&imported.unsupported.join("; "));
                    message.push('.');
                }
                store.import(|lib| lib.collections.push(imported.collection), message);
            }
            Err(e) => store.tell(format!("{file} was not imported: {e}.")),
        }
        return;
    }
    match import_backup(text) {
        Ok(incoming) => {
            let plan = store.with_library_untracked(|lib| plan_import(lib, incoming));
            if plan.clashes.is_empty() {
                finish_import(store, plan, ClashChoice::Skip);
            } else {
                pending.set(Some(plan));
            }
        }
        Err(e) => store.tell(format!("{file} was not imported: {e}.")),
    }
}

fn finish_import(store: &Collections, plan: ImportPlan, choice: ClashChoice) {
    let count = plan.new_collections.len() + plan.clashes.len();
    let replaced = if choice == ClashChoice::Replace && !plan.clashes.is_empty() {
        " Collections of yours were replaced: Undo puts them back."
    } else {
        ""
    };
    let message = format!("Imported the backup ({count} collections considered).{replaced}");
    store.import(
        |lib| {
            let mut new_id = || store.new_id();
            apply_import(lib, plan, choice, &mut new_id);
        },
        message,
    );
}

#[component]
fn ClashDialog(plan: ImportPlan, pending: RwSignal<Option<ImportPlan>>) -> impl IntoView {
    let store = expect_context::<Collections>();
    let names = plan
        .clashes
        .iter()
        .map(|(_, n)| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ");
    let choose = move |choice: ClashChoice| {
        if let Some(plan) = pending.get_untracked() {
            pending.set(None);
            finish_import(&store, plan, choice);
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
