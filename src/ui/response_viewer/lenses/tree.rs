//! A JSON body as a collapsible outline: native `<details>` elements, so each
//! node opens and closes from the keyboard, and a node's children are only
//! drawn when it first opens, a page at a time.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use serde_json::Value;

use crate::core::response::json_document::document_of;
use crate::core::response::json_tree::{
    child_keys, child_pointer, leaf_text, next_page, size_label, PAGE,
};
use crate::core::response::lens::TREE_LIMIT;
use crate::core::response::received::{format_size, Body};

#[component]
pub(super) fn TreeView(body: Body) -> impl IntoView {
    let size = body.len();
    if size > TREE_LIMIT {
        return view! {
            <p class="note">{format!(
                "This body is {}: the tree is drawn for bodies up to {}. Use Pretty to read it or Filter to pick parts of it.",
                format_size(size),
                format_size(TREE_LIMIT)
            )}</p>
        }
        .into_any();
    }
    let document = RwSignal::new(None::<Result<Arc<Value>, String>>);
    // Parsed in a task of its own, so the note below is drawn first.
    set_timeout(
        move || {
            document.try_set(Some(document_of(&body).map(Arc::new)));
        },
        Duration::ZERO,
    );
    (move || match document.get() {
        None => view! { <p class="placeholder">"Building the tree…"</p> }.into_any(),
        Some(Err(message)) => {
            view! { <p role="alert" class="hint hint--warning">{message}</p> }.into_any()
        }
        Some(Ok(root)) => view! {
            <div class="json-tree" role="group" aria-label="JSON tree">
                <TreeNode root pointer=String::new() label=None />
            </div>
        }
        .into_any(),
    })
    .into_any()
}

#[component]
fn TreeNode(root: Arc<Value>, pointer: String, label: Option<String>) -> AnyView {
    let Some(value) = root.pointer(&pointer) else {
        return ().into_any();
    };
    let key = label.map(|k| view! { <span class="tree-key">{k}</span> ": " });
    let Some(size) = size_label(value) else {
        return view! { <div class="tree-leaf">{key}<span class="tree-value">{leaf_text(value)}</span></div> }
            .into_any();
    };
    let (open_mark, close_mark) = if value.is_array() {
        ("[", "]")
    } else {
        ("{", "}")
    };
    let is_root = pointer.is_empty();
    let opened = RwSignal::new(is_root);
    let on_toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
            opened.set(true);
        }
    };
    view! {
        <details class="tree-node" open=is_root on:toggle=on_toggle>
            <summary>{key}<span class="tree-mark">{open_mark}</span>" "<span class="tree-size">{size}</span>" "<span class="tree-mark">{close_mark}</span></summary>
            {move || opened.get().then(|| view! { <TreeChildren root=Arc::clone(&root) pointer=pointer.clone() /> })}
        </details>
    }
    .into_any()
}

/// A container's children, [`PAGE`] at a time.
#[component]
fn TreeChildren(root: Arc<Value>, pointer: String) -> impl IntoView {
    let keys = root.pointer(&pointer).map(child_keys).unwrap_or_default();
    let total = keys.len();
    let shown = RwSignal::new(next_page(0, total));
    let keys = Arc::new(keys);
    let rows = {
        let keys = Arc::clone(&keys);
        move || {
            keys[..shown.get()]
                .iter()
                .map(|key| {
                    let child = child_pointer(&pointer, key);
                    view! { <li><TreeNode root=Arc::clone(&root) pointer=child label=Some(key.clone()) /></li> }
                })
                .collect_view()
        }
    };
    let more = move || {
        let left = total - shown.get();
        (left > 0).then(|| {
            view! {
                <li>
                    <button type="button" class="tree-more" on:click=move |_| shown.update(|n| *n = next_page(*n, total))>
                        {format!("Show more ({} of {left} left)", left.min(PAGE))}
                    </button>
                </li>
            }
        })
    };
    view! { <ul class="tree-children">{rows}{more}</ul> }
}
