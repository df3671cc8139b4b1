use super::*;

fn token() -> Token {
    Token::given("0123456789abcdef0123456789abcdef").expect("long enough")
}

#[test]
fn a_random_token_is_64_hex_digits_and_new_each_time() {
    let (a, b) = (Token::random().unwrap(), Token::random().unwrap());
    assert_eq!(a.as_str().len(), 64);
    assert!(a.as_str().bytes().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(a.as_str(), b.as_str());
}

#[test]
fn the_token_is_admitted_only_as_a_bearer_credential() {
    let t = token();
    assert!(t.admits(Some("Bearer 0123456789abcdef0123456789abcdef")));
    assert!(!t.admits(Some("0123456789abcdef0123456789abcdef")));
    assert!(!t.admits(Some("Bearer 0123456789abcdef0123456789abcdee")));
    assert!(!t.admits(Some("Bearer 0123456789abcdef0123456789abcdef0")));
    assert!(!t.admits(Some("Bearer ")));
    assert!(!t.admits(None));
}

#[test]
fn a_short_or_odd_token_is_not_accepted() {
    assert!(Token::given("short").is_err());
    assert!(Token::given("0123456789abcdef0123456789abcde\u{e9}x").is_err());
    assert!(Token::given("0123456789abcdef 0123456789abcdef").is_err());
}

#[test]
fn the_token_never_shows_in_debug_output() {
    assert_eq!(format!("{:?}", token()), "Token(…)");
}

#[test]
fn an_origin_is_written_as_browsers_write_it() {
    let o = AppOrigin::parse("HTTP://127.0.0.1:8080/").unwrap();
    assert_eq!(o.as_str(), "http://127.0.0.1:8080");
    let o = AppOrigin::parse("https://Tools.Example.com:443").unwrap();
    assert_eq!(o.as_str(), "https://tools.example.com");
}

#[test]
fn an_origin_with_a_path_or_another_scheme_is_refused() {
    assert!(AppOrigin::parse("https://example.com/api-client/").is_err());
    assert!(AppOrigin::parse("ftp://example.com").is_err());
    assert!(AppOrigin::parse("example.com").is_err());
}

#[test]
fn only_the_apps_origin_is_admitted() {
    let o = AppOrigin::parse("http://127.0.0.1:8080").unwrap();
    assert!(o.admits(Some("http://127.0.0.1:8080")).is_ok());
    let other = o.admits(Some("https://evil.example")).unwrap_err();
    assert_eq!(other.error, "origin");
    assert!(
        other.message.contains("https://evil.example"),
        "{}",
        other.message
    );
    assert_eq!(o.admits(None).unwrap_err().error, "origin");
    // Same host, other port: another origin.
    assert!(o.admits(Some("http://127.0.0.1:8081")).is_err());
    assert!(o.admits(Some("http://localhost:8080")).is_err());
}

#[test]
fn a_preflight_names_the_app_and_allows_a_private_network_only_when_asked() {
    let o = AppOrigin::parse("https://tools.example.com").unwrap();
    let plain = preflight(&o, false);
    assert!(plain.contains(&(
        "access-control-allow-origin",
        "https://tools.example.com".to_owned()
    )));
    assert!(plain
        .iter()
        .all(|(n, _)| *n != "access-control-allow-private-network"));
    let pna = preflight(&o, true);
    assert!(pna.contains(&("access-control-allow-private-network", "true".to_owned())));
}

#[test]
fn the_companions_own_port_on_this_machine_is_refused() {
    let loopback: IpAddr = "127.0.0.1".parse().unwrap();
    let v6: IpAddr = "::1".parse().unwrap();
    let any: IpAddr = "0.0.0.0".parse().unwrap();
    let remote: IpAddr = "93.184.216.34".parse().unwrap();
    assert_eq!(
        not_itself(&[loopback], 9119, 9119).unwrap_err().error,
        "loop"
    );
    assert!(not_itself(&[v6], 9119, 9119).is_err());
    assert!(not_itself(&[any], 9119, 9119).is_err());
    assert!(not_itself(&[remote, loopback], 9119, 9119).is_err());
    assert!(not_itself(&[loopback], 8080, 9119).is_ok());
    assert!(not_itself(&[remote], 9119, 9119).is_ok());
}
