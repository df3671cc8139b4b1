use super::*;

#[test]
fn reads_are_clamped_to_the_store() {
    let stored = LargeBytes::new(b"hello".to_vec());
    assert_eq!(stored.read(1..3), b"el");
    assert_eq!(stored.read(3..99), b"lo");
    assert_eq!(stored.read(9..12), b"");
    assert_eq!(stored.len(), 5);
}

#[test]
fn pieces_cover_the_store_in_order() {
    let stored = LargeBytes::new((0u8..10).collect::<Vec<_>>());
    let mut pieces = Vec::new();
    stored.for_each_piece(4, |p| pieces.push(p.to_vec()));
    assert_eq!(pieces, vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7], vec![8, 9]]);
}

#[test]
fn handles_are_equal_only_when_they_share_a_store() {
    let a = LargeBytes::new(b"x".to_vec());
    assert_eq!(a, a.clone());
    assert_ne!(a, LargeBytes::new(b"x".to_vec()));
}
