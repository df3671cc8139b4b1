//! Keyboard shortcuts of the workspace, and the list `?` shows.
//!
//! They listen on the window, so they work wherever the focus is: Ctrl/Cmd+S
//! and Ctrl/Cmd+L would otherwise save the page or jump to the address bar.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::exchange::ExchangeStore;
use crate::ui::lazy::{split_fn, Lazy};
use crate::ui::request_editor::URL_INPUT_ID;

/// What the shortcuts open, owned by the workspace page.
#[derive(Clone, Copy)]
pub struct ShortcutTargets {
    pub save_dialog: RwSignal<bool>,
    pub shortcut_list: RwSignal<bool>,
}

/// Installs the listener for as long as the calling view is shown.
pub fn listen(targets: ShortcutTargets) {
    let exchange = expect_context::<ExchangeStore>();
    let handle = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if ev.default_prevented() {
            return;
        }
        let command = ev.ctrl_key() || ev.meta_key();
        let handled = match ev.key().as_str() {
            "Enter" if command => {
                exchange.send();
                true
            }
            "s" | "S" if command => {
                targets.save_dialog.set(true);
                true
            }
            "l" | "L" if command => focus_url(),
            "?" if !command && !in_text_field(&ev) => {
                targets.shortcut_list.update(|open| *open = !*open);
                true
            }
            "Escape" if targets.shortcut_list.get_untracked() => {
                targets.shortcut_list.set(false);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}

fn focus_url() -> bool {
    let input = document()
        .get_element_by_id(URL_INPUT_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    match input {
        Some(input) => {
            let _ = input.focus();
            input.select();
            true
        }
        None => false,
    }
}

/// `?` typed into a field is text, not a shortcut.
fn in_text_field(ev: &KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}

/// The list of shortcuts, shown while `open`.
#[component]
pub fn ShortcutList(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || open.get()>
            <Lazy load=move || shortcut_list(open) />
        </Show>
    }
}

split_fn!(shortcuts: fn shortcut_list(open: RwSignal<bool>) -> AnyView {
    view! { <ShortcutDialog open /> }.into_any()
});

const SHORTCUTS: [(&str, &str); 5] = [
    ("Ctrl+Enter (⌘+Enter)", "Send the request"),
    ("Ctrl+S (⌘+S)", "Save the request"),
    ("Ctrl+L (⌘+L)", "Go to the URL box"),
    ("?", "Show or hide this list (outside text fields)"),
    ("Escape", "Close this list"),
];

#[component]
fn ShortcutDialog(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="dialog-backdrop">
        <div role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" class="dialog shortcut-list">
            <h2>"Keyboard shortcuts"</h2>
            <table aria-label="Keyboard shortcuts">
                <tbody>
                    {SHORTCUTS.iter().map(|(keys, action)| view! {
                        <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*action}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <button type="button" on:click=move |_| open.set(false)>"Close"</button>
        </div>
        </div>
    }
}
