//! The response body, shown as the lens its content calls for.

use leptos::prelude::*;

use std::sync::Arc;

use super::formatting::format_in_slices;
use super::text_view::TextView;
use crate::browser::files::download_bytes;
use crate::core::body_format::BodyFormatter;
use crate::core::response::{format_size, Body, BodyView};

#[component]
pub fn BodyPanel(view: BodyView, body: Body, media_type: String) -> impl IntoView {
    let download_error = RwSignal::new(None::<String>);
    let download_body = {
        let body = body.clone();
        move |_| {
            let result = download_bytes("response-body", &media_type, &body);
            download_error.set(
                result
                    .err()
                    .map(|e| format!("The download did not start: {e}.")),
            );
        }
    };
    let content = match view {
        BodyView::Empty => view! { <p class="placeholder">"No body."</p> }.into_any(),
        BodyView::Json(text) | BodyView::Text(text) => view! { <TextView text=Arc::new(text) /> }.into_any(),
        BodyView::InvalidJson { text, error } => view! {
            <p class="note note--warning">{format!("Labelled as JSON but {error}. Shown as text.")}</p>
            <TextView text=Arc::new(text) />
        }
        .into_any(),
        BodyView::Binary { size, media_type } => {
            let kind = if media_type.is_empty() { "unlabelled binary data".to_owned() } else { media_type };
            view! { <p class="note">{format!("Binary body: {} of {kind}, not shown as text.", format_size(size))}</p> }
                .into_any()
        }
        BodyView::Large { size, json, .. } => view! { <LargeBody size json body /> }.into_any(),
    };
    view! {
        <section role="region" aria-label="Response body" class="response-body">
            <div class="body-header">
                <h2 class="section-title">"Body"</h2>
                <button type="button" on:click=download_body>"Download body"</button>
            </div>
            {move || download_error.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
            {content}
        </section>
    }
}

/// A body too big to format up front: the user picks how to look at it.
#[component]
fn LargeBody(size: usize, json: bool, body: Body) -> impl IntoView {
    let shown = RwSignal::new(None::<Arc<String>>);
    let formatting = RwSignal::new(false);
    let percent = RwSignal::new(0);
    let show_raw = {
        let body = body.clone();
        move |_| shown.set(Some(body.shared_text()))
    };
    // Laid out a slice per task like any JSON body, so the page stays responsive.
    let show_formatted = move |_| {
        formatting.set(true);
        let job = BodyFormatter::json(body.shared_text());
        format_in_slices(job, percent, move |view| {
            formatting.set(false);
            shown.set(Some(match view {
                BodyView::Json(text) | BodyView::InvalidJson { text, .. } => Arc::new(text),
                _ => Arc::default(),
            }));
        });
    };
    view! {
        <p class="note">
            {format!("This body is {}: too large to format automatically without holding up the page. ", format_size(size))}
            <button type="button" on:click=show_raw>"Show raw"</button>
            " "
            {json.then(|| view! { <button type="button" on:click=show_formatted.clone()>"Show formatted"</button> })}
        </p>
        <Show when=move || formatting.get()>
            <p class="placeholder">{move || format!("Formatting the body… {}%", percent.get())}</p>
        </Show>
        // Taken, not kept: the signal would hold on to a 50 MB text after it is replaced.
        {move || {
            shown.track();
            shown.try_update_untracked(Option::take).flatten().map(|text| view! { <TextView text /> })
        }}
    }
}
