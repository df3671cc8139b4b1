//! "Backups kept in this browser": the copies of stored data set aside before
//! anything could be lost, to download or delete (the quota message points here).

use leptos::prelude::*;

use crate::browser::clock::local_date_time;
use crate::browser::files::download;
use crate::browser::storage;
use crate::core::collections::{list_backups, BackupKey, BackupKind, MAX_BACKUPS_PER_KIND};
use crate::core::response::received::format_size;
use crate::ui::lazy::{split_fn, Lazy};

#[component]
pub fn BackupsPanel() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <div class="backups">
            <button type="button" class="link-button" aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>
                "Backups kept in this browser"
            </button>
            <Show when=move || open.get()>
                <Lazy load=backups_list />
            </Show>
        </div>
    }
}

split_fn!(backups: fn backups_list() -> AnyView {
    view! { <BackupsList /> }.into_any()
});

/// A backup as listed: its key, what it is, when and how big.
#[derive(Debug, Clone, PartialEq)]
struct Listed {
    backup: BackupKey,
    label: String,
    size: String,
}

fn stored_backups() -> Vec<Listed> {
    let keys: Vec<String> = BackupKind::ALL
        .into_iter()
        .flat_map(|kind| storage::keys_with_prefix(&kind.prefix()))
        .collect();
    list_backups(keys.iter().map(String::as_str))
        .into_iter()
        .map(|backup| {
            let when = local_date_time(backup.saved_ms)
                .map_or_else(|| "an unknown time".to_owned(), |(label, _)| label);
            let bytes = storage::read(&backup.key)
                .ok()
                .flatten()
                .map_or(0, |t| t.len());
            Listed {
                label: format!("{} backup of {when}", backup.kind.label()),
                size: format_size(bytes),
                backup,
            }
        })
        .collect()
}

#[component]
fn BackupsList() -> impl IntoView {
    let changed = RwSignal::new(0_u32);
    let listed = Memo::new(move |_| {
        changed.track();
        stored_backups()
    });
    view! {
        <p class="hint">{format!("Copies the app set aside before it could lose data: unreadable \
            data, the library before an upgrade, another tab's version in a conflict. The newest \
            {MAX_BACKUPS_PER_KIND} of each kind are kept.")}</p>
        <Show when=move || listed.with(Vec::is_empty)>
            <p class="placeholder">"No backups: nothing has needed one yet."</p>
        </Show>
        <ul class="backup-list" aria-label="Backups">
            <For each=move || listed.get() key=|l| l.backup.key.clone() let:listed>
                <BackupRow listed changed />
            </For>
        </ul>
    }
}

#[component]
fn BackupRow(listed: Listed, changed: RwSignal<u32>) -> impl IntoView {
    let Listed {
        backup,
        label,
        size,
    } = listed;
    let message = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let (key, file) = (backup.key.clone(), backup.file_name());
    let save = move |_| {
        let result = match storage::read(&key) {
            Ok(Some(text)) => download(&file, "application/json", &text),
            Ok(None) => Err("it is no longer in storage".to_owned()),
            Err(e) => Err(e.to_string()),
        };
        message.set(
            result
                .err()
                .map(|e| format!("The download did not start: {e}.")),
        );
    };
    let key = backup.key;
    let delete = move |_| match storage::remove(&key) {
        Ok(()) => changed.update(|n| *n += 1),
        Err(e) => message.set(Some(e.to_string())),
    };
    let (download_name, delete_name) = (format!("Download {label}"), format!("Delete {label}"));
    view! {
        <li class="backup-row">
            <span>{label.clone()} " · " {size}</span>
            <button type="button" aria-label=download_name on:click=save>"Download"</button>
            <Show when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" aria-label=delete_name.clone() on:click=move |_| confirming.set(true)>"Delete"</button>
                }>
                <span role="group" aria-label="Confirm delete">
                    "Delete it for good? "
                    <button type="button" on:click=delete.clone()>"Delete backup"</button>
                    <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                </span>
            </Show>
            {move || message.get().map(|m| view! { <p role="alert" class="alert">{m}</p> })}
        </li>
    }
}
