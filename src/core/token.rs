//! RFC 9110 tokens (§5.6.2): the characters a method, a header name or a
//! media type may be written with, and naming a character a message points at.

/// RFC 9110 §5.6.2 `tchar`: the characters a token (method, header name) may hold.
pub fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// Names a character so a message can point at it even when it is invisible.
pub fn describe_char(c: char) -> String {
    match c {
        ' ' => "a space".to_owned(),
        '\t' => "a tab".to_owned(),
        '\r' | '\n' => "a line break".to_owned(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c => format!("“{c}”"),
    }
}
