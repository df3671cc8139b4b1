//! Everything storage has to tell the user: saving off, read-only data,
//! recovered corrupt data, a full quota, undo, and conflicts between tabs.

use leptos::prelude::*;

use crate::browser::files::download;
use crate::core::collections::{Conflict, Side};
use crate::state::collections::{Collections, Notice, Recovered, SaveMode};

#[component]
pub fn StorageNotices() -> impl IntoView {
    let store = expect_context::<Collections>();
    view! {
        <div class="storage-notices">
            {move || match store.mode() {
                SaveMode::Loading | SaveMode::Saving => None,
                SaveMode::Off(failure) => Some(view! { <p role="alert" class="alert">{failure.to_string()}</p> }.into_any()),
                SaveMode::ReadOnly { version } => Some(view! {
                    <p role="alert" class="alert">
                        {format!("Your collections were saved by a newer version of this app (format {version}). \
                                  They are shown read-only and nothing will be written, so none of them is lost. \
                                  Reload the page to get the newer version.")}
                    </p>
                }.into_any()),
            }}
            {move || store.recovered().map(|recovered| view! { <RecoveredView recovered /> })}
            {move || store.failure().map(|failure| view! {
                <div role="alert" class="alert">
                    <p>{failure.to_string()}</p>
                    <button type="button" on:click=move |_| store.dismiss_failure()>"Dismiss"</button>
                </div>
            })}
            {move || store.notice().map(|notice| view! { <NoticeView notice /> })}
            <For each=move || store.conflicts() key=|c| (c.request.clone(), c.theirs.revision, c.ours.revision) let:conflict>
                <ConflictView conflict />
            </For>
        </div>
    }
}

/// Unreadable stored data: where its bytes are, and a way to download them.
#[component]
fn RecoveredView(recovered: Recovered) -> impl IntoView {
    let store = expect_context::<Collections>();
    let Recovered {
        reason,
        backup_key,
        raw,
    } = recovered;
    let kept = if backup_key.is_empty() {
        "It could not be copied aside, so it was left untouched and saving is off.".to_owned()
    } else {
        format!("The original data was kept unchanged under the storage key “{backup_key}”.")
    };
    let download_error = RwSignal::new(None::<String>);
    let save_copy = move |_| {
        let result = download("api-client-unreadable-data.json", "application/json", &raw);
        download_error.set(
            result
                .err()
                .map(|e| format!("The download did not start: {e}.")),
        );
    };
    view! {
        <div role="alert" class="alert">
            <p class="alert-title">"Saved collections could not be read"</p>
            <p>{format!("The stored data is damaged ({reason}). {kept} The app started with an empty library.")}</p>
            <button type="button" on:click=save_copy>"Download the unreadable data"</button>
            " " <button type="button" on:click=move |_| store.dismiss_recovered()>"Dismiss"</button>
            {move || download_error.get().map(|m| view! { <p>{m}</p> })}
        </div>
    }
}

#[component]
fn NoticeView(notice: Notice) -> impl IntoView {
    let store = expect_context::<Collections>();
    let dismiss = move |_| store.dismiss_notice();
    match notice {
        Notice::Undo { message } => view! {
            <div aria-live="polite" class="notice">
                {message} " "
                <button type="button" on:click=move |_| store.undo()>"Undo"</button>
            </div>
        }
        .into_any(),
        Notice::Info(message) => view! {
            <div aria-live="polite" class="notice">{message} " " <button type="button" on:click=dismiss>"Dismiss"</button></div>
        }
        .into_any(),
    }
}

#[component]
fn ConflictView(conflict: Conflict) -> impl IntoView {
    let store = expect_context::<Collections>();
    let (mine, theirs) = (conflict.clone(), conflict.clone());
    view! {
        <div role="alert" class="alert">
            <p class="alert-title">{format!("“{}” was changed in another tab too", conflict.name)}</p>
            <p>
                {format!("This tab has {} {}; the other tab saved {} {}. Choose which to keep; the other is discarded.",
                    conflict.ours.request.method, conflict.ours.request.url,
                    conflict.theirs.request.method, conflict.theirs.request.url)}
            </p>
            <button type="button" on:click=move |_| store.resolve_conflict(&mine, Side::Ours)>"Keep mine"</button>
            " "
            <button type="button" on:click=move |_| store.resolve_conflict(&theirs, Side::Theirs)>"Take theirs"</button>
        </div>
    }
}
