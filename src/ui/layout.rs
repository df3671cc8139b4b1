//! The page frame: header with the main navigation, and the content area.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::state::collections::Collections;
use crate::state::history::HistoryStore;
use crate::ui::collections::{CollectionsSidebar, HistoryPanel, StorageNotices};
use crate::ui::lazy::{split_fn, Lazy};
use crate::ui::routes::{BASE, ENVIRONMENTS_HREF, REFERENCE_HREF, WORKSPACE_HREF};
use crate::ui::theme_picker::ThemePicker;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    // The sidebar reports a failed download; the notices retry with it.
    let attempt = RwSignal::new(0_u32);
    // Asked for once the editor is on screen, so starting its download and
    // reading storage are not part of the first render.
    let started = RwSignal::new(false);
    request_animation_frame(move || started.set(true));
    // Links into the library wait for it to be read; if its reader cannot be
    // downloaded they must be told, not left waiting.
    let collections = expect_context::<Collections>();
    let load_sidebar = move || async move {
        let loaded = sidebar().await;
        collections.set_unavailable(loaded.is_err());
        loaded
    };
    view! {
        <header class="app-header">
            <a class="brand" href=WORKSPACE_HREF>"StringTools "<span>"API Client"</span></a>
            <nav aria-label="Main" class="main-nav">
                <A href=WORKSPACE_HREF exact=true>"Requests"</A>
                <A href=REFERENCE_HREF>"Status codes"</A>
                <A href=ENVIRONMENTS_HREF>"Environments"</A>
            </nav>
        </header>
        <div class="app-body">
            <aside class="sidebar">
                <Show when=move || started.get()>
                    <Lazy load=load_sidebar quiet=true attempt />
                </Show>
            </aside>
            <main class="app-main">
                <Show when=move || started.get()>
                    <Lazy load=storage_notices quiet=true attempt report=false />
                </Show>
                {children()}
            </main>
        </div>
    }
}

// The saved library comes in a chunk asked for on the first frame, with the code
// that reads it from storage: the request editor does not wait for either.
split_fn!(sidebar: fn sidebar() -> AnyView {
    expect_context::<Collections>().start();
    expect_context::<HistoryStore>().start();
    // Offline use waits for the app to be on screen, like the library.
    crate::browser::offline::start(BASE);
    // The chosen theme is applied at start (App); only the control to change it
    // waits for this chunk, so the frame's first load has none of its code.
    view! { <ThemePicker /> <CollectionsSidebar /> <HistoryPanel /> }.into_any()
});
split_fn!(sidebar: fn storage_notices() -> AnyView { StorageNotices().into_any() });

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. "<A href=WORKSPACE_HREF>"Go to the request workspace"</A>"."</p>
        </section>
    }
}
