//! What an export writes, and the export → import round trip.

use proptest::prelude::*;
use serde_json::{json, Value};

use super::*;
use crate::core::collections::{Collection, Variable};
use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::body::{FieldRow, PartRow, RequestBody};
use crate::core::request::multipart::{boundary_for, content_type, encode, BOUNDARY};
use crate::core::request::query::QueryParam;

fn sample() -> Collection {
    let mut login = draft(
        "POST",
        "https://auth.example.test:8443/oauth/token?scope=read#top",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        "",
    );
    login.body = RequestBody::UrlEncoded(vec![
        FieldRow::new("grant_type", "password"),
        FieldRow::new("username", "ada l"),
    ]);
    login.headers.push(switched_off("X-Debug", "1"));
    login.follow_redirects = false;
    Collection {
        id: id(90),
        name: "Sample".into(),
        items: vec![
            folder(
                91,
                "Auth",
                vec![request(92, "Log in", login), folder(93, "Empty", vec![])],
            ),
            request(
                94,
                "Create",
                RequestDraft {
                    body: RequestBody::Json("{\"a\": 1}".into()),
                    auth: Auth::Bearer {
                        token: "{{token}}".into(),
                    },
                    ..draft(
                        "POST",
                        "{{baseUrl}}/items",
                        &[("Content-Type", "application/json")],
                        "",
                    )
                },
            ),
            request(
                95,
                "Note",
                draft(
                    "POST",
                    "{{baseUrl}}/notes",
                    &[],
                    "{\"looks\": \"like json\"}",
                ),
            ),
        ],
        variables: vec![Variable::new("baseUrl", "https://api.example.test")],
        revision: 7,
        updated_ms: 5,
    }
}

#[test]
fn export_writes_postman_v2_1() {
    let text = export_postman(&sample(), true);
    assert!(
        text.starts_with("{\n  \"info\": {\n    \"name\": \"Sample\","),
        "{text}"
    );
    let written: Value = serde_json::from_str(&text).unwrap();
    let expected = json!({
        "info": {
            "name": "Sample",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
        },
        "item": [
            {
                "name": "Auth",
                "item": [
                    {
                        "name": "Log in",
                        "request": {
                            "method": "POST",
                            "header": [
                                {"key": "Content-Type", "value": "application/x-www-form-urlencoded"},
                                {"key": "X-Debug", "value": "1", "disabled": true}
                            ],
                            "body": {
                                "mode": "urlencoded",
                                "urlencoded": [
                                    {"key": "grant_type", "value": "password"},
                                    {"key": "username", "value": "ada l"}
                                ]
                            },
                            "url": {
                                "raw": "https://auth.example.test:8443/oauth/token?scope=read#top",
                                "protocol": "https",
                                "host": ["auth", "example", "test"],
                                "port": "8443",
                                "path": ["oauth", "token"],
                                "query": [{"key": "scope", "value": "read"}],
                                "hash": "top"
                            }
                        },
                        "protocolProfileBehavior": {"followRedirects": false},
                        "response": []
                    },
                    {"name": "Empty", "item": []}
                ]
            },
            {
                "name": "Create",
                "request": {
                    "method": "POST",
                    "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": {
                        "mode": "raw",
                        "raw": "{\"a\": 1}",
                        "options": {"raw": {"language": "json"}}
                    },
                    "auth": {
                        "type": "bearer",
                        "bearer": [{"key": "token", "value": "{{token}}", "type": "string"}]
                    },
                    "url": {
                        "raw": "{{baseUrl}}/items",
                        "host": ["{{baseUrl}}"],
                        "path": ["items"]
                    }
                },
                "response": []
            },
            {
                "name": "Note",
                "request": {
                    "method": "POST",
                    "header": [],
                    "body": {
                        "mode": "raw",
                        "raw": "{\"looks\": \"like json\"}",
                        "options": {"raw": {"language": "text"}}
                    },
                    "url": {
                        "raw": "{{baseUrl}}/notes",
                        "host": ["{{baseUrl}}"],
                        "path": ["notes"]
                    }
                },
                "response": []
            }
        ],
        "variable": [{"key": "baseUrl", "value": "https://api.example.test"}]
    });
    assert_eq!(written, expected);
}

#[test]
fn a_form_body_that_would_be_spelled_differently_stays_raw() {
    // Re-encoding would write %41 as A and the space as +, changing the body.
    let mut collection = sample();
    collection.items = vec![request(
        1,
        "Form",
        draft(
            "POST",
            "https://x.test",
            &[(
                "Content-Type",
                "application/x-www-form-urlencoded; charset=utf-8",
            )],
            "a=%41&b=x%20y",
        ),
    )];
    let written: Value = serde_json::from_str(&export_postman(&collection, true)).unwrap();
    assert_eq!(
        written["item"][0]["request"]["body"],
        json!({"mode": "raw", "raw": "a=%41&b=x%20y", "options": {"raw": {"language": "text"}}})
    );
}

#[test]
fn an_empty_collection_exports_and_imports_back() {
    let empty = Collection {
        id: id(1),
        name: String::new(),
        items: vec![],
        variables: vec![],
        revision: 1,
        updated_ms: NOW,
    };
    let back = imported(&export_postman(&empty, true));
    assert_eq!(back.collection, empty);
    assert!(back.unsupported.is_empty());
}

#[test]
fn a_switched_off_query_parameter_is_exported_disabled_and_comes_back_off() {
    let mut search = draft("GET", "https://api.test/search?q=a%20b&page=2#top", &[], "");
    search.params = vec![
        QueryParam::new("q", Some("a b")),
        QueryParam {
            enabled: false,
            ..QueryParam::new("debug", Some("x&y"))
        },
        QueryParam::new("page", Some("2")),
    ];
    let collection = Collection {
        id: id(1),
        name: "Search".into(),
        items: vec![request(2, "Find", search.clone())],
        variables: vec![],
        revision: 1,
        updated_ms: NOW,
    };
    let text = export_postman(&collection, false);
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        json["item"][0]["request"]["url"]["query"],
        json!([
            {"key": "q", "value": "a%20b"},
            {"key": "debug", "value": "x%26y", "disabled": true},
            {"key": "page", "value": "2"},
        ])
    );
    let back = imported(&text);
    assert_eq!(back.collection.items, vec![request(2, "Find", search)]);
    assert!(back.unsupported.is_empty(), "{:?}", back.unsupported);
}

/// Ids numbered 1, 2, 3… in document order, the way `import` hands them out,
/// and the bookkeeping fields an import sets afresh.
fn normalised(mut collection: Collection) -> Collection {
    fn renumber(items: &mut [Item], next: &mut u64) {
        for item in items {
            *next += 1;
            match item {
                Item::Folder(folder) => {
                    folder.id = id(*next);
                    renumber(&mut folder.items, next);
                }
                Item::Request(saved) => {
                    saved.id = id(*next);
                    saved.revision = 1;
                    saved.updated_ms = NOW;
                }
            }
        }
    }
    let mut next = 1;
    collection.id = id(next);
    collection.revision = 1;
    collection.updated_ms = NOW;
    renumber(&mut collection.items, &mut next);
    collection
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![".{0,12}", "[a-zA-Z {}&=+%/:?#.-]{0,12}"]
}

fn arb_url() -> BoxedStrategy<String> {
    prop_oneof![
        ".{0,30}",
        "(https?://)?(\\{\\{baseUrl\\}\\}|[a-z]{1,8}(\\.[a-z]{1,5}){0,2}|\\[::1\\])(:[0-9]{2,5})?\
         (/[a-z{}:]{0,6}){0,3}(\\?[a-z]{1,4}(=[a-z0-9{}]{0,4})?(&[a-z]{0,3}(=[a-z]{0,3})?){0,2})?\
         (#[a-z]{0,4})?",
    ]
    .boxed()
}

/// A boundary a request may name instead of ours; it needs quotes.
const OWN_BOUNDARY: &str = "own boundary";

fn arb_headers() -> impl Strategy<Value = Vec<HeaderRow>> {
    let name = prop_oneof![
        Just("Content-Type".to_owned()),
        Just(" content-type ".to_owned()),
        Just("Accept".to_owned()),
        arb_text(),
    ];
    let value = prop_oneof![
        Just("application/json".to_owned()),
        Just("application/x-www-form-urlencoded".to_owned()),
        Just(content_type(BOUNDARY)),
        Just(content_type(OWN_BOUNDARY)),
        Just("multipart/form-data".to_owned()),
        arb_text(),
    ];
    proptest::collection::vec(
        (name, value, any::<bool>()).prop_map(|(name, value, enabled)| HeaderRow {
            name,
            value,
            enabled,
        }),
        0..4,
    )
}

fn arb_body() -> impl Strategy<Value = RequestBody> {
    let row = || (arb_text(), arb_text(), any::<bool>());
    let form = proptest::collection::vec(row(), 1..4).prop_map(|rows| {
        RequestBody::UrlEncoded(
            rows.into_iter()
                .map(|(name, value, enabled)| FieldRow {
                    name,
                    value,
                    enabled,
                })
                .collect(),
        )
    });
    let parts = proptest::collection::vec(row(), 1..4).prop_map(|rows| {
        RequestBody::Multipart(
            rows.into_iter()
                .map(|(name, value, enabled)| PartRow {
                    enabled,
                    ..PartRow::text(name, value)
                })
                .collect(),
        )
    });
    // Raw multipart text, as version 1 kept it, stays text.
    let fields = proptest::collection::vec((arb_text(), arb_text()), 0..3);
    let multipart_text = (fields, prop_oneof![Just(None), Just(Some(OWN_BOUNDARY))]).prop_map(
        |(fields, preferred)| {
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            RequestBody::Text(encode(&fields, &boundary_for(&fields, preferred)))
        },
    );
    prop_oneof![
        Just(RequestBody::None),
        ".{1,40}".prop_map(RequestBody::Text),
        "\\{\"[a-z]{0,5}\": ?(-?[0-9]{1,3}|\"[a-z{}]{0,6}\"|null|\\[\\])\\}"
            .prop_map(RequestBody::Json),
        "<[a-z]{1,5}/>".prop_map(RequestBody::Xml),
        form,
        parts,
        multipart_text,
    ]
}

/// Names no generated header row or URL parameter uses, so the auth never
/// clashes with them (a clash is reported, not imported).
fn arb_auth() -> impl Strategy<Value = Auth> {
    prop_oneof![
        Just(Auth::None),
        (arb_text(), arb_text())
            .prop_map(|(username, password)| Auth::Basic { username, password }),
        arb_text().prop_map(|token| Auth::Bearer { token }),
        (arb_text(), any::<bool>()).prop_map(|(value, query)| Auth::ApiKey {
            name: "X-Api-Key-Test".into(),
            value,
            place: if query {
                KeyPlace::Query
            } else {
                KeyPlace::Header
            },
        }),
    ]
}

fn arb_request() -> impl Strategy<Value = Item> {
    let method = prop_oneof![
        Just("GET"),
        Just("POST"),
        Just("PUT"),
        Just("PATCH"),
        Just("DELETE"),
        Just("purge")
    ];
    (
        arb_text(),
        method,
        arb_url(),
        arb_headers(),
        (arb_body(), arb_auth()),
        any::<bool>(),
        any::<(u64, u64, u64)>(),
    )
        .prop_map(
            |(
                name,
                method,
                url,
                mut headers,
                (body, auth),
                follow_redirects,
                (n, revision, updated_ms),
            )| {
                if matches!(auth, Auth::Basic { .. } | Auth::Bearer { .. }) {
                    headers.retain(|h| !h.name.trim().eq_ignore_ascii_case("authorization"));
                }
                Item::Request(SavedRequest {
                    id: id(n),
                    name,
                    request: RequestDraft {
                        method: method.to_owned(),
                        url,
                        headers,
                        body,
                        auth,
                        follow_redirects,
                        params: Vec::new(),
                    },
                    revision,
                    updated_ms,
                })
            },
        )
}

fn arb_collection() -> impl Strategy<Value = Collection> {
    let item = arb_request().prop_recursive(3, 24, 4, |inner| {
        (
            arb_text(),
            proptest::collection::vec(inner, 0..4),
            any::<u64>(),
        )
            .prop_map(|(name, items, n)| {
                Item::Folder(Folder {
                    id: id(n),
                    name,
                    items,
                })
            })
    });
    let variable = (arb_text(), arb_text()).prop_map(|(key, value)| Variable::new(key, value));
    (
        arb_text(),
        proptest::collection::vec(item, 0..4),
        proptest::collection::vec(variable, 0..3),
        any::<u64>(),
    )
        .prop_map(|(name, items, variables, n)| Collection {
            id: id(n),
            name,
            items,
            variables,
            revision: 3,
            updated_ms: 9,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn import_of_an_export_gives_the_collection_back(collection in arb_collection()) {
        let back = import(&export_postman(&collection, true));
        let back = match back {
            Ok(back) => back,
            Err(error) => return Err(TestCaseError::fail(error.to_string())),
        };
        prop_assert_eq!(back.unsupported, Vec::<String>::new());
        prop_assert_eq!(back.collection, normalised(collection));
    }
}
