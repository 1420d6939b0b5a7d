//! The commands of the vault: create, unlock, lock, change the passphrase, rekey, a new
//! recovery code, verify; and its backups (list, make one, a checked restore).

use std::path::Path;

use serde::Deserialize;
use serde_json::{json, Value};

use super::backup;
use super::secret_text::SecretText;
use super::{Secret, Vault};
use crate::audit;
use crate::command::{parse, to_value, Command, Ctx, NoArgs};
use crate::error::{Error, Result};
use crate::profile::{self, Profile};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateVault {
    passphrase: SecretText,
    profile: Profile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnlockArgs {
    #[serde(default)]
    passphrase: Option<SecretText>,
    #[serde(default)]
    recovery_code: Option<SecretText>,
    /// Open a vault whose seal is missing (the worker moved it without `tandem.seal`).
    #[serde(default)]
    accept_missing_seal: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangePassphrase {
    #[serde(default)]
    current_passphrase: Option<SecretText>,
    #[serde(default)]
    recovery_code: Option<SecretText>,
    new_passphrase: SecretText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RekeyArgs {
    current_passphrase: SecretText,
    #[serde(default)]
    remove_old_backups: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProofArgs {
    current_passphrase: SecretText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateArgs {
    #[serde(default)]
    folder: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RestoreArgs {
    path: String,
    #[serde(default)]
    passphrase: Option<SecretText>,
    #[serde(default)]
    recovery_code: Option<SecretText>,
    /// Today's passphrase of the vault being replaced: needed when the vault is locked and
    /// can be opened (so that a backup's old secret alone cannot replace today's vault).
    #[serde(default)]
    current_passphrase: Option<SecretText>,
}

/// Exactly one of the two secrets, as sent by a client.
fn secret<'a>(
    passphrase: &'a Option<SecretText>,
    code: &'a Option<SecretText>,
) -> Result<Secret<'a>> {
    match (passphrase, code) {
        (Some(p), None) => Ok(Secret::Passphrase(p.as_str())),
        (None, Some(c)) => Ok(Secret::RecoveryCode(c.as_str())),
        _ => Err(Error::InvalidInput {
            detail: "give either a passphrase or a recovery code".into(),
        }),
    }
}

/// One audit entry about the vault itself (no person).
fn audited(v: &mut Vault, action: &str, detail: Value) -> Result<()> {
    let tx = v.conn_mut().transaction()?;
    audit::append(&tx, action, None, &detail)?;
    tx.commit()?;
    Ok(())
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "vault.create",
        "A new vault {passphrase, profile}, left unlocked; answers {recovery_code} (shown once).",
        |t, args| {
            let a: CreateVault = parse(args)?;
            let profile = a.profile.checked()?;
            if t.is_unlocked() {
                return Err(Error::VaultExists);
            }
            let (mut v, code) = Vault::create(t.dir(), &a.passphrase, t.kdf())?;
            audited(&mut v, "vault.create", json!({}))?;
            profile::set(v.conn_mut(), profile)?;
            if !t.dir().join(crate::settings::FILE_NAME).exists() {
                t.settings().save(t.dir())?;
            }
            t.opened(v);
            Ok(json!({ "recovery_code": code.as_str() }))
        },
    )
    .without_unlock(),
    Command::new(
        "vault.unlock",
        "Opens the vault {passphrase or recovery_code}; answers {unlocked: true}.",
        unlock,
    )
    .without_unlock(),
    Command::new(
        "vault.lock",
        "Locks the vault now (after the automatic backup, when something changed).",
        |t, args| {
            parse::<NoArgs>(args)?;
            t.lock();
            Ok(json!({}))
        },
    )
    .without_unlock(),
    Command::new(
        "vault.change_passphrase",
        "A new passphrase {current_passphrase or recovery_code, new_passphrase}.",
        |t, args| {
            let a: ChangePassphrase = parse(args)?;
            let proof = secret(&a.current_passphrase, &a.recovery_code)?;
            let kdf = t.kdf();
            let v = t.vault()?;
            v.change_passphrase(&proof, &a.new_passphrase, kdf)?;
            audited(v, "vault.change_passphrase", json!({}))?;
            Ok(json!({}))
        },
    ),
    Command::new(
        "vault.verify",
        "Checks the audit chain and the database; answers {ok, audit, integrity, team_audit?} (team_audit: the team store's chain, recomputed by the server, when working in a team).",
        |t, args| {
            parse::<NoArgs>(args)?;
            let v = t.vault()?;
            let chain = audit::verify(v.conn())?;
            let problems = v.integrity_check()?;
            let mut ok = chain.ok && problems.is_empty();
            let mut answer = json!({
                "audit": chain,
                "integrity": if problems.is_empty() { vec!["ok".to_string()] } else { problems },
            });
            if t.in_team() {
                let team = audit::verify(t.store()?)?;
                ok = ok && team.ok;
                answer["team_audit"] = json!(team);
            }
            answer["ok"] = json!(ok);
            Ok(answer)
        },
    ),
    // A leaked passphrase or recovery code: a new data key for the database, new key
    // slots with a new recovery code, a new backup; the old backups (and replaced
    // vaults), which the old secrets still open, are removed when asked.
    Command::new(
        "vault.rekey",
        "After a leak: a new data key, key slots and recovery code, a new backup {current_passphrase, remove_old_backups}.",
        |t, args| {
            let a: RekeyArgs = parse(args)?;
            let kdf = t.kdf();
            let code = {
                let v = t.vault()?;
                let code = v.rekey(&a.current_passphrase, kdf)?;
                audited(
                    v,
                    "vault.rekey",
                    json!({"old_backups_removed": a.remove_old_backups}),
                )?;
                code
            };
            let made = t.backup_now(None, &mut |_, _| {})?;
            let mut removed = 0;
            if a.remove_old_backups {
                for old in backup::list(t.dir())? {
                    if old.path != made.path {
                        std::fs::remove_file(&old.path)?;
                        removed += 1;
                    }
                }
                backup::prune_replaced(t.dir(), 0);
            }
            Ok(json!({
                "recovery_code": code.as_str(),
                "backup": made.path,
                "old_backups_removed": removed,
            }))
        },
    ),
    Command::new(
        "vault.new_recovery_code",
        "A new recovery code {current_passphrase} (the old one stops working).",
        |t, args| {
            let a: ProofArgs = parse(args)?;
            let kdf = t.kdf();
            let v = t.vault()?;
            let code = v.new_recovery_code(&a.current_passphrase, kdf)?;
            audited(v, "vault.new_recovery_code", json!({}))?;
            Ok(json!({ "recovery_code": code.as_str() }))
        },
    ),
    Command::new(
        "backup.list",
        "The automatic backups: {folder, keep, automatic, last_error}.",
        |t, args| {
            parse::<NoArgs>(args)?;
            Ok(json!({
                "folder": t.dir().join("backups").to_string_lossy(),
                "keep": t.settings().backups_keep,
                "automatic": backup::list(t.dir())?,
                "last_error": t.backup_last_error(),
            }))
        },
    )
    .without_unlock(),
    Command::new(
        "backup.create",
        "A backup now {folder} (a USB stick), else into the automatic folder.",
        |t, args| {
            let a: CreateArgs = parse(args)?;
            to_value(t.backup_now(a.folder.as_deref(), &mut |_, _| {})?)
        },
    ),
    Command::new(
        "backup.restore",
        "Checks a backup and restores it {path, passphrase or recovery_code, current_passphrase}; the replaced vault is kept aside.",
        restore,
    )
    .without_unlock(),
];

fn unlock(t: &mut Ctx, args: Value) -> Result<Value> {
    let a: UnlockArgs = parse(args)?;
    let s = secret(&a.passphrase, &a.recovery_code)?;
    open(t, &s, a.accept_missing_seal)
}

/// Opens the vault with `s` and records how in the journal.
fn open(t: &mut Ctx, s: &Secret, accept_missing_seal: bool) -> Result<Value> {
    let method = match s {
        Secret::Passphrase(_) => "passphrase",
        Secret::RecoveryCode(_) => "recovery_code",
    };
    t.lock();
    // Opened without its seal by the worker's decision: `unlock_with` journals it.
    let missing = if accept_missing_seal {
        super::MissingSeal::WorkerAccepts
    } else {
        super::MissingSeal::Refuse
    };
    let (mut v, _) = Vault::unlock_with(t.dir(), s, missing)?;
    audited(&mut v, "vault.unlock", json!({ "method": method }))?;
    t.opened(v);
    Ok(json!({"unlocked": true}))
}

fn restore(t: &mut Ctx, args: Value) -> Result<Value> {
    let a: RestoreArgs = parse(args)?;
    let s = secret(&a.passphrase, &a.recovery_code)?;
    // Locked, with a vault here whose key slots are sound: its current secret too.
    // (A first run on a new laptop, or a damaged vault, needs only the backup's.)
    // The key slots alone prove it: a vault refused for damage or a rollback can
    // still be replaced by its owner.
    let slots = super::keyslots::KeySlots::load(t.dir());
    if let (false, true, Ok(slots)) = (t.is_unlocked(), super::exists(t.dir()), slots) {
        let current = a
            .current_passphrase
            .as_deref()
            .filter(|p| !p.is_empty())
            .ok_or(Error::Required {
                field: "current_passphrase".into(),
            })?;
        slots
            .unlock(&Secret::Passphrase(current))
            .map_err(|e| match e {
                Error::WrongSecret => Error::WrongCurrentSecret,
                other => other,
            })?;
    }
    // The open vault is closed first (without an automatic backup, which could
    // prune the very file being restored: the replaced vault is kept aside anyway);
    // the restored one is then opened with the secret that opened the backup.
    t.close();
    let info = backup::restore(Path::new(&a.path), t.dir(), &s)?;
    open(t, &s, false)?;
    audited(
        t.vault()?,
        "vault.restore",
        json!({"audit_entries": info.audit_entries}),
    )?;
    to_value(info)
}
