//! Upgrading a request stored before bodies were typed (library 1, history 1,
//! share links 1), where `"body"` was the text sent as is.
//!
//! The typed body chosen must send exactly the same bytes with the same
//! headers: a mode is picked only when the user's own Content-Type row already
//! names it (so the mode adds no header of its own), and a url-encoded text
//! becomes rows only when encoding the rows gives the text back unchanged.
//! Everything else, raw multipart text included, stays text.

use serde_json::Value;

use crate::core::media_type::essence;
use crate::core::request::body::{decode_form, encode_form, FieldRow, RequestBody};

/// Rewrites `request["body"]` from text to the typed body, in place. A body
/// that is already typed (not a string) is left alone.
pub fn upgrade_request_v1(request: &mut Value) -> Result<(), String> {
    let Some(object) = request.as_object_mut() else {
        return Err("a stored request is not a JSON object".into());
    };
    let text = match object.get("body") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(_) => return Ok(()),
    };
    let content_type = declared_type(object.get("headers"));
    let body = typed_body(&text, content_type.as_deref());
    let body = serde_json::to_value(&body).map_err(|e| e.to_string())?;
    object.insert("body".into(), body);
    Ok(())
}

/// The essence of the Content-Type the enabled rows send, if any.
fn declared_type(headers: Option<&Value>) -> Option<String> {
    let rows = headers?.as_array()?;
    let values: Vec<&str> = rows
        .iter()
        .filter(|row| row.get("enabled").and_then(Value::as_bool).unwrap_or(true))
        .filter(|row| {
            row.get("name")
                .and_then(Value::as_str)
                .is_some_and(|n| n.trim().eq_ignore_ascii_case("content-type"))
        })
        .filter_map(|row| row.get("value").and_then(Value::as_str))
        .collect();
    // Rows with the same name are sent combined, and the last type wins.
    essence(&values.join(", "))
}

/// The typed body that sends `text` with a Content-Type row of `content_type`
/// (an essence, as [`essence`] gives it) exactly as a text body would.
pub fn typed_body(text: &str, content_type: Option<&str>) -> RequestBody {
    if text.is_empty() {
        return RequestBody::None;
    }
    match content_type {
        Some(t) if t == "application/json" || t.ends_with("+json") => {
            RequestBody::Json(text.to_owned())
        }
        Some(t) if t == "application/xml" || t == "text/xml" || t.ends_with("+xml") => {
            RequestBody::Xml(text.to_owned())
        }
        Some("application/x-www-form-urlencoded") => match form_rows(text) {
            Some(rows) => RequestBody::UrlEncoded(rows),
            None => RequestBody::Text(text.to_owned()),
        },
        _ => RequestBody::Text(text.to_owned()),
    }
}

/// The rows of a url-encoded text when they encode back to the same text.
/// A decoded `{{` would be filled in as a variable when sent, which the text
/// never was, so such a body stays text.
pub fn form_rows(text: &str) -> Option<Vec<FieldRow>> {
    let rows = decode_form(text)?;
    let fills = |s: &str| s.contains("{{");
    if encode_form(&rows) != text || rows.iter().any(|r| fills(&r.name) || fills(&r.value)) {
        return None;
    }
    Some(rows)
}

#[cfg(test)]
mod tests;
