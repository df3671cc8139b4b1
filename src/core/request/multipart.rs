//! `multipart/form-data` bodies of text fields (RFC 7578), written as text so a
//! form can live in a request's body editor.
//!
//! Field names are escaped the way a browser's form submission escapes them
//! (the HTML standard's multipart/form-data encoding): `"` CR and LF become
//! `%22` `%0D` `%0A`, and [`decode`] turns them back, as the Fetch standard's
//! parser does. A name that already holds one of those three spellings reads
//! back as the character (browsers share that ambiguity). Unlike a browser,
//! lone CR or LF is not first widened to CRLF: names and values come back
//! exactly as they were given.

use crate::core::media_type::{essence, parameter};

/// The media type, as [`essence`] spells it.
pub const MEDIA_TYPE: &str = "multipart/form-data";

/// The boundary used unless the fields contain it: long and random-looking,
/// so no real value holds it, and made of token characters only, so a
/// Content-Type header can name it without quotes.
pub const BOUNDARY: &str = "----ApiClientFormBoundary7dQx2LmV9pKcR4sT";

/// How each character a quoted field name cannot hold is written.
const NAME_ESCAPES: [(char, &str); 3] = [('"', "%22"), ('\r', "%0D"), ('\n', "%0A")];

/// `multipart/form-data; boundary=…`, quoting a boundary that needs it.
pub fn content_type(boundary: &str) -> String {
    if boundary.chars().all(crate::core::token::is_tchar) {
        format!("{MEDIA_TYPE}; boundary={boundary}")
    } else {
        // Boundary characters include neither `"` nor `\`: nothing to escape.
        format!("{MEDIA_TYPE}; boundary=\"{boundary}\"")
    }
}

/// The body with every lone LF widened to CRLF, as multipart framing needs.
/// A browser's textarea keeps only LF, so a body edited there loses its CRs;
/// browsers widen line breaks in submitted form values the same way.
pub fn with_crlf(body: &str) -> std::borrow::Cow<'_, str> {
    let lone_lf = body
        .bytes()
        .enumerate()
        .any(|(i, b)| b == b'\n' && (i == 0 || body.as_bytes()[i - 1] != b'\r'));
    if !lone_lf {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len() + body.len() / 16);
    let mut previous = '\0';
    for c in body.chars() {
        if c == '\n' && previous != '\r' {
            out.push('\r');
        }
        out.push(c);
        previous = c;
    }
    std::borrow::Cow::Owned(out)
}

/// The boundary a Content-Type value names, when it is a multipart/form-data type.
pub fn declared_boundary(content_type: &str) -> Option<String> {
    if essence(content_type).as_deref() != Some(MEDIA_TYPE) {
        return None;
    }
    parameter(content_type, "boundary")
}

/// A boundary that can frame `fields`: `preferred` (the one a request's
/// Content-Type already names) when it is valid and no field contains it,
/// else [`BOUNDARY`], else the first of `BOUNDARY-1`, `BOUNDARY-2`… that no
/// field contains. A boundary inside a value would end that part early.
pub fn boundary_for(fields: &[(&str, &str)], preferred: Option<&str>) -> String {
    let unused = |boundary: &str| {
        !fields
            .iter()
            .any(|(name, value)| name.contains(boundary) || value.contains(boundary))
    };
    if let Some(preferred) = preferred.filter(|b| is_valid_boundary(b) && unused(b)) {
        return preferred.to_owned();
    }
    if unused(BOUNDARY) {
        return BOUNDARY.to_owned();
    }
    // Every variant rejected occurs somewhere in the fields, so this ends
    // within as many steps as the fields have characters.
    let mut counter: u64 = 0;
    loop {
        counter += 1;
        let candidate = format!("{BOUNDARY}-{counter}");
        if unused(&candidate) {
            return candidate;
        }
    }
}

/// RFC 2046 §5.1.1: 1 to 70 of its boundary characters, not ending in a space.
fn is_valid_boundary(boundary: &str) -> bool {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "'()+_,-./:=? ".contains(c);
    (1..=70).contains(&boundary.len()) && boundary.chars().all(allowed) && !boundary.ends_with(' ')
}

/// The fields as a multipart/form-data body, CRLF line endings throughout.
/// `boundary` should come from [`boundary_for`], so no value contains it.
pub fn encode(fields: &[(&str, &str)], boundary: &str) -> String {
    let mut out = String::new();
    for (name, value) in fields {
        out.push_str("--");
        out.push_str(boundary);
        out.push_str("\r\nContent-Disposition: form-data; name=\"");
        escape_name(name, &mut out);
        out.push_str("\"\r\n\r\n");
        out.push_str(value);
        out.push_str("\r\n");
    }
    out.push_str("--");
    out.push_str(boundary);
    out.push_str("--\r\n");
    out
}

fn escape_name(name: &str, out: &mut String) {
    for c in name.chars() {
        match NAME_ESCAPES.iter().find(|(plain, _)| *plain == c) {
            Some((_, escaped)) => out.push_str(escaped),
            None => out.push(c),
        }
    }
}

/// The text fields of a multipart/form-data body framed by `boundary`, in
/// order; `None` when the body holds anything else: a file part (one with a
/// `filename`), a part header other than Content-Disposition or a text/plain
/// Content-Type, text before the first boundary or after the last, or broken
/// framing.
pub fn decode(body: &str, boundary: &str) -> Option<Vec<(String, String)>> {
    if !is_valid_boundary(boundary) {
        return None;
    }
    let delimiter = format!("\r\n--{boundary}");
    // The first delimiter opens the body, so it has no line break before it.
    let mut rest = body.strip_prefix(&delimiter[2..])?;
    let mut fields = Vec::new();
    loop {
        if let Some(epilogue) = rest.strip_prefix("--") {
            return matches!(epilogue, "" | "\r\n").then_some(fields);
        }
        let (part, after) = rest.strip_prefix("\r\n")?.split_once(&delimiter)?;
        fields.push(text_field(part)?);
        rest = after;
    }
}

/// One part: its header lines, a blank line, then the value.
fn text_field(part: &str) -> Option<(String, String)> {
    let (head, value) = part.split_once("\r\n\r\n")?;
    let mut name = None;
    for line in head.split("\r\n") {
        let (header, content) = line.split_once(':')?;
        let header = header.trim();
        if header.eq_ignore_ascii_case("Content-Disposition") && name.is_none() {
            name = Some(disposition_name(content)?);
        } else if !(header.eq_ignore_ascii_case("Content-Type")
            && essence(content).as_deref() == Some("text/plain"))
        {
            return None;
        }
    }
    Some((name?, value.to_owned()))
}

/// The field name of `form-data; name="…"`; `None` for any other parameter
/// (`filename` marks a file) or disposition.
fn disposition_name(disposition: &str) -> Option<String> {
    let (kind, mut params) = disposition.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("form-data") {
        return None;
    }
    let mut name = None;
    loop {
        let (key, after) = params.split_once('=')?;
        if !key.trim().eq_ignore_ascii_case("name") || name.is_some() {
            return None;
        }
        let (raw, after) = quoted_or_token(after.trim_start())?;
        name = Some(unescape_name(raw));
        params = after.trim_start_matches([' ', '\t']);
        if params.is_empty() {
            return name;
        }
        params = params.strip_prefix(';')?;
    }
}

/// A quoted value (up to the next `"`: browsers escape quotes as `%22` and
/// write backslashes as they are) or a bare one (up to `;`), and what follows.
fn quoted_or_token(text: &str) -> Option<(&str, &str)> {
    match text.strip_prefix('"') {
        Some(quoted) => {
            let end = quoted.find('"')?;
            Some((&quoted[..end], &quoted[end + 1..]))
        }
        None => {
            let end = text.find(';').unwrap_or(text.len());
            Some((text[..end].trim_end(), &text[end..]))
        }
    }
}

fn unescape_name(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match NAME_ESCAPES
            .iter()
            .find(|(_, escaped)| rest.starts_with(escaped))
        {
            Some((plain, escaped)) => {
                out.push(*plain);
                rest = &rest[escaped.len()..];
            }
            None => {
                out.push('%');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

pub mod framed;

#[cfg(test)]
mod tests;
