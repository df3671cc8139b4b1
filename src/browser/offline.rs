//! Offline use: the release build's service worker (scripts/sw/) keeps the app's
//! files, so it opens with the network off, and offers a reload when a new
//! release is ready. Its registration is a small script of its own, added once
//! the app has started, so neither it nor the service worker API bindings are part
//! of the first load.

/// Adds the registration script, `sw-register.js` under `base` (the public URL,
/// without a trailing slash, as `ui::routes::BASE`). Release builds only: dev builds (`trunk serve`) and
/// test builds have no service worker, so nothing there caches the app.
///
/// A module script runs once per page however often it is added, so calling this
/// again (a retried chunk) does no harm. Nothing here can fail in a way the user
/// needs to hear about: without the script the app works, online only, and the
/// browser's console says why the script did not load.
pub fn start(base: &str) {
    if !cfg!(all(target_family = "wasm", not(debug_assertions))) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(script), Some(body)) = (document.create_element("script"), document.body()) else {
        return;
    };
    let src = format!("{base}/sw-register.js");
    if script.set_attribute("type", "module").is_ok() && script.set_attribute("src", &src).is_ok() {
        // The only failure is a DOM exception for a node that cannot go there;
        // a script element in the body is always accepted.
        let _ = body.append_child(&script);
    }
}
