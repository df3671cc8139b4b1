use super::*;
use crate::core::response::text_lines::LineIndex;
use proptest::prelude::*;

fn index(text: &str, max_row: usize, piece: usize) -> RowIndex {
    let mut builder = RowIndexBuilder::new(max_row);
    for chunk in text.as_bytes().chunks(piece.max(1)) {
        builder.feed(chunk);
    }
    builder.finish()
}

fn stored(text: &str) -> LargeBytes {
    LargeBytes::new(text.as_bytes().to_vec())
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
    let bytes = LargeBytes::new(vec![b'a', 0xff, b'\n', b'b']);
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
    let text = rows.read(&LargeBytes::new(bytes), 0..8);
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
