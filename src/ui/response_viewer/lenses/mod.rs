//! The other ways to look at a body (tree, filter, preview), each in a wasm
//! chunk of its own fetched the first time it is chosen, and the switcher
//! that chooses among them.

mod filter;
mod html_preview;
mod media;
mod tree;

use leptos::prelude::*;

use crate::core::response::lens::{preview_kind, Lens};
use crate::core::response::received::Body;
use crate::ui::lazy::Lazy;

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
    let body = StoredValue::new(body);
    let media_type = StoredValue::new(media_type);
    match lens {
        Lens::Pretty => ().into_any(),
        Lens::Filter => {
            view! { <Lazy load=move || filter::json_filter_view(body.get_value()) /> }.into_any()
        }
        Lens::Tree => {
            view! { <Lazy load=move || tree::json_tree_view(body.get_value()) /> }.into_any()
        }
        Lens::Preview => match media_type.with_value(|m| preview_kind(m)) {
            Some(kind) => view! {
                <Lazy load=move || media::preview_view(body.get_value(), media_type.get_value(), kind) />
            }
            .into_any(),
            None => ().into_any(),
        },
    }
}
