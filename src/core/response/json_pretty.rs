//! Pretty-printing of JSON response bodies, exactly as they came over the wire.
//!
//! [`pretty`] re-indents a JSON document without interpreting it: object keys keep
//! their order, and numbers, string escapes and literals are copied byte for byte
//! (`1.0` stays `1.0`, `"\u00e9"` stays `"\u00e9"`, a 30-digit integer stays
//! intact). Only the whitespace between tokens changes.
//!
//! It works in two linear passes and never builds a tree:
//!
//! 1. serde_json checks the syntax (deserializing into [`IgnoredAny`], which
//!    allocates nothing per value), so error positions and messages are
//!    serde_json's;
//! 2. a small iterative scanner copies tokens and rewrites the whitespace.
//!
//! Nesting is limited to [`MAX_DEPTH`] levels. serde_json's syntax check for
//! [`IgnoredAny`] has no depth limit of its own, and indentation grows with
//! depth, so without a limit a few hundred kilobytes of `[[[[…]]]]` would pretty-
//! print to gigabytes. Deeper documents are reported as a [`JsonSyntaxError`].

use serde::de::IgnoredAny;
use std::fmt;

/// Deepest nesting of objects and arrays [`pretty`] will lay out.
///
/// One more than serde_json accepts when parsing into `serde_json::Value`, so
/// everything the rest of the app can parse can also be shown.
pub const MAX_DEPTH: usize = 128;

/// Where and why a body is not valid JSON.
///
/// `line` and `column` are 1-based; `column` counts characters, not bytes, so it
/// matches what a person sees in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonSyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for JsonSyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not valid JSON at line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

impl std::error::Error for JsonSyntaxError {}

/// Pretty-prints `input` with two-space indentation, keeping object keys in their original order and
/// every number, string escape and literal exactly as the server sent it (we show what came over the wire,
/// only re-indented). Whitespace between tokens is replaced; nothing else changes.
///
/// Empty objects and arrays print as `{}` and `[]`; a top-level scalar prints as
/// itself. A leading UTF-8 byte order mark and surrounding whitespace are dropped.
/// The result has no trailing newline.
pub fn pretty(input: &str) -> Result<String, JsonSyntaxError> {
    check_syntax(input)?;
    reformat(input)
}

/// The syntax check [`pretty`] makes before laying anything out (a leading
/// byte order mark is allowed): one linear pass that allocates nothing per value.
pub fn check_syntax(input: &str) -> Result<(), JsonSyntaxError> {
    let text = without_bom(input);
    serde_json::from_str::<IgnoredAny>(text)
        .map(|_| ())
        .map_err(|err| syntax_error(text, &err))
}

fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// True when a Content-Type names JSON: application/json, any `+json` suffix (application/problem+json,
/// application/vnd.api+json), text/json; parameters (`; charset=utf-8`) and case ignored.
///
/// Types that merely resemble JSON are not JSON documents and give `false`:
/// `application/jsonp` and `application/javascript` (script), `application/json5`
/// (a superset), `application/json-seq` and `application/x-ndjson` (several
/// documents in one body).
pub fn is_json_media_type(content_type: &str) -> bool {
    let Some(essence) = crate::core::media_type::essence(content_type) else {
        return false;
    };
    match essence.as_str() {
        "application/json" | "text/json" => true,
        _ => essence
            .split_once('/')
            .and_then(|(_, subtype)| subtype.strip_suffix("+json"))
            .is_some_and(|base| !base.is_empty()),
    }
}

// ---------------------------------------------------------------------------
// Reformatting
// ---------------------------------------------------------------------------

/// Re-indents `text`, which serde_json has already accepted.
fn reformat(text: &str) -> Result<String, JsonSyntaxError> {
    let mut job = Reformat::new(text);
    job.advance(text, usize::MAX)?;
    Ok(job.into_output())
}

/// Pretty-printing that can stop and resume, so a large body is laid out a
/// slice at a time between other work on the page. Feed it the same text,
/// already checked by [`check_syntax`], until [`Reformat::advance`] says it
/// is done.
///
/// One pass, no recursion: the only state is the current depth and the index.
/// Every slice copied starts and ends next to an ASCII byte (or at either end of
/// the text), so it always falls on character boundaries.
#[derive(Debug)]
pub struct Reformat {
    depth: usize,
    pos: usize,
    out: String,
    /// "\n" followed by the indentation of the deepest level; each line break
    /// copies a prefix of it.
    breaks: String,
}

/// Room for the laid-out text, guessed from the first 64 KB. Compact JSON
/// grows by about half when indented; text that already has line breaks stays
/// about the same size, and reserving half again for it would leave tens of
/// megabytes unused for a large body (wasm memory never shrinks).
fn output_capacity(text: &str) -> usize {
    let sample = &text.as_bytes()[..text.len().min(64 * 1024)];
    let indented = sample.iter().filter(|&&b| b == b'\n').count() * 200 >= sample.len();
    let extra = if indented {
        text.len() / 16
    } else {
        text.len() / 2
    };
    text.len().saturating_add(extra).saturating_add(64)
}

impl Reformat {
    pub fn new(text: &str) -> Reformat {
        let mut breaks = String::with_capacity(1 + 2 * MAX_DEPTH);
        breaks.push('\n');
        breaks.extend(std::iter::repeat_n(' ', 2 * MAX_DEPTH));
        Reformat {
            depth: 0,
            pos: 0,
            out: String::with_capacity(output_capacity(text)),
            breaks,
        }
    }

    /// Share of the text laid out so far, in per cent.
    pub fn percent_done(&self, text: &str) -> usize {
        let text = without_bom(text);
        (self.pos.min(text.len()) * 100)
            .checked_div(text.len())
            .unwrap_or(100)
    }

    pub fn into_output(self) -> String {
        self.out
    }

    /// Lays out about `budget` more bytes of `text` (a token is never split);
    /// `Ok(true)` once all of it is done.
    pub fn advance(&mut self, text: &str, budget: usize) -> Result<bool, JsonSyntaxError> {
        // Positions count from after a byte order mark, as the syntax check's do.
        let text = without_bom(text);
        let bytes = text.as_bytes();
        let stop = self.pos.saturating_add(budget);
        while let Some(&b) = bytes.get(self.pos) {
            if self.pos >= stop {
                return Ok(false);
            }
            self.token(text, b)?;
        }
        Ok(true)
    }

    fn line_break(&mut self) {
        let indent = self
            .breaks
            .get(..1 + 2 * self.depth)
            .unwrap_or(&self.breaks);
        self.out.push_str(indent);
    }

    /// Copies or rewrites the token starting with `b` at `pos`, and moves past it.
    fn token(&mut self, text: &str, b: u8) -> Result<(), JsonSyntaxError> {
        let bytes = text.as_bytes();
        let i = self.pos;
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => self.pos += 1,
            b'{' | b'[' => {
                let (empty, close) = if b == b'{' {
                    ("{}", b'}')
                } else {
                    ("[]", b']')
                };
                // An empty container counts as a level too, as in serde_json.
                if self.depth >= MAX_DEPTH {
                    let (line, column) = position_of(text, i);
                    return Err(JsonSyntaxError {
                        line,
                        column,
                        message: format!(
                            "nested more than {MAX_DEPTH} levels deep, too deep to display"
                        ),
                    });
                }
                let next = skip_whitespace(bytes, i + 1);
                if bytes.get(next) == Some(&close) {
                    self.out.push_str(empty);
                    self.pos = next + 1;
                } else {
                    self.depth += 1;
                    self.out.push(char::from(b));
                    self.line_break();
                    self.pos += 1;
                }
            }
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                self.line_break();
                self.out.push(char::from(b));
                self.pos += 1;
            }
            b',' => {
                self.out.push(',');
                self.line_break();
                self.pos += 1;
            }
            b':' => {
                self.out.push_str(": ");
                self.pos += 1;
            }
            b'"' => {
                let end = string_end(bytes, i);
                self.out.push_str(text.get(i..end).unwrap_or_default());
                self.pos = end;
            }
            _ => {
                // Number or literal: copied up to the next delimiter.
                let end = scalar_end(bytes, i);
                self.out.push_str(text.get(i..end).unwrap_or_default());
                self.pos = end;
            }
        }
        Ok(())
    }
}

fn is_json_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Index of the first non-whitespace byte at or after `from` (or the length).
fn skip_whitespace(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    from + rest
        .iter()
        .position(|&b| !is_json_whitespace(b))
        .unwrap_or(rest.len())
}

/// Index just past the closing quote of the string whose opening quote is at
/// `start` (or the length, for an unterminated string).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut j = start + 1;
    while let Some(&b) = bytes.get(j) {
        match b {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    bytes.len()
}

/// Index of the first whitespace or structural byte after `start`.
fn scalar_end(bytes: &[u8], start: usize) -> usize {
    let rest = bytes.get(start + 1..).unwrap_or_default();
    start
        + 1
        + rest
            .iter()
            .position(|&b| {
                is_json_whitespace(b) || matches!(b, b',' | b':' | b'[' | b']' | b'{' | b'}' | b'"')
            })
            .unwrap_or(rest.len())
}

// ---------------------------------------------------------------------------
// Error positions and messages
// ---------------------------------------------------------------------------

/// Turns serde_json's error into ours: the message without its
/// " at line X column Y" suffix, and the column counted in characters.
fn syntax_error(text: &str, err: &serde_json::Error) -> JsonSyntaxError {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let mut message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();

    let line = err.line().max(1);
    // serde_json's column is the byte offset within the line just past the
    // offending byte (0 when it ran out of input right after a newline).
    let byte_column = err.column();
    let line_start = line_start_offset(text, line);
    let line_text = text
        .get(line_start..)
        .unwrap_or_default()
        .split('\n')
        .next()
        .unwrap_or_default();
    let column = line_text
        .char_indices()
        .take_while(|&(offset, _)| offset < byte_column)
        .count()
        .max(1);

    if text.bytes().all(is_json_whitespace) {
        message = "the body is empty; expected a JSON value".to_owned();
    } else if let Some(offending) = (line_start + byte_column).checked_sub(1) {
        if follows_trailing_comma(text.as_bytes(), offending) {
            message = "trailing comma".to_owned();
        }
    }

    JsonSyntaxError {
        line,
        column,
        message,
    }
}

/// True when the byte at `offending` closes an object or array right after a
/// comma: serde_json's syntax check reports `[1,]` as "expected value" and
/// `{"a":1,}` as "key must be a string", which hides the actual mistake.
fn follows_trailing_comma(bytes: &[u8], offending: usize) -> bool {
    if !matches!(bytes.get(offending), Some(b']' | b'}')) {
        return false;
    }
    bytes
        .get(..offending)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|&&b| !is_json_whitespace(b))
        == Some(&b',')
}

/// Byte offset where 1-based `line` starts (the text's length if it has fewer lines).
fn line_start_offset(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .nth(line - 2)
        .map_or(text.len(), |(offset, _)| offset + 1)
}

/// 1-based line and character column of the byte at `offset`.
fn position_of(text: &str, offset: usize) -> (usize, usize) {
    let before = text.as_bytes().get(..offset).unwrap_or_default();
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    let column = 1 + text
        .get(line_start..offset)
        .unwrap_or_default()
        .chars()
        .count();
    (line, column)
}

#[cfg(test)]
pub(crate) mod tests;
