use super::*;

const LATIN1: &[u8] = b"caf\xe9 cr\xe8me br\xfbl\xe9e";

#[test]
fn latin1_labels_decode_as_windows_1252() {
    for label in [
        "iso-8859-1",
        "ISO-8859-1",
        "latin1",
        "\"windows-1252\"",
        "us-ascii",
    ] {
        let (text, how) = decode_text(
            charset_of(&format!("text/plain; charset={label}")).as_deref(),
            LATIN1,
        );
        assert_eq!(text, "café crème brûlée", "{label}");
        assert!(matches!(how, Decoding::Windows1252 { .. }), "{label}");
        assert!(!how.is_warning());
    }
}

#[test]
fn windows_1252_has_its_own_characters_where_latin1_has_controls() {
    let (text, _) = decode_text(Some("cp1252"), b"\x80 \x93quoted\x94 \x99 \x81");
    assert_eq!(text, "€ “quoted” ™ \u{81}");
}

#[test]
fn utf8_declared_but_not_sent_names_the_first_bad_byte() {
    let (text, how) = decode_text(Some("utf-8"), LATIN1);
    assert_eq!(text, "caf� cr�me br�l�e");
    assert_eq!(
        how,
        Decoding::Replaced {
            charset: Some("utf-8".into()),
            offset: 3,
            byte: 0xE9,
        }
    );
    let note = how.to_string();
    assert!(note.contains("charset=utf-8"), "{note}");
    assert!(note.contains("byte 3 (0xE9)"), "{note}");
    assert!(how.is_warning());
}

#[test]
fn no_charset_and_unknown_charsets_are_shown_with_replacements() {
    let (_, how) = decode_text(charset_of("text/plain").as_deref(), LATIN1);
    assert!(how.to_string().contains("without a charset"));
    let (text, how) = decode_text(Some("shift_jis"), b"ok \xff");
    assert_eq!(text, "ok �");
    assert!(how.to_string().contains("charset=shift_jis"));
}
