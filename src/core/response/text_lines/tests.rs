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
