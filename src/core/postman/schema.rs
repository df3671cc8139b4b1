//! The Postman Collection v2.1 format (v2.0 reads the same, except that auth
//! parameters are an object there instead of a list), as serde structs.
//!
//! Reading is lenient where real exports vary: fields that may be a string or
//! a structure use [`StrOr`], scalars that exporters sometimes write as numbers
//! or `null` go through [`lenient_text`], and keys we do not model are kept in
//! `extra` so the importer can say that they were left out.

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

pub const SCHEMA_V2_1: &str =
    "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct PmCollection {
    pub info: Info,
    #[serde(default, deserialize_with = "nullable")]
    pub item: Vec<PmItem>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub event: Vec<Event>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub variable: Vec<PmVariable>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<Auth>,
    #[serde(
        default,
        rename = "protocolProfileBehavior",
        skip_serializing_if = "Option::is_none"
    )]
    pub protocol_profile_behavior: Option<Map<String, Value>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Info {
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An item (has `request`) or an item group, that is a folder (has `item`).
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct PmItem {
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<Vec<PmItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<StrOr<Box<PmRequest>>>,
    #[serde(
        default,
        rename = "protocolProfileBehavior",
        skip_serializing_if = "Option::is_none"
    )]
    pub protocol_profile_behavior: Option<Map<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Vec<Value>>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub event: Vec<Event>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<Auth>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub variable: Vec<PmVariable>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct PmRequest {
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub method: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<StrOr<Vec<Header>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<StrOr<UrlParts>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<Auth>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<Value>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Header {
    #[serde(default, deserialize_with = "lenient_text")]
    pub key: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    pub value: Option<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "is_false"
    )]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Value>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct UrlParts {
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub raw: Option<String>,
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub protocol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<StrOr<Vec<String>>>,
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub port: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<StrOr<Vec<StrOr<PathVariableSegment>>>>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub query: Vec<QueryParam>,
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub hash: Option<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub variable: Vec<PmVariable>,
}

/// A path segment written as `{ "type": "string", "value": ":id" }`.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct PathVariableSegment {
    #[serde(default, deserialize_with = "lenient_text")]
    pub value: Option<String>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct QueryParam {
    #[serde(default, deserialize_with = "lenient_text")]
    pub key: Option<String>,
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub value: Option<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "is_false"
    )]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Value>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Body {
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub mode: Option<String>,
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub raw: Option<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub urlencoded: Vec<FormParam>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub formdata: Vec<FormParam>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<FileBody>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graphql: Option<GraphQlBody>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Value>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "is_false"
    )]
    pub disabled: bool,
}

impl Body {
    /// `options.raw.language`: the editor mode Postman shows a raw body in.
    pub fn raw_language(&self) -> Option<&str> {
        self.options.as_ref()?.pointer("/raw/language")?.as_str()
    }
}

/// An entry of a `urlencoded` or `formdata` body.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct FormParam {
    #[serde(default, deserialize_with = "lenient_text")]
    pub key: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    pub value: Option<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "is_false"
    )]
    pub disabled: bool,
    /// `text` or `file` (form-data only).
    #[serde(
        default,
        rename = "type",
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Value>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct FileBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src: Option<Value>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct GraphQlBody {
    #[serde(default, deserialize_with = "lenient_text")]
    pub query: Option<String>,
    /// Postman stores the variables as JSON text; some tools write an object.
    #[serde(default)]
    pub variables: Option<Value>,
}

/// `{ "type": "basic", "basic": [{ "key": "username", "value": "…" }, …] }`.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Auth {
    #[serde(
        default,
        rename = "type",
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<String>,
    #[serde(flatten)]
    pub params: Map<String, Value>,
}

impl Auth {
    /// The parameter `name` of the active auth type, as text. v2.1 lists
    /// parameters as `[{key, value}]`, v2.0 as an object.
    pub fn param(&self, name: &str) -> Option<String> {
        let value = match self.params.get(self.kind.as_deref()?)? {
            Value::Array(entries) => entries
                .iter()
                .find(|entry| entry.get("key").and_then(Value::as_str) == Some(name))?
                .get("value")?,
            Value::Object(map) => map.get(name)?,
            _ => return None,
        };
        scalar_text(value)
    }
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Event {
    #[serde(default, deserialize_with = "lenient_text")]
    pub listen: Option<String>,
    #[serde(default)]
    pub script: Option<Script>,
    #[serde(default, deserialize_with = "nullable")]
    pub disabled: bool,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Script {
    #[serde(default)]
    pub exec: Option<StrOr<Vec<Option<String>>>>,
    #[serde(default)]
    pub src: Option<Value>,
}

impl Script {
    /// Exports carry empty placeholder scripts (`"exec": [""]`) that do nothing.
    pub fn has_code(&self) -> bool {
        let exec = match &self.exec {
            Some(StrOr::Str(line)) => !line.trim().is_empty(),
            Some(StrOr::Other(lines)) => lines.iter().flatten().any(|l| !l.trim().is_empty()),
            None => false,
        };
        exec || self.src.as_ref().is_some_and(|src| !src.is_null())
    }
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct PmVariable {
    #[serde(default, deserialize_with = "lenient_text")]
    pub key: Option<String>,
    /// v2.0 exports sometimes name a variable by `id` only.
    #[serde(
        default,
        deserialize_with = "lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    #[serde(default)]
    pub value: Option<Value>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "is_false"
    )]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Value>,
}

impl PmVariable {
    pub fn name(&self) -> Option<&str> {
        self.key.as_deref().or(self.id.as_deref())
    }

    pub fn value_text(&self) -> String {
        match &self.value {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(text)) => text.clone(),
            Some(other) => other.to_string(),
        }
    }
}

/// A field the format allows to be written either as a plain string or as a
/// structure (`"url": "https://…"` or `"url": { "raw": … }`).
#[derive(Debug)]
pub enum StrOr<T> {
    Str(String),
    Other(T),
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for StrOr<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Through Value rather than `#[serde(untagged)]`, so a malformed
        // structure reports what was wrong instead of "no variant matched".
        match Value::deserialize(deserializer)? {
            Value::String(text) => Ok(StrOr::Str(text)),
            other => T::deserialize(other)
                .map(StrOr::Other)
                .map_err(D::Error::custom),
        }
    }
}

impl<T: Serialize> Serialize for StrOr<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            StrOr::Str(text) => serializer.serialize_str(text),
            StrOr::Other(value) => value.serialize(serializer),
        }
    }
}

/// True when a description has any text in it (a string, or `{content}`).
pub fn has_description(description: &Option<Value>) -> bool {
    match description {
        Some(Value::String(text)) => !text.trim().is_empty(),
        Some(Value::Object(map)) => map
            .get("content")
            .and_then(Value::as_str)
            .is_some_and(|text| !text.trim().is_empty()),
        _ => false,
    }
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// Text that some exporters write as a number, a boolean or `null`.
fn lenient_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Null => Ok(None),
        value @ (Value::String(_) | Value::Number(_) | Value::Bool(_)) => Ok(scalar_text(&value)),
        other => Err(D::Error::custom(format!(
            "expected text, found {}",
            describe(&other)
        ))),
    }
}

/// `null` where a list or a flag is expected reads as empty or false.
fn nullable<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn is_false(flag: &bool) -> bool {
    !*flag
}
