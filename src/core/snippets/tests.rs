use proptest::prelude::*;

use super::*;
use crate::core::curl::parse_curl;
use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::body::{FieldRow, PartRow};
use crate::core::request::headers::HeaderRow;

fn sample() -> RequestDraft {
    RequestDraft {
        method: "POST".into(),
        url: "https://api.test/items?tag=a&q=x%20y".into(),
        headers: vec![
            HeaderRow::new("Content-Type", "application/json"),
            HeaderRow::new("X-Quote", r#"it's "quoted" $HOME"#),
            HeaderRow {
                enabled: false,
                ..HeaderRow::new("X-Off", "never")
            },
        ],
        body: "{\"name\": \"Zoë\",\n \"note\": \"it's\"}".into(),
        auth: Default::default(),
        follow_redirects: false,
        params: Vec::new(),
    }
}

#[test]
fn curl_quotes_every_word_for_the_shell() {
    assert_eq!(
        snippet(Language::Curl, &sample()),
        r#"curl -X POST 'https://api.test/items?tag=a&q=x%20y' \
  -H 'Content-Type: application/json' \
  -H "X-Quote: it's \"quoted\" "'$HOME' \
  --data-raw "{\"name\": \"Zoë\",
 \"note\": \"it's\"}""#
    );
}

#[test]
fn curl_follows_redirects_and_uses_head_for_head() {
    let draft = RequestDraft {
        method: "HEAD".into(),
        url: "https://a.test".into(),
        headers: vec![HeaderRow::new("X-Empty", "")],
        ..RequestDraft::default()
    };
    assert_eq!(
        snippet(Language::Curl, &draft),
        "curl --head https://a.test \\\n  -L \\\n  -H 'X-Empty;'"
    );
}

#[test]
fn a_body_without_a_type_says_what_the_browser_sends() {
    let draft = RequestDraft {
        method: "PUT".into(),
        url: "https://a.test".into(),
        body: "plain".into(),
        ..RequestDraft::default()
    };
    let code = snippet(Language::Curl, &draft);
    assert!(
        code.contains("-H 'Content-Type: text/plain;charset=UTF-8'"),
        "{code}"
    );
}

#[test]
fn control_characters_go_in_an_ansi_c_string() {
    assert_eq!(shell_word("a\u{1}b'\\"), r"$'a\u0001b\'\\'");
    assert_eq!(shell_word("two\nlines"), "'two\nlines'");
}

#[test]
fn fetch_writes_a_module_snippet() {
    assert_eq!(
        snippet(Language::Fetch, &sample()),
        r#"const response = await fetch("https://api.test/items?tag=a&q=x%20y", {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "X-Quote": "it's \"quoted\" $HOME",
  },
  body: "{\"name\": \"Zoë\",\n \"note\": \"it's\"}",
  redirect: "manual",
});
console.log(response.status, await response.text());"#
    );
}

#[test]
fn python_sends_the_body_as_utf8() {
    assert_eq!(
        snippet(Language::PythonRequests, &sample()),
        r#"import requests

response = requests.request(
    "POST",
    "https://api.test/items?tag=a&q=x%20y",
    headers={
        "Content-Type": "application/json",
        "X-Quote": "it's \"quoted\" $HOME",
    },
    data="{\"name\": \"Zoë\",\n \"note\": \"it's\"}".encode("utf-8"),
    allow_redirects=False,
)
print(response.status_code, response.text)"#
    );
}

#[test]
fn httpie_sends_the_body_raw() {
    assert_eq!(
        snippet(Language::Httpie, &sample()),
        r#"http \
  --raw "{\"name\": \"Zoë\",
 \"note\": \"it's\"}" \
  POST \
  'https://api.test/items?tag=a&q=x%20y' \
  Content-Type:application/json \
  "X-Quote:it's \"quoted\" "'$HOME'"#
    );
}

#[test]
fn reqwest_uses_rust_string_literals() {
    assert_eq!(
        snippet(Language::RustReqwest, &sample()),
        r#"let client = reqwest::Client::builder()
    .redirect(reqwest::redirect::Policy::none())
    .build()?;
let response = client
    .request(reqwest::Method::POST, "https://api.test/items?tag=a&q=x%20y")
    .header("Content-Type", "application/json")
    .header("X-Quote", "it's \"quoted\" $HOME")
    .body("{\"name\": \"Zoë\",\n \"note\": \"it's\"}")
    .send()
    .await?;
println!("{} {}", response.status(), response.text().await?);"#
    );
}

#[test]
fn a_custom_method_is_spelled_out_for_reqwest() {
    let draft = RequestDraft {
        method: "PURGE".into(),
        url: "https://a.test".into(),
        ..RequestDraft::default()
    };
    assert!(snippet(Language::RustReqwest, &draft).contains(
        r#".request(reqwest::Method::from_bytes("PURGE".as_bytes())?, "https://a.test")"#
    ));
}

#[test]
fn repeated_headers_are_joined_where_a_map_takes_a_name_once() {
    let draft = RequestDraft {
        url: "https://a.test".into(),
        headers: vec![
            HeaderRow::new("Accept", "a/b"),
            HeaderRow::new("accept", "c/d"),
        ],
        ..RequestDraft::default()
    };
    assert!(snippet(Language::PythonRequests, &draft).contains(r#""Accept": "a/b, c/d","#));
    assert!(snippet(Language::Curl, &draft).contains("-H 'accept: c/d'"));
}

#[test]
fn every_language_has_a_label_and_a_slug_that_reads_back() {
    for language in Language::ALL {
        assert!(!language.label().is_empty());
        assert_eq!(Language::from_slug(language.slug()), Some(language));
    }
}

fn upload() -> RequestDraft {
    RequestDraft {
        method: "POST".into(),
        url: "https://api.test/up".into(),
        headers: vec![HeaderRow::new("Content-Type", "multipart/form-data")],
        body: RequestBody::Multipart(vec![
            PartRow::text("title", "@not a file"),
            PartRow::file(
                "report",
                Some(FileRef {
                    id: 1,
                    name: "report.pdf".into(),
                    media_type: "application/pdf".into(),
                    size: 5,
                }),
            ),
        ]),
        auth: Auth::Basic {
            username: "ann".into(),
            password: "pw".into(),
        },
        follow_redirects: true,
        params: Vec::new(),
    }
}

#[test]
fn multipart_is_written_in_each_languages_form_syntax() {
    let draft = upload();
    let curl = snippet(Language::Curl, &draft);
    assert!(curl.contains("--form-string 'title=@not a file'"), "{curl}");
    assert!(curl.contains("-F 'report=@report.pdf'"), "{curl}");
    // The tool writes the multipart type with its own boundary.
    assert!(!curl.contains("multipart/form-data"), "{curl}");
    assert!(
        curl.contains("-H 'Authorization: Basic YW5uOnB3'"),
        "{curl}"
    );
    let fetch = snippet(Language::Fetch, &draft);
    assert!(
        fetch.starts_with("const form = new FormData();\nform.append(\"title\", \"@not a file\");"),
        "{fetch}"
    );
    assert!(fetch.contains("  body: form,"), "{fetch}");
    let python = snippet(Language::PythonRequests, &draft);
    assert!(
        python.contains("(\"title\", (None, \"@not a file\")),"),
        "{python}"
    );
    assert!(
        python.contains("(\"report\", (\"report.pdf\", open(\"report.pdf\", \"rb\"))),"),
        "{python}"
    );
    let httpie = snippet(Language::Httpie, &draft);
    assert!(httpie.contains("--form --multipart"), "{httpie}");
    assert!(httpie.contains("report@report.pdf"), "{httpie}");
    let rust = snippet(Language::RustReqwest, &draft);
    assert!(
        rust.contains(".multipart(reqwest::multipart::Form::new()"),
        "{rust}"
    );
    assert!(rust.contains(".text(\"title\", \"@not a file\")"), "{rust}");
}

#[test]
fn a_multipart_snippet_reads_back_as_the_same_request() {
    let mut draft = upload();
    draft.body = RequestBody::Multipart(vec![PartRow::text("a", "1"), PartRow::text("b", "x y")]);
    let command = snippet(Language::Curl, &draft);
    let imported = parse_curl(&command).unwrap();
    assert_eq!(
        Outgoing::of(&imported.to_draft()),
        Outgoing::of(&draft),
        "{command}"
    );
}

#[test]
fn a_file_body_is_read_from_disk() {
    let mut draft = upload();
    draft.headers.clear();
    draft.body = RequestBody::Binary(None);
    let curl = snippet(Language::Curl, &draft);
    assert!(curl.contains("--data-binary @path/to/file"), "{curl}");
    assert!(
        curl.contains("Content-Type: application/octet-stream"),
        "{curl}"
    );
}

#[test]
fn an_api_key_goes_where_the_auth_puts_it() {
    let mut draft = sample();
    draft.auth = Auth::ApiKey {
        name: "key".into(),
        value: "s 1".into(),
        place: KeyPlace::Query,
    };
    let curl = snippet(Language::Curl, &draft);
    assert!(
        curl.contains("'https://api.test/items?tag=a&q=x%20y&key=s%201'"),
        "{curl}"
    );
}

fn arb_method() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("GET".to_owned()),
        Just("HEAD".to_owned()),
        Just("POST".to_owned()),
        Just("PUT".to_owned()),
        Just("PATCH".to_owned()),
        Just("DELETE".to_owned()),
        "[A-Z]{3,8}",
    ]
}

fn arb_header() -> impl Strategy<Value = HeaderRow> {
    (
        "[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,15}",
        "[^\\x00-\\x1f\\x7f]{0,20}",
        any::<bool>(),
    )
        .prop_map(|(name, value, enabled)| HeaderRow {
            enabled,
            ..HeaderRow::new(name, value)
        })
}

/// Text of any kind, and forms of text rows (curl has no switched-off rows).
fn arb_body() -> impl Strategy<Value = RequestBody> {
    let rows = || proptest::collection::vec((any::<String>(), any::<String>()), 1..4);
    prop_oneof![
        any::<String>().prop_map(|text| RequestBody::from(text.as_str())),
        rows().prop_map(|rows| RequestBody::UrlEncoded(
            rows.into_iter().map(|(n, v)| FieldRow::new(n, v)).collect()
        )),
        // curl's -F splits a field at its first `=`.
        rows().prop_map(|rows| RequestBody::Multipart(
            rows.into_iter()
                .map(|(n, v)| PartRow::text(n.replace('=', ""), v))
                .collect()
        )),
    ]
}

fn arb_draft() -> impl Strategy<Value = RequestDraft> {
    (
        arb_method(),
        "/[a-z0-9/._-]{0,12}",
        proptest::option::of("[a-z0-9]{1,5}=[a-zA-Z0-9%]{0,6}(&[a-z]{1,4}=[a-z0-9]{0,3}){0,2}"),
        proptest::collection::vec(arb_header(), 0..5),
        arb_body(),
        any::<bool>(),
    )
        .prop_map(|(method, path, query, headers, body, follow_redirects)| {
            // fetch() refuses a body on GET and HEAD.
            let body = if method == "GET" || method == "HEAD" {
                RequestBody::None
            } else {
                body
            };
            let query = query.map(|q| format!("?{q}")).unwrap_or_default();
            RequestDraft {
                method,
                url: format!("https://api.test{path}{query}"),
                headers,
                body,
                auth: Default::default(),
                follow_redirects,
                params: Vec::new(),
            }
        })
}

proptest! {
    #[test]
    fn a_request_written_as_curl_reads_back_the_same(draft in arb_draft()) {
        let command = snippet(Language::Curl, &draft);
        let imported = parse_curl(&command)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{command}")))?;
        prop_assert!(imported.not_honoured.is_empty(), "{:?}", imported.not_honoured);
        prop_assert_eq!(Outgoing::of(&imported.to_draft()), Outgoing::of(&draft), "{}", command);
    }
}

#[test]
fn the_http_preview_is_the_message_with_host_and_target() {
    let message = snippet(Language::HttpMessage, &sample());
    assert_eq!(
        message,
        "POST /items?tag=a&q=x%20y HTTP/1.1\n\
         Host: api.test\n\
         Content-Type: application/json\n\
         X-Quote: it's \"quoted\" $HOME\n\
         \n\
         {\"name\": \"Zoë\",\n \"note\": \"it's\"}"
    );
}

#[test]
fn the_http_preview_drops_the_fragment_and_credentials_and_adds_auth() {
    let draft = RequestDraft {
        method: "GET".into(),
        url: "https://ann@api.test:8443#top".into(),
        auth: Auth::Bearer {
            token: "t0k".into(),
        },
        ..RequestDraft::default()
    };
    assert_eq!(
        snippet(Language::HttpMessage, &draft),
        "GET / HTTP/1.1\nHost: api.test:8443\nAuthorization: Bearer t0k\n"
    );
}

#[test]
fn the_http_preview_frames_a_multipart_form_without_knowing_the_boundary() {
    let draft = RequestDraft {
        method: "POST".into(),
        url: "http://127.0.0.1:9/up".into(),
        body: RequestBody::Multipart(vec![
            PartRow::text("title", "Q1"),
            PartRow::file("scan", None),
        ]),
        ..RequestDraft::default()
    };
    let message = snippet(Language::HttpMessage, &draft);
    let boundary = "<boundary chosen by the browser>";
    assert!(message.starts_with(&format!(
        "POST /up HTTP/1.1\nHost: 127.0.0.1:9\nContent-Type: multipart/form-data; boundary={boundary}\n\n--{boundary}\n\
         Content-Disposition: form-data; name=\"title\"\n\nQ1\n"
    )), "{message}");
    assert!(
        message
            .contains("name=\"scan\"; filename=\"path/to/file\"\n\n<the bytes of path/to/file>\n"),
        "{message}"
    );
    assert!(message.ends_with(&format!("--{boundary}--")), "{message}");
}
