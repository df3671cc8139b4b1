//! The status-code reference: the filterable table with its intro and FAQ, one
//! page per code, side-by-side comparisons and the Problem Details explainer.

mod claim;
mod compare_page;
mod detail_page;
mod examples;
mod problem_page;
mod table_page;

pub use table_page::ReferencePage;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::ui::routes::reference_subpath;
use compare_page::ComparePage;
use detail_page::StatusDetailPage;
use problem_page::ProblemDetailsPage;

/// Which page below `/reference/` an address names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Subpage {
    /// `compare/{codes}`, the codes as written.
    Comparison(String),
    /// `problem-details`.
    ProblemDetails,
    /// Anything else is read as a status code, so the page can say why it is not one.
    Status(String),
}

impl Subpage {
    fn of(path: &str) -> Subpage {
        let path = path.trim_end_matches('/');
        match path.strip_prefix("compare/") {
            Some(codes) => Subpage::Comparison(codes.to_owned()),
            None if path == "compare" => Subpage::Comparison(String::new()),
            None if path == "problem-details" => Subpage::ProblemDetails,
            None => Subpage::Status(path.to_owned()),
        }
    }
}

/// `/reference/{page}` and `/reference/compare/{codes}`: a status code, a
/// comparison or the Problem Details explainer, read from the address, since
/// comparisons reach this page through the router's fallback (see `app.rs`).
#[component]
pub fn ReferenceSubpage() -> impl IntoView {
    let location = use_location();
    let page = Memo::new(move |_| {
        location
            .pathname
            .with(|path| Subpage::of(reference_subpath(path).unwrap_or_default()))
    });
    move || match page.get() {
        Subpage::Comparison(codes) => view! { <ComparePage codes /> }.into_any(),
        Subpage::ProblemDetails => view! { <ProblemDetailsPage /> }.into_any(),
        Subpage::Status(text) => view! { <StatusDetailPage text /> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::Subpage;

    #[test]
    fn addresses_below_the_reference_name_their_page() {
        assert_eq!(
            Subpage::of("compare/401-403"),
            Subpage::Comparison("401-403".into())
        );
        assert_eq!(Subpage::of("problem-details"), Subpage::ProblemDetails);
        assert_eq!(Subpage::of("problem-details/"), Subpage::ProblemDetails);
        assert_eq!(Subpage::of("404"), Subpage::Status("404".into()));
        assert_eq!(Subpage::of("abc"), Subpage::Status("abc".into()));
        assert_eq!(Subpage::of("compare/"), Subpage::Comparison(String::new()));
        assert_eq!(Subpage::of("compare"), Subpage::Comparison(String::new()));
    }
}
