//! The request body, with advice on Content-Type and on methods that take no body.

use leptos::prelude::*;

use crate::core::request::body::BodyKind;
use crate::core::request::headers::HeaderRow;
use crate::core::request::method::Method;
use crate::state::draft::DraftStore;

#[component]
pub fn BodyEditor() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let lacks_type = Memo::new(move |_| draft.draft().body_lacks_content_type());
    let is_json = Memo::new(move |_| lacks_type.get() && draft.draft().body_is_json());
    let body_refused = Memo::new(move |_| {
        !draft.body().is_empty() && Method::parse(&draft.method()).is_ok_and(|m| !m.allows_body())
    });
    let add_json_type =
        move |_| draft.add_header(HeaderRow::new("Content-Type", "application/json"));
    view! {
        <div class="body-editor">
            <label for="request-body">"Request body"</label>
            <textarea
                id="request-body"
                rows="6"
                spellcheck="false"
                prop:value=move || draft.body_text()
                // Forms and files get their own editors; the textbox holds text modes.
                prop:readOnly=move || !(draft.body().kind().is_text() || draft.body().kind() == BodyKind::None)
                on:input=move |ev| draft.set_body_text(event_target_value(&ev))
            ></textarea>
            <Show when=move || body_refused.get()>
                <p class="hint hint--warning">
                    {move || format!("{} requests cannot carry a body in a browser.", draft.method().trim().to_ascii_uppercase())}
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
