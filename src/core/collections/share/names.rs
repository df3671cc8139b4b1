//! Which names and values look like credentials, for leaving them out of a
//! share link. One rule serves header names, query parameter names, form
//! fields and keys seen in a body, so a name is judged the same everywhere.
//!
//! **Reading a name.** It is read as a query decoder would (`+` is a space,
//! `%XX` a byte), then again up to three times, since a server may decode
//! more than once and `access%255Ftoken` can reach it as `access_token`. Each
//! reading is cut down to its ASCII letters and digits, in lower case:
//! `X-Api_Key`, `x_api-key`, `XAPIKEY` and `x%2Dapi%5Fkey` all read `xapikey`.
//! A name looks secret when any reading:
//! - contains a part that only ever names a credential: see [`TELLING`];
//! - contains `auth`, unless that `auth` starts `author…` without going on to
//!   `authoriz…`/`authoris…`: `Authorization`, `OAuth`, `X-Auth-Token` are
//!   secret, `author`, `co_author`, `:authority` are not;
//! - ends in `key` (`key`, `X-Key`, `api_key`, `X-Access-Key`,
//!   `Ocp-Apim-Subscription-Key`), except ordinary words ending so
//!   ([`NOT_KEYS`]: `monkey`, `hockey`…) and `Idempotency-Key`, a request id;
//! - ends in `sig` (`sig`, `X-Sig`), the short form of signature;
//! - is one of the short names that mean a credential only on their own:
//!   `pass`, `pw`, `sid`, `otp` (`passenger`, `sidebar` and `hotpath` are not).
//!
//! **Chosen trade-offs.** Leaving out a harmless value costs the recipient a
//! retyped value; sharing a credential cannot be undone. So some harmless
//! names are accepted as secret: `partition_key`, `SignatureVersion`,
//! `X-Session-Timeout`, `cookie_consent`, `password_hint`. Ids of keys
//! (`key_id`, `AWSAccessKeyId`) do not end in `key` and stay. Generic words
//! that only sometimes carry a credential (`code`, `state`, `nonce`) stay too:
//! blanking every `?code=` would break far more shared links than it protects.

use std::borrow::Cow;

use percent_encoding::percent_decode_str;

/// Parts that name a credential wherever they appear in a name.
const TELLING: [&str; 19] = [
    "token",
    "secret",
    "password",
    "passwd",
    "passphrase",
    "pwd",
    "credential",
    "cookie",
    "session",
    "sessid",
    "jwt",
    "bearer",
    "signature",
    "csrf",
    "xsrf",
    "hmac",
    "apikey",
    "privatekey",
    "dpop",
];

/// Names that are credentials only when they are the whole name.
const WHOLE: [&str; 4] = ["pass", "pw", "sid", "otp"];

/// Endings in `key` that are not keys.
const NOT_KEYS: [&str; 10] = [
    "monkey",
    "donkey",
    "turkey",
    "hockey",
    "jockey",
    "whiskey",
    "lackey",
    "hotkey",
    "turnkey",
    "idempotencykey",
];

/// How many times a name is decoded at most: enough for a link escaped twice,
/// bounded so a crafted name cannot make the check slow.
const DECODINGS: usize = 3;

/// Whether a header, query parameter, form field or body key of this name
/// should have its value left out (see the module notes for the rule).
pub fn is_secret_name(name: &str) -> bool {
    readings(name).iter().any(|reading| reads_secret(reading))
}

/// Whether a value is a credential whatever its name: an `Authorization`
/// value (`Bearer …`, `Basic …`) or a JSON Web Token (`eyJ….….…`).
pub fn looks_like_credential(value: &str) -> bool {
    let value = value.trim();
    let scheme = value.split_once(' ').map(|(scheme, _)| scheme);
    let has_scheme =
        scheme.is_some_and(|s| s.eq_ignore_ascii_case("bearer") || s.eq_ignore_ascii_case("basic"));
    has_scheme || is_jwt(value)
}

/// Three or five base64url parts joined by dots, the first a JSON object
/// (`eyJ` is how base64 spells `{"`).
fn is_jwt(value: &str) -> bool {
    let parts: Vec<&str> = value.split('.').collect();
    value.starts_with("eyJ")
        && matches!(parts.len(), 3 | 5)
        && parts[..2].iter().all(|part| !part.is_empty())
        && parts.iter().all(|part| {
            part.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'=')
        })
}

/// The name as typed and as decoded once, twice… each cut down to lower-case
/// ASCII letters and digits; duplicates are dropped.
fn readings(name: &str) -> Vec<String> {
    let mut readings = vec![squeezed(name)];
    let mut text = Cow::Borrowed(name);
    for _ in 0..DECODINGS {
        let decoded = decode_query_text(&text);
        if decoded == text {
            break;
        }
        let reading = squeezed(&decoded);
        if !readings.contains(&reading) {
            readings.push(reading);
        }
        text = Cow::Owned(decoded);
    }
    readings
}

/// `+` as a space and `%XX` as a byte, as a query is read; bytes that are not
/// UTF-8 become U+FFFD, which the squeeze then drops.
pub(super) fn decode_query_text(text: &str) -> String {
    let spaced = text.replace('+', " ");
    percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
}

fn squeezed(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn reads_secret(name: &str) -> bool {
    TELLING.iter().any(|part| name.contains(part))
        || has_auth(name)
        || (name.ends_with("key") && !NOT_KEYS.iter().any(|word| name.ends_with(word)))
        || name.ends_with("sig")
        || WHOLE.contains(&name)
}

/// `auth` anywhere, except where it begins `author`/`authority` (but
/// `authorization` and `authorise` count).
fn has_auth(name: &str) -> bool {
    name.match_indices("auth").any(|(at, _)| {
        let after = &name[at + 4..];
        !after.starts_with("or") || after.starts_with("oriz") || after.starts_with("oris")
    })
}
