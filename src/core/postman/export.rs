//! Writing a [`Collection`] as a Postman Collection v2.1 file.

use super::auth::postman_kind;
use super::read::{object_of, pretty_text, text_of};
use super::schema::{PathVariableSegment, StrOr, UrlParts, SCHEMA_V2_1};
use super::url::{url_parts, with_disabled_params};
use crate::core::collections::{Collection, Item, SavedRequest, Variable};
use crate::core::json_value::Json;
use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::body::{FieldRow, PartRow, PartValue, RequestBody};
use crate::core::request::draft::RequestDraft;

/// The collection as pretty-printed Postman Collection v2.1 JSON. A secret
/// variable is marked `"type": "secret"` and, unless `include_secrets`, has
/// an empty value, so a shared file does not carry credentials.
pub fn export_postman(collection: &Collection, include_secrets: bool) -> String {
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
        let variables = collection
            .variables
            .iter()
            .map(|variable| postman_variable(&variable.exported(include_secrets)));
        document.push(("variable", Json::Array(variables.collect())));
    }
    pretty_text(&object_of(document))
}

fn postman_variable(variable: &Variable) -> Json {
    let mut members = vec![
        ("key", text_of(&variable.key)),
        ("value", text_of(&variable.value)),
    ];
    if variable.secret {
        members.push(("type", text_of("secret")));
    }
    object_of(members)
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
    if let Some(auth) = auth(&draft.auth) {
        request.push(("auth", auth));
    }
    let parts = with_disabled_params(url_parts(&draft.url), &draft.url, &draft.params);
    request.push(("url", url(&parts)));
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

/// Each mode as Postman's: JSON and XML as raw text in that language (Postman
/// then sends the same Content-Type the mode does), forms as rows, a file by
/// its name.
fn body(draft: &RequestDraft) -> Option<Json> {
    match &draft.body {
        RequestBody::None => None,
        RequestBody::Json(text) if !text.is_empty() => Some(raw(text, "json")),
        RequestBody::Xml(text) if !text.is_empty() => Some(raw(text, "xml")),
        // Text stays text, whatever it looks like: importing it back gives
        // the same body in the same mode.
        RequestBody::Text(text) if !text.is_empty() => Some(raw(text, "text")),
        RequestBody::Json(_) | RequestBody::Xml(_) | RequestBody::Text(_) => None,
        RequestBody::UrlEncoded(rows) => Some(form_rows(rows)),
        RequestBody::Multipart(parts) => Some(form_parts(parts)),
        RequestBody::Binary(file) => {
            let src = file.as_ref().map_or(Json::Null, |f| text_of(&f.name));
            Some(object_of(vec![
                ("mode", text_of("file")),
                ("file", object_of(vec![("src", src)])),
            ]))
        }
    }
}

fn raw(text: &str, language: &str) -> Json {
    let options = object_of(vec![(
        "raw",
        object_of(vec![("language", text_of(language))]),
    )]);
    object_of(vec![
        ("mode", text_of("raw")),
        ("raw", text_of(text)),
        ("options", options),
    ])
}

fn switched_off(mut entry: Vec<(&'static str, Json)>, enabled: bool) -> Json {
    if !enabled {
        entry.push(("disabled", Json::Bool(true)));
    }
    object_of(entry)
}

fn form_rows(rows: &[FieldRow]) -> Json {
    let rows = rows.iter().map(|row| {
        switched_off(
            vec![("key", text_of(&row.name)), ("value", text_of(&row.value))],
            row.enabled,
        )
    });
    object_of(vec![
        ("mode", text_of("urlencoded")),
        ("urlencoded", Json::Array(rows.collect())),
    ])
}

/// File parts name the file Postman should pick (its name: the browser
/// never tells a page where a file came from).
fn form_parts(parts: &[PartRow]) -> Json {
    let parts = parts.iter().map(|part| {
        let entry = match &part.value {
            PartValue::Text(value) => vec![
                ("key", text_of(&part.name)),
                ("value", text_of(value)),
                ("type", text_of("text")),
            ],
            PartValue::File(file) => vec![
                ("key", text_of(&part.name)),
                ("type", text_of("file")),
                (
                    "src",
                    file.as_ref().map_or(Json::Null, |f| text_of(&f.name)),
                ),
            ],
        };
        switched_off(entry, part.enabled)
    });
    object_of(vec![
        ("mode", text_of("formdata")),
        ("formdata", Json::Array(parts.collect())),
    ])
}

/// Postman's `auth` object for the request's auth, if it has one.
fn auth(auth: &Auth) -> Option<Json> {
    let param = |key: &str, value: &str| {
        object_of(vec![
            ("key", text_of(key)),
            ("value", text_of(value)),
            ("type", text_of("string")),
        ])
    };
    let params = match auth {
        Auth::None => return None,
        Auth::Basic { username, password } => {
            vec![param("username", username), param("password", password)]
        }
        Auth::Bearer { token } => vec![param("token", token)],
        Auth::ApiKey { name, value, place } => vec![
            param("key", name),
            param("value", value),
            param(
                "in",
                match place {
                    KeyPlace::Header => "header",
                    KeyPlace::Query => "query",
                },
            ),
        ],
    };
    let kind = postman_kind(auth);
    Some(object_of(vec![
        ("type", text_of(kind)),
        (kind, Json::Array(params)),
    ]))
}
