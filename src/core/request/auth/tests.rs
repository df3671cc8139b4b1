use super::*;
use crate::core::request::vars::Variable;

fn basic(username: &str, password: &str) -> Auth {
    Auth::Basic {
        username: username.into(),
        password: password.into(),
    }
}

fn key(name: &str, value: &str, place: KeyPlace) -> Auth {
    Auth::ApiKey {
        name: name.into(),
        value: value.into(),
        place,
    }
}

#[test]
fn basic_auth_is_base64_of_utf8_user_and_password() {
    // RFC 7617 §2 and §2.1's examples.
    assert_eq!(
        basic("Aladdin", "open sesame").header(),
        Ok(Some((
            "Authorization".into(),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==".into()
        )))
    );
    assert_eq!(
        basic("test", "123\u{a3}").header(),
        Ok(Some((
            "Authorization".into(),
            "Basic dGVzdDoxMjPCow==".into()
        )))
    );
    assert_eq!(
        basic("", "a:b").header().unwrap().unwrap().1,
        "Basic OmE6Yg=="
    );
}

#[test]
fn a_colon_in_the_user_name_is_refused() {
    let error = basic("a:b", "c").header().unwrap_err();
    assert_eq!(error, AuthError::ColonInUsername);
    assert!(error.to_string().contains("colon"));
}

#[test]
fn bearer_tokens_must_be_one_word() {
    let bearer = |t: &str| Auth::Bearer { token: t.into() }.header();
    assert_eq!(
        bearer(" abc.def "),
        Ok(Some(("Authorization".into(), "Bearer abc.def".into())))
    );
    assert_eq!(bearer("abc\n"), Err(AuthError::TokenHasWhitespace));
    assert_eq!(bearer("ab cd"), Err(AuthError::TokenHasWhitespace));
    assert_eq!(bearer(""), Err(AuthError::EmptyToken));
    assert!(matches!(bearer("é€"), Err(AuthError::Header(_))));
}

#[test]
fn api_keys_go_in_a_header_or_the_query() {
    assert_eq!(
        key("X-API-Key", "s3cret", KeyPlace::Header).header(),
        Ok(Some(("X-API-Key".into(), "s3cret".into())))
    );
    let query = key("api key", "a&b=c", KeyPlace::Query);
    assert_eq!(query.header(), Ok(None));
    assert_eq!(
        query.url_with_key("https://x.test/a"),
        Ok("https://x.test/a?api%20key=a%26b%3Dc".into())
    );
    assert_eq!(
        query.url_with_key("https://x.test/a?b=1#frag"),
        Ok("https://x.test/a?b=1&api%20key=a%26b%3Dc#frag".into())
    );
    assert_eq!(
        key("k", "v", KeyPlace::Query).url_with_key("https://x.test/a?"),
        Ok("https://x.test/a?k=v".into())
    );
    assert_eq!(
        key(" ", "v", KeyPlace::Query).url_with_key("https://x.test/"),
        Err(AuthError::MissingKeyName)
    );
    assert_eq!(
        key("", "v", KeyPlace::Header).header(),
        Err(AuthError::MissingKeyName)
    );
    assert!(matches!(
        key("bad name", "v", KeyPlace::Header).header(),
        Err(AuthError::Header(_))
    ));
    let cookie = key("Cookie", "v", KeyPlace::Header).header().unwrap_err();
    assert!(matches!(cookie, AuthError::BrowserControlled { .. }));
    assert!(cookie.to_string().contains("query parameter"), "{cookie}");
}

#[test]
fn other_auth_leaves_the_url_alone() {
    assert_eq!(basic("a", "b").url_with_key("x?y#z"), Ok("x?y#z".into()));
    assert_eq!(Auth::None.header(), Ok(None));
}

#[test]
fn clashes_name_the_row_or_parameter_already_set() {
    let mut rows = vec![HeaderRow::new("authorization", "Bearer x")];
    assert_eq!(
        basic("a", "b").clash(&rows, "https://x.test/"),
        Some("authorization".into())
    );
    rows[0].enabled = false;
    assert_eq!(basic("a", "b").clash(&rows, "https://x.test/"), None);
    let header_key = key("X-Key", "v", KeyPlace::Header);
    assert_eq!(
        header_key.clash(&[HeaderRow::new("x-key", "w")], ""),
        Some("x-key".into())
    );
    let query_key = key("api key", "v", KeyPlace::Query);
    assert_eq!(
        query_key.clash(&[], "https://x.test/?api+key=1#f"),
        Some("?api key".into())
    );
    assert_eq!(query_key.clash(&[], "https://x.test/?api=1"), None);
    assert_eq!(Auth::None.clash(&rows, "?a=1"), None);
}

#[test]
fn kinds_switch_and_have_labels() {
    for kind in AuthKind::ALL {
        assert!(!kind.label().is_empty());
        assert_eq!(Auth::None.switched_to(kind).kind(), kind);
    }
    let auth = basic("a", "b");
    assert_eq!(auth.switched_to(AuthKind::Basic), auth);
    assert!(!KeyPlace::Query.label().is_empty());
}

#[test]
fn variables_fill_every_field() {
    let vars = [Variable::new("t", "T")];
    let mut filler = Filler::new(&vars);
    assert_eq!(
        key("{{t}}", "x{{t}}", KeyPlace::Query).filled(&mut filler),
        key("T", "xT", KeyPlace::Query)
    );
    assert!(filler.finish().is_ok());
}

#[test]
fn stored_json_is_externally_tagged() {
    let auth = key("X-Key", "v", KeyPlace::Query);
    let text = serde_json::to_string(&auth).unwrap();
    assert_eq!(
        text,
        r#"{"api_key":{"name":"X-Key","value":"v","place":"query"}}"#
    );
    assert_eq!(serde_json::from_str::<Auth>(&text).unwrap(), auth);
    assert_eq!(serde_json::to_string(&Auth::None).unwrap(), r#""none""#);
}
