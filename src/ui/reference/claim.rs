//! A statement of the reference with its strength: an RFC requirement shows its
//! keyword and section, a definition its section, common practice says so.

use leptos::prelude::*;

use crate::core::status::{Claim, Spec, Strength};

/// The statement, then its strength mark.
#[component]
pub fn ClaimText(claim: Claim) -> impl IntoView {
    view! { {claim.text} " " <StrengthMark strength=claim.strength /> }
}

/// How firmly a statement binds, in a small label after it.
#[component]
pub fn StrengthMark(strength: Strength) -> impl IntoView {
    match strength {
        Strength::Rfc(keyword, spec) => view! {
            <span class="strength strength--rfc">
                <abbr title="A requirement of the RFC">{keyword.label()}</abbr> " " <SpecLink spec />
            </span>
        }
        .into_any(),
        Strength::Defined(spec) => view! {
            <span class="strength strength--defined">"Defined in " <SpecLink spec /></span>
        }
        .into_any(),
        Strength::Practice => view! { <span class="strength strength--practice">"Common practice"</span> }.into_any(),
    }
}

/// A link to an RFC section, opening in a new tab.
#[component]
pub fn SpecLink(spec: Spec) -> impl IntoView {
    view! { <a href=spec.url() target="_blank" rel="noopener">{spec.label()}</a> }
}
