//! Bytes kept in the browser's memory rather than in wasm memory, which never
//! shrinks: a large response body and its laid-out text live here, and are
//! freed by the browser once the response is dismissed.

use js_sys::Uint8Array;
use send_wrapper::SendWrapper;

use crate::core::response::large::bytes::{AppendBytes, ByteSource};

/// A body as the browser received it.
pub struct JsBytes(SendWrapper<Uint8Array>);

impl JsBytes {
    pub fn new(array: Uint8Array) -> JsBytes {
        JsBytes(SendWrapper::new(array))
    }
}

impl ByteSource for JsBytes {
    fn len(&self) -> usize {
        self.0.length() as usize
    }
    fn read_into(&self, start: usize, out: &mut [u8]) {
        let end = start + out.len();
        self.0.subarray(start as u32, end as u32).copy_to(out);
    }
}

/// A growing store: bytes gather in a small buffer here and move to the
/// browser a chunk at a time.
pub struct JsChunks {
    chunks: SendWrapper<Vec<Uint8Array>>,
    tail: Vec<u8>,
}

impl Default for JsChunks {
    fn default() -> JsChunks {
        JsChunks {
            chunks: SendWrapper::new(Vec::new()),
            tail: Vec::new(),
        }
    }
}

impl JsChunks {
    /// Bytes per chunk (every chunk but the tail is full).
    const CHUNK: usize = 1 << 20;
}

impl ByteSource for JsChunks {
    fn len(&self) -> usize {
        self.chunks.len() * Self::CHUNK + self.tail.len()
    }

    fn read_into(&self, start: usize, out: &mut [u8]) {
        let mut at = start;
        let mut written = 0;
        while written < out.len() {
            let (chunk, offset) = (at / Self::CHUNK, at % Self::CHUNK);
            let want = (out.len() - written).min(Self::CHUNK - offset);
            let target = &mut out[written..written + want];
            match self.chunks.get(chunk) {
                Some(array) => array
                    .subarray(offset as u32, (offset + want) as u32)
                    .copy_to(target),
                None => match self.tail.get(offset..offset + want) {
                    Some(tail) => target.copy_from_slice(tail),
                    // Past the end (callers stay within `len`): nothing more to read.
                    None => return,
                },
            }
            written += want;
            at += want;
        }
    }
}

impl AppendBytes for JsChunks {
    fn append(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            let room = Self::CHUNK - self.tail.len();
            let (now, later) = bytes.split_at(room.min(bytes.len()));
            self.tail.extend_from_slice(now);
            bytes = later;
            if self.tail.len() == Self::CHUNK {
                self.chunks.push(Uint8Array::from(self.tail.as_slice()));
                self.tail.clear();
            }
        }
    }
}
