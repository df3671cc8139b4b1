//! Where a link keeps its payload: `#share=` now, `?share=` in older links.

use crate::core::collections::{decode_share, encode_share, share_fragment, share_payload};

use super::support::draft;

fn found(query: &str, fragment: &str) -> Option<String> {
    share_payload(query, fragment)
}

#[test]
fn new_links_put_the_payload_in_the_fragment() {
    assert_eq!(share_fragment("eyJ2"), "#share=eyJ2");
}

#[test]
fn the_fragment_is_read_with_or_without_its_hash() {
    assert_eq!(found("", "#share=abc"), Some("abc".into()));
    assert_eq!(found("", "share=abc"), Some("abc".into()));
}

#[test]
fn old_query_links_still_open() {
    assert_eq!(found("?share=abc", ""), Some("abc".into()));
    assert_eq!(found("share=abc", ""), Some("abc".into()));
    assert_eq!(found("?q=1&share=abc&x=2", "#top"), Some("abc".into()));
}

#[test]
fn the_fragment_wins_over_the_query() {
    assert_eq!(found("?share=old", "#share=new"), Some("new".into()));
}

#[test]
fn other_parameters_are_not_mistaken_for_the_payload() {
    assert_eq!(found("", ""), None);
    assert_eq!(found("?", "#"), None);
    assert_eq!(found("?shared=1&xshare=2", "#top"), None);
    assert_eq!(found("?share", ""), Some(String::new()));
    assert_eq!(found("", "#a=1&share=p&share=q"), Some("p".into()));
}

#[test]
fn an_escaped_payload_is_read_decoded() {
    assert_eq!(found("", "#share=ab%2Dc"), Some("ab-c".into()));
    assert_eq!(found("?share=ab%5F", ""), Some("ab_".into()));
}

#[test]
fn an_empty_payload_says_the_link_is_damaged() {
    let payload = found("", "#share=").unwrap_or_default();
    let err = decode_share(&payload).unwrap_err();
    assert!(err.to_string().contains("damaged"), "{err}");
}

#[test]
fn a_link_made_now_reads_back_through_its_fragment() {
    let d = draft("GET", "https://x.test/items?page=2");
    let shared = encode_share(&d, "Items", false).unwrap();
    let fragment = share_fragment(&shared.payload);
    let payload = found("?unrelated=1", &fragment).unwrap_or_default();
    assert_eq!(decode_share(&payload).unwrap(), ("Items".into(), d));
}
