//! Commands shaped like the examples in the documentation of public APIs
//! (GitHub, Stripe, Slack, Twilio, OpenAI-style, and more), written here.

use super::*;

#[test]
fn a_bare_get() {
    let r = parse("curl https://api.github.com/zen");
    assert_eq!(r.method, "GET");
    assert_eq!(r.url, "https://api.github.com/zen");
    assert_eq!(r.body, CurlBody::None);
    assert!(r.not_honoured.is_empty());
}

#[test]
fn github_style_get_with_headers_split_over_lines() {
    let r = parse(
        "curl -L \\\n  -H \"Accept: application/vnd.github+json\" \\\n  -H \"Authorization: Bearer <YOUR-TOKEN>\" \\\n  -H \"X-GitHub-Api-Version: 2022-11-28\" \\\n  https://api.github.com/repos/OWNER/REPO/issues",
    );
    assert_eq!(r.method, "GET");
    assert!(r.follow_redirects);
    assert_eq!(r.headers.len(), 3);
    assert_eq!(header(&r, "x-github-api-version"), Some("2022-11-28"));
}

#[test]
fn github_style_post_with_json_data() {
    let r = parse(
        r#"curl -L -X POST -H "Accept: application/vnd.github+json" https://api.github.com/repos/OWNER/REPO/issues -d '{"title":"Found a bug","labels":["bug"]}'"#,
    );
    assert_eq!(r.method, "POST");
    assert_eq!(
        r.body,
        CurlBody::UrlEncoded {
            text: r#"{"title":"Found a bug","labels":["bug"]}"#.into()
        }
    );
}

#[test]
fn stripe_style_basic_auth_with_form_data() {
    let r = parse(
        "curl https://api.stripe.com/v1/customers \\\n  -u sk_test_123: \\\n  -d name=\"Jenny Rosen\" \\\n  --data-urlencode email=\"jenny.rosen@example.com\"",
    );
    assert_eq!(r.method, "POST");
    assert_eq!(
        r.auth,
        CurlAuth::Basic {
            username: "sk_test_123".into(),
            password: String::new()
        }
    );
    assert_eq!(
        r.body,
        CurlBody::UrlEncoded {
            text: "name=Jenny Rosen&email=jenny.rosen%40example.com".into()
        }
    );
}

#[test]
fn stripe_style_nested_form_keys_and_get_with_query() {
    let r = parse("curl -G https://api.stripe.com/v1/charges -u sk_test_123: -d limit=3 -d \"expand[]=data.customer\"");
    assert_eq!(r.method, "GET");
    assert_eq!(r.raw_query, "limit=3&expand[]=data.customer");
    assert_eq!(r.body, CurlBody::None);
    assert_eq!(
        query_pairs(&r.raw_query),
        pairs(&[("limit", "3"), ("expand[]", "data.customer")])
    );
}

#[test]
fn slack_style_bearer_json_post() {
    let r = parse(
        r#"curl -X POST -H 'Authorization: Bearer xoxb-1234' -H 'Content-type: application/json; charset=utf-8' --data '{"channel":"C123","text":"Hello"}' https://slack.com/api/chat.postMessage"#,
    );
    assert_eq!(
        r.body,
        CurlBody::Raw {
            content_type: "application/json; charset=utf-8".into(),
            text: r#"{"channel":"C123","text":"Hello"}"#.into()
        }
    );
    assert_eq!(header(&r, "authorization"), Some("Bearer xoxb-1234"));
}

#[test]
fn slack_style_form_post_with_token_field() {
    let r = parse(
        "curl -F token=xoxb-1234 -F channel=C123 -F text=hi https://slack.com/api/chat.postMessage",
    );
    assert_eq!(r.method, "POST");
    let CurlBody::Multipart { fields, .. } = &r.body else {
        panic!("multipart: {:?}", r.body)
    };
    assert_eq!(
        fields,
        &pairs(&[("token", "xoxb-1234"), ("channel", "C123"), ("text", "hi")])
    );
}

#[test]
fn twilio_style_account_basic_auth_and_urlencoded_fields() {
    let r = parse(
        "curl -X POST \"https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json\" \\\n--data-urlencode \"Body=Hi there & welcome\" \\\n--data-urlencode \"From=+15557122661\" \\\n-u AC123:auth_token",
    );
    assert_eq!(
        r.body,
        CurlBody::UrlEncoded {
            text: "Body=Hi%20there%20%26%20welcome&From=%2B15557122661".into()
        }
    );
    assert_eq!(
        r.auth,
        CurlAuth::Basic {
            username: "AC123".into(),
            password: "auth_token".into()
        }
    );
}

#[test]
fn openai_style_json_with_bearer_from_a_variable() {
    let r = parse(
        "curl https://api.example.com/v1/chat/completions \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: Bearer $API_KEY\" \\\n  -d '{\n    \"model\": \"m-1\",\n    \"messages\": [{\"role\": \"user\", \"content\": \"Hello!\"}]\n  }'",
    );
    assert_eq!(r.method, "POST");
    // Unquoted by single quotes, the shell would expand $API_KEY; the double
    // quotes here keep it as written, which is what the user must fill in.
    assert_eq!(header(&r, "authorization"), Some("Bearer $API_KEY"));
    let CurlBody::Raw { content_type, text } = &r.body else {
        panic!("raw: {:?}", r.body)
    };
    assert_eq!(content_type, "application/json");
    assert!(text.contains("\"model\": \"m-1\",\n"));
}

#[test]
fn the_json_option_sets_both_content_type_and_accept() {
    let r = parse(r#"curl --json '{"name":"widget"}' https://api.example.com/items"#);
    assert_eq!(r.method, "POST");
    assert_eq!(
        r.body,
        CurlBody::Raw {
            content_type: "application/json".into(),
            text: r#"{"name":"widget"}"#.into()
        }
    );
    assert_eq!(header(&r, "accept"), Some("application/json"));
}

#[test]
fn repeated_json_pieces_are_concatenated() {
    let r = parse(r#"curl --json '{"a":' --json '1}' https://a.test"#);
    assert_eq!(r.body.text(), r#"{"a":1}"#);
}

#[test]
fn repeated_data_pieces_are_joined_with_ampersands() {
    let r = parse("curl -d a=1 --data b=2 --data-raw c=@3 --data-binary d=4 https://a.test");
    assert_eq!(r.body.text(), "a=1&b=2&c=@3&d=4");
}

#[test]
fn data_urlencode_in_each_of_its_forms() {
    let r = parse("curl --data-urlencode 'a b' --data-urlencode '=c&d' --data-urlencode 'q=é/?' https://a.test");
    assert_eq!(r.body.text(), "a%20b&c%26d&q=%C3%A9%2F%3F");
}

#[test]
fn an_explicit_method_wins_over_data() {
    let r = parse(
        r#"curl -X PATCH https://api.example.com/users/1 -H "Content-Type: application/json" -d '{"name":"Ann"}'"#,
    );
    assert_eq!(r.method, "PATCH");
}

#[test]
fn delete_with_no_body() {
    let r = parse("curl -X DELETE https://api.example.com/users/1 -H 'Authorization: Token abc'");
    assert_eq!((r.method.as_str(), &r.body), ("DELETE", &CurlBody::None));
}

#[test]
fn an_attached_short_argument_is_read() {
    let r = parse("curl -XPUT -HAccept:text/plain -dx=1 https://a.test");
    assert_eq!(r.method, "PUT");
    assert_eq!(header(&r, "accept"), Some("text/plain"));
    assert_eq!(r.body.text(), "x=1");
}

#[test]
fn combined_short_flags_are_each_applied() {
    let r = parse("curl -sSLk https://a.test");
    assert!(r.follow_redirects);
    assert_eq!(r.not_honoured.len(), 1);
    assert!(r.not_honoured[0].starts_with("-k:"));
}

#[test]
fn a_cluster_ending_in_an_option_with_an_argument() {
    let r = parse("curl -sX POST https://a.test");
    assert_eq!(r.method, "POST");
}

#[test]
fn head_requests() {
    assert_eq!(parse("curl -I https://a.test").method, "HEAD");
    assert_eq!(parse("curl --head https://a.test").method, "HEAD");
}

#[test]
fn the_url_option_and_a_url_without_scheme() {
    let r = parse("curl --url example.com/path?x=1#frag");
    assert_eq!(r.url, "http://example.com/path");
    assert_eq!(r.raw_query, "x=1");
}

#[test]
fn query_keys_without_values_and_repeated_keys() {
    let r = parse("curl 'https://a.test/search?q=rust+wasm&tag=a&tag=b&flag&empty='");
    assert_eq!(
        query_pairs(&r.raw_query),
        pairs(&[
            ("q", "rust wasm"),
            ("tag", "a"),
            ("tag", "b"),
            ("flag", ""),
            ("empty", "")
        ])
    );
}

#[test]
fn get_appends_data_to_an_existing_query() {
    let r = parse("curl -G 'https://a.test/s?x=1' --data-urlencode 'q=a b'");
    assert_eq!(r.full_url(), "https://a.test/s?x=1&q=a%20b");
}

#[test]
fn user_agent_referer_and_cookie_become_headers() {
    let r = parse("curl -A 'MyApp/1.0' -e 'https://from.test;auto' -b 'session=abc; theme=dark' https://a.test");
    assert_eq!(header(&r, "user-agent"), Some("MyApp/1.0"));
    assert_eq!(header(&r, "referer"), Some("https://from.test"));
    assert_eq!(header(&r, "cookie"), Some("session=abc; theme=dark"));
}

#[test]
fn a_cookie_file_is_not_honoured() {
    let r = parse("curl -b cookies.txt https://a.test");
    assert!(header(&r, "cookie").is_none());
    assert!(
        r.not_honoured[0].contains("cookie file"),
        "{:?}",
        r.not_honoured
    );
}

#[test]
fn oauth2_bearer_option() {
    let r = parse("curl --oauth2-bearer t0k https://a.test");
    assert_eq!(
        r.auth,
        CurlAuth::Bearer {
            token: "t0k".into()
        }
    );
}

#[test]
fn user_without_password_is_noted() {
    let r = parse("curl -u alice https://a.test");
    assert_eq!(
        r.auth,
        CurlAuth::Basic {
            username: "alice".into(),
            password: String::new()
        }
    );
    assert!(r.not_honoured[0].contains("ask for the password"));
}

#[test]
fn compressed_and_output_options_change_nothing() {
    let r = parse("curl --compressed -o out.json -w '%{http_code}' -s https://a.test");
    assert!(r.not_honoured.is_empty(), "{:?}", r.not_honoured);
    assert_eq!(r.url, "https://a.test");
}

#[test]
fn proxy_and_certificates_are_listed() {
    let r = parse("curl -x http://proxy:3128 --cacert ca.pem --cert me.pem https://a.test");
    assert_eq!(r.not_honoured.len(), 3);
    assert!(r.not_honoured[0].starts_with("-x:"));
}

#[test]
fn files_are_listed_not_read() {
    let r = parse("curl -d @body.json -F 'file=@photo.jpg' -F name=me https://a.test");
    let CurlBody::Multipart { fields, .. } = &r.body else {
        panic!("{:?}", r.body)
    };
    assert_eq!(fields, &pairs(&[("name", "me")]));
    assert!(r.not_honoured.iter().any(|n| n.contains("@body.json")));
    assert!(r.not_honoured.iter().any(|n| n.contains("photo.jpg")));
}

#[test]
fn a_form_part_type_is_noted() {
    let r = parse(r#"curl -F 'meta={"a":1};type=application/json' https://a.test"#);
    let CurlBody::Multipart { fields, .. } = &r.body else {
        panic!("{:?}", r.body)
    };
    assert_eq!(fields, &pairs(&[("meta", r#"{"a":1}"#)]));
    assert!(r.not_honoured[0].contains("application/json"));
}

#[test]
fn form_string_keeps_at_signs() {
    let r = parse("curl --form-string 'handle=@ann' https://a.test");
    let CurlBody::Multipart { fields, .. } = &r.body else {
        panic!("{:?}", r.body)
    };
    assert_eq!(fields, &pairs(&[("handle", "@ann")]));
}

#[test]
fn unknown_options_are_listed() {
    let r = parse("curl --frobnicate https://a.test");
    assert!(r.not_honoured[0].starts_with("--frobnicate:"));
}

#[test]
fn a_second_url_is_listed() {
    let r = parse("curl https://a.test https://b.test");
    assert_eq!(r.url, "https://a.test");
    assert!(r.not_honoured[0].starts_with("https://b.test:"));
}

#[test]
fn a_header_sent_empty_and_one_only_removed() {
    let r = parse("curl -H 'X-Empty;' -H 'Accept:' https://a.test");
    assert_eq!(r.headers, pairs(&[("X-Empty", "")]));
}

#[test]
fn a_header_without_colon_is_listed() {
    let r = parse("curl -H 'NoColon' https://a.test");
    assert!(r.headers.is_empty());
    assert!(r.not_honoured[0].contains("needs a colon"));
}

#[test]
fn chrome_copy_as_curl_bash() {
    let r = parse(
        "curl 'https://api.example.com/graphql' \\\n  -H 'accept: */*' \\\n  -H 'content-type: application/json' \\\n  -H 'origin: https://app.example.com' \\\n  --data-raw $'{\"query\":\"{ viewer { login } }\",\"note\":\"it\\'s\"}' \\\n  --compressed",
    );
    assert_eq!(r.method, "POST");
    assert_eq!(
        r.body.text(),
        r#"{"query":"{ viewer { login } }","note":"it's"}"#
    );
}

#[test]
fn chrome_copy_as_curl_cmd() {
    let r = parse(
        "curl ^\"https://api.example.com/items?page=2^\" ^\r\n  -H ^\"accept: application/json^\" ^\r\n  -H ^\"authorization: Bearer abc^\"",
    );
    assert_eq!(r.url, "https://api.example.com/items");
    assert_eq!(r.raw_query, "page=2");
    assert_eq!(header(&r, "authorization"), Some("Bearer abc"));
}

#[test]
fn firefox_style_long_options() {
    let r = parse(
        "curl 'https://a.test/api' --request PUT --header 'Content-Type: text/plain' --data-raw 'hello' --user-agent 'Mozilla/5.0'",
    );
    assert_eq!(r.method, "PUT");
    assert_eq!(
        r.body,
        CurlBody::Raw {
            content_type: "text/plain".into(),
            text: "hello".into()
        }
    );
}

#[test]
fn elasticsearch_style_json_query_with_get() {
    let r = parse(
        r#"curl -X GET "localhost:9200/my-index/_search?pretty" -H 'Content-Type: application/json' -d'{"query":{"match_all":{}}}'"#,
    );
    assert_eq!(r.method, "GET");
    assert_eq!(r.url, "http://localhost:9200/my-index/_search");
    assert_eq!(r.raw_query, "pretty");
    assert_eq!(r.body.text(), r#"{"query":{"match_all":{}}}"#);
}

#[test]
fn xml_soap_post() {
    let r = parse(
        r#"curl -X POST https://a.test/soap -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: "urn:Ping"' --data-binary '<Envelope><Body/></Envelope>'"#,
    );
    assert_eq!(header(&r, "soapaction"), Some("\"urn:Ping\""));
    assert_eq!(
        r.body.content_type().as_deref(),
        Some("text/xml; charset=utf-8")
    );
}

#[test]
fn a_double_dash_ends_the_options() {
    let r = parse("curl -s -- https://a.test/-dash");
    assert_eq!(r.url, "https://a.test/-dash");
}

#[test]
fn curl_exe_is_curl_too() {
    assert_eq!(parse("curl.exe https://a.test").url, "https://a.test");
}

#[test]
fn insecure_and_http_version_are_listed_with_reasons() {
    let r = parse("curl --insecure --http2 -m 10 https://a.test");
    assert_eq!(r.not_honoured.len(), 3);
    assert!(r.not_honoured[2].contains("timeout"));
}

#[test]
fn the_json_summary_has_the_agreed_shape() {
    let r = parse("curl -u ann:pw 'https://a.test/x?a=1&b=%20' -H 'X-A: 1' -d 'k=v&w=z'");
    assert_eq!(
        r.to_json(),
        serde_json::json!({
            "method": "POST",
            "url": "https://a.test/x",
            "query": [["a", "1"], ["b", " "]],
            "headers": [["X-A", "1"]],
            "body": {
                "kind": "urlencoded",
                "content_type": "application/x-www-form-urlencoded",
                "text": "k=v&w=z",
                "fields": [["k", "v"], ["w", "z"]],
            },
            "auth": {"kind": "basic", "username": "ann", "password": "pw", "token": null},
        })
    );
}
