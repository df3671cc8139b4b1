use super::*;

/// The IANA registry, written out independently of the table under test.
const REGISTERED: [u16; 63] = [
    100, 101, 102, 103, //
    200, 201, 202, 203, 204, 205, 206, 207, 208, 226, //
    300, 301, 302, 303, 304, 305, 306, 307, 308, //
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
    421, 422, 423, 424, 425, 426, 428, 429, 431, 451, //
    500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

/// Codes a typical API developer meets, which must come with guidance.
const DAILY: [u16; 31] = [
    100, 101, 102, 103, 200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404,
    405, 409, 410, 422, 429, 500, 501, 502, 503, 504, 507, 508,
];

fn entry(code: u16) -> &'static StatusEntry {
    lookup(code).unwrap_or_else(|| panic!("{code} should be registered"))
}

fn details(code: u16) -> &'static StatusDetails {
    entry(code)
        .details()
        .unwrap_or_else(|| panic!("{code} should have details"))
}

fn codes(entries: &[&StatusEntry]) -> Vec<u16> {
    entries.iter().map(|entry| entry.code).collect()
}

fn all_text(entry: &StatusEntry) -> Vec<&'static str> {
    let mut text = vec![entry.name, entry.meaning()];
    text.extend(entry.alias);
    if let Some(details) = entry.details() {
        text.push(details.when_to_use);
        text.extend(details.common_mistakes.iter().map(|m| m.text));
        text.extend(details.expected_headers.iter().map(|h| h.why));
        text.extend(details.related.iter().map(|r| r.difference));
    }
    text
}

// The table

#[test]
fn registry_holds_exactly_the_63_registered_codes_in_order() {
    let table: Vec<u16> = registry().iter().map(|entry| entry.code).collect();
    assert_eq!(table, REGISTERED);
    assert_eq!(registry().len(), 63);
}

#[test]
fn registry_is_strictly_sorted_so_binary_search_works() {
    assert!(registry()
        .windows(2)
        .all(|pair| pair[0].code < pair[1].code));
}

#[test]
fn lookup_finds_every_registered_code() {
    for code in REGISTERED {
        assert_eq!(lookup(code).map(|entry| entry.code), Some(code));
    }
}

#[test]
fn lookup_misses_unregistered_and_impossible_codes() {
    for code in [
        0, 99, 104, 199, 209, 299, 309, 419, 420, 427, 430, 450, 499, 509, 512, 599, 600,
    ] {
        assert!(lookup(code).is_none(), "{code} is not registered");
    }
}

#[test]
fn every_entry_belongs_to_the_class_of_its_first_digit() {
    for entry in registry() {
        let expected = StatusClass::ALL[usize::from(entry.code / 100) - 1];
        assert_eq!(entry.class, expected, "{}", entry.code);
    }
}

#[test]
fn names_follow_rfc_9110_and_the_defining_rfcs() {
    let expected = [
        (100, "Continue"),
        (103, "Early Hints"),
        (200, "OK"),
        (204, "No Content"),
        (226, "IM Used"),
        (302, "Found"),
        (404, "Not Found"),
        (413, "Content Too Large"),
        (414, "URI Too Long"),
        (416, "Range Not Satisfiable"),
        (422, "Unprocessable Content"),
        (425, "Too Early"),
        (431, "Request Header Fields Too Large"),
        (451, "Unavailable For Legal Reasons"),
        (503, "Service Unavailable"),
        (504, "Gateway Timeout"),
        (505, "HTTP Version Not Supported"),
        (511, "Network Authentication Required"),
    ];
    for (code, name) in expected {
        assert_eq!(entry(code).name, name);
    }
}

#[test]
fn only_306_and_418_are_unused_and_both_are_named_unused() {
    let unused: Vec<u16> = registry()
        .iter()
        .filter(|e| e.unused)
        .map(|e| e.code)
        .collect();
    assert_eq!(unused, [306, 418]);
    assert_eq!(entry(306).name, "(Unused)");
    assert_eq!(entry(418).name, "(Unused)");
}

#[test]
fn well_known_older_names_are_kept_as_aliases() {
    let expected = [
        (306, "Switch Proxy"),
        (413, "Payload Too Large"),
        (416, "Requested Range Not Satisfiable"),
        (418, "I'm a teapot"),
        (422, "Unprocessable Entity"),
    ];
    for (code, alias) in expected {
        assert_eq!(entry(code).alias, Some(alias));
    }
    assert_eq!(entry(200).alias, None);
}

#[test]
fn codes_outside_rfc_9110_cite_their_own_rfc_and_section() {
    let expected = [
        (102, 2518, "10.1"),
        (103, 8297, "2"),
        (207, 4918, "11.1"),
        (208, 5842, "7.1"),
        (226, 3229, "10.4.1"),
        (423, 4918, "11.3"),
        (424, 4918, "11.4"),
        (425, 8470, "5.2"),
        (428, 6585, "3"),
        (429, 6585, "4"),
        (431, 6585, "5"),
        (451, 7725, "3"),
        (506, 2295, "8.1"),
        (507, 4918, "11.5"),
        (508, 5842, "7.2"),
        (510, 2774, "7"),
        (511, 6585, "6"),
    ];
    for (code, rfc, section) in expected {
        assert_eq!(entry(code).spec(), Spec { rfc, section }, "{code}");
    }
    let others = registry().iter().filter(|e| e.spec().rfc != 9110).count();
    assert_eq!(
        others,
        expected.len(),
        "every other code is defined by RFC 9110"
    );
}

#[test]
fn rfc_9110_sections_are_numbered_consecutively_within_each_class() {
    // Section 15.N covers class N-1 (15.2 is 1xx), one subsection per code in order.
    for class in StatusClass::ALL {
        let prefix = format!("15.{}.", class.generic_code() / 100 + 1);
        let sections: Vec<&str> = class
            .entries()
            .filter(|entry| entry.spec().rfc == 9110)
            .map(|entry| entry.spec().section)
            .collect();
        let expected: Vec<String> = (1..=sections.len())
            .map(|n| format!("{prefix}{n}"))
            .collect();
        assert_eq!(sections, expected, "{}", class.range());
    }
}

#[test]
fn rfc_9110_sections_match_known_anchors() {
    let expected = [
        (100, "15.2.1"),
        (200, "15.3.1"),
        (201, "15.3.2"),
        (206, "15.3.7"),
        (304, "15.4.5"),
        (308, "15.4.9"),
        (400, "15.5.1"),
        (401, "15.5.2"),
        (403, "15.5.4"),
        (404, "15.5.5"),
        (405, "15.5.6"),
        (409, "15.5.10"),
        (410, "15.5.11"),
        (413, "15.5.14"),
        (418, "15.5.19"),
        (421, "15.5.20"),
        (422, "15.5.21"),
        (426, "15.5.22"),
        (500, "15.6.1"),
        (503, "15.6.4"),
        (505, "15.6.6"),
    ];
    for (code, section) in expected {
        assert_eq!(entry(code).spec(), Spec { rfc: 9110, section }, "{code}");
    }
}

#[test]
fn meanings_are_single_sentences_on_one_line() {
    for entry in registry() {
        let meaning = entry.meaning();
        assert!(!meaning.is_empty(), "{}", entry.code);
        assert!(!meaning.contains('\n'), "{}", entry.code);
        assert!(meaning.ends_with('.'), "{}", entry.code);
    }
}

#[test]
fn not_extended_is_marked_historic() {
    assert!(entry(510).meaning().contains("historic"));
}

#[test]
fn no_text_has_stray_line_breaks_or_doubled_spaces() {
    for entry in registry() {
        for text in all_text(entry) {
            assert!(!text.trim().is_empty(), "{}: empty text", entry.code);
            assert!(!text.contains('\n'), "{}: {text}", entry.code);
            assert!(!text.contains("  "), "{}: {text}", entry.code);
            assert_eq!(text, text.trim(), "{}", entry.code);
        }
    }
}

// Classes

#[test]
fn class_of_accepts_exactly_100_to_599() {
    assert_eq!(StatusClass::of(0), None);
    assert_eq!(StatusClass::of(99), None);
    assert_eq!(StatusClass::of(100), Some(StatusClass::Informational));
    assert_eq!(StatusClass::of(199), Some(StatusClass::Informational));
    assert_eq!(StatusClass::of(200), Some(StatusClass::Success));
    assert_eq!(StatusClass::of(399), Some(StatusClass::Redirection));
    assert_eq!(StatusClass::of(400), Some(StatusClass::ClientError));
    assert_eq!(StatusClass::of(599), Some(StatusClass::ServerError));
    assert_eq!(StatusClass::of(600), None);
    assert_eq!(StatusClass::of(u16::MAX), None);
}

#[test]
fn classes_are_listed_and_ordered_by_first_digit() {
    let mut sorted = StatusClass::ALL;
    sorted.sort();
    assert_eq!(sorted, StatusClass::ALL);
    let ranges: Vec<&str> = StatusClass::ALL.iter().map(|c| c.range()).collect();
    assert_eq!(ranges, ["1xx", "2xx", "3xx", "4xx", "5xx"]);
}

#[test]
fn class_labels_follow_rfc_9110_titles() {
    let labels: Vec<&str> = StatusClass::ALL.iter().map(|c| c.label()).collect();
    assert_eq!(
        labels,
        [
            "Informational",
            "Successful",
            "Redirection",
            "Client Error",
            "Server Error"
        ]
    );
}

#[test]
fn class_slugs_round_trip() {
    let slugs: Vec<&str> = StatusClass::ALL.iter().map(|c| c.slug()).collect();
    assert_eq!(
        slugs,
        [
            "informational",
            "success",
            "redirection",
            "client-error",
            "server-error"
        ]
    );
    for class in StatusClass::ALL {
        assert_eq!(StatusClass::from_slug(class.slug()), Some(class));
    }
}

#[test]
fn unknown_slugs_are_refused() {
    for slug in [
        "",
        "Success",
        "4xx",
        "client error",
        "successful",
        " success",
    ] {
        assert_eq!(StatusClass::from_slug(slug), None, "{slug:?}");
    }
}

#[test]
fn each_class_stands_in_with_its_x00_entry() {
    for class in StatusClass::ALL {
        let generic = class.generic_entry();
        assert_eq!(generic.code % 100, 0);
        assert_eq!(generic.class, class);
    }
}

#[test]
fn class_entries_partition_the_registry() {
    let total: usize = StatusClass::ALL.iter().map(|c| c.entries().count()).sum();
    assert_eq!(total, registry().len());
    assert_eq!(StatusClass::Informational.entries().count(), 4);
    assert_eq!(StatusClass::Success.entries().count(), 10);
    assert_eq!(StatusClass::Redirection.entries().count(), 9);
    assert_eq!(StatusClass::ClientError.entries().count(), 29);
    assert_eq!(StatusClass::ServerError.entries().count(), 11);
}

// Status codes

#[test]
fn new_accepts_the_whole_range_and_nothing_else() {
    assert_eq!(StatusCode::new(100).map(StatusCode::as_u16), Ok(100));
    assert_eq!(StatusCode::new(599).map(StatusCode::as_u16), Ok(599));
    assert_eq!(StatusCode::new(99), Err(StatusCodeError::OutOfRange(99)));
    assert_eq!(StatusCode::new(600), Err(StatusCodeError::OutOfRange(600)));
    assert_eq!(StatusCode::new(0), Err(StatusCodeError::OutOfRange(0)));
    assert_eq!(StatusCode::try_from(204).map(u16::from), Ok(204));
}

#[test]
fn parse_reads_digits_and_ignores_surrounding_whitespace() {
    assert_eq!(StatusCode::parse("200").map(StatusCode::as_u16), Ok(200));
    assert_eq!(StatusCode::parse("  404 ").map(StatusCode::as_u16), Ok(404));
    assert_eq!(
        StatusCode::parse("\t503\n").map(StatusCode::as_u16),
        Ok(503)
    );
    assert_eq!("418".parse::<StatusCode>().map(StatusCode::as_u16), Ok(418));
}

#[test]
fn parse_tolerates_leading_zeros() {
    assert_eq!(StatusCode::parse("0404").map(StatusCode::as_u16), Ok(404));
}

#[test]
fn parse_refuses_text_that_is_not_plain_digits() {
    for text in [
        "abc",
        "+200",
        "-200",
        "2 00",
        "20a",
        "200.0",
        "0x1F4",
        "٤٠٤",
        "２００",
    ] {
        assert_eq!(
            StatusCode::parse(text),
            Err(StatusCodeError::NotANumber(text.to_owned())),
            "{text:?}"
        );
    }
}

#[test]
fn parse_refuses_empty_text() {
    assert_eq!(
        StatusCode::parse(""),
        Err(StatusCodeError::NotANumber(String::new()))
    );
    assert_eq!(
        StatusCode::parse("   "),
        Err(StatusCodeError::NotANumber(String::new()))
    );
}

#[test]
fn parse_refuses_numbers_outside_the_range() {
    assert_eq!(StatusCode::parse("0"), Err(StatusCodeError::OutOfRange(0)));
    assert_eq!(
        StatusCode::parse("99"),
        Err(StatusCodeError::OutOfRange(99))
    );
    assert_eq!(
        StatusCode::parse("600"),
        Err(StatusCodeError::OutOfRange(600))
    );
    assert_eq!(
        StatusCode::parse("1000"),
        Err(StatusCodeError::OutOfRange(1000))
    );
    assert_eq!(
        StatusCode::parse("65536"),
        Err(StatusCodeError::OutOfRange(65536))
    );
}

#[test]
fn parse_calls_absurdly_long_digit_strings_not_a_number() {
    let text = "99999999999999999999";
    assert_eq!(
        StatusCode::parse(text),
        Err(StatusCodeError::NotANumber(text.to_owned()))
    );
}

#[test]
fn error_messages_quote_the_input_and_state_the_rule() {
    for text in ["abc", "2 00", "99", "1000"] {
        let message = StatusCode::parse(text).unwrap_err().to_string();
        assert!(message.contains(text), "{message}");
        assert!(message.contains("100 to 599"), "{message}");
    }
    let message = StatusCode::parse("abc").unwrap_err().to_string();
    assert_eq!(
        message,
        "“abc” is not an HTTP status code: status codes are three-digit numbers from 100 to 599."
    );
}

#[test]
fn empty_input_asks_for_a_code() {
    let message = StatusCode::parse(" ").unwrap_err().to_string();
    assert!(message.starts_with("Enter a status code"), "{message}");
}

#[test]
fn status_code_displays_as_its_digits() {
    assert_eq!(StatusCode::new(404).unwrap().to_string(), "404");
}

#[test]
fn status_code_knows_its_class() {
    assert_eq!(
        StatusCode::new(101).unwrap().class(),
        StatusClass::Informational
    );
    assert_eq!(StatusCode::new(299).unwrap().class(), StatusClass::Success);
    assert_eq!(
        StatusCode::new(451).unwrap().class(),
        StatusClass::ClientError
    );
    assert_eq!(
        StatusCode::new(599).unwrap().class(),
        StatusClass::ServerError
    );
}

#[test]
fn registered_codes_have_an_entry_and_a_reason() {
    let not_found = StatusCode::new(404).unwrap();
    assert!(not_found.is_registered());
    assert_eq!(not_found.reason(), Some("Not Found"));
    assert_eq!(not_found.entry().map(|e| e.code), Some(404));
    assert_eq!(not_found.effective_entry().code, 404);
}

#[test]
fn unregistered_codes_have_no_reason() {
    for code in [299, 499, 599] {
        let status = StatusCode::new(code).unwrap();
        assert!(!status.is_registered());
        assert_eq!(status.reason(), None);
        assert_eq!(status.entry(), None);
    }
}

#[test]
fn unregistered_codes_are_treated_as_their_class_x00() {
    let cases = [
        (199, 100),
        (299, 200),
        (399, 300),
        (499, 400),
        (599, 500),
        (420, 400),
    ];
    for (code, stands_in) in cases {
        assert_eq!(
            StatusCode::new(code).unwrap().effective_entry().code,
            stands_in
        );
    }
}

#[test]
fn every_entry_code_is_a_status_code_that_finds_its_entry() {
    for entry in registry() {
        let code = StatusCode::new(entry.code).expect("registered codes run from 100 to 599");
        assert_eq!(code.as_u16(), entry.code);
        assert_eq!(code.entry(), Some(entry));
    }
}

// Specs

#[test]
fn spec_links_to_the_rfc_editor_section() {
    let spec = Spec {
        rfc: 9110,
        section: "15.5.5",
    };
    assert_eq!(
        spec.url(),
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
    );
    assert_eq!(spec.label(), "RFC 9110 §15.5.5");
    assert_eq!(spec.to_string(), "RFC 9110 §15.5.5");
}

#[test]
fn spec_of_a_later_rfc_is_formatted_the_same_way() {
    let spec = entry(429).spec();
    assert_eq!(
        spec.url(),
        "https://www.rfc-editor.org/rfc/rfc6585#section-4"
    );
    assert_eq!(spec.label(), "RFC 6585 §4");
}

// Details

#[test]
fn every_daily_code_has_details() {
    for code in DAILY {
        assert!(entry(code).details().is_some(), "{code} needs details");
    }
}

#[test]
fn details_describe_at_least_one_mistake() {
    for entry in registry() {
        if let Some(details) = entry.details() {
            assert!(!details.common_mistakes.is_empty(), "{}", entry.code);
        }
    }
}

#[test]
fn related_codes_are_registered_distinct_and_not_the_entry_itself() {
    for entry in registry() {
        let Some(details) = entry.details() else {
            continue;
        };
        let mut seen = Vec::new();
        for related in details.related {
            assert!(
                lookup(related.code).is_some(),
                "{} lists unregistered {}",
                entry.code,
                related.code
            );
            assert_ne!(related.code, entry.code, "{} lists itself", entry.code);
            assert!(
                !seen.contains(&related.code),
                "{} lists {} twice",
                entry.code,
                related.code
            );
            seen.push(related.code);
        }
    }
}

#[test]
fn easily_confused_pairs_point_at_each_other() {
    let pairs = [
        (100, 103),
        (101, 426),
        (200, 204),
        (200, 206),
        (201, 202),
        (206, 416),
        (301, 302),
        (301, 308),
        (302, 307),
        (303, 307),
        (307, 308),
        (304, 412),
        (400, 422),
        (401, 403),
        (401, 407),
        (404, 410),
        (405, 501),
        (406, 415),
        (409, 422),
        (412, 428),
        (413, 507),
        (429, 503),
        (500, 502),
        (502, 503),
        (502, 504),
        (503, 504),
    ];
    for (a, b) in pairs {
        assert!(
            details(a).related.iter().any(|r| r.code == b),
            "{a} should mention {b}"
        );
        assert!(
            details(b).related.iter().any(|r| r.code == a),
            "{b} should mention {a}"
        );
    }
}

fn expected_header(code: u16, name: &str) -> Option<Requirement> {
    details(code)
        .expected_headers
        .iter()
        .find(|header| header.name == name)
        .map(|header| header.requirement)
}

#[test]
fn required_headers_are_listed_with_their_strength() {
    let cases = [
        (101, "Upgrade", Requirement::Must),
        (201, "Location", Requirement::Should),
        (206, "Content-Range", Requirement::Must),
        (401, "WWW-Authenticate", Requirement::Must),
        (405, "Allow", Requirement::Must),
        (407, "Proxy-Authenticate", Requirement::Must),
        (416, "Content-Range", Requirement::Should),
        (426, "Upgrade", Requirement::Must),
    ];
    for (code, name, requirement) in cases {
        assert_eq!(
            expected_header(code, name),
            Some(requirement),
            "{code} {name}"
        );
    }
}

#[test]
fn redirects_name_their_target_in_location() {
    for code in [301, 302, 303, 307, 308] {
        assert_eq!(
            expected_header(code, "Location"),
            Some(Requirement::Should),
            "{code}"
        );
    }
}

#[test]
fn throttling_and_unavailability_suggest_retry_after() {
    for code in [429, 503] {
        let requirement = expected_header(code, "Retry-After");
        assert!(
            matches!(requirement, Some(Requirement::Should | Requirement::May)),
            "{code}: {requirement:?}"
        );
    }
}

#[test]
fn header_names_are_plain_tokens() {
    for entry in registry() {
        let Some(details) = entry.details() else {
            continue;
        };
        for header in details.expected_headers {
            assert!(
                !header.name.is_empty()
                    && header
                        .name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-'),
                "{}: {:?}",
                entry.code,
                header.name
            );
        }
    }
}

#[test]
fn requirement_labels_are_lower_case_keywords() {
    assert_eq!(Requirement::Must.label(), "must");
    assert_eq!(Requirement::Should.label(), "should");
    assert_eq!(Requirement::May.label(), "may");
}

// Search

#[test]
fn empty_query_returns_everything() {
    assert_eq!(search("").len(), registry().len());
    assert_eq!(search("   ").len(), registry().len());
}

#[test]
fn gateway_finds_exactly_bad_gateway_and_gateway_timeout() {
    assert_eq!(codes(&search("gateway")), [502, 504]);
    assert_eq!(codes(&search("  GATEWAY ")), [502, 504]);
}

#[test]
fn search_matches_code_digits() {
    assert_eq!(codes(&search("429")), [429]);
    assert!(codes(&search("50")).starts_with(&[500, 501, 502]));
}

#[test]
fn search_ignores_case_in_names() {
    assert_eq!(codes(&search("not found")), [404]);
    assert_eq!(codes(&search("SERVICE UNAVAILABLE")), [503]);
}

#[test]
fn search_matches_aliases() {
    assert_eq!(codes(&search("teapot")), [418]);
    assert_eq!(codes(&search("payload too large")), [413]);
    assert_eq!(codes(&search("Unprocessable Entity")), [422]);
}

#[test]
fn search_matches_meanings() {
    assert_eq!(codes(&search("captive portal")), [511]);
}

#[test]
fn search_does_not_look_inside_details() {
    assert!(details(307).when_to_use.contains("HSTS"));
    assert!(search("hsts").is_empty());
}

#[test]
fn search_results_stay_in_code_order() {
    let results = codes(&search("redirect"));
    assert!(
        results.windows(2).all(|pair| pair[0] < pair[1]),
        "{results:?}"
    );
    assert!(results.contains(&307) && results.contains(&308));
}

#[test]
fn meanings_and_details_exist_only_for_registered_codes() {
    for code in (100..=599).filter(|code| !REGISTERED.contains(code)) {
        assert_eq!(registry::meaning(code), None, "{code}");
        assert_eq!(registry::details(code), None, "{code}");
    }
}
