//! Copying text for the user.

use wasm_bindgen_futures::JsFuture;

pub async fn copy(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .ok_or("no window")?
        .navigator()
        .clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| {
            "the browser did not allow copying; select the text and copy it by hand".to_owned()
        })
}
