//! Router, layout and context providers.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
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
use crate::ui::routes::BASE;
use crate::ui::workspace::WorkspacePage;

#[component]
pub fn App() -> impl IntoView {
    let collections = Collections::provide();
    let history = HistoryStore::provide(collections);
    let draft = DraftStore::provide(collections, history);
    ExchangeStore::provide(draft, history);
    view! {
        <Router base=BASE>
            <Shell>
                <Routes fallback=|| view! { <Lazy load=not_found_page /> }>
                    <Route path=path!("/") view=WorkspacePage />
                    <Route path=path!("/reference") view=|| view! { <Lazy load=reference_page /> } />
                    <Route path=path!("/reference/*page") view=|| view! { <Lazy load=reference_subpage /> } />
                    <Route path=path!("/collections/:cid") view=|| view! { <Lazy load=collection_page /> } />
                    <Route path=path!("/environments") view=|| view! { <Lazy load=environments_page /> } />
                    <Route path=path!("/collections/:cid/requests/:rid") view=SavedRequestPage />
                </Routes>
            </Shell>
        </Router>
    }
}

// The pages a first visit to the workspace does not show come in chunks of their own.
split_fn!(reference: fn reference_page() -> AnyView { ReferencePage().into_any() });
// One route for every page below the table (a code, a comparison, Problem Details):
// each route costs the first load, and the chunk tells them apart itself.
split_fn!(reference: fn reference_subpage() -> AnyView { ReferenceSubpage().into_any() });
split_fn!(collection: fn collection_page() -> AnyView { CollectionPage().into_any() });
split_fn!(environments: fn environments_page() -> AnyView { EnvironmentsPage().into_any() });
// Shown only for a mistyped address.
split_fn!(not_found: fn not_found_page() -> AnyView { NotFound().into_any() });
