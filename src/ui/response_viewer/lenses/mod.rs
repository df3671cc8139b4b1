//! The other ways to look at a body (tree, filter, preview) and the switcher
//! that chooses among them. The views come in one wasm chunk, fetched the
//! first time any of them is chosen (each is small; the filter's JSONPath
//! engine is not in it but in the filter's worker). One split point rather
//! than three: each costs the first load loader, glue and shared-chunk entries.

mod filter;
mod html_preview;
mod media;
mod tree;

use leptos::prelude::*;

use crate::core::response::lens::{preview_kind, Lens, PreviewKind};
use crate::core::response::received::Body;
use crate::ui::lazy::{split_fn, Lazy};
use filter::FilterView;
use html_preview::HtmlPreview;
use media::MediaView;
use tree::TreeView;

/// The radio group naming each lens that fits this body; shown only when
/// there is a choice.
#[component]
pub fn LensSwitch(lenses: Vec<Lens>, media_type: String, chosen: RwSignal<Lens>) -> impl IntoView {
    (lenses.len() > 1).then(|| {
        let options = lenses
            .into_iter()
            .map(|lens| {
                let label = lens.label(&media_type);
                view! {
                    <label class="lens-option">
                        <input
                            type="radio"
                            name="body-view"
                            prop:checked=move || chosen.get() == lens
                            on:change=move |_| chosen.set(lens)
                        />
                        {label}
                    </label>
                }
            })
            .collect_view();
        view! { <div role="radiogroup" aria-label="Body view" class="lens-switch">{options}</div> }
    })
}

/// The chosen lens (other than the text view, which the body panel keeps).
pub fn lens_view(lens: Lens, body: Body, media_type: String) -> AnyView {
    if lens == Lens::Pretty {
        return ().into_any();
    }
    let body = StoredValue::new(body);
    let media_type = StoredValue::new(media_type);
    view! { <Lazy load=move || views(lens, body.get_value(), media_type.get_value()) /> }.into_any()
}

split_fn!(views: fn views(lens: Lens, body: Body, media_type: String) -> AnyView {
    match lens {
        Lens::Pretty => ().into_any(),
        Lens::Filter => view! { <FilterView body /> }.into_any(),
        Lens::Tree => view! { <TreeView body /> }.into_any(),
        Lens::Preview => match preview_kind(&media_type) {
            Some(PreviewKind::Html) => view! { <HtmlPreview body /> }.into_any(),
            Some(kind) => {
                let pdf = kind == PreviewKind::Pdf;
                view! { <MediaView body media_type pdf /> }.into_any()
            }
            None => ().into_any(),
        },
    }
});
