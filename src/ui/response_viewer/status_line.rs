//! The status code and its reason phrase, colored by class.

use leptos::prelude::*;

use crate::core::status::StatusCode;
use crate::ui::routes::AppPath;

#[component]
pub fn StatusLine(status: Option<StatusCode>, raw_status: u16) -> impl IntoView {
    let Some(status) = status else {
        return view! {
            <p role="status" class="status-line status--unknown">{raw_status} " (not a valid HTTP status code)"</p>
        }
        .into_any();
    };
    let class = status.class();
    let phrase = reason_phrase(status);
    view! {
        <p role="status" class=format!("status-line status--{}", class.slug())>
            <a class="status-link" href=AppPath::status(status.as_u16()).href() title="What this status means">
                <span class="status-code">{status.as_u16()}</span>
                " "
                <span class="status-reason">{phrase}</span>
            </a>
            // Screen readers would run the reason and the class together without it.
            <span class="visually-hidden">", "</span>
            <span class="status-class">{format!("{} {}", class.range(), class.label())}</span>
        </p>
    }
    .into_any()
}

/// Our own table, not the server's text: HTTP/2 and HTTP/3 send no reason phrase.
fn reason_phrase(status: StatusCode) -> String {
    match status.entry() {
        Some(entry) if entry.unused => {
            format!("{} (unused code)", entry.alias.unwrap_or(entry.name))
        }
        Some(entry) => entry.name.to_owned(),
        None => format!(
            "Unregistered code, treated as {}",
            status.effective_entry().code
        ),
    }
}
