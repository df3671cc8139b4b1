//! A set of variables (a collection's or an environment's): what `{{name}}`
//! in a request is filled in with when it is sent. Secret ones are masked here
//! and left out of exports unless asked for.

use leptos::prelude::*;

use crate::core::collections::Variable;
use crate::core::request::vars::{variables_from_rows, VariableRow};
use crate::state::collections::Collections;

/// One editable row; its own signals so typing touches one input.
#[derive(Clone, Copy)]
struct Row {
    id: usize,
    key: RwSignal<String>,
    value: RwSignal<String>,
    secret: RwSignal<bool>,
}

impl Row {
    fn new(id: usize, variable: Variable) -> Row {
        Row {
            id,
            key: RwSignal::new(variable.key),
            value: RwSignal::new(variable.value),
            secret: RwSignal::new(variable.secret),
        }
    }

    fn typed(&self) -> VariableRow {
        VariableRow::new(
            self.key.get_untracked(),
            self.value.get_untracked(),
            self.secret.get_untracked(),
        )
    }
}

/// `save` stores the checked variables, or says why it could not; `label`
/// names the form (a page may hold several).
#[component]
pub fn VariablesEditor(
    variables: Vec<Variable>,
    save: Callback<Vec<Variable>, Result<(), String>>,
    label: String,
    hint: &'static str,
) -> impl IntoView {
    let store = expect_context::<Collections>();
    let next_id = StoredValue::new(variables.len());
    let rows = RwSignal::new(
        variables
            .into_iter()
            .enumerate()
            .map(|(id, v)| Row::new(id, v))
            .collect::<Vec<_>>(),
    );
    let error = RwSignal::new(None::<String>);
    let add = move |_| {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        rows.update(|r| r.push(Row::new(id, Variable::new("", ""))));
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed: Vec<VariableRow> = rows.with_untracked(|r| r.iter().map(Row::typed).collect());
        // Saving redraws the page, so the confirmation goes to the notice area.
        match variables_from_rows(&typed).and_then(|variables| save.run(variables)) {
            Ok(()) => store.tell("Variables saved.".to_owned()),
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <form class="variables" aria-label=label on:submit=submit>
            <h2 class="section-title">"Variables"</h2>
            <p class="hint">{hint}</p>
            <For each=move || rows.get() key=|row| row.id let:row>
                <VariableRowEditor row rows />
            </For>
            <div class="variable-actions">
                <button type="button" on:click=add>"Add variable"</button>
                <button type="submit">"Save variables"</button>
            </div>
            {move || error.get().map(|text| view! { <p role="alert" class="hint hint--warning">{text}</p> })}
        </form>
    }
}

#[component]
fn VariableRowEditor(row: Row, rows: RwSignal<Vec<Row>>) -> impl IntoView {
    view! {
        <div class="variable-row">
            <input aria-label="Variable name" placeholder="name" prop:value=move || row.key.get()
                on:input=move |ev| row.key.set(event_target_value(&ev)) />
            <input
                aria-label="Variable value"
                placeholder="value"
                autocomplete="off"
                type=move || if row.secret.get() { "password" } else { "text" }
                prop:value=move || row.value.get()
                on:input=move |ev| row.value.set(event_target_value(&ev))
            />
            <label class="checkbox" title="Masked here, and left out of exports and share links unless you include secrets">
                <input type="checkbox" prop:checked=move || row.secret.get()
                    on:change=move |ev| row.secret.set(event_target_checked(&ev)) />
                "Secret"
            </label>
            <button type="button" aria-label="Remove variable"
                on:click=move |_| rows.update(|r| r.retain(|x| x.id != row.id))>"✕"</button>
        </div>
    }
}
