//! The query-params table, kept in step with the URL box both ways.
//!
//! The URL box holds exactly what the user typed: `{{variable}}` references,
//! escapes spelled their own way, even text no parser accepts. The table shows
//! that URL's query as rows, decoded for reading; editing the table rewrites
//! only the query, and only the rows that changed.
//!
//! **Where the query is.** The fragment starts at the first `#`; the query is
//! what lies between the first `?` before it and the fragment. A `#` before any
//! `?` means there is no query: that `?` belongs to the fragment. Everything
//! before the `?` and the whole fragment are never touched.
//!
//! **Pieces and rows.** The query is cut at every `&`. A piece is a row: its
//! name is the text before the first `=`, its value the text after it, and a
//! piece without `=` is a row with no value (`?a` and `?a=` differ, and both
//! are written back as they came). A second `?` is just text: `??a` is a row
//! named `?a`, as the browser's URLSearchParams reads it. Empty pieces (`&&`,
//! a trailing `&`, a bare `?`) carry nothing, so they are not rows; they stay
//! in the URL until the table is edited, and a rewritten query leaves them out.
//!
//! **Decoding, for display.** As `application/x-www-form-urlencoded` reads
//! text: `+` is a space and `%XX` a byte. Escapes that are not `%` and two hex
//! digits, and bytes that do not form UTF-8, are shown as they were typed.
//!
//! **Encoding, when a row is written.** Only what would change the meaning or
//! what the browser would escape anyway is escaped, so a written query stays
//! readable:
//! - `%`, always. The table shows decoded text, so a `%` there is a percent
//!   sign; written raw, `%41` would read back as `A`. An escape the user wants
//!   kept is typed in the URL box, where it stays as typed.
//! - `&` and `#`, which would end the row or the query; `+`, which reads as a
//!   space; `=` in a name, which would end the name (a value may hold `=`: only
//!   the first one splits).
//! - Control characters, which may not appear in a URL.
//! - A space as `%20` rather than `+`: `%20` is a space to every server, while
//!   `+` is one only to form decoders and a plus sign to RFC 3986 readers.
//! - `"`, `'`, `<`, `>` and non-ASCII characters (as their UTF-8 bytes), which
//!   the browser's URL parser escapes in a query of an http(s) URL anyway:
//!   escaping them here shows in the URL box what will be sent.
//!
//! Braces are never escaped, and inside a `{{name}}` reference only the
//! characters of the first three points are, so references keep working: the
//! name is replaced by the variable's value before anything is sent.
//!
//! **Unchanged rows keep their spelling.** When the table is written back,
//! each row that still reads the same as a piece of the current query reuses
//! that piece as typed (`q=a+b` stays `q=a+b`), matching from both ends first
//! so that an edited, added or removed row leaves its neighbours in place. If
//! every row reads the same as before, the URL comes back byte for byte.

use std::borrow::Cow;

use percent_encoding::percent_encode_byte;

use crate::core::request::vars::next_reference;

/// One row of the params table, decoded for display.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct QueryParam {
    pub name: String,
    /// `None` for a key written without `=` (`?debug`), `Some("")` for `?debug=`.
    pub value: Option<String>,
    /// Off: kept in the table but left out of the URL.
    pub enabled: bool,
}

impl QueryParam {
    /// A switched-on row.
    pub fn new(name: &str, value: Option<&str>) -> Self {
        QueryParam {
            name: name.to_owned(),
            value: value.map(str::to_owned),
            enabled: true,
        }
    }

    /// A row with neither name nor `=` (the table's empty last row, say): it
    /// would write nothing, so it is not written.
    pub fn is_blank(&self) -> bool {
        self.name.is_empty() && self.value.is_none()
    }

    fn is_written(&self) -> bool {
        self.enabled && !self.is_blank()
    }

    fn reads_as(&self, piece: &Piece) -> bool {
        self.name == piece.name && self.value == piece.value
    }
}

/// The rows of the URL's query, all switched on.
pub fn params_of(url: &str) -> Vec<QueryParam> {
    pieces(split(url).query)
        .into_iter()
        .map(|piece| QueryParam {
            name: piece.name,
            value: piece.value,
            enabled: true,
        })
        .collect()
}

/// The URL with its query made of the switched-on rows, in order. Rows that
/// read the same as a piece of the current query keep its spelling; the text
/// before `?` and the fragment are kept byte for byte. With no row to write
/// the URL has no `?`.
pub fn with_params(url: &str, rows: &[QueryParam]) -> String {
    let parts = split(url);
    let old = pieces(parts.query);
    let new: Vec<&QueryParam> = rows.iter().filter(|row| row.is_written()).collect();
    if new.len() == old.len() && new.iter().zip(&old).all(|(row, p)| row.reads_as(p)) {
        return url.to_owned();
    }
    let written = reuse_or_render(&new, &old);
    let mut out = String::with_capacity(url.len() + 16);
    out.push_str(parts.before);
    if !written.is_empty() {
        out.push('?');
        out.push_str(&written.join("&"));
    }
    out.push_str(parts.fragment);
    out
}

/// The table after the URL box was edited: the URL's rows, with each
/// switched-off row of `table` kept at its place (as near as the new length
/// allows), since the URL does not hold them to be read back.
pub fn reread(url: &str, table: &[QueryParam]) -> Vec<QueryParam> {
    let mut rows = params_of(url);
    for (index, row) in table.iter().enumerate().filter(|(_, row)| !row.enabled) {
        rows.insert(index.min(rows.len()), row.clone());
    }
    rows
}

/// A URL cut around its query. `before` and `fragment` (with its `#`) are
/// kept as typed; `query` is without its `?`.
struct Parts<'a> {
    before: &'a str,
    query: Option<&'a str>,
    fragment: &'a str,
}

fn split(url: &str) -> Parts<'_> {
    let (head, fragment) = url.split_at(url.find('#').unwrap_or(url.len()));
    match head.split_once('?') {
        Some((before, query)) => Parts {
            before,
            query: Some(query),
            fragment,
        },
        None => Parts {
            before: head,
            query: None,
            fragment,
        },
    }
}

/// A non-empty piece of the query, as typed and as read.
struct Piece<'a> {
    raw: &'a str,
    name: String,
    value: Option<String>,
}

fn pieces(query: Option<&str>) -> Vec<Piece<'_>> {
    query
        .unwrap_or_default()
        .split('&')
        .filter(|raw| !raw.is_empty())
        .map(|raw| {
            let (name, value) = match raw.split_once('=') {
                Some((name, value)) => (name, Some(decode(value))),
                None => (raw, None),
            };
            Piece {
                raw,
                name: decode(name),
                value,
            }
        })
        .collect()
}

/// Each row as written: the raw text of a piece it reads the same as, or
/// freshly encoded. Rows equal at the start and at the end take the pieces at
/// the same places, so one edited, added or removed row never takes a
/// neighbour's spelling; rows in between take the first unused equal piece.
fn reuse_or_render<'a>(new: &[&QueryParam], old: &[Piece<'a>]) -> Vec<Cow<'a, str>> {
    let same = |(row, piece): (&&QueryParam, &Piece)| row.reads_as(piece);
    let head = new.iter().zip(old).take_while(|&pair| same(pair)).count();
    let room = new.len().min(old.len()) - head;
    let tail = new.iter().rev().zip(old.iter().rev()).take(room);
    let tail = tail.take_while(|&pair| same(pair)).count();
    let mut unused: Vec<Option<&Piece<'a>>> =
        old[head..old.len() - tail].iter().map(Some).collect();
    let mut written: Vec<Cow<'a, str>> = old[..head].iter().map(|p| Cow::Borrowed(p.raw)).collect();
    for row in &new[head..new.len() - tail] {
        let reused = unused
            .iter_mut()
            .find(|slot| slot.is_some_and(|piece| row.reads_as(piece)))
            .and_then(Option::take);
        written.push(reused.map_or_else(|| Cow::Owned(render(row)), |p| Cow::Borrowed(p.raw)));
    }
    written.extend(old[old.len() - tail..].iter().map(|p| Cow::Borrowed(p.raw)));
    written
}

/// Which side of the `=` a text goes: only a name must escape `=`.
#[derive(Clone, Copy)]
enum Side {
    Name,
    Value,
}

fn render(row: &QueryParam) -> String {
    let mut out = String::new();
    encode(&row.name, Side::Name, &mut out);
    if let Some(value) = &row.value {
        out.push('=');
        encode(value, Side::Value, &mut out);
    }
    out
}

/// Escapes `text`, leaving `{{name}}` references as literal as the query allows.
fn encode(text: &str, side: Side, out: &mut String) {
    let mut rest = text;
    while let Some((before, name, after)) = next_reference(rest) {
        escape(before, side, false, out);
        out.push_str("{{");
        escape(name, side, true, out);
        out.push_str("}}");
        rest = after;
    }
    escape(rest, side, false, out);
}

fn escape(text: &str, side: Side, in_reference: bool, out: &mut String) {
    for c in text.chars() {
        if must_escape(c, side) || (!in_reference && escaped_by_browser(c)) {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(percent_encode_byte(byte));
            }
        } else {
            out.push(c);
        }
    }
}

/// Characters that would split the query or read differently if left raw.
fn must_escape(c: char, side: Side) -> bool {
    matches!(c, '%' | '&' | '#' | '+')
        || c.is_ascii_control()
        || (c == '=' && matches!(side, Side::Name))
}

/// Characters the browser's URL parser escapes in an http(s) query itself.
fn escaped_by_browser(c: char) -> bool {
    matches!(c, ' ' | '"' | '\'' | '<' | '>') || !c.is_ascii()
}

/// Reads text as a form decoder does: `+` is a space, `%XX` a byte. Malformed
/// escapes, and escaped bytes that are not UTF-8, stay as typed.
fn decode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        let run = escapes_at_start(rest);
        if run > 0 {
            push_escaped(&rest[..run], &mut out);
            rest = &rest[run..];
        } else {
            out.push(if c == '+' { ' ' } else { c });
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Length in bytes of the `%XX` escapes that `text` starts with, one after the other.
fn escapes_at_start(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut len = 0;
    while let [b'%', high, low, ..] = bytes[len..] {
        if !(high.is_ascii_hexdigit() && low.is_ascii_hexdigit()) {
            break;
        }
        len += 3;
    }
    len
}

/// Decodes a run of `%XX` escapes (ASCII, three bytes each). A byte that is
/// not part of a UTF-8 character is shown as the escape it was typed as.
fn push_escaped(run: &str, out: &mut String) {
    let bytes: Vec<u8> = run.as_bytes().chunks(3).map(escaped_byte).collect();
    let mut at = 0;
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        at += chunk.valid().len();
        let invalid = chunk.invalid().len();
        out.push_str(run.get(at * 3..(at + invalid) * 3).unwrap_or_default());
        at += invalid;
    }
}

/// The byte of one `%XX` escape whose digits are known to be hex.
fn escaped_byte(escape: &[u8]) -> u8 {
    let digit = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
    match escape {
        [_, high, low] => digit(*high) * 16 + digit(*low),
        _ => 0,
    }
}

#[cfg(test)]
mod tests;
