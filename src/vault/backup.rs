//! Encrypted backups: an online copy of the database (SQLite's backup API, pages stay
//! encrypted under the same key) with the key slots in one file, and a checked restore.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;
use serde::Serialize;
use zeroize::Zeroizing;

use super::{keyslots, lock_folder, Vault, DB_FILE};
use crate::error::{Error, Result};

/// The first bytes of a backup file; the last byte is the format version.
pub const MAGIC: &[u8; 16] = b"TANDEM-BACKUP\0\0\x01";
/// The extension of backup files.
pub const EXTENSION: &str = "tandem-backup";
/// Pages copied per step: small enough to report progress and let the app go on.
const PAGES_PER_STEP: i32 = 256;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BackupInfo {
    pub path: String,
    pub bytes: u64,
    pub created_at: String,
    /// The journal's mark when the backup was made (empty in a listing of the folder).
    #[serde(default)]
    pub journal: String,
}

fn format(detail: &str) -> Error {
    Error::BackupFormat {
        detail: detail.into(),
    }
}

impl Vault {
    /// Writes a backup of the open vault to `out` (whole or nothing: a `.part` file, then a
    /// rename). `progress(copied_pages, total_pages)` is called after every step.
    pub fn backup_to(&self, out: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<BackupInfo> {
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            if !parent.exists() {
                fs::create_dir_all(parent)?;
                super::private::dir(parent)?;
            }
        }
        let copy = out.with_extension("part-db");
        let _ = fs::remove_file(&copy);
        let result = (|| {
            {
                let mut dest = Connection::open(&copy)?;
                let keying = Zeroizing::new(format!(
                    "PRAGMA key = \"{}\";",
                    self.key.sqlcipher_literal().as_str()
                ));
                super::key_connection(&dest, &keying)?;
                let b = Backup::new(self.sqlite()?, &mut dest)?;
                loop {
                    let step = b.step(PAGES_PER_STEP)?;
                    let p = b.progress();
                    let total = p.pagecount.max(0) as u64;
                    progress(total.saturating_sub(p.remaining.max(0) as u64), total);
                    match step {
                        StepResult::Done => break,
                        StepResult::More => {}
                        // The app is writing: wait a moment and go on.
                        _ => std::thread::sleep(std::time::Duration::from_millis(20)),
                    }
                }
                drop(b);
                dest.execute_batch("PRAGMA journal_mode = DELETE;")?;
            }
            let slots = fs::read(self.dir.join(keyslots::FILE_NAME))?;
            let part = out.with_extension("part");
            {
                let mut f = fs::File::create(&part)?;
                super::private::file(&part)?;
                f.write_all(MAGIC)?;
                f.write_all(&(slots.len() as u32).to_be_bytes())?;
                f.write_all(&slots)?;
                std::io::copy(&mut fs::File::open(&copy)?, &mut f)?;
                f.sync_all()?;
            }
            fs::rename(&part, out)?;
            super::private::file(out)?;
            // Read back and checked: a backup that would not restore is an error now, not on
            // the day it is needed.
            self.check_written(out)?;
            Ok(BackupInfo {
                path: out.to_string_lossy().into_owned(),
                bytes: fs::metadata(out)?.len(),
                created_at: crate::now_utc(),
                journal: String::new(),
            })
        })();
        let _ = fs::remove_file(&copy);
        result
    }
}

impl Vault {
    /// Reads a backup just written: its frame and key slots, then its database, opened with
    /// this vault's key, must pass SQLite's quick check and hold this vault's audit head.
    fn check_written(&self, file: &Path) -> Result<()> {
        let staging = file.with_extension("check");
        let _ = fs::remove_dir_all(&staging);
        let result = (|| {
            unpack(file, &staging)?;
            let conn = Connection::open(staging.join(DB_FILE))?;
            let keying = Zeroizing::new(format!(
                "PRAGMA key = \"{}\";",
                self.key.sqlcipher_literal().as_str()
            ));
            super::key_connection(&conn, &keying)?;
            let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
            let written: i64 =
                conn.query_row("SELECT last_id FROM audit_head WHERE id = 1", [], |r| {
                    r.get(0)
                })?;
            let here: i64 =
                self.db
                    .query_row("SELECT last_id FROM audit_head WHERE id = 1", [], |r| {
                        r.get(0)
                    })?;
            if check != "ok" || written != here {
                return Err(Error::BackupFormat {
                    detail: "the backup just written does not read back whole".into(),
                });
            }
            Ok(())
        })();
        let _ = fs::remove_dir_all(&staging);
        result
    }

    /// An unencrypted copy of the whole database, for the benchmark's bare-SQLite baseline
    /// only (synthetic data): never offered to a user.
    pub(crate) fn plain_copy(&self, out: &Path) -> Result<()> {
        let _ = fs::remove_file(out);
        let path = out.to_string_lossy().replace('\'', "''");
        self.db.execute_batch(&format!(
            "ATTACH DATABASE '{path}' AS plain KEY '';
             SELECT sqlcipher_export('plain');
             DETACH DATABASE plain;"
        ))?;
        Ok(())
    }
}

/// Unpacks a backup into `dir` (its key slots and database), after checking its frame.
fn unpack(file: &Path, dir: &Path) -> Result<()> {
    let mut f = fs::File::open(file)?;
    let mut magic = [0u8; 16];
    f.read_exact(&mut magic)
        .map_err(|_| format("the file is too short"))?;
    if magic[..15] != MAGIC[..15] {
        return Err(format("this is not a Tandem backup file"));
    }
    if magic[15] != MAGIC[15] {
        return Err(format("this backup was made by another version of Tandem"));
    }
    let mut len = [0u8; 4];
    f.read_exact(&mut len)
        .map_err(|_| format("the file is too short"))?;
    let len = u32::from_be_bytes(len) as usize;
    if len > 64 * 1024 {
        return Err(format("the key slots are damaged"));
    }
    let mut slots = vec![0u8; len];
    f.read_exact(&mut slots)
        .map_err(|_| format("the file is too short"))?;
    if serde_json::from_slice::<serde_json::Value>(&slots).is_err() {
        return Err(format("the key slots are damaged"));
    }
    fs::create_dir_all(dir)?;
    super::private::dir(dir)?;
    fs::write(dir.join(keyslots::FILE_NAME), &slots)?;
    super::private::file(&dir.join(keyslots::FILE_NAME))?;
    let mut db = fs::File::create(dir.join(DB_FILE))?;
    super::private::file(&dir.join(DB_FILE))?;
    std::io::copy(&mut f, &mut db)?;
    db.sync_all()?;
    Ok(())
}

/// What a restore did.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RestoreInfo {
    /// Where the vault that was replaced was kept (nothing is deleted), if there was one.
    pub previous_kept_in: Option<String>,
    pub audit_entries: i64,
}

/// Restores `file` into the vault folder `dir` (new or existing). The backup is first
/// unpacked beside it and opened with `secret` (the passphrase or recovery code of the
/// time of the backup), its pages and audit chain checked; only then does it replace the
/// vault, whose files are moved into `dir/before-restore-…` rather than deleted.
pub fn restore(file: &Path, dir: &Path, secret: &super::Secret) -> Result<RestoreInfo> {
    fs::create_dir_all(dir)?;
    let lock = lock_folder(dir)?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let staging = dir.join(format!(".restore-{stamp}"));
    let _ = fs::remove_dir_all(&staging);
    let checked = (|| {
        unpack(file, &staging)?;
        // A backup is an older state by nature, and has no seal of its own: restoring it is
        // the worker's choice, proved by its secret (and the current one, see the api). It
        // is sealed afresh as it opens.
        let (v, _) = Vault::unlock_with(&staging, secret, super::MissingSeal::Restoring)?;
        let problems = v.integrity_check()?;
        let chain = crate::audit::verify(v.conn())?;
        v.close()?;
        if !problems.is_empty() {
            return Err(Error::VaultCorrupt {
                detail: format!("the backup's database: {}", problems.join("; ")),
            });
        }
        if !chain.ok {
            return Err(Error::VaultCorrupt {
                detail: "the backup's audit trail does not verify".into(),
            });
        }
        Ok(chain.entries)
    })();
    let entries = match checked {
        Ok(n) => n,
        Err(e) => {
            let _ = fs::remove_dir_all(&staging);
            return Err(e);
        }
    };
    // The seal goes with its database: the replaced vault's aside, the backup's in.
    let files = [
        keyslots::FILE_NAME.to_string(),
        DB_FILE.to_string(),
        format!("{DB_FILE}-wal"),
        format!("{DB_FILE}-shm"),
        super::seal::FILE_NAME.to_string(),
    ];
    let mut kept: Option<PathBuf> = None;
    if super::exists(dir) {
        let keep = dir.join(format!("before-restore-{stamp}"));
        fs::create_dir_all(&keep)?;
        super::private::dir(&keep)?;
        for f in &files {
            if dir.join(f).exists() {
                fs::rename(dir.join(f), keep.join(f))?;
            }
        }
        kept = Some(keep);
    }
    // The database first, the key slots last: a vault "exists" only once both are there.
    for f in files.iter().rev() {
        if staging.join(f).exists() {
            fs::rename(staging.join(f), dir.join(f))?;
        }
    }
    keyslots::sync_dir(dir);
    let _ = fs::remove_dir_all(&staging);
    prune_replaced(dir, KEEP_REPLACED);
    drop(lock);
    Ok(RestoreInfo {
        previous_kept_in: kept.map(|k| k.to_string_lossy().into_owned()),
        audit_entries: entries,
    })
}

/// How many replaced vaults (`before-restore-…`) a restore keeps beside the vault.
pub const KEEP_REPLACED: usize = 3;

/// Keeps the newest `keep` folders of replaced vaults (`before-restore-…`, by their time
/// stamp) and removes older ones: they hold whole old vaults, erased files included.
pub fn prune_replaced(dir: &Path, keep: usize) {
    let mut folders: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_dir()
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("before-restore-"))
        })
        .collect();
    folders.sort();
    let excess = folders.len().saturating_sub(keep);
    for old in folders.into_iter().take(excess) {
        let _ = fs::remove_dir_all(old);
    }
}

/// The automatic backups in `dir/backups`, newest first.
pub fn list(dir: &Path) -> Result<Vec<BackupInfo>> {
    let folder = dir.join("backups");
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(&folder) else {
        return Ok(out);
    };
    for e in entries.flatten() {
        let path = e.path();
        if own_backup_name(&path) {
            let meta = e.metadata()?;
            let created: chrono::DateTime<chrono::Utc> = meta
                .modified()
                .map(Into::into)
                .unwrap_or_else(|_| chrono::Utc::now());
            out.push(BackupInfo {
                path: path.to_string_lossy().into_owned(),
                bytes: meta.len(),
                created_at: created.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                journal: String::new(),
            });
        }
    }
    out.sort_by(|a, b| b.path.cmp(&a.path));
    Ok(out)
}

/// Whether `path` is one of Tandem's automatic backups, by its name
/// (`tandem-YYYYMMDD-HHMMSS.mmm.tandem-backup`): a file a person put in the folder under
/// another name is never listed as one, nor pruned.
fn own_backup_name(path: &Path) -> bool {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return false;
    };
    let Some(stamp) = name
        .strip_prefix("tandem-")
        .and_then(|n| n.strip_suffix(&format!(".{EXTENSION}")))
    else {
        return false;
    };
    chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S%.3f").is_ok()
}

/// A new automatic backup's path (names sort by time).
pub fn automatic_path(dir: &Path) -> PathBuf {
    dir.join("backups").join(format!(
        "tandem-{}.{EXTENSION}",
        chrono::Local::now().format("%Y%m%d-%H%M%S%.3f")
    ))
}

/// Removes the oldest automatic backups beyond `keep`.
pub fn prune(dir: &Path, keep: usize) -> Result<()> {
    for old in list(dir)?.into_iter().skip(keep) {
        fs::remove_file(old.path)?;
    }
    Ok(())
}
