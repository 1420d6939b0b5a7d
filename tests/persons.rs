//! Integration tests of persons, search, the audit trail and the command surface's errors.

mod common;

use std::path::Path;

use serde_json::{json, Value};
use tandem::vault::{KdfParams, Secret, Vault};
use tandem::{Error, Tandem};

const PASS: &str = "correct horse battery";

fn open(dir: &Path) -> Tandem {
    let mut t = Tandem::new(dir).with_kdf(KdfParams::TESTING);
    t.call(
        "vault.create",
        json!({"passphrase": PASS, "profile": {"worker_name": "W. Orker", "ocmw_name": "OCMW Nergens", "language": "en"}}),
    )
    .unwrap();
    common::team::into_store(&mut t);
    t
}

fn create(t: &mut Tandem, args: Value) -> i64 {
    t.call("person.create", args).unwrap()["id"]
        .as_i64()
        .unwrap()
}

#[test]
fn only_the_display_name_is_required_and_not_asked_differs_from_unknown() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    assert_eq!(
        t.call("person.create", json!({})).unwrap_err(),
        Error::Required {
            field: "display_name".into()
        }
    );
    assert_eq!(
        t.call("person.create", json!({"display_name": "   "}))
            .unwrap_err(),
        Error::Required {
            field: "display_name".into()
        }
    );
    let id = create(
        &mut t,
        json!({"display_name": "  Mo  ", "phone": {"unknown": true}}),
    );
    let p = t.call("person.get", json!({"id": id})).unwrap();
    assert_eq!(p["display_name"], "Mo");
    assert_eq!(p["phone"], json!({"unknown": true}));
    assert_eq!(p["email"], Value::Null);
    assert_eq!(p["household"], json!([]));

    // Update: absent keys stay, null resets to "not asked", values are checked.
    let p = t
        .call(
            "person.update",
            json!({"id": id, "first_name": "Mohammed", "phone": null, "nrn": "93 05 18 223 61",
                   "birth_date": "1993-05-18", "language": "fr",
                   "household": [
                       {"name": "Sara", "relation": "partner", "cohabits": true, "minor": false},
                       {"name": "Little one", "relation": "child", "cohabits": true, "minor": {"unknown": true}}
                   ]}),
        )
        .unwrap();
    assert_eq!(p["first_name"], "Mohammed");
    assert_eq!(p["phone"], Value::Null);
    assert_eq!(p["nrn"], "93051822361");
    assert_eq!(p["language"], "fr");
    assert_eq!(p["household"][0]["relation"], "partner");
    assert_eq!(p["household"][0]["cohabits"], true);
    assert_eq!(p["household"][1]["minor"], json!({"unknown": true}));
    // A client sends the loaded household back as it got it (with member ids).
    let again = t
        .call(
            "person.update",
            json!({"id": id, "household": p["household"].clone()}),
        )
        .unwrap();
    assert_eq!(again["household"].as_array().unwrap().len(), 2);
    assert_eq!(again["household"][1]["name"], "Little one");
    let p = t
        .call(
            "person.update",
            json!({"id": id, "address": {"unknown": true}}),
        )
        .unwrap();
    assert_eq!(p["first_name"], "Mohammed", "an absent key was changed");
    assert_eq!(p["household"].as_array().unwrap().len(), 2);
    assert_eq!(p["address"], json!({"unknown": true}));
}

#[test]
fn bad_input_names_the_field_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let id = create(
        &mut t,
        json!({"display_name": "Ines", "email": "ines@example.org"}),
    );
    let before = t.call("person.get", json!({"id": id})).unwrap();
    let cases = [
        (
            json!({"id": id, "nrn": "93.05.18-223.62"}),
            "nrn-checksum",
            "nrn",
        ),
        (json!({"id": id, "nrn": "12345"}), "nrn-length", "nrn"),
        (
            json!({"id": id, "birth_date": "18/05/1993"}),
            "invalid-date",
            "birth_date",
        ),
        (
            json!({"id": id, "email": "not-an-address"}),
            "invalid-email",
            "email",
        ),
        (
            json!({"id": id, "language": "es"}),
            "invalid-choice",
            "language",
        ),
        (
            json!({"id": id, "first_name": "x".repeat(201)}),
            "too-long",
            "first_name",
        ),
        (
            json!({"id": id, "first_name": "New", "household": [{"name": "A", "relation": "partner"}, {"name": "", "relation": "child"}]}),
            "required",
            "household.1.name",
        ),
        (
            json!({"id": id, "household": [{"name": "A", "relation": "cousin"}]}),
            "invalid-choice",
            "household.0.relation",
        ),
    ];
    for (args, code, field) in cases {
        let reply = t.reply("person.update", args.clone()).unwrap_err();
        assert_eq!(reply.code, code, "for {args}");
        assert_eq!(reply.field.as_deref(), Some(field), "for {args}");
        assert!(!reply.message.is_empty());
    }
    // Wrong types and unknown keys are refused clearly too.
    for args in [
        json!({"id": "one"}),
        json!({"id": id, "first_name": 12}),
        json!({"id": id, "shoe_size": 44}),
        json!({"id": id, "display_name": "Ok\u{7}"}),
    ] {
        assert_eq!(
            t.reply("person.update", args).unwrap_err().code,
            "invalid-input"
        );
    }
    assert_eq!(
        t.call("person.update", json!({"id": 999})).unwrap_err(),
        Error::NotFound {
            what: "person".into(),
            id: "999".into()
        }
    );
    let mut after = t.call("person.get", json!({"id": id})).unwrap();
    after["updated_at"] = before["updated_at"].clone();
    assert_eq!(after, before, "a refused update changed the person");
    assert_eq!(
        t.reply("no.such.command", json!({})).unwrap_err().code,
        "unknown-command"
    );
}

#[test]
fn messages_follow_the_chosen_language() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let mut messages = Vec::new();
    for lang in ["nl", "fr", "de", "en"] {
        t.call("settings.set", json!({"language": lang})).unwrap();
        let r = t
            .reply("person.create", json!({"display_name": "X", "nrn": "1"}))
            .unwrap_err();
        assert_eq!(r.code, "nrn-length");
        messages.push(r.message);
    }
    messages.dedup();
    assert_eq!(
        messages.len(),
        4,
        "the same text in two languages: {messages:?}"
    );
}

#[test]
fn search_by_name_ignores_case_and_accents() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    create(
        &mut t,
        json!({"display_name": "Céline", "last_name": "Van den Broeck"}),
    );
    create(
        &mut t,
        json!({"display_name": "Marc", "first_name": "Marc", "last_name": "Dubois"}),
    );
    create(&mut t, json!({"display_name": "Ali B."}));
    let names = |t: &mut Tandem, q: &str| -> Vec<String> {
        t.call("person.search", json!({"query": q})).unwrap()["persons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["display_name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&mut t, "celine"), ["Céline"]);
    assert_eq!(names(&mut t, "BROECK"), ["Céline"]);
    assert_eq!(names(&mut t, "boi"), ["Marc"]);
    assert_eq!(names(&mut t, "van broe"), ["Céline"]);
    assert_eq!(names(&mut t, "al"), ["Ali B."]);
    assert_eq!(names(&mut t, ""), ["Ali B.", "Céline", "Marc"]);
    assert!(names(&mut t, "zzz").is_empty());
    assert_eq!(names(&mut t, "\"quote"), Vec::<String>::new());
    // A name change is found under the new name only.
    let r = t.call("person.search", json!({"query": "marc"})).unwrap();
    let id = r["persons"][0]["id"].as_i64().unwrap();
    t.call(
        "person.update",
        json!({"id": id, "display_name": "Marco", "first_name": null, "last_name": "Peeters"}),
    )
    .unwrap();
    assert!(names(&mut t, "dubois").is_empty());
    assert_eq!(names(&mut t, "peet"), ["Marco"]);
    let r = t
        .call("person.search", json!({"query": "", "limit": 2}))
        .unwrap();
    assert_eq!(r["total"], 3);
    assert_eq!(r["persons"].as_array().unwrap().len(), 2);
}

#[test]
fn reads_and_changes_are_in_the_audit_trail() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let id = create(&mut t, json!({"display_name": "Noor"}));
    t.call("person.get", json!({"id": id})).unwrap();
    t.call("person.update", json!({"id": id, "phone": "0470 00 00 00"}))
        .unwrap();
    let entries = t.call("audit.person", json!({"id": id})).unwrap();
    let actions: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["person.create", "person.read", "person.update"]);
    assert_eq!(entries[2]["detail"]["fields"], json!(["phone"]));
    let v = t.call("audit.verify", json!({})).unwrap();
    assert_eq!(v["ok"], true);
    let v = t.call("vault.verify", json!({})).unwrap();
    assert_eq!(v["ok"], true);
}

fn tampered(dir: &Path, sql: &str) -> Value {
    let v = Vault::unlock(dir, &Secret::Passphrase(PASS)).unwrap();
    v.conn()
        .execute_batch(&format!(
            "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; {sql}"
        ))
        .unwrap();
    v.close().unwrap();
    let mut t = Tandem::new(dir);
    t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
    // Unlocking appends an entry itself; verification must still point at the old break.
    t.call("vault.verify", json!({})).unwrap()
}

fn audit_dir() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut t = open(&dir);
    let id = create(&mut t, json!({"display_name": "Audit Me"}));
    for _ in 0..3 {
        t.call("person.get", json!({"id": id})).unwrap();
    }
    drop(t);
    (tmp, dir)
}

#[test]
fn the_audit_trail_is_append_only() {
    let (_tmp, dir) = audit_dir();
    let v = Vault::unlock(&dir, &Secret::Passphrase(PASS)).unwrap();
    assert!(v
        .conn()
        .execute("UPDATE audit SET action = 'x' WHERE id = 2", [])
        .is_err());
    assert!(v
        .conn()
        .execute("DELETE FROM audit WHERE id = 2", [])
        .is_err());
}

#[test]
fn verify_names_an_edited_entry() {
    if common::team::vault_only("the_audit_trail_is_append_only_on_the_server") {
        return;
    }
    let (_tmp, dir) = audit_dir();
    let r = tampered(
        &dir,
        "UPDATE audit SET detail = '{\"edited\":1}' WHERE id = 4;",
    );
    assert_eq!(r["ok"], false);
    assert_eq!(r["audit"]["first_broken"]["id"], 4);
}

#[test]
fn verify_names_a_deleted_entry() {
    if common::team::vault_only("the_audit_trail_is_append_only_on_the_server") {
        return;
    }
    let (_tmp, dir) = audit_dir();
    let r = tampered(&dir, "DELETE FROM audit WHERE id = 3;");
    assert_eq!(r["ok"], false);
    assert_eq!(r["audit"]["first_broken"]["id"], 3);
}

#[test]
fn verify_notices_a_cut_off_tail() {
    let (_tmp, dir) = audit_dir();
    let v = Vault::unlock(&dir, &Secret::Passphrase(PASS)).unwrap();
    let last: i64 = v
        .conn()
        .query_row("SELECT max(id) FROM audit", [], |r| r.get(0))
        .unwrap();
    v.conn()
        .execute_batch(&format!(
            "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = {last};"
        ))
        .unwrap();
    let chain = tandem::audit::verify(v.conn()).unwrap();
    assert!(!chain.ok);
    assert_eq!(chain.first_broken.unwrap().id, last);
}
