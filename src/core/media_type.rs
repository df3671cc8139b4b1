//! Reading the media type out of a Content-Type header value.

use crate::core::token::is_tchar;

/// The essence (`type/subtype`, lower-case) of a Content-Type value, the way the
/// Fetch standard extracts it: a header sent twice reaches the page joined with
/// ", ", and the last valid type wins. (Commas inside quoted parameters are not
/// handled; no real API sends them.)
pub fn essence(content_type: &str) -> Option<String> {
    content_type.split(',').rev().find_map(|part| {
        let essence = part.split(';').next()?.trim().to_ascii_lowercase();
        let (kind, subtype) = essence.split_once('/')?;
        (is_token(kind) && is_token(subtype)).then_some(essence.clone())
    })
}

fn is_token(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_tchar)
}

/// The value of the first parameter called `name` (case-insensitively) of one
/// Content-Type value: `boundary` of `multipart/form-data; boundary="a b"` is
/// `a b`. Quoted values lose their quotes and backslash escapes (RFC 9110
/// §5.6.4); a parameter without `=` is skipped, as the Fetch standard does.
pub fn parameter(content_type: &str, name: &str) -> Option<String> {
    let (_, mut rest) = content_type.split_once(';')?;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ';']);
        if rest.is_empty() {
            return None;
        }
        let name_end = rest.find(['=', ';']).unwrap_or(rest.len());
        let key = rest[..name_end].trim();
        let Some(after) = rest[name_end..].strip_prefix('=') else {
            rest = &rest[name_end..];
            continue;
        };
        let (value, after) = parameter_value(after);
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
        rest = after;
    }
}

/// A parameter value and the text after it (from its closing `;` on). Text
/// between a closing quote and the next `;` is ignored, like Fetch does.
fn parameter_value(text: &str) -> (String, &str) {
    let Some(quoted) = text.strip_prefix('"') else {
        let end = text.find(';').unwrap_or(text.len());
        return (text[..end].trim_end().to_owned(), &text[end..]);
    };
    let mut value = String::new();
    let mut chars = quoted.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => {
                let after = &quoted[at + 1..];
                let end = after.find(';').unwrap_or(after.len());
                return (value, &after[end..]);
            }
            '\\' => value.extend(chars.next().map(|(_, escaped)| escaped)),
            c => value.push(c),
        }
    }
    // An unterminated quote runs to the end of the value.
    (value, "")
}

#[cfg(test)]
mod tests;
