//! A response body as received: in memory when small, in the browser's memory
//! (read a range at a time) when large.

use std::sync::Arc;

use crate::core::response::large::bytes::{ByteSource, LargeBytes};

/// The body as received. Shared, not copied: the exchange state, the body
/// view, formatting and a download all read the same bytes (a 50 MB body must
/// not be held twice). UTF-8 text is kept as a `String`, so formatting and the
/// text view read it in place. A body too large to format up front stays
/// where the browser put it ([`Body::Large`]) and is read a range at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Text(Arc<String>),
    Bytes(Arc<Vec<u8>>),
    Large(LargeBytes),
}

impl Body {
    /// The body as text, when it is valid UTF-8 and in memory.
    pub fn text(&self) -> Option<&Arc<String>> {
        match self {
            Body::Text(text) => Some(text),
            Body::Bytes(_) | Body::Large(_) => None,
        }
    }

    /// The bytes, when they are in memory (a large body is read in ranges).
    pub fn in_memory(&self) -> Option<&[u8]> {
        match self {
            Body::Text(text) => Some(text.as_bytes()),
            Body::Bytes(bytes) => Some(bytes),
            Body::Large(_) => None,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Body::Text(text) => text.len(),
            Body::Bytes(bytes) => bytes.len(),
            Body::Large(stored) => stored.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text to show: this body's own when it is UTF-8 (shared, not
    /// copied), else a lossy copy; `None` for a large body.
    pub fn shared_text(&self) -> Option<Arc<String>> {
        match self {
            Body::Text(text) => Some(Arc::clone(text)),
            Body::Bytes(bytes) => Some(Arc::new(String::from_utf8_lossy(bytes).into_owned())),
            Body::Large(_) => None,
        }
    }

    /// The body as a store to read in ranges (sharing it, never copying).
    pub fn to_large(&self) -> LargeBytes {
        match self {
            Body::Text(text) => LargeBytes::new(SharedBytes(Arc::clone(text))),
            Body::Bytes(bytes) => LargeBytes::new(SharedBytes(Arc::clone(bytes))),
            Body::Large(stored) => stored.clone(),
        }
    }
}

/// An in-memory body seen as a store.
struct SharedBytes<T>(Arc<T>);

impl<T: AsRef<[u8]>> ByteSource for SharedBytes<T> {
    fn len(&self) -> usize {
        (*self.0).as_ref().len()
    }
    fn read_into(&self, start: usize, out: &mut [u8]) {
        out.copy_from_slice(&(*self.0).as_ref()[start..start + out.len()]);
    }
}

impl From<Vec<u8>> for Body {
    fn from(bytes: Vec<u8>) -> Body {
        match String::from_utf8(bytes) {
            Ok(text) => Body::Text(Arc::new(text)),
            Err(not_text) => Body::Bytes(Arc::new(not_text.into_bytes())),
        }
    }
}

impl Default for Body {
    fn default() -> Body {
        Body::Bytes(Arc::default())
    }
}

#[cfg(test)]
mod tests;
