//! `Share link`: the current request carried in a URL, secrets left out unless asked.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard;
use crate::browser::location::page_origin;
use crate::core::collections::encode_share;
use crate::state::draft::DraftStore;
use crate::ui::lazy::{split_fn, Lazy};
use crate::ui::routes::share_href;

#[component]
pub fn ShareButton() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button type="button" on:click=move |_| open.update(|o| *o = !*o)>"Share link"</button>
        <Show when=move || open.get()>
            <Lazy load=share_panel />
        </Show>
    }
}

split_fn!(share: fn share_panel() -> AnyView { SharePanel().into_any() });

#[component]
fn SharePanel() -> impl IntoView {
    let draft_store = expect_context::<DraftStore>();
    let include_secrets = RwSignal::new(false);
    let copied = RwSignal::new(None::<String>);
    let shared = Memo::new(move |_| {
        let draft = draft_store.draft();
        let name = draft_store.opened_name();
        encode_share(&draft, &name, include_secrets.get())
    });
    let link = move || {
        shared.with(|s| match s {
            Ok(s) => share_href(&page_origin(), &s.payload),
            Err(e) => e.to_string(),
        })
    };
    let copy = move |_| {
        let text = link();
        spawn_local(async move {
            copied.set(Some(match clipboard::copy(&text).await {
                Ok(()) => "Link copied.".to_owned(),
                Err(e) => format!("Not copied: {e}."),
            }));
        });
    };
    view! {
        <div class="share-panel">
            <label>"Link to this request" <input readonly prop:value=link /></label>
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || include_secrets.get() on:change=move |ev| include_secrets.set(event_target_checked(&ev)) />
                "Include secrets"
            </label>
            {move || {
                let report = shared.with(|s| s.as_ref().map(|s| s.report.clone()).unwrap_or_default());
                let removed: Vec<String> = report.removed.iter().map(ToString::to_string).collect();
                let left_out = (!removed.is_empty()).then(|| view! {
                    <p class="hint">{format!("Left out because they look like credentials: {}.", removed.join("; "))}</p>
                });
                let warnings = report.warnings.iter().map(|w| view! { <p class="hint">{w.to_string()}</p> }).collect_view();
                (left_out, warnings)
            }}
            <button type="button" on:click=copy>"Copy link"</button>
            <span aria-live="polite">{move || copied.get()}</span>
        </div>
    }
}
