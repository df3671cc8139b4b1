//! Writing a [`Collection`] as a Postman Collection v2.1 file.

use super::enabled_header;
use super::form::{decode_pairs, encode_pairs};
use super::read::{object_of, pretty_text, text_of};
use super::schema::{PathVariableSegment, StrOr, UrlParts, SCHEMA_V2_1};
use super::url::url_parts;
use crate::core::collections::{Collection, Item, SavedRequest};
use crate::core::json_value::Json;
use crate::core::media_type::essence;
use crate::core::request::draft::RequestDraft;
use crate::core::request::multipart;

/// The collection as pretty-printed Postman Collection v2.1 JSON.
pub fn export_postman(collection: &Collection) -> String {
    let info = object_of(vec![
        ("name", text_of(&collection.name)),
        ("schema", text_of(SCHEMA_V2_1)),
    ]);
    let mut document = vec![
        ("info", info),
        (
            "item",
            Json::Array(collection.items.iter().map(item).collect()),
        ),
    ];
    if !collection.variables.is_empty() {
        let variables = collection.variables.iter().map(|variable| {
            object_of(vec![
                ("key", text_of(&variable.key)),
                ("value", text_of(&variable.value)),
            ])
        });
        document.push(("variable", Json::Array(variables.collect())));
    }
    pretty_text(&object_of(document))
}

fn item(item: &Item) -> Json {
    match item {
        Item::Folder(folder) => object_of(vec![
            ("name", text_of(&folder.name)),
            (
                "item",
                Json::Array(folder.items.iter().map(self::item).collect()),
            ),
        ]),
        Item::Request(saved) => request_item(saved),
    }
}

fn request_item(saved: &SavedRequest) -> Json {
    let draft = &saved.request;
    let headers = draft.headers.iter().map(|row| {
        let mut header = vec![("key", text_of(&row.name)), ("value", text_of(&row.value))];
        if !row.enabled {
            header.push(("disabled", Json::Bool(true)));
        }
        object_of(header)
    });
    let mut request = vec![
        ("method", text_of(&draft.method)),
        ("header", Json::Array(headers.collect())),
    ];
    if let Some(body) = body(draft) {
        request.push(("body", body));
    }
    request.push(("url", url(&url_parts(&draft.url))));
    let mut item = vec![
        ("name", text_of(&saved.name)),
        ("request", object_of(request)),
    ];
    if !draft.follow_redirects {
        let settings = object_of(vec![("followRedirects", Json::Bool(false))]);
        item.push(("protocolProfileBehavior", settings));
    }
    item.push(("response", Json::Array(Vec::new())));
    object_of(item)
}

/// The parts present, in Postman's order.
fn url(parts: &UrlParts) -> Json {
    let text = |value: &Option<String>| value.as_deref().map(text_of);
    let segment = |segment: &StrOr<PathVariableSegment>| match segment {
        StrOr::Str(text) => text_of(text),
        StrOr::Other(variable) => object_of(vec![("value", optional(&variable.value))]),
    };
    let query = parts.query.iter().map(|param| {
        let mut entry = vec![("key", optional(&param.key))];
        if let Some(value) = &param.value {
            entry.push(("value", text_of(value)));
        }
        if param.disabled {
            entry.push(("disabled", Json::Bool(true)));
        }
        object_of(entry)
    });
    let members = [
        ("raw", text(&parts.raw)),
        ("protocol", text(&parts.protocol)),
        (
            "host",
            parts
                .host
                .as_ref()
                .map(|host| str_or(host, |label| text_of(label))),
        ),
        ("port", text(&parts.port)),
        (
            "path",
            parts.path.as_ref().map(|path| str_or(path, segment)),
        ),
        (
            "query",
            (!parts.query.is_empty()).then(|| Json::Array(query.collect())),
        ),
        ("hash", text(&parts.hash)),
    ];
    object_of(
        members
            .into_iter()
            .filter_map(|(name, value)| Some((name, value?)))
            .collect(),
    )
}

fn str_or<T>(value: &StrOr<Vec<T>>, item: impl Fn(&T) -> Json) -> Json {
    match value {
        StrOr::Str(text) => text_of(text),
        StrOr::Other(list) => Json::Array(list.iter().map(item).collect()),
    }
}

fn optional(text: &Option<String>) -> Json {
    text.as_deref().map_or(Json::Null, text_of)
}

/// A form body becomes `urlencoded` or `formdata` rows when importing those
/// rows spells exactly the same text; anything else stays `raw`. The raw
/// editor language is `json` only when the request also sets a Content-Type:
/// with none, Postman would add `application/json` for a json body, which
/// the request never sent.
fn body(draft: &RequestDraft) -> Option<Json> {
    if draft.body.is_empty() {
        return None;
    }
    let content_type = enabled_header(&draft.headers, "Content-Type");
    let form = content_type.and_then(|row| {
        urlencoded(&row.value, &draft.body).or_else(|| formdata(&row.value, &draft.body))
    });
    if form.is_some() {
        return form;
    }
    let language = if content_type.is_some() && draft.body_is_json() {
        "json"
    } else {
        "text"
    };
    let options = object_of(vec![(
        "raw",
        object_of(vec![("language", text_of(language))]),
    )]);
    Some(object_of(vec![
        ("mode", text_of("raw")),
        ("raw", text_of(&draft.body)),
        ("options", options),
    ]))
}

fn urlencoded(content_type: &str, body: &str) -> Option<Json> {
    if essence(content_type).as_deref() != Some("application/x-www-form-urlencoded") {
        return None;
    }
    let pairs = decode_pairs(body)?;
    let same_text = encode_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))) == body;
    if !same_text {
        return None;
    }
    let rows = pairs
        .iter()
        .map(|(key, value)| object_of(vec![("key", text_of(key)), ("value", text_of(value))]));
    Some(object_of(vec![
        ("mode", text_of("urlencoded")),
        ("urlencoded", Json::Array(rows.collect())),
    ]))
}

/// Text fields framed by the Content-Type's boundary. The import keeps that
/// boundary only when it is valid and in no field, so only then does it
/// spell the same body again. With no field, the import would make no body.
fn formdata(content_type: &str, body: &str) -> Option<Json> {
    let boundary = multipart::declared_boundary(content_type)?;
    // Sent with CRLF whatever the editor kept (see `RequestDraft::validate`).
    let body = &*multipart::with_crlf(body);
    let decoded = multipart::decode(body, &boundary)?;
    let fields: Vec<(&str, &str)> = decoded
        .iter()
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect();
    let same_text = !fields.is_empty()
        && multipart::boundary_for(&fields, Some(&boundary)) == boundary
        && multipart::encode(&fields, &boundary) == body;
    if !same_text {
        return None;
    }
    let rows = fields.iter().map(|(key, value)| {
        object_of(vec![
            ("key", text_of(key)),
            ("value", text_of(value)),
            ("type", text_of("text")),
        ])
    });
    Some(object_of(vec![
        ("mode", text_of("formdata")),
        ("formdata", Json::Array(rows.collect())),
    ]))
}
