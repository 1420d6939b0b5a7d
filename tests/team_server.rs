//! `tandem-server` and `tandem-cli --team` on a real PostgreSQL (its own throw-away cluster: `init` rewrites the server's TLS and pg_hba): set-up, enrolment, revocation, migration, the encrypted dump.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const SERVER: &str = env!("CARGO_BIN_EXE_tandem-server");
const CLI: &str = env!("CARGO_BIN_EXE_tandem-cli");

fn run(bin: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(bin);
    c.args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn cli(vault: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--vault", vault.to_str().unwrap()];
    all.extend_from_slice(args);
    run(
        CLI,
        &all,
        &[("TANDEM_PASSPHRASE", "team server passphrase")],
    )
}

fn new_vault(vault: &Path, worker: &str) {
    ok(cli(
        vault,
        &[
            "init",
            "--worker",
            worker,
            "--ocmw",
            "OCMW Proefstad",
            "--language",
            "en",
        ],
    ));
}

/// The whole life of a team from the server's two commands to a revoked login.
#[test]
fn a_team_from_init_to_revoke() {
    let Some(_) = common::team::server() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    // The server runs as postgres and must reach its certificate in the team's folder.
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let dir = tmp.path().join("team");
    let d = dir.to_str().unwrap();
    let port = std::env::var("PGPORT").unwrap();

    // 1. init: database, roles, schema, an OCMW CA, TLS, pg_hba for the office network.
    let report: Value = serde_json::from_str(&ok(run(
        SERVER,
        &[
            "init",
            "--team",
            "proefstad",
            "--host",
            "localhost",
            "--network",
            "127.0.0.1/32",
            "--port",
            &port,
            "--dir",
            d,
            "--no-cron",
        ],
        &[],
    )))
    .unwrap();
    assert!(report["ca_certificate"]
        .as_str()
        .unwrap()
        .contains("BEGIN CERTIFICATE"));
    assert!(
        report["cron"].as_str().unwrap().contains("backup --dir"),
        "{report}"
    );
    let again = run(
        SERVER,
        &[
            "init",
            "--team",
            "proefstad",
            "--host",
            "localhost",
            "--network",
            "127.0.0.1/32",
            "--dir",
            d,
            "--no-cron",
        ],
        &[],
    );
    assert!(
        !again.status.success(),
        "a second init over the same folder is refused"
    );
    let bad = run(
        SERVER,
        &[
            "init",
            "--team",
            "x",
            "--host",
            "localhost",
            "--network",
            "10.0.0.300/8",
            "--dir",
            tmp.path().join("x").to_str().unwrap(),
            "--no-cron",
        ],
        &[],
    );
    assert!(String::from_utf8_lossy(&bad.stderr).contains("network"));

    // 2. add-worker prints a one-time code; the worker joins with tandem-cli --team.
    let code = ok(run(SERVER, &["add-worker", "anna", "--dir", d], &[]));
    let code = code.trim();
    assert!(code.starts_with("TANDEM-TEAM-1:"), "{code}");
    let anna = tmp.path().join("anna");
    new_vault(&anna, "Anna Worker");
    let created: Value = serde_json::from_str(&ok(cli(
        &anna,
        &[
            "--team",
            code,
            "call",
            "person.create",
            r#"{"display_name": "Tina Team"}"#,
        ],
    )))
    .unwrap();
    assert!(created["id"].as_i64().is_some(), "{created}");
    // The link is in the vault: the next command works in the team store without --team.
    let found: Value = serde_json::from_str(&ok(cli(
        &anna,
        &["call", "person.search", r#"{"query": "tina"}"#],
    )))
    .unwrap();
    assert_eq!(found["total"], 1, "{found}");
    let chain: Value =
        serde_json::from_str(&ok(cli(&anna, &["call", "audit.verify", "{}"]))).unwrap();
    assert_eq!(chain["ok"], true, "{chain}");
    // `tandem-cli verify` checks the vault and the team's chain on the server.
    let verified: Value = serde_json::from_str(&ok(cli(&anna, &["verify"]))).unwrap();
    assert_eq!(verified["team_audit"]["ok"], true, "{verified}");
    assert_eq!(verified["ok"], true, "{verified}");
    // Nothing of the file is in the vault.
    let v = tandem::vault::Vault::unlock(
        &anna,
        &tandem::vault::Secret::Passphrase("team server passphrase"),
    )
    .unwrap();
    let persons: i64 = v
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap();
    assert_eq!(persons, 0);
    drop(v);

    // The code worked once: Tandem set a password only Anna's vault knows.
    let other = tmp.path().join("other");
    new_vault(&other, "Someone Else");
    let reuse = cli(&other, &["--team", code, "call", "person.search", "{}"]);
    assert!(!reuse.status.success());
    let err = String::from_utf8_lossy(&reuse.stdout);
    assert!(
        err.contains("team-store") && err.contains("password"),
        "{err}"
    );

    // Without TLS the server refuses the team's logins (pg_hba), whatever the password.
    let bart = tandem::store::enrol::decode(
        ok(run(SERVER, &["add-worker", "bart", "--dir", d], &[])).trim(),
    )
    .unwrap();
    let plain = postgres::Config::new()
        .host("localhost")
        .port(port.parse().unwrap())
        .user(&bart.login)
        .password(&bart.password)
        .dbname("proefstad")
        .ssl_mode(postgres::config::SslMode::Disable)
        .connect(postgres::NoTls);
    let e = plain.err().expect("a plain-text login was let in");
    let msg = e
        .as_db_error()
        .map(|d| d.message().to_string())
        .unwrap_or_default();
    assert!(
        msg.contains("no encryption") || msg.contains("rejects"),
        "{e:?}"
    );
    // A lead and a secretary are made the same way; an unknown role is refused.
    ok(run(
        SERVER,
        &["add-worker", "lena", "--role", "lead", "--dir", d],
        &[],
    ));
    let wrong = run(
        SERVER,
        &["add-worker", "x", "--role", "boss", "--dir", d],
        &[],
    );
    assert!(!wrong.status.success());

    // 3. migrate is the only schema change, and there is nothing to do.
    let v = tandem::store::team_schema::VERSION;
    assert_eq!(
        ok(run(SERVER, &["migrate", "--dir", d], &[])).trim(),
        format!("schema {v} -> {v}")
    );

    // 4. The nightly dump: encrypted, decrypted for pg_restore; a changed one is refused.
    let dump = ok(run(SERVER, &["backup", "--dir", d, "--keep", "2"], &[]));
    let dump = dump.trim();
    let bytes = std::fs::read(dump).unwrap();
    assert!(!bytes
        .windows(10)
        .any(|w| w == b"Tina Team\0" || w == b"Tina Team,"));
    let plain_dump = tmp.path().join("plain.dump");
    ok(run(
        SERVER,
        &[
            "decrypt",
            dump,
            "--out",
            plain_dump.to_str().unwrap(),
            "--dir",
            d,
        ],
        &[],
    ));
    let list = ok(run(
        "pg_restore",
        &["--list", plain_dump.to_str().unwrap()],
        &[],
    ));
    assert!(list.contains("TABLE DATA tandem person"), "{list}");
    let mut changed = bytes.clone();
    let last = changed.len() - 1;
    changed[last] ^= 1;
    std::fs::write(tmp.path().join("changed.enc"), &changed).unwrap();
    let refused = run(
        SERVER,
        &[
            "decrypt",
            tmp.path().join("changed.enc").to_str().unwrap(),
            "--out",
            tmp.path().join("x.dump").to_str().unwrap(),
            "--dir",
            d,
        ],
        &[],
    );
    assert!(!refused.status.success());
    for _ in 0..2 {
        std::thread::sleep(std::time::Duration::from_millis(1100));
        ok(run(SERVER, &["backup", "--dir", d, "--keep", "2"], &[]));
    }
    assert_eq!(
        std::fs::read_dir(dir.join("backups")).unwrap().count(),
        2,
        "rotation"
    );

    // 5. revoke: Anna's next command is refused at once, with a clear error.
    ok(run(SERVER, &["revoke", "anna", "--dir", d], &[]));
    let after = cli(&anna, &["call", "person.search", "{}"]);
    assert!(!after.status.success());
    let err = String::from_utf8_lossy(&after.stdout);
    assert!(
        err.contains("team-store") && err.contains("not permitted to log in"),
        "{err}"
    );
}
