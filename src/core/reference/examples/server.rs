//! The server side of a scenario: an Express route, a Flask view and an axum
//! handler that answer with the scenario's status, headers and body.

use super::lit::{
    comment, express_route, flask_route, headline, indent_rest, is_document, js_object, members,
    py_dict, quoted, route_params, rust_json, rust_str, PROBLEM_JSON,
};
use super::scenarios::{Body, Method, Scenario};

/// Headers a WSGI application may not set (PEP 3333 leaves them to the server).
const HOP_BY_HOP: &[&str] = &["connection", "upgrade", "proxy-authenticate"];

/// The redirect codes each framework has a helper for.
const REDIRECTS: &[u16] = &[301, 302, 303, 307, 308];

/// The Location of a plain redirect: a redirect code, Location as the only
/// header and no body.
fn plain_redirect(s: &Scenario) -> Option<&'static str> {
    match (s.headers, s.body) {
        ([("Location", to)], Body::Empty) if REDIRECTS.contains(&s.status) => Some(to),
        _ => None,
    }
}

/// Response headers, with Content-Type added for a problem or a text body.
fn headers_with_type(s: &Scenario) -> Vec<(&'static str, &'static str)> {
    let mut all = s.headers.to_vec();
    match s.body {
        Body::Problem { .. } => all.push(("Content-Type", PROBLEM_JSON)),
        Body::Text { media_type, .. } => all.push(("Content-Type", media_type)),
        Body::Empty | Body::Json(_) => {}
    }
    all
}

/// A text body of several lines (XML, HTML) is a constant of its own, named
/// after its kind, so the handler stays short and the text keeps its indentation.
fn document(s: &Scenario) -> Option<(&'static str, &'static str)> {
    match s.body {
        Body::Text { media_type, text } if is_document(text) => {
            let name = if media_type.contains("xml") {
                "xml"
            } else if media_type.contains("html") {
                "page"
            } else {
                "body"
            };
            Some((name, text))
        }
        _ => None,
    }
}

pub(super) fn express(s: &Scenario, name: &str) -> String {
    let mut out = String::from("import express from \"express\";\n\nconst app = express();\n\n");
    if let Some((constant, text)) = document(s) {
        out.push_str(&format!("const {constant} = `{text}`;\n\n"));
    }
    out.push_str(&headline("//", s.code, name, s.when));
    out.push_str(&format!(
        "app.{}({}, (req, res) => {{\n  {}\n}});\n",
        s.method.lower(),
        quoted(&express_route(s.route)),
        express_response(s)
    ));
    out
}

fn express_response(s: &Scenario) -> String {
    if let Some(to) = plain_redirect(s) {
        return format!("res.redirect({}, {});", s.status, quoted(to));
    }
    let mut calls = vec![format!(".status({})", s.status)];
    for (header, value) in s.headers {
        calls.push(format!(".set({}, {})", quoted(header), quoted(value)));
    }
    if matches!(s.body, Body::Problem { .. }) {
        calls.push(format!(".type({})", quoted(PROBLEM_JSON)));
    }
    if let Body::Text { media_type, .. } = s.body {
        calls.push(format!(".type({})", quoted(media_type)));
    }
    // `res.status(..).end()` stays on one line; a longer chain takes a line a call.
    let chained = calls.len() >= 2;
    let end = match s.body {
        Body::Empty => ".end();".to_owned(),
        Body::Json(_) | Body::Problem { .. } => {
            let fields = members(&s.body, s.status).unwrap_or_default();
            format!(
                ".json({});",
                js_object(&fields, if chained { 4 } else { 2 })
            )
        }
        Body::Text { text, .. } => match document(s) {
            Some((constant, _)) => format!(".send({constant});"),
            None => format!(".send({});", quoted(text)),
        },
    };
    calls.push(end);
    if chained {
        format!("res\n    {}", calls.join("\n    "))
    } else {
        format!("res{}", calls.concat())
    }
}

pub(super) fn flask(s: &Scenario, name: &str) -> String {
    let redirect = plain_redirect(s);
    let mut out = String::from(if redirect.is_some() {
        "from flask import Flask, redirect\n\napp = Flask(__name__)\n"
    } else {
        "from flask import Flask\n\napp = Flask(__name__)\n"
    });
    if let Some((constant, text)) = document(s) {
        out.push_str(&format!(
            "\n{} = \"\"\"{text}\"\"\"\n",
            constant.to_ascii_uppercase()
        ));
    }
    out.push_str("\n\n");
    out.push_str(&headline("#", s.code, name, s.when));
    let route = quoted(&flask_route(s.route));
    if s.method.is_standard() {
        out.push_str(&format!("@app.{}({route})\n", s.method.lower()));
    } else {
        out.push_str(&format!(
            "@app.route({route}, methods=[{}])\n",
            quoted(s.method.name())
        ));
    }
    out.push_str(&format!(
        "def {}({}):\n",
        s.handler,
        route_params(s.route).join(", ")
    ));
    if let Some(to) = redirect {
        out.push_str(&format!(
            "    return redirect({}, code={})\n",
            quoted(to),
            s.status
        ));
        return out;
    }
    let all = headers_with_type(s);
    let (hop, kept): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(name, _)| HOP_BY_HOP.contains(&name.to_ascii_lowercase().as_str()));
    if !hop.is_empty() {
        let names: Vec<&str> = hop.iter().map(|(name, _)| *name).collect();
        out.push_str(&comment(
            "    #",
            &format!(
                "WSGI forbids an application to set hop-by-hop headers ({}); the server sends them.",
                names.join(", ")
            ),
        ));
    }
    let body = match s.body {
        Body::Empty => "\"\"".to_owned(),
        Body::Json(_) | Body::Problem { .. } => {
            py_dict(&members(&s.body, s.status).unwrap_or_default(), 4)
        }
        Body::Text { text, .. } => match document(s) {
            Some((constant, _)) => constant.to_ascii_uppercase(),
            None => quoted(text),
        },
    };
    let mut parts = vec![body, s.status.to_string()];
    if !kept.is_empty() {
        let pairs: Vec<String> = kept
            .iter()
            .map(|(name, value)| format!("{}: {}", quoted(name), quoted(value)))
            .collect();
        let inline = format!("{{{}}}", pairs.join(", "));
        parts.push(if inline.len() <= 70 {
            inline
        } else {
            format!("{{\n        {},\n    }}", pairs.join(",\n        "))
        });
    }
    let one_line = format!("    return {}\n", parts.join(", "));
    if one_line.len() <= 89 && !one_line.trim_end().contains('\n') {
        out.push_str(&one_line);
    } else {
        out.push_str("    return (\n");
        for part in parts {
            out.push_str(&format!("        {},\n", indent_rest(&part, 4)));
        }
        out.push_str("    )\n");
    }
    out
}

/// The `http::StatusCode` constant for a code.
pub(super) fn status_const(code: u16) -> &'static str {
    match code {
        100 => "CONTINUE",
        101 => "SWITCHING_PROTOCOLS",
        102 => "PROCESSING",
        200 => "OK",
        201 => "CREATED",
        202 => "ACCEPTED",
        203 => "NON_AUTHORITATIVE_INFORMATION",
        204 => "NO_CONTENT",
        205 => "RESET_CONTENT",
        206 => "PARTIAL_CONTENT",
        207 => "MULTI_STATUS",
        208 => "ALREADY_REPORTED",
        226 => "IM_USED",
        300 => "MULTIPLE_CHOICES",
        301 => "MOVED_PERMANENTLY",
        302 => "FOUND",
        303 => "SEE_OTHER",
        304 => "NOT_MODIFIED",
        305 => "USE_PROXY",
        307 => "TEMPORARY_REDIRECT",
        308 => "PERMANENT_REDIRECT",
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        402 => "PAYMENT_REQUIRED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        405 => "METHOD_NOT_ALLOWED",
        406 => "NOT_ACCEPTABLE",
        407 => "PROXY_AUTHENTICATION_REQUIRED",
        408 => "REQUEST_TIMEOUT",
        409 => "CONFLICT",
        410 => "GONE",
        411 => "LENGTH_REQUIRED",
        412 => "PRECONDITION_FAILED",
        413 => "PAYLOAD_TOO_LARGE",
        414 => "URI_TOO_LONG",
        415 => "UNSUPPORTED_MEDIA_TYPE",
        416 => "RANGE_NOT_SATISFIABLE",
        417 => "EXPECTATION_FAILED",
        421 => "MISDIRECTED_REQUEST",
        422 => "UNPROCESSABLE_ENTITY",
        423 => "LOCKED",
        424 => "FAILED_DEPENDENCY",
        425 => "TOO_EARLY",
        426 => "UPGRADE_REQUIRED",
        428 => "PRECONDITION_REQUIRED",
        429 => "TOO_MANY_REQUESTS",
        431 => "REQUEST_HEADER_FIELDS_TOO_LARGE",
        451 => "UNAVAILABLE_FOR_LEGAL_REASONS",
        500 => "INTERNAL_SERVER_ERROR",
        501 => "NOT_IMPLEMENTED",
        502 => "BAD_GATEWAY",
        503 => "SERVICE_UNAVAILABLE",
        504 => "GATEWAY_TIMEOUT",
        505 => "HTTP_VERSION_NOT_SUPPORTED",
        506 => "VARIANT_ALSO_NEGOTIATES",
        507 => "INSUFFICIENT_STORAGE",
        508 => "LOOP_DETECTED",
        510 => "NOT_EXTENDED",
        511 => "NETWORK_AUTHENTICATION_REQUIRED",
        _ => "",
    }
}

/// The `http::header` constants the examples use.
const HEADER_CONSTS: &[&str] = &[
    "ACCEPT",
    "ALLOW",
    "CACHE_CONTROL",
    "CONNECTION",
    "CONTENT_RANGE",
    "CONTENT_TYPE",
    "ETAG",
    "LINK",
    "LOCATION",
    "PROXY_AUTHENTICATE",
    "RETRY_AFTER",
    "UPGRADE",
    "WWW_AUTHENTICATE",
];

/// A header name as axum code: a constant, or `HeaderName::from_static`.
fn axum_header(name: &str) -> (String, bool) {
    let constant = name.to_ascii_uppercase().replace('-', "_");
    if HEADER_CONSTS.contains(&constant.as_str()) {
        (format!("header::{constant}"), false)
    } else {
        (
            format!(
                "HeaderName::from_static({})",
                rust_str(&name.to_ascii_lowercase())
            ),
            true,
        )
    }
}

/// The route line axum needs, as the comment over a handler shows it.
pub(super) fn axum_method(method: Method) -> &'static str {
    match method {
        Method::Get => "get",
        Method::Post => "post",
        Method::Put => "put",
        Method::Patch => "patch",
        Method::Delete => "delete",
        // Method routers only know the standard methods.
        Method::Propfind => "any",
    }
}

pub(super) fn axum(s: &Scenario, name: &str) -> String {
    let mut http_items = Vec::new();
    let mut response_items = vec!["IntoResponse"];
    let mut json = false;
    let mut notes = Vec::new();

    let body = if let (Some(to), 303 | 307 | 308) = (plain_redirect(s), s.status) {
        response_items.push("Redirect");
        let helper = match s.status {
            303 => "to",
            307 => "temporary",
            _ => "permanent",
        };
        notes.push(format!(
            "Redirect::{helper} answers {} with this Location.",
            s.status
        ));
        format!("    Redirect::{helper}({})", rust_str(to))
    } else {
        http_items.push("StatusCode");
        let mut parts = vec![format!("StatusCode::{}", status_const(s.status))];
        let headers = headers_with_type(s);
        if !headers.is_empty() {
            let mut pairs = Vec::new();
            for (header, value) in headers {
                let (name, custom) = axum_header(header);
                if custom {
                    if !http_items.contains(&"HeaderName") {
                        http_items.push("HeaderName");
                    }
                } else if !http_items.contains(&"header") {
                    http_items.push("header");
                }
                let pair = format!("({name}, {})", rust_str(value));
                // rustfmt breaks a wide tuple in a stacked array.
                pairs.push(if pair.len() > 70 {
                    format!("(\n    {name},\n    {},\n)", rust_str(value))
                } else {
                    pair
                });
            }
            let inline = format!("[{}]", pairs.join(", "));
            parts.push(if inline.len() <= 60 {
                inline
            } else {
                format!(
                    "[\n    {},\n]",
                    pairs
                        .iter()
                        .map(|pair| indent_rest(pair, 4))
                        .collect::<Vec<_>>()
                        .join(",\n    ")
                )
            });
        }
        match s.body {
            Body::Empty => {}
            Body::Json(_) | Body::Problem { .. } => {
                json = true;
                let fields = members(&s.body, s.status).unwrap_or_default();
                parts.push(format!("Json(json!({}))", rust_json(&fields, 0)));
            }
            Body::Text { text, .. } => parts.push(match document(s) {
                Some((constant, _)) => constant.to_ascii_uppercase(),
                None => rust_str(text),
            }),
        }
        let flat = format!("({})", parts.join(", "));
        if parts.len() == 1 {
            format!("    {}", parts[0])
        } else if flat.len() <= 60 && !flat.contains('\n') {
            format!("    {flat}")
        } else {
            let inner: Vec<String> = parts
                .iter()
                .map(|p| format!("        {},", indent_rest(p, 8)))
                .collect();
            format!("    (\n{}\n    )", inner.join("\n"))
        }
    };

    let mut out = axum_uses(&http_items, &response_items, json);
    out.push('\n');
    if let Some((constant, text)) = document(s) {
        out.push_str(&format!(
            "const {}: &str = r#\"{text}\"#;\n\n",
            constant.to_ascii_uppercase()
        ));
    }
    out.push_str(&headline("//", s.code, name, s.when));
    for note in notes {
        out.push_str(&comment("//", &note));
    }
    out.push_str(&format!(
        "// Route: .route({}, {}({}))\n",
        quoted(s.route),
        axum_method(s.method),
        s.handler
    ));
    out.push_str(&format!(
        "pub async fn {}() -> impl IntoResponse {{\n{body}\n}}\n",
        s.handler
    ));
    out
}

/// The `use` lines, sorted as rustfmt sorts them.
fn axum_uses(http_items: &[&str], response_items: &[&str], json: bool) -> String {
    let mut http_items = http_items.to_vec();
    // rustfmt puts lower-case names (modules) before types.
    http_items.sort_by_key(|item| (item.starts_with(char::is_uppercase), *item));
    let mut items = Vec::new();
    match http_items.as_slice() {
        [] => {}
        [one] => items.push(format!("http::{one}")),
        many => items.push(format!("http::{{{}}}", many.join(", "))),
    }
    match response_items {
        [one] => items.push(format!("response::{one}")),
        many => items.push(format!("response::{{{}}}", many.join(", "))),
    }
    if json {
        items.push("Json".to_owned());
    }
    // rustfmt keeps a flat list on one line but stacks one with nested braces.
    let mut out = match items.as_slice() {
        [one] => format!("use axum::{one};\n"),
        _ if items.iter().any(|item| item.contains('{')) => {
            format!("use axum::{{\n    {},\n}};\n", items.join(",\n    "))
        }
        _ => format!("use axum::{{{}}};\n", items.join(", ")),
    };
    if json {
        out.push_str("use serde_json::json;\n");
    }
    out
}
