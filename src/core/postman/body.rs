//! Postman's body modes, turned into the typed body that sends what Postman
//! would have sent, and the Content-Type to add when the mode does not.

use super::place::{Notes, Place};
use super::read::{canonical, pretty_text};
use super::schema::{Body, FormParam};
use crate::core::json_value::{write_string, Json};
use crate::core::request::body::{FieldRow, PartRow, PartValue, RequestBody};

/// The body, and a Content-Type to add when the request sets none (for raw
/// languages whose type no body mode writes, such as HTML).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportedBody {
    pub body: RequestBody,
    pub content_type: Option<String>,
}

pub fn import_body(body: &Body, at: &Place, notes: &mut Notes) -> ImportedBody {
    if body.disabled {
        notes.add(at, "body (switched off in Postman)");
        return ImportedBody::default();
    }
    let plain = |body: RequestBody| ImportedBody {
        body,
        content_type: None,
    };
    match body.mode.as_deref() {
        None | Some("raw") => raw(body),
        Some("urlencoded") => plain(urlencoded(&body.urlencoded, notes)),
        Some("formdata") => plain(formdata(&body.formdata, at, notes)),
        Some("file") => {
            let file = body.file.as_ref().and_then(Option::as_deref);
            notes.add(
                at,
                format!(
                    "file body{}: pick the file again (files are not kept in collections)",
                    file.map(|src| format!(" (“{src}”)")).unwrap_or_default()
                ),
            );
            plain(RequestBody::Binary(None))
        }
        Some("graphql") => plain(graphql(body, at, notes)),
        Some(other) => {
            notes.add(at, format!("body mode “{other}”"));
            ImportedBody::default()
        }
    }
}

/// Raw text in the mode its editor language names; a language no mode
/// matches keeps its Content-Type as a header, as Postman sends it.
fn raw(body: &Body) -> ImportedBody {
    let text = body.raw.clone().unwrap_or_default();
    let language = body.raw_language.as_deref();
    let (typed, content_type) = match language {
        _ if text.is_empty() => (RequestBody::None, None),
        Some("json") => (RequestBody::Json(text), None),
        Some("xml") => (RequestBody::Xml(text), None),
        Some("html") => (RequestBody::Text(text), Some("text/html")),
        Some("javascript") => (RequestBody::Text(text), Some("application/javascript")),
        // Plain text stays text, whatever its own type says, so an exported
        // text body comes back as it was.
        _ => (RequestBody::Text(text), None),
    };
    ImportedBody {
        body: typed,
        content_type: content_type.map(str::to_owned),
    }
}

/// Every row, switched-off ones included (they stay switched off).
fn urlencoded(params: &[FormParam], notes: &mut Notes) -> RequestBody {
    let rows: Vec<FieldRow> = params
        .iter()
        .map(|param| {
            notes.description(param.description);
            FieldRow {
                name: param.key.clone().unwrap_or_default(),
                value: param.value.clone().unwrap_or_default(),
                enabled: !param.disabled,
            }
        })
        .collect();
    if rows.is_empty() {
        RequestBody::None
    } else {
        RequestBody::UrlEncoded(rows)
    }
}

/// Text and file parts. A file's content never reaches the collection, only
/// its path, so file parts come without a file and the user is told.
fn formdata(fields: &[FormParam], at: &Place, notes: &mut Notes) -> RequestBody {
    let mut parts = Vec::new();
    for field in fields {
        notes.description(field.description);
        let key = field.key.clone().unwrap_or_default();
        let value = if field.kind.as_deref() == Some("file") {
            if !field.disabled {
                notes.add(
                    at,
                    format!(
                        "form-data file “{key}”: pick the file again (files are not kept in \
                         collections)"
                    ),
                );
            }
            PartValue::File(None)
        } else {
            // FormData parts carry no type of their own, so this one is lost.
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
            PartValue::Text(field.value.clone().unwrap_or_default())
        };
        parts.push(PartRow {
            name: key,
            value,
            enabled: !field.disabled,
        });
    }
    if parts.is_empty() {
        RequestBody::None
    } else {
        RequestBody::Multipart(parts)
    }
}

/// A GraphQL body is sent as `{"query": …, "variables": …}` JSON. Variables
/// holding `{{references}}` (`{"first": {{pageSize}}}`) are not JSON until the
/// references are filled in, so their text is placed into the body as written.
fn graphql(body: &Body, at: &Place, notes: &mut Notes) -> RequestBody {
    let Some(graphql) = &body.graphql else {
        return RequestBody::None;
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
    RequestBody::Json(text)
}
