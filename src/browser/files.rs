//! Files in and out: downloading text the app made, reading a file the user picked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::request::body::FileRef;
use crate::core::response::large::bytes::LargeBytes;

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    click_download(file_name, &blob)
}

fn click_download(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(describe)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "could not create a link".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Offers stored bytes as a file download, moved to the browser a piece at a
/// time (a large body is never copied into wasm memory whole).
pub fn download_large(file_name: &str, mime: &str, bytes: &LargeBytes) -> Result<(), String> {
    click_download(file_name, &blob_of(bytes, mime)?)
}

pub(crate) fn blob_of(bytes: &LargeBytes, mime: &str) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::new();
    bytes.for_each_piece(1 << 20, |piece| {
        parts.push(&js_sys::Uint8Array::from(piece));
    });
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(describe)
}

/// A `blob:` URL for stored bytes, labelled `mime`, for an `<img>` or a frame to
/// show. It keeps the bytes alive until [`revoke_object_url`] lets them go.
pub fn object_url(bytes: &LargeBytes, mime: &str) -> Result<String, String> {
    web_sys::Url::create_object_url_with_blob(&blob_of(bytes, mime)?).map_err(describe)
}

pub fn revoke_object_url(url: &str) {
    // Revoking only fails for a URL that was never made; nothing to free then.
    let _ = web_sys::Url::revoke_object_url(url);
}

/// The first file chosen in a file input.
pub fn chosen_file(input: &web_sys::HtmlInputElement) -> Result<web_sys::File, String> {
    input
        .files()
        .and_then(|list| list.get(0))
        .ok_or_else(|| "no file was chosen".to_owned())
}

/// A file's text, read as UTF-8.
pub async fn file_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text()).await.map_err(describe)?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_owned())
}

fn describe(error: wasm_bindgen::JsValue) -> String {
    super::js_error_message(&error)
}

thread_local! {
    /// Files picked for request bodies during this page load, by [`FileRef`] id.
    /// Only the reference is saved with a request; the bytes live here.
    static PICKED: std::cell::RefCell<PickedFiles> = std::cell::RefCell::default();
}

#[derive(Default)]
struct PickedFiles {
    next_id: u32,
    files: std::collections::HashMap<u32, web_sys::File>,
}

/// Keeps a picked file for sending and gives the reference a draft stores.
/// Ids start at a random point so an id saved by an earlier page load does
/// not name a different file picked after a reload.
pub fn remember(file: web_sys::File) -> FileRef {
    PICKED.with_borrow_mut(|picked| {
        if picked.files.is_empty() && picked.next_id == 0 {
            picked.next_id = (super::random::random_u64() as u32) | 1;
        }
        let id = picked.next_id;
        picked.next_id = picked.next_id.wrapping_add(1).max(1);
        let reference = FileRef {
            id,
            name: file.name(),
            media_type: file.type_(),
            // A file's size is a whole number of bytes, below 2^53.
            size: file.size() as u64,
        };
        picked.files.insert(id, file);
        reference
    })
}

/// The file kept under `id` in this page load, if any.
pub fn lookup(id: u32) -> Option<web_sys::File> {
    PICKED.with_borrow(|picked| picked.files.get(&id).cloned())
}
