//! The stylesheet of the parts that come in chunks (`style/chunks.css`):
//! linked when the first of them is wanted, so the first load carries only the
//! rules the first screen draws with.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static LOADED: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Links `href` the first time it is asked for, and settles once the sheet has
/// loaded or failed: a part drawn without its styles is still usable, so a
/// failed sheet holds nothing up (the chunk's own download says whether the
/// connection is there).
pub fn chunk_styles(href: &str) -> JsFuture {
    let promise = LOADED.with(|cell| cell.borrow_mut().get_or_insert_with(|| link(href)).clone());
    JsFuture::from(promise)
}

fn link(href: &str) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _reject| {
        if add_link(href, &resolve).is_none() {
            // No document to add it to: nothing to wait for.
            let _ = resolve.call0(&JsValue::NULL);
        }
    })
}

fn add_link(href: &str, settle: &js_sys::Function) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlElement = document.create_element("link").ok()?.dyn_into().ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", href).ok()?;
    link.set_onload(Some(settle));
    link.set_onerror(Some(settle));
    document.body()?.append_child(&link).ok()?;
    Some(())
}
