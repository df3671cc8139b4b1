//! The hand-written files in tests/fixtures/postman, mapped in full.

use super::*;
use crate::core::collections::Variable;
use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::body::{FieldRow, PartRow, RequestBody};
use crate::core::request::query::QueryParam;

fn with_body(draft: RequestDraft, body: RequestBody) -> RequestDraft {
    RequestDraft { body, ..draft }
}

fn with_auth(draft: RequestDraft, auth: Auth) -> RequestDraft {
    RequestDraft { auth, ..draft }
}

fn json_body(text: &str) -> RequestBody {
    RequestBody::Json(text.into())
}

const NESTED: &str = include_str!("../../../../tests/fixtures/postman/nested-folders.json");
const BODIES: &str = include_str!("../../../../tests/fixtures/postman/body-modes.json");
const AUTH: &str = include_str!("../../../../tests/fixtures/postman/auth.json");
const VARIABLES: &str =
    include_str!("../../../../tests/fixtures/postman/variables-and-scripts.json");

const BOOKSHOP: &str = "https://api.bookshop.test";

#[test]
fn nested_folders_keep_their_shape_and_order() {
    let result = imported(NESTED);
    let c = &result.collection;
    assert_eq!((c.id.clone(), c.name.as_str()), (id(1), "Bookshop API"));
    assert_eq!((c.revision, c.updated_ms), (1, NOW));
    assert!(c.variables.is_empty());
    let update = with_body(
        draft("PATCH", &format!("{BOOKSHOP}/authors/42"), &[], ""),
        json_body("{\n    \"name\": \"Ursula K. Le Guin\"\n}"),
    );
    assert_eq!(
        c.items,
        vec![
            request(2, "Health check", get(&format!("{BOOKSHOP}/health"))),
            folder(
                3,
                "Catalogue",
                vec![
                    request(
                        4,
                        "List books",
                        draft(
                            "GET",
                            &format!("{BOOKSHOP}/books?page=1&limit=20"),
                            &[("Accept", "application/json")],
                            "",
                        ),
                    ),
                    folder(
                        5,
                        "Authors",
                        vec![
                            request(6, "Get author", get(&format!("{BOOKSHOP}/authors/42"))),
                            folder(
                                7,
                                "Archive",
                                vec![request(
                                    8,
                                    "Delete archived author",
                                    draft(
                                        "DELETE",
                                        &format!("{BOOKSHOP}/archive/authors/42"),
                                        &[("If-Match", "\"v7\"")],
                                        "",
                                    ),
                                )],
                            ),
                            request(9, "Update author", update),
                        ],
                    ),
                ],
            ),
            folder(10, "Drafts", vec![]),
        ]
    );
    assert_eq!(result.unsupported, Vec::<String>::new());
}

#[test]
fn every_body_mode_is_mapped_or_reported() {
    let result = imported(BODIES);
    let post = |url: &str, body: RequestBody| with_body(draft("POST", url, &[], ""), body);
    let mut off_row = FieldRow::new("remember", "true");
    off_row.enabled = false;
    let off_part = PartRow {
        enabled: false,
        ..PartRow::text("draft", "yes")
    };
    let expected = vec![
        request(
            2,
            "Create book",
            post(
                "{{baseUrl}}/books",
                json_body("{\n    \"title\": \"The Dispossessed\",\n    \"year\": 1974\n}"),
            ),
        ),
        request(
            3,
            "Create book (JSON:API)",
            with_body(
                draft(
                    "POST",
                    "{{baseUrl}}/books",
                    &[("content-type", "application/vnd.api+json")],
                    "",
                ),
                json_body("{\"data\": {\"type\": \"books\"}}"),
            ),
        ),
        request(
            4,
            "Echo text",
            draft("POST", "{{baseUrl}}/echo", &[], "hello {{name}}"),
        ),
        request(
            5,
            "Log in",
            post(
                "{{baseUrl}}/login",
                RequestBody::UrlEncoded(vec![
                    FieldRow::new("username", "ada"),
                    FieldRow::new("password", "p@ss word&more"),
                    FieldRow::new("client_id", "{{clientId}}"),
                    off_row,
                ]),
            ),
        ),
        request(
            6,
            "Upload cover",
            post(
                "{{baseUrl}}/books/7/cover",
                RequestBody::Multipart(vec![
                    PartRow::text("title", "Cover art"),
                    PartRow::file("cover", None),
                    off_part,
                ]),
            ),
        ),
        request(
            7,
            "Upload manuscript",
            with_body(
                draft(
                    "PUT",
                    "{{baseUrl}}/books/7/manuscript",
                    &[("Content-Type", "application/pdf")],
                    "",
                ),
                RequestBody::Binary(None),
            ),
        ),
        request(
            8,
            "Search (GraphQL)",
            post(
                "{{baseUrl}}/graphql",
                json_body(
                    "{\n  \"query\": \"query Books($first: Int) {\\n  books(first: $first) {\\n    \
                     title\\n  }\\n}\",\n  \"variables\": {\n    \"first\": 10\n  }\n}",
                ),
            ),
        ),
        request(
            9,
            "Search (GraphQL, templated variables)",
            post(
                "{{baseUrl}}/graphql",
                json_body(
                    "{\n  \"query\": \"{ books { title } }\",\n  \"variables\": {\"first\": {{pageSize}}}\n}",
                ),
            ),
        ),
    ];
    assert_eq!(result.collection.items, expected);
    assert_eq!(result.unsupported, FILE_NOTES);
}

const FILE_NOTES: [&str; 2] = [
    "request “Upload cover” › form-data file “cover”: pick the file again (files are not kept in \
     collections)",
    "request “Upload manuscript” › file body (“manuscript.pdf”): pick the file again (files are \
     not kept in collections)",
];

#[test]
fn auth_is_inherited_overridden_or_reported() {
    let result = imported(AUTH);
    let api = "https://api.example.test";
    let bearer = Auth::Bearer {
        token: "{{accessToken}}".into(),
    };
    let basic = Auth::Basic {
        username: "admin".into(),
        password: "s3cret".into(),
    };
    let expected = vec![
        request(2, "Who am I", with_auth(get(&format!("{api}/me")), bearer)),
        request(
            3,
            "Legacy token",
            draft(
                "GET",
                &format!("{api}/legacy"),
                &[("Authorization", "Token legacy-123")],
                "",
            ),
        ),
        folder(
            4,
            "Admin",
            vec![
                request(
                    5,
                    "List users",
                    with_auth(get(&format!("{api}/admin/users")), basic),
                ),
                request(6, "Public status", get(&format!("{api}/status"))),
                request(
                    7,
                    "Rotate keys",
                    with_auth(
                        draft("POST", &format!("{api}/admin/keys/rotate"), &[], ""),
                        Auth::ApiKey {
                            name: "X-Api-Key".into(),
                            value: "{{apiKey}}".into(),
                            place: KeyPlace::Header,
                        },
                    ),
                ),
                request(
                    8,
                    "Export report",
                    with_auth(
                        get(&format!("{api}/admin/reports?format=csv")),
                        Auth::ApiKey {
                            name: "api_key".into(),
                            value: "abc123".into(),
                            place: KeyPlace::Query,
                        },
                    ),
                ),
                request(
                    9,
                    "Connect calendar",
                    draft("POST", &format!("{api}/admin/calendar/connect"), &[], ""),
                ),
            ],
        ),
        folder(
            10,
            "Intranet",
            vec![request(
                11,
                "Directory",
                get("http://intranet.example.test/directory"),
            )],
        ),
    ];
    assert_eq!(result.collection.items, expected);
    assert_eq!(
        result.unsupported,
        [
            "request “Legacy token” › auth (bearer) not applied: the request sets its own \
             Authorization header",
            "folder “Admin” › request “Connect calendar” › auth (oauth2)",
            "folder “Intranet” › auth (digest)",
        ]
    );
}

#[test]
fn variables_scripts_and_examples_are_kept_or_reported() {
    let result = imported(VARIABLES);
    let c = &result.collection;
    assert_eq!(c.name, "Shop orders");
    assert_eq!(
        c.variables,
        [
            Variable::new("baseUrl", "https://shop.example.test:8443/v2"),
            Variable::new("apiVersion", "2"),
            Variable::new("timeoutMs", "5000"),
        ]
    );
    let mut get_order = draft(
        "GET",
        "https://shop.example.test:8443/v{{apiVersion}}/orders/:orderId?expand=items",
        &[("Accept", "application/json")],
        "",
    );
    get_order.headers.push(switched_off("X-Debug", "1"));
    // The switched-off parameter stays in the params table, off.
    get_order.params = vec![
        QueryParam::new("expand", Some("items")),
        QueryParam {
            enabled: false,
            ..QueryParam::new("debug", Some("true"))
        },
    ];
    let mut pay = with_body(
        draft("POST", "{{baseUrl}}/checkout/pay", &[], ""),
        json_body("{\"cart\": \"{{cartId}}\"}"),
    );
    pay.follow_redirects = false;
    assert_eq!(
        c.items,
        vec![
            request(2, "Get order", get_order),
            folder(3, "Checkout", vec![request(4, "Pay", pay)]),
        ]
    );
    assert_eq!(
        result.unsupported,
        [
            "collection “Shop orders” › pre-request script",
            "collection “Shop orders” › variable “legacyHost” (disabled)",
            "request “Get order” › pre-request script",
            "request “Get order” › test script",
            "request “Get order” › path variable “:orderId”",
            "request “Get order” › 2 saved example responses",
            "folder “Checkout” › test script",
            "folder “Checkout” › variable “cartId”",
            "folder “Checkout” › request “Pay” › setting “strictSSL”",
            "folder “Checkout” › request “Pay” › 1 saved example response",
            "5 descriptions are not kept",
        ]
    );
}

#[test]
fn each_fixture_survives_export_and_import_again() {
    for text in [NESTED, BODIES, AUTH, VARIABLES] {
        let first = imported(text).collection;
        let again = imported(&export_postman(&first, true));
        assert_eq!(again.collection, first);
        // Files are never in a collection, so they must be picked again.
        let expected = if text == BODIES { FILE_NOTES.len() } else { 0 };
        assert_eq!(again.unsupported.len(), expected, "{:?}", again.unsupported);
        assert!(again
            .unsupported
            .iter()
            .all(|n| n.contains("pick the file again")));
    }
}
