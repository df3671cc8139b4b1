//! Images and PDFs drawn from the body's bytes through a `blob:` URL, which is
//! let go when the view goes (another response, or another lens). An SVG is
//! shown as an `<img>`, where its scripts never run.

use leptos::prelude::*;

use crate::browser::files::{object_url, revoke_object_url};
use crate::core::response::received::{format_size, Body};

#[component]
pub(super) fn MediaView(body: Body, media_type: String, pdf: bool) -> impl IntoView {
    let url = match object_url(&body.to_large(), &media_type) {
        Ok(url) => url,
        Err(error) => {
            return view! { <p role="alert" class="hint hint--warning">{format!("The preview could not be made: {error}.")}</p> }
                .into_any();
        }
    };
    let kept = url.clone();
    on_cleanup(move || revoke_object_url(&kept));
    let size = format_size(body.len());
    if pdf {
        view! {
            <iframe class="pdf-preview" title="PDF preview" src=url.clone()></iframe>
            <p class="note">
                "If the PDF is not drawn above (some browsers have no PDF viewer), "
                <a href=url download="response.pdf">"download the PDF"</a>"."
            </p>
        }
        .into_any()
    } else {
        let alt = format!("Response body: {media_type}, {size}");
        view! { <ImagePreview url alt media_type /> }.into_any()
    }
}

#[component]
fn ImagePreview(url: String, alt: String, media_type: String) -> impl IntoView {
    let broken = RwSignal::new(false);
    view! {
        <img class="image-preview" src=url alt=alt on:error=move |_| broken.set(true) />
        {move || broken.get().then(|| view! {
            <p role="alert" class="hint hint--warning">{format!("The browser could not draw this body as {media_type}: the bytes are not an image of that type.")}</p>
        })}
    }
}
