//! `/environments`: named sets of variables (dev, staging, prod…), one of them
//! active at a time, chosen in the request line. The page comes in its own chunk.

mod picker;

pub use picker::EnvironmentPicker;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::core::collections::Environment;
use crate::state::collections::Collections;
use crate::ui::collections::VariablesEditor;

#[component]
pub fn EnvironmentsPage() -> impl IntoView {
    let store = expect_context::<Collections>();
    // Compared by value: choosing the active one does not redraw the forms.
    let environments = Memo::new(move |_| store.with_library(|lib| lib.environments.clone()));
    view! {
        <section class="environments-page">
            <h1>"Environments"</h1>
            <p class="hint">
                "An environment is a named set of variables, such as dev, staging or prod. Choose one in the request line: its values fill in {{name}} references and take precedence over a collection's variables of the same name."
            </p>
            <NewEnvironmentForm />
            {move || {
                let list = environments.get();
                if list.is_empty() {
                    view! { <p class="placeholder">"No environments yet."</p> }.into_any()
                } else {
                    list.into_iter()
                        .map(|environment| view! { <EnvironmentSection environment /> })
                        .collect_view()
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn NewEnvironmentForm() -> impl IntoView {
    let store = expect_context::<Collections>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let create = move |ev: SubmitEvent| {
        ev.prevent_default();
        let id = store.new_id();
        let result = store.change(|lib| {
            lib.create_environment(id, &name.get_untracked())
                .map(|_| ())
        });
        match result {
            Ok(()) => {
                name.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    view! {
        <form class="inline-form" aria-label="New environment" on:submit=create>
            <input aria-label="New environment name" placeholder="staging" prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev)) />
            <button type="submit">"Create environment"</button>
        </form>
        {move || error.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
    }
}

#[component]
fn EnvironmentSection(environment: Environment) -> impl IntoView {
    let store = expect_context::<Collections>();
    let Environment {
        id,
        name,
        variables,
    } = environment;
    let is_active = {
        let id = id.clone();
        Memo::new(move |_| store.with_library(|lib| lib.active_environment.as_ref() == Some(&id)))
    };
    let typed_name = RwSignal::new(name.clone());
    let error = RwSignal::new(None::<String>);
    let rename = {
        let id = id.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let result =
                store.change(|lib| lib.rename_environment(&id, &typed_name.get_untracked()));
            error.set(result.err().map(|e| e.to_string()));
        }
    };
    let toggle_active = {
        let id = id.clone();
        move |_| {
            let choice = (!is_active.get_untracked()).then_some(&id);
            let result = store.change(|lib| lib.choose_environment(choice));
            error.set(result.err().map(|e| e.to_string()));
        }
    };
    let delete = {
        let (id, name) = (id.clone(), name.clone());
        move |_| {
            error.set(
                store
                    .delete_environment(&id, &name)
                    .err()
                    .map(|e| e.to_string()),
            )
        }
    };
    let save = Callback::new(move |variables| {
        store
            .change(|lib| lib.set_environment_variables(&id, variables))
            .map_err(|e| e.to_string())
    });
    view! {
        <section class="environment" aria-label=format!("Environment {name}")>
            <h2>
                {name.clone()}
                <Show when=move || is_active.get()>
                    <span class="badge">" (active)"</span>
                </Show>
            </h2>
            <form class="inline-form" on:submit=rename>
                <input aria-label="Environment name" prop:value=move || typed_name.get()
                    on:input=move |ev| typed_name.set(event_target_value(&ev)) />
                <button type="submit">"Rename environment"</button>
                <button type="button" on:click=toggle_active>
                    {move || if is_active.get() { "Stop using it" } else { "Use this environment" }}
                </button>
                <button type="button" on:click=delete>"Delete environment"</button>
            </form>
            {move || error.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
            <VariablesEditor
                variables
                save
                label=format!("Variables of {name}")
                hint="Used while this environment is active, in every request, saved or not."
            />
        </section>
    }
}
