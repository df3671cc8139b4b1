//! Why there is no response, and what to do about it.

use leptos::prelude::*;

use crate::core::companion::CompanionFailure;
use crate::core::exchange::SendFailure;
use crate::core::request::draft::DraftProblem;
use crate::core::request::url::UrlError;
use crate::state::draft::DraftStore;

use super::companion_offer::CompanionOffer;

/// A draft that cannot be sent. Shown at once, with no chunk to wait for.
#[component]
pub fn InvalidAlert(problems: Vec<DraftProblem>) -> impl IntoView {
    let suggestion = problems.iter().find_map(|p| match p {
        DraftProblem::Url(UrlError::MissingScheme { suggestion }) => Some(suggestion.clone()),
        _ => None,
    });
    view! {
        <div role="alert" class="alert">
            <p class="alert-title">{SendFailure::Invalid(Vec::new()).title()}</p>
            <ul class="alert-messages">
                {problems.iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
            </ul>
            {suggestion.map(|url| view! { <UseSuggestedUrl url /> })}
        </div>
    }
}

#[component]
fn UseSuggestedUrl(url: String) -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let label = format!("Use {url}");
    view! {
        <button type="button" class="link-button" on:click=move |_| draft.set_url(url.clone())>{label}</button>
    }
}

/// A request that went out and got no response. Part of the response
/// view's chunk, which is fetched while a request is on its way.
#[component]
pub fn FailureAlert(failure: SendFailure) -> impl IntoView {
    // Where the browser's rules stood in the way, the companion may get the
    // response; where the companion's address or token was wrong, they are
    // shown to fix.
    let offer = match &failure {
        SendFailure::Network { .. } => Some(false),
        SendFailure::Companion(CompanionFailure::NotAnswering { .. } | CompanionFailure::Token) => {
            Some(true)
        }
        SendFailure::Companion(CompanionFailure::Refused(_)) => Some(false),
        _ => None,
    };
    view! {
        <div role="alert" class="alert">
            <p class="alert-title">{failure.title()}</p>
            <p>{failure.to_string()}</p>
        </div>
        {offer.map(|open| view! { <CompanionOffer open /> })}
    }
}
