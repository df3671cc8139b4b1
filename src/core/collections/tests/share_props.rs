//! Share links over generated names and texts: no secret value survives in
//! any spelling of its name, and no text makes decoding panic.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::collection::vec;
use proptest::prelude::*;

use crate::core::collections::{
    decode_share, encode_share, share_fragment, share_payload, ShareError,
};
use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::body::{FieldRow, PartRow, RequestBody};
use crate::core::request::draft::RequestDraft;
use crate::core::request::headers::HeaderRow;
use crate::core::request::query::QueryParam;

/// Secret names seen in real APIs, cut into words so each gap can be spelled
/// `-`, `_`, nothing, or an escape of one of those.
const SECRET_NAMES: &[&[&str]] = &[
    &["authorization"],
    &["proxy", "authorization"],
    &["cookie"],
    &["set", "cookie"],
    &["x", "api", "key"],
    &["api", "key"],
    &["key"],
    &["ocp", "apim", "subscription", "key"],
    &["x", "access", "key"],
    &["private", "key"],
    &["access", "token"],
    &["refresh", "token"],
    &["id", "token"],
    &["x", "auth", "token"],
    &["x", "csrf", "token"],
    &["client", "secret"],
    &["password"],
    &["passwd"],
    &["pwd"],
    &["x", "signature"],
    &["x", "hub", "signature", "256"],
    &["x", "amz", "signature"],
    &["x", "amz", "credential"],
    &["sig"],
    &["session", "id"],
    &["phpsessid"],
    &["jwt"],
    &["bearer"],
    &["credentials"],
    &["auth"],
];

const GAPS: &[&str] = &["-", "_", "", "%2D", "%5F", "%2d", "%5f", "+"];

/// One spelling of a secret name: the gaps chosen, each letter in either
/// case, and some characters escaped as `%XX`.
fn secret_name() -> impl Strategy<Value = String> {
    (
        0..SECRET_NAMES.len(),
        vec(0..GAPS.len(), 4),
        vec(any::<bool>(), 40),
        vec(any::<bool>(), 40),
    )
        .prop_map(|(which, gaps, upper, escaped)| {
            let words = SECRET_NAMES[which];
            let mut plain = String::new();
            for (i, word) in words.iter().enumerate() {
                if i > 0 {
                    plain.push_str(GAPS[gaps[i - 1]]);
                }
                plain.push_str(word);
            }
            let mut name = String::new();
            let mut in_escape = 0;
            for (i, c) in plain.chars().enumerate() {
                // An escape already written keeps its three characters.
                if c == '%' {
                    in_escape = 3;
                }
                if in_escape > 0 {
                    in_escape -= 1;
                    name.push(c);
                } else if escaped[i % escaped.len()] && c.is_ascii_alphanumeric() {
                    name.push_str(&format!("%{:02X}", c as u32));
                } else if upper[i % upper.len()] {
                    name.push(c.to_ascii_uppercase());
                } else {
                    name.push(c);
                }
            }
            name
        })
}

/// A value that cannot appear in the payload by chance.
fn secret_value() -> impl Strategy<Value = String> {
    "[A-Za-z0-9]{16}".prop_map(|random| format!("Zq9{random}"))
}

/// The name and value in every place a request can hold them at once.
fn everywhere(name: &str, value: &str, multipart: bool, auth: usize) -> RequestDraft {
    let body = if multipart {
        RequestBody::Multipart(vec![PartRow::text(name, value)])
    } else {
        RequestBody::UrlEncoded(vec![FieldRow::new(name, value)])
    };
    let auth = match auth {
        0 => Auth::Basic {
            username: "ann".into(),
            password: value.into(),
        },
        1 => Auth::Bearer {
            token: value.into(),
        },
        _ => Auth::ApiKey {
            name: name.into(),
            value: value.into(),
            place: KeyPlace::Query,
        },
    };
    RequestDraft {
        method: "POST".into(),
        url: format!("https://ann:{value}@x.test/p?q=1&{name}={value}#{name}={value}"),
        headers: vec![
            HeaderRow::new(name, value),
            HeaderRow {
                enabled: false,
                ..HeaderRow::new(name, value)
            },
        ],
        body,
        auth,
        follow_redirects: true,
        params: vec![
            QueryParam::new(name, Some(value)),
            QueryParam {
                enabled: false,
                ..QueryParam::new(name, Some(value))
            },
        ],
    }
}

fn payload_json(payload: &str) -> String {
    let bytes = URL_SAFE_NO_PAD.decode(payload).unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_spelling_of_a_secret_name_lets_its_value_through(
        name in secret_name(),
        value in secret_value(),
        multipart in any::<bool>(),
        auth in 0..3usize,
    ) {
        let shared = encode_share(&everywhere(&name, &value, multipart, auth), "n", false).unwrap();
        let json = payload_json(&shared.payload);
        prop_assert!(json.starts_with('{'), "payload reads as JSON: {}", json);
        prop_assert!(!json.contains(&value), "{} leaked through {}: {}", value, name, json);
        prop_assert!(!shared.payload.contains(&value));
        prop_assert!(decode_share(&shared.payload).is_ok());
    }

    #[test]
    fn with_secrets_included_every_value_is_kept(
        name in secret_name(),
        value in secret_value(),
    ) {
        let draft = everywhere(&name, &value, false, 1);
        let shared = encode_share(&draft, "n", true).unwrap();
        prop_assert!(shared.report.is_empty());
        prop_assert_eq!(decode_share(&shared.payload).unwrap().1, draft);
    }

    #[test]
    fn any_text_is_refused_with_a_reason_and_never_panics(text in any::<String>()) {
        let err = decode_share(&text);
        prop_assert!(matches!(err, Err(ref e) if !e.to_string().is_empty()), "{:?}", err);
    }

    #[test]
    fn text_with_a_character_outside_base64url_is_not_base64(
        text in "[A-Za-z0-9_-]{0,20}[^A-Za-z0-9_=\\s-][A-Za-z0-9_-]{0,20}",
    ) {
        prop_assert_eq!(decode_share(&text), Err(ShareError::NotBase64));
    }

    #[test]
    fn base64url_text_is_damaged_or_not_ours(text in "[A-Za-z0-9_-]{0,200}") {
        let err = decode_share(&text);
        prop_assert!(
            matches!(err, Err(ShareError::NotBase64 | ShareError::NotOurs(_))),
            "{:?}", err
        );
    }

    #[test]
    fn arbitrary_bytes_as_a_payload_are_not_ours(bytes in vec(any::<u8>(), 1..300)) {
        let err = decode_share(&URL_SAFE_NO_PAD.encode(&bytes));
        prop_assert!(matches!(err, Err(ShareError::NotOurs(_))), "{:?}", err);
    }

    #[test]
    fn reading_a_link_never_panics(query in any::<String>(), fragment in any::<String>()) {
        let _ = share_payload(&query, &fragment);
    }

    #[test]
    fn a_payload_in_a_fragment_reads_back(payload in "[A-Za-z0-9_-]{0,80}", query in "[a-z=&]{0,20}") {
        prop_assert_eq!(share_payload(&query, &share_fragment(&payload)), Some(payload));
    }
}
