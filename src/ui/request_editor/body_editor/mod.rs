//! The request body: a mode picker and the editor of each mode, with advice on
//! Content-Type and on methods that take no body.

mod fields;
mod files;
mod parts;

use leptos::prelude::*;

use crate::core::request::body::{BodyKind, FieldRow, PartRow, RequestBody};
use crate::core::request::method::Method;
use crate::core::response::json_pretty::pretty;
use crate::state::draft::DraftStore;
use fields::FieldRows;
use files::BinaryFile;
use parts::PartRows;

#[component]
pub fn BodyEditor() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let kind = Memo::new(move |_| draft.body().kind());
    let choose = move |ev| {
        let chosen = event_target_value(&ev);
        if let Some(kind) = BodyKind::ALL.into_iter().find(|k| k.label() == chosen) {
            draft.set_body(with_a_row(draft.body().switched_to(kind)));
        }
    };
    view! {
        <fieldset class="body-editor">
            <legend>"Body"</legend>
            <label class="mode-picker">
                "Body type"
                <select on:change=choose>
                    {BodyKind::ALL.into_iter().map(|k| view! {
                        <option value=k.label() selected=move || kind.get() == k>{k.label()}</option>
                    }).collect_view()}
                </select>
            </label>
            {move || match kind.get() {
                BodyKind::UrlEncoded => view! { <FieldRows /> }.into_any(),
                BodyKind::Multipart => view! { <PartRows /> }.into_any(),
                BodyKind::Binary => view! { <BinaryFile /> }.into_any(),
                _ => view! { <BodyText /> }.into_any(),
            }}
            <BodyAdvice />
        </fieldset>
    }
}

/// A form starts with one empty row to type into.
fn with_a_row(body: RequestBody) -> RequestBody {
    match body {
        RequestBody::UrlEncoded(rows) if rows.is_empty() => {
            RequestBody::UrlEncoded(vec![FieldRow::new("", "")])
        }
        RequestBody::Multipart(parts) if parts.is_empty() => {
            RequestBody::Multipart(vec![PartRow::text("", "")])
        }
        body => body,
    }
}

/// The textbox of the text modes; typing into no body makes a text body.
#[component]
fn BodyText() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let problem = Memo::new(move |_| draft.body().json_problem().map(|p| p.to_string()));
    let format = move |_| {
        if let RequestBody::Json(text) = draft.body() {
            if let Ok(formatted) = pretty(&text) {
                draft.set_body(RequestBody::Json(formatted));
            }
        }
    };
    view! {
        <label for="request-body">"Request body"</label>
        <textarea
            id="request-body"
            rows="6"
            spellcheck="false"
            aria-invalid=move || problem.with(Option::is_some).then_some("true")
            aria-describedby="body-problem"
            prop:value=move || draft.body_text()
            on:input=move |ev| draft.set_body_text(event_target_value(&ev))
        ></textarea>
        <p id="body-problem" class="hint hint--warning" hidden=move || problem.with(Option::is_none)>
            {move || problem.get()}
        </p>
        <Show when=move || draft.body().kind() == BodyKind::Json && problem.with(Option::is_none)>
            <button type="button" class="link-button" on:click=format>"Format JSON"</button>
        </Show>
    }
}

/// What the browser does with the body: refused for GET/HEAD, and the
/// Content-Type it goes out with.
#[component]
fn BodyAdvice() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let body_refused = Memo::new(move |_| {
        !draft.body().is_empty() && Method::parse(&draft.method()).is_ok_and(|m| !m.allows_body())
    });
    let lacks_type = Memo::new(move |_| draft.draft().body_lacks_content_type());
    let is_json = Memo::new(move |_| lacks_type.get() && draft.draft().body_is_json());
    let type_note = Memo::new(move |_| content_type_note(&draft.draft()));
    let to_json = move |_| draft.set_body(draft.body().switched_to(BodyKind::Json));
    view! {
        <Show when=move || body_refused.get()>
            <p class="hint hint--warning">
                {move || format!(
                    "{} requests cannot carry a body in a browser. fetch() refuses them: choose POST, PUT or PATCH, or set the body type to No body.",
                    draft.method().trim().to_ascii_uppercase()
                )}
            </p>
        </Show>
        {move || type_note.get().map(|note| view! { <p class="hint">{note}</p> })}
        <Show when=move || is_json.get()>
            <button type="button" class="link-button" on:click=to_json>"This is JSON: set the body type to JSON"</button>
        </Show>
    }
}

fn content_type_note(request: &crate::core::request::draft::RequestDraft) -> Option<String> {
    if request.body.is_empty() {
        return None;
    }
    if request.multipart_ignores_content_type() {
        return Some(
            "Your Content-Type header is not sent: for a multipart body the browser writes \
             multipart/form-data with the boundary that separates the parts."
                .to_owned(),
        );
    }
    if request.body_lacks_content_type() {
        return Some(
            "No Content-Type header: this text goes out as text/plain;charset=UTF-8.".to_owned(),
        );
    }
    let own = request
        .headers
        .iter()
        .any(|h| h.enabled && h.name.trim().eq_ignore_ascii_case("content-type"));
    match request.body.default_content_type() {
        Some(sent) if !own => Some(format!(
            "Sent with Content-Type: {sent} (from the body type)."
        )),
        None if !own => {
            Some("Sent as multipart/form-data; the browser adds the boundary.".to_owned())
        }
        _ => None,
    }
}
