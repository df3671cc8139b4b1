use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::scenarios::{Body, Val, SCENARIOS};
use super::server::{axum_method, status_const};
use super::{custom, for_code, Example, Language, Side};
use crate::core::status::{lookup, registry};

/// Every example of every code, with its code.
fn all_examples() -> Vec<(u16, Example)> {
    registry()
        .iter()
        .flat_map(|entry| {
            for_code(entry.code)
                .into_iter()
                .map(move |example| (entry.code, example))
        })
        .collect()
}

// The table

#[test]
fn every_sendable_code_has_one_scenario_and_unused_codes_none() {
    let codes: Vec<u16> = SCENARIOS.iter().map(|s| s.code).collect();
    assert!(
        codes.windows(2).all(|pair| pair[0] < pair[1]),
        "scenarios must be sorted by code, each code once"
    );
    let sendable: Vec<u16> = registry()
        .iter()
        .filter(|e| !e.unused)
        .map(|e| e.code)
        .collect();
    assert_eq!(codes, sendable);
    for code in [306, 418] {
        assert!(for_code(code).is_empty(), "{code} is unused");
    }
    assert!(for_code(299).is_empty());
}

#[test]
fn servers_come_first_and_each_code_has_a_server_a_client_and_curl() {
    for scenario in SCENARIOS {
        let examples = for_code(scenario.code);
        let languages: Vec<Language> = examples.iter().map(|e| e.language).collect();
        let in_order: Vec<Language> = Language::ALL
            .into_iter()
            .filter(|l| languages.contains(l))
            .collect();
        assert_eq!(languages, in_order, "{}", scenario.code);
        let sides: BTreeSet<bool> = languages.iter().map(|l| l.side() == Side::Server).collect();
        assert_eq!(sides.len(), 2, "{} needs both sides", scenario.code);
        assert!(languages.contains(&Language::Curl), "{}", scenario.code);
    }
}

#[test]
fn interim_codes_are_only_shown_by_hand() {
    // A template would send a 1xx as if it were the final answer.
    for scenario in SCENARIOS.iter().filter(|s| s.code < 200) {
        for example in for_code(scenario.code) {
            assert!(
                custom::snippet(scenario.code, example.language).is_some(),
                "{} {:?} has no hand-written example",
                scenario.code,
                example.language
            );
        }
    }
}

#[test]
fn literal_values_read_the_same_in_every_language() {
    let raw_values = SCENARIOS.iter().flat_map(|s| {
        let body: &[(&str, Val)] = match s.body {
            Body::Json(fields) => fields,
            Body::Problem { extra, .. } => extra,
            Body::Empty | Body::Text { .. } => &[],
        };
        body.iter()
            .chain(s.request_body.unwrap_or_default())
            .filter_map(|(_, value)| match value {
                Val::Raw(raw) => Some(*raw),
                Val::Str(_) => None,
            })
    });
    for raw in raw_values {
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(raw);
        assert!(parsed.is_ok(), "{raw} is not JSON");
        // Python spells these True, False and None.
        for word in ["true", "false", "null"] {
            assert!(!raw.contains(word), "{raw} would not be Python");
        }
    }
}

#[test]
fn the_partial_content_range_matches_the_bytes_sent() {
    let scenario = SCENARIOS.iter().find(|s| s.code == 206).expect("206");
    let Body::Text { text, .. } = scenario.body else {
        panic!("206 sends bytes");
    };
    assert_eq!(
        scenario.headers,
        [(
            "Content-Range",
            format!("bytes 0-{}/1200", text.len() - 1).as_str()
        )]
    );
}

// What the examples say

#[test]
fn each_example_names_its_code() {
    for (code, example) in all_examples() {
        let named = match example.language {
            // axum names codes by constant; 208 rides inside a 207.
            Language::Axum => {
                let status = SCENARIOS
                    .iter()
                    .find(|s| s.code == code)
                    .map_or(code, |s| s.status);
                example
                    .code
                    .contains(&format!("StatusCode::{}", status_const(status)))
                    || example.code.contains(&code.to_string())
            }
            _ => example.code.contains(&code.to_string()),
        };
        assert!(named, "{code} {:?}:\n{}", example.language, example.code);
    }
}

#[test]
fn clients_call_the_placeholder_api_and_curl_shows_headers() {
    for (code, example) in all_examples() {
        if example.language.side() == Side::Server {
            continue;
        }
        assert!(
            example.code.contains("https://api.example.com/"),
            "{code} {:?}",
            example.language
        );
        if example.language == Language::Curl {
            assert!(example.code.starts_with("curl -i "), "{code}");
        }
    }
}

#[test]
fn redirect_examples_say_how_to_see_the_redirect() {
    for code in [301, 302, 303, 307, 308] {
        for example in for_code(code) {
            let needle = match example.language {
                Language::Fetch => "redirect: \"manual\"",
                Language::Requests => "allow_redirects=False",
                Language::Curl => "-L",
                _ => continue,
            };
            assert!(
                example.code.contains(needle),
                "{code} {:?}",
                example.language
            );
        }
    }
}

#[test]
fn headers_the_codes_depend_on_are_sent() {
    let cases: &[(u16, &str)] = &[
        (201, "Location"),
        (301, "/v2/orders/42"),
        (304, "ETag"),
        (401, "WWW-Authenticate"),
        (405, "Allow"),
        (407, "Proxy-Authenticate"),
        (416, "Content-Range"),
        (426, "Upgrade"),
        (429, "Retry-After"),
        (503, "Retry-After"),
    ];
    for &(code, header) in cases {
        for example in for_code(code)
            .into_iter()
            .filter(|e| e.language.side() == Side::Server)
        {
            let axum_name = header.to_ascii_uppercase().replace('-', "_");
            assert!(
                example.code.contains(header) || example.code.contains(&axum_name),
                "{code} {:?} lacks {header}",
                example.language
            );
        }
    }
}

#[test]
fn errors_are_problem_details() {
    for scenario in SCENARIOS.iter().filter(|s| (400..600).contains(&s.code)) {
        if scenario.code == 511 {
            continue; // A captive portal's page is for a person: HTML.
        }
        assert!(
            matches!(scenario.body, Body::Problem { .. }),
            "{} should send application/problem+json",
            scenario.code
        );
        for example in for_code(scenario.code) {
            if example.language.side() == Side::Server && scenario.code != 305 {
                assert!(
                    example.code.contains("application/problem+json"),
                    "{} {:?}",
                    scenario.code,
                    example.language
                );
            }
        }
    }
}

#[test]
fn express_and_flask_write_the_same_404() {
    let examples = for_code(404);
    let express = &examples[0];
    assert_eq!(express.language, Language::Express);
    assert!(express.code.contains("app.get(\"/orders/:order_id\""));
    assert!(express.code.contains(".status(404)"));
    assert!(express.code.contains(".type(\"application/problem+json\")"));
    let flask = &examples[1];
    assert_eq!(flask.language, Language::Flask);
    assert!(flask.code.contains("@app.get(\"/orders/<order_id>\")"));
    assert!(flask.code.contains("def get_order(order_id):"));
    assert!(flask.code.contains("\"status\": 404,"));
}

// The examples parse

/// A directory of its own under the system temp dir, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("api-client-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `program args.. file` on each example of `language`, written to a
/// file with `extension`, and lists the ones it rejects with its complaint.
fn check_syntax(language: Language, extension: &str, program: &str, args: &[&str]) {
    let scratch = Scratch::new(extension);
    let mut failures = Vec::new();
    let mut checked = 0;
    for (code, example) in all_examples()
        .into_iter()
        .filter(|(_, e)| e.language == language)
    {
        let path = scratch.0.join(format!("status_{code}.{extension}"));
        std::fs::write(&path, &example.code).expect("write an example");
        let output = Command::new(program)
            .args(args)
            .arg(&path)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
        checked += 1;
        if !output.status.success() {
            failures.push(format!(
                "{code} {:?}:\n{}\n--- {program} says:\n{}",
                language,
                example.code,
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    assert!(checked > 0, "no {language:?} examples");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn javascript_examples_parse() {
    // .mjs, so top-level await is allowed.
    check_syntax(Language::Express, "mjs", "node", &["--check"]);
    check_syntax(Language::Fetch, "mjs", "node", &["--check"]);
}

#[test]
fn python_examples_compile() {
    check_syntax(Language::Flask, "py", "python3", &["-m", "py_compile"]);
    check_syntax(Language::Requests, "py", "python3", &["-m", "py_compile"]);
}

#[test]
fn curl_examples_are_valid_shell() {
    check_syntax(Language::Curl, "sh", "bash", &["-n"]);
}

// The axum examples compile

/// tests/axum_examples.rs compiles this file under `cargo test`.
fn handlers_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/axum_examples/handlers.rs")
}

/// Every axum example in a module of its own, and a router that mounts each
/// handler, so the compiler checks that it is one.
fn axum_file() -> String {
    let mut out = String::from(
        "// @generated by src/core/reference/examples/tests.rs from the examples the status\n\
         // reference shows; do not edit. To update: UPDATE_EXAMPLES=1 cargo test --lib examples\n",
    );
    let mut routes = Vec::new();
    for (code, example) in all_examples()
        .into_iter()
        .filter(|(_, e)| e.language == Language::Axum)
    {
        let scenario = SCENARIOS
            .iter()
            .find(|s| s.code == code)
            .expect("every example has a scenario");
        out.push_str(&format!("\npub mod status_{code} {{\n{}}}\n", example.code));
        routes.push(format!(
            "        .route(\"/{code}\", axum::routing::{}(status_{code}::{}))",
            axum_method(scenario.method),
            scenario.handler
        ));
    }
    out.push_str(&format!(
        "\npub fn router() -> axum::Router {{\n    axum::Router::new()\n{}\n}}\n",
        routes.join("\n")
    ));
    out
}

#[test]
fn the_compiled_axum_examples_are_the_ones_shown() {
    let expected = axum_file();
    let path = handlers_path();
    if std::env::var_os("UPDATE_EXAMPLES").is_some() {
        std::fs::write(&path, &expected).expect("write tests/axum_examples/handlers.rs");
        return;
    }
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        found == expected,
        "tests/axum_examples/handlers.rs is out of date with the axum examples. Regenerate it \
         with `UPDATE_EXAMPLES=1 cargo test --lib examples`, then run \
         `cargo test --test axum_examples` to compile it."
    );
}

#[test]
fn each_axum_example_has_one_public_handler_named_in_the_router() {
    for (code, example) in all_examples()
        .into_iter()
        .filter(|(_, e)| e.language == Language::Axum)
    {
        let scenario = SCENARIOS.iter().find(|s| s.code == code).expect("scenario");
        assert_eq!(example.code.matches("pub async fn ").count(), 1, "{code}");
        assert!(
            example
                .code
                .contains(&format!("pub async fn {}(", scenario.handler)),
            "{code}"
        );
        assert!(lookup(code).is_some());
    }
}
