//! Line index for showing very large bodies a screenful at a time: the view
//! renders only the visible rows, so a 50 MB body never becomes 50 MB of DOM.

use std::ops::Range;

/// Rows of a text: its lines, with very long lines (minified JSON) cut into
/// display rows of at most `max_row` bytes, always on character boundaries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LineIndex {
    rows: Vec<Range<usize>>,
}

impl LineIndex {
    pub fn new(text: &str, max_row: usize) -> LineIndex {
        let max_row = max_row.max(4);
        let mut rows = Vec::with_capacity(text.len() / 40 + 1);
        let mut line_start = 0;
        for line in text.split('\n') {
            let line_end = line_start + line.len();
            let mut start = line_start;
            while line_end - start > max_row {
                let mut cut = start + max_row;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                rows.push(start..cut);
                start = cut;
            }
            rows.push(start..line_end);
            line_start = line_end + 1;
        }
        LineIndex { rows }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The text of rows `range` (clamped to what exists).
    pub fn rows<'a>(
        &'a self,
        text: &'a str,
        range: Range<usize>,
    ) -> impl Iterator<Item = &'a str> + 'a {
        let end = range.end.min(self.rows.len());
        let start = range.start.min(end);
        self.rows[start..end].iter().map(move |r| &text[r.clone()])
    }
}

/// Which rows to render for a scroll position: the visible ones plus `overscan` on each side.
pub fn visible_rows(
    scroll_top: f64,
    viewport: f64,
    row_height: f64,
    total: usize,
    overscan: usize,
) -> Range<usize> {
    if row_height <= 0.0 || total == 0 {
        return 0..0;
    }
    let first = (scroll_top.max(0.0) / row_height) as usize;
    let count = (viewport.max(0.0) / row_height).ceil() as usize + 1;
    let start = first.saturating_sub(overscan).min(total);
    let end = (first + count + overscan).min(total);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lines_become_rows() {
        let text = "a\nbb\n\nccc";
        let index = LineIndex::new(text, 100);
        assert_eq!(
            index.rows(text, 0..10).collect::<Vec<_>>(),
            vec!["a", "bb", "", "ccc"]
        );
    }

    #[test]
    fn long_lines_are_cut_on_character_boundaries() {
        let text = "ééééé"; // 10 bytes
        let index = LineIndex::new(text, 5);
        let rows: Vec<&str> = index.rows(text, 0..10).collect();
        assert_eq!(rows, vec!["éé", "éé", "é"]);
    }

    #[test]
    fn row_ranges_are_clamped() {
        let text = "a\nb";
        let index = LineIndex::new(text, 10);
        assert_eq!(index.rows(text, 1..99).collect::<Vec<_>>(), vec!["b"]);
        assert_eq!(index.rows(text, 5..9).count(), 0);
    }

    #[test]
    fn visible_rows_cover_the_viewport_with_overscan() {
        assert_eq!(visible_rows(0.0, 100.0, 20.0, 1000, 5), 0..11);
        assert_eq!(visible_rows(2000.0, 100.0, 20.0, 1000, 5), 95..111);
        assert_eq!(visible_rows(1e9, 100.0, 20.0, 1000, 5), 1000..1000);
        assert_eq!(visible_rows(0.0, 100.0, 0.0, 1000, 5), 0..0);
    }

    proptest! {
        #[test]
        fn rows_rejoin_into_the_original_text(text in "(?s).{0,400}", max_row in 4usize..40) {
            let index = LineIndex::new(&text, max_row);
            let mut rebuilt = String::new();
            let mut line = String::new();
            // Rows of one line are adjacent; a row ending before a '\n' ends the line.
            let mut consumed = 0;
            for row in index.rows(&text, 0..usize::MAX) {
                prop_assert!(row.len() <= max_row.max(4));
                line.push_str(row);
                consumed += row.len();
                if text[consumed..].starts_with('\n') {
                    rebuilt.push_str(&line);
                    rebuilt.push('\n');
                    line.clear();
                    consumed += 1;
                }
            }
            rebuilt.push_str(&line);
            prop_assert_eq!(rebuilt, text);
        }
    }
}
