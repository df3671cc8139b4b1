//! `{{name}}` references, filled in from a collection's variables when a
//! request is sent. The draft keeps the references as written; only the
//! request handed to fetch() carries the values.
//!
//! A value may itself hold references (Postman resolves them the same way);
//! they are followed a few levels deep, so a cycle ends instead of looping.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A `{{key}}` value, such as one of a collection's variables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variable {
    pub key: String,
    pub value: String,
}

/// How deep references inside values are followed.
const MAX_DEPTH: usize = 5;

/// References that no variable defines, in the order they first appear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownVariables {
    pub names: Vec<String>,
    /// The collection whose variables were looked in, if the request is in one.
    pub collection: Option<String>,
}

impl fmt::Display for UnknownVariables {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list: Vec<String> = self.names.iter().map(|n| format!("{{{{{n}}}}}")).collect();
        let (what, verb) = if list.len() == 1 {
            ("variable", "is")
        } else {
            ("variables", "are")
        };
        write!(f, "The {what} {} {verb} not defined. ", list.join(", "))?;
        match &self.collection {
            Some(name) => write!(
                f,
                "Define {} on the page of the collection “{name}” (Variables), or write the value \
                 into the request itself.",
                if list.len() == 1 { "it" } else { "them" }
            )?,
            None => f.write_str(
                "This request is not opened from a collection, so there are no variables to fill \
                 it in from: save it in a collection and define the variables there, or write the \
                 value into the request itself.",
            )?,
        }
        if self.names.iter().any(|n| n.starts_with('$')) {
            f.write_str(
                " Names starting with $ are Postman's generated values ($guid, $timestamp…), \
                 which this app does not make up.",
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownVariables {}

/// Fills in `{{name}}` references from a set of variables, collecting the
/// names no variable defines across every text it fills.
pub struct Filler<'a> {
    variables: &'a [Variable],
    unknown: Vec<String>,
}

impl<'a> Filler<'a> {
    pub fn new(variables: &'a [Variable]) -> Self {
        Filler {
            variables,
            unknown: Vec::new(),
        }
    }

    /// `text` with each reference replaced; undefined ones stay as written.
    pub fn fill(&mut self, text: &str) -> String {
        substitute(text, self.variables, &mut self.unknown, 0)
    }

    /// The undefined names met so far, in the order they first appeared.
    pub fn finish(self) -> Result<(), Vec<String>> {
        if self.unknown.is_empty() {
            Ok(())
        } else {
            Err(self.unknown)
        }
    }
}

/// `text` with each `{{name}}` replaced; undefined names are added to `unknown`
/// (once each) and left as written.
fn substitute(
    text: &str,
    variables: &[Variable],
    unknown: &mut Vec<String>,
    depth: usize,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, name, after)) = next_reference(rest) {
        out.push_str(before);
        match variables.iter().find(|v| v.key == name) {
            Some(variable) if depth < MAX_DEPTH => {
                out.push_str(&substitute(&variable.value, variables, unknown, depth + 1));
            }
            // Too deep: most likely a cycle; the reference stays as written.
            Some(_) => push_reference(&mut out, name),
            None => {
                if !unknown.iter().any(|n| n == name) {
                    unknown.push(name.to_owned());
                }
                push_reference(&mut out, name);
            }
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn push_reference(out: &mut String, name: &str) {
    out.push_str("{{");
    out.push_str(name);
    out.push_str("}}");
}

/// Splits at the first `{{name}}`: the text before it, the name, the text after.
/// A name is non-empty and holds no braces, so `{{}}` and `{{{x}}` stay text.
pub(crate) fn next_reference(text: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    while let Some(offset) = text[from..].find("{{") {
        let start = from + offset;
        let inner = &text[start + 2..];
        if let Some(end) = inner.find("}}") {
            let name = &inner[..end];
            if !name.is_empty() && !name.contains(['{', '}']) {
                return Some((&text[..start], name, &inner[end + 2..]));
            }
        }
        from = start + 1;
    }
    None
}

/// The rows of a variables editor as variables: blank rows are dropped, and
/// a row without a name, a name that could not be referenced, or a name used
/// twice is refused with a message naming the row.
pub fn variables_from_rows(rows: &[(String, String)]) -> Result<Vec<Variable>, String> {
    let mut variables: Vec<Variable> = Vec::new();
    for (index, (key, value)) in rows.iter().enumerate() {
        let row = index + 1;
        if key.is_empty() && value.is_empty() {
            continue;
        }
        if key.trim().is_empty() {
            return Err(format!("Variable {row} has a value but no name."));
        }
        if key.contains(['{', '}']) {
            return Err(format!(
                "The variable name “{key}” holds a brace, so {{{{…}}}} could not refer to it."
            ));
        }
        if variables.iter().any(|v| &v.key == key) {
            return Err(format!(
                "The name “{key}” is used by two variables; keep one."
            ));
        }
        variables.push(Variable {
            key: key.clone(),
            value: value.clone(),
        });
    }
    Ok(variables)
}

#[cfg(test)]
mod tests;
