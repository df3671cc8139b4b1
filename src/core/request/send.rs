//! The body as it is handed to fetch(), made from the draft's typed body.

use crate::core::request::body::{encode_form, FileRef, PartRow, PartValue, RequestBody};
use crate::core::request::draft::DraftProblem;
#[cfg(doc)]
use crate::core::request::draft::RequestDraft;
use crate::core::request::multipart;

/// The body as handed to fetch().
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendBody {
    /// Sent as a string (text modes, and url-encoded forms once encoded).
    Text(String),
    /// Sent as FormData: the browser writes the multipart framing and boundary.
    Form(Vec<SendPart>),
    /// The picked file, sent as it is.
    File(FileRef),
}

impl SendBody {
    /// The text, for a body sent as a string.
    pub fn text(&self) -> Option<&str> {
        match self {
            SendBody::Text(text) => Some(text),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendPart {
    Text { name: String, value: String },
    File { name: String, file: FileRef },
}

/// A text body as it goes on the wire. A multipart body typed or edited in the
/// body textbox has only LF line breaks (textareas drop CR), which multipart
/// framing does not accept; they are widened to CRLF.
fn sendable_text(body: &str, headers: &[(String, String)]) -> String {
    let multipart = headers.iter().any(|(name, value)| {
        name.eq_ignore_ascii_case("content-type") && multipart::declared_boundary(value).is_some()
    });
    if multipart {
        multipart::with_crlf(body).into_owned()
    } else {
        body.to_owned()
    }
}

/// The body as fetch() gets it, adding the mode's Content-Type unless an
/// enabled row sets one. For multipart the user's type is dropped instead:
/// only the browser knows the boundary it will write
/// ([`RequestDraft::multipart_ignores_content_type`] lets the editor say so).
pub(super) fn sendable_body(
    body: &RequestBody,
    headers: &mut Vec<(String, String)>,
    problems: &mut Vec<DraftProblem>,
) -> Option<SendBody> {
    if body.is_empty() {
        return None;
    }
    let is_type = |name: &str| name.eq_ignore_ascii_case("content-type");
    let typed_by_user = headers.iter().any(|(name, _)| is_type(name));
    let sent = match body {
        RequestBody::None => return None,
        RequestBody::Json(text) | RequestBody::Text(text) | RequestBody::Xml(text) => {
            SendBody::Text(sendable_text(text, headers))
        }
        RequestBody::UrlEncoded(rows) => SendBody::Text(encode_form(rows)),
        RequestBody::Multipart(parts) => {
            headers.retain(|(name, _)| !is_type(name));
            SendBody::Form(sendable_parts(parts, problems))
        }
        RequestBody::Binary(Some(file)) => SendBody::File(file.clone()),
        RequestBody::Binary(None) => {
            problems.push(DraftProblem::FileNotChosen { part: None });
            return None;
        }
    };
    if !typed_by_user {
        if let Some(content_type) = body.default_content_type() {
            headers.push(("Content-Type".to_owned(), content_type));
        }
    }
    Some(sent)
}

/// The switched-on parts as FormData gets them; a file part without a file
/// is a problem rather than an empty part, so nothing is sent half-done.
fn sendable_parts(parts: &[PartRow], problems: &mut Vec<DraftProblem>) -> Vec<SendPart> {
    let mut sent = Vec::new();
    for part in parts.iter().filter(|p| p.enabled) {
        let name = part.name.clone();
        match &part.value {
            PartValue::Text(value) => sent.push(SendPart::Text {
                name,
                value: value.clone(),
            }),
            PartValue::File(Some(file)) => sent.push(SendPart::File {
                name,
                file: file.clone(),
            }),
            PartValue::File(None) => {
                problems.push(DraftProblem::FileNotChosen { part: Some(name) })
            }
        }
    }
    sent
}

#[cfg(test)]
mod tests;
