//! Picking files to send: a binary body, or a file part of a form. The bytes
//! stay in the browser (`browser::files`); the draft names the file.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::files::{lookup, remember};
use crate::core::request::body::{FileRef, RequestBody};
use crate::state::draft::DraftStore;

/// The file chosen in the `<input type=file>` that fired `ev`, kept for sending.
pub fn chosen_file(ev: &leptos::ev::Event) -> Option<FileRef> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    Some(remember(file))
}

/// Names the file that will be sent, or says it must be picked (again).
#[component]
pub fn FileNote(file: Signal<Option<FileRef>>) -> impl IntoView {
    move || {
        let text = match file.get() {
            None => "No file chosen yet.".to_owned(),
            Some(file) if lookup(file.id).is_none() => format!(
                "Pick “{}” again: files are not kept after the page is reloaded.",
                file.name
            ),
            Some(file) => format!("Sends “{}” ({} bytes).", file.name, file.size),
        };
        view! { <span class="hint file-note">{text}</span> }
    }
}

#[component]
pub fn BinaryFile() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let file = Signal::derive(move || match draft.body() {
        RequestBody::Binary(file) => file,
        _ => None,
    });
    view! {
        <label>
            "Body file"
            <input
                type="file"
                on:change=move |ev| {
                    if let Some(picked) = chosen_file(&ev) {
                        draft.set_body(RequestBody::Binary(Some(picked)));
                    }
                }
            />
        </label>
        <FileNote file />
    }
}
