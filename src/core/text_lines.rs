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

/// Browsers cap how tall an element can be (Chromium near 33.5 million px);
/// a longer list is drawn in a spacer this tall and scrolled proportionally.
pub const MAX_SPACER_PX: f64 = 8_000_000.0;

/// What a virtualized list draws for a scroll position.
#[derive(Debug, Clone, PartialEq)]
pub struct RowWindow {
    /// Height of the scrollable spacer.
    pub spacer_px: f64,
    /// Rows to draw.
    pub rows: Range<usize>,
    /// Where the first drawn row goes inside the spacer.
    pub offset_px: f64,
}

/// The rows to draw for a scroll position, with the spacer capped at
/// [`MAX_SPACER_PX`]: past the cap, the scroll position picks a row by its
/// share of the way down, and the rows are drawn where the viewport is.
pub fn row_window(
    scroll_top: f64,
    viewport: f64,
    row_height: f64,
    total: usize,
    overscan: usize,
) -> RowWindow {
    let full = total as f64 * row_height.max(0.0);
    if full <= MAX_SPACER_PX {
        let rows = visible_rows(scroll_top, viewport, row_height, total, overscan);
        let offset_px = rows.start as f64 * row_height;
        return RowWindow {
            spacer_px: full,
            rows,
            offset_px,
        };
    }
    let in_view = (viewport.max(0.0) / row_height).ceil() as usize + 1;
    let scrollable = (MAX_SPACER_PX - viewport).max(1.0);
    let share = (scroll_top / scrollable).clamp(0.0, 1.0);
    let first = (share * total.saturating_sub(in_view) as f64) as usize;
    let start = first.saturating_sub(overscan);
    let end = (first + in_view + overscan).min(total);
    // The first visible row sits at the top of the viewport; overscan rows above it.
    let top = scroll_top.clamp(0.0, MAX_SPACER_PX - viewport.max(0.0));
    // ...and never past the spacer's end, which would make it taller.
    let drawn = (end - start) as f64 * row_height;
    let offset_px = (top - (first - start) as f64 * row_height)
        .min(MAX_SPACER_PX - drawn)
        .max(0.0);
    RowWindow {
        spacer_px: MAX_SPACER_PX,
        rows: start..end,
        offset_px,
    }
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

    #[test]
    fn short_lists_scroll_row_for_row() {
        let w = row_window(2000.0, 100.0, 20.0, 1000, 5);
        assert_eq!(w.spacer_px, 20_000.0);
        assert_eq!(w.rows, 95..111);
        assert_eq!(w.offset_px, 1900.0);
    }

    #[test]
    fn very_long_lists_get_a_capped_spacer_and_reach_their_last_row() {
        let total = 2_500_000; // a 50 MB pretty-printed body
        let top = row_window(0.0, 800.0, 20.0, total, 40);
        assert_eq!(top.spacer_px, MAX_SPACER_PX);
        assert_eq!(top.rows.start, 0);
        assert_eq!(top.offset_px, 0.0);
        let bottom = row_window(MAX_SPACER_PX - 800.0, 800.0, 20.0, total, 40);
        assert_eq!(bottom.rows.end, total);
        assert!(bottom.offset_px + (bottom.rows.len() as f64) * 20.0 <= MAX_SPACER_PX + 1.0);
        let middle = row_window((MAX_SPACER_PX - 800.0) / 2.0, 800.0, 20.0, total, 40);
        let first_visible = middle.rows.start + 40;
        assert!(
            (first_visible as i64 - (total as i64 - 41) / 2).abs() < 2,
            "{middle:?}"
        );
    }

    proptest! {
        #[test]
        fn the_window_is_inside_the_list_and_covers_the_viewport(
            total in 1usize..5_000_000,
            share in 0.0f64..=1.0,
            viewport in 100.0f64..2000.0,
        ) {
            let full = total as f64 * 20.0;
            let spacer = full.min(MAX_SPACER_PX);
            let scroll = share * (spacer - viewport).max(0.0);
            let w = row_window(scroll, viewport, 20.0, total, 10);
            prop_assert!(w.rows.end <= total && w.rows.start <= w.rows.end);
            prop_assert!(w.offset_px >= 0.0 && w.offset_px <= w.spacer_px);
            // Drawn rows reach from the top of the viewport to its bottom, unless the list ends first.
            let drawn_bottom = w.offset_px + w.rows.len() as f64 * 20.0;
            prop_assert!(w.offset_px <= scroll + 0.5);
            prop_assert!(drawn_bottom + 0.5 >= (scroll + viewport).min(spacer) || w.rows.end == total);
        }

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
