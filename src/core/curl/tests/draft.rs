//! What the editor gets: auth and body types as headers, the query in the URL.

use super::*;

fn row(name: &str, value: &str) -> HeaderRow {
    HeaderRow::new(name, value)
}

#[test]
fn basic_auth_becomes_its_authorization_header() {
    let draft = parse("curl -u user:pass https://a.test/basic-auth/user/pass").to_draft();
    assert_eq!(
        draft.headers,
        vec![row("Authorization", "Basic dXNlcjpwYXNz")]
    );
    assert_eq!(draft.method, "GET");
    assert!(!draft.follow_redirects);
}

#[test]
fn an_explicit_authorization_header_wins_over_user() {
    let draft = parse("curl -u a:b -H 'Authorization: Token t' https://a.test").to_draft();
    assert_eq!(draft.headers, vec![row("Authorization", "Token t")]);
}

#[test]
fn form_data_carries_its_content_type() {
    let draft = parse("curl -d 'a=1&b=2' https://a.test/post").to_draft();
    assert_eq!(draft.body, "a=1&b=2");
    assert_eq!(
        draft.headers,
        vec![row("Content-Type", "application/x-www-form-urlencoded")]
    );
}

#[test]
fn the_url_keeps_its_query_as_written() {
    let draft = parse("curl -L 'https://a.test/x?b=%20&a' -G -d c=1").to_draft();
    assert_eq!(draft.url, "https://a.test/x?b=%20&a&c=1");
    assert_eq!(draft.body, "");
    assert!(draft.follow_redirects);
}

#[test]
fn multipart_fields_become_a_multipart_body() {
    let draft = parse(
        "curl -F a=1 -F 'b=two words' -H 'Content-Type: multipart/form-data' https://a.test/post",
    )
    .to_draft();
    let content_type = &draft.headers[0];
    assert_eq!(content_type.name, "Content-Type");
    let boundary = multipart::declared_boundary(&content_type.value).expect("a boundary");
    assert_eq!(
        multipart::decode(&draft.body, &boundary),
        Some(pairs(&[("a", "1"), ("b", "two words")]))
    );
    assert_eq!(draft.headers.len(), 1);
}

#[test]
fn json_keeps_the_users_accept() {
    let draft = parse("curl --json '[]' -H 'Accept: text/plain' https://a.test").to_draft();
    assert_eq!(
        draft.headers,
        vec![
            row("Accept", "text/plain"),
            row("Content-Type", "application/json")
        ]
    );
}
