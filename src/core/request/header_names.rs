//! Names offered while a request header's name is typed: the request headers
//! APIs commonly expect, limited to those a page may set (the browser drops the
//! rest, so suggesting them would only lead to a warning).

/// Common request headers, most used first so a short prefix picks the likely one.
pub const COMMON: &[&str] = &[
    "Accept",
    "Authorization",
    "Content-Type",
    "Cache-Control",
    "Accept-Language",
    "If-None-Match",
    "If-Match",
    "If-Modified-Since",
    "If-Unmodified-Since",
    "If-Range",
    "Range",
    "Prefer",
    "Idempotency-Key",
    "Content-Language",
    "Content-Encoding",
    "Content-Disposition",
    "Pragma",
    "Forwarded",
    "From",
    "Max-Forwards",
    "X-API-Key",
    "X-Request-ID",
    "X-Correlation-ID",
    "X-Requested-With",
    "X-HTTP-Method-Override",
    "X-Forwarded-For",
    "X-Forwarded-Host",
    "X-Forwarded-Proto",
    "Traceparent",
    "Tracestate",
    "Baggage",
];

/// How many suggestions are shown at once; more would bury the request form.
pub const LIMIT: usize = 6;

/// Suggestions for what has been typed so far, ignoring case: names that start
/// with it first, then names with a later word that starts with it (`type`
/// finds Content-Type). Nothing is offered for an empty box or a name that is
/// already complete.
pub fn suggest(typed: &str) -> Vec<&'static str> {
    let typed = typed.trim().to_ascii_lowercase();
    if typed.is_empty() || COMMON.iter().any(|name| name.eq_ignore_ascii_case(&typed)) {
        return Vec::new();
    }
    let lower = |name: &&&str| name.to_ascii_lowercase();
    let prefix = COMMON.iter().filter(|name| lower(name).starts_with(&typed));
    let later_word = COMMON.iter().filter(|name| {
        let name = lower(name);
        !name.starts_with(&typed) && name.split('-').skip(1).any(|word| word.starts_with(&typed))
    });
    prefix.chain(later_word).copied().take(LIMIT).collect()
}

#[cfg(test)]
mod tests;
