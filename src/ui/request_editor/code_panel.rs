//! `Show code`: the request, variables filled in, as code in another tool or
//! language, or as the HTTP message it becomes, ready to copy. The writers
//! come in their own chunk.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard;
use crate::core::snippets::{snippet, Language};
use crate::state::draft::DraftStore;
use crate::ui::lazy::{split_fn, Lazy};

#[component]
pub fn CodeToggle() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="link-button code-toggle"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() { "Hide code" } else { "Show code" }}
        </button>
        <Show when=move || open.get()>
            <Lazy load=code_panel />
        </Show>
    }
}

split_fn!(snippets: fn code_panel() -> AnyView { CodePanel().into_any() });

#[component]
fn CodePanel() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let language = RwSignal::new(Language::Curl);
    let code = Memo::new(move |_| {
        let typed = draft.draft();
        draft
            .resolved(&typed)
            .map(|request| snippet(language.get(), &request))
            .map_err(|problem| format!("No code yet: {problem}"))
    });
    let copied = RwSignal::new(None::<Result<(), String>>);
    let copy = move |_| {
        let Ok(text) = code.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let result = clipboard::copy(&text)
                .await
                .map_err(|e| format!("Not copied: {e}."));
            copied.set(Some(result));
        });
    };
    let choose = move |ev| {
        if let Some(choice) = Language::from_slug(&event_target_value(&ev)) {
            language.set(choice);
            copied.set(None);
        }
    };
    view! {
        <section class="code-panel" aria-label="Code">
            <label for="code-language">"Code language"</label>
            <select id="code-language" on:change=choose>
                {Language::ALL.iter().map(|l| view! {
                    <option value=l.slug() selected=move || language.get() == *l>{l.label()}</option>
                }).collect_view()}
            </select>
            <Show when=move || language.get() == Language::HttpMessage>
                <p class="hint">"What goes on the wire, variables and auth filled in. The browser adds headers of its own (User-Agent, Accept-Encoding, Origin and others)."</p>
            </Show>
            {move || match code.get() {
                Ok(text) => view! {
                    <textarea class="code-snippet" aria-label="Code snippet" readonly rows="8" spellcheck="false" prop:value=text></textarea>
                    <button type="button" on:click=copy>"Copy code"</button>
                }.into_any(),
                Err(message) => view! { <p class="hint hint--warning">{message}</p> }.into_any(),
            }}
            {move || copied.get().map(|result| match result {
                Ok(()) => view! { <p aria-live="polite" class="hint">"Copied."</p> }.into_any(),
                Err(message) => view! { <p role="alert" class="hint hint--warning">{message}</p> }.into_any(),
            })}
        </section>
    }
}
