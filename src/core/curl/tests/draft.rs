//! What the editor gets: typed auth and body (or headers where only text can
//! say it), the query in the URL.

use super::*;
use crate::core::request::body::FieldRow;

fn row(name: &str, value: &str) -> HeaderRow {
    HeaderRow::new(name, value)
}

#[test]
fn basic_auth_becomes_the_drafts_auth() {
    let draft = parse("curl -u user:pass https://a.test/basic-auth/user/pass").to_draft();
    assert_eq!(draft.headers, vec![]);
    assert_eq!(
        draft.auth,
        Auth::Basic {
            username: "user".into(),
            password: "pass".into()
        }
    );
    assert_eq!(
        draft.auth.header().unwrap().unwrap().1,
        "Basic dXNlcjpwYXNz"
    );
    assert_eq!(draft.method, "GET");
    assert!(!draft.follow_redirects);
}

#[test]
fn a_bearer_header_stays_a_header() {
    let draft = parse("curl -H 'Authorization: Bearer abc' https://a.test").to_draft();
    assert_eq!(draft.headers, vec![row("Authorization", "Bearer abc")]);
    assert_eq!(draft.auth, Auth::None);
}

#[test]
fn an_explicit_authorization_header_wins_over_user() {
    let draft = parse("curl -u a:b -H 'Authorization: Token t' https://a.test").to_draft();
    assert_eq!(draft.headers, vec![row("Authorization", "Token t")]);
    assert_eq!(draft.auth, Auth::None);
}

#[test]
fn form_data_becomes_form_rows() {
    let draft = parse("curl -d 'a=1&b=x+y' https://a.test/post").to_draft();
    assert_eq!(
        draft.body,
        RequestBody::UrlEncoded(vec![FieldRow::new("a", "1"), FieldRow::new("b", "x y")])
    );
    assert_eq!(draft.headers, vec![]);
}

#[test]
fn form_data_rows_cannot_spell_stays_text_with_its_type() {
    let draft = parse("curl -d 'a=%20' https://a.test/post").to_draft();
    assert_eq!(draft.body, RequestBody::Text("a=%20".into()));
    assert_eq!(
        draft.headers,
        vec![row("Content-Type", "application/x-www-form-urlencoded")]
    );
}

#[test]
fn data_with_the_users_type_takes_that_types_mode() {
    let draft = parse("curl -d '{}' -H 'Content-Type: application/json' https://a.test").to_draft();
    assert_eq!(draft.body, RequestBody::Json("{}".into()));
    assert_eq!(draft.headers, vec![row("Content-Type", "application/json")]);
}

#[test]
fn the_url_keeps_its_query_as_written() {
    let draft = parse("curl -L 'https://a.test/x?b=%20&a' -G -d c=1").to_draft();
    assert_eq!(draft.url, "https://a.test/x?b=%20&a&c=1");
    assert_eq!(draft.body, RequestBody::None);
    assert!(draft.follow_redirects);
}

#[test]
fn multipart_fields_become_a_multipart_body() {
    let draft = parse(
        "curl -F a=1 -F 'b=two words' -H 'Content-Type: multipart/form-data' https://a.test/post",
    )
    .to_draft();
    assert_eq!(
        draft.body,
        RequestBody::Multipart(vec![
            PartRow::text("a", "1"),
            PartRow::text("b", "two words")
        ])
    );
    // curl writes its own type with the boundary; so does the browser.
    assert_eq!(draft.headers, vec![]);
}

#[test]
fn json_keeps_the_users_accept() {
    let draft = parse("curl --json '[]' -H 'Accept: text/plain' https://a.test").to_draft();
    assert_eq!(draft.headers, vec![row("Accept", "text/plain")]);
    assert_eq!(draft.body, RequestBody::Json("[]".into()));
}

#[test]
fn an_oauth2_bearer_token_becomes_bearer_auth() {
    let draft = parse("curl --oauth2-bearer abc.def https://a.test").to_draft();
    assert_eq!(draft.headers, vec![]);
    assert_eq!(
        draft.auth,
        Auth::Bearer {
            token: "abc.def".into()
        }
    );
}
