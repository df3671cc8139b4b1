//! Editable request header rows, each checked as it is typed.

use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::core::request::header_names;
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
    // Suggestions show while the name is being typed and close once focus leaves the row.
    let suggesting = RwSignal::new(false);
    let row_ref = NodeRef::<leptos::html::Li>::new();
    let value_ref = NodeRef::<leptos::html::Input>::new();
    let leaves_row = move |ev: web_sys::FocusEvent| {
        let next = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = row_ref.get().is_some_and(|li| li.contains(next.as_ref()));
        if !inside {
            suggesting.set(false);
        }
    };
    let choose = Callback::new(move |name: &'static str| {
        row.set_name(name.to_owned());
        suggesting.set(false);
        if let Some(input) = value_ref.get() {
            let _ = input.focus();
        }
    });
    view! {
        <li class="header-row" node_ref=row_ref on:focusout=leaves_row>
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
                on:input=move |ev| {
                    row.set_name(event_target_value(&ev));
                    suggesting.set(true);
                }
                on:keydown=move |ev| if ev.key() == "Escape" { suggesting.set(false) }
            />
            // Placed next to the name box so Tab reaches the suggestions before the value.
            <Show when=move || suggesting.get()>
                <NameSuggestions typed=Signal::derive(move || row.name()) choose=choose />
            </Show>
            <input
                class="header-value"
                aria-label="Header value"
                placeholder="Value"
                spellcheck="false"
                aria-invalid=invalid
                aria-describedby=note_id.clone()
                node_ref=value_ref
                prop:value=move || row.value()
                on:input=move |ev| row.set_value(event_target_value(&ev))
                on:focus=move |_| suggesting.set(false)
            />
            <button type="button" class="remove-header" aria-label="Remove header" on:click=move |_| draft.remove_header(row.id)>
                "×"
            </button>
            <p id=note_id class="header-note">{move || header_note(&fate.get())}</p>
        </li>
    }
}

/// Buttons rather than a `<datalist>`: a datalist turns the name box into a
/// combobox, and the box must stay the plain textbox "Header name".
#[component]
fn NameSuggestions(typed: Signal<String>, choose: Callback<&'static str>) -> impl IntoView {
    let names = Memo::new(move |_| header_names::suggest(&typed.get()));
    view! {
        <Show when=move || !names.get().is_empty()>
            <div class="header-suggestions" role="group" aria-label="Header name suggestions">
                <For each=move || names.get() key=|name| *name let:name>
                    <button
                        type="button"
                        // Keeps focus in the name box so a click does not close the list first.
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=move |_| choose.run(name)
                    >
                        {name}
                    </button>
                </For>
            </div>
        </Show>
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
