//! Bytes that live outside this program's own memory and are read a range at
//! a time. A very large body stays in the browser's memory (where it is freed
//! when the response is dismissed): wasm memory only ever grows, so copying a
//! 50 MB body into it would keep the tab 50 MB heavier for good.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// Read access to bytes held elsewhere.
pub trait ByteSource {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Fills `out` from `start` on; the caller keeps `start + out.len()` within [`ByteSource::len`].
    fn read_into(&self, start: usize, out: &mut [u8]);
}

/// A store that bytes can be added to (where a laid-out body is written).
pub trait AppendBytes: ByteSource {
    fn append(&mut self, bytes: &[u8]);
}

impl ByteSource for Vec<u8> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn read_into(&self, start: usize, out: &mut [u8]) {
        out.copy_from_slice(&self[start..start + out.len()]);
    }
}

impl AppendBytes for Vec<u8> {
    fn append(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// A shared handle to stored bytes; clones share the same store.
#[derive(Clone)]
pub struct LargeBytes(Arc<dyn ByteSource + Send + Sync>);

impl LargeBytes {
    pub fn new(source: impl ByteSource + Send + Sync + 'static) -> LargeBytes {
        LargeBytes(Arc::new(source))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes in `range`, clamped to what exists.
    pub fn read(&self, range: Range<usize>) -> Vec<u8> {
        let end = range.end.min(self.len());
        let start = range.start.min(end);
        let mut out = vec![0; end - start];
        self.0.read_into(start, &mut out);
        out
    }

    /// Reads the whole store in pieces of at most `piece` bytes, in order.
    pub fn for_each_piece(&self, piece: usize, mut each: impl FnMut(&[u8])) {
        let piece = piece.max(1);
        let mut buffer = Vec::new();
        let mut at = 0;
        while at < self.len() {
            let end = (at + piece).min(self.len());
            buffer.resize(end - at, 0);
            self.0.read_into(at, &mut buffer);
            each(&buffer);
            at = end;
        }
    }
}

impl fmt::Debug for LargeBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LargeBytes({} bytes)", self.len())
    }
}

/// Two handles are equal when they share one store (the bytes are never compared).
impl PartialEq for LargeBytes {
    fn eq(&self, other: &LargeBytes) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for LargeBytes {}

#[cfg(test)]
mod tests;
