use super::*;

#[test]
fn a_body_keeps_utf8_text_as_text_and_anything_else_as_bytes() {
    let text = Body::from("héllo".as_bytes().to_vec());
    assert_eq!(text.text().map(|t| t.as_str()), Some("héllo"));
    assert_eq!(text.in_memory(), Some("héllo".as_bytes()));
    let bytes = Body::from(vec![0xff, 0x00, 0x41]);
    assert_eq!(bytes.text(), None);
    assert_eq!(bytes.in_memory(), Some(&[0xff, 0x00, 0x41][..]));
    assert!(Body::default().is_empty());
}

#[test]
fn a_stored_body_is_read_in_ranges() {
    let stored = LargeBytes::new(b"{\"a\": 1}".to_vec());
    let body = Body::Large(stored.clone());
    assert_eq!((body.len(), body.in_memory(), body.text()), (8, None, None));
    assert_eq!(body.shared_text(), None);
    assert_eq!(body.to_large(), stored);
    let text = Body::from(b"abc".to_vec());
    assert_eq!(text.to_large().read(1..3), b"bc");
}
