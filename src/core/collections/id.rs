//! Stable, URL-safe ids for collections, folders and requests.

use serde::{Deserialize, Serialize};
use std::fmt;

/// 1–64 characters of `[A-Za-z0-9_-]`, so it can sit in a URL path as it is.
///
/// Checked on the way in, from storage and imported files too: a route can use
/// an `Id` without escaping it. On the wire it is a plain JSON string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Id(String);

pub const ID_MAX_LEN: usize = 64;
const RANDOM_LEN: usize = 11;
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

impl Id {
    /// Eleven base-36 digits from a random number the caller drew (about 57 of its bits).
    pub fn from_random(bits: u64) -> Id {
        let mut rest = bits;
        let mut digits = [b'0'; RANDOM_LEN];
        for digit in digits.iter_mut().rev() {
            *digit = DIGITS[(rest % 36) as usize];
            rest /= 36;
        }
        Id(digits.iter().map(|&b| char::from(b)).collect())
    }

    pub fn parse(text: &str) -> Option<Id> {
        is_valid(text).then(|| Id(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `abc` → `abc-2`, shortening the stem so the result stays within the length limit.
    /// Used to repair duplicated ids without randomness.
    pub(crate) fn with_suffix(&self, n: usize) -> Id {
        let suffix = format!("-{n}");
        let stem_len = self.0.len().min(ID_MAX_LEN.saturating_sub(suffix.len()));
        // Ids are ASCII, so any byte index is a char boundary.
        Id(format!("{}{suffix}", &self.0[..stem_len]))
    }
}

fn is_valid(text: &str) -> bool {
    (1..=ID_MAX_LEN).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Text that is not a well-formed [`Id`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidId(String);

impl fmt::Display for InvalidId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown: String = self.0.chars().take(40).collect();
        write!(
            f,
            "“{shown}” is not a valid id (1 to {ID_MAX_LEN} letters, digits, _ or -)"
        )
    }
}

impl std::error::Error for InvalidId {}

impl TryFrom<String> for Id {
    type Error = InvalidId;

    fn try_from(text: String) -> Result<Id, InvalidId> {
        if is_valid(&text) {
            Ok(Id(text))
        } else {
            Err(InvalidId(text))
        }
    }
}

/// Route parameters are read with this.
impl std::str::FromStr for Id {
    type Err = InvalidId;

    fn from_str(text: &str) -> Result<Id, InvalidId> {
        Id::try_from(text.to_owned())
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests;
