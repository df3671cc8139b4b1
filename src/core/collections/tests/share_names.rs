//! The one rule for secret-looking names, and credential-looking values.

use crate::core::collections::is_secret_name;
use crate::core::collections::share::looks_like_credential;

fn secret(names: &[&str]) {
    for name in names {
        assert!(is_secret_name(name), "{name} should look secret");
    }
}

fn plain(names: &[&str]) {
    for name in names {
        assert!(!is_secret_name(name), "{name} should not look secret");
    }
}

#[test]
fn authorization_and_cookies_are_secret() {
    secret(&[
        "Authorization",
        "proxy-authorization",
        "Cookie",
        "Set-Cookie",
        "X-Auth-Token",
        "oauth_signature",
        "auth",
        "X-Authenticated-User",
    ]);
}

#[test]
fn key_headers_from_real_apis_are_secret() {
    secret(&[
        "Ocp-Apim-Subscription-Key",
        "X-Access-Key",
        "X-API-Key",
        "Api-Key",
        "x-apikey",
        "X-Functions-Key",
        "X-Key",
        "key",
        "private_key",
        "private_key_pem",
        "api_key_v2",
        "passkey",
    ]);
}

#[test]
fn signature_headers_and_parameters_are_secret() {
    secret(&[
        "X-Signature",
        "X-Hub-Signature-256",
        "X-Amz-Signature",
        "X-Goog-Signature",
        "Signature",
        "sig",
        "X-Sig",
        "X-HMAC",
        "X-Amz-Credential",
    ]);
}

#[test]
fn tokens_passwords_and_sessions_are_secret() {
    secret(&[
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "X-Amz-Security-Token",
        "X-CSRF-Token",
        "_csrf",
        "X-XSRF-TOKEN",
        "client_secret",
        "password",
        "passwd",
        "pwd",
        "passphrase",
        "pass",
        "pw",
        "otp",
        "X-Session-Id",
        "PHPSESSID",
        "JSESSIONID",
        "sid",
        "jwt",
        "X-JWT-Assertion",
        "bearer",
        "credentials",
        "DPoP",
    ]);
}

#[test]
fn case_dashes_underscores_and_dots_do_not_matter() {
    secret(&[
        "ACCESS_TOKEN",
        "Access-Token",
        "accesstoken",
        "aCcEsS_tOkEn",
        "api.key",
        "api key",
        "credentials[password]",
        " X-API-Key ",
    ]);
}

#[test]
fn escaped_names_are_read_decoded() {
    secret(&[
        "access%5Ftoken",
        "access%5ftoken",
        "api%2Dkey",
        "pass%77ord",
        "%70%61%73%73%77%6F%72%64",
        "client+secret",
    ]);
}

#[test]
fn names_escaped_twice_are_read_as_a_server_decoding_twice_would() {
    secret(&["pass%2577ord", "%2570wd", "%25%37%30wd"]);
}

#[test]
fn ordinary_headers_are_not_secret() {
    plain(&[
        "Accept",
        "Accept-Language",
        "Content-Type",
        "Content-Disposition",
        "Cache-Control",
        "X-Request-ID",
        "If-None-Match",
        "User-Agent",
        "Keep-Alive",
        "Origin",
        "Referer",
        "X-Forwarded-For",
        "Upgrade-Insecure-Requests",
        "Idempotency-Key",
    ]);
}

#[test]
fn words_that_merely_contain_a_secret_part_are_not_secret() {
    plain(&[
        "monkey",
        "x-monkey",
        "turkey",
        "hockey",
        "hotkey",
        "keyword",
        "keys_only",
        "author",
        "co_author",
        "authors",
        ":authority",
        "passenger",
        "bypass",
        "sidebar",
        "hotpath",
        "signed",
    ]);
}

#[test]
fn ids_of_keys_and_generic_words_are_not_secret() {
    plain(&[
        "key_id",
        "AWSAccessKeyId",
        "code",
        "state",
        "nonce",
        "q",
        "page",
        "sort",
        "",
    ]);
}

#[test]
fn accepted_false_positives_are_secret() {
    // Leaving these out costs a retyped value; see the rule's notes.
    secret(&[
        "partition_key",
        "SignatureVersion",
        "X-Session-Timeout",
        "cookie_consent",
        "password_hint",
    ]);
}

#[test]
fn a_bad_escape_or_non_ascii_name_does_not_panic_or_match() {
    plain(&["%", "%zz", "%E2%82", "пароль", "名前", "%FF%FE"]);
    secret(&["%FFtoken", "pass\u{200b}word"]);
}

#[test]
fn authorization_values_and_jwts_look_like_credentials() {
    for value in [
        "Bearer abc",
        "bearer abc",
        "  Basic YWxhZGRpbjpvcGVuc2VzYW1l",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nature_x",
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.",
        "eyJh.eyJz.a.b.c",
    ] {
        assert!(looks_like_credential(value), "{value}");
    }
}

#[test]
fn ordinary_values_do_not_look_like_credentials() {
    for value in [
        "",
        "Bearer",
        "application/json",
        "Basically fine",
        "eyJ",
        "eyJa.b",
        "eyJa..c",
        "eyJa.b.c d",
        "1.2.3",
        "https://example.com/a.b.c",
    ] {
        assert!(!looks_like_credential(value), "{value}");
    }
}
