//! Reading fields out of a [`Json`] tree by hand, the way the format allows
//! them to be written: `null` reads as missing everywhere, and text may be
//! written as a number or a boolean. A field in the wrong shape is an error
//! naming the field.
//!
//! Also JSON written as serde_json's `Value` wrote it (members sorted by name,
//! the last of a repeated name kept), which the importer did before it read
//! the tree by hand, so imported bodies and values keep their exact text.

use crate::core::json_value::Json;
use crate::core::response::json_pretty::pretty;

/// What was wrong, for [`super::PostmanError::Malformed`].
pub type Read<T> = Result<T, String>;

/// A reader for the value of the field `name`.
pub type Reader<T> = fn(&Json, &str) -> Read<T>;

/// The member `name` of an object, with `null` read as missing.
pub fn get<'a>(object: &'a Json, name: &str) -> Option<&'a Json> {
    object
        .member(name)
        .filter(|value| !matches!(value, Json::Null))
}

/// Lenient text: a string, or a number or boolean written as one.
pub fn text(object: &Json, name: &str) -> Read<Option<String>> {
    get(object, name)
        .map(|value| scalar_text(value).ok_or_else(|| wrong(name, "text", value)))
        .transpose()
}

/// Strict text: only a string will do.
pub fn string(value: &Json, name: &str) -> Read<String> {
    value
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| wrong(name, "text", value))
}

/// A flag; missing or `null` is false.
pub fn flag(object: &Json, name: &str) -> Read<bool> {
    get(object, name).map_or(Ok(false), |value| {
        value
            .as_bool()
            .ok_or_else(|| wrong(name, "true or false", value))
    })
}

pub fn object<'a>(value: &'a Json, name: &str) -> Read<&'a Json> {
    match value {
        Json::Object(_) => Ok(value),
        other => Err(wrong(name, "an object", other)),
    }
}

pub fn array<'a>(value: &'a Json, name: &str) -> Read<&'a [Json]> {
    value.as_array().ok_or_else(|| wrong(name, "a list", value))
}

/// The field `name` read with `read`, when present.
pub fn child<T>(object: &Json, name: &str, read: Reader<T>) -> Read<Option<T>> {
    get(object, name).map(|value| read(value, name)).transpose()
}

/// Every entry of the list `value`, read with `read`.
pub fn list_of<T>(value: &Json, name: &str, read: Reader<T>) -> Read<Vec<T>> {
    array(value, name)?
        .iter()
        .map(|entry| read(entry, name))
        .collect()
}

/// The list field `name`; missing or `null` is empty.
pub fn list<T>(object: &Json, name: &str, read: Reader<T>) -> Read<Vec<T>> {
    Ok(get(object, name)
        .map(|value| list_of(value, name, read))
        .transpose()?
        .unwrap_or_default())
}

/// Names of the members not in `known`, sorted, each once.
pub fn extra(object: &Json, known: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = object
        .as_object()
        .unwrap_or_default()
        .iter()
        .map(|(name, _)| name)
        .filter(|name| !known.contains(&name.as_str()))
        .cloned()
        .collect();
    names.sort();
    names.dedup();
    names
}

/// True when a description has any text in it (a string, or `{content}`).
pub fn has_description(object: &Json) -> bool {
    get(object, "description")
        .and_then(|description| match description {
            Json::Object(_) => description.member("content")?.as_str(),
            other => other.as_str(),
        })
        .is_some_and(|text| !text.trim().is_empty())
}

pub fn scalar_text(value: &Json) -> Option<String> {
    match value {
        Json::String(text) => Some(text.clone()),
        Json::Number(number) => Some(number.to_string()),
        Json::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

fn wrong(name: &str, expected: &str, found: &Json) -> String {
    let found = match found {
        Json::String(_) => "text",
        Json::Array(_) => "a list",
        other => other.kind(),
    };
    format!("“{name}”: expected {expected}, found {found}")
}

/// `value` as serde_json's `Value` held it: object members sorted by name,
/// the last of a repeated name kept.
pub fn canonical(value: &Json) -> Json {
    match value {
        Json::Array(items) => Json::Array(items.iter().map(canonical).collect()),
        Json::Object(members) => {
            // Reversed before a stable sort, so the last of a name comes first.
            let mut sorted: Vec<(String, Json)> = members
                .iter()
                .rev()
                .map(|(name, value)| (name.clone(), canonical(value)))
                .collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            sorted.dedup_by(|later, first| later.0 == first.0);
            Json::Object(sorted)
        }
        other => other.clone(),
    }
}

/// Pretty-printed JSON text, laid out as serde_json lays it out.
pub fn pretty_text(value: &Json) -> String {
    let compact = value.to_compact();
    // Only nesting deeper than the printer's limit fails; compact text is
    // still the same JSON.
    pretty(&compact).unwrap_or(compact)
}

/// `{"name": value, …}` in the order given.
pub fn object_of(members: Vec<(&str, Json)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value))
            .collect(),
    )
}

pub fn text_of(text: &str) -> Json {
    Json::String(text.to_owned())
}

#[cfg(test)]
mod tests;
