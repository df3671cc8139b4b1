//! The query params table, two views of one URL: editing a row rewrites the
//! URL's query, editing the URL rereads the rows. A switched-off row leaves
//! the URL but stays in the table.

use leptos::prelude::*;

use crate::core::request::query::QueryParam;
use crate::state::draft::DraftStore;

#[component]
pub fn ParamsEditor() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    // Read once per change of the URL or table, and shared by every row.
    let table = Memo::new(move |_| draft.params());
    let count = Memo::new(move |_| table.with(Vec::len));
    let add = move |_| {
        let mut rows = table.get_untracked();
        rows.push(QueryParam::new("", None));
        draft.set_params(rows);
    };
    view! {
        <fieldset class="params-editor">
            <legend>"Query parameters"</legend>
            <ul class="param-rows">
                // Keyed by position: rows have no identity of their own, and a
                // key that changed with the text would rebuild the input being typed in.
                <For each=move || 0..count.get() key=|index| *index let:index>
                    <ParamRow index table />
                </For>
            </ul>
            <button type="button" on:click=add>"Add parameter"</button>
        </fieldset>
    }
}

/// Applies `change` to row `index` of the table, if it is still there.
fn edit_row(
    draft: DraftStore,
    table: Memo<Vec<QueryParam>>,
    index: usize,
    change: impl FnOnce(&mut QueryParam),
) {
    let mut rows = table.get_untracked();
    if let Some(row) = rows.get_mut(index) {
        change(row);
        draft.set_params(rows);
    }
}

#[component]
fn ParamRow(index: usize, table: Memo<Vec<QueryParam>>) -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let row = Memo::new(move |_| table.with(|rows| rows.get(index).cloned().unwrap_or_default()));
    let remove = move |_| {
        let mut rows = table.get_untracked();
        if index < rows.len() {
            rows.remove(index);
            draft.set_params(rows);
        }
    };
    view! {
        <li class="param-row">
            <input
                type="checkbox"
                aria-label="Send this parameter"
                prop:checked=move || row.with(|r| r.enabled)
                on:change=move |ev| edit_row(draft, table, index, |r| r.enabled = event_target_checked(&ev))
            />
            <input
                aria-label="Parameter name"
                placeholder="Name"
                spellcheck="false"
                prop:value=move || row.with(|r| r.name.clone())
                on:input=move |ev| edit_row(draft, table, index, |r| r.name = event_target_value(&ev))
            />
            <input
                aria-label="Parameter value"
                placeholder="Value"
                spellcheck="false"
                prop:value=move || row.with(|r| r.value.clone().unwrap_or_default())
                on:input=move |ev| edit_row(draft, table, index, |r| r.value = Some(event_target_value(&ev)))
            />
            <button type="button" class="remove-header" aria-label="Remove parameter" on:click=remove>"×"</button>
        </li>
    }
}
