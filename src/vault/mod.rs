//! The encrypted vault: one SQLCipher database opened with a data key from the key slots.

pub mod commands;

pub mod backup;
pub mod keyslots;
pub mod private;
pub mod schema;
pub mod seal;
pub mod secret_text;

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::store::Db;
use keyslots::{DataKey, KeySlots};
pub use keyslots::{KdfParams, Secret};

pub const DB_FILE: &str = "tandem.db";
/// The key slots of a re-key, written before the database is re-encrypted.
pub const NEXT_SLOTS: &str = "keyslots.next.json";
/// Held (an OS file lock) by the one process that has the vault open.
pub const LOCK_FILE: &str = "tandem.lock";
/// The shortest passphrase accepted. Length matters more than symbols.
pub const MIN_PASSPHRASE: usize = 10;

/// An unlocked vault. Dropping it closes the database and wipes the key from memory.
pub struct Vault {
    dir: PathBuf,
    db: Db,
    key: DataKey,
    /// The single-instance lock, released when the vault closes.
    _lock: fs::File,
}

/// Takes the vault folder's lock, or says that another Tandem (window or CLI) has it open.
/// The OS releases the lock when the process ends, even after a crash.
pub(crate) fn lock_folder(dir: &Path) -> Result<fs::File> {
    fs::create_dir_all(dir)?;
    private::dir(dir)?;
    let f = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(LOCK_FILE))?;
    private::file(&dir.join(LOCK_FILE))?;
    // A lock just released can look held for a moment: a process this one starts (a PDF viewer,
    // a test's poppler) shares the lock's open file until it has started. Half a second of
    // patience, then the answer.
    for _ in 0..20 {
        match f.try_lock() {
            Ok(()) => return Ok(f),
            Err(fs::TryLockError::WouldBlock) => {
                std::thread::sleep(std::time::Duration::from_millis(25))
            }
            Err(fs::TryLockError::Error(e)) => return Err(e.into()),
        }
    }
    Err(Error::VaultInUse)
}

/// One keying of a SQLCipher connection at a time, in this process (see `open_db`).
pub(crate) fn keying_lock() -> std::sync::MutexGuard<'static, ()> {
    static KEYING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    KEYING.lock().unwrap_or_else(|e| e.into_inner())
}

/// What an unlock does with a vault that had a seal and comes without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingSeal {
    /// Refused (`vault-seal-missing`): the default.
    Refuse,
    /// Opened: the worker moved the vault without its seal and says so; the journal records it.
    WorkerAccepts,
    /// Opened: a backup being restored, older by nature and without a seal of its own (the
    /// journal records the restore).
    Restoring,
}

/// Keys a SQLCipher connection and proves the key by a first read (SQLCipher derives the key
/// on first use), all under the keying lock; answers the number of tables it holds.
pub(crate) fn key_connection(conn: &Connection, keying: &str) -> Result<i64> {
    let _one = keying_lock();
    // SQLCipher's own log goes to stderr; Tandem reports errors itself, in the user's
    // language. Like the two settings below, a setting of the whole process.
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
    // SQLCipher wipes the memory it frees (keys, decrypted pages) and locks it out of swap;
    // once on, it stays on for the process (issue "Hardening the vault", 11). A setting of the
    // whole process: changed under the same lock as the keying.
    conn.execute_batch("PRAGMA cipher_memory_security = ON;")?;
    conn.execute_batch(keying)?;
    Ok(conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?)
}

/// The platform's folder for the vault (e.g. `~/.local/share/tandem` on Linux,
/// `%APPDATA%\Tandem\data` on Windows, `~/Library/Application Support/be.tandem.Tandem`).
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("be", "Tandem", "Tandem").map(|d| d.data_dir().to_path_buf())
}

/// Whether a vault exists in `dir` (its key slots are the last file written at creation).
pub fn exists(dir: &Path) -> bool {
    dir.join(keyslots::FILE_NAME).is_file() && dir.join(DB_FILE).is_file()
}

/// Whether `dir` holds a database that cannot be opened as a vault: its key slots are
/// missing. The first-run screen must not be offered as if nothing were there.
pub fn damaged(dir: &Path) -> bool {
    !dir.join(keyslots::FILE_NAME).is_file()
        && dir
            .join(DB_FILE)
            .metadata()
            .map(|m| m.len() > 0)
            .unwrap_or(false)
}

/// Moves a database without key slots (and its journal files) to `aside-<time>/`.
fn set_aside(dir: &Path) -> Result<()> {
    let files: Vec<PathBuf> = [
        DB_FILE.to_string(),
        format!("{DB_FILE}-wal"),
        format!("{DB_FILE}-shm"),
    ]
    .iter()
    .map(|f| dir.join(f))
    .filter(|p| p.exists())
    .collect();
    if files.is_empty() {
        return Ok(());
    }
    let aside = dir.join(format!(
        "aside-{}",
        chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ")
    ));
    fs::create_dir_all(&aside)?;
    private::dir(&aside)?;
    for f in files {
        if let Some(name) = f.file_name() {
            fs::rename(&f, aside.join(name))?;
        }
    }
    Ok(())
}

pub(crate) fn check_passphrase(p: &str) -> Result<()> {
    if p.chars().count() < MIN_PASSPHRASE {
        return Err(Error::PassphraseTooShort {
            min: MIN_PASSPHRASE,
        });
    }
    Ok(())
}

/// Opens the database; `existing` says it must already hold a vault (an unlock), so that an
/// emptied or replaced file is reported as damage instead of becoming a new, empty vault.
fn open_db(dir: &Path, key: &DataKey, existing: bool) -> Result<Db> {
    let keying = Zeroizing::new(format!(
        "PRAGMA key = \"{}\";",
        key.sqlcipher_literal().as_str()
    ));
    // SQLCipher sets up its crypto provider when a connection is first keyed; two threads
    // doing so at the same moment (parallel tests, a backup beside the app) have been seen
    // to fail with "An error occurred with PRAGMA key or rekey": keying is done one at a time,
    // and so is the first read, where the key is derived.
    // The first read proves the key. With a key from a valid slot, failure means damage.
    // Under a heavy load of parallel tests that also speak TLS through the same OpenSSL, the
    // same error was still seen, rarely, with a key that works a moment later: a fresh
    // connection is keyed again, twice at most, before the error is reported.
    let mut attempt = 0;
    let (conn, tables) = loop {
        let conn = Connection::open(dir.join(DB_FILE))?;
        // Private before anything is written (SQLite gives its journal files the same mode).
        private::file(&dir.join(DB_FILE))?;
        match key_connection(&conn, &keying) {
            Ok(tables) => break (conn, tables),
            Err(Error::Storage { detail })
                if attempt < 2 && detail.contains("An error occurred with PRAGMA key") =>
            {
                attempt += 1;
                drop(conn);
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => return Err(e),
        }
    };
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if existing && (tables == 0 || version == 0) {
        return Err(Error::VaultCorrupt {
            detail: format!("{DB_FILE} is empty: the vault's data is missing"),
        });
    }
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA busy_timeout = 5000;",
    )?;
    let mut db = Db::vault(conn);
    schema::migrate(&mut db)?;
    Ok(db)
}

impl Vault {
    /// Creates a new vault in `dir`. Returns it unlocked with the recovery code, which is
    /// shown once and never stored.
    pub fn create(
        dir: &Path,
        passphrase: &str,
        params: KdfParams,
    ) -> Result<(Vault, Zeroizing<String>)> {
        check_passphrase(passphrase)?;
        if exists(dir) {
            return Err(Error::VaultExists);
        }
        let lock = lock_folder(dir)?;
        // A database without key slots (an interrupted creation, or key slots lost): never
        // deleted, moved aside where a backup or the key file can still bring it back.
        set_aside(dir)?;
        let key = DataKey::random();
        let code = keyslots::new_recovery_code();
        let slots = KeySlots::new(&key, passphrase, &code, params)?;
        let conn = open_db(dir, &key, false)?;
        private::file(&dir.join(DB_FILE))?;
        seal::write(dir, &key, conn.sqlite()?)?;
        slots.save(dir)?;
        private::file(&dir.join(keyslots::FILE_NAME))?;
        Ok((
            Vault {
                dir: dir.to_path_buf(),
                db: conn,
                key,
                _lock: lock,
            },
            code,
        ))
    }

    /// Opens the vault with the passphrase or the recovery code. A wrong secret writes nothing.
    pub fn unlock(dir: &Path, secret: &Secret) -> Result<Vault> {
        Vault::unlock_with(dir, secret, MissingSeal::Refuse).map(|(v, _)| v)
    }

    /// As `unlock`, saying what to do when a vault that had a seal comes without it, and what
    /// the seal check found.
    pub fn unlock_with(
        dir: &Path,
        secret: &Secret,
        missing: MissingSeal,
    ) -> Result<(Vault, seal::Found)> {
        let slots = KeySlots::load(dir)?;
        if !dir.join(DB_FILE).is_file() {
            return Err(Error::VaultCorrupt {
                detail: format!("{DB_FILE} is missing"),
            });
        }
        let key = slots.unlock(secret)?;
        let lock = lock_folder(dir)?;
        let (conn, key) = match open_db(dir, &key, true) {
            Ok(conn) => {
                // Next key slots of a re-key that never re-encrypted anything: not needed.
                let _ = fs::remove_file(dir.join(NEXT_SLOTS));
                (conn, key)
            }
            // A re-key interrupted after the database was re-encrypted: its next key slots
            // open it, and take the place of the old ones.
            Err(Error::VaultCorrupt { .. }) if dir.join(NEXT_SLOTS).is_file() => {
                let next = KeySlots::load_named(dir, NEXT_SLOTS)?.unlock(secret)?;
                let conn = open_db(dir, &next, true)?;
                fs::rename(dir.join(NEXT_SLOTS), dir.join(keyslots::FILE_NAME))?;
                keyslots::sync_dir(dir);
                (conn, next)
            }
            Err(e) => return Err(e),
        };
        // Older than when it was last closed (old pages put back without the key): refused.
        let found = seal::check(dir, &key, conn.sqlite()?, missing != MissingSeal::Refuse)?;
        let db = conn;
        if found == seal::Found::MissingAccepted && missing == MissingSeal::WorkerAccepts {
            // In the journal before the new seal is written: an acceptance is never lost.
            let tx = db.transaction()?;
            crate::audit::append(
                &tx,
                "vault.seal_missing_accepted",
                None,
                &serde_json::json!({}),
            )?;
            tx.commit()?;
        }
        seal::write(dir, &key, db.sqlite()?)?;
        Ok((
            Vault {
                dir: dir.to_path_buf(),
                db,
                key,
                _lock: lock,
            },
            found,
        ))
    }

    /// The data key `passphrase` opens, if it is this vault's: the proof a re-key asks for.
    fn prove(&self, passphrase: &str) -> Result<()> {
        let key = KeySlots::load(&self.dir)?
            .unlock(&Secret::Passphrase(passphrase))
            .map_err(|e| match e {
                Error::WrongSecret => Error::WrongCurrentSecret,
                other => other,
            })?;
        if key.sqlcipher_literal() != self.key.sqlcipher_literal() {
            return Err(Error::WrongCurrentSecret);
        }
        Ok(())
    }

    /// A full re-key, for a passphrase or recovery code that may have leaked: a new data key
    /// re-encrypts every page (`PRAGMA rekey`), new key slots hold it under the passphrase and
    /// a new recovery code (returned, shown once). Old key slots (in backups, copies) no longer
    /// open this database. The new slots are written beside the old ones first
    /// (`keyslots.next.json`) and take their place once the database is re-encrypted; an
    /// unlock after an interruption tries them.
    pub fn rekey(&mut self, passphrase: &str, params: KdfParams) -> Result<Zeroizing<String>> {
        self.prove(passphrase)?;
        let key = DataKey::random();
        let code = keyslots::new_recovery_code();
        let slots = KeySlots::new(&key, passphrase, &code, params)?;
        slots.save_named(&self.dir, NEXT_SLOTS)?;
        let _ = self.db.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);");
        {
            let rekeying = Zeroizing::new(format!(
                "PRAGMA rekey = \"{}\";",
                key.sqlcipher_literal().as_str()
            ));
            let _one = keying_lock();
            self.db.execute_batch(&rekeying)?;
        }
        fs::rename(
            self.dir.join(NEXT_SLOTS),
            self.dir.join(keyslots::FILE_NAME),
        )?;
        keyslots::sync_dir(&self.dir);
        self.key = key;
        seal::write(&self.dir, &self.key, self.db.sqlite()?)?;
        Ok(code)
    }

    /// A new recovery code for the same data key (the old code stops opening this vault's key
    /// slots; a backup's key slots keep the old one: re-key to revoke it there too).
    pub fn new_recovery_code(
        &self,
        passphrase: &str,
        params: KdfParams,
    ) -> Result<Zeroizing<String>> {
        self.prove(passphrase)?;
        let code = keyslots::new_recovery_code();
        KeySlots::new(&self.key, passphrase, &code, params)?.save(&self.dir)?;
        Ok(code)
    }

    /// Re-wraps the passphrase slot after proving the current passphrase or the recovery
    /// code. The data key, and so the data, stay the same.
    pub fn change_passphrase(
        &self,
        proof: &Secret,
        new_passphrase: &str,
        params: KdfParams,
    ) -> Result<()> {
        check_passphrase(new_passphrase)?;
        let mut slots = KeySlots::load(&self.dir)?;
        let key = slots.unlock(proof)?;
        if key.sqlcipher_literal() != self.key.sqlcipher_literal() {
            return Err(Error::WrongSecret);
        }
        slots.rewrap_passphrase(&self.key, new_passphrase, params)?;
        slots.save(&self.dir)
    }

    /// The vault's connection, through the store seam.
    pub fn conn(&self) -> &Db {
        &self.db
    }

    pub fn conn_mut(&mut self) -> &mut Db {
        &mut self.db
    }

    /// The SQLCipher connection itself (keying, backups, the seal).
    pub(crate) fn sqlite(&self) -> Result<&Connection> {
        self.db.sqlite()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// SQLite's own consistency check of every page (`PRAGMA integrity_check`).
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut stmt = self.db.prepare("PRAGMA integrity_check")?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>>>()?;
        Ok(rows.into_iter().filter(|r| r != "ok").collect())
    }

    /// Closes the database (checkpointing the WAL into the encrypted file).
    pub fn close(self) -> Result<()> {
        let _ = self.db.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);");
        seal::write(&self.dir, &self.key, self.db.sqlite()?)?;
        let Vault { db, .. } = self;
        db.into_sqlite()?.close().map_err(|(_, e)| Error::from(e))
    }
}
