//! `{{name}}` references, filled in from a collection's variables when a
//! request is sent. The draft keeps the references as written; only the
//! request handed to fetch() carries the values.
//!
//! Variables come from the collection the request was opened from and from
//! the active environment, whose values win ([`Scope`]).
//!
//! A value may itself hold references (Postman resolves them the same way);
//! they are followed a few levels deep, so a cycle ends instead of looping,
//! and the text they add is capped ([`MAX_RESOLVED_BYTES`]), so values that
//! refer to each other many times cannot grow without bound.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A `{{key}}` value, such as one of a collection's or an environment's variables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variable {
    pub key: String,
    pub value: String,
    /// A credential: user-facing exports write it with an empty value unless
    /// the user asks for secrets to be included.
    #[serde(default, skip_serializing_if = "is_false")]
    pub secret: bool,
}

fn is_false(flag: &bool) -> bool {
    !*flag
}

impl Variable {
    /// A variable that is not secret.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Variable {
        Variable {
            key: key.into(),
            value: value.into(),
            secret: false,
        }
    }

    /// The variable as a user-facing export writes it: a secret one keeps
    /// its name (so the recipient knows to fill it in) but not its value.
    pub fn exported(&self, include_secrets: bool) -> Variable {
        let mut out = self.clone();
        if self.secret && !include_secrets {
            out.value.clear();
        }
        out
    }
}

/// How deep references inside values are followed.
const MAX_DEPTH: usize = 5;

/// Most text, in bytes, that filling in variables may add to one request.
/// Values that refer to each other many times grow exponentially
/// (`a = {{b}}{{b}}`, `b = {{c}}{{c}}`…); this stops them long before the tab
/// runs out of memory, while leaving room for any real-world value.
pub const MAX_RESOLVED_BYTES: usize = 1024 * 1024;

/// Where a request's `{{name}}` references are looked up, named so a message
/// can say where it looked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scope<'a> {
    /// The collection the request was opened from: its name and variables.
    pub collection: Option<(&'a str, &'a [Variable])>,
    /// The active environment: its name and variables.
    pub environment: Option<(&'a str, &'a [Variable])>,
}

impl Scope<'_> {
    /// The variables to fill in with: the environment's override the
    /// collection's of the same name.
    pub fn variables(&self) -> Vec<Variable> {
        let environment = self.environment.map_or(&[][..], |(_, v)| v);
        let collection = self.collection.map_or(&[][..], |(_, v)| v);
        let overridden = |v: &&Variable| environment.iter().any(|e| e.key == v.key);
        environment
            .iter()
            .chain(collection.iter().filter(|v| !overridden(v)))
            .cloned()
            .collect()
    }

    /// The error for names that neither source defines.
    pub fn unknown(&self, names: Vec<String>) -> UnknownVariables {
        UnknownVariables {
            names,
            collection: self.collection.map(|(name, _)| name.to_owned()),
            environment: self.environment.map(|(name, _)| name.to_owned()),
        }
    }
}

/// Why a request's references could not be filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// Names no variable defines, in the order they first appear.
    Unknown(Vec<String>),
    TooLarge(TooLarge),
}

/// Filling in the variables was stopped at [`MAX_RESOLVED_BYTES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLarge {
    /// The cap, in bytes.
    pub limit: usize,
    /// The variable, as the request itself refers to it, whose expansion
    /// reached the cap: where the user can start looking.
    pub variable: String,
}

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Filling in the variables would make this request larger than {} (while expanding \
             {{{{{}}}}}); a variable probably refers to another one many times. Check the value of \
             {{{{{}}}}} and the variables it uses.",
            size_text(self.limit),
            self.variable,
            self.variable
        )
    }
}

impl std::error::Error for TooLarge {}

/// `1 MiB`, `512 KiB` or `100 bytes`: the cap as a person reads it.
fn size_text(bytes: usize) -> String {
    const KIB: usize = 1024;
    const MIB: usize = KIB * KIB;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// References that no variable defines, in the order they first appear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownVariables {
    pub names: Vec<String>,
    /// The collection whose variables were looked in, if the request is in one.
    pub collection: Option<String>,
    /// The active environment, if one is chosen.
    pub environment: Option<String>,
}

impl fmt::Display for UnknownVariables {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list: Vec<String> = self.names.iter().map(|n| format!("{{{{{n}}}}}")).collect();
        let (what, verb, it) = if list.len() == 1 {
            ("variable", "is", "it")
        } else {
            ("variables", "are", "them")
        };
        write!(f, "The {what} {} {verb} not defined. ", list.join(", "))?;
        match (&self.collection, &self.environment) {
            (Some(collection), Some(environment)) => write!(
                f,
                "Looked in the collection “{collection}” and the environment “{environment}”: \
                 define {it} on the collection's page (Variables) or in the environment \
                 “{environment}”, or write the value into the request itself."
            )?,
            (Some(collection), None) => write!(
                f,
                "Define {it} on the page of the collection “{collection}” (Variables) or in an \
                 environment you make active, or write the value into the request itself."
            )?,
            (None, Some(environment)) => write!(
                f,
                "This request is not opened from a collection, so only the environment \
                 “{environment}” was looked in: define {it} there, or write the value into the \
                 request itself."
            )?,
            (None, None) => f.write_str(
                "This request is not opened from a collection and no environment is active, so \
                 there are no variables to fill it in from: choose an environment that defines \
                 them, save the request in a collection and define them there, or write the \
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
/// names no variable defines across every text it fills, and stopping once
/// the variables have added [`MAX_RESOLVED_BYTES`] to those texts.
pub struct Filler<'a> {
    variables: &'a [Variable],
    unknown: Vec<String>,
    /// Bytes the variables' values have added so far, across every text.
    added: usize,
    limit: usize,
    /// Set once `added` passes `limit`: the variable, as the request refers to
    /// it, whose expansion passed it.
    overflow: Option<String>,
}

impl<'a> Filler<'a> {
    pub fn new(variables: &'a [Variable]) -> Self {
        Filler::with_limit(variables, MAX_RESOLVED_BYTES)
    }

    /// A filler with another cap than [`MAX_RESOLVED_BYTES`], for tests.
    pub(crate) fn with_limit(variables: &'a [Variable], limit: usize) -> Self {
        Filler {
            variables,
            unknown: Vec::new(),
            added: 0,
            limit,
            overflow: None,
        }
    }

    /// `text` with each reference replaced; undefined ones stay as written.
    /// Once the cap is passed the result is incomplete, and [`Filler::finish`]
    /// says so.
    pub fn fill(&mut self, text: &str) -> String {
        if self.overflow.is_some() {
            return String::new();
        }
        self.substitute(text, None, 0)
    }

    /// What went wrong, if anything; too large wins over unknown names, since
    /// the text was not filled in completely.
    pub fn finish(self) -> Result<(), ResolveError> {
        if let Some(variable) = self.overflow {
            return Err(ResolveError::TooLarge(TooLarge {
                limit: self.limit,
                variable,
            }));
        }
        if self.unknown.is_empty() {
            Ok(())
        } else {
            Err(ResolveError::Unknown(self.unknown))
        }
    }

    /// `text` with each `{{name}}` replaced; undefined names are added to
    /// `unknown` (once each) and left as written. `root` is the variable the
    /// request itself refers to that `text` comes from (`None`: the request's
    /// own text): the one to name if the cap is reached, since that is where
    /// the user can start looking.
    fn substitute(&mut self, text: &str, root: Option<&str>, depth: usize) -> String {
        let mut out = String::with_capacity(text.len().min(self.limit));
        let mut rest = text;
        while let Some((before, name, after)) = next_reference(rest) {
            if !self.push(&mut out, before, root) {
                return out;
            }
            let variables = self.variables;
            let kept = match variables.iter().find(|v| v.key == name) {
                Some(variable) if depth < MAX_DEPTH => {
                    let value = self.substitute(&variable.value, root.or(Some(name)), depth + 1);
                    out.push_str(&value);
                    self.overflow.is_none()
                }
                // Too deep: most likely a cycle; the reference stays as written.
                Some(_) => self.push(&mut out, &reference(name), root),
                None => {
                    if !self.unknown.iter().any(|n| n == name) {
                        self.unknown.push(name.to_owned());
                    }
                    self.push(&mut out, &reference(name), root)
                }
            };
            if !kept {
                return out;
            }
            rest = after;
        }
        self.push(&mut out, rest, root);
        out
    }

    /// Appends literal text, counting it against the cap when it comes from
    /// a variable's value; false once the cap is passed. Every byte a
    /// variable adds is pushed here exactly once, at the depth it was
    /// written, so the count is exact however the values nest.
    fn push(&mut self, out: &mut String, text: &str, root: Option<&str>) -> bool {
        if let Some(variable) = root {
            self.added = self.added.saturating_add(text.len());
            if self.added > self.limit {
                self.overflow = Some(variable.to_owned());
                return false;
            }
        }
        out.push_str(text);
        true
    }
}

fn reference(name: &str) -> String {
    format!("{{{{{name}}}}}")
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

/// One row of a variables editor, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VariableRow {
    pub key: String,
    pub value: String,
    pub secret: bool,
}

impl VariableRow {
    pub fn new(key: impl Into<String>, value: impl Into<String>, secret: bool) -> VariableRow {
        VariableRow {
            key: key.into(),
            value: value.into(),
            secret,
        }
    }
}

/// The rows of a variables editor as variables: blank rows are dropped, and
/// a row without a name, a name that could not be referenced, or a name used
/// twice is refused with a message naming the row.
pub fn variables_from_rows(rows: &[VariableRow]) -> Result<Vec<Variable>, String> {
    let mut variables: Vec<Variable> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let VariableRow { key, value, secret } = row;
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
            secret: *secret,
        });
    }
    Ok(variables)
}

#[cfg(test)]
mod tests;
