//! Editable request header rows, each checked as it is typed.

use leptos::prelude::*;

use crate::core::request::headers::{HeaderFate, HeaderRow};
use crate::state::draft::{DraftStore, HeaderRowSignals};

#[component]
pub fn HeadersEditor() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    view! {
        <fieldset class="headers-editor">
            <legend>"Headers"</legend>
            <ul class="header-rows">
                <For each=move || draft.header_rows() key=|row| row.id let:row>
                    <HeaderRowEditor row=row />
                </For>
            </ul>
            <button type="button" class="add-header" on:click=move |_| draft.add_header(HeaderRow::default())>
                "Add header"
            </button>
        </fieldset>
    }
}

#[component]
fn HeaderRowEditor(row: HeaderRowSignals) -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let fate = Memo::new(move |_| row.row().check());
    let note_id = format!("header-note-{}", row.id);
    let invalid = move || matches!(fate.get(), HeaderFate::Invalid(_)).then_some("true");
    view! {
        <li class="header-row">
            <input
                type="checkbox"
                aria-label="Send this header"
                prop:checked=move || row.enabled()
                on:change=move |ev| row.set_enabled(event_target_checked(&ev))
            />
            <input
                class="header-name"
                aria-label="Header name"
                placeholder="Name"
                spellcheck="false"
                aria-invalid=invalid
                aria-describedby=note_id.clone()
                prop:value=move || row.name()
                on:input=move |ev| row.set_name(event_target_value(&ev))
            />
            <input
                class="header-value"
                aria-label="Header value"
                placeholder="Value"
                spellcheck="false"
                aria-invalid=invalid
                aria-describedby=note_id.clone()
                prop:value=move || row.value()
                on:input=move |ev| row.set_value(event_target_value(&ev))
            />
            <button type="button" class="remove-header" aria-label="Remove header" on:click=move |_| draft.remove_header(row.id)>
                "×"
            </button>
            <p id=note_id class="header-note">{move || header_note(&fate.get())}</p>
        </li>
    }
}

fn header_note(fate: &HeaderFate) -> Option<String> {
    match fate {
        HeaderFate::Invalid(error) => Some(error.to_string()),
        HeaderFate::DroppedByBrowser { name, reason } => {
            Some(format!("Not sent: browsers drop {name} ({reason})."))
        }
        HeaderFate::Skipped | HeaderFate::Sent { .. } => None,
    }
}
