//! Integration tests of `tandem-cli`: init, call, batch and verify as scripts use them.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

const PASS: &str = "cli passphrase 123";

fn cli(dir: &std::path::Path, pass: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tandem-cli"));
    cmd.arg("--vault")
        .arg(dir)
        .args(args)
        .env("TANDEM_PASSPHRASE", pass)
        .env_remove("TANDEM_RECOVERY_CODE")
        .env("LANG", "en_GB.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn json_out(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stdout)))
}

#[test]
fn init_call_batch_and_verify() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let o = cli(
        &dir,
        PASS,
        &[
            "init",
            "--worker",
            "Cli Worker",
            "--ocmw",
            "OCMW Cli",
            "--language",
            "en",
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("RECOVERY CODE"));
    let code = text
        .lines()
        .find(|l| l.trim().len() == 39 && l.trim().matches('-').count() == 7)
        .expect("recovery code line")
        .trim()
        .to_string();

    let o = cli(
        &dir,
        PASS,
        &[
            "call",
            "person.create",
            r#"{"display_name": "Cli Person", "birth_date": "1990-04-01"}"#,
        ],
        None,
    );
    assert!(o.status.success());
    let id = json_out(&o)["id"].as_i64().unwrap();

    let o = cli(
        &dir,
        PASS,
        &["call", "person.get", &json!({"id": id}).to_string()],
        None,
    );
    assert_eq!(json_out(&o)["birth_date"], "1990-04-01");

    // An error: non-zero exit and {code, message} on stdout.
    let o = cli(
        &dir,
        PASS,
        &[
            "call",
            "person.create",
            r#"{"display_name": "X", "nrn": "93.05.18-223.62"}"#,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let e = json_out(&o);
    assert_eq!(e["code"], "nrn-checksum");
    assert!(e["message"].as_str().unwrap().contains("check digits"));
    let o = cli(&dir, PASS, &["call", "person.get", "{not json"], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json_out(&o)["code"], "invalid-input");

    // A batch goes on after an error and answers one line per command.
    let input = [
        json!({"command": "person.create", "args": {"display_name": "Batch One"}}).to_string(),
        "this is not json".to_string(),
        json!({"command": "person.create", "args": {"display_name": ""}}).to_string(),
        json!({"command": "person.create", "args": {"display_name": "Batch Two"}}).to_string(),
        json!({"command": "person.search", "args": {"query": "batch"}}).to_string(),
    ]
    .join("\n");
    let o = cli(&dir, PASS, &["call", "-"], Some(&input));
    let lines: Vec<Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[0]["ok"]["id"].is_i64());
    assert_eq!(lines[1]["error"]["code"], "invalid-input");
    assert_eq!(lines[2]["error"]["code"], "required");
    assert!(lines[3]["ok"]["id"].is_i64());
    assert_eq!(lines[4]["ok"]["total"], 2);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a batch with errors exits non-zero"
    );

    let o = cli(&dir, PASS, &["verify"], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    assert_eq!(json_out(&o)["ok"], true);

    // Wrong passphrase: clear error, exit 1; the recovery code opens it.
    let o = cli(
        &dir,
        "wrong passphrase!",
        &["call", "person.search", "{}"],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json_out(&o)["code"], "wrong-secret");
    let o = Command::new(env!("CARGO_BIN_EXE_tandem-cli"))
        .arg("--vault")
        .arg(&dir)
        .args(["call", "person.search", "{}"])
        .env_remove("TANDEM_PASSPHRASE")
        .env("TANDEM_RECOVERY_CODE", &code)
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(json_out(&o)["total"], 3);
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let o = cli(tmp.path(), PASS, &["frobnicate"], None);
    assert_eq!(o.status.code(), Some(2));
    let o = cli(tmp.path(), PASS, &["init", "--worker"], None);
    assert_eq!(o.status.code(), Some(2));
    // The calculation is pure: it runs without a vault, on the shipped amounts.
    let o = cli(
        tmp.path(),
        PASS,
        &[
            "call",
            "income.calculate",
            r#"{"date": "2025-03-01", "category": "single"}"#,
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    assert_eq!(json_out(&o)["monthly_cents"], 131_420);
    // Calling into a folder without a vault says so.
    let o = cli(tmp.path(), PASS, &["call", "person.search", "{}"], None);
    assert_eq!(json_out(&o)["code"], "vault-missing");
}

#[test]
fn document_export_writes_the_persons_copy_as_pdf_and_json() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let o = cli(
        &dir,
        PASS,
        &[
            "init",
            "--worker",
            "Cli Worker",
            "--ocmw",
            "OCMW Cli",
            "--language",
            "fr",
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = cli(
        &dir,
        PASS,
        &[
            "call",
            "person.create",
            r#"{"display_name": "Export Sentinel Qx7"}"#,
        ],
        None,
    );
    let id = json_out(&o)["id"].as_i64().unwrap().to_string();

    // Into a folder: two files with generated names.
    let out = tmp.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let o = cli(
        &dir,
        PASS,
        &[
            "document",
            "export",
            "--id",
            &id,
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let r = json_out(&o);
    let pdf = std::fs::read(r["pdf"].as_str().unwrap()).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let export: Value =
        serde_json::from_slice(&std::fs::read(r["json"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(
        export["file"]["person"][0]["display_name"],
        "Export Sentinel Qx7"
    );
    assert_eq!(
        export["language"], "fr",
        "the profile's language by default"
    );

    // As a file name: FILE.pdf and FILE.json.
    let file = tmp.path().join("mine.pdf");
    let o = cli(
        &dir,
        PASS,
        &[
            "document",
            "export",
            "--id",
            &id,
            "--lang",
            "de",
            "--out",
            file.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success());
    assert!(file.exists() && tmp.path().join("mine.json").exists());

    // An unknown person: a clear error, exit 1, nothing written.
    let o = cli(
        &dir,
        PASS,
        &[
            "document",
            "export",
            "--id",
            "999",
            "--out",
            tmp.path().join("none").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json_out(&o)["code"], "not-found");
    assert!(!tmp.path().join("none.pdf").exists());
}

/// `tandem-cli document revision --id …` (issue "The right over time"): the revision decision
/// letter of a revision id, in the language asked, with its legal mentions.
#[test]
fn document_revision_writes_the_revision_letter() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let o = cli(
        &dir,
        PASS,
        &[
            "init",
            "--worker",
            "Cli Worker",
            "--ocmw",
            "OCMW Cli",
            "--court-address",
            "Arbeidsrechtbank Proefstad",
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // The mentions a decision letter needs.
    let mut profile = json_out(&cli(&dir, PASS, &["call", "profile.get", "{}"], None));
    for (k, v) in [
        ("deciding_body", "bcsd"),
        ("signatory_1_name", "Cas Voorzitter"),
        ("signatory_1_role", "chair"),
        ("signatory_2_name", "Dora Directeur"),
        ("signatory_2_role", "general_director"),
        ("payment_frequency", "monthly"),
    ] {
        profile[k] = json!(v);
    }
    let o = cli(
        &dir,
        PASS,
        &["call", "profile.set", &profile.to_string()],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let mut batch = vec![
        json!({"command": "person.create", "args": {"display_name": "Cli Revision"}}),
        json!({"command": "request.create", "args": {"person_id": 1, "received_on": "2025-03-03"}}),
    ];
    for c in tandem::income::CONDITIONS {
        batch.push(json!({"command": "condition.set", "args": {"request_id": 1, "condition": c, "finding": "met"}}));
    }
    batch.extend([
        json!({"command": "decision.record", "args": {"request_id": 1, "decided_on": "2025-03-20",
               "outcome": "granted", "category": "single", "grounds": "Six conditions met."}}),
        json!({"command": "right.change", "args": {"request_id": 1, "changed_on": "2025-06-16",
               "what": "household", "category": "family", "detail": "A son was born."}}),
        json!({"command": "right.revise", "args": {"request_id": 1, "decided_on": "2025-06-30",
               "grounds": "Category 3 from the birth."}}),
    ]);
    let input: String = batch.iter().map(|l| format!("{l}\n")).collect();
    let o = cli(&dir, PASS, &["call", "-"], Some(&input));
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(!out.contains("\"error\""), "{out}");
    let file = tmp.path().join("revision.pdf");
    let o = cli(
        &dir,
        PASS,
        &[
            "document",
            "revision",
            "--id",
            "1",
            "--lang",
            "fr",
            "--out",
            file.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let text = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for needle in [
        "Décision de révision de votre droit au revenu d'intégration",
        "16/06/2025",
        "art. 22 § 2, alinéa 1er",
        "tribunal du travail",
        "Article 1017",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
    // An unknown revision: a clear error, exit 1.
    let o = cli(
        &dir,
        PASS,
        &[
            "document",
            "revision",
            "--id",
            "9",
            "--out",
            tmp.path().join("none.pdf").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json_out(&o)["code"], "not-found");
}
