use super::*;

#[test]
fn random_ids_are_eleven_lowercase_base36_digits() {
    for bits in [0, 1, 35, 36, u64::MAX, 0x1234_5678_9abc_def0] {
        let id = Id::from_random(bits);
        assert_eq!(id.as_str().len(), 11, "{id}");
        assert!(id
            .as_str()
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()));
        assert_eq!(Id::parse(id.as_str()), Some(id));
    }
    assert_eq!(Id::from_random(0).as_str(), "00000000000");
    assert_eq!(Id::from_random(35).as_str(), "0000000000z");
    assert_eq!(Id::from_random(36).as_str(), "00000000010");
}

#[test]
fn different_random_bits_give_different_ids() {
    assert_ne!(Id::from_random(1), Id::from_random(2));
    assert_ne!(Id::from_random(u64::MAX), Id::from_random(u64::MAX - 1));
}

#[test]
fn parse_accepts_url_safe_text_up_to_64_chars() {
    for ok in ["a", "A-b_9", &"x".repeat(64)] {
        assert!(Id::parse(ok).is_some(), "{ok}");
    }
}

#[test]
fn parse_refuses_empty_long_and_unsafe_text() {
    for bad in ["", &"x".repeat(65), "a b", "a/b", "é", "a?b", "a.b", "a%20"] {
        assert_eq!(Id::parse(bad), None, "{bad}");
    }
}

#[test]
fn ids_round_trip_as_plain_json_strings() {
    let id = Id::parse("req_1").unwrap();
    assert_eq!(serde_json::to_string(&id).unwrap(), "\"req_1\"");
    assert_eq!(serde_json::from_str::<Id>("\"req_1\"").unwrap(), id);
}

#[test]
fn invalid_ids_are_refused_when_read_from_json() {
    let err = serde_json::from_str::<Id>("\"a/b\"").unwrap_err();
    assert!(err.to_string().contains("not a valid id"), "{err}");
}

#[test]
fn suffixed_ids_stay_valid_and_within_the_limit() {
    let long = Id::parse(&"x".repeat(64)).unwrap();
    let suffixed = long.with_suffix(12);
    assert_eq!(suffixed.as_str().len(), 64);
    assert!(suffixed.as_str().ends_with("-12"));
    assert_eq!(Id::parse("a").unwrap().with_suffix(2).as_str(), "a-2");
}

#[test]
fn an_id_parses_from_text_as_it_deserializes() {
    assert_eq!("a-b_9".parse::<Id>(), Ok(Id::parse("a-b_9").unwrap()));
    assert!("a/b"
        .parse::<Id>()
        .unwrap_err()
        .to_string()
        .contains("not a valid id"));
}
