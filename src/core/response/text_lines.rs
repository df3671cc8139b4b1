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
mod tests;
