//! The reference table's filter: codes whose number, name or meaning match come
//! first, then codes whose guidance or comparisons mention what was typed, so
//! "retry" finds 429 and 503 and "login" finds 401 without burying a direct hit.

use crate::core::status::{self, registry, StatusEntry};

use super::compare::COMPARISONS;

/// Where a code matched the filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchedIn {
    /// Its number, name, alias or one-line meaning.
    Summary,
    /// Its guidance: when to use it, its headers or the words people search for.
    Guidance,
    /// A comparison that covers it.
    Comparison,
}

/// A row of the filtered table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: &'static StatusEntry,
    pub matched_in: MatchedIn,
}

/// The codes matching `query` (ignoring case and surrounding whitespace),
/// summary matches first, each group in code order. An empty query lists
/// every code as a summary match.
pub fn filter(query: &str) -> Vec<Hit> {
    let needle = query.trim().to_lowercase();
    let mut hits: Vec<Hit> = status::search(&needle)
        .into_iter()
        .map(|entry| Hit {
            entry,
            matched_in: MatchedIn::Summary,
        })
        .collect();
    if needle.is_empty() {
        return hits;
    }
    // Summary matches came in code order; deeper ones follow, also in code order.
    for entry in registry() {
        if hits.iter().any(|hit| hit.entry.code == entry.code) {
            continue;
        }
        if let Some(matched_in) = deeper_match(entry, &needle) {
            hits.push(Hit { entry, matched_in });
        }
    }
    hits
}

fn deeper_match(entry: &StatusEntry, needle: &str) -> Option<MatchedIn> {
    let contains = |text: &str| text.to_lowercase().contains(needle);
    let in_guidance = entry.details().is_some_and(|details| {
        contains(details.when_to_use)
            || details.search_terms.iter().any(|term| contains(term))
            || details.expected_headers.iter().any(|h| contains(h.name))
    });
    if in_guidance {
        return Some(MatchedIn::Guidance);
    }
    let in_comparison = COMPARISONS.iter().any(|comparison| {
        comparison.codes.contains(&entry.code)
            && (contains(comparison.title)
                || contains(comparison.summary)
                || comparison.search_terms.iter().any(|term| contains(term)))
    });
    in_comparison.then_some(MatchedIn::Comparison)
}
