//! The parts of a `multipart/form-data` body: text fields and files.

use leptos::prelude::*;

use super::files::{chosen_file, FileNote};
use crate::core::request::body::{PartRow, PartValue, RequestBody};
use crate::state::draft::DraftStore;

fn parts_of(body: RequestBody) -> Vec<PartRow> {
    match body {
        RequestBody::Multipart(parts) => parts,
        _ => Vec::new(),
    }
}

/// Applies `change` to part `index`, if the body is still multipart and has it.
fn edit_part(draft: DraftStore, index: usize, change: impl FnOnce(&mut PartRow)) {
    if let RequestBody::Multipart(mut parts) = draft.body() {
        if let Some(part) = parts.get_mut(index) {
            change(part);
            draft.set_body(RequestBody::Multipart(parts));
        }
    }
}

fn edit_parts(draft: DraftStore, change: impl FnOnce(&mut Vec<PartRow>)) {
    if let RequestBody::Multipart(mut parts) = draft.body() {
        change(&mut parts);
        draft.set_body(RequestBody::Multipart(parts));
    }
}

#[component]
pub fn PartRows() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let count = Memo::new(move |_| parts_of(draft.body()).len());
    view! {
        <ul class="part-rows" aria-label="Form parts">
            <For each=move || 0..count.get() key=|index| *index let:index>
                <PartEditor index />
            </For>
        </ul>
        <button type="button" on:click=move |_| edit_parts(draft, |parts| parts.push(PartRow::text("", "")))>
            "Add text part"
        </button>
        <button type="button" on:click=move |_| edit_parts(draft, |parts| parts.push(PartRow::file("", None)))>
            "Add file part"
        </button>
    }
}

#[component]
fn PartEditor(index: usize) -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let part = Memo::new(move |_| parts_of(draft.body()).get(index).cloned());
    let is_file = Memo::new(move |_| {
        part.with(|p| matches!(p.as_ref().map(|p| &p.value), Some(PartValue::File(_))))
    });
    view! {
        <li class="part-row">
            <input
                type="checkbox"
                aria-label="Send this part"
                prop:checked=move || part.with(|p| p.as_ref().is_some_and(|p| p.enabled))
                on:change=move |ev| { let on = event_target_checked(&ev); edit_part(draft, index, |p| p.enabled = on) }
            />
            <input
                aria-label="Part name"
                placeholder="Name"
                spellcheck="false"
                prop:value=move || part.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())
                on:input=move |ev| { let text = event_target_value(&ev); edit_part(draft, index, |p| p.name = text) }
            />
            {move || if is_file.get() {
                view! {
                    <input
                        type="file"
                        aria-label="Part file"
                        on:change=move |ev| {
                            if let Some(picked) = chosen_file(&ev) {
                                edit_part(draft, index, |p| p.value = PartValue::File(Some(picked)));
                            }
                        }
                    />
                }.into_any()
            } else {
                view! {
                    <input
                        aria-label="Part value"
                        placeholder="Value"
                        spellcheck="false"
                        prop:value=move || part.with(|p| match p.as_ref().map(|p| &p.value) {
                            Some(PartValue::Text(text)) => text.clone(),
                            _ => String::new(),
                        })
                        on:input=move |ev| { let text = event_target_value(&ev); edit_part(draft, index, |p| p.value = PartValue::Text(text)) }
                    />
                }.into_any()
            }}
            <button
                type="button"
                class="remove-header"
                aria-label="Remove part"
                on:click=move |_| edit_parts(draft, |parts| { if index < parts.len() { parts.remove(index); } })
            >
                "×"
            </button>
            // Below the row, under its name and value.
            <Show when=move || is_file.get()>
                <FileNote file=Signal::derive(move || part.with(|p| match p.as_ref().map(|p| &p.value) {
                    Some(PartValue::File(file)) => file.clone(),
                    _ => None,
                })) />
            </Show>
        </li>
    }
}
