//! Text bodies whose bytes are not UTF-8. Browsers read the single-byte Western
//! labels (`iso-8859-1`, `latin1`, `us-ascii`, `windows-1252`, …) all as
//! windows-1252 (WHATWG Encoding standard), so such a body is decoded that way;
//! any other body is shown with U+FFFD in place of the bytes that are not UTF-8,
//! and the note says where they start: the server sent another encoding than
//! the one it declared, or none.

use std::fmt;

use crate::core::media_type::parameter;

/// How a text body that is not UTF-8 was turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoding {
    /// Decoded as windows-1252, the encoding its `charset` label stands for.
    Windows1252 { label: String },
    /// Shown as UTF-8 with U+FFFD for the bytes that are not: the first is `byte` at `offset`.
    Replaced {
        charset: Option<String>,
        offset: usize,
        byte: u8,
    },
}

/// The Encoding standard's labels of windows-1252.
const WINDOWS_1252_LABELS: [&str; 17] = [
    "ansi_x3.4-1968",
    "ascii",
    "cp1252",
    "cp819",
    "csisolatin1",
    "ibm819",
    "iso-8859-1",
    "iso-ir-100",
    "iso8859-1",
    "iso88591",
    "iso_8859-1",
    "iso_8859-1:1987",
    "l1",
    "latin1",
    "us-ascii",
    "windows-1252",
    "x-cp1252",
];

/// What windows-1252 puts at 0x80..=0x9F; the five unassigned bytes stay C1 controls.
const HIGH_CONTROLS: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// The `charset` parameter of a Content-Type value, as it is matched (lower-case).
pub fn charset_of(content_type: &str) -> Option<String> {
    parameter(content_type, "charset").map(|c| c.trim().to_ascii_lowercase())
}

/// Text for a body that is not valid UTF-8, and how it was made; `charset` as
/// [`charset_of`] gives it.
pub fn decode_text(charset: Option<&str>, body: &[u8]) -> (String, Decoding) {
    let charset = charset.map(str::to_owned);
    if let Some(label) = charset.as_deref() {
        if WINDOWS_1252_LABELS.contains(&label) {
            let text = body.iter().map(|&b| windows_1252(b)).collect();
            let label = label.to_owned();
            return (text, Decoding::Windows1252 { label });
        }
    }
    let offset = match std::str::from_utf8(body) {
        Ok(_) => body.len(),
        Err(e) => e.valid_up_to(),
    };
    let byte = body.get(offset).copied().unwrap_or_default();
    let text = String::from_utf8_lossy(body).into_owned();
    (
        text,
        Decoding::Replaced {
            charset,
            offset,
            byte,
        },
    )
}

fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => HIGH_CONTROLS[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

impl Decoding {
    /// Whether the note is a warning: the bytes do not match what was declared.
    pub fn is_warning(&self) -> bool {
        matches!(self, Decoding::Replaced { .. })
    }
}

impl fmt::Display for Decoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decoding::Windows1252 { label } => write!(
                f,
                "Decoded as windows-1252, which is what browsers read charset={label} as."
            ),
            Decoding::Replaced {
                charset,
                offset,
                byte,
            } => {
                let declared = match charset {
                    Some(c) => format!("declared as charset={c}"),
                    None => "declared without a charset (text defaults to UTF-8 here)".to_owned(),
                };
                write!(
                    f,
                    "This body is {declared}, but byte {offset} (0x{byte:02X}) is not valid UTF-8: \
                     the server may have sent another encoding. Bytes that are not UTF-8 are \
                     shown as �; Download body keeps them exactly."
                )
            }
        }
    }
}

#[cfg(test)]
mod tests;
