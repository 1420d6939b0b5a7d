//! Backups and the single-instance lock: a backup restores to an equal vault, a damaged or
//! foreign file is refused without touching the vault, automatic backups rotate, and a
//! second writer on an open vault is told it is in use.

mod common;

use std::process::Command;

use common::{code, full_file, id, open, PASS};
use serde_json::json;
use tandem::vault::{Secret, Vault};
use tandem::Tandem;

/// Every row of every table (FTS shadow tables included), as text, in a stable order.
fn contents(dir: &std::path::Path) -> Vec<String> {
    let v = Vault::unlock(dir, &Secret::Passphrase(PASS)).unwrap();
    rows(v.conn())
}

fn rows(conn: &tandem::store::Db) -> Vec<String> {
    let mut out: Vec<String> = common::every_row(conn)
        .into_iter()
        .map(|(t, cells)| format!("{t}: {cells:?}"))
        .collect();
    out.sort();
    out
}

/// Equal row sets, reporting the first difference only (rows hold whole PDFs).
fn assert_same(a: &[String], b: &[String]) {
    let short = |s: &str| s.chars().take(160).collect::<String>();
    if let Some((x, y)) = a.iter().zip(b).find(|(x, y)| x != y) {
        panic!("first different row:\n{}\n{}", short(x), short(y));
    }
    assert_eq!(a.len(), b.len(), "row counts differ");
}

#[test]
fn a_backup_restores_to_an_equal_vault_and_damage_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut t = open(&dir, "Wanda Worker").without_auto_backups();
    full_file(&mut t, "B");
    let out = tmp.path().join("stick");
    std::fs::create_dir_all(&out).unwrap();
    // Straight on the vault, so that no audit entry is added between the copy and the look.
    t.lock();
    let v = Vault::unlock(&dir, &Secret::Passphrase(PASS)).unwrap();
    let mut steps = Vec::new();
    let info = v
        .backup_to(&out.join("b.tandem-backup"), &mut |done, total| {
            steps.push((done, total))
        })
        .unwrap();
    let original = rows(v.conn());
    drop(v);
    assert!(
        steps.last().is_some_and(|(d, t)| d == t && *t > 0),
        "{steps:?}"
    );
    let file = std::path::PathBuf::from(&info.path);
    let bytes = std::fs::read(&file).unwrap();
    assert!(
        !bytes.windows(6).any(|w| w == b"SntB00"),
        "a backup stays encrypted"
    );

    // Into a new folder: the same rows, table by table.
    let copy = tmp.path().join("restored");
    let r = tandem::vault::backup::restore(&file, &copy, &Secret::Passphrase(PASS)).unwrap();
    assert!(r.previous_kept_in.is_none());
    let restored = contents(&copy);
    assert_same(&original, &restored);

    // Wrong passphrase, a flipped byte, a foreign file: refused, the target untouched.
    let before = contents(&copy);
    assert_eq!(
        tandem::vault::backup::restore(&file, &copy, &Secret::Passphrase("not the passphrase"))
            .unwrap_err()
            .code(),
        "wrong-secret"
    );
    let mut damaged = bytes.clone();
    let at = damaged.len() - 3000;
    damaged[at] ^= 0x40;
    std::fs::write(tmp.path().join("damaged.tandem-backup"), &damaged).unwrap();
    let e = tandem::vault::backup::restore(
        &tmp.path().join("damaged.tandem-backup"),
        &copy,
        &Secret::Passphrase(PASS),
    )
    .unwrap_err();
    assert_eq!(e.code(), "vault-corrupt", "{e:?}");
    std::fs::write(tmp.path().join("x.tandem-backup"), b"%PDF-1.7 hello").unwrap();
    assert_eq!(
        tandem::vault::backup::restore(
            &tmp.path().join("x.tandem-backup"),
            &copy,
            &Secret::Passphrase(PASS)
        )
        .unwrap_err()
        .code(),
        "backup-format"
    );
    assert_same(&before, &contents(&copy));
    assert!(std::fs::read_dir(&copy)
        .unwrap()
        .flatten()
        .all(|e| !e.file_name().to_string_lossy().starts_with(".restore")));
}

#[test]
fn restoring_into_the_open_vault_keeps_the_replaced_one_aside() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut t = open(&dir, "Wanda Worker");
    let a = id(
        t.call("person.create", json!({"display_name": "Before Backup"}))
            .unwrap(),
        "id",
    );
    let made = t.call("backup.create", json!({})).unwrap();
    let b = id(
        t.call("person.create", json!({"display_name": "After Backup"}))
            .unwrap(),
        "id",
    );
    let r = t
        .call(
            "backup.restore",
            json!({"path": made["path"], "passphrase": PASS}),
        )
        .unwrap();
    assert!(t.is_unlocked(), "the restored vault is open");
    t.call("person.get", json!({"id": a})).unwrap();
    assert_eq!(code(&mut t, "person.get", json!({"id": b})), "not-found");
    let kept = r["previous_kept_in"].as_str().unwrap();
    assert!(
        std::path::Path::new(kept).join("tandem.db").is_file(),
        "nothing is deleted"
    );
    assert!(t.call("vault.verify", json!({})).unwrap()["ok"]
        .as_bool()
        .unwrap());
    // From the unlock screen too, but only with the current passphrase of the vault it
    // replaces (issue "Hardening the vault", 8: before, the backup's old secret was enough).
    t.call("vault.lock", json!({})).unwrap();
    assert_eq!(
        code(
            &mut t,
            "backup.restore",
            json!({"path": made["path"], "passphrase": PASS})
        ),
        "required"
    );
    assert_eq!(
        code(
            &mut t,
            "backup.restore",
            json!({"path": made["path"], "passphrase": PASS,
                   "current_passphrase": "not the passphrase of today"})
        ),
        "wrong-current-secret"
    );
    assert!(!t.is_unlocked());
    t.call(
        "backup.restore",
        json!({"path": made["path"], "passphrase": PASS, "current_passphrase": PASS}),
    )
    .unwrap();
    // A vault whose key slots are gone (it cannot be opened) is restored with the backup's
    // secret alone.
    t.call("vault.lock", json!({})).unwrap();
    std::fs::remove_file(dir.join("keyslots.json")).unwrap();
    t.call(
        "backup.restore",
        json!({"path": made["path"], "passphrase": PASS}),
    )
    .unwrap();
    let list = t.call("backup.list", json!({})).unwrap();
    assert!(list["automatic"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b["path"] == made["path"]));
}

#[test]
fn automatic_backups_follow_changes_and_keep_the_last_n() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut t = open(&dir, "Wanda Worker");
    t.call("settings.set", json!({"backups_keep": 3})).unwrap();
    let count = |t: &mut Tandem| {
        t.call("backup.list", json!({})).unwrap()["automatic"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count(&mut t), 0);
    t.call("vault.lock", json!({})).unwrap();
    assert_eq!(count(&mut t), 1, "closing after changes makes a backup");
    t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
    t.call("person.search", json!({"query": ""})).unwrap();
    t.call("vault.lock", json!({})).unwrap();
    // Issue "Hardening the vault", 9: an unlock and a look are not changes, so no backup.
    // Before: the unlock's own trail entry made one more each time.
    let after_unlock = count(&mut t);
    assert_eq!(after_unlock, 1, "an unlock alone made a backup");
    // A file someone put in the folder under another name is neither listed nor pruned.
    let precious = dir.join("backups").join("my-own-copy.tandem-backup");
    std::fs::write(&precious, b"kept by hand").unwrap();
    for i in 0..5 {
        t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
        t.call("person.create", json!({"display_name": format!("P{i}")}))
            .unwrap();
        t.call("vault.lock", json!({})).unwrap();
    }
    assert_eq!(count(&mut t), 3, "only the last three are kept");
    assert!(
        precious.exists(),
        "pruning removed a file that is not Tandem's"
    );
    assert_eq!(
        code(&mut t, "settings.set", json!({"backups_keep": 0})),
        "out-of-range"
    );
}

#[test]
fn a_second_writer_on_an_open_vault_is_told_it_is_in_use() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut first = open(&dir, "Wanda Worker");
    let mut second = Tandem::new(&dir).with_kdf(tandem::vault::KdfParams::TESTING);
    let e = second
        .reply("vault.unlock", json!({"passphrase": PASS}))
        .unwrap_err();
    assert_eq!(e.code, "vault-in-use");
    assert!(!e.message.starts_with("error-"), "{}", e.message);
    // The CLI too: a clear error, exit 1, nothing written.
    let o = Command::new(env!("CARGO_BIN_EXE_tandem-cli"))
        .args([
            "--vault",
            dir.to_str().unwrap(),
            "call",
            "person.create",
            r#"{"display_name": "X"}"#,
        ])
        .env("TANDEM_PASSPHRASE", PASS)
        .env("LANG", "en_GB.UTF-8")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let reply: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(reply["code"], "vault-in-use");
    // Once the first locks, the second may open it.
    first.call("vault.lock", json!({})).unwrap();
    second
        .call("vault.unlock", json!({"passphrase": PASS}))
        .unwrap();
    assert_eq!(
        first
            .reply("vault.unlock", json!({"passphrase": PASS}))
            .unwrap_err()
            .code,
        "vault-in-use"
    );
}

#[test]
fn the_cli_backs_up_and_restores() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    {
        let mut t = open(&dir, "Wanda Worker");
        t.call("person.create", json!({"display_name": "Cli Backup"}))
            .unwrap();
    }
    let cli = |args: &[&str], vault: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_tandem-cli"))
            .arg("--vault")
            .arg(vault)
            .args(args)
            .env("TANDEM_PASSPHRASE", PASS)
            .env("LANG", "en_GB.UTF-8")
            .output()
            .unwrap()
    };
    let file = tmp.path().join("copy.tandem-backup");
    let o = cli(&["backup", "--out", file.to_str().unwrap()], &dir);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    assert!(String::from_utf8_lossy(&o.stderr).contains("backup: 100%"));
    let other = tmp.path().join("other");
    let o = cli(&["restore", "--from", file.to_str().unwrap()], &other);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let o = cli(&["call", "person.search", r#"{"query": "backup"}"#], &other);
    let found: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(found["total"], 1);
}

#[test]
fn restoring_the_oldest_automatic_backup_does_not_prune_it_first() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut t = open(&dir, "Wanda Worker");
    t.call("settings.set", json!({"backups_keep": 1})).unwrap();
    t.call("vault.lock", json!({})).unwrap();
    let only = t.call("backup.list", json!({})).unwrap()["automatic"][0]["path"].clone();
    t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
    t.call("person.create", json!({"display_name": "Changed Since"}))
        .unwrap();
    // Closing after a change would make a new backup and prune the only old one: a restore
    // closes without that step.
    t.call("backup.restore", json!({"path": only, "passphrase": PASS}))
        .unwrap();
    assert_eq!(
        t.call("person.search", json!({"query": "changed"}))
            .unwrap()["total"],
        0
    );
}

/// Issue "Hardening the vault", 4: the folders of replaced vaults are rotated (the newest
/// three kept); they hold whole old vaults, erased files included. Before: every restore left
/// one more for ever.
#[test]
fn replaced_vaults_are_rotated() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut t = open(&dir, "Wanda Worker");
    let made = t.call("backup.create", json!({})).unwrap();
    for _ in 0..5 {
        t.call(
            "backup.restore",
            json!({"path": made["path"], "passphrase": PASS}),
        )
        .unwrap();
        // One restore a second at most shares a folder name: wait for the next second.
        std::thread::sleep(std::time::Duration::from_millis(1100));
    }
    let replaced = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("before-restore-")
        })
        .count();
    assert_eq!(replaced, 3);
}
