//! The request body, with advice on Content-Type and on methods that take no body.

use leptos::prelude::*;

use crate::core::request::headers::HeaderRow;
use crate::core::request::method::Method;
use crate::state::workspace::Workspace;

#[component]
pub fn BodyEditor() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let lacks_type = Memo::new(move |_| workspace.draft().body_lacks_content_type());
    let is_json = Memo::new(move |_| lacks_type.get() && workspace.draft().body_is_json());
    let body_refused = Memo::new(move |_| {
        !workspace.body.get().is_empty()
            && Method::parse(&workspace.method.get()).is_ok_and(|m| !m.allows_body())
    });
    let add_json_type =
        move |_| workspace.add_header(HeaderRow::new("Content-Type", "application/json"));
    view! {
        <div class="body-editor">
            <label for="request-body">"Request body"</label>
            <textarea
                id="request-body"
                rows="6"
                spellcheck="false"
                prop:value=move || workspace.body.get()
                on:input=move |ev| workspace.body.set(event_target_value(&ev))
            ></textarea>
            <Show when=move || body_refused.get()>
                <p class="hint hint--warning">
                    {move || format!("{} requests cannot carry a body in a browser.", workspace.method.get().trim().to_ascii_uppercase())}
                </p>
            </Show>
            <Show when=move || lacks_type.get()>
                <p class="hint">
                    "No Content-Type header: the browser will label this body text/plain;charset=UTF-8. "
                    <Show when=move || is_json.get()>
                        <button type="button" class="link-button" on:click=add_json_type>
                            "Add Content-Type: application/json"
                        </button>
                    </Show>
                </p>
            </Show>
        </div>
    }
}
