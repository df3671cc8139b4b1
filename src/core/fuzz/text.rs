//! Parsers of one line or one body of text: URLs, Retry-After, media types,
//! methods, timeouts, url-encoded and multipart forms, query strings, and
//! the JSON checkers and formatters of response bodies.

use proptest::prelude::*;
use proptest::sample::select;

use super::{explained, fuzz, pieces};
use crate::core::insight::retry_after::{describe_retry, parse_retry_after};
use crate::core::media_type::{essence, parameter};
use crate::core::request::body::decode_form;
use crate::core::request::draft::parse_timeout;
use crate::core::request::method::Method;
use crate::core::request::multipart::{declared_boundary, decode, with_crlf};
use crate::core::request::query::{params_of, reread, with_params};
use crate::core::request::url::HttpUrl;
use crate::core::response::json_pretty::{check_syntax, pretty, Reformat};
use crate::core::response::json_stream::StreamFormat;
use crate::core::response::received::body_view;
use crate::core::response::text_lines::LineIndex;
use crate::core::test_support::WhatwgUrls;

fn text_or(pieces_of: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), pieces(pieces_of, 12)]
}

const URL_PIECES: &[&str] = &[
    "http://",
    "https://",
    "HTTPS://",
    "ftp://",
    "//",
    "user:pw@",
    "@",
    "[::1]",
    "[",
    "]",
    "example.com",
    "xn--",
    "ß",
    "%",
    "%2",
    "%zz",
    "%41",
    ":",
    ":8080",
    ":99999",
    "/",
    "?",
    "#",
    "\\",
    " ",
    "\t",
    "\u{0}",
    "localhost",
    "127.0.0.1",
    "0x7f.1",
    "{{host}}",
    "a=b&c",
];

#[test]
fn request_urls_never_panic() {
    fuzz("url", 4096, text_or(URL_PIECES), |text| {
        let parsed = HttpUrl::parse(&text, &WhatwgUrls);
        if let Ok(url) = &parsed {
            // The accessors slice the parts: they must hold for any URL.
            let _ = (
                url.as_str(),
                url.origin(),
                url.is_https(),
                url.is_loopback(),
            );
        }
        explained(&parsed)
    });
}

const RETRY_PIECES: &[&str] = &[
    "0",
    "120",
    "-",
    ".",
    "18446744073709551616",
    " ",
    "\t",
    "Wed, ",
    "Wednesday, ",
    "Wed ",
    "25 Nov 2026 ",
    "25-Nov-26 ",
    "Nov 25 ",
    "14:05:00",
    " GMT",
    " 2026",
    "9999",
    "0000",
    "31 Feb ",
    "24:60:60",
    "2026-11-25T14:05:00Z",
];

#[test]
fn retry_after_never_panics() {
    let input = (text_or(RETRY_PIECES), any::<u64>(), any::<Option<u64>>());
    fuzz("retry-after", 4096, input, |(text, now, date)| {
        let parsed = parse_retry_after(&text);
        if let Ok(retry) = &parsed {
            // Any moment the clock or a Date header may give.
            let moment = |secs: u64| {
                std::time::UNIX_EPOCH.checked_add(std::time::Duration::from_secs(secs >> 20))
            };
            if let Some(now) = moment(now) {
                describe_retry(retry, now, date.and_then(moment));
            }
        }
        explained(&parsed)
    });
}

const TYPE_PIECES: &[&str] = &[
    "application/",
    "json",
    "problem+json",
    "multipart/form-data",
    ";",
    " ",
    "boundary=",
    "charset=",
    "\"",
    "\\",
    "=",
    "utf-8",
    "----x",
    "/",
    ",",
];

#[test]
fn media_types_methods_and_timeouts_never_panic() {
    let input = (text_or(TYPE_PIECES), ".{0,8}", any::<String>());
    fuzz(
        "media-type-method-timeout",
        2048,
        input,
        |(content_type, name, other)| {
            essence(&content_type);
            parameter(&content_type, &name);
            declared_boundary(&content_type);
            explained(&Method::parse(&other))?;
            explained(&parse_timeout(&other))
        },
    );
}

const FORM_PIECES: &[&str] = &[
    "--b",
    "\r\n",
    "\r\n\r\n",
    "--",
    "Content-Disposition: form-data; name=\"a\"",
    "Content-Disposition: form-data; name=a; filename=\"x\"",
    "Content-Type: text/plain",
    ":",
    ";",
    "%22",
    "%0D%0A",
    "%",
    "+",
    "&",
    "=",
    "\n",
    "é",
];

#[test]
fn forms_and_query_strings_never_panic() {
    let input = (text_or(FORM_PIECES), "[a-z-]{0,4}", text_or(URL_PIECES));
    fuzz("forms-and-query", 3072, input, |(body, boundary, url)| {
        decode(&with_crlf(&body), &boundary);
        decode_form(&body);
        let rows = params_of(&url);
        reread(&url, &rows);
        with_params(&url, &rows);
        Ok(())
    });
}

const JSON_PIECES: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "d800", "\\n", "1", "-", ".", "e", "E+",
    "1e999", "true", "nul", " ", "\n", "\u{feff}", "é", "\"a\":",
];

/// Arrays or objects opened past the layout's depth limit, then anything.
fn deep_json() -> impl Strategy<Value = String> {
    (
        100..300usize,
        select(&["[", "{\"a\":", "[{\"b\":"][..]),
        text_or(JSON_PIECES),
    )
        .prop_map(|(levels, open, rest)| open.repeat(levels) + &rest)
}

#[test]
fn json_checking_and_layout_never_panic() {
    let input = (
        prop_oneof![3 => text_or(JSON_PIECES), 1 => deep_json()],
        1..64usize,
    );
    fuzz("json-layout", 3072, input, |(text, piece)| {
        body_view(Some("application/json"), text.as_bytes());
        body_view(None, text.as_bytes());
        let lines = LineIndex::new(&text, piece);
        lines.rows(&text, piece..piece * 3).for_each(drop);
        explained(&check_syntax(&text))?;
        explained(&pretty(&text))?;
        let mut reformat = Reformat::new(&text);
        while let Ok(false) = reformat.advance(&text, piece) {
            reformat.percent_done(&text);
        }
        let mut stream = StreamFormat::new();
        let mut out = Vec::new();
        for chunk in text.as_bytes().chunks(piece) {
            let fed = stream.feed(chunk, &mut out);
            explained(&fed)?;
            if fed.is_err() {
                // Nothing is fed after an error: the body view stops there.
                return Ok(());
            }
        }
        explained(&stream.finish())
    });
}
