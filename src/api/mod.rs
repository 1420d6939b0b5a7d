//! The session: one vault folder, locked or unlocked, its idle clock, automatic backups, the
//! language of errors; every command goes through here to the router and its area's table.

mod backup;
mod router;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::{json, Value};

use crate::audit;
use crate::command::{parse, to_value, Command, NoArgs};
use crate::error::{Error, ErrorReply, Result};
use crate::i18n::{self, Lang};
use crate::profile::{self, Profile};
use crate::settings::Settings;
use crate::vault::{self, KdfParams, Vault};

pub use router::{all_commands, find, vocabulary};
pub use router::{needs, COMMANDS, DOCUMENT_KINDS, PASSIVE, WITHOUT_UNLOCK};

#[derive(Serialize)]
struct Status {
    vault_exists: bool,
    /// A database is there but its key slots are missing: not a first run.
    vault_damaged: bool,
    unlocked: bool,
    language: Lang,
    auto_lock_minutes: u32,
    profile: Option<Profile>,
}

/// The commands of the session itself.
pub(crate) const SESSION: &[Command] = &[
    Command::new(
        "app.status",
        "Whether a vault is there (or damaged), unlocked, the language, the auto-lock minutes, the profile.",
        |t, args| {
            parse::<NoArgs>(args)?;
            let profile = match &t.vault {
                Some(v) => profile::get(v.conn())?,
                None => None,
            };
            to_value(Status {
                vault_exists: vault::exists(&t.dir),
                vault_damaged: vault::damaged(&t.dir),
                unlocked: t.vault.is_some(),
                language: t.settings.language,
                auto_lock_minutes: t.settings.auto_lock_minutes,
                profile,
            })
        },
    )
    .without_unlock()
    .passive(),
    Command::new(
        "session.activity",
        "The worker is active (typing, clicks): restarts the idle clock.",
        |t, args| {
            parse::<NoArgs>(args)?;
            t.vault()?;
            Ok(json!({}))
        },
    ),
];

/// A client's session with one vault folder: locked or unlocked, with its idle clock.
pub struct Tandem {
    dir: PathBuf,
    vault: Option<Vault>,
    /// The team store, when the worker works in a team: then every file is read and written
    /// there, and nothing of a file is written in the personal vault.
    team: Option<crate::store::Db>,
    /// The team store the vault says this worker joined (`team.enrol`): while it is there,
    /// the files are read and written on the server only, never in the vault.
    team_link: Option<crate::store::team::Link>,
    /// The login's role in the team (`worker`, `lead`, `secretary`), once connected.
    team_role: Option<String>,
    settings: Settings,
    kdf: KdfParams,
    last_activity: Instant,
    last_backup_check: Instant,
    auto_backups: bool,
    calendar: Option<chrono::NaiveDate>,
}

impl Tandem {
    /// A locked session on the vault folder `dir` (the vault may not exist yet).
    pub fn new(dir: impl Into<PathBuf>) -> Tandem {
        let dir = dir.into();
        let settings = Settings::load(&dir);
        Tandem {
            dir,
            vault: None,
            team: None,
            team_link: None,
            team_role: None,
            settings,
            kdf: KdfParams::DEFAULT,
            last_activity: Instant::now(),
            last_backup_check: Instant::now(),
            auto_backups: true,
            calendar: None,
        }
    }

    /// Runs the retention commands as if today were `day` (tests of a retention period of
    /// years need not wait for it; the window and the CLI never set it).
    pub fn set_calendar(&mut self, day: chrono::NaiveDate) {
        self.calendar = Some(day);
    }

    /// Today for the retention commands: this computer's calendar unless a test set another.
    pub(crate) fn today(&self) -> chrono::NaiveDate {
        self.calendar.unwrap_or_else(crate::today)
    }

    /// Uses other key-derivation costs for new key slots (tests use cheap ones).
    pub fn with_kdf(mut self, kdf: KdfParams) -> Tandem {
        self.kdf = kdf;
        self
    }

    /// Without automatic backups (the CLI: a script of a thousand calls must not make a
    /// thousand backups; it has `backup --out` instead).
    pub fn without_auto_backups(mut self) -> Tandem {
        self.auto_backups = false;
        self
    }

    /// Seeding only: commits without waiting for the disk, then back to full durability.
    pub(crate) fn fast_writes(&mut self, on: bool) -> Result<()> {
        let mode = if on { "OFF" } else { "FULL" };
        self.vault()?
            .conn()
            .execute_batch(&format!("PRAGMA synchronous = {mode};"))?;
        Ok(())
    }

    /// The benchmark's unencrypted copy of a synthetic vault.
    pub(crate) fn bare_copy(&mut self, out: &Path) -> Result<()> {
        self.vault()?.plain_copy(out)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn language(&self) -> Lang {
        self.settings.language
    }

    pub fn is_unlocked(&self) -> bool {
        self.vault.is_some()
    }

    /// Locks when the worker has been idle longer than the auto-lock setting.
    /// Returns whether it locked now.
    pub fn lock_if_idle(&mut self) -> bool {
        self.lock_if_idle_at(Instant::now())
    }

    /// As `lock_if_idle`, with the clock given (so that tests need not wait ten minutes).
    pub fn lock_if_idle_at(&mut self, now: Instant) -> bool {
        self.auto_backup_if_due(now);
        let limit = Duration::from_secs(u64::from(self.settings.auto_lock_minutes) * 60);
        if self.vault.is_some() && now.saturating_duration_since(self.last_activity) >= limit {
            self.lock();
            return true;
        }
        false
    }

    /// Makes the automatic backup (when something changed), closes the database and wipes
    /// the key from memory.
    pub fn lock(&mut self) {
        self.auto_backup();
        self.close();
    }

    /// Closes the database without a backup (before a restore: the backup being restored
    /// must not be pruned away, and the replaced vault is kept aside anyway).
    pub(crate) fn close(&mut self) {
        self.team = None;
        self.team_role = None;
        self.team_link = None;
        if let Some(v) = self.vault.take() {
            let _ = v.close();
        }
    }

    /// Runs a command and translates a failure into the session's language.
    pub fn reply(&mut self, command: &str, args: Value) -> std::result::Result<Value, ErrorReply> {
        self.call(command, args).map_err(|e| self.error_reply(&e))
    }

    /// The error as a client sees it: stable code, translated message, field path.
    pub fn error_reply(&self, e: &Error) -> ErrorReply {
        ErrorReply {
            code: e.code().to_string(),
            message: i18n::catalogs().error_message(self.language(), e),
            field: e.field().map(str::to_string),
        }
    }

    /// Runs one command with its JSON arguments and returns its JSON result.
    pub fn call(&mut self, command: &str, args: Value) -> Result<Value> {
        self.call_at(Instant::now(), command, args)
    }

    /// As `call`, at the moment given (so that tests of the idle clock need not wait).
    pub fn call_at(&mut self, now: Instant, command: &str, args: Value) -> Result<Value> {
        self.lock_if_idle_at(now);
        let Some(c) = find(command) else {
            return Err(Error::UnknownCommand {
                command: command.chars().take(100).collect(),
            });
        };
        if !c.passive {
            self.last_activity = now;
        }
        let answer = (c.handler)(self, args)?;
        if !c.passive {
            self.after_change();
        }
        Ok(answer)
    }

    /// In a team, the caseload's lines of the files a command changed are worked out again at
    /// once: the lead's view of the team's deadlines reads them. (In the vault they wait for
    /// the next caseload.) A failure here fails nothing: the lines stay marked for later.
    fn after_change(&mut self) {
        if self.team_role.as_deref() != Some("worker") {
            return;
        }
        if let Some(team) = self.team.as_ref().filter(|t| !t.is_closed()) {
            let _ = crate::caseload::refresh(team);
        }
    }

    pub(crate) fn vault(&mut self) -> Result<&mut Vault> {
        self.vault.as_mut().ok_or(Error::Locked)
    }

    /// The store the files are in: the team store when connected, else the personal vault.
    /// (The vault must be unlocked either way: it holds the worker's settings and link.)
    pub(crate) fn db(&mut self) -> Result<&crate::store::Db> {
        if self.vault.is_none() {
            return Err(Error::Locked);
        }
        if let Some(link) = self.team_link.clone() {
            // Lost (the server restarted, the network came back): log in again, or say so.
            if self.team.as_ref().is_none_or(|t| t.is_closed()) {
                self.team = None;
                let db = crate::store::team::connect(&link)?;
                self.join(db)?;
            }
        }
        let vault = self.vault.as_ref().ok_or(Error::Locked)?;
        Ok(match &self.team {
            Some(team) => team,
            None => vault.conn(),
        })
    }

    /// The store the files are in (the team store or the personal vault), for the CLI's
    /// bench and for tests that check what the store itself refuses.
    pub fn store(&mut self) -> Result<&crate::store::Db> {
        self.db()
    }

    /// The store the files are in, if the vault is unlocked (for commands that also work
    /// without one).
    pub(crate) fn open_db(&self) -> Option<&crate::store::Db> {
        let vault = self.vault.as_ref()?;
        Some(self.team.as_ref().unwrap_or(vault.conn()))
    }

    /// Works in the team store of `link` from now on (the vault must be unlocked). The
    /// worker's profile goes to the server the first time, so that letters carry it there too.
    /// (The amounts of the law are the server's: `tandem-server migrate` brings each version's.)
    /// (This session only: `enrol` keeps the link in the vault.)
    pub fn work_in_team(&mut self, link: &crate::store::team::Link) -> Result<()> {
        let db = crate::store::team::connect(link)?;
        self.join(db)?;
        self.team_link = Some(link.clone());
        Ok(())
    }

    fn join(&mut self, db: crate::store::Db) -> Result<()> {
        let role = crate::team::role(&db)?;
        // The lead and the secretary keep no file (and no profile) on the server.
        if role == "worker" {
            let mine = profile::get(self.vault()?.conn())?;
            if let Some(p) = mine {
                if profile::get(&db)?.is_none() {
                    profile::set(&db, p)?;
                }
            }
        }
        self.team = Some(db);
        self.team_role = Some(role);
        Ok(())
    }

    /// Which store is open and as whom: `{store: vault|team, server, port, team, login, role,
    /// ocmw, connected}` (outside a team, the store alone).
    pub(crate) fn team_status(&mut self) -> Result<Value> {
        self.vault()?;
        let Some(link) = self.team_link.clone() else {
            return Ok(json!({"store": "vault"}));
        };
        // Connected now if it can be; a server out of reach is said, not an error here.
        let reached = self.db().map(|_| ()).err();
        Ok(json!({
            "store": "team",
            "server": link.host,
            "port": link.port,
            "team": link.database,
            "login": crate::team::short_login(&link.database, &link.login),
            "ocmw": link.ocmw,
            "role": self.team_role,
            "connected": reached.is_none(),
            "error": reached.map(|e| self.error_reply(&e)),
        }))
    }

    /// The personal vault and the team store side by side (moving a file to the team).
    pub(crate) fn vault_and_team(&mut self) -> Result<(&crate::store::Db, &crate::store::Db)> {
        self.db()?;
        let vault = self.vault.as_ref().ok_or(Error::Locked)?.conn();
        let team = self.team.as_ref().ok_or(Error::TeamRole {
            role: "team".into(),
        })?;
        Ok((vault, team))
    }

    /// The link to the team store, when the worker joined one.
    pub(crate) fn team_link(&self) -> Option<&crate::store::team::Link> {
        self.team_link.as_ref()
    }

    /// The role of the login in the team, `None` in the personal vault.
    pub(crate) fn team_role(&mut self) -> Result<Option<String>> {
        if self.team_link.is_none() && self.team.is_none() {
            return Ok(None);
        }
        self.db()?;
        Ok(self.team_role.clone())
    }

    /// Joins the team store of an enrolment code (`tandem-server add-worker` prints it): logs
    /// in, sets a new password only this vault knows (the code works once), keeps the link in
    /// the vault (audited) and works in the team store from now on.
    pub fn enrol(&mut self, code: &str) -> Result<()> {
        let mut link = crate::store::enrol::decode(code)?;
        let db = crate::store::team::connect(&link)?;
        link.password = crate::store::enrol::new_password();
        let vault = self.vault()?;
        let tx = vault.conn().transaction()?;
        crate::store::team::keep_link(&tx, &link)?;
        audit::append(
            &tx,
            "team.enrol",
            None,
            &json!({"server": link.host, "port": link.port, "team": link.database,
                    "login": link.login}),
        )?;
        crate::store::team::set_password(&db, &link.password)?;
        tx.commit()?;
        self.team_link = Some(link);
        self.join(db)
    }

    /// Back to the personal vault: the link to the team store is removed from the vault
    /// (audited) and the connection closed. The files stay on the server.
    pub fn leave_team(&mut self) -> Result<()> {
        let vault = self.vault()?;
        let tx = vault.conn().transaction()?;
        if let Some(link) = crate::store::team::linked(&tx)? {
            tx.execute("DELETE FROM team_link", [])?;
            audit::append(
                &tx,
                "team.leave",
                None,
                &json!({"server": link.host, "team": link.database, "login": link.login}),
            )?;
        }
        tx.commit()?;
        self.team = None;
        self.team_link = None;
        self.team_role = None;
        Ok(())
    }

    /// True when the files are in the team store.
    pub fn in_team(&self) -> bool {
        self.team.is_some() || self.team_link.is_some()
    }

    /// The vault just created or unlocked becomes the session's.
    pub(crate) fn opened(&mut self, v: Vault) {
        // The team store this worker joined, if any: connected now, or at the first command
        // that needs it (a server out of reach is an error then, never a fall back to the
        // vault).
        self.team_link = crate::store::team::linked(v.conn()).ok().flatten();
        self.vault = Some(v);
        if let Some(link) = self.team_link.clone() {
            if let Ok(db) = crate::store::team::connect(&link) {
                let _ = self.join(db);
            }
        }
    }

    pub(crate) fn settings(&self) -> Settings {
        self.settings
    }

    /// Settings already saved beside the vault.
    pub(crate) fn set_settings(&mut self, s: Settings) {
        self.settings = s;
    }

    pub(crate) fn kdf(&self) -> KdfParams {
        self.kdf
    }

    /// A document as PDF bytes with a file name that holds no personal data.
    /// `id` is the report id for `report`, the request id for `receipt` and `decision`, the
    /// plan id for `plan`. Each export is recorded in the person's audit trail.
    pub fn document(
        &mut self,
        kind: &str,
        id: i64,
        lang: Option<Lang>,
        number: Option<i64>,
    ) -> Result<(Vec<u8>, String)> {
        let person_id = self.document_person(kind, id)?;
        let render = router::document(kind)?.render;
        let conn = self.db()?;
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
        let (bytes, name) = render(conn, id, lang, number, &stamp)?;
        let tx = conn.transaction()?;
        audit::append(
            &tx,
            "document.export",
            Some(person_id),
            &json!({"kind": kind, "id": id, "pdf_sha256": crate::pdf::sha256_hex(&bytes)}),
        )?;
        tx.commit()?;
        Ok((bytes, name))
    }

    /// The person a document is about (`id` as in [`Tandem::document`]); refuses an unknown
    /// kind.
    pub(crate) fn document_person(&mut self, kind: &str, id: i64) -> Result<i64> {
        let person_of = router::document(kind)?.person_of;
        person_of(self.db()?, id)
    }
}

/// Saves a document in the documents folder under `name` (no personal data in it): answers
/// `{path, bytes}`.
pub(crate) fn save_document(name: &str, bytes: &[u8]) -> Result<Value> {
    let dir = documents_dir();
    crate::vault::private::create_dir(&dir)?;
    let path = dir.join(name);
    write_atomically(&path, bytes)?;
    Ok(json!({"path": path.to_string_lossy(), "bytes": bytes.len()}))
}

/// Where `document.save` puts files: `$TANDEM_DOCUMENTS`, else Documents/Tandem.
pub(crate) fn documents_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("TANDEM_DOCUMENTS").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(|d| d.join("Tandem")))
        .or_else(|| directories::UserDirs::new().map(|u| u.home_dir().join("Tandem")))
        .unwrap_or_else(|| PathBuf::from("Tandem"))
}

/// A document saved by `document.save`, checked before the desktop opens it in the system's
/// PDF viewer (to read or print): only PDF files inside the documents folder.
pub fn saved_document(path: &str) -> Result<PathBuf> {
    saved_file(path, &["pdf"])
}

/// A file Tandem saved in the documents folder (a PDF, the person's own copy in JSON, a
/// hand-over bundle), checked before `document.copy` copies it elsewhere.
pub fn saved_file(path: &str, extensions: &[&str]) -> Result<PathBuf> {
    let not_found = || Error::NotFound {
        what: "document".into(),
        id: path.chars().take(200).collect(),
    };
    let file = std::fs::canonicalize(path).map_err(|_| not_found())?;
    let dir = std::fs::canonicalize(documents_dir()).map_err(|_| not_found())?;
    let allowed = file
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.contains(&e));
    if !file.starts_with(&dir) || !allowed || !file.is_file() {
        return Err(not_found());
    }
    Ok(file)
}

/// Copies a saved file into `folder` (chosen in the system's dialog) under its own name, or
/// "name (2).pdf" and so on when that name is taken there: a copy never replaces a file.
pub fn copy_saved_file(from: &Path, folder: &str) -> Result<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(folder);
    if folder.trim().is_empty() || !dir.is_dir() {
        return Err(Error::NotFound {
            what: "folder".into(),
            id: folder.chars().take(200).collect(),
        });
    }
    let stem = from
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document".into());
    let ext = from
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = std::fs::read(from)?;
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem} ({n}).{ext}")
        };
        let to = dir.join(name);
        // create_new: never replaces a file that appeared meanwhile.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&to)
        {
            Ok(mut f) => {
                use std::io::Write;
                if let Err(e) = f.write_all(&bytes).and_then(|_| f.sync_all()) {
                    drop(f);
                    let _ = std::fs::remove_file(&to);
                    return Err(e.into());
                }
                return Ok((to, bytes));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(Error::Storage {
        detail: "too many copies of this file in that folder".into(),
    })
}

/// Writes a whole file or nothing: a temporary file beside it, then a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("part");
    {
        let mut f = std::fs::File::create(&tmp)?;
        crate::vault::private::file(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(())
}

impl Drop for Tandem {
    fn drop(&mut self) {
        self.lock();
    }
}
