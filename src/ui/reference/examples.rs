//! Code examples for a status code: servers sending it, clients handling it,
//! each with a copy button.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard;
use crate::core::reference::examples::{self, Example, Side};

/// A code's examples, servers then clients, each half under an h3; nothing
/// for a code no application sends.
#[component]
pub fn CodeExamples(code: u16) -> impl IntoView {
    let all = examples::for_code(code);
    if all.is_empty() {
        return ().into_any();
    }
    let copied = RwSignal::new(None::<Result<&'static str, String>>);
    let (servers, clients): (Vec<Example>, Vec<Example>) = all
        .into_iter()
        .partition(|e| e.language.side() == Side::Server);
    let group = move |title: &'static str, items: Vec<Example>| {
        (!items.is_empty()).then(|| {
            view! {
                <div class="example-group">
                    <h3>{title}</h3>
                    {items.into_iter().map(|example| view! { <ExampleBlock example copied /> }).collect_view()}
                </div>
            }
        })
    };
    view! {
        {group("Sending it", servers)}
        {group("Handling it", clients)}
        {move || copied.get().map(|result| match result {
            Ok(label) => view! { <p class="hint" aria-live="polite">{format!("Copied the {label} example.")}</p> }.into_any(),
            Err(message) => view! { <p class="hint hint--warning" role="alert">{message}</p> }.into_any(),
        })}
    }
    .into_any()
}

#[component]
fn ExampleBlock(
    example: Example,
    copied: RwSignal<Option<Result<&'static str, String>>>,
) -> impl IntoView {
    let label = example.language.label();
    let text = example.code.clone();
    let copy = move |_| {
        let text = text.clone();
        spawn_local(async move {
            let result = clipboard::copy(&text)
                .await
                .map(|()| label)
                .map_err(|e| format!("Not copied: {e}."));
            copied.set(Some(result));
        });
    };
    view! {
        <figure class="example">
            <figcaption>
                {label}
                <button type="button" class="example-copy" aria-label=format!("Copy the {label} example") on:click=copy>"Copy"</button>
            </figcaption>
            <pre><code>{example.code}</code></pre>
        </figure>
    }
}
