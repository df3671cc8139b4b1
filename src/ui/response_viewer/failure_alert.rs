//! Why there is no response, and what to do about it.

use leptos::prelude::*;

use crate::core::exchange::SendFailure;
use crate::core::request::draft::DraftProblem;
use crate::core::request::url::UrlError;
use crate::state::draft::DraftStore;

#[component]
pub fn FailureAlert(failure: SendFailure) -> impl IntoView {
    let suggestion = suggested_url(&failure);
    view! {
        <div role="alert" class="alert">
            <p class="alert-title">{failure.title()}</p>
            <ul class="alert-messages">
                {failure.messages().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
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

fn suggested_url(failure: &SendFailure) -> Option<String> {
    let SendFailure::Invalid(problems) = failure else {
        return None;
    };
    problems.iter().find_map(|p| match p {
        DraftProblem::Url(UrlError::MissingScheme { suggestion }) => Some(suggestion.clone()),
        _ => None,
    })
}
