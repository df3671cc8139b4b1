//! The response body, shown as the lens its content calls for.

use leptos::prelude::*;

use std::sync::Arc;

use super::formatting::lay_out_in_slices;
use super::lenses::{lens_view, LensSwitch};
use super::text_view::{LargeTextView, TextView, MAX_ROW_BYTES};
use crate::browser::files::download_large;
use crate::browser::js_bytes::JsChunks;
use crate::core::media_type::essence;
use crate::core::response::charset::decode_text;
use crate::core::response::large::layout::{LargeLayout, LargeRows, LayoutError};
use crate::core::response::lens::{lenses, Lens};
use crate::core::response::received::{format_size, Body, BodyView};

#[component]
pub fn BodyPanel(view: BodyView, body: Body, media_type: String) -> impl IntoView {
    let download_error = RwSignal::new(None::<String>);
    let media = essence(&media_type).unwrap_or_default();
    let offered = lenses(&media, body.len());
    let switch_type = media.clone();
    let chosen = RwSignal::new(Lens::Pretty);
    let other_lens = {
        let body = body.clone();
        move || {
            let lens = chosen.get();
            (lens != Lens::Pretty).then(|| lens_view(lens, body.clone(), media.clone()))
        }
    };
    let download_body = {
        let body = body.clone();
        move |_| {
            let result = download_large("response-body", &media_type, &body.to_large());
            download_error.set(
                result
                    .err()
                    .map(|e| format!("The download did not start: {e}.")),
            );
        }
    };
    let content = match view {
        BodyView::Empty => view! { <p class="placeholder">"No body."</p> }.into_any(),
        BodyView::Json(text) | BodyView::Text(text) => {
            view! { <TextView text=Arc::new(text) /> }.into_any()
        }
        BodyView::InvalidJson { text, error } => view! {
            <p class="note note--warning">{not_json_note(&error)}</p>
            <TextView text=Arc::new(text) />
        }
        .into_any(),
        BodyView::NotUtf8 { charset } => {
            let bytes = body.in_memory().unwrap_or_default();
            let (text, decoding) = decode_text(charset.as_deref(), bytes);
            let class = if decoding.is_warning() {
                "note note--warning"
            } else {
                "note"
            };
            view! {
                <p class=class>{decoding.to_string()}</p>
                <TextView text=Arc::new(text) />
            }
            .into_any()
        }
        BodyView::Rows(rows) => view! { <LargeTextView rows /> }.into_any(),
        BodyView::InvalidJsonRows { rows, error } => view! {
            <p class="note note--warning">{not_json_note(&error)}</p>
            <LargeTextView rows />
        }
        .into_any(),
        BodyView::Binary { size, media_type } => {
            let kind = if media_type.is_empty() {
                "unlabelled binary data".to_owned()
            } else {
                media_type
            };
            view! { <p class="note">{format!("Binary body: {} of {kind}, not shown as text.", format_size(size))}</p> }
                .into_any()
        }
        BodyView::Large { size, json, .. } => view! { <LargeBody size json body /> }.into_any(),
    };
    view! {
        <section role="region" aria-label="Response body" class="response-body">
            <div class="body-header">
                <h2 class="section-title">"Body"</h2>
                <LensSwitch lenses=offered media_type=switch_type chosen />
                <button type="button" on:click=download_body>"Download body"</button>
            </div>
            {move || download_error.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
            // Kept, hidden, while another lens is shown: a long body keeps its
            // place, and is not laid out again on coming back.
            <div class="lens-text" hidden=move || chosen.get() != Lens::Pretty>{content}</div>
            {other_lens}
        </section>
    }
}

/// Why a body labelled JSON is shown as plain text.
fn not_json_note(reason: &dyn std::fmt::Display) -> String {
    format!("Labelled as JSON but {reason}. Shown as text.")
}

/// A body too big to format up front (kept in the browser's memory): the user
/// picks how to look at it, and it is read a slice at a time either way.
#[component]
fn LargeBody(size: usize, json: bool, body: Body) -> impl IntoView {
    let shown = RwSignal::new(None::<LargeRows>);
    let working = RwSignal::new(None::<&'static str>);
    let percent = RwSignal::new(0);
    let not_json = RwSignal::new(None::<String>);
    let source = body.to_large();
    // One layout at a time: a second click would start a second pass over the body.
    let busy = move || working.get().is_some();
    let show_raw = {
        let source = source.clone();
        move |_| {
            show_rows(
                LargeLayout::raw(source.clone(), MAX_ROW_BYTES),
                working,
                percent,
                shown,
            )
        }
    };
    let show_formatted = move |_| {
        // Checked as UTF-8 too, as a body under the size limit is.
        let job = LargeLayout::formatted(source.clone(), JsChunks::default(), MAX_ROW_BYTES)
            .checking_text(false);
        not_json.set(None);
        working.set(Some("Formatting the body…"));
        shown.set(None);
        let source = source.clone();
        lay_out_in_slices(job, percent, move |result| match result {
            Ok(rows) => {
                working.set(None);
                shown.set(Some(rows));
            }
            Err(error) => {
                not_json.set(Some(match error {
                    LayoutError::NotJson(error) => not_json_note(&error),
                    LayoutError::NotText => not_json_note(&"not UTF-8 text"),
                }));
                show_rows(
                    LargeLayout::raw(source, MAX_ROW_BYTES),
                    working,
                    percent,
                    shown,
                );
            }
        });
    };
    view! {
        <p class="note">
            {format!("This body is {}: too large to format automatically without holding up the page. ", format_size(size))}
            <button type="button" on:click=show_raw disabled=busy>"Show raw"</button>
            " "
            {json.then(|| view! { <button type="button" on:click=show_formatted.clone() disabled=busy>"Show formatted"</button> })}
        </p>
        {move || not_json.get().map(|m| view! { <p class="note note--warning">{m}</p> })}
        {move || working.get().map(|what| view! { <p class="placeholder">{move || format!("{what} {}%", percent.get())}</p> })}
        {move || shown.get().map(|rows| view! { <LargeTextView rows /> })}
    }
}

/// Indexes the body's rows a slice per task, then shows them.
fn show_rows(
    job: LargeLayout<JsChunks>,
    working: RwSignal<Option<&'static str>>,
    percent: RwSignal<usize>,
    shown: RwSignal<Option<LargeRows>>,
) {
    working.set(Some("Reading the body…"));
    shown.set(None);
    lay_out_in_slices(job, percent, move |result| {
        working.set(None);
        shown.set(result.ok());
    });
}
