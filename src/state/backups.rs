//! Copies of stored text kept aside before it could be lost (see
//! `core::collections::backup_keys`): written once per distinct text, capped per kind.

use crate::browser::{clock, storage};
use crate::core::collections::{over_cap, BackupKind};
use crate::core::persistence::StorageFailure;

/// Copies `raw` aside and returns its key. A copy of the same text made earlier
/// (say, on the last reload) is reused; past the cap, the oldest copies of the
/// kind are removed, so unreadable data met on every load cannot fill the quota.
pub fn back_up(kind: BackupKind, raw: &str) -> Result<String, StorageFailure> {
    let prefix = kind.prefix();
    if let Some(key) = storage::key_holding(&prefix, raw) {
        return Ok(key);
    }
    let key = format!("{prefix}{}", clock::now_ms());
    storage::write(&key, raw)?;
    let keys = storage::keys_with_prefix(&prefix);
    for old in over_cap(keys.iter().map(String::as_str), kind, &key) {
        // An old copy that cannot be removed just stays; the new one is safe either way.
        let _ = storage::remove(&old);
    }
    Ok(key)
}
