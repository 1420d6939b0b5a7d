//! Integration tests of the encrypted vault: key slots, unlock, migrations, no plaintext on disk.

use std::fs;
use std::path::Path;

use serde_json::json;
use tandem::vault::{self, KdfParams, Secret, Vault};
use tandem::{Error, Tandem};

const PASS: &str = "correct horse battery";

fn session(dir: &Path) -> Tandem {
    Tandem::new(dir).with_kdf(KdfParams::TESTING)
}

fn create(dir: &Path) -> (Tandem, String) {
    let mut t = session(dir);
    let r = t
        .call(
            "vault.create",
            json!({"passphrase": PASS, "profile": {"worker_name": "Worker Synthetic", "ocmw_name": "OCMW Testdorp", "language": "nl"}}),
        )
        .unwrap();
    let code = r["recovery_code"].as_str().unwrap().to_string();
    (t, code)
}

#[test]
fn create_lock_unlock_and_wrong_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let (mut t, _code) = create(&dir);
    assert!(vault::exists(&dir));
    let id = t
        .call("person.create", json!({"display_name": "Ama"}))
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    t.call("vault.lock", json!({})).unwrap();
    assert_eq!(
        t.call("person.get", json!({"id": id})).unwrap_err(),
        Error::Locked
    );

    // A wrong passphrase is refused and writes nothing.
    let before: Vec<(String, Vec<u8>)> = snapshot(&dir);
    let err = t
        .call("vault.unlock", json!({"passphrase": "not the passphrase"}))
        .unwrap_err();
    assert_eq!(err, Error::WrongSecret);
    assert_eq!(snapshot(&dir), before, "a wrong passphrase changed a file");
    // No lock-out: the right passphrase works straight after.
    t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
    assert_eq!(
        t.call("person.get", json!({"id": id})).unwrap()["display_name"],
        "Ama"
    );
    // A second session (the CLI, say) opens the same vault with the same passphrase.
    drop(t);
    let mut t2 = session(&dir);
    t2.call("vault.unlock", json!({"passphrase": PASS}))
        .unwrap();
    assert_eq!(
        t2.call("person.search", json!({"query": "ama"})).unwrap()["total"],
        1
    );
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn recovery_code_unlocks_and_resets_the_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (mut t, code) = create(&dir);
    t.call("person.create", json!({"display_name": "Bo"}))
        .unwrap();
    t.call("vault.lock", json!({})).unwrap();

    // Lost passphrase: the recovery code, typed loosely, opens the vault.
    let typed = code.to_lowercase().replace('-', " ");
    t.call("vault.unlock", json!({"recovery_code": typed}))
        .unwrap();
    t.call(
        "vault.change_passphrase",
        json!({"recovery_code": code, "new_passphrase": "a brand new passphrase"}),
    )
    .unwrap();
    t.call("vault.lock", json!({})).unwrap();
    assert_eq!(
        t.call("vault.unlock", json!({"passphrase": PASS}))
            .unwrap_err(),
        Error::WrongSecret
    );
    t.call(
        "vault.unlock",
        json!({"passphrase": "a brand new passphrase"}),
    )
    .unwrap();
    // The data stayed.
    assert_eq!(
        t.call("person.search", json!({"query": ""})).unwrap()["total"],
        1
    );
    // The recovery code still works after the change.
    t.call("vault.lock", json!({})).unwrap();
    t.call("vault.unlock", json!({"recovery_code": code}))
        .unwrap();
}

#[test]
fn change_passphrase_needs_the_current_one_and_a_long_new_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (mut t, _) = create(&dir);
    assert_eq!(
        t.call(
            "vault.change_passphrase",
            json!({"current_passphrase": "guess guess guess", "new_passphrase": "another long one"})
        )
        .unwrap_err(),
        Error::WrongSecret
    );
    assert_eq!(
        t.call(
            "vault.change_passphrase",
            json!({"current_passphrase": PASS, "new_passphrase": "short"})
        )
        .unwrap_err(),
        Error::PassphraseTooShort { min: 10 }
    );
    t.call(
        "vault.change_passphrase",
        json!({"current_passphrase": PASS, "new_passphrase": "another long one"}),
    )
    .unwrap();
    t.call("vault.lock", json!({})).unwrap();
    t.call("vault.unlock", json!({"passphrase": "another long one"}))
        .unwrap();
}

#[test]
fn creating_twice_is_refused_and_short_passphrases_too() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut t = session(&dir);
    let err = t
        .call(
            "vault.create",
            json!({"passphrase": "short", "profile": {"worker_name": "W", "ocmw_name": "O", "language": "fr"}}),
        )
        .unwrap_err();
    assert_eq!(err, Error::PassphraseTooShort { min: 10 });
    assert!(!vault::exists(&dir));
    let (_t, _) = create(&dir);
    let mut other = session(&dir);
    assert_eq!(
        other
            .call(
                "vault.create",
                json!({"passphrase": PASS, "profile": {"worker_name": "W", "ocmw_name": "O", "language": "fr"}}),
            )
            .unwrap_err(),
        Error::VaultExists
    );
}

#[test]
fn migrations_run_once_and_a_newer_schema_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (v, _code) = Vault::create(&dir, PASS, KdfParams::TESTING).unwrap();
    let version: u32 = v
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, vault::schema::current_version());
    let fk: i64 = v
        .conn()
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
    let mode: String = v
        .conn()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    v.close().unwrap();

    // Reopening does not re-apply anything (the tables would already exist).
    let v = Vault::unlock(&dir, &Secret::Passphrase(PASS)).unwrap();
    v.conn().execute_batch("PRAGMA user_version = 99").unwrap();
    v.close().unwrap();
    match Vault::unlock(&dir, &Secret::Passphrase(PASS)) {
        Err(Error::VaultCorrupt { detail }) => assert!(detail.contains("newer Tandem")),
        Err(e) => panic!("unexpected error {e:?}"),
        Ok(_) => panic!("a newer schema was opened"),
    }
}

#[test]
fn damaged_key_slots_or_database_give_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (t, _) = create(&dir);
    drop(t);
    let slots = fs::read_to_string(dir.join("keyslots.json")).unwrap();
    fs::write(dir.join("keyslots.json"), &slots[..slots.len() / 2]).unwrap();
    assert!(matches!(
        Vault::unlock(&dir, &Secret::Passphrase(PASS)),
        Err(Error::VaultCorrupt { .. })
    ));
    fs::write(dir.join("keyslots.json"), &slots).unwrap();
    // Overwrite the database header: the key is right but the file is not a database.
    let mut db = fs::read(dir.join("tandem.db")).unwrap();
    for b in db.iter_mut().take(4096) {
        *b = 0x5a;
    }
    fs::write(dir.join("tandem.db"), db).unwrap();
    assert!(matches!(
        Vault::unlock(&dir, &Secret::Passphrase(PASS)),
        Err(Error::VaultCorrupt { .. })
    ));
}

/// Every file of the vault folder, and every byte in it, must be unreadable without the key.
#[test]
fn no_plaintext_personal_data_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (mut t, _) = create(&dir);
    let sentinels = [
        "Zorblaxine",
        "Quennifer-Vandermolen",
        "Kwispelstraat 77",
        "93051822361",
        "zorblax@example.org",
        "Worker Synthetic",
        "OCMW Testdorp",
    ];
    let id = t
        .call(
            "person.create",
            json!({
                "display_name": sentinels[0],
                "last_name": sentinels[1],
                "address": sentinels[2],
                "nrn": "93.05.18-223.61",
                "email": sentinels[4],
                "household": [{"name": "Partnerina Quennifer", "relation": "partner", "cohabits": true}],
            }),
        )
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    t.call("person.get", json!({"id": id})).unwrap();
    t.call("person.search", json!({"query": "zorbl"})).unwrap();

    // While open (WAL and shared-memory files present) and after closing.
    check_no_plaintext(&dir, &sentinels);
    t.call("vault.lock", json!({})).unwrap();
    check_no_plaintext(&dir, &sentinels);
}

fn check_no_plaintext(dir: &Path, sentinels: &[&str]) {
    let files = snapshot(dir);
    assert!(files.iter().any(|(n, _)| n == "tandem.db"));
    for (name, bytes) in &files {
        for s in sentinels {
            let utf8 = s.as_bytes();
            let utf16: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
            let lower = s.to_lowercase();
            for needle in [utf8, &utf16[..], lower.as_bytes()] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{s:?} found in plain text in {name}"
                );
            }
        }
    }
}

#[test]
fn auto_lock_after_the_idle_minutes_of_the_settings() {
    use std::time::{Duration, Instant};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (mut t, _) = create(&dir);
    assert_eq!(
        t.call("settings.get", json!({})).unwrap()["auto_lock_minutes"],
        10
    );
    assert!(!t.lock_if_idle_at(Instant::now() + Duration::from_secs(9 * 60)));
    assert!(t.is_unlocked());
    assert!(t.lock_if_idle_at(Instant::now() + Duration::from_secs(10 * 60 + 1)));
    assert!(!t.is_unlocked());
    assert_eq!(
        t.call("person.search", json!({})).unwrap_err(),
        Error::Locked
    );

    // A shorter delay from the settings; status polling does not count as activity.
    t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
    t.call("settings.set", json!({"auto_lock_minutes": 2}))
        .unwrap();
    t.call("app.status", json!({})).unwrap();
    assert!(t.lock_if_idle_at(Instant::now() + Duration::from_secs(2 * 60 + 1)));
    assert_eq!(
        t.call("settings.set", json!({"auto_lock_minutes": 0}))
            .unwrap_err(),
        Error::OutOfRange {
            field: "auto_lock_minutes".into(),
            min: 1,
            max: 120
        }
    );
    // The setting survives a restart.
    drop(t);
    let mut t = session(&dir);
    assert_eq!(
        t.call("settings.get", json!({})).unwrap()["auto_lock_minutes"],
        2
    );
}
