use super::*;
use crate::core::request::multipart::decode;

#[test]
fn text_and_file_parts_are_framed_as_a_browser_frames_form_data() {
    let parts = [
        Part::Text {
            name: "note",
            value: "two\nlines",
        },
        Part::File {
            name: "upload",
            file_name: "a \"b\".bin",
            media_type: "",
            bytes: &[0, 159, 255],
        },
    ];
    let body = encode(&parts, "XyZ");
    let mut expected =
        b"--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\ntwo\r\nlines\r\n\
--XyZ\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a %22b%22.bin\"\r\n\
Content-Type: application/octet-stream\r\n\r\n"
            .to_vec();
    expected.extend_from_slice(&[0, 159, 255]);
    expected.extend_from_slice(b"\r\n--XyZ--\r\n");
    assert_eq!(body, expected);
}

#[test]
fn text_fields_read_back_with_the_text_form_reader() {
    let parts = [
        Part::Text {
            name: "a",
            value: "1",
        },
        Part::Text {
            name: "b\"c",
            value: "x\r\ny",
        },
    ];
    let boundary = boundary(&parts);
    let body = String::from_utf8(encode(&parts, &boundary)).unwrap();
    assert_eq!(
        decode(&body, &boundary),
        Some(vec![
            ("a".to_owned(), "1".to_owned()),
            ("b\"c".to_owned(), "x\r\ny".to_owned())
        ])
    );
}

#[test]
fn a_boundary_a_file_holds_is_not_used() {
    let bytes = format!("...{BOUNDARY}...{BOUNDARY}-1...");
    let parts = [Part::File {
        name: "f",
        file_name: "f.txt",
        media_type: "text/plain",
        bytes: bytes.as_bytes(),
    }];
    assert_eq!(boundary(&parts), format!("{BOUNDARY}-2"));
    assert_eq!(boundary(&[]), BOUNDARY);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn text_fields_round_trip_through_the_form_reader(
            fields in prop::collection::vec(("[^%\r]{0,12}", "[^\r]{0,40}"), 0..5)
        ) {
            let parts: Vec<Part<'_>> = fields
                .iter()
                .map(|(name, value)| Part::Text { name, value })
                .collect();
            let boundary = boundary(&parts);
            let body = String::from_utf8(encode(&parts, &boundary)).unwrap();
            let expected: Vec<(String, String)> = fields
                .iter()
                .map(|(name, value)| (name.clone(), value.replace('\n', "\r\n")))
                .collect();
            prop_assert_eq!(decode(&body, &boundary), Some(expected));
        }

        #[test]
        fn no_part_holds_the_boundary_chosen(
            bytes in prop::collection::vec(any::<u8>(), 0..200),
            repeats in 0_usize..4,
        ) {
            let mut held = bytes.clone();
            for n in 0..repeats {
                let variant = if n == 0 { BOUNDARY.to_owned() } else { format!("{BOUNDARY}-{n}") };
                held.extend_from_slice(variant.as_bytes());
            }
            let parts = [Part::File { name: "f", file_name: "f", media_type: "", bytes: &held }];
            let chosen = boundary(&parts);
            prop_assert!(!held.windows(chosen.len()).any(|w| w == chosen.as_bytes()));
        }
    }
}
