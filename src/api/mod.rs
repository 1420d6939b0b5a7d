//! The one command surface: every action of the UI and the CLI is a named, typed command here.

mod backup;
mod sharing;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::audit;
use crate::error::{Error, ErrorReply, Result};
use crate::i18n::{self, Lang};
use crate::income;
use crate::person::{self, PersonDraft};
use crate::profile::{self, Profile};
use crate::report;
use crate::settings::Settings;
use crate::support;
use crate::vault::{self, KdfParams, Secret, Vault};

/// The names of all commands, for help texts and clients.
pub const COMMANDS: &[&str] = &[
    "app.status",
    "app.commands",
    "i18n.catalog",
    "settings.get",
    "settings.set",
    "vault.create",
    "vault.unlock",
    "vault.lock",
    "vault.change_passphrase",
    "vault.verify",
    "document.check",
    "vault.rekey",
    "vault.new_recovery_code",
    "session.activity",
    "profile.get",
    "profile.set",
    "person.create",
    "person.get",
    "person.update",
    "person.search",
    "audit.verify",
    "audit.person",
    "request.create",
    "request.get",
    "request.list",
    "request.update",
    "condition.set",
    "evidence.add",
    "evidence.remove",
    "visit.add",
    "visit.remove",
    "resource.add",
    "resource.remove",
    "category.set",
    "income.calculate",
    "income.override",
    "decision.record",
    "deadlines.list",
    "amounts.list",
    "amounts.add",
    "report.compose",
    "report.for_request",
    "report.get",
    "report.read_together",
    "report.remarks",
    "report.sign",
    "report.send",
    "report.readiness",
    "report.versions",
    "document.save",
    "plan.for_person",
    "plan.answer",
    "plan.open",
    "plan.get",
    "plan.goal.add",
    "plan.goal.status",
    "plan.commitment.add",
    "plan.commitment.done",
    "plan.meeting.add",
    "plan.pause",
    "plan.resume",
    "plan.end",
    "consent.give",
    "consent.withdraw",
    "consent.list",
    "share.record",
    "share.list",
    "person.export",
    "handover.export",
    "handover.import",
    "person.close",
    "person.reopen",
    "retention.due",
    "person.erase",
    "backup.list",
    "backup.create",
    "backup.restore",
];

/// The documents `document.save` and `tandem-cli document` produce.
pub const DOCUMENT_KINDS: &[&str] = &["report", "receipt", "decision", "plan"];

/// Commands that work on a locked vault (or without one).
pub const WITHOUT_UNLOCK: &[&str] = &[
    "app.status",
    "app.commands",
    "i18n.catalog",
    "settings.get",
    "settings.set",
    "vault.create",
    "vault.unlock",
    "vault.lock",
    "backup.list",
    "backup.restore",
];

/// Commands that do not count as the worker's activity: the window polls them in the
/// background (the status, the home screen's deadlines and erasures due), so counting them
/// would keep the vault open for as long as the laptop is on. Real input reaches the core as
/// `session.activity` (typing, clicks) or as the commands it triggers.
pub const PASSIVE: &[&str] = &[
    "app.status",
    "app.commands",
    "i18n.catalog",
    "settings.get",
    "deadlines.list",
    "retention.due",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoArgs {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogArgs {
    #[serde(default)]
    lang: Option<Lang>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsPatch {
    #[serde(default)]
    language: Option<Lang>,
    #[serde(default)]
    auto_lock_minutes: Option<u32>,
    #[serde(default)]
    retention_years: Option<u32>,
    #[serde(default)]
    backups_keep: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateVault {
    passphrase: String,
    profile: Profile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnlockArgs {
    #[serde(default)]
    passphrase: Option<String>,
    #[serde(default)]
    recovery_code: Option<String>,
    /// Open a vault whose seal is missing (the worker moved it without `tandem.seal`).
    #[serde(default)]
    accept_missing_seal: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangePassphrase {
    #[serde(default)]
    current_passphrase: Option<String>,
    #[serde(default)]
    recovery_code: Option<String>,
    new_passphrase: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IdArgs {
    id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SearchArgs {
    #[serde(default)]
    query: String,
    #[serde(default)]
    limit: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonArgs {
    person_id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlinesArgs {
    #[serde(default)]
    within_days: Option<i64>,
    #[serde(default)]
    today: Option<chrono::NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RekeyArgs {
    current_passphrase: String,
    #[serde(default)]
    remove_old_backups: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProofArgs {
    current_passphrase: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PathArgs {
    path: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportArgs {
    report_id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SendArgs {
    report_id: i64,
    /// Why the report goes with open points (required when it has some).
    #[serde(default)]
    readiness_reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestArgs {
    request_id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RemarksArgs {
    report_id: i64,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentArgs {
    kind: String,
    id: i64,
    #[serde(default)]
    number: Option<i64>,
    #[serde(default)]
    lang: Option<Lang>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanArgs {
    plan_id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerArgs {
    person_id: i64,
    wants: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoalStatusArgs {
    goal_id: i64,
    status: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommitmentDoneArgs {
    commitment_id: i64,
    done: bool,
}

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

/// Exactly one of the two secrets, as sent by a client.
fn secret<'a>(passphrase: &'a Option<String>, code: &'a Option<String>) -> Result<Secret<'a>> {
    match (passphrase, code) {
        (Some(p), None) => Ok(Secret::Passphrase(p)),
        (None, Some(c)) => Ok(Secret::RecoveryCode(c)),
        _ => Err(Error::InvalidInput {
            detail: "give either a passphrase or a recovery code".into(),
        }),
    }
}

fn parse<T: DeserializeOwned>(args: Value) -> Result<T> {
    let args = if args.is_null() { json!({}) } else { args };
    serde_json::from_value(args).map_err(|e| Error::InvalidInput {
        detail: e.to_string(),
    })
}

fn to_value<T: Serialize>(v: T) -> Result<Value> {
    serde_json::to_value(v).map_err(|e| Error::Storage {
        detail: e.to_string(),
    })
}

/// A client's session with one vault folder: locked or unlocked, with its idle clock.
pub struct Tandem {
    dir: PathBuf,
    vault: Option<Vault>,
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
    fn today(&self) -> chrono::NaiveDate {
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
    fn close(&mut self) {
        if let Some(v) = self.vault.take() {
            let _ = v.close();
        }
    }

    fn vault(&mut self) -> Result<&mut Vault> {
        self.vault.as_mut().ok_or(Error::Locked)
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
        if !PASSIVE.contains(&command) && COMMANDS.contains(&command) {
            self.last_activity = now;
        }
        match command {
            "app.status" => {
                parse::<NoArgs>(args)?;
                let profile = match &self.vault {
                    Some(v) => profile::get(v.conn())?,
                    None => None,
                };
                to_value(Status {
                    vault_exists: vault::exists(&self.dir),
                    vault_damaged: vault::damaged(&self.dir),
                    unlocked: self.vault.is_some(),
                    language: self.settings.language,
                    auto_lock_minutes: self.settings.auto_lock_minutes,
                    profile,
                })
            }
            "app.commands" => {
                parse::<NoArgs>(args)?;
                to_value(COMMANDS)
            }
            "i18n.catalog" => {
                let a: CatalogArgs = parse(args)?;
                let lang = a.lang.unwrap_or(self.settings.language);
                Ok(json!({"lang": lang, "messages": i18n::catalogs().catalog(lang)}))
            }
            "settings.get" => {
                parse::<NoArgs>(args)?;
                to_value(self.settings)
            }
            "settings.set" => {
                let a: SettingsPatch = parse(args)?;
                let mut s = self.settings;
                if let Some(l) = a.language {
                    s.language = l;
                }
                if let Some(m) = a.auto_lock_minutes {
                    s.auto_lock_minutes = m;
                }
                if let Some(y) = a.retention_years {
                    s.retention_years = y;
                }
                if let Some(k) = a.backups_keep {
                    s.backups_keep = k;
                }
                s.save(&self.dir)?;
                self.settings = s;
                // Once the vault is open, a change of settings is in its trail.
                if let Some(v) = self.vault.as_mut() {
                    let tx = v.conn_mut().transaction()?;
                    audit::append(
                        &tx,
                        "settings.set",
                        None,
                        &json!({
                            "language": s.language,
                            "auto_lock_minutes": s.auto_lock_minutes,
                            "retention_years": s.retention_years,
                            "backups_keep": s.backups_keep,
                        }),
                    )?;
                    tx.commit()?;
                }
                to_value(self.settings)
            }
            "vault.create" => {
                let a: CreateVault = parse(args)?;
                let profile = a.profile.checked()?;
                if self.vault.is_some() {
                    return Err(Error::VaultExists);
                }
                let (mut v, code) = Vault::create(&self.dir, &a.passphrase, self.kdf)?;
                {
                    let tx = v.conn_mut().transaction()?;
                    audit::append(&tx, "vault.create", None, &json!({}))?;
                    tx.commit()?;
                }
                profile::set(v.conn_mut(), profile)?;
                if !self.dir.join(crate::settings::FILE_NAME).exists() {
                    self.settings.save(&self.dir)?;
                }
                self.vault = Some(v);
                Ok(json!({ "recovery_code": code.as_str() }))
            }
            "vault.unlock" => {
                let a: UnlockArgs = parse(args)?;
                let s = secret(&a.passphrase, &a.recovery_code)?;
                let method = match s {
                    Secret::Passphrase(_) => "passphrase",
                    Secret::RecoveryCode(_) => "recovery_code",
                };
                self.lock();
                let (mut v, seal) = Vault::unlock_with(&self.dir, &s, a.accept_missing_seal)?;
                let tx = v.conn_mut().transaction()?;
                audit::append(&tx, "vault.unlock", None, &json!({ "method": method }))?;
                if seal == vault::seal::Found::MissingAccepted {
                    // Opened without its seal by the worker's decision: the journal says so.
                    audit::append(&tx, "vault.seal_missing_accepted", None, &json!({}))?;
                }
                tx.commit()?;
                self.vault = Some(v);
                Ok(json!({"unlocked": true}))
            }
            "vault.lock" => {
                parse::<NoArgs>(args)?;
                self.lock();
                Ok(json!({}))
            }
            "vault.change_passphrase" => {
                let a: ChangePassphrase = parse(args)?;
                let proof = secret(&a.current_passphrase, &a.recovery_code)?;
                let kdf = self.kdf;
                let v = self.vault()?;
                v.change_passphrase(&proof, &a.new_passphrase, kdf)?;
                let tx = v.conn_mut().transaction()?;
                audit::append(&tx, "vault.change_passphrase", None, &json!({}))?;
                tx.commit()?;
                Ok(json!({}))
            }
            // A leaked passphrase or recovery code: a new data key for the database, new key
            // slots with a new recovery code, a new backup; the old backups (and replaced
            // vaults), which the old secrets still open, are removed when asked.
            "vault.rekey" => {
                let a: RekeyArgs = parse(args)?;
                let kdf = self.kdf;
                let code = {
                    let v = self.vault()?;
                    let code = v.rekey(&a.current_passphrase, kdf)?;
                    let tx = v.conn_mut().transaction()?;
                    audit::append(
                        &tx,
                        "vault.rekey",
                        None,
                        &json!({"old_backups_removed": a.remove_old_backups}),
                    )?;
                    tx.commit()?;
                    code
                };
                let made = self.backup_now(None, &mut |_, _| {})?;
                let mut removed = 0;
                if a.remove_old_backups {
                    for old in crate::vault::backup::list(&self.dir)? {
                        if old.path != made.path {
                            std::fs::remove_file(&old.path)?;
                            removed += 1;
                        }
                    }
                    crate::vault::backup::prune_replaced(&self.dir, 0);
                }
                Ok(json!({
                    "recovery_code": code.as_str(),
                    "backup": made.path,
                    "old_backups_removed": removed,
                }))
            }
            "vault.new_recovery_code" => {
                let a: ProofArgs = parse(args)?;
                let kdf = self.kdf;
                let v = self.vault()?;
                let code = v.new_recovery_code(&a.current_passphrase, kdf)?;
                let tx = v.conn_mut().transaction()?;
                audit::append(&tx, "vault.new_recovery_code", None, &json!({}))?;
                tx.commit()?;
                Ok(json!({ "recovery_code": code.as_str() }))
            }
            // A document Tandem made, against the journal now: its mark must still be there.
            "document.check" => {
                let a: PathArgs = parse(args)?;
                let path = Path::new(&a.path);
                let meta = std::fs::metadata(path).map_err(|_| Error::NotFound {
                    what: "file".into(),
                    id: a.path.chars().take(200).collect(),
                })?;
                if !meta.is_file() || meta.len() > 256 * 1024 * 1024 {
                    return Err(Error::InvalidInput {
                        detail: "not a document file".into(),
                    });
                }
                let bytes = std::fs::read(path)?;
                let lang = self.language();
                let conn = self.vault()?.conn();
                let (found, ok, mark) = match audit::mark_in_pdf(&bytes) {
                    None => (false, false, String::new()),
                    Some(m) => {
                        let c = audit::check_mark(conn, &m)?;
                        (true, c.ok, m)
                    }
                };
                let said = match (found, ok) {
                    (false, _) => "document-check-no-mark",
                    (true, true) => "document-check-ok",
                    (true, false) => "document-check-rewritten",
                };
                Ok(json!({
                    "found": found,
                    "ok": ok,
                    "mark": mark,
                    "message": i18n::catalogs().message(lang, said, &[("mark", mark.clone())]),
                }))
            }
            "vault.verify" => {
                parse::<NoArgs>(args)?;
                let v = self.vault()?;
                let chain = audit::verify(v.conn())?;
                let problems = v.integrity_check()?;
                Ok(json!({
                    "ok": chain.ok && problems.is_empty(),
                    "audit": chain,
                    "integrity": if problems.is_empty() { vec!["ok".to_string()] } else { problems },
                }))
            }
            "audit.verify" => {
                parse::<NoArgs>(args)?;
                to_value(audit::verify(self.vault()?.conn())?)
            }
            "audit.person" => {
                let a: IdArgs = parse(args)?;
                to_value(audit::for_person(self.vault()?.conn(), a.id)?)
            }
            "session.activity" => {
                parse::<NoArgs>(args)?;
                self.vault()?;
                Ok(json!({}))
            }
            "profile.get" => {
                parse::<NoArgs>(args)?;
                to_value(profile::get(self.vault()?.conn())?)
            }
            "profile.set" => {
                let p: Profile = parse(args)?;
                to_value(profile::set(self.vault()?.conn_mut(), p)?)
            }
            "person.create" => {
                let d: PersonDraft = parse(args)?;
                let id = person::create(self.vault()?.conn_mut(), d)?;
                Ok(json!({ "id": id }))
            }
            "person.get" => {
                let a: IdArgs = parse(args)?;
                to_value(person::get(self.vault()?.conn_mut(), a.id)?)
            }
            "person.update" => {
                let d: PersonDraft = parse(args)?;
                to_value(person::update(self.vault()?.conn_mut(), d)?)
            }
            "person.search" => {
                let a: SearchArgs = parse(args)?;
                to_value(person::search(self.vault()?.conn(), &a.query, a.limit)?)
            }
            // ---- the right to income: every change answers with the whole request view
            "request.create" => {
                let a: income::NewRequest = parse(args)?;
                let id = income::create(self.vault()?.conn_mut(), a)?;
                Ok(json!({ "id": id }))
            }
            "request.get" => {
                let a: IdArgs = parse(args)?;
                let lang = self.language();
                let conn = self.vault()?.conn_mut();
                let tx = conn.transaction()?;
                let view = income::view::build(&tx, a.id, lang)?;
                audit::append(
                    &tx,
                    "request.read",
                    Some(view.person_id),
                    &json!({"request_id": a.id}),
                )?;
                tx.commit()?;
                to_value(view)
            }
            "request.list" => {
                let a: PersonArgs = parse(args)?;
                to_value(income::view::list(self.vault()?.conn(), a.person_id)?)
            }
            "request.update" => {
                let a: income::RequestPatch = parse(args)?;
                let id = a.id;
                income::update(self.vault()?.conn_mut(), a)?;
                self.request_view(id)
            }
            "condition.set" => {
                let a: income::ConditionSet = parse(args)?;
                let id = a.request_id;
                income::set_condition(self.vault()?.conn_mut(), a)?;
                self.request_view(id)
            }
            "evidence.add" => {
                let a: income::NewEvidence = parse(args)?;
                let id = a.request_id;
                income::add_evidence(self.vault()?.conn_mut(), a)?;
                self.request_view(id)
            }
            "evidence.remove" => {
                let a: IdArgs = parse(args)?;
                let id = income::remove_evidence(self.vault()?.conn_mut(), a.id)?;
                self.request_view(id)
            }
            "visit.add" => {
                let a: income::NewVisit = parse(args)?;
                let id = a.request_id;
                income::add_visit(self.vault()?.conn_mut(), a)?;
                self.request_view(id)
            }
            "visit.remove" => {
                let a: IdArgs = parse(args)?;
                let id = income::remove_visit(self.vault()?.conn_mut(), a.id)?;
                self.request_view(id)
            }
            "resource.add" => {
                let a: income::NewResource = parse(args)?;
                let id = a.request_id;
                income::add_resource(self.vault()?.conn_mut(), a)?;
                self.request_view(id)
            }
            "resource.remove" => {
                let a: IdArgs = parse(args)?;
                let id = income::remove_resource(self.vault()?.conn_mut(), a.id)?;
                self.request_view(id)
            }
            "category.set" => {
                let a: income::CategorySet = parse(args)?;
                let id = a.request_id;
                income::set_category(self.vault()?.conn_mut(), a)?;
                self.request_view(id)
            }
            "income.override" => {
                let a: income::OverrideSet = parse(args)?;
                let id = a.request_id;
                income::set_override(self.vault()?.conn_mut(), a)?;
                self.request_view(id)
            }
            "decision.record" => {
                let a: income::DecisionRecord = parse(args)?;
                let id = a.request_id;
                income::record_decision(self.vault()?.conn_mut(), a)?;
                self.request_view(id)
            }
            // A pure function: uses the vault's amounts table when unlocked, else the shipped one.
            "income.calculate" => {
                let a: income::calc::Input = parse(args)?;
                let lang = self.language();
                let rows = match &self.vault {
                    Some(v) => income::amounts::list(v.conn())?,
                    None => income::amounts::seed_rows(),
                };
                to_value(income::calc::calculate(&a, &rows, lang)?)
            }
            "deadlines.list" => {
                let a: DeadlinesArgs = parse(args)?;
                let today = a.today.unwrap_or_else(crate::today);
                to_value(income::deadlines::list(
                    self.vault()?.conn(),
                    today,
                    a.within_days.unwrap_or(7),
                )?)
            }
            "amounts.list" => {
                parse::<NoArgs>(args)?;
                to_value(income::amounts::list(self.vault()?.conn())?)
            }
            "amounts.add" => {
                let a: income::amounts::AmountRow = parse(args)?;
                to_value(income::amounts::add(self.vault()?.conn_mut(), a)?)
            }
            // ---- the social report
            "report.compose" => {
                let a: report::ComposeArgs = parse(args)?;
                let id = report::compose(self.vault()?.conn_mut(), a)?;
                Ok(json!({ "report_id": id }))
            }
            "report.for_request" => {
                let a: RequestArgs = parse(args)?;
                let id = report::for_request(self.vault()?.conn(), a.request_id)?;
                Ok(json!({ "report_id": id }))
            }
            "report.get" => {
                let a: ReportArgs = parse(args)?;
                report::get(self.vault()?.conn(), a.report_id)
            }
            "report.read_together" => {
                let a: ReportArgs = parse(args)?;
                report::read_together(self.vault()?.conn_mut(), a.report_id)?;
                report::get(self.vault()?.conn(), a.report_id)
            }
            "report.remarks" => {
                let a: RemarksArgs = parse(args)?;
                report::remarks(self.vault()?.conn_mut(), a.report_id, &a.text)?;
                report::get(self.vault()?.conn(), a.report_id)
            }
            "report.sign" => {
                let a: report::SignArgs = parse(args)?;
                let id = a.report_id;
                report::sign(self.vault()?.conn_mut(), a)?;
                report::get(self.vault()?.conn(), id)
            }
            "report.send" => {
                let a: SendArgs = parse(args)?;
                report::send(
                    self.vault()?.conn_mut(),
                    a.report_id,
                    a.readiness_reason.as_deref(),
                )?;
                report::get(self.vault()?.conn(), a.report_id)
            }
            "report.readiness" => {
                let a: ReportArgs = parse(args)?;
                let lang = self.language();
                to_value(report::readiness(self.vault()?.conn(), a.report_id, lang)?)
            }
            "report.versions" => {
                let a: ReportArgs = parse(args)?;
                to_value(report::versions(self.vault()?.conn(), a.report_id)?)
            }
            "document.save" => {
                let a: DocumentArgs = parse(args)?;
                let (bytes, name) = self.document(&a.kind, a.id, a.lang, a.number)?;
                let dir = documents_dir();
                crate::vault::private::create_dir(&dir)?;
                let path = dir.join(name);
                write_atomically(&path, &bytes)?;
                Ok(json!({"path": path.to_string_lossy(), "bytes": bytes.len()}))
            }
            // ---- the voluntary support plan (kept apart from everything above)
            "plan.for_person" => {
                let a: PersonArgs = parse(args)?;
                support::for_person(self.vault()?.conn(), a.person_id)
            }
            "plan.answer" => {
                let a: AnswerArgs = parse(args)?;
                if a.wants {
                    return Err(Error::InvalidInput {
                        detail: "wants: true opens a plan: use plan.open".into(),
                    });
                }
                support::answer(self.vault()?.conn_mut(), a.person_id, false)
            }
            "plan.open" => {
                let a: PersonArgs = parse(args)?;
                to_value(support::open(self.vault()?.conn_mut(), a.person_id)?)
            }
            "plan.get" => {
                let a: PlanArgs = parse(args)?;
                to_value(support::get(self.vault()?.conn(), a.plan_id)?)
            }
            "plan.goal.add" => {
                let a: support::NewGoal = parse(args)?;
                to_value(support::add_goal(self.vault()?.conn_mut(), a)?)
            }
            "plan.goal.status" => {
                let a: GoalStatusArgs = parse(args)?;
                to_value(support::goal_status(
                    self.vault()?.conn_mut(),
                    a.goal_id,
                    &a.status,
                )?)
            }
            "plan.commitment.add" => {
                let a: support::NewCommitment = parse(args)?;
                to_value(support::add_commitment(self.vault()?.conn_mut(), a)?)
            }
            "plan.commitment.done" => {
                let a: CommitmentDoneArgs = parse(args)?;
                to_value(support::commitment_done(
                    self.vault()?.conn_mut(),
                    a.commitment_id,
                    a.done,
                )?)
            }
            "plan.meeting.add" => {
                let a: support::NewMeeting = parse(args)?;
                to_value(support::add_meeting(self.vault()?.conn_mut(), a)?)
            }
            "plan.pause" | "plan.resume" | "plan.end" => {
                let a: PlanArgs = parse(args)?;
                let to = match command {
                    "plan.pause" => "paused",
                    "plan.resume" => "active",
                    _ => "ended",
                };
                to_value(support::set_status(
                    self.vault()?.conn_mut(),
                    a.plan_id,
                    to,
                )?)
            }
            // ---- consent and sharing (src/api/sharing.rs)
            other if sharing::handles(other) => self.call_sharing(other, args),
            other if backup::handles(other) => self.call_backup(other, args),
            other => Err(Error::UnknownCommand {
                command: other.chars().take(100).collect(),
            }),
        }
    }
}

/// Where `document.save` puts files: `$TANDEM_DOCUMENTS`, else Documents/Tandem.
fn documents_dir() -> PathBuf {
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
    let not_found = || Error::NotFound {
        what: "document".into(),
        id: path.chars().take(200).collect(),
    };
    let file = std::fs::canonicalize(path).map_err(|_| not_found())?;
    let dir = std::fs::canonicalize(documents_dir()).map_err(|_| not_found())?;
    if !file.starts_with(&dir) || file.extension().is_none_or(|e| e != "pdf") || !file.is_file() {
        return Err(not_found());
    }
    Ok(file)
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

impl Tandem {
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
        let conn = self.vault()?.conn_mut();
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let (bytes, name) = match kind {
            "report" => {
                let (bytes, n) = report::pdf_bytes(conn, id, number, lang)?;
                (bytes, format!("tandem-report-{id}-v{n}-{stamp}.pdf"))
            }
            // Printing the receipt records the day it is handed over; making the decision
            // letter records the day it is sent (a reprint keeps both dates).
            "receipt" => {
                let bytes = report::letters::receipt(conn, id, lang)?;
                report::letters::receipt_given(conn, id)?;
                (bytes, format!("tandem-receipt-{id}-{stamp}.pdf"))
            }
            "decision" => {
                let bytes = report::letters::decision(conn, id, lang)?;
                report::letters::letter_sent(conn, id)?;
                (bytes, format!("tandem-decision-{id}-{stamp}.pdf"))
            }
            _ => (
                support::document::render(conn, id, lang)?,
                format!("tandem-plan-{id}-{stamp}.pdf"),
            ),
        };
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
    /// kind, so that [`Tandem::document`] only meets the four known ones.
    fn document_person(&mut self, kind: &str, id: i64) -> Result<i64> {
        let conn = self.vault()?.conn();
        match kind {
            "report" => {
                let request_id: i64 = conn
                    .query_row("SELECT request_id FROM report WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })
                    .map_err(|_| Error::NotFound {
                        what: "report".into(),
                        id: id.to_string(),
                    })?;
                income::person_of(conn, request_id)
            }
            "receipt" | "decision" => income::person_of(conn, id),
            "plan" => Ok(support::get(conn, id)?.person_id),
            other => Err(Error::InvalidChoice {
                field: "kind".into(),
                value: other.chars().take(30).collect(),
            }),
        }
    }

    /// The whole request in the session's language (what every income change answers).
    fn request_view(&mut self, id: i64) -> Result<Value> {
        let lang = self.language();
        to_value(income::view::build(self.vault()?.conn(), id, lang)?)
    }
}

impl Drop for Tandem {
    fn drop(&mut self) {
        self.lock();
    }
}
