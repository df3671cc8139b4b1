//! Postman's body modes, turned into body text and the Content-Type Postman
//! would have sent with it.

use serde_json::{Map, Value};

use super::form::encode_pairs;
use super::place::{Notes, Place};
use super::schema::{Body, FormParam};

/// The body text, and the Content-Type to add when the request sets none.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportedBody {
    pub text: String,
    pub content_type: Option<&'static str>,
}

pub fn import_body(body: &Body, at: &Place, notes: &mut Notes) -> ImportedBody {
    if body.disabled {
        notes.add(at, "body (switched off in Postman)");
        return ImportedBody::default();
    }
    match body.mode.as_deref() {
        None | Some("raw") => ImportedBody {
            text: body.raw.clone().unwrap_or_default(),
            content_type: body.raw_language().and_then(language_content_type),
        },
        Some("urlencoded") => urlencoded(&body.urlencoded, at, notes),
        Some("formdata") => {
            for field in &body.formdata {
                notes.description(&field.description);
                let kind = if field.kind.as_deref() == Some("file") {
                    "file"
                } else {
                    "field"
                };
                let key = field.key.as_deref().unwrap_or("");
                let why = if field.disabled {
                    "disabled"
                } else {
                    "multipart bodies are not supported yet"
                };
                notes.add(at, format!("form-data {kind} “{key}” ({why})"));
            }
            ImportedBody::default()
        }
        Some("file") => {
            match body.file.as_ref().and_then(|f| f.src.as_ref()?.as_str()) {
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
        notes.description(&param.description);
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
        content_type: Some("application/x-www-form-urlencoded"),
    }
}

/// A GraphQL body is sent as `{"query": …, "variables": …}` JSON. Variables
/// holding `{{references}}` (`{"first": {{pageSize}}}`) are not JSON until the
/// references are filled in, so their text is placed into the body as written.
fn graphql(body: &Body, at: &Place, notes: &mut Notes) -> ImportedBody {
    let Some(graphql) = &body.graphql else {
        return ImportedBody::default();
    };
    let query = Value::String(graphql.query.clone().unwrap_or_default());
    let mut request = Map::new();
    request.insert("query".to_owned(), query.clone());
    let text = match &graphql.variables {
        None | Some(Value::Null) => format!("{:#}", Value::Object(request)),
        Some(Value::String(text)) if text.trim().is_empty() => {
            format!("{:#}", Value::Object(request))
        }
        Some(Value::String(text)) => match serde_json::from_str::<Value>(text) {
            Ok(variables) => {
                request.insert("variables".to_owned(), variables);
                format!("{:#}", Value::Object(request))
            }
            Err(_) if text.contains("{{") => {
                format!(
                    "{{\n  \"query\": {query},\n  \"variables\": {}\n}}",
                    text.trim()
                )
            }
            Err(_) => {
                notes.add(at, "GraphQL variables (not valid JSON)");
                format!("{:#}", Value::Object(request))
            }
        },
        Some(variables) => {
            request.insert("variables".to_owned(), variables.clone());
            format!("{:#}", Value::Object(request))
        }
    };
    ImportedBody {
        text,
        content_type: Some("application/json"),
    }
}
