//! Copies of stored text kept aside under their own keys: the library before an
//! upgrade, unreadable library or history text, another tab's document before a
//! conflict is settled. Each is `<key>.backup.<ms>`; here they are recognised,
//! listed newest first, and capped so they cannot fill the browser's quota.

use super::document::STORAGE_KEY;
use super::history::HISTORY_KEY;

/// Copies kept per kind; writing one more lets the oldest go.
pub const MAX_BACKUPS_PER_KIND: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupKind {
    Library,
    History,
}

impl BackupKind {
    pub const ALL: [BackupKind; 2] = [BackupKind::Library, BackupKind::History];

    /// What every key of this kind starts with.
    pub fn prefix(self) -> String {
        let key = match self {
            BackupKind::Library => STORAGE_KEY,
            BackupKind::History => HISTORY_KEY,
        };
        format!("{key}.backup.")
    }

    pub fn label(self) -> &'static str {
        match self {
            BackupKind::Library => "Collections",
            BackupKind::History => "History",
        }
    }
}

/// One kept copy, known by its storage key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupKey {
    pub key: String,
    pub kind: BackupKind,
    /// When it was made (the key's suffix).
    pub saved_ms: u64,
}

impl BackupKey {
    /// `None` for a key that is not a backup (or whose time is not a number).
    pub fn parse(key: &str) -> Option<BackupKey> {
        BackupKind::ALL.into_iter().find_map(|kind| {
            let saved_ms = key.strip_prefix(&kind.prefix())?.parse().ok()?;
            Some(BackupKey {
                key: key.to_owned(),
                kind,
                saved_ms,
            })
        })
    }

    /// A file name for downloading it, e.g. `api-client-collections-backup-1767315600000.json`.
    pub fn file_name(&self) -> String {
        let kind = self.kind.label().to_ascii_lowercase();
        format!("api-client-{kind}-backup-{}.json", self.saved_ms)
    }
}

/// The backups among `keys`, newest first.
pub fn list_backups<'a>(keys: impl IntoIterator<Item = &'a str>) -> Vec<BackupKey> {
    let mut found: Vec<BackupKey> = keys.into_iter().filter_map(BackupKey::parse).collect();
    found.sort_by(|a, b| b.saved_ms.cmp(&a.saved_ms).then_with(|| a.key.cmp(&b.key)));
    found
}

/// The keys of `kind` past the newest [`MAX_BACKUPS_PER_KIND`], oldest last:
/// the ones to remove. `keep` (the copy just written) is never among them.
pub fn over_cap<'a>(
    keys: impl IntoIterator<Item = &'a str>,
    kind: BackupKind,
    keep: &str,
) -> Vec<String> {
    list_backups(keys)
        .into_iter()
        .filter(|b| b.kind == kind && b.key != keep)
        .skip(MAX_BACKUPS_PER_KIND.saturating_sub(1))
        .map(|b| b.key)
        .collect()
}

#[cfg(test)]
mod tests;
