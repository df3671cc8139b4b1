use super::*;

fn key(kind: BackupKind, ms: u64) -> String {
    format!("{}{ms}", kind.prefix())
}

#[test]
fn backup_keys_of_both_kinds_are_recognised_with_their_time() {
    let library = BackupKey::parse("stringtools.api-client.library.backup.1767315600000");
    assert_eq!(
        library,
        Some(BackupKey {
            key: "stringtools.api-client.library.backup.1767315600000".into(),
            kind: BackupKind::Library,
            saved_ms: 1_767_315_600_000,
        })
    );
    let history = BackupKey::parse("stringtools.api-client.history.backup.5");
    assert_eq!(history.map(|b| b.kind), Some(BackupKind::History));
}

#[test]
fn other_keys_are_not_backups() {
    for key in [
        "stringtools.api-client.library",
        "stringtools.api-client.history",
        "stringtools.api-client.library.backup.",
        "stringtools.api-client.library.backup.soon",
        "stringtools.api-client.library.backup.-1",
        "stringtools.api-client.history.pending.12",
        "other.library.backup.12",
    ] {
        assert_eq!(BackupKey::parse(key), None, "{key}");
    }
}

#[test]
fn backups_are_listed_newest_first() {
    let keys = [
        key(BackupKind::Library, 10),
        "unrelated".to_owned(),
        key(BackupKind::History, 30),
        key(BackupKind::Library, 20),
    ];
    let listed = list_backups(keys.iter().map(String::as_str));
    let times: Vec<u64> = listed.iter().map(|b| b.saved_ms).collect();
    assert_eq!(times, [30, 20, 10]);
}

#[test]
fn past_the_cap_the_oldest_of_that_kind_go() {
    let mut keys: Vec<String> = (1..=7).map(|ms| key(BackupKind::Library, ms)).collect();
    keys.push(key(BackupKind::History, 0));
    let newest = key(BackupKind::Library, 7);
    let gone = over_cap(
        keys.iter().map(String::as_str),
        BackupKind::Library,
        &newest,
    );
    assert_eq!(
        gone,
        [key(BackupKind::Library, 2), key(BackupKind::Library, 1)]
    );
    assert_eq!(7 - gone.len(), MAX_BACKUPS_PER_KIND);
}

#[test]
fn the_copy_just_written_is_kept_even_if_its_clock_was_behind() {
    let mut keys: Vec<String> = (10..=15).map(|ms| key(BackupKind::History, ms)).collect();
    let written = key(BackupKind::History, 1);
    keys.push(written.clone());
    let gone = over_cap(
        keys.iter().map(String::as_str),
        BackupKind::History,
        &written,
    );
    assert!(!gone.contains(&written));
    assert_eq!(keys.len() - gone.len(), MAX_BACKUPS_PER_KIND);
}

#[test]
fn under_the_cap_nothing_goes() {
    let keys: Vec<String> = (1..=3).map(|ms| key(BackupKind::Library, ms)).collect();
    assert!(over_cap(
        keys.iter().map(String::as_str),
        BackupKind::Library,
        &keys[2]
    )
    .is_empty());
}

#[test]
fn download_names_say_what_and_when() {
    let backup = BackupKey::parse(&key(BackupKind::History, 42)).expect("a backup key");
    assert_eq!(backup.file_name(), "api-client-history-backup-42.json");
}
