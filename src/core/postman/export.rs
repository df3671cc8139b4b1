//! Writing a [`Collection`] as a Postman Collection v2.1 file.

use serde_json::{json, Map, Value};

use super::enabled_header;
use super::form::{decode_pairs, encode_pairs};
use super::schema::{
    Body, FormParam, Header, Info, PmCollection, PmItem, PmRequest, PmVariable, StrOr, SCHEMA_V2_1,
};
use super::url::url_parts;
use crate::core::collections::{Collection, Item, SavedRequest};
use crate::core::media_type::essence;
use crate::core::request::RequestDraft;

/// The collection as pretty-printed Postman Collection v2.1 JSON.
pub fn export_postman(collection: &Collection) -> String {
    let document = PmCollection {
        info: Info {
            name: Some(collection.name.clone()),
            schema: Some(SCHEMA_V2_1.to_owned()),
            ..Info::default()
        },
        item: collection.items.iter().map(item).collect(),
        variable: collection
            .variables
            .iter()
            .map(|variable| PmVariable {
                key: Some(variable.key.clone()),
                value: Some(Value::String(variable.value.clone())),
                ..PmVariable::default()
            })
            .collect(),
        ..PmCollection::default()
    };
    // Every map in the document has string keys, the one way serializing to
    // JSON text can fail.
    serde_json::to_string_pretty(&document).expect("a Postman document always serializes")
}

fn item(item: &Item) -> PmItem {
    match item {
        Item::Folder(folder) => PmItem {
            name: Some(folder.name.clone()),
            item: Some(folder.items.iter().map(self::item).collect()),
            ..PmItem::default()
        },
        Item::Request(saved) => request_item(saved),
    }
}

fn request_item(saved: &SavedRequest) -> PmItem {
    let draft = &saved.request;
    let settings = (!draft.follow_redirects).then(|| {
        let mut settings = Map::new();
        settings.insert("followRedirects".to_owned(), Value::Bool(false));
        settings
    });
    PmItem {
        name: Some(saved.name.clone()),
        request: Some(StrOr::Other(Box::new(PmRequest {
            method: Some(draft.method.clone()),
            header: Some(StrOr::Other(
                draft
                    .headers
                    .iter()
                    .map(|row| Header {
                        key: Some(row.name.clone()),
                        value: Some(row.value.clone()),
                        disabled: !row.enabled,
                        description: None,
                    })
                    .collect(),
            )),
            body: body(draft),
            url: Some(StrOr::Other(url_parts(&draft.url))),
            ..PmRequest::default()
        }))),
        protocol_profile_behavior: settings,
        response: Some(Vec::new()),
        ..PmItem::default()
    }
}

/// A form body becomes `urlencoded` rows when that spells exactly the same
/// text; anything else stays `raw`. The raw editor language is `json` only
/// when the request also sets a Content-Type: with none, Postman would add
/// `application/json` for a json body, which the request never sent.
fn body(draft: &RequestDraft) -> Option<Body> {
    if draft.body.is_empty() {
        return None;
    }
    let content_type = enabled_header(&draft.headers, "Content-Type");
    let is_form = content_type.and_then(|row| essence(&row.value)).as_deref()
        == Some("application/x-www-form-urlencoded");
    if is_form {
        if let Some(pairs) = decode_pairs(&draft.body) {
            let same_text =
                encode_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))) == draft.body;
            if same_text {
                return Some(Body {
                    mode: Some("urlencoded".to_owned()),
                    urlencoded: pairs
                        .into_iter()
                        .map(|(key, value)| FormParam {
                            key: Some(key),
                            value: Some(value),
                            ..FormParam::default()
                        })
                        .collect(),
                    ..Body::default()
                });
            }
        }
    }
    let language = if content_type.is_some() && draft.body_is_json() {
        "json"
    } else {
        "text"
    };
    Some(Body {
        mode: Some("raw".to_owned()),
        raw: Some(draft.body.clone()),
        options: Some(json!({ "raw": { "language": language } })),
        ..Body::default()
    })
}
