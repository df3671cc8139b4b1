//! The environment chooser, just under the request line. It comes with the
//! editor's chunk; the choice is written by code in the sidebar's chunk
//! (also fetched at start), which holds everything that writes the library.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::collections::Id;
use crate::state::collections::Collections;
use crate::ui::lazy::split_fn;

#[component]
pub fn EnvironmentPicker() -> impl IntoView {
    let store = expect_context::<Collections>();
    let names = Memo::new(move |_| {
        store.with_library(|lib| {
            lib.environments
                .iter()
                .map(|e| (e.id.clone(), e.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let active = Memo::new(move |_| store.with_library(|lib| lib.active_environment.clone()));
    let choose = move |ev| {
        let choice = Id::parse(&event_target_value(&ev));
        spawn_local(async move {
            let message = match choose_environment(store, choice).await {
                Ok(Ok(())) => return,
                Ok(Err(refused)) => refused,
                Err(chunk) => chunk.to_string(),
            };
            store.tell(format!("The environment was not changed: {message}"));
        });
    };
    view! {
        <Show when=move || !names.with(Vec::is_empty)>
            <label class="environment-picker">
            "Environment"
            <select on:change=choose>
                <option value="" selected=move || active.with(Option::is_none)>"No environment"</option>
                {move || names.get().into_iter().map(|(id, name)| {
                    let value = id.as_str().to_owned();
                    let selected = move || active.with(|a| a.as_ref() == Some(&id));
                    view! { <option value=value selected=selected>{name}</option> }
                }).collect_view()}
            </select>
            </label>
        </Show>
    }
}

split_fn!(sidebar: fn choose_environment(store: Collections, choice: Option<Id>) -> Result<(), String> {
    store
        .change(|lib| lib.choose_environment(choice.as_ref()))
        .map_err(|e| e.to_string())
});
