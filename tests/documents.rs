//! Saving documents for the worker to open and print: where they go, what their names hold,
//! and which paths the desktop may open.

mod common;

use serde_json::json;
use tandem::vault::KdfParams;
use tandem::Tandem;

#[test]
fn documents_are_saved_in_the_documents_folder_and_only_those_open() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    // The only test in this binary: setting the variable races with nothing.
    std::env::set_var("TANDEM_DOCUMENTS", &docs);
    let mut t = Tandem::new(tmp.path().join("vault")).with_kdf(KdfParams::TESTING);
    t.call(
        "vault.create",
        json!({"passphrase": "documents passphrase", "profile": {"worker_name": "W", "ocmw_name": "O", "language": "fr"}}),
    )
    .unwrap();
    common::team::into_store(&mut t);
    let p = t
        .call(
            "person.create",
            json!({"display_name": "Secretive Surname"}),
        )
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let r = t.call("request.create", json!({"person_id": p})).unwrap()["id"]
        .as_i64()
        .unwrap();
    let saved = t
        .call("document.save", json!({"kind": "receipt", "id": r}))
        .unwrap();
    let path = saved["path"].as_str().unwrap().to_string();
    assert!(path.starts_with(docs.to_str().unwrap()));
    assert!(
        !path.contains("Secretive"),
        "a file name holds no personal data: {path}"
    );
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
    assert!(tandem::api::saved_document(&path).is_ok());

    // Nothing else may be opened through the desktop.
    std::fs::write(docs.join("note.txt"), "x").unwrap();
    for other in [
        "/etc/passwd".to_string(),
        docs.join("note.txt").to_string_lossy().to_string(),
        docs.join("..")
            .join("vault")
            .join("tandem.db")
            .to_string_lossy()
            .to_string(),
        docs.join("missing.pdf").to_string_lossy().to_string(),
    ] {
        assert_eq!(
            tandem::api::saved_document(&other).unwrap_err().code(),
            "not-found",
            "{other}"
        );
    }
    assert_eq!(
        t.reply("document.save", json!({"kind": "contract", "id": r}))
            .unwrap_err()
            .code,
        "invalid-choice"
    );
    // The export is in the person's audit trail.
    let trail = t.call("audit.person", json!({"id": p})).unwrap();
    assert!(trail
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "document.export"));

    // A copy to a folder chosen in the system's dialog (a USB stick): same bytes, never
    // replacing a file there, only files Tandem saved, only into a folder that exists.
    let stick = tmp.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    let entries = |t: &mut Tandem| {
        t.call("audit.verify", json!({})).unwrap()["entries"]
            .as_u64()
            .unwrap()
    };
    let before = entries(&mut t);
    let first = t
        .call(
            "document.copy",
            json!({"path": path, "folder": stick.to_string_lossy()}),
        )
        .unwrap();
    let first = first["path"].as_str().unwrap().to_string();
    assert!(first.starts_with(stick.to_str().unwrap()), "{first}");
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&path).unwrap()
    );
    let second = t
        .call(
            "document.copy",
            json!({"path": path, "folder": stick.to_string_lossy()}),
        )
        .unwrap();
    let second = second["path"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    assert!(second.ends_with(" (2).pdf"), "{second}");
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap()
    );
    for (from, folder, code) in [
        (path.clone(), tmp.path().join("no-such-stick"), "not-found"),
        (
            docs.join("note.txt").to_string_lossy().to_string(),
            stick.clone(),
            "not-found",
        ),
        ("/etc/passwd".to_string(), stick.clone(), "not-found"),
        (first.clone(), tmp.path().join("again"), "not-found"),
    ] {
        let err = t
            .reply(
                "document.copy",
                json!({"path": from, "folder": folder.to_string_lossy()}),
            )
            .unwrap_err();
        assert_eq!(err.code, code, "{from} -> {}", folder.display());
    }
    assert_eq!(
        std::fs::read_dir(&stick).unwrap().count(),
        2,
        "a refused copy left a file"
    );
    // Each copy is journaled (two copies, two entries; the refused ones none).
    assert_eq!(
        entries(&mut t),
        before + 2,
        "the copies are not in the journal"
    );
}
