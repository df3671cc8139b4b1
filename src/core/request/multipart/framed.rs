//! A multipart/form-data body with files in it, framed as bytes the way a
//! browser frames FormData: for the local companion, which sends the form
//! itself (fetch() is not there to write it).

use super::{escape_name, with_crlf, BOUNDARY};

/// One part of the form: a text field, or a file with its name and type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    Text {
        name: &'a str,
        value: &'a str,
    },
    File {
        name: &'a str,
        file_name: &'a str,
        media_type: &'a str,
        bytes: &'a [u8],
    },
}

impl Part<'_> {
    fn holds(&self, boundary: &str) -> bool {
        let found = |haystack: &[u8]| {
            haystack
                .windows(boundary.len())
                .any(|w| w == boundary.as_bytes())
        };
        match self {
            Part::Text { name, value } => found(name.as_bytes()) || found(value.as_bytes()),
            Part::File {
                name,
                file_name,
                bytes,
                ..
            } => found(name.as_bytes()) || found(file_name.as_bytes()) || found(bytes),
        }
    }
}

/// The first of [`BOUNDARY`], `BOUNDARY-1`, `BOUNDARY-2`… that no part holds:
/// a boundary inside a part would end it early.
pub fn boundary(parts: &[Part<'_>]) -> String {
    let unused = |candidate: &str| !parts.iter().any(|part| part.holds(candidate));
    if unused(BOUNDARY) {
        return BOUNDARY.to_owned();
    }
    // Every variant rejected occurs in some part, so this ends.
    (1_u64..)
        .map(|n| format!("{BOUNDARY}-{n}"))
        .find(|candidate| unused(candidate))
        .unwrap_or_else(|| BOUNDARY.to_owned())
}

/// The parts framed by `boundary` (from [`boundary`]). Text values have
/// their line breaks widened to CRLF and a file without a type goes as
/// `application/octet-stream`, as browsers send FormData.
pub fn encode(parts: &[Part<'_>], boundary: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for part in parts {
        let mut head = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"");
        match part {
            Part::Text { name, value } => {
                escape_name(name, &mut head);
                head.push_str("\"\r\n\r\n");
                out.extend_from_slice(head.as_bytes());
                out.extend_from_slice(with_crlf(value).as_bytes());
            }
            Part::File {
                name,
                file_name,
                media_type,
                bytes,
            } => {
                escape_name(name, &mut head);
                head.push_str("\"; filename=\"");
                escape_name(file_name, &mut head);
                let media_type = match media_type.trim() {
                    "" => "application/octet-stream",
                    given => given,
                };
                head.push_str(&format!("\"\r\nContent-Type: {media_type}\r\n\r\n"));
                out.extend_from_slice(head.as_bytes());
                out.extend_from_slice(bytes);
            }
        }
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    out
}

#[cfg(test)]
mod tests;
