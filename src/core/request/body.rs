//! What a request carries: one typed body per mode, as the editor holds it.
//!
//! A picked file's bytes are never stored: the draft keeps a [`FileRef`] whose
//! `id` names a `File` object the browser holds in memory for this page load
//! (`browser::files`). After a reload the id names nothing, and sending says
//! which file to pick again.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::core::request::vars::Filler;

/// Externally tagged (serde's default) on purpose: tagged or untagged enums
/// pull serde's buffering reader into the wasm first load.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestBody {
    #[default]
    None,
    Json(String),
    Text(String),
    Xml(String),
    UrlEncoded(Vec<FieldRow>),
    Multipart(Vec<PartRow>),
    Binary(Option<FileRef>),
}

/// One `name=value` row of a url-encoded form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldRow {
    pub name: String,
    pub value: String,
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
}

/// One part of a multipart form: a text field or a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartRow {
    pub name: String,
    pub value: PartValue,
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartValue {
    Text(String),
    /// `None` until a file is picked (or after an import that named one).
    File(Option<FileRef>),
}

/// A file the user picked, by reference: its bytes stay in the browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRef {
    /// Key of the `File` in this page's registry; stale after a reload.
    pub id: u32,
    pub name: String,
    #[serde(default)]
    pub media_type: String,
    #[serde(default)]
    pub size: u64,
}

fn enabled_by_default() -> bool {
    true
}

impl FieldRow {
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> FieldRow {
        FieldRow {
            name: name.into(),
            value: value.into(),
            enabled: true,
        }
    }
}

impl PartRow {
    pub fn text(name: impl Into<String>, value: impl Into<String>) -> PartRow {
        PartRow {
            name: name.into(),
            value: PartValue::Text(value.into()),
            enabled: true,
        }
    }

    pub fn file(name: impl Into<String>, file: Option<FileRef>) -> PartRow {
        PartRow {
            name: name.into(),
            value: PartValue::File(file),
            enabled: true,
        }
    }
}

/// The body mode, as the mode picker offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyKind {
    None,
    Json,
    Text,
    Xml,
    UrlEncoded,
    Multipart,
    Binary,
}

impl BodyKind {
    /// In the order the picker lists them.
    pub const ALL: [BodyKind; 7] = [
        BodyKind::None,
        BodyKind::Json,
        BodyKind::Text,
        BodyKind::Xml,
        BodyKind::UrlEncoded,
        BodyKind::Multipart,
        BodyKind::Binary,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BodyKind::None => "No body",
            BodyKind::Json => "JSON",
            BodyKind::Text => "Text",
            BodyKind::Xml => "XML",
            BodyKind::UrlEncoded => "Form (URL-encoded)",
            BodyKind::Multipart => "Multipart form",
            BodyKind::Binary => "File",
        }
    }

    /// Modes edited as text in the body textbox.
    pub fn is_text(self) -> bool {
        matches!(self, BodyKind::Json | BodyKind::Text | BodyKind::Xml)
    }
}

/// Where JSON text stops being JSON, for a live message under the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonProblem {
    /// 1-based, as editors count.
    pub line: usize,
    /// 1-based, in characters of the line.
    pub column: usize,
    /// What serde_json found wrong, without its own position suffix.
    pub reason: String,
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Not valid JSON at line {}, column {}: {}.",
            self.line, self.column, self.reason
        )
    }
}

/// The JSON problem in `text`, if any; empty text is fine (nothing is sent).
pub fn json_problem(text: &str) -> Option<JsonProblem> {
    if text.trim().is_empty() {
        return None;
    }
    let error = serde_json::from_str::<serde::de::IgnoredAny>(text).err()?;
    let full = error.to_string();
    let reason = full
        .rfind(" at line ")
        .map_or(full.as_str(), |end| &full[..end]);
    Some(JsonProblem {
        line: error.line(),
        column: error.column(),
        reason: reason.to_owned(),
    })
}

impl RequestBody {
    pub fn kind(&self) -> BodyKind {
        match self {
            RequestBody::None => BodyKind::None,
            RequestBody::Json(_) => BodyKind::Json,
            RequestBody::Text(_) => BodyKind::Text,
            RequestBody::Xml(_) => BodyKind::Xml,
            RequestBody::UrlEncoded(_) => BodyKind::UrlEncoded,
            RequestBody::Multipart(_) => BodyKind::Multipart,
            RequestBody::Binary(_) => BodyKind::Binary,
        }
    }

    /// The text of a text mode (JSON, text, XML).
    pub fn text(&self) -> Option<&str> {
        match self {
            RequestBody::Json(t) | RequestBody::Text(t) | RequestBody::Xml(t) => Some(t),
            _ => None,
        }
    }

    /// The body in another mode, keeping what still makes sense: text modes
    /// keep the text, the two form modes keep their text fields, and anything
    /// else starts empty (a file part has no place in a url-encoded form).
    pub fn switched_to(&self, kind: BodyKind) -> RequestBody {
        if kind == self.kind() {
            return self.clone();
        }
        let text = self.text().unwrap_or_default().to_owned();
        match kind {
            BodyKind::None => RequestBody::None,
            BodyKind::Json => RequestBody::Json(text),
            BodyKind::Text => RequestBody::Text(text),
            BodyKind::Xml => RequestBody::Xml(text),
            BodyKind::UrlEncoded => RequestBody::UrlEncoded(self.text_fields()),
            BodyKind::Multipart => RequestBody::Multipart(
                self.text_fields()
                    .into_iter()
                    .map(|f| PartRow {
                        name: f.name,
                        value: PartValue::Text(f.value),
                        enabled: f.enabled,
                    })
                    .collect(),
            ),
            BodyKind::Binary => RequestBody::Binary(None),
        }
    }

    /// Form rows that are plain text, from either form mode.
    fn text_fields(&self) -> Vec<FieldRow> {
        match self {
            RequestBody::UrlEncoded(rows) => rows.clone(),
            RequestBody::Multipart(parts) => parts
                .iter()
                .filter_map(|p| match &p.value {
                    PartValue::Text(value) => Some(FieldRow {
                        name: p.name.clone(),
                        value: value.clone(),
                        enabled: p.enabled,
                    }),
                    PartValue::File(_) => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The body after the user typed `text` into the body textbox: typing into
    /// no body makes a text body, and clearing a text body makes none again;
    /// JSON and XML stay what they were chosen to be. Forms and files are not
    /// edited in the textbox and come back unchanged.
    pub fn with_typed_text(&self, text: String) -> RequestBody {
        match self {
            RequestBody::None | RequestBody::Text(_) if text.is_empty() => RequestBody::None,
            RequestBody::None | RequestBody::Text(_) => RequestBody::Text(text),
            RequestBody::Json(_) => RequestBody::Json(text),
            RequestBody::Xml(_) => RequestBody::Xml(text),
            other => other.clone(),
        }
    }

    /// True when nothing would be sent: no body, empty text, or a form with
    /// every row switched off. A file body is never empty: it needs a file.
    pub fn is_empty(&self) -> bool {
        match self {
            RequestBody::None => true,
            RequestBody::Json(t) | RequestBody::Text(t) | RequestBody::Xml(t) => t.is_empty(),
            RequestBody::UrlEncoded(rows) => !rows.iter().any(|r| r.enabled),
            RequestBody::Multipart(parts) => !parts.iter().any(|p| p.enabled),
            RequestBody::Binary(_) => false,
        }
    }

    /// The Content-Type this mode sends when no header row sets one. None for
    /// multipart: given FormData, the browser writes the type with its boundary.
    pub fn default_content_type(&self) -> Option<String> {
        let fixed = match self {
            RequestBody::None | RequestBody::Multipart(_) => return None,
            RequestBody::Json(_) => "application/json",
            RequestBody::Xml(_) => "application/xml",
            RequestBody::Text(_) => "text/plain;charset=UTF-8",
            RequestBody::UrlEncoded(_) => "application/x-www-form-urlencoded",
            RequestBody::Binary(Some(file)) if !file.media_type.trim().is_empty() => {
                return Some(file.media_type.trim().to_owned())
            }
            RequestBody::Binary(_) => "application/octet-stream",
        };
        Some(fixed.to_owned())
    }

    /// Where the JSON text is broken, in JSON mode.
    pub fn json_problem(&self) -> Option<JsonProblem> {
        match self {
            RequestBody::Json(text) => json_problem(text),
            _ => None,
        }
    }

    /// The body with `{{references}}` filled in: the text of text modes, and
    /// the names and text values of switched-on form rows. File names are not
    /// touched (they name what was picked).
    pub fn filled(&self, filler: &mut Filler<'_>) -> RequestBody {
        match self {
            RequestBody::Json(t) => RequestBody::Json(filler.fill(t)),
            RequestBody::Text(t) => RequestBody::Text(filler.fill(t)),
            RequestBody::Xml(t) => RequestBody::Xml(filler.fill(t)),
            RequestBody::UrlEncoded(rows) => RequestBody::UrlEncoded(
                rows.iter()
                    .map(|row| match row.enabled {
                        true => FieldRow {
                            name: filler.fill(&row.name),
                            value: filler.fill(&row.value),
                            enabled: true,
                        },
                        false => row.clone(),
                    })
                    .collect(),
            ),
            RequestBody::Multipart(parts) => {
                RequestBody::Multipart(parts.iter().map(|part| filled_part(part, filler)).collect())
            }
            other => other.clone(),
        }
    }
}

fn filled_part(part: &PartRow, filler: &mut Filler<'_>) -> PartRow {
    if !part.enabled {
        return part.clone();
    }
    PartRow {
        name: filler.fill(&part.name),
        value: match &part.value {
            PartValue::Text(value) => PartValue::Text(filler.fill(value)),
            file => file.clone(),
        },
        enabled: true,
    }
}

/// Tests write `"text".into()` for a text body (`""` for none), as drafts
/// were written when the body was a string.
#[cfg(test)]
impl From<&str> for RequestBody {
    fn from(text: &str) -> RequestBody {
        RequestBody::None.with_typed_text(text.to_owned())
    }
}

/// What the HTML standard's urlencoded serializer leaves as is: ASCII letters
/// and digits and `*-._` (space becomes `+`, handled apart).
const FORM: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'*')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_');

/// `application/x-www-form-urlencoded` text of the switched-on rows, as a
/// browser's URLSearchParams writes it (space → `+`).
pub fn encode_form(rows: &[FieldRow]) -> String {
    let mut out = String::new();
    for row in rows.iter().filter(|r| r.enabled) {
        if !out.is_empty() {
            out.push('&');
        }
        encode_form_component(&row.name, &mut out);
        out.push('=');
        encode_form_component(&row.value, &mut out);
    }
    out
}

fn encode_form_component(text: &str, out: &mut String) {
    // Spaces are encoded as %20 by the set; a literal "%20" in the text became
    // "%2520", so turning each "%20" into "+" touches only spaces.
    out.push_str(
        &utf8_percent_encode(text, FORM)
            .to_string()
            .replace("%20", "+"),
    );
}

/// The rows of url-encoded text, as a server reads them; `None` when a
/// decoded name or value is not UTF-8.
pub fn decode_form(text: &str) -> Option<Vec<FieldRow>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    text.split('&')
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some(FieldRow::new(
                decode_form_component(name)?,
                decode_form_component(value)?,
            ))
        })
        .collect()
}

fn decode_form_component(text: &str) -> Option<String> {
    let spaced = text.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}

#[cfg(test)]
mod tests;
