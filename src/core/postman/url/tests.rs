use super::*;
use crate::core::postman::schema::PathVariableSegment;

fn labels(parts: &UrlParts) -> Vec<&str> {
    match &parts.host {
        Some(StrOr::Other(labels)) => labels.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    }
}

fn segments(parts: &UrlParts) -> Vec<&str> {
    match &parts.path {
        Some(StrOr::Other(segments)) => segments
            .iter()
            .map(|s| match s {
                StrOr::Str(s) => s.as_str(),
                StrOr::Other(_) => "<var>",
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn query(parts: &UrlParts) -> Vec<(&str, Option<&str>)> {
    parts
        .query
        .iter()
        .map(|q| (q.key.as_deref().unwrap_or(""), q.value.as_deref()))
        .collect()
}

#[test]
fn a_full_url_is_broken_into_parts() {
    let parts = url_parts("https://api.example.com:8443/v1/users/?page=2&flag#top");
    assert_eq!(parts.protocol.as_deref(), Some("https"));
    assert_eq!(labels(&parts), ["api", "example", "com"]);
    assert_eq!(parts.port.as_deref(), Some("8443"));
    assert_eq!(segments(&parts), ["v1", "users", ""]);
    assert_eq!(query(&parts), [("page", Some("2")), ("flag", None)]);
    assert_eq!(parts.hash.as_deref(), Some("top"));
    assert_eq!(
        parts.raw.as_deref(),
        Some("https://api.example.com:8443/v1/users/?page=2&flag#top")
    );
}

#[test]
fn a_variable_host_is_kept_whole() {
    let parts = url_parts("{{baseUrl}}/users/:id?expand={{expand}}");
    assert_eq!(parts.protocol, None);
    assert_eq!(labels(&parts), ["{{baseUrl}}"]);
    assert_eq!(parts.port, None);
    assert_eq!(segments(&parts), ["users", ":id"]);
    assert_eq!(query(&parts), [("expand", Some("{{expand}}"))]);
}

#[test]
fn ports_credentials_and_ipv6_are_told_apart() {
    let parts = url_parts("http://user:secret@[::1]:8080");
    assert_eq!(labels(&parts), ["[::1]"]);
    assert_eq!(parts.port.as_deref(), Some("8080"));
    assert!(parts.path.is_none());
    let parts = url_parts("http://localhost:{{port}}/");
    assert_eq!(labels(&parts), ["localhost"]);
    assert_eq!(parts.port.as_deref(), Some("{{port}}"));
    assert_eq!(labels(&url_parts("http://host:abc")), ["host:abc"]);
    assert!(url_parts("").host.is_none());
}

#[test]
fn a_url_object_without_raw_is_put_together() {
    let parts = UrlParts {
        protocol: Some("https".into()),
        host: Some(StrOr::Other(vec![
            "api".into(),
            "example".into(),
            "com".into(),
        ])),
        port: Some("8443".into()),
        path: Some(StrOr::Other(vec![
            StrOr::Str("users".into()),
            StrOr::Other(PathVariableSegment {
                value: Some(":id".into()),
            }),
        ])),
        query: vec![
            query_param("a=1"),
            QueryParam {
                disabled: true,
                ..query_param("debug=true")
            },
            query_param("flag"),
        ],
        hash: Some("top".into()),
        ..UrlParts::default()
    };
    assert_eq!(
        url_text(&parts),
        "https://api.example.com:8443/users/:id?a=1&flag#top"
    );
    let parts = UrlParts {
        host: Some(StrOr::Str("{{baseUrl}}".into())),
        path: Some(StrOr::Str("v1/ping".into())),
        ..UrlParts::default()
    };
    assert_eq!(url_text(&parts), "{{baseUrl}}/v1/ping");
}

#[test]
fn raw_wins_over_parts() {
    let parts = UrlParts {
        raw: Some("{{baseUrl}}/x".into()),
        host: Some(StrOr::Str("ignored".into())),
        ..UrlParts::default()
    };
    assert_eq!(url_text(&parts), "{{baseUrl}}/x");
}
