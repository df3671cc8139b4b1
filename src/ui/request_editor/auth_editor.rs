//! Auth helpers: Basic, Bearer and API keys, kept apart from the header rows
//! and added when the request is sent. Secrets stay masked until revealed.

use leptos::prelude::*;

use crate::core::request::auth::{Auth, AuthKind, KeyPlace};
use crate::state::draft::DraftStore;

#[component]
pub fn AuthEditor() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let kind = Memo::new(move |_| draft.auth().kind());
    let choose = move |ev| {
        let chosen = event_target_value(&ev);
        if let Some(kind) = AuthKind::ALL.into_iter().find(|k| k.label() == chosen) {
            draft.set_auth(draft.auth().switched_to(kind));
        }
    };
    let clash = Memo::new(move |_| {
        let request = draft.draft();
        request.auth.clash(&request.headers, &request.url)
    });
    view! {
        <fieldset class="auth-editor">
            <legend>"Auth"</legend>
            <label>
                "Auth type"
                <select on:change=choose>
                    {AuthKind::ALL.into_iter().map(|k| view! {
                        <option value=k.label() selected=move || kind.get() == k>{k.label()}</option>
                    }).collect_view()}
                </select>
            </label>
            {move || match kind.get() {
                AuthKind::None => ().into_any(),
                AuthKind::Basic => view! { <BasicFields /> }.into_any(),
                AuthKind::Bearer => view! { <BearerField /> }.into_any(),
                AuthKind::ApiKey => view! { <ApiKeyFields /> }.into_any(),
            }}
            {move || clash.get().map(|message| view! { <p class="hint hint--warning">{message}</p> })}
        </fieldset>
    }
}

/// The field `pick` finds in `auth`, or nothing when the auth is of another kind.
fn text_of(auth: &Auth, pick: fn(&Auth) -> Option<&String>) -> String {
    pick(auth).cloned().unwrap_or_default()
}

/// Changes the current auth with `edit`, which sees its fields.
fn edit(draft: DraftStore, edit: impl FnOnce(&mut Auth)) {
    let mut auth = draft.auth();
    edit(&mut auth);
    draft.set_auth(auth);
}

#[component]
fn BasicFields() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let field = move |pick: fn(&Auth) -> Option<&String>| move || text_of(&draft.auth(), pick);
    view! {
        <label>
            "Username"
            <input
                autocomplete="off"
                spellcheck="false"
                prop:value=field(|a| match a { Auth::Basic { username, .. } => Some(username), _ => None })
                on:input=move |ev| edit(draft, |a| if let Auth::Basic { username, .. } = a { *username = event_target_value(&ev) })
            />
        </label>
        <SecretInput
            label="Password"
            value=Signal::derive(field(|a| match a { Auth::Basic { password, .. } => Some(password), _ => None }))
            set=Callback::new(move |text: String| edit(draft, |a| if let Auth::Basic { password, .. } = a { *password = text }))
        />
    }
}

#[component]
fn BearerField() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    view! {
        <SecretInput
            label="Token"
            value=Signal::derive(move || text_of(&draft.auth(), |a| match a { Auth::Bearer { token } => Some(token), _ => None }))
            set=Callback::new(move |text: String| edit(draft, |a| if let Auth::Bearer { token } = a { *token = text }))
        />
    }
}

#[component]
fn ApiKeyFields() -> impl IntoView {
    let draft = expect_context::<DraftStore>();
    let place = Memo::new(move |_| match draft.auth() {
        Auth::ApiKey { place, .. } => place,
        _ => KeyPlace::Header,
    });
    let choose_place = move |ev| {
        let chosen = event_target_value(&ev);
        let new_place = if chosen == KeyPlace::Query.label() {
            KeyPlace::Query
        } else {
            KeyPlace::Header
        };
        edit(draft, |a| {
            if let Auth::ApiKey { place, .. } = a {
                *place = new_place
            }
        });
    };
    view! {
        <label>
            "Key name"
            <input
                spellcheck="false"
                placeholder="X-API-Key"
                prop:value=move || text_of(&draft.auth(), |a| match a { Auth::ApiKey { name, .. } => Some(name), _ => None })
                on:input=move |ev| edit(draft, |a| if let Auth::ApiKey { name, .. } = a { *name = event_target_value(&ev) })
            />
        </label>
        <SecretInput
            label="Key value"
            value=Signal::derive(move || text_of(&draft.auth(), |a| match a { Auth::ApiKey { value, .. } => Some(value), _ => None }))
            set=Callback::new(move |text: String| edit(draft, |a| if let Auth::ApiKey { value, .. } = a { *value = text }))
        />
        <label>
            "Send the key in"
            <select on:change=choose_place>
                {[KeyPlace::Header, KeyPlace::Query].into_iter().map(|p| view! {
                    <option value=p.label() selected=move || place.get() == p>{p.label()}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// A masked text field with a `Show` toggle: secrets are not on screen
/// unless the user asks.
#[component]
fn SecretInput(label: &'static str, value: Signal<String>, set: Callback<String>) -> impl IntoView {
    let shown = RwSignal::new(false);
    let id = format!("auth-{}", label.to_lowercase().replace(' ', "-"));
    view! {
        <div class="secret-input">
            <label for=id.clone()>{label}</label>
            <span class="secret-row">
                <input
                    id=id
                    type=move || if shown.get() { "text" } else { "password" }
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || value.get()
                    on:input=move |ev| set.run(event_target_value(&ev))
                />
                <button
                    type="button"
                    aria-label=format!("Show {}", label.to_lowercase())
                    aria-pressed=move || shown.get().to_string()
                    on:click=move |_| shown.update(|s| *s = !*s)
                >
                    {move || if shown.get() { "Hide" } else { "Show" }}
                </button>
            </span>
        </div>
    }
}
