//! An HTML body drawn in a frame with every sandbox restriction on: its
//! scripts, forms and plug-ins do not run, and it has an origin of its own, so
//! it cannot reach this app or its storage.

use leptos::prelude::*;

use crate::core::response::received::Body;

#[component]
pub(super) fn HtmlPreview(body: Body) -> impl IntoView {
    let html = match body.shared_text() {
        Some(text) => text.to_string(),
        None => {
            let stored = body.to_large();
            String::from_utf8_lossy(&stored.read(0..stored.len())).into_owned()
        }
    };
    view! {
        <p class="note">
            "Drawn in a sandbox: scripts, forms and plug-ins do not run, and links do not open. \
             This app's Content-Security-Policy applies inside it too, so the page's own styles, \
             images and fonts may be missing."
        </p>
        <iframe class="html-preview" title="HTML preview" sandbox="" srcdoc=html></iframe>
    }
}
