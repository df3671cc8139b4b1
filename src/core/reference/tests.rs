use std::collections::BTreeSet;

use super::compare::{self, Aspect, CompareError, COMPARED, COMPARISONS};
use super::examples::{self, Language, Side};
use super::guide::{problem, COMMON_MISTAKES, FAQ};
use super::search::{filter, MatchedIn};
use super::sections::KNOWN_SECTIONS;
use crate::core::status::{lookup, registry, Claim, Spec, Strength};

fn codes_of(query: &str) -> Vec<u16> {
    filter(query).iter().map(|hit| hit.entry.code).collect()
}

fn claim_spec(claim: &Claim) -> Option<Spec> {
    match claim.strength {
        Strength::Rfc(_, spec) | Strength::Defined(spec) => Some(spec),
        Strength::Practice => None,
    }
}

/// Every citation the reference makes, with where it is made.
fn citations() -> Vec<(String, Spec)> {
    let mut found = Vec::new();
    for entry in registry() {
        found.push((format!("{} definition", entry.code), entry.spec()));
        let Some(details) = entry.details() else {
            continue;
        };
        for header in details.expected_headers {
            if let Some(spec) = header.spec {
                found.push((format!("{} header {}", entry.code, header.name), spec));
            }
        }
        for mistake in details.common_mistakes {
            found.extend(claim_spec(mistake).map(|s| (format!("{} mistake", entry.code), s)));
        }
    }
    for comparison in COMPARISONS {
        for row in comparison.rows {
            for cell in row.cells {
                found.extend(claim_spec(cell).map(|s| (compare::slug(comparison.codes), s)));
            }
        }
    }
    for faq in FAQ {
        for claim in faq.answer {
            found.extend(claim_spec(claim).map(|s| (faq.question.to_owned(), s)));
        }
    }
    for mistake in COMMON_MISTAKES {
        found.extend(claim_spec(&mistake.why).map(|s| (mistake.title.to_owned(), s)));
    }
    for member in problem::MEMBERS {
        found.extend(claim_spec(&member.meaning).map(|s| (member.name.to_owned(), s)));
    }
    for claim in problem::RULES {
        found.extend(claim_spec(claim).map(|s| ("problem rule".to_owned(), s)));
    }
    found
}

// Citations

#[test]
fn known_sections_are_sorted_and_unique() {
    let as_key = |(rfc, section): &(u16, &str)| {
        let parts: Vec<u32> = section.split('.').filter_map(|p| p.parse().ok()).collect();
        (*rfc, parts)
    };
    assert!(KNOWN_SECTIONS
        .windows(2)
        .all(|pair| as_key(&pair[0]) < as_key(&pair[1])));
}

#[test]
fn every_cited_section_exists() {
    for (place, spec) in citations() {
        assert!(
            KNOWN_SECTIONS.contains(&(spec.rfc, spec.section)),
            "{place} cites {spec}, which is not in sections.rs"
        );
    }
}

#[test]
fn the_reference_cites_rfcs_beyond_the_definitions() {
    let beyond = citations()
        .into_iter()
        .filter(|(place, _)| !place.ends_with("definition"))
        .count();
    assert!(beyond >= 60, "only {beyond} statements cite a section");
}

// Every code has guidance

#[test]
fn every_registered_code_says_when_to_use_it() {
    for entry in registry() {
        let details = entry
            .details()
            .unwrap_or_else(|| panic!("{} has no guidance", entry.code));
        assert!(
            details.when_to_use.len() > 40,
            "{}: when to use is too thin",
            entry.code
        );
    }
}

#[test]
fn search_terms_are_lower_case_and_trimmed() {
    let all = registry()
        .iter()
        .filter_map(|e| e.details())
        .flat_map(|d| d.search_terms.iter())
        .chain(COMPARISONS.iter().flat_map(|c| c.search_terms.iter()));
    for term in all {
        assert_eq!(*term, term.trim().to_lowercase(), "{term:?}");
        assert!(!term.is_empty());
    }
}

// Comparisons

#[test]
fn the_comparison_list_and_the_comparisons_agree() {
    let listed: Vec<&[u16]> = COMPARISONS.iter().map(|c| c.codes).collect();
    assert_eq!(listed, COMPARED);
}

#[test]
fn the_six_comparisons_the_reference_promises_exist() {
    for slug in [
        "401-403",
        "404-410",
        "301-302-303-307-308",
        "502-503-504",
        "400-422",
        "200-201-204",
    ] {
        let found = compare::find(slug).unwrap_or_else(|e| panic!("{slug}: {e}"));
        assert_eq!(compare::slug(found.codes), slug);
    }
}

#[test]
fn comparisons_name_registered_codes_in_order() {
    for comparison in COMPARISONS {
        assert!(comparison.codes.len() >= 2);
        assert!(comparison.codes.windows(2).all(|p| p[0] < p[1]));
        for code in comparison.codes {
            assert!(lookup(*code).is_some(), "{code} is not registered");
        }
    }
}

#[test]
fn every_row_has_one_cell_per_code_and_each_aspect_once() {
    for comparison in COMPARISONS {
        let slug = compare::slug(comparison.codes);
        let mut aspects = Vec::new();
        for row in comparison.rows {
            assert_eq!(
                row.cells.len(),
                comparison.codes.len(),
                "{slug} {:?}",
                row.aspect
            );
            assert!(
                !aspects.contains(&row.aspect),
                "{slug} repeats {:?}",
                row.aspect
            );
            aspects.push(row.aspect);
            for cell in row.cells {
                assert!(
                    cell.text.trim().len() > 2,
                    "{slug} {:?} has an empty cell",
                    row.aspect
                );
            }
        }
        for aspect in [
            Aspect::Meaning,
            Aspect::ClientAction,
            Aspect::Headers,
            Aspect::Cacheable,
            Aspect::RetrySafe,
        ] {
            assert!(aspects.contains(&aspect), "{slug} lacks {aspect:?}");
        }
    }
}

#[test]
fn the_redirect_comparison_says_whether_the_method_is_kept() {
    let redirects = compare::find("301-302-303-307-308").expect("redirect comparison");
    assert!(redirects
        .rows
        .iter()
        .any(|r| r.aspect == Aspect::MethodOnRedirect));
    for slug in ["404-410", "301-302-303-307-308"] {
        let comparison = compare::find(slug).expect("comparison");
        assert!(
            comparison
                .rows
                .iter()
                .any(|r| r.aspect == Aspect::SearchEngines),
            "{slug} should say how search engines treat it"
        );
    }
}

#[test]
fn every_code_in_a_comparison_links_to_it_and_to_the_other_codes() {
    for comparison in COMPARISONS {
        for &code in comparison.codes {
            assert!(
                compare::covering(code).any(|codes| codes == comparison.codes),
                "{code} does not link to {}",
                compare::slug(comparison.codes)
            );
            let related: BTreeSet<u16> = lookup(code)
                .and_then(|e| e.details())
                .map(|d| d.related.iter().map(|r| r.code).collect())
                .unwrap_or_default();
            for &other in comparison.codes.iter().filter(|&&c| c != code) {
                assert!(
                    related.contains(&other),
                    "{code} should list {other} as related"
                );
            }
        }
    }
}

#[test]
fn codes_without_a_comparison_link_to_none() {
    let compared: BTreeSet<u16> = COMPARED.iter().flat_map(|c| c.iter().copied()).collect();
    for entry in registry() {
        assert_eq!(
            compare::covering(entry.code).next().is_some(),
            compared.contains(&entry.code)
        );
    }
}

#[test]
fn a_comparison_is_found_whatever_the_order_of_its_codes() {
    assert_eq!(
        compare::find("403-401").map(|c| c.codes),
        Ok(&[401, 403][..])
    );
    assert_eq!(
        compare::find("401-403-401").map(|c| c.codes),
        Ok(&[401, 403][..])
    );
}

#[test]
fn an_address_that_is_not_a_comparison_says_why() {
    assert!(matches!(
        compare::find("401-abc"),
        Err(CompareError::NotCodes(_))
    ));
    assert!(matches!(compare::find(""), Err(CompareError::NotCodes(_))));
    assert!(matches!(
        compare::find("401-999"),
        Err(CompareError::NotCodes(_))
    ));
    let missing = compare::find("418-451").unwrap_err();
    assert_eq!(missing, CompareError::NotCompared(vec![418, 451]));
    assert!(missing.to_string().contains("418 and 451"));
}

#[test]
fn link_names_follow_the_ui_contract() {
    assert_eq!(compare::link_name(&[401, 403]), "Compare 401 and 403");
    assert_eq!(
        compare::link_name(&[301, 302, 303, 307, 308]),
        "Compare 301, 302, 303, 307 and 308"
    );
    assert_eq!(compare::slug(&[502, 503, 504]), "502-503-504");
}

// The filter

#[test]
fn an_empty_filter_lists_every_code() {
    assert_eq!(filter("  ").len(), registry().len());
}

#[test]
fn retry_finds_429_and_503() {
    let found = codes_of("retry");
    assert!(found.contains(&429) && found.contains(&503), "{found:?}");
}

#[test]
fn login_finds_401() {
    assert!(codes_of("Login").contains(&401));
}

#[test]
fn direct_matches_come_before_matches_in_the_guidance() {
    let hits = filter("gateway");
    let direct: Vec<u16> = hits
        .iter()
        .filter(|h| h.matched_in == MatchedIn::Summary)
        .map(|h| h.entry.code)
        .collect();
    assert_eq!(direct, [502, 504]);
    assert_eq!(codes_of("gateway")[..2], [502, 504]);
    let first_deeper = hits.iter().position(|h| h.matched_in != MatchedIn::Summary);
    assert!(
        first_deeper.is_none_or(|i| hits[i..].iter().all(|h| h.matched_in != MatchedIn::Summary))
    );
}

#[test]
fn a_code_is_listed_once() {
    for query in ["retry", "redirect", "auth", "4", "content"] {
        let found = codes_of(query);
        let unique: BTreeSet<u16> = found.iter().copied().collect();
        assert_eq!(unique.len(), found.len(), "{query}");
    }
}

#[test]
fn nonsense_finds_nothing() {
    assert!(filter("zzqqxx").is_empty());
}

// The guide

#[test]
fn the_faq_answers_the_questions_the_reference_promises() {
    let text: String = FAQ
        .iter()
        .map(|f| {
            let answer: Vec<&str> = f.answer.iter().map(|c| c.text).collect();
            format!("{} {}", f.question, answer.join(" "))
        })
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    for topic in ["reason phrase", "http/2", "x00", "delete", "cacheable"] {
        assert!(text.contains(topic), "the FAQ never mentions {topic}");
    }
}

#[test]
fn the_common_mistakes_list_covers_the_usual_five() {
    let involved = |codes: &[u16]| {
        COMMON_MISTAKES
            .iter()
            .any(|m| codes.iter().all(|c| m.codes.contains(c)))
    };
    for codes in [&[200][..], &[500], &[401, 403], &[302, 307], &[429, 503]] {
        assert!(involved(codes), "no mistake is about {codes:?}");
    }
}

#[test]
fn linked_codes_in_the_guide_are_registered() {
    let linked = FAQ
        .iter()
        .flat_map(|f| f.codes.iter())
        .chain(COMMON_MISTAKES.iter().flat_map(|m| m.codes.iter()))
        .chain(problem::CARRIED_BY.iter().map(|(code, _)| code));
    for code in linked {
        assert!(lookup(*code).is_some(), "{code}");
    }
}

#[test]
fn the_problem_details_example_is_a_valid_problem() {
    let value: serde_json::Value =
        serde_json::from_str(problem::EXAMPLE).expect("the example is JSON");
    for member in ["type", "title", "status", "detail", "instance"] {
        assert!(value.get(member).is_some(), "the example lacks {member}");
    }
    let names: Vec<&str> = problem::MEMBERS.iter().map(|m| m.name).collect();
    assert_eq!(names, ["type", "status", "title", "detail", "instance"]);
    assert!(problem::RULES.iter().any(|r| r.text.contains("status")));
    assert!(problem::CARRIED_BY.len() >= 5);
}

// Examples

#[test]
fn every_sendable_code_has_server_and_client_examples() {
    for entry in registry().iter().filter(|e| !e.unused) {
        let found = examples::for_code(entry.code);
        let sides: BTreeSet<_> = found
            .iter()
            .map(|e| e.language.side() == Side::Server)
            .collect();
        assert_eq!(sides.len(), 2, "{} needs both sides", entry.code);
        assert!(
            found.iter().any(|e| e.language == Language::Curl),
            "{} has no curl example",
            entry.code
        );
        for example in &found {
            assert!(
                example.code.contains(&entry.code.to_string())
                    || example.language == Language::Axum,
                "{} {:?} never names the code",
                entry.code,
                example.language
            );
        }
    }
}
