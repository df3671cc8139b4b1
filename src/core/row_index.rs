//! Display rows of stored text that is read a range at a time: the same rows
//! as [`LineIndex`](super::text_lines::LineIndex) (lines, with long lines cut
//! on character boundaries), but only every [`RowIndex::EVERY`]th row start
//! is kept, so the index of a 50 MB body is a few hundred kilobytes rather
//! than tens of megabytes. Rows between two kept starts are found again by
//! reading forward from the nearer one.

use std::ops::Range;

use super::stored_bytes::StoredBytes;

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
    pub fn read(&self, text: &StoredBytes, range: Range<usize>) -> String {
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
mod tests {
    use super::*;
    use crate::core::text_lines::LineIndex;
    use proptest::prelude::*;

    fn index(text: &str, max_row: usize, piece: usize) -> RowIndex {
        let mut builder = RowIndexBuilder::new(max_row);
        for chunk in text.as_bytes().chunks(piece.max(1)) {
            builder.feed(chunk);
        }
        builder.finish()
    }

    fn stored(text: &str) -> StoredBytes {
        StoredBytes::new(text.as_bytes().to_vec())
    }

    #[test]
    fn lines_become_rows_and_long_lines_are_cut_on_character_boundaries() {
        let text = "a\nbb\n\nééééé";
        let rows = index(text, 5, 3);
        assert_eq!(rows.len(), 6);
        assert_eq!(rows.read(&stored(text), 0..99), "a\nbb\n\néé\néé\né");
        assert_eq!(rows.read(&stored(text), 3..5), "éé\néé");
    }

    #[test]
    fn an_empty_text_has_one_empty_row() {
        let rows = index("", 10, 1);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows.read(&stored(""), 0..1), "");
    }

    #[test]
    fn ranges_past_the_end_are_clamped() {
        let text = "a\nb\n";
        let rows = index(text, 10, 1);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows.read(&stored(text), 1..99), "b\n");
        assert_eq!(rows.read(&stored(text), 7..9), "");
    }

    #[test]
    fn the_index_keeps_only_some_row_starts() {
        let text = "x\n".repeat(10_000);
        let rows = index(&text, 100, 4096);
        assert_eq!(rows.len(), 10_001);
        assert!(rows.marks.len() <= 10_001 / RowIndex::EVERY + 1);
        assert_eq!(rows.read(&stored(&text), 9_998..10_001), "x\nx\n");
    }

    #[test]
    fn bytes_that_are_not_utf8_show_as_replacement_characters() {
        let bytes = StoredBytes::new(vec![b'a', 0xff, b'\n', b'b']);
        let mut builder = RowIndexBuilder::new(10);
        builder.feed(&[b'a', 0xff, b'\n', b'b']);
        assert_eq!(builder.finish().read(&bytes, 0..2), "a\u{fffd}\nb");
    }

    #[test]
    fn a_long_run_of_stray_bytes_is_still_cut_into_rows() {
        let mut bytes = vec![b'a'];
        bytes.extend([0x80; 30]);
        let mut builder = RowIndexBuilder::new(4);
        builder.feed(&bytes);
        let rows = builder.finish();
        assert_eq!(rows.len(), 8);
        let text = rows.read(&StoredBytes::new(bytes), 0..8);
        assert!(
            text.split('\n')
                .all(|row| !row.is_empty() && row.chars().count() <= 4),
            "{text:?}"
        );
    }

    proptest! {
        #[test]
        fn rows_are_those_of_the_whole_text_index(
            text in "(?s)[a\né😀\n]{0,300}",
            max_row in 4usize..12,
            piece in 1usize..20,
            from in 0usize..200,
            count in 0usize..80,
        ) {
            let whole = LineIndex::new(&text, max_row);
            let rows = index(&text, max_row, piece);
            prop_assert_eq!(rows.len(), whole.len());
            let expected = whole.rows(&text, from..from + count).collect::<Vec<_>>().join("\n");
            prop_assert_eq!(rows.read(&stored(&text), from..from + count), expected);
        }
    }
}
