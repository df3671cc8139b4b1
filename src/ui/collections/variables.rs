//! A collection's variables: what `{{name}}` in its requests is filled in with
//! when they are sent.

use leptos::prelude::*;

use crate::browser::clock::now_ms;
use crate::core::collections::{Id, Variable};
use crate::core::request::vars::{variables_from_rows, VariableRow};
use crate::state::collections::Collections;

/// One editable row; its own signals so typing touches one input.
#[derive(Clone, Copy)]
struct Row {
    id: usize,
    key: RwSignal<String>,
    value: RwSignal<String>,
    /// Kept as loaded, so saving does not clear it. UI: offer a "Secret" checkbox.
    secret: bool,
}

#[component]
pub fn VariablesEditor(collection: Id, variables: Vec<Variable>) -> impl IntoView {
    let store = expect_context::<Collections>();
    let next_id = StoredValue::new(variables.len());
    let rows = RwSignal::new(
        variables
            .into_iter()
            .enumerate()
            .map(|(id, v)| Row {
                id,
                key: RwSignal::new(v.key),
                value: RwSignal::new(v.value),
                secret: v.secret,
            })
            .collect::<Vec<_>>(),
    );
    let error = RwSignal::new(None::<String>);
    let add = move |_| {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        rows.update(|r| {
            r.push(Row {
                id,
                key: RwSignal::new(String::new()),
                value: RwSignal::new(String::new()),
                secret: false,
            })
        });
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed: Vec<VariableRow> = rows.with_untracked(|r| {
            r.iter()
                .map(|row| {
                    VariableRow::new(
                        row.key.get_untracked(),
                        row.value.get_untracked(),
                        row.secret,
                    )
                })
                .collect()
        });
        let result = variables_from_rows(&typed).and_then(|variables| {
            store
                .change(|lib| lib.set_variables(&collection, variables, now_ms()))
                .map_err(|e| e.to_string())
        });
        // Saving redraws the collection page, so the confirmation goes to the notice area.
        match result {
            Ok(()) => store.tell("Variables saved.".to_owned()),
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <form class="variables" aria-label="Variables" on:submit=save>
            <h2 class="section-title">"Variables"</h2>
            <p class="hint">"{{name}} in the URL, switched-on headers or body of this collection's requests is replaced by the value when the request is sent."</p>
            <For each=move || rows.get() key=|row| row.id let:row>
                <div class="variable-row">
                    <input aria-label="Variable name" placeholder="name" prop:value=move || row.key.get()
                        on:input=move |ev| row.key.set(event_target_value(&ev)) />
                    <input aria-label="Variable value" placeholder="value" prop:value=move || row.value.get()
                        on:input=move |ev| row.value.set(event_target_value(&ev)) />
                    <button type="button" aria-label="Remove variable"
                        on:click=move |_| rows.update(|r| r.retain(|x| x.id != row.id))>"✕"</button>
                </div>
            </For>
            <div class="variable-actions">
                <button type="button" on:click=add>"Add variable"</button>
                <button type="submit">"Save variables"</button>
            </div>
            {move || error.get().map(|text| view! { <p role="alert" class="hint hint--warning">{text}</p> })}
        </form>
    }
}
