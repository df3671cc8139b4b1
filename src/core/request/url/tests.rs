use super::*;
use crate::core::test_support::WhatwgUrls;

fn ok(text: &str) -> HttpUrl {
    HttpUrl::parse(text, &WhatwgUrls).unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[test]
fn http_and_https_urls_are_accepted() {
    assert_eq!(
        ok("https://api.example.com/items?x=1").as_str(),
        "https://api.example.com/items?x=1"
    );
    assert_eq!(
        ok("http://127.0.0.1:8000/status/418").as_str(),
        "http://127.0.0.1:8000/status/418"
    );
    assert_eq!(
        ok("  HTTPS://Example.COM ").as_str(),
        "https://example.com/"
    );
}

#[test]
fn empty_url_is_refused() {
    assert_eq!(HttpUrl::parse("  ", &WhatwgUrls), Err(UrlError::Empty));
}

#[test]
fn url_without_scheme_gets_https_suggestion() {
    assert_eq!(
        HttpUrl::parse("api.example.com/v1", &WhatwgUrls),
        Err(UrlError::MissingScheme {
            suggestion: "https://api.example.com/v1".into()
        })
    );
    assert_eq!(
        HttpUrl::parse("//cdn.example.com/a", &WhatwgUrls),
        Err(UrlError::MissingScheme {
            suggestion: "https://cdn.example.com/a".into()
        })
    );
}

#[test]
fn local_url_without_scheme_gets_http_suggestion() {
    for (input, want) in [
        ("localhost:8080/users", "http://localhost:8080/users"),
        ("127.0.0.1:5000", "http://127.0.0.1:5000"),
        ("192.168.1.4/api", "http://192.168.1.4/api"),
        ("app.localhost", "http://app.localhost"),
    ] {
        assert_eq!(
            HttpUrl::parse(input, &WhatwgUrls),
            Err(UrlError::MissingScheme {
                suggestion: want.into()
            }),
            "{input}"
        );
    }
}

#[test]
fn suggestion_message_contains_the_suggested_url() {
    let msg = HttpUrl::parse("example.com", &WhatwgUrls)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("https://example.com"), "{msg}");
}

#[test]
fn dangerous_and_local_schemes_are_refused_with_specific_reasons() {
    let cases = [
        ("javascript:alert(1)", "run script"),
        ("JavaScript:alert(1)", "run script"),
        ("data:text/plain,hi", "inline"),
        ("file:///etc/passwd", "local files"),
        ("blob:https://x/y", "inside this browser tab"),
        ("ftp://example.com/f", "only http: and https:"),
        ("wss://example.com/socket", "WebSocket"),
    ];
    for (input, reason) in cases {
        let err = HttpUrl::parse(input, &WhatwgUrls).unwrap_err();
        assert!(matches!(err, UrlError::UnsupportedScheme { .. }), "{input}");
        assert!(err.to_string().contains(reason), "{input}: {err}");
    }
}

#[test]
fn malformed_urls_say_what_is_wrong() {
    for (input, reason) in [
        ("http://", "empty host"),
        ("http://example.com:99999/", "invalid port"),
        ("http://exa mple.com/", "host names cannot have"),
        ("https://[::1/", "invalid"),
    ] {
        let err = HttpUrl::parse(input, &WhatwgUrls).unwrap_err();
        assert!(
            matches!(err, UrlError::Malformed { .. }),
            "{input}: {err:?}"
        );
        assert!(err.to_string().contains(reason), "{input}: {err}");
    }
}

/// Chromium's parser, which percent-encodes what the standard refuses.
struct LenientHosts;

impl UrlParser for LenientHosts {
    fn parse(&self, _: &str) -> Option<UrlParts> {
        Some(UrlParts {
            href: "http://exa%20mple.com/".into(),
            scheme: "http".into(),
            has_credentials: false,
            hostname: "exa%20mple.com".into(),
            origin: "http://exa%20mple.com".into(),
        })
    }
}

#[test]
fn hosts_a_lenient_parser_percent_encodes_are_refused() {
    let err = HttpUrl::parse("http://exa mple.com/", &LenientHosts).unwrap_err();
    assert!(err.to_string().contains("a space"), "{err}");
}

#[test]
fn refused_urls_are_diagnosed_by_their_usual_culprits() {
    for (input, reason) in [
        ("http:///path", "empty host"),
        ("http://user@:80/", "empty host"),
        ("http://[::1/", "closing ]"),
        ("http://host:8o8o/", "invalid port number “8o8o”"),
        ("http://host:70000/", "invalid port number"),
        ("http://a<b.example/", "“<”"),
        ("http://a b/", "a space"),
        ("http://[::1]:99999/", "invalid port number"),
    ] {
        assert!(
            diagnose(input).contains(reason),
            "{input}: {}",
            diagnose(input)
        );
    }
    assert!(diagnose("http://fine.example/").contains("does not accept"));
}

#[test]
fn credentials_in_the_url_are_refused() {
    assert_eq!(
        HttpUrl::parse("https://user:pw@example.com/", &WhatwgUrls),
        Err(UrlError::HasCredentials)
    );
    assert_eq!(
        HttpUrl::parse("https://user@example.com/", &WhatwgUrls),
        Err(UrlError::HasCredentials)
    );
}

#[test]
fn origin_is_scheme_host_and_non_default_port() {
    assert_eq!(
        ok("http://127.0.0.1:8000/a?b").origin(),
        "http://127.0.0.1:8000"
    );
    assert_eq!(
        ok("https://example.com:443/a").origin(),
        "https://example.com"
    );
}

#[test]
fn loopback_hosts_are_recognised() {
    assert!(ok("http://localhost:3000/").is_loopback());
    assert!(ok("http://api.localhost/").is_loopback());
    assert!(ok("http://127.0.0.1/").is_loopback());
    assert!(ok("http://127.8.9.10/").is_loopback());
    assert!(ok("http://[::1]:8080/").is_loopback());
    assert!(!ok("http://example.com/").is_loopback());
    assert!(!ok("http://10.0.0.1/").is_loopback());
}
