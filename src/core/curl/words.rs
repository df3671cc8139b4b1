//! Splitting a pasted command line into words as a POSIX shell does (the
//! `shlex` crate), after rewriting the two spellings it does not read: bash's
//! `$'…'` strings, and the carets of Windows' cmd.exe (`^` before a line
//! break continues the line, `^x` stands for `x`).

use super::CurlError;

/// The words of `command`, quotes removed and escapes applied.
pub fn split_words(command: &str) -> Result<Vec<String>, CurlError> {
    let text = command.replace("\r\n", "\n");
    // cmd.exe's continuation ends the first line; a caret later on may be
    // part of a quoted body.
    let cmd_style = text
        .lines()
        .next()
        .is_some_and(|line| line.len() < text.len() && line.trim_end().ends_with('^'));
    let text = if cmd_style { uncaret(&text) } else { text };
    let posix = expand_ansi_c(&text)?;
    shlex::split(&posix).ok_or(CurlError::TrailingBackslash)
}

/// cmd.exe's escapes: `^` keeps the next character as it is, and before a
/// line break joins the lines.
fn uncaret(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '^' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\n') => out.push(' '),
            Some(next) => out.push(next),
            None => {}
        }
    }
    out
}

#[derive(Clone, Copy)]
enum Quote {
    None,
    Single(usize),
    Double(usize),
}

/// Rewrites each `$'…'` as the single-quoted word it stands for, and checks
/// that every quote is closed (naming the one that is not).
fn expand_ansi_c(text: &str) -> Result<String, CurlError> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut quote = Quote::None;
    while let Some((at, c)) = chars.next() {
        match quote {
            Quote::None => match c {
                '\\' => {
                    let (_, next) = chars.next().ok_or(CurlError::TrailingBackslash)?;
                    // A line continuation goes before words are split (POSIX).
                    if next != '\n' {
                        out.push(c);
                        out.push(next);
                    }
                }
                '\'' => {
                    quote = Quote::Single(at);
                    out.push(c);
                }
                '"' => {
                    quote = Quote::Double(at);
                    out.push(c);
                }
                '$' if chars.peek().is_some_and(|&(_, next)| next == '\'') => {
                    chars.next();
                    let word = read_ansi_c(&mut chars).ok_or_else(|| unclosed(text, '$', at))?;
                    out.push('\'');
                    out.push_str(&word.replace('\'', r"'\''"));
                    out.push('\'');
                }
                _ => out.push(c),
            },
            Quote::Single(_) => {
                out.push(c);
                if c == '\'' {
                    quote = Quote::None;
                }
            }
            Quote::Double(_) => {
                if c == '\\' {
                    match chars.next() {
                        Some((_, '\n')) => {}
                        Some((_, next)) => {
                            out.push(c);
                            out.push(next);
                        }
                        None => out.push(c),
                    }
                    continue;
                }
                out.push(c);
                if c == '"' {
                    quote = Quote::None;
                }
            }
        }
    }
    match quote {
        Quote::None => Ok(out),
        Quote::Single(at) => Err(unclosed(text, '\'', at)),
        Quote::Double(at) => Err(unclosed(text, '"', at)),
    }
}

fn unclosed(text: &str, quote: char, at: usize) -> CurlError {
    let near: String = text[at..].chars().take(24).collect();
    CurlError::UnclosedQuote {
        quote,
        position: text[..at].chars().count() + 1,
        near,
    }
}

/// The text of a `$'…'` word up to its closing quote, escapes decoded as bash
/// decodes them; `None` when the quote is never closed.
fn read_ansi_c(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<String> {
    let mut out = String::new();
    loop {
        let (_, c) = chars.next()?;
        match c {
            '\'' => return Some(out),
            '\\' => {
                let (_, escape) = chars.next()?;
                decode_escape(escape, chars, &mut out);
            }
            c => out.push(c),
        }
    }
}

fn decode_escape(
    escape: char,
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    out: &mut String,
) {
    let simple = match escape {
        'n' => Some('\n'),
        't' => Some('\t'),
        'r' => Some('\r'),
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'e' | 'E' => Some('\u{1b}'),
        'f' => Some('\u{c}'),
        'v' => Some('\u{b}'),
        '\\' | '\'' | '"' | '?' => Some(escape),
        _ => None,
    };
    if let Some(c) = simple {
        return out.push(c);
    }
    let code = match escape {
        '0'..='7' => Some(digits(chars, 8, 2, escape.to_digit(8))),
        'x' => Some(digits(chars, 16, 2, None)),
        'u' => Some(digits(chars, 16, 4, None)),
        'U' => Some(digits(chars, 16, 8, None)),
        'c' => chars.next().map(|(_, c)| Some(u32::from(c) & 0x1f)),
        _ => None,
    };
    match code {
        Some(Some(code)) => out.extend(char::from_u32(code)),
        // `\x` with no digits, or an escape bash does not know: kept as written.
        _ => {
            out.push('\\');
            out.push(escape);
        }
    }
}

/// Up to `most` more digits in `radix`, after the `first` one if any.
fn digits(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    radix: u32,
    most: usize,
    first: Option<u32>,
) -> Option<u32> {
    let mut value = first;
    for _ in 0..most {
        let Some(digit) = chars.peek().and_then(|&(_, c)| c.to_digit(radix)) else {
            break;
        };
        chars.next();
        value = Some(value.unwrap_or(0) * radix + digit);
    }
    value
}

#[cfg(test)]
mod tests;
