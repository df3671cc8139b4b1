//! Postman's body modes, turned into body text and the Content-Type Postman
//! would have sent with it.

use super::form::encode_pairs;
use super::place::{Notes, Place};
use super::read::{canonical, pretty_text};
use super::schema::{Body, FormParam};
use crate::core::json_value::{write_string, Json};
use crate::core::media_type::essence;
use crate::core::request::multipart;

/// The body text, and the Content-Type to add when the request sets none.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportedBody {
    pub text: String,
    pub content_type: Option<String>,
    /// Whether `content_type` also takes the place of the request's own: a
    /// multipart type naming no boundary, or not the one that frames `text`.
    pub replaces_own_type: bool,
}

/// `own_type` is the request's own (switched-on) Content-Type, if any.
pub fn import_body(
    body: &Body,
    own_type: Option<&str>,
    at: &Place,
    notes: &mut Notes,
) -> ImportedBody {
    if body.disabled {
        notes.add(at, "body (switched off in Postman)");
        return ImportedBody::default();
    }
    match body.mode.as_deref() {
        None | Some("raw") => ImportedBody {
            text: body.raw.clone().unwrap_or_default(),
            content_type: body
                .raw_language
                .as_deref()
                .and_then(language_content_type)
                .map(str::to_owned),
            replaces_own_type: false,
        },
        Some("urlencoded") => urlencoded(&body.urlencoded, at, notes),
        Some("formdata") => formdata(&body.formdata, own_type, at, notes),
        Some("file") => {
            match body.file.as_ref().and_then(Option::as_deref) {
                Some(src) => notes.add(at, format!("file body (“{src}”)")),
                None => notes.add(at, "file body"),
            }
            ImportedBody::default()
        }
        Some("graphql") => graphql(body, at, notes),
        Some(other) => {
            notes.add(at, format!("body mode “{other}”"));
            ImportedBody::default()
        }
    }
}

/// The Content-Type Postman adds for each language of its raw editor. Plain
/// text gets none: the browser labels a text body text/plain by itself.
fn language_content_type(language: &str) -> Option<&'static str> {
    match language {
        "json" => Some("application/json"),
        "xml" => Some("application/xml"),
        "html" => Some("text/html"),
        "javascript" => Some("application/javascript"),
        _ => None,
    }
}

fn urlencoded(params: &[FormParam], at: &Place, notes: &mut Notes) -> ImportedBody {
    let mut sent = Vec::new();
    for param in params {
        notes.description(param.description);
        let key = param.key.as_deref().unwrap_or("");
        if param.disabled {
            notes.add(at, format!("form field “{key}” (disabled)"));
        } else {
            sent.push((key, param.value.as_deref().unwrap_or("")));
        }
    }
    if sent.is_empty() {
        return ImportedBody::default();
    }
    ImportedBody {
        text: encode_pairs(sent),
        content_type: Some("application/x-www-form-urlencoded".to_owned()),
        replaces_own_type: false,
    }
}

/// Text fields become a multipart body. Its boundary is the one the
/// request's own multipart Content-Type names when that can frame the fields,
/// so a request exported with its header imports back unchanged; otherwise
/// that header would not describe the body, and gets replaced.
fn formdata(
    fields: &[FormParam],
    own_type: Option<&str>,
    at: &Place,
    notes: &mut Notes,
) -> ImportedBody {
    let sent = text_fields(fields, at, notes);
    if sent.is_empty() {
        return ImportedBody::default();
    }
    let declared = own_type.and_then(multipart::declared_boundary);
    let boundary = multipart::boundary_for(&sent, declared.as_deref());
    let own_is_multipart = own_type.and_then(essence).as_deref() == Some(multipart::MEDIA_TYPE);
    ImportedBody {
        text: multipart::encode(&sent, &boundary),
        replaces_own_type: own_is_multipart && declared.as_deref() != Some(boundary.as_str()),
        content_type: Some(multipart::content_type(&boundary)),
    }
}

/// The switched-on text fields as (key, value); what is left out is noted.
fn text_fields<'a>(
    fields: &'a [FormParam],
    at: &Place,
    notes: &mut Notes,
) -> Vec<(&'a str, &'a str)> {
    let mut sent = Vec::new();
    for field in fields {
        notes.description(field.description);
        let key = field.key.as_deref().unwrap_or("");
        let is_file = field.kind.as_deref() == Some("file");
        let kind = if is_file { "file" } else { "field" };
        if field.disabled {
            notes.add(at, format!("form-data {kind} “{key}” (disabled)"));
        } else if is_file {
            // A file's content never reaches the collection, only its path.
            notes.add(
                at,
                format!("form-data file “{key}” (files cannot be stored in the browser)"),
            );
        } else {
            // Parts are written without headers of their own, so this type is lost.
            if let Some(part_type) = field
                .content_type
                .as_deref()
                .filter(|t| !t.trim().is_empty())
            {
                notes.add(
                    at,
                    format!("content type “{part_type}” of form-data field “{key}”"),
                );
            }
            sent.push((key, field.value.as_deref().unwrap_or("")));
        }
    }
    sent
}

/// A GraphQL body is sent as `{"query": …, "variables": …}` JSON. Variables
/// holding `{{references}}` (`{"first": {{pageSize}}}`) are not JSON until the
/// references are filled in, so their text is placed into the body as written.
fn graphql(body: &Body, at: &Place, notes: &mut Notes) -> ImportedBody {
    let Some(graphql) = &body.graphql else {
        return ImportedBody::default();
    };
    let query = graphql.query.as_deref().unwrap_or_default();
    // As serde_json wrote `{"query": …, "variables": …}`: sorted, pretty.
    let request = |variables: Option<&Json>| {
        let mut members = vec![("query".to_owned(), Json::String(query.to_owned()))];
        if let Some(variables) = variables {
            members.push(("variables".to_owned(), canonical(variables)));
        }
        pretty_text(&Json::Object(members))
    };
    let text = match &graphql.variables {
        None => request(None),
        Some(Json::String(text)) if text.trim().is_empty() => request(None),
        Some(Json::String(text)) => match Json::parse(text.as_bytes()) {
            Ok(variables) => request(Some(&variables)),
            Err(_) if text.contains("{{") => {
                let mut quoted = String::new();
                write_string(query, &mut quoted);
                format!(
                    "{{\n  \"query\": {quoted},\n  \"variables\": {}\n}}",
                    text.trim()
                )
            }
            Err(_) => {
                notes.add(at, "GraphQL variables (not valid JSON)");
                request(None)
            }
        },
        Some(variables) => request(Some(variables)),
    };
    ImportedBody {
        text,
        content_type: Some("application/json".to_owned()),
        replaces_own_type: false,
    }
}
