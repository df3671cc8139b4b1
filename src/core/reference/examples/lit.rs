//! Writing values as source text: string literals, JSON objects and header
//! lists, in JavaScript, Python, Rust and shell syntax.

use super::scenarios::{Body, Fields, Val};

/// The host every example talks to.
pub(super) const HOST: &str = "https://api.example.com";

pub(super) const PROBLEM_JSON: &str = "application/problem+json";

/// A member's value, owned so the problem's `status` can be built.
pub(super) enum Lit {
    Str(String),
    Raw(String),
}

/// The members of a JSON body, in order.
pub(super) fn members(body: &Body, status: u16) -> Option<Vec<(&'static str, Lit)>> {
    let from = |fields: Fields| {
        fields.iter().map(|(name, value)| {
            let lit = match value {
                Val::Str(s) => Lit::Str((*s).to_owned()),
                Val::Raw(r) => Lit::Raw((*r).to_owned()),
            };
            (*name, lit)
        })
    };
    match body {
        Body::Json(fields) => Some(from(fields).collect()),
        Body::Problem {
            slug,
            title,
            detail,
            extra,
        } => {
            let mut all = vec![
                ("type", Lit::Str(format!("{HOST}/problems/{slug}"))),
                ("title", Lit::Str((*title).to_owned())),
                ("status", Lit::Raw(status.to_string())),
                ("detail", Lit::Str((*detail).to_owned())),
            ];
            all.extend(from(extra));
            Some(all)
        }
        Body::Empty | Body::Text { .. } => None,
    }
}

/// The members of a request body.
pub(super) fn request_members(fields: Fields) -> Vec<(&'static str, Lit)> {
    members(&Body::Json(fields), 0).unwrap_or_default()
}

fn escaped(s: &str, quote: char) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A JavaScript or Python string literal: double quotes, unless the text
/// holds double quotes and no single ones (an ETag, say).
pub(super) fn quoted(s: &str) -> String {
    if s.contains('"') && !s.contains('\'') {
        escaped(s, '\'')
    } else {
        escaped(s, '"')
    }
}

/// A Rust string literal; raw when the text holds double quotes.
pub(super) fn rust_str(s: &str) -> String {
    if s.contains('"') && !s.contains('\n') && !s.contains("\"#") {
        format!("r#\"{s}\"#")
    } else {
        escaped(s, '"')
    }
}

/// A shell word in single quotes.
pub(super) fn shell(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

fn lit_text(lit: &Lit, string: fn(&str) -> String) -> String {
    match lit {
        Lit::Str(s) => string(s),
        Lit::Raw(r) => r.clone(),
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

fn js_key(name: &str) -> String {
    if is_identifier(name) {
        name.to_owned()
    } else {
        quoted(name)
    }
}

/// A JavaScript object literal, one member a line, closing at `indent`.
pub(super) fn js_object(members: &[(&str, Lit)], indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::from("{\n");
    for (name, value) in members {
        out.push_str(&format!(
            "{pad}  {}: {},\n",
            js_key(name),
            lit_text(value, quoted)
        ));
    }
    out.push_str(&pad);
    out.push('}');
    out
}

/// A JavaScript object literal on one line.
pub(super) fn js_inline(members: &[(&str, Lit)]) -> String {
    let inner: Vec<String> = members
        .iter()
        .map(|(name, value)| format!("{}: {}", js_key(name), lit_text(value, quoted)))
        .collect();
    format!("{{ {} }}", inner.join(", "))
}

/// A Python dict literal, one member a line, closing at `indent`.
pub(super) fn py_dict(members: &[(&str, Lit)], indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::from("{\n");
    for (name, value) in members {
        out.push_str(&format!(
            "{pad}    {}: {},\n",
            quoted(name),
            lit_text(value, quoted)
        ));
    }
    out.push_str(&pad);
    out.push('}');
    out
}

/// A Python dict literal on one line.
pub(super) fn py_inline(members: &[(&str, Lit)]) -> String {
    let inner: Vec<String> = members
        .iter()
        .map(|(name, value)| format!("{}: {}", quoted(name), lit_text(value, quoted)))
        .collect();
    format!("{{{}}}", inner.join(", "))
}

/// The members as compact JSON, for a shell argument.
pub(super) fn json_inline(members: &[(&str, Lit)]) -> String {
    let inner: Vec<String> = members
        .iter()
        .map(|(name, value)| {
            format!(
                "{}: {}",
                escaped(name, '"'),
                lit_text(value, |s| escaped(s, '"'))
            )
        })
        .collect();
    format!("{{{}}}", inner.join(", "))
}

/// The body of a `serde_json::json!` call, one member a line, closing at `indent`.
pub(super) fn rust_json(members: &[(&str, Lit)], indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::from("{\n");
    for (name, value) in members {
        out.push_str(&format!(
            "{pad}    {}: {},\n",
            escaped(name, '"'),
            lit_text(value, |s| escaped(s, '"'))
        ));
    }
    out.push_str(&pad);
    out.push('}');
    out
}

/// A route written with `{param}` placeholders, in Express's `:param` form.
pub(super) fn express_route(route: &str) -> String {
    route.replace('{', ":").replace('}', "")
}

/// The same route in Flask's `<param>` form.
pub(super) fn flask_route(route: &str) -> String {
    route.replace('{', "<").replace('}', ">")
}

/// The names of a route's parameters.
pub(super) fn route_params(route: &str) -> Vec<&str> {
    route
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split('}').next())
        .collect()
}

/// Indents every line but the first by `by` spaces (blank lines stay blank).
pub(super) fn indent_rest(text: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 || line.is_empty() {
                line.to_owned()
            } else {
                format!("{pad}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` as comment lines of at most 80 columns, each starting `marker `.
pub(super) fn comment(marker: &str, text: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(marker);
    for word in text.split_whitespace() {
        if line.len() > marker.len() && line.len() + 1 + word.len() > 80 {
            out.push_str(&line);
            out.push('\n');
            line = String::from(marker);
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// The comment over a handler: the code and its name, then when it is sent.
pub(super) fn headline(marker: &str, code: u16, name: &str, when: &str) -> String {
    format!("{marker} {code} {name}\n{}", comment(marker, when))
}

/// Whether a text body is long enough to be a constant of its own.
pub(super) fn is_document(text: &str) -> bool {
    text.matches('\n').count() > 1
}
