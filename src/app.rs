//! Router, layout and context providers.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::state::collections::Collections;
use crate::state::history::HistoryStore;
use crate::state::workspace::Workspace;
use crate::ui::collections::{CollectionPage, SavedRequestPage};
use crate::ui::layout::{NotFound, Shell};
use crate::ui::reference::{ReferencePage, StatusDetailPage};
use crate::ui::workspace::WorkspacePage;

/// Public URL prefix the app is served under (Trunk's `public_url`).
pub const BASE: &str = "/api-client";

#[component]
pub fn App() -> impl IntoView {
    Workspace::provide();
    Collections::provide();
    HistoryStore::provide();
    view! {
        <Router base=BASE>
            <Shell>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=WorkspacePage />
                    <Route path=path!("/reference") view=ReferencePage />
                    <Route path=path!("/reference/:code") view=StatusDetailPage />
                    <Route path=path!("/collections/:cid") view=CollectionPage />
                    <Route path=path!("/collections/:cid/requests/:rid") view=SavedRequestPage />
                </Routes>
            </Shell>
        </Router>
    }
}
