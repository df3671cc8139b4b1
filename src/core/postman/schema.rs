//! The Postman Collection v2.1 format (v2.0 reads the same, except that auth
//! parameters are an object there instead of a list), read by hand from a
//! [`Json`] tree into plain structs.
//!
//! Fields that may be a string or a structure read as [`StrOr`], and keys we
//! do not model are listed in `extra` so the importer can say that they were
//! left out. Every modelled field is checked, used or not, so a part in the
//! wrong shape is reported wherever it is.

use super::read::{
    array, canonical, child, extra, flag, get, has_description, list, list_of, object, scalar_text,
    string, text, Read,
};
use crate::core::json_value::Json;

pub const SCHEMA_V2_1: &str =
    "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/// Settings such as `protocolProfileBehavior`, sorted by name.
pub type Settings = Vec<(String, Json)>;

#[derive(Debug, Default)]
pub struct PmCollection {
    pub info: Info,
    pub item: Vec<PmItem>,
    pub event: Vec<Event>,
    pub variable: Vec<PmVariable>,
    pub auth: Option<Auth>,
    pub protocol_profile_behavior: Option<Settings>,
    pub extra: Vec<String>,
}

impl PmCollection {
    /// Reads a collection whose `info` object and `item` list are checked already.
    pub fn read(root: &Json) -> Read<PmCollection> {
        const KNOWN: [&str; 6] = [
            "info",
            "item",
            "event",
            "variable",
            "auth",
            "protocolProfileBehavior",
        ];
        Ok(PmCollection {
            info: Info::read(root.member("info").unwrap_or(&Json::Null))?,
            item: list(root, "item", PmItem::read)?,
            event: list(root, "event", Event::read)?,
            variable: list(root, "variable", PmVariable::read)?,
            auth: child(root, "auth", Auth::read)?,
            protocol_profile_behavior: child(root, "protocolProfileBehavior", settings)?,
            extra: extra(root, &KNOWN),
        })
    }
}

#[derive(Debug, Default)]
pub struct Info {
    pub name: Option<String>,
    pub description: bool,
    pub extra: Vec<String>,
}

impl Info {
    fn read(value: &Json) -> Read<Info> {
        let info = object(value, "info")?;
        child(info, "schema", string)?;
        Ok(Info {
            name: text(info, "name")?,
            description: has_description(info),
            extra: extra(info, &["name", "description", "schema"]),
        })
    }
}

/// An item (has `request`) or an item group, that is a folder (has `item`).
#[derive(Debug, Default)]
pub struct PmItem {
    pub name: Option<String>,
    pub description: bool,
    pub item: Option<Vec<PmItem>>,
    pub request: Option<PmRequest>,
    pub protocol_profile_behavior: Option<Settings>,
    /// How many saved example responses there are.
    pub responses: usize,
    pub event: Vec<Event>,
    pub auth: Option<Auth>,
    pub variable: Vec<PmVariable>,
    pub extra: Vec<String>,
}

impl PmItem {
    fn read(value: &Json, name: &str) -> Read<PmItem> {
        const KNOWN: [&str; 9] = [
            "name",
            "description",
            "item",
            "request",
            "protocolProfileBehavior",
            "response",
            "event",
            "auth",
            "variable",
        ];
        let item = object(value, name)?;
        Ok(PmItem {
            name: text(item, "name")?,
            description: has_description(item),
            item: child(item, "item", |items, name| {
                list_of(items, name, PmItem::read)
            })?,
            request: child(item, "request", PmRequest::read)?,
            protocol_profile_behavior: child(item, "protocolProfileBehavior", settings)?,
            responses: child(item, "response", |list, name| Ok(array(list, name)?.len()))?
                .unwrap_or(0),
            event: list(item, "event", Event::read)?,
            auth: child(item, "auth", Auth::read)?,
            variable: list(item, "variable", PmVariable::read)?,
            extra: extra(item, &KNOWN),
        })
    }
}

#[derive(Debug, Default)]
pub struct PmRequest {
    pub method: Option<String>,
    pub header: Option<StrOr<Vec<Header>>>,
    pub body: Option<Body>,
    pub url: Option<StrOr<UrlParts>>,
    pub auth: Option<Auth>,
    pub description: bool,
    pub proxy: bool,
    pub certificate: bool,
    pub extra: Vec<String>,
}

impl PmRequest {
    /// A request, or just its URL: `"request": "https://…"` is a GET.
    fn read(value: &Json, name: &str) -> Read<PmRequest> {
        const KNOWN: [&str; 8] = [
            "method",
            "header",
            "body",
            "url",
            "auth",
            "description",
            "proxy",
            "certificate",
        ];
        if let Json::String(url) = value {
            return Ok(PmRequest {
                url: Some(StrOr::Str(url.clone())),
                ..PmRequest::default()
            });
        }
        let request = object(value, name)?;
        Ok(PmRequest {
            method: text(request, "method")?,
            header: child(request, "header", |header, name| {
                str_or(header, name, |rows, name| list_of(rows, name, Header::read))
            })?,
            body: child(request, "body", Body::read)?,
            url: child(request, "url", |url, name| {
                str_or(url, name, UrlParts::read)
            })?,
            auth: child(request, "auth", Auth::read)?,
            description: has_description(request),
            proxy: get(request, "proxy").is_some(),
            certificate: get(request, "certificate").is_some(),
            extra: extra(request, &KNOWN),
        })
    }
}

#[derive(Debug, Default)]
pub struct Header {
    pub key: Option<String>,
    pub value: Option<String>,
    pub disabled: bool,
    pub description: bool,
}

impl Header {
    fn read(value: &Json, name: &str) -> Read<Header> {
        let header = object(value, name)?;
        Ok(Header {
            key: text(header, "key")?,
            value: text(header, "value")?,
            disabled: flag(header, "disabled")?,
            description: has_description(header),
        })
    }
}

#[derive(Debug, Default)]
pub struct UrlParts {
    pub raw: Option<String>,
    pub protocol: Option<String>,
    pub host: Option<StrOr<Vec<String>>>,
    pub port: Option<String>,
    pub path: Option<StrOr<Vec<StrOr<PathVariableSegment>>>>,
    pub query: Vec<QueryParam>,
    pub hash: Option<String>,
    pub variable: Vec<PmVariable>,
}

impl UrlParts {
    fn read(value: &Json, name: &str) -> Read<UrlParts> {
        let url = object(value, name)?;
        Ok(UrlParts {
            raw: text(url, "raw")?,
            protocol: text(url, "protocol")?,
            host: child(url, "host", |host, name| {
                str_or(host, name, |labels, name| list_of(labels, name, string))
            })?,
            port: text(url, "port")?,
            path: child(url, "path", |path, name| {
                str_or(path, name, |segments, name| {
                    list_of(segments, name, |segment, name| {
                        str_or(segment, name, PathVariableSegment::read)
                    })
                })
            })?,
            query: list(url, "query", QueryParam::read)?,
            hash: text(url, "hash")?,
            variable: list(url, "variable", PmVariable::read)?,
        })
    }
}

/// A path segment written as `{ "type": "string", "value": ":id" }`.
#[derive(Debug, Default)]
pub struct PathVariableSegment {
    pub value: Option<String>,
}

impl PathVariableSegment {
    fn read(value: &Json, name: &str) -> Read<PathVariableSegment> {
        Ok(PathVariableSegment {
            value: text(object(value, name)?, "value")?,
        })
    }
}

#[derive(Debug, Default)]
pub struct QueryParam {
    pub key: Option<String>,
    pub value: Option<String>,
    pub disabled: bool,
    pub description: bool,
}

impl QueryParam {
    fn read(value: &Json, name: &str) -> Read<QueryParam> {
        let param = object(value, name)?;
        Ok(QueryParam {
            key: text(param, "key")?,
            value: text(param, "value")?,
            disabled: flag(param, "disabled")?,
            description: has_description(param),
        })
    }
}

#[derive(Debug, Default)]
pub struct Body {
    pub mode: Option<String>,
    pub raw: Option<String>,
    pub urlencoded: Vec<FormParam>,
    pub formdata: Vec<FormParam>,
    /// `Some` for a `file` object; inside, its `src` when that is text.
    pub file: Option<Option<String>>,
    pub graphql: Option<GraphQlBody>,
    /// `options.raw.language`: the editor mode Postman shows a raw body in.
    pub raw_language: Option<String>,
    pub disabled: bool,
}

impl Body {
    fn read(value: &Json, name: &str) -> Read<Body> {
        let body = object(value, name)?;
        let raw_language = get(body, "options")
            .and_then(|options| options.member("raw")?.member("language")?.as_str());
        Ok(Body {
            mode: text(body, "mode")?,
            raw: text(body, "raw")?,
            urlencoded: list(body, "urlencoded", FormParam::read)?,
            formdata: list(body, "formdata", FormParam::read)?,
            file: child(body, "file", |file, name| {
                let src = get(object(file, name)?, "src").and_then(Json::as_str);
                Ok(src.map(str::to_owned))
            })?,
            graphql: child(body, "graphql", GraphQlBody::read)?,
            raw_language: raw_language.map(str::to_owned),
            disabled: flag(body, "disabled")?,
        })
    }
}

/// An entry of a `urlencoded` or `formdata` body.
#[derive(Debug, Default)]
pub struct FormParam {
    pub key: Option<String>,
    pub value: Option<String>,
    pub disabled: bool,
    /// `text` or `file` (form-data only).
    pub kind: Option<String>,
    /// The Content-Type of a form-data part (form-data only).
    pub content_type: Option<String>,
    pub description: bool,
}

impl FormParam {
    fn read(value: &Json, name: &str) -> Read<FormParam> {
        let param = object(value, name)?;
        Ok(FormParam {
            key: text(param, "key")?,
            value: text(param, "value")?,
            disabled: flag(param, "disabled")?,
            kind: text(param, "type")?,
            content_type: text(param, "contentType")?,
            description: has_description(param),
        })
    }
}

#[derive(Debug, Default)]
pub struct GraphQlBody {
    pub query: Option<String>,
    /// Postman stores the variables as JSON text; some tools write an object.
    pub variables: Option<Json>,
}

impl GraphQlBody {
    fn read(value: &Json, name: &str) -> Read<GraphQlBody> {
        let graphql = object(value, name)?;
        Ok(GraphQlBody {
            query: text(graphql, "query")?,
            variables: get(graphql, "variables").cloned(),
        })
    }
}

/// `{ "type": "basic", "basic": [{ "key": "username", "value": "…" }, …] }`.
#[derive(Debug, Default)]
pub struct Auth {
    pub kind: Option<String>,
    /// The member named after the type: its parameters.
    pub params: Option<Json>,
}

impl Auth {
    fn read(value: &Json, name: &str) -> Read<Auth> {
        let auth = object(value, name)?;
        let kind = text(auth, "type")?;
        let params = kind
            .as_deref()
            .filter(|kind| *kind != "type")
            .and_then(|kind| auth.member(kind))
            .cloned();
        Ok(Auth { kind, params })
    }

    /// The parameter `name` of the active auth type, as text. v2.1 lists
    /// parameters as `[{key, value}]`, v2.0 as an object.
    pub fn param(&self, name: &str) -> Option<String> {
        let params = self.params.as_ref()?;
        let value = match params {
            Json::Array(entries) => entries
                .iter()
                .find(|entry| entry.member("key").and_then(Json::as_str) == Some(name))?
                .member("value")?,
            Json::Object(_) => params.member(name)?,
            _ => return None,
        };
        scalar_text(value)
    }
}

#[derive(Debug, Default)]
pub struct Event {
    pub listen: Option<String>,
    /// Exports carry empty placeholder scripts (`"exec": [""]`) that do nothing.
    pub has_code: bool,
    pub disabled: bool,
}

impl Event {
    fn read(value: &Json, name: &str) -> Read<Event> {
        let event = object(value, name)?;
        Ok(Event {
            listen: text(event, "listen")?,
            has_code: child(event, "script", script_has_code)?.unwrap_or(false),
            disabled: flag(event, "disabled")?,
        })
    }
}

/// A script's `exec` holds a line or a list of lines; `src` points elsewhere.
fn script_has_code(value: &Json, name: &str) -> Read<bool> {
    let script = object(value, name)?;
    let code = |line: &str| !line.trim().is_empty();
    let exec = match get(script, "exec") {
        None => false,
        Some(Json::String(line)) => code(line),
        Some(lines) => {
            let mut any = false;
            for line in array(lines, "exec")? {
                if !matches!(line, Json::Null) {
                    any |= code(&string(line, "exec")?);
                }
            }
            any
        }
    };
    Ok(exec || get(script, "src").is_some())
}

#[derive(Debug, Default)]
pub struct PmVariable {
    /// `key`, or `id`: v2.0 exports sometimes name a variable by `id` only.
    pub name: Option<String>,
    pub value: String,
    pub disabled: bool,
    /// `"type": "secret"`: Postman hides the value and marks it a credential.
    pub secret: bool,
    pub description: bool,
}

impl PmVariable {
    fn read(value: &Json, name: &str) -> Read<PmVariable> {
        let variable = object(value, name)?;
        let key = text(variable, "key")?;
        let id = text(variable, "id")?;
        let value = match get(variable, "value") {
            None => String::new(),
            Some(Json::String(text)) => text.clone(),
            Some(other) => canonical(other).to_compact(),
        };
        Ok(PmVariable {
            name: key.or(id),
            value,
            disabled: flag(variable, "disabled")?,
            // Other types (string, number…) and odd values are ordinary text to us.
            secret: matches!(get(variable, "type"), Some(Json::String(t)) if t == "secret"),
            description: has_description(variable),
        })
    }
}

/// A field the format allows to be written either as a plain string or as a
/// structure (`"url": "https://…"` or `"url": { "raw": … }`).
#[derive(Debug)]
pub enum StrOr<T> {
    Str(String),
    Other(T),
}

fn str_or<T>(value: &Json, name: &str, read: fn(&Json, &str) -> Read<T>) -> Read<StrOr<T>> {
    match value {
        Json::String(text) => Ok(StrOr::Str(text.clone())),
        other => read(other, name).map(StrOr::Other),
    }
}

fn settings(value: &Json, name: &str) -> Read<Settings> {
    match canonical(object(value, name)?) {
        Json::Object(members) => Ok(members),
        _ => Ok(Settings::new()),
    }
}
