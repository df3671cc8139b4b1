//! The last 100 sent requests: re-open one, or clear them all.

use leptos::prelude::*;

use crate::browser::clock::local_date_time;
use crate::core::collections::HistoryEntry;
use crate::core::response::received::format_elapsed;
use crate::state::draft::DraftStore;
use crate::state::history::HistoryStore;

#[component]
pub fn HistoryPanel() -> impl IntoView {
    let store = expect_context::<HistoryStore>();
    let entries = Memo::new(move |_| store.with_history(|h| h.entries.clone()));
    view! {
        <section class="history" aria-label="History">
            <h2 class="section-title">"History"</h2>
            {move || store.problem().map(|problem| view! { <p class="hint hint--warning">{problem}</p> })}
            <Show when=move || !store.plain_storage_notice_seen() && !entries.with(Vec::is_empty)>
                <PlainStorageNotice />
            </Show>
            <Show
                when=move || !entries.with(Vec::is_empty)
                fallback=|| view! { <p class="placeholder">"Requests you send appear here."</p> }
            >
                <ul class="history-list">
                    <For each=move || entries.get() key=|e| e.id.clone() let:entry>
                        <HistoryRow entry />
                    </For>
                </ul>
                <button type="button" on:click=move |_| store.clear()>"Clear history"</button>
            </Show>
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || store.without_credentials()
                    on:change=move |ev| store.set_without_credentials(event_target_checked(&ev)) />
                "Keep credentials out of saved history"
            </label>
        </section>
    }
}

/// Said once: what is saved here is readable by anyone using this browser profile.
#[component]
fn PlainStorageNotice() -> impl IntoView {
    let store = expect_context::<HistoryStore>();
    let keep_out = move |_| {
        store.set_without_credentials(true);
        store.dismiss_plain_storage_notice();
    };
    view! {
        <div role="note" aria-label="Where your data is kept" class="notice">
            <p>"History and saved collections are kept in this browser's local storage as plain \
                text: anyone who can use this browser profile can read the tokens and passwords \
                in them. Nothing is sent anywhere."</p>
            <button type="button" on:click=keep_out>"Keep credentials out of history"</button>
            " "
            <button type="button" on:click=move |_| store.dismiss_plain_storage_notice()>"Got it"</button>
        </div>
    }
}

#[component]
fn HistoryRow(entry: HistoryEntry) -> impl IntoView {
    let draft_store = expect_context::<DraftStore>();
    let label = format!("{} {}", entry.request.method, entry.request.url);
    let status_class = entry
        .status
        .and_then(crate::core::status::StatusClass::of)
        .map_or("status--unknown".to_owned(), |c| {
            format!("status--{}", c.slug())
        });
    let draft = entry.request.clone();
    let reopen = move |_| {
        draft_store.open(draft.clone(), None);
    };
    let (sent, sent_iso) = match local_date_time(entry.sent_ms) {
        Some((label, iso)) => (label, Some(iso)),
        None => ("at an unknown time".to_owned(), None),
    };
    let elapsed = format_elapsed(entry.elapsed_ms as f64);
    view! {
        <li class="history-row">
            <button type="button" class="link-button" aria-label=format!("Open {label}") on:click=reopen>{label.clone()}</button>
            <span class=status_class>{entry.outcome.clone()}</span>
            <span class="history-time">
                <time datetime=sent_iso>{sent}</time>
                {format!(" · {elapsed}")}
            </span>
        </li>
    }
}
