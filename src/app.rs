//! Router, layout and context providers.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::state::collections::Collections;
use crate::state::draft::DraftStore;
use crate::state::exchange::ExchangeStore;
use crate::state::history::HistoryStore;
use crate::ui::collections::{CollectionPage, SavedRequestPage};
use crate::ui::environments::EnvironmentsPage;
use crate::ui::layout::{NotFound, Shell};
use crate::ui::lazy::{split_fn, Lazy};
use crate::ui::reference::{ReferencePage, ReferenceSubpage};
use crate::ui::routes::{BASE, COMPARISONS_PREFIX};
use crate::ui::workspace::WorkspacePage;

#[component]
pub fn App() -> impl IntoView {
    // Before the first paint of the app, so a chosen theme does not flash the other.
    crate::browser::theme::apply(crate::browser::theme::stored());
    let collections = Collections::provide();
    let history = HistoryStore::provide(collections);
    let draft = DraftStore::provide(collections, history);
    ExchangeStore::provide(draft, history);
    view! {
        <Router base=BASE>
            <Shell>
                <Routes fallback=unmatched>
                    <Route path=path!("/") view=WorkspacePage />
                    <Route path=path!("/reference") view=|| view! { <Lazy load=reference_page /> } />
                    <Route path=path!("/reference/:page") view=|| view! { <Lazy load=reference_subpage /> } />
                    <Route path=path!("/collections/:cid") view=|| view! { <Lazy load=collection_page /> } />
                    <Route path=path!("/environments") view=|| view! { <Lazy load=environments_page /> } />
                    <Route path=path!("/collections/:cid/requests/:rid") view=SavedRequestPage />
                </Routes>
            </Shell>
        </Router>
    }
}

/// What the routes do not match: a comparison (`/reference/compare/{codes}`), or
/// an address that names no page.
///
/// Comparisons are two segments below the reference. A route of their own, or a
/// wildcard one, would add its own kind of path matching to the first load (about
/// 0.75 kB gzipped, measured); this check costs next to nothing, and the chunk
/// reads the address itself.
fn unmatched() -> AnyView {
    let path = use_location().pathname.get_untracked();
    if path.starts_with(COMPARISONS_PREFIX) {
        view! { <Lazy load=reference_subpage /> }.into_any()
    } else {
        view! { <Lazy load=not_found_page /> }.into_any()
    }
}

// The pages a first visit to the workspace does not show come in chunks of their own.
split_fn!(reference: fn reference_page() -> AnyView { ReferencePage().into_any() });
// Every page below the table (a code, a comparison, Problem Details) is one page
// to the router; the chunk tells them apart by the address.
split_fn!(reference: fn reference_subpage() -> AnyView { ReferenceSubpage().into_any() });
split_fn!(collection: fn collection_page() -> AnyView { CollectionPage().into_any() });
split_fn!(environments: fn environments_page() -> AnyView { EnvironmentsPage().into_any() });
// Shown only for a mistyped address.
split_fn!(not_found: fn not_found_page() -> AnyView { NotFound().into_any() });
