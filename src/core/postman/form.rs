//! `application/x-www-form-urlencoded` bodies: Postman keeps them as key/value
//! rows, the editor as text.
//!
//! `{{variable}}` references are copied as written, never percent-encoded, so
//! they can still be filled in when the request is sent.

/// `[("a", "1"), ("b", "x y")]` → `a=1&b=x+y`.
pub fn encode_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (index, (key, value)) in pairs.into_iter().enumerate() {
        if index > 0 {
            out.push('&');
        }
        encode_component(key, &mut out);
        out.push('=');
        encode_component(value, &mut out);
    }
    out
}

/// The reverse of [`encode_pairs`]; `None` when the text is not a form body
/// (a part without `=`, a malformed `%` escape, or bytes that are not UTF-8).
pub fn decode_pairs(body: &str) -> Option<Vec<(String, String)>> {
    body.split('&')
        .map(|part| {
            let (key, value) = part.split_once('=')?;
            Some((decode_component(key)?, decode_component(value)?))
        })
        .collect()
}

fn encode_component(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(reference) = variable_reference(rest) {
            out.push_str(reference);
            rest = &rest[reference.len()..];
            continue;
        }
        match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '*' | '-' | '.' | '_' => out.push(c),
            ' ' => out.push('+'),
            _ => {
                let mut bytes = [0; 4];
                for byte in c.encode_utf8(&mut bytes).bytes() {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// `{{name}}` at the start of `text`. Names holding characters that mean
/// something in a form body (`& = + %`) or spaces are encoded like any text,
/// so decoding never needs to know about references.
fn variable_reference(text: &str) -> Option<&str> {
    let inner = text.strip_prefix("{{")?;
    let end = inner.find("}}")?;
    let name = &inner[..end];
    let plain = |c: char| !c.is_whitespace() && !matches!(c, '{' | '}' | '&' | '=' | '+' | '%');
    (!name.is_empty() && name.chars().all(plain)).then(|| &text[..end + 4])
}

fn decode_component(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut input = text.bytes();
    while let Some(byte) = input.next() {
        match byte {
            b'+' => bytes.push(b' '),
            b'%' => {
                let high = hex_digit(input.next()?)?;
                let low = hex_digit(input.next()?)?;
                bytes.push(high << 4 | low);
            }
            other => bytes.push(other),
        }
    }
    String::from_utf8(bytes).ok()
}

fn hex_digit(byte: u8) -> Option<u8> {
    char::from(byte)
        .to_digit(16)
        .and_then(|digit| u8::try_from(digit).ok())
}

#[cfg(test)]
mod tests;
