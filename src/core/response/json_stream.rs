//! Pretty-printing JSON that arrives a piece at a time, for bodies too large
//! to hold in this program's memory: each piece is checked and laid out as it
//! is read, and only the state between pieces is kept (the nesting, and where
//! in a token the last piece ended).
//!
//! The layout is exactly [`pretty`](crate::core::response::json_pretty::pretty)'s; the syntax
//! check is this module's own (serde_json needs the whole text), with the
//! same rules: strict JSON, a leading byte order mark allowed, nesting up to
//! [`MAX_DEPTH`].

use crate::core::response::json_pretty::{JsonSyntaxError, MAX_DEPTH};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    Object,
    Array,
}

impl Container {
    fn open(self) -> u8 {
        match self {
            Container::Object => b'{',
            Container::Array => b'[',
        }
    }
    fn close(self) -> u8 {
        match self {
            Container::Object => b'}',
            Container::Array => b']',
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Number {
    Minus,
    Zero,
    Int,
    Dot,
    Fraction,
    E,
    ExponentSign,
    Exponent,
}

impl Number {
    fn complete(self) -> bool {
        matches!(
            self,
            Number::Zero | Number::Int | Number::Fraction | Number::Exponent
        )
    }

    /// The state after `b`, or `None` when `b` cannot continue the number.
    fn next(self, b: u8) -> Option<Number> {
        use Number::*;
        Some(match (self, b) {
            (Minus, b'0') => Zero,
            (Minus, b'1'..=b'9') | (Int, b'0'..=b'9') => Int,
            (Zero | Int, b'.') => Dot,
            (Dot | Fraction, b'0'..=b'9') => Fraction,
            (Zero | Int | Fraction, b'e' | b'E') => E,
            (E, b'+' | b'-') => ExponentSign,
            (E | ExponentSign | Exponent, b'0'..=b'9') => Exponent,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Escape {
    None,
    Backslash,
    /// Hex digits of a `\u` escape still to come.
    Hex(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Nothing read yet: a byte order mark may come (how much of it was read).
    Start(u8),
    /// A value must come; `after_comma` in an array, where `]` is a trailing comma.
    Value {
        after_comma: bool,
    },
    /// Just after `{` or `[`, not yet written: closed at once it prints as `{}` or `[]`.
    Opened(Container),
    /// After a comma in an object: a key must come.
    Key,
    Colon,
    /// After a value inside a container: a comma or the close.
    AfterValue,
    /// The top-level value is complete: only whitespace may follow.
    End,
    Str {
        key: bool,
        escape: Escape,
    },
    Number(Number),
    Literal {
        word: &'static [u8],
        matched: u8,
    },
}

/// A JSON pretty-printer fed one piece of the document at a time.
#[derive(Debug)]
pub struct StreamFormat {
    stack: Vec<Container>,
    state: State,
    line: usize,
    /// Characters on the current line before the next byte.
    column: usize,
    breaks: Vec<u8>,
}

impl Default for StreamFormat {
    fn default() -> StreamFormat {
        StreamFormat::new()
    }
}

impl StreamFormat {
    pub fn new() -> StreamFormat {
        let mut breaks = vec![b'\n'];
        breaks.resize(1 + 2 * MAX_DEPTH, b' ');
        StreamFormat {
            stack: Vec::new(),
            state: State::Start(0),
            line: 1,
            column: 0,
            breaks,
        }
    }

    /// Checks and lays out the next piece, appending the layout to `out`.
    pub fn feed(&mut self, piece: &[u8], out: &mut Vec<u8>) -> Result<(), JsonSyntaxError> {
        let mut i = 0;
        while i < piece.len() {
            if let State::Str {
                escape: Escape::None,
                ..
            } = self.state
            {
                // Most of a body is string contents: copy them a run at a time.
                let run = piece[i..]
                    .iter()
                    .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                    .unwrap_or(piece.len() - i);
                let text = &piece[i..i + run];
                out.extend_from_slice(text);
                self.column += text.iter().filter(|&&b| b & 0xC0 != 0x80).count();
                i += run;
                if i == piece.len() {
                    break;
                }
            }
            let b = piece[i];
            self.byte(b, out)?;
            if matches!(self.state, State::Start(_)) {
                // A byte order mark: positions count from after it, as the whole-text check's do.
                self.column = 0;
            } else {
                self.advance_position(b);
            }
            i += 1;
        }
        Ok(())
    }

    /// Ends the document: an error if it stopped part-way.
    pub fn finish(&mut self) -> Result<(), JsonSyntaxError> {
        if let State::Number(n) = self.state {
            if n.complete() && self.stack.is_empty() {
                self.state = State::End;
            }
        }
        let message = match self.state {
            State::End => return Ok(()),
            State::Start(_) => "the body is empty; expected a JSON value",
            State::Value { .. } if self.stack.is_empty() => {
                "the body is empty; expected a JSON value"
            }
            State::Str { .. } => "EOF while parsing a string",
            State::Number(n) if !n.complete() => "invalid number",
            _ => match self.stack.last() {
                Some(Container::Object) => "EOF while parsing an object",
                Some(Container::Array) => "EOF while parsing a list",
                None => "EOF while parsing a value",
            },
        };
        Err(self.error_here(message))
    }

    fn advance_position(&mut self, b: u8) {
        if b == b'\n' {
            self.line += 1;
            self.column = 0;
        } else if b & 0xC0 != 0x80 {
            self.column += 1;
        }
    }

    fn error_here(&self, message: &str) -> JsonSyntaxError {
        JsonSyntaxError {
            line: self.line,
            column: self.column.max(1),
            message: message.to_owned(),
        }
    }

    /// An error at the byte about to be counted.
    fn error_at_next(&self, message: &str) -> JsonSyntaxError {
        JsonSyntaxError {
            line: self.line,
            column: self.column + 1,
            message: message.to_owned(),
        }
    }

    fn line_break(&self, out: &mut Vec<u8>) {
        let depth = self.stack.len().min(MAX_DEPTH);
        out.extend_from_slice(&self.breaks[..1 + 2 * depth]);
    }

    /// Where the document goes once a value is complete.
    fn after_value(&self) -> State {
        if self.stack.is_empty() {
            State::End
        } else {
            State::AfterValue
        }
    }

    fn byte(&mut self, b: u8, out: &mut Vec<u8>) -> Result<(), JsonSyntaxError> {
        let whitespace = matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        match self.state {
            State::Start(seen) => self.start(seen, b, out),
            State::Str { key, escape } => self.string(key, escape, b, out),
            State::Number(n) => match n.next(b) {
                Some(next) => {
                    out.push(b);
                    self.state = State::Number(next);
                    Ok(())
                }
                None if n == Number::Zero && b.is_ascii_digit() => {
                    Err(self.error_at_next("invalid number"))
                }
                None if n.complete() => {
                    self.state = self.after_value();
                    self.byte(b, out)
                }
                None => Err(self.error_at_next("invalid number")),
            },
            State::Literal { word, matched } => {
                if word.get(usize::from(matched)) != Some(&b) {
                    return Err(self.error_at_next("expected ident"));
                }
                out.push(b);
                self.state = if usize::from(matched) + 1 == word.len() {
                    self.after_value()
                } else {
                    State::Literal {
                        word,
                        matched: matched + 1,
                    }
                };
                Ok(())
            }
            _ if whitespace => Ok(()),
            State::Value { after_comma } => {
                if after_comma && b == b']' {
                    return Err(self.error_at_next("trailing comma"));
                }
                self.value(b, out)
            }
            State::Opened(container) => self.opened(container, b, out),
            State::Key => match b {
                b'"' => self.begin_key(out),
                b'}' => Err(self.error_at_next("trailing comma")),
                _ => Err(self.error_at_next("key must be a string")),
            },
            State::Colon => {
                if b != b':' {
                    return Err(self.error_at_next("expected `:`"));
                }
                out.extend_from_slice(b": ");
                self.state = State::Value { after_comma: false };
                Ok(())
            }
            State::AfterValue => self.after_member(b, out),
            State::End => Err(self.error_at_next("trailing characters")),
        }
    }

    fn start(&mut self, seen: u8, b: u8, out: &mut Vec<u8>) -> Result<(), JsonSyntaxError> {
        const BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];
        match (seen, b) {
            (0..=2, _) if BOM[usize::from(seen)] == b => {
                self.state = State::Start(seen + 1);
                Ok(())
            }
            (1..=2, _) => Err(self.error_at_next("expected value")),
            _ => {
                self.state = State::Value { after_comma: false };
                self.byte(b, out)
            }
        }
    }

    fn value(&mut self, b: u8, out: &mut Vec<u8>) -> Result<(), JsonSyntaxError> {
        match b {
            b'{' | b'[' => {
                if self.stack.len() >= MAX_DEPTH {
                    return Err(self.error_at_next(&format!(
                        "nested more than {MAX_DEPTH} levels deep, too deep to display"
                    )));
                }
                let container = if b == b'{' {
                    Container::Object
                } else {
                    Container::Array
                };
                self.stack.push(container);
                self.state = State::Opened(container);
            }
            b'"' => {
                out.push(b'"');
                self.state = State::Str {
                    key: false,
                    escape: Escape::None,
                };
            }
            b'-' | b'0'..=b'9' => {
                out.push(b);
                self.state = State::Number(match b {
                    b'-' => Number::Minus,
                    b'0' => Number::Zero,
                    _ => Number::Int,
                });
            }
            b't' | b'f' | b'n' => {
                out.push(b);
                let word: &'static [u8] = match b {
                    b't' => b"true",
                    b'f' => b"false",
                    _ => b"null",
                };
                self.state = State::Literal { word, matched: 1 };
            }
            _ => return Err(self.error_at_next("expected value")),
        }
        Ok(())
    }

    fn opened(
        &mut self,
        container: Container,
        b: u8,
        out: &mut Vec<u8>,
    ) -> Result<(), JsonSyntaxError> {
        if b == container.close() {
            self.stack.pop();
            out.extend_from_slice(&[container.open(), b]);
            self.state = self.after_value();
            return Ok(());
        }
        out.push(container.open());
        self.line_break(out);
        match container {
            Container::Array => {
                self.state = State::Value { after_comma: false };
                self.value(b, out)
            }
            Container::Object if b == b'"' => self.begin_key(out),
            Container::Object => Err(self.error_at_next("key must be a string")),
        }
    }

    fn begin_key(&mut self, out: &mut Vec<u8>) -> Result<(), JsonSyntaxError> {
        out.push(b'"');
        self.state = State::Str {
            key: true,
            escape: Escape::None,
        };
        Ok(())
    }

    fn after_member(&mut self, b: u8, out: &mut Vec<u8>) -> Result<(), JsonSyntaxError> {
        let Some(&container) = self.stack.last() else {
            return Err(self.error_at_next("trailing characters"));
        };
        if b == b',' {
            out.push(b',');
            self.line_break(out);
            self.state = match container {
                Container::Object => State::Key,
                Container::Array => State::Value { after_comma: true },
            };
            return Ok(());
        }
        if b != container.close() {
            return Err(self.error_at_next(match container {
                Container::Object => "expected `,` or `}`",
                Container::Array => "expected `,` or `]`",
            }));
        }
        self.stack.pop();
        self.line_break(out);
        out.push(b);
        self.state = self.after_value();
        Ok(())
    }

    fn string(
        &mut self,
        key: bool,
        escape: Escape,
        b: u8,
        out: &mut Vec<u8>,
    ) -> Result<(), JsonSyntaxError> {
        let next = match (escape, b) {
            (Escape::None, b'"') => {
                out.push(b);
                self.state = if key {
                    State::Colon
                } else {
                    self.after_value()
                };
                return Ok(());
            }
            (_, 0x00..=0x1F) => {
                return Err(self.error_at_next(
                    "control character (\\u0000-\\u001F) found while parsing a string",
                ))
            }
            (Escape::None, b'\\') => Escape::Backslash,
            (Escape::None, _) => Escape::None,
            (Escape::Backslash, b'u') => Escape::Hex(4),
            (Escape::Backslash, b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                Escape::None
            }
            (Escape::Backslash, _) => return Err(self.error_at_next("invalid escape")),
            (Escape::Hex(left), _) if b.is_ascii_hexdigit() => {
                if left == 1 {
                    Escape::None
                } else {
                    Escape::Hex(left - 1)
                }
            }
            (Escape::Hex(_), _) => return Err(self.error_at_next("invalid escape")),
        };
        out.push(b);
        self.state = State::Str { key, escape: next };
        Ok(())
    }
}

/// Lays out a whole document in pieces of `piece` bytes (how large bodies are fed).
#[cfg(test)]
pub(crate) fn pretty_in_pieces(input: &[u8], piece: usize) -> Result<Vec<u8>, JsonSyntaxError> {
    let mut job = StreamFormat::new();
    let mut out = Vec::new();
    for chunk in input.chunks(piece.max(1)) {
        job.feed(chunk, &mut out)?;
    }
    job.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests;
