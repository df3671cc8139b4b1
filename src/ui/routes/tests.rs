use super::*;

fn id(text: &str) -> Id {
    Id::parse(text).expect("a valid id")
}

#[test]
fn links_carry_the_base_and_the_router_gets_the_path_alone() {
    let page = AppPath::saved_request(&id("c1"), &id("r-2"));
    assert_eq!(page.path(), "/collections/c1/requests/r-2");
    assert_eq!(page.href(), "/api-client/collections/c1/requests/r-2");
    assert_eq!(AppPath::status(404).path(), "/reference/404");
}

#[test]
fn every_page_has_its_address() {
    assert_eq!(WORKSPACE_HREF, "/api-client/");
    assert_eq!(REFERENCE_HREF, "/api-client/reference");
    assert_eq!(AppPath::status(404).href(), "/api-client/reference/404");
    assert_eq!(
        AppPath::collection(&id("abc")).href(),
        "/api-client/collections/abc"
    );
}

#[test]
fn a_share_link_opens_the_workspace() {
    assert_eq!(
        share_href("https://tools.test", "eyJ"),
        "https://tools.test/api-client/#share=eyJ"
    );
}

#[test]
fn the_base_is_the_one_trunk_builds_for() {
    let trunk = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/Trunk.toml"));
    let public_url = trunk
        .lines()
        .find_map(|line| line.trim().strip_prefix("public_url = "))
        .expect("Trunk.toml sets public_url");
    assert_eq!(public_url, format!("\"{BASE}/\""));
}

#[test]
fn a_saved_requests_address_gives_both_ids_when_well_formed() {
    assert_eq!(both_ids(Some("c1"), None), None);
    assert_eq!(
        both_ids(Some("c1"), Some("r-2")),
        Some((id("c1"), id("r-2")))
    );
    assert_eq!(both_ids(Some("c1"), Some("not/an/id")), None);
}

#[test]
fn reference_pages_have_their_addresses() {
    assert_eq!(
        AppPath::comparison(&[401, 403]).href(),
        "/api-client/reference/compare/401-403"
    );
    assert_eq!(
        AppPath::comparison(&[502, 503, 504]).path(),
        "/reference/compare/502-503-504"
    );
    assert_eq!(
        PROBLEM_DETAILS_HREF,
        "/api-client/reference/problem-details"
    );
}

#[test]
fn a_filtered_reference_link_escapes_the_query() {
    assert_eq!(
        AppPath::reference_filtered("", None).href(),
        "/api-client/reference"
    );
    assert_eq!(
        AppPath::reference_filtered("rate limit", None).href(),
        "/api-client/reference?q=rate%20limit"
    );
    assert_eq!(
        AppPath::reference_filtered("a&b=c#d", Some("server-error")).path(),
        "/reference?q=a%26b%3Dc%23d&class=server-error"
    );
    assert_eq!(
        AppPath::reference_filtered("", Some("success")).path(),
        "/reference?class=success"
    );
}

#[test]
fn the_page_below_the_reference_is_read_from_the_address() {
    assert_eq!(reference_subpath("/api-client/reference/404"), Some("404"));
    assert_eq!(
        reference_subpath("/api-client/reference/compare/401-403"),
        Some("compare/401-403")
    );
    assert_eq!(reference_subpath("/api-client/reference"), None);
    assert_eq!(reference_subpath("/api-client/referenced/1"), None);
    assert!(COMPARISONS_PREFIX.starts_with(REFERENCE_HREF));
}
