//! Display rows of stored text that is read a range at a time: the same rows
//! as [`LineIndex`](crate::core::response::text_lines::LineIndex) (lines, with long lines cut
//! on character boundaries), but only every [`RowIndex::EVERY`]th row start
//! is kept, so the index of a 50 MB body is a few hundred kilobytes rather
//! than tens of megabytes. Rows between two kept starts are found again by
//! reading forward from the nearer one.

use std::ops::Range;

use crate::core::response::large::bytes::LargeBytes;

/// Finds where rows start in bytes fed to it in order.
#[derive(Debug, Clone)]
struct RowSplitter {
    max_row: usize,
    /// Absolute position of the next byte.
    pos: usize,
    row_start: usize,
    /// Start of the last character seen in the current row.
    last_char: usize,
}

/// Why a row began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Break {
    /// After a line feed (which belongs to neither row).
    Line,
    /// A long line was cut here.
    Cut,
}

impl RowSplitter {
    fn new(max_row: usize, at: usize) -> RowSplitter {
        RowSplitter {
            max_row: max_row.max(4),
            pos: at,
            row_start: at,
            last_char: at,
        }
    }

    /// Calls `row` with the start of each row that begins in `bytes`.
    fn feed(&mut self, bytes: &[u8], mut row: impl FnMut(usize, Break)) {
        for &b in bytes {
            let p = self.pos;
            self.pos += 1;
            if b == b'\n' {
                self.row_start = p + 1;
                self.last_char = p + 1;
                row(p + 1, Break::Line);
                continue;
            }
            let starts_char = b & 0xC0 != 0x80;
            if p - self.row_start == self.max_row {
                // The line is longer than a row: cut before the character holding `p`
                // (at `p` itself when no character starts in the row: bytes that are not UTF-8).
                self.row_start = if starts_char || self.last_char <= self.row_start {
                    p
                } else {
                    self.last_char
                };
                row(self.row_start, Break::Cut);
            }
            if starts_char {
                self.last_char = p;
            }
        }
    }
}

/// Where every [`RowIndex::EVERY`]th row of a stored text starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowIndex {
    max_row: usize,
    marks: Vec<usize>,
    rows: usize,
}

/// Builds a [`RowIndex`] from the text's bytes, fed in order.
#[derive(Debug, Clone)]
pub struct RowIndexBuilder {
    splitter: RowSplitter,
    index: RowIndex,
}

impl RowIndexBuilder {
    pub fn new(max_row: usize) -> RowIndexBuilder {
        RowIndexBuilder {
            splitter: RowSplitter::new(max_row, 0),
            index: RowIndex {
                max_row,
                marks: vec![0],
                rows: 1,
            },
        }
    }

    pub fn feed(&mut self, bytes: &[u8]) {
        let index = &mut self.index;
        self.splitter.feed(bytes, |start, _| {
            if index.rows.is_multiple_of(RowIndex::EVERY) {
                index.marks.push(start);
            }
            index.rows += 1;
        });
    }

    pub fn finish(self) -> RowIndex {
        self.index
    }
}

impl RowIndex {
    /// Rows between kept starts: reading forward from one costs at most this many rows.
    pub const EVERY: usize = 32;

    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// The text of rows `range` (clamped to what exists), joined by line feeds.
    /// Bytes that are not UTF-8 show as U+FFFD.
    pub fn read(&self, text: &LargeBytes, range: Range<usize>) -> String {
        let end = range.end.min(self.rows);
        let start = range.start.min(end);
        if start == end {
            return String::new();
        }
        let mark = start / Self::EVERY;
        let from = self.marks.get(mark).copied().unwrap_or(0);
        let mut splitter = RowSplitter::new(self.max_row, from);
        // Row spans from `mark * EVERY` on, found by reading forward a block at a
        // time; the blocks are kept, so the rows' text is never read twice.
        let mut row = mark * Self::EVERY;
        let mut spans: Vec<Range<usize>> = Vec::with_capacity(end - start);
        let mut span_start = from;
        let mut seen = Vec::new();
        const BLOCK: usize = 64 * 1024;
        while row < end && from + seen.len() < text.len() {
            let at = from + seen.len();
            let block = text.read(at..at + BLOCK);
            splitter.feed(&block, |next, why| {
                let span_end = if why == Break::Line { next - 1 } else { next };
                if row >= start && row < end {
                    spans.push(span_start..span_end);
                }
                row += 1;
                span_start = next;
            });
            seen.extend_from_slice(&block);
        }
        if row < end {
            spans.push(span_start..text.len());
        }
        let mut out = String::with_capacity(spans.iter().map(|s| s.len() + 1).sum());
        for (i, span) in spans.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let bytes = seen
                .get(span.start - from..span.end - from)
                .unwrap_or_default();
            out.push_str(&String::from_utf8_lossy(bytes));
        }
        out
    }
}

#[cfg(test)]
mod tests;
