//! Where a share link keeps its payload.
//!
//! New links carry it in the fragment, `#share=<payload>`: browsers never send
//! the fragment to the server, so the request (and whatever the user chose to
//! include) stays out of the static host's and proxies' logs. Links made
//! before carry it in the query, `?share=<payload>`, and still open.

/// The parameter's name, in the fragment or the query.
const KEY: &str = "share";

/// What follows the workspace's address in a new link: `#share=<payload>`.
/// The payload is base64url, which needs no escaping in a fragment.
pub fn share_fragment(payload: &str) -> String {
    format!("#{KEY}={payload}")
}

/// The payload of a share link, from the page's query and fragment as the
/// browser gives them (`location.search`, `location.hash`; the leading `?`
/// and `#` may be there or not). The fragment wins: a link is only ever made
/// with one of the two, and the fragment is the newer form. `None` when
/// neither holds a `share` parameter; an empty one is returned as it is, so
/// opening it can say the link is damaged.
pub fn share_payload(query: &str, fragment: &str) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let query = query.strip_prefix('?').unwrap_or(query);
    value_of(fragment).or_else(|| value_of(query))
}

/// The first `share=` among `&`-separated pairs, read as a query is (`%XX`
/// decoded; `+` as a space, though base64url never holds one).
fn value_of(pairs: &str) -> Option<String> {
    pairs.split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (name == KEY).then(|| super::names::decode_query_text(value))
    })
}
