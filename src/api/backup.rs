//! The session's backups: automatic ones (on close and daily while open, the last N kept) and
//! one now, to a folder of the worker's choice (the commands are in vault/commands.rs).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Tandem;
use crate::audit;
use crate::error::{Error, Result};
use crate::vault::backup::{self, BackupInfo};

/// How often, while the vault is open, the age of the last automatic backup is looked at.
const DAILY_CHECK: Duration = Duration::from_secs(3600);

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct State {
    /// The audit trail's last entry at the last automatic backup: unchanged means no new backup.
    last_audit_id: i64,
    last_at: Option<String>,
    last_error: Option<String>,
}

/// Audit actions that change nothing in the data: opening, reading, backing up, checking.
const NOT_WRITES: &[&str] = &[
    "vault.unlock",
    "vault.backup",
    "person.read",
    "request.read",
    "document.export",
    "person.export",
];

/// The last audit entry that records a change of data (not an unlock or a read): an
/// automatic backup is made only when it moved.
fn last_data_write(conn: &crate::store::Db) -> i64 {
    let marks = NOT_WRITES
        .iter()
        .map(|_| "?")
        .collect::<Vec<_>>()
        .join(", ");
    conn.query_row(
        &format!("SELECT coalesce(max(id), 0) FROM audit WHERE action NOT IN ({marks})"),
        crate::store::params_from_iter(NOT_WRITES.iter()),
        |r| r.get(0),
    )
    .unwrap_or(0)
}

fn state_file(dir: &Path) -> PathBuf {
    dir.join("backups").join("state.json")
}

fn load_state(dir: &Path) -> State {
    std::fs::read(state_file(dir))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

fn save_state(dir: &Path, s: &State) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(s).map_err(|e| Error::Storage {
        detail: e.to_string(),
    })?;
    crate::vault::private::create_dir(&dir.join("backups"))?;
    super::write_atomically(&state_file(dir), &bytes)
}

impl Tandem {
    /// Why the last automatic backup failed, if it did (for the settings screen).
    pub(crate) fn backup_last_error(&self) -> Option<String> {
        load_state(&self.dir).last_error
    }

    /// A backup now, into `folder` (a USB stick) or the automatic folder; recorded in the
    /// audit trail. `progress(copied, total)` follows the pages.
    pub fn backup_now(
        &mut self,
        folder: Option<&str>,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<BackupInfo> {
        let name = backup::automatic_path(&self.dir);
        let path = match folder.map(str::trim).filter(|f| !f.is_empty()) {
            Some(f) => {
                let f = Path::new(f);
                if !f.is_dir() {
                    return Err(Error::NotFound {
                        what: "folder".into(),
                        id: f.to_string_lossy().chars().take(200).collect(),
                    });
                }
                f.join(name.file_name().unwrap_or_default())
            }
            None => name,
        };
        let v = self.vault()?;
        let mut info = v.backup_to(&path, progress)?;
        let tx = v.conn_mut().transaction()?;
        info.journal = audit::mark(&tx)?;
        audit::append(
            &tx,
            "vault.backup",
            None,
            &json!({"kind": if folder.is_some() { "manual" } else { "automatic" }, "bytes": info.bytes,
                    "journal": info.journal}),
        )?;
        tx.commit()?;
        Ok(info)
    }

    /// An automatic backup if the vault changed since the last one; the oldest beyond the
    /// setting are removed. A failure is kept for the settings screen, never raised: it must
    /// not stop the vault from locking.
    pub(super) fn auto_backup(&mut self) {
        let Some(v) = self.vault.as_ref().filter(|_| self.auto_backups) else {
            return;
        };
        let head = last_data_write(v.conn());
        let mut state = load_state(&self.dir);
        if head == state.last_audit_id {
            return;
        }
        let keep = self.settings.backups_keep as usize;
        let result = self.backup_now(None, &mut |_, _| {}).and_then(|_| {
            backup::prune(&self.dir, keep)?;
            let v = self.vault()?;
            Ok(last_data_write(v.conn()))
        });
        match result {
            Ok(head) => {
                state.last_audit_id = head;
                state.last_at = Some(crate::now_utc());
                state.last_error = None;
            }
            Err(e) => state.last_error = Some(e.to_string()),
        }
        let _ = save_state(&self.dir, &state);
    }

    /// Daily while open: a backup when the last automatic one is a day old.
    pub(super) fn auto_backup_if_due(&mut self, now: Instant) {
        if self.vault.is_none()
            || now.saturating_duration_since(self.last_backup_check) < DAILY_CHECK
        {
            return;
        }
        self.last_backup_check = now;
        let last = load_state(&self.dir)
            .last_at
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok());
        let due = last.is_none_or(|t| {
            chrono::Utc::now().signed_duration_since(t) > chrono::Duration::hours(24)
        });
        if due {
            self.auto_backup();
        }
    }
}
