//! The rows of an `application/x-www-form-urlencoded` body.

use leptos::prelude::*;

use crate::core::request::body::{FieldRow, RequestBody};
use crate::state::draft::DraftStore;

fn rows_of(body: RequestBody) -> Vec<FieldRow> {
    match body {
        RequestBody::UrlEncoded(rows) => rows,
        _ => Vec::new(),
    }
}

/// Applies `change` to the rows, if the body is still a url-encoded form.
fn edit(draft: DraftStore, change: impl FnOnce(&mut Vec<FieldRow>)) {
    if let RequestBody::UrlEncoded(mut rows) = draft.body() {
        change(&mut rows);
        draft.set_body(RequestBody::UrlEncoded(rows));
    }
}

#[component]
pub fn FieldRows() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let count = Memo::new(move |_| rows_of(draft.body()).len());
    view! {
        <ul class="field-rows" aria-label="Form fields">
            // Keyed by position, so typing never rebuilds the input in use.
            <For each=move || 0..count.get() key=|index| *index let:index>
                <FieldRowEditor index />
            </For>
        </ul>
        <button type="button" on:click=move |_| edit(draft, |rows| rows.push(FieldRow::new("", "")))>
            "Add field"
        </button>
    }
}

#[component]
fn FieldRowEditor(index: usize) -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let row = Memo::new(move |_| rows_of(draft.body()).get(index).cloned());
    let change = move |apply: Box<dyn FnOnce(&mut FieldRow)>| {
        edit(draft, |rows| {
            if let Some(row) = rows.get_mut(index) {
                apply(row);
            }
        })
    };
    view! {
        <li class="field-row">
            <input
                type="checkbox"
                aria-label="Send this field"
                prop:checked=move || row.with(|r| r.as_ref().is_some_and(|r| r.enabled))
                on:change=move |ev| { let on = event_target_checked(&ev); change(Box::new(move |r| r.enabled = on)) }
            />
            <input
                aria-label="Field name"
                placeholder="Name"
                spellcheck="false"
                prop:value=move || row.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default())
                on:input=move |ev| { let text = event_target_value(&ev); change(Box::new(move |r| r.name = text)) }
            />
            <input
                aria-label="Field value"
                placeholder="Value"
                spellcheck="false"
                prop:value=move || row.with(|r| r.as_ref().map(|r| r.value.clone()).unwrap_or_default())
                on:input=move |ev| { let text = event_target_value(&ev); change(Box::new(move |r| r.value = text)) }
            />
            <button
                type="button"
                class="remove-header"
                aria-label="Remove field"
                on:click=move |_| edit(draft, |rows| { if index < rows.len() { rows.remove(index); } })
            >
                "×"
            </button>
        </li>
    }
}
