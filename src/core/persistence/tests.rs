use super::*;

#[test]
fn quota_message_gives_the_size_and_says_nothing_is_lost() {
    let text = StorageFailure::QuotaExceeded { bytes: 5_300_000 }.to_string();
    assert!(text.contains("5.3 MB"), "{text}");
    assert!(text.contains("untouched"), "{text}");
}

#[test]
fn quota_message_points_at_the_backups_that_take_room() {
    let text = StorageFailure::QuotaExceeded { bytes: 1 }.to_string();
    assert!(text.contains("“Backups kept in this browser”"), "{text}");
}

#[test]
fn unavailable_message_says_sending_still_works() {
    let text = StorageFailure::Unavailable {
        detail: "SecurityError".into(),
    }
    .to_string();
    assert!(text.contains("Saving is off"));
    assert!(text.contains("Sending requests works"));
}
