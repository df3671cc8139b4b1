//! The response body, shown as the lens its content calls for.

use leptos::prelude::*;

use crate::core::response::{format_size, BodyView};

#[component]
pub fn BodyPanel(view: BodyView) -> impl IntoView {
    let content = match view {
        BodyView::Empty => view! { <p class="placeholder">"No body."</p> }.into_any(),
        BodyView::Json(text) => view! { <pre class="body-text body-json"><code>{text}</code></pre> }.into_any(),
        BodyView::InvalidJson { text, error } => view! {
            <p class="note note--warning">{format!("Labelled as JSON but {error}. Shown as text.")}</p>
            <pre class="body-text"><code>{text}</code></pre>
        }
        .into_any(),
        BodyView::Text(text) => view! { <pre class="body-text"><code>{text}</code></pre> }.into_any(),
        BodyView::Binary { size, media_type } => {
            let kind = if media_type.is_empty() { "unlabelled binary data".to_owned() } else { media_type };
            view! { <p class="note">{format!("Binary body: {} of {kind}, not shown as text.", format_size(size))}</p> }
                .into_any()
        }
    };
    view! {
        <section role="region" aria-label="Response body" class="response-body">
            <h2 class="section-title">"Body"</h2>
            {content}
        </section>
    }
}
