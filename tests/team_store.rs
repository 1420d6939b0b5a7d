//! The team store on a real PostgreSQL server (run by `tests/team/with-postgres`): the core's file flows there, and the isolation the server enforces.

mod common;

use common::team::server;
use serde_json::json;
use tandem::store::team::{self, Link};
use tandem::store::team_schema::{self, Role, Team};
use tandem::store::Db;
use tandem::Tandem;

/// A worker's Tandem: their personal vault, unlocked, working in the team store.
fn worker(dir: &std::path::Path, name: &str, link: &Link) -> Tandem {
    let mut t = common::open(dir, name);
    t.work_in_team(link).unwrap();
    assert!(t.in_team());
    t
}

/// A team with one worker, Anna, and her Tandem working in it (with its vault's folder).
fn anna(s: &common::team::Server) -> (Team, Vec<Link>, tempfile::TempDir, Tandem) {
    let (team, links) = s.team(&[("anna", Role::Worker)]);
    let dir = tempfile::tempdir().unwrap();
    let t = worker(dir.path(), "Anna Worker", &links[0]);
    (team, links, dir, t)
}

fn count(db: &Db, table: &str) -> i64 {
    db.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// The tables a worker's files are in (all of the team store's, less the shared amounts
/// and each worker's own profile).
fn file_tables() -> Vec<&'static str> {
    team_schema::RULES
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| !matches!(*t, "amount_row" | "profile"))
        .collect()
}

/// Every part of a file (persons, requests, decisions, reports signed and sent, consents,
/// shares, plans, rights) is written to and read back from the team store by the same
/// commands as in the vault, and nothing of it lands in the personal vault.
#[test]
fn a_whole_file_lives_in_the_team_store_and_not_in_the_vault() {
    let Some(s) = server() else { return };
    let (_team, links) = s.team(&[("anna", Role::Worker)]);
    let dir = tempfile::tempdir().unwrap();
    let mut t = worker(dir.path(), "Anna Worker", &links[0]);
    let (person, sentinels) = common::full_file(&mut t, "T");
    let found = t.call("person.search", json!({"query": "sntt"})).unwrap();
    assert_eq!(found["total"], 1, "{found}");
    let file = t.call("person.get", json!({"id": person})).unwrap();
    assert!(file.to_string().contains(&sentinels[0]), "{file}");
    let chain = t.call("audit.verify", json!({})).unwrap();
    assert_eq!(chain["ok"], true, "{chain}");
    assert!(chain["entries"].as_i64().unwrap() > 20, "{chain}");
    let trail = t.call("audit.person", json!({"id": person})).unwrap();
    assert!(trail.as_array().unwrap().len() > 10, "{trail}");
    let caseload = t.call("caseload.list", json!({})).unwrap();
    assert!(caseload.to_string().contains(&sentinels[0]), "{caseload}");

    // In the team store, every table of a file holds rows; in the vault, none does.
    let db = team::connect(&links[0]).unwrap();
    let empty: Vec<_> = file_tables()
        .into_iter()
        .filter(|t| {
            !matches!(
                *t,
                "erasing" | "imported_bundle" | "caseload_stale" | "signal_observation"
            )
        })
        .filter(|table| count(&db, table) == 0)
        .collect();
    assert!(
        empty.is_empty(),
        "full_file left these team tables empty: {empty:?}"
    );
    t.lock();
    let v =
        tandem::vault::Vault::unlock(dir.path(), &tandem::vault::Secret::Passphrase(common::PASS))
            .unwrap();
    for table in [
        "person",
        "income_request",
        "report_version",
        "support_plan",
        "consent",
    ] {
        assert_eq!(
            count(v.conn(), table),
            0,
            "{table} written in the vault in team mode"
        );
    }
}

/// Worker B reads none of worker A's persons, requests, reports, plans, consents or audit
/// entries, by any command or by SQL of their own; and cannot write into A's files.
#[test]
fn a_worker_sees_nothing_of_a_colleagues_files() {
    let Some(s) = server() else { return };
    let (_team, links) = s.team(&[("anna", Role::Worker), ("bart", Role::Worker)]);
    let (da, db_) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut a = worker(da.path(), "Anna Worker", &links[0]);
    let (person, _) = common::full_file(&mut a, "A");
    let mut b = worker(db_.path(), "Bart Worker", &links[1]);

    assert_eq!(
        b.call("person.search", json!({"query": ""})).unwrap()["total"],
        0
    );
    assert_eq!(
        common::code(&mut b, "person.get", json!({"id": person})),
        "not-found"
    );
    assert_eq!(
        b.call("audit.person", json!({"id": person})).unwrap(),
        json!([])
    );
    let caseload = b.call("caseload.list", json!({})).unwrap();
    assert!(!caseload.to_string().contains("SntA"), "{caseload}");
    for (command, args) in [
        ("request.list", json!({"person_id": person})),
        ("plan.for_person", json!({"person_id": person})),
        ("consent.list", json!({"person_id": person})),
    ] {
        match b.reply(command, args) {
            Ok(v) => assert!(
                v.as_array().is_some_and(|a| a.is_empty()) || !v.to_string().contains("SntA"),
                "{command} showed A's file to B: {v}"
            ),
            Err(e) => assert_eq!(e.code, "not-found", "{command}: {e:?}"),
        }
    }
    // B's own connection, SQL of B's own: no row of A's in any table.
    let raw = team::connect(&links[1]).unwrap();
    for table in file_tables() {
        assert_eq!(count(&raw, table), 0, "B reads rows of {table}");
    }
    // Writing into A's file is refused by the server, whatever the SQL.
    let request: i64 = team::connect(&links[0])
        .unwrap()
        .query_row("SELECT min(id) FROM income_request", [], |r| r.get(0))
        .unwrap();
    let err = raw
        .execute(
            "INSERT INTO income_resource (request_id, kind, whose, amount_cents, period)
             VALUES (?1, 'wage', 'applicant', 100, 'month')",
            [request],
        )
        .unwrap_err();
    assert!(err.to_string().contains("row-level security"), "{err}");
    assert_eq!(
        raw.execute("UPDATE person SET display_name = 'x'", [])
            .unwrap(),
        0
    );
    assert_eq!(raw.execute("DELETE FROM income_request", []).unwrap(), 0);
    let err = raw
        .execute(
            "INSERT INTO person (owner_role, display_name, search_text, sort_key, created_at, updated_at)
             VALUES (?1, 'Planted', 'planted', 'planted', 'x', 'x')",
            [links[0].login.as_str()],
        )
        .unwrap_err();
    assert!(err.to_string().contains("row-level security"), "{err}");
}

/// The audit trail: no worker reads or writes its tables; nobody, not even the superuser,
/// updates, deletes or truncates an entry; the chain stays whole.
#[test]
fn the_audit_trail_is_append_only_on_the_server() {
    let Some(s) = server() else { return };
    let (team, links, _dir, mut t) = anna(&s);
    t.call("person.create", json!({"display_name": "Tess Audit"}))
        .unwrap();
    let raw = team::connect(&links[0]).unwrap();
    for sql in [
        "SELECT count(*) FROM tandem.audit",
        "UPDATE tandem.audit SET detail = 'x'",
        "DELETE FROM tandem.audit",
        "UPDATE tandem.audit_head SET last_id = 0",
    ] {
        let err = raw.execute_batch(sql).unwrap_err().to_string();
        assert!(err.contains("permission denied"), "{sql}: {err}");
    }
    let mut admin = s.admin(team.database());
    for sql in [
        "UPDATE tandem.audit SET detail = 'x'",
        "DELETE FROM tandem.audit",
        "TRUNCATE tandem.audit",
    ] {
        let err = admin.batch_execute(sql).unwrap_err();
        let msg = err.as_db_error().unwrap().message().to_string();
        assert!(msg.contains("append-only"), "{sql}: {msg}");
    }
    let chain = t.call("audit.verify", json!({})).unwrap();
    assert_eq!(chain["ok"], true, "{chain}");
    // A superuser who gets round the trigger is caught by the chain.
    admin
        .batch_execute(
            "ALTER TABLE tandem.audit DISABLE TRIGGER audit_no_change;
             UPDATE tandem.audit SET detail = '{}' WHERE id = 2;
             ALTER TABLE tandem.audit ENABLE TRIGGER audit_no_change;",
        )
        .unwrap();
    let chain = t.call("audit.verify", json!({})).unwrap();
    assert_eq!(chain["ok"], false, "{chain}");
    assert_eq!(chain["first_broken"]["id"], 2, "{chain}");
}

/// Ten workers writing at once lose nothing: every person and every audit entry is there,
/// and the chain is gapless and whole.
#[test]
fn parallel_workers_lose_nothing() {
    let Some(s) = server() else { return };
    let names: Vec<String> = (0..10).map(|i| format!("w{i}")).collect();
    let logins: Vec<(&str, Role)> = names.iter().map(|n| (n.as_str(), Role::Worker)).collect();
    let (_team, links) = s.team(&logins);
    let per_worker = 15;
    std::thread::scope(|scope| {
        for (i, link) in links.iter().enumerate() {
            scope.spawn(move || {
                let dir = tempfile::tempdir().unwrap();
                let mut t = worker(dir.path(), &format!("Worker {i}"), link);
                for n in 0..per_worker {
                    t.call(
                        "person.create",
                        json!({"display_name": format!("Parallel {i} {n}")}),
                    )
                    .unwrap();
                }
            });
        }
    });
    for link in &links {
        let db = team::connect(link).unwrap();
        assert_eq!(count(&db, "person"), per_worker);
    }
    let db = team::connect(&links[0]).unwrap();
    let v = tandem::audit::verify(&db).unwrap();
    assert!(v.ok, "{v:?}");
    assert!(v.entries >= 10 * per_worker, "{v:?}");
}

/// A client killed in the middle of a transaction leaves nothing of it on the server.
#[test]
fn a_client_killed_mid_transaction_leaves_nothing() {
    let Some(s) = server() else { return };
    let (team, links) = s.team(&[("anna", Role::Worker)]);
    let db = team::connect(&links[0]).unwrap();
    let tx = db.transaction().unwrap();
    tx.execute(
        "INSERT INTO person (display_name, search_text, sort_key, created_at, updated_at)
         VALUES ('Half Written', 'half written', 'half written', 'x', 'x')",
        [],
    )
    .unwrap();
    tandem::audit::append(&tx, "person.create", None, &json!({})).unwrap();
    let mut admin = s.admin(team.database());
    let killed = admin
        .query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1",
            &[&links[0].login],
        )
        .unwrap();
    assert_eq!(killed.len(), 1);
    let err = tx.commit().unwrap_err();
    assert_eq!(tandem::error::Error::code(&err), "team-store", "{err}");
    let fresh = team::connect(&links[0]).unwrap();
    assert_eq!(count(&fresh, "person"), 0);
    let v = tandem::audit::verify(&fresh).unwrap();
    assert_eq!((v.ok, v.entries), (true, 0), "{v:?}");
}

/// A revoked login is refused at once: its open session ends and no new one starts.
#[test]
fn a_revoked_worker_is_refused_at_once() {
    let Some(s) = server() else { return };
    let (team, links, _dir, mut t) = anna(&s);
    t.call("person.create", json!({"display_name": "Before Revoke"}))
        .unwrap();
    team_schema::revoke_login(&mut s.admin("postgres"), &team, "anna").unwrap();
    let e = t
        .reply("person.create", json!({"display_name": "After Revoke"}))
        .unwrap_err();
    assert_eq!(e.code, "team-store", "{e:?}");
    let err = team::connect(&links[0]).unwrap_err().to_string();
    assert!(err.contains("not permitted to log in"), "{err}");
}

/// A client refuses a server whose schema it does not know, and says what to do.
#[test]
fn a_server_schema_the_client_does_not_know_is_refused() {
    let Some(s) = server() else { return };
    let (team, links) = s.team(&[("anna", Role::Worker)]);
    s.admin(team.database())
        .batch_execute("UPDATE tandem.team_schema SET version = 99")
        .unwrap();
    let err = team::connect(&links[0]).unwrap_err().to_string();
    assert!(
        err.contains("version 99") && err.contains("update Tandem"),
        "{err}"
    );
}

/// The TLS rules: a server certificate from a CA other than the OCMW's is refused.
#[test]
fn a_server_signed_by_another_ca_is_refused() {
    let Some(s) = server() else { return };
    let (_team, links) = s.team(&[("anna", Role::Worker)]);
    let mut other = links[0].clone();
    other.ca_pem = include_str!("team/foreign-ca.pem").to_string();
    let err = team::connect(&other).unwrap_err().to_string();
    assert!(err.contains("certificate verify failed"), "{err}");
}

/// Everything the team database holds, every table and every row as text (read as the
/// superuser, past row-level security), lower-cased.
fn everything_on_the_server(s: &common::team::Server, database: &str) -> String {
    let mut admin = s.admin(database);
    let tables: Vec<String> = admin
        .query(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'tandem'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut all = String::new();
    for table in tables {
        for row in admin
            .query(&format!("SELECT t::text FROM tandem.{table} t"), &[])
            .unwrap()
        {
            all.push_str(&row.get::<_, String>(0).to_lowercase());
            all.push('\n');
        }
    }
    all
}

/// An erasure past the retention period leaves no datum of the person anywhere on the
/// server (the audit entries about them are blanked by the server), the colleague's and the
/// other files stay whole, and the chain still verifies.
#[test]
fn an_erasure_in_the_team_store_leaves_no_personal_datum() {
    let Some(s) = server() else { return };
    let (team, links, _dir, mut t) = anna(&s);
    let (p, sentinels) = common::full_file(&mut t, "X");
    let (_, kept) = common::full_file(&mut t, "K");
    t.call("settings.set", json!({"retention_years": 1}))
        .unwrap();
    t.call("person.close", json!({"person_id": p})).unwrap();
    t.set_calendar(tandem::today() + chrono::Months::new(13));
    let before = everything_on_the_server(&s, team.database());
    for x in &sentinels {
        assert!(before.contains(&x.to_lowercase()), "{x} was never stored");
    }
    t.call("person.erase", json!({"person_id": p})).unwrap();
    let after = everything_on_the_server(&s, team.database());
    for x in &sentinels {
        assert!(
            !after.contains(&x.to_lowercase()),
            "{x} survived the erasure"
        );
    }
    for x in &kept {
        assert!(
            after.contains(&x.to_lowercase()),
            "{x} of another person was lost"
        );
    }
    let chain = t.call("audit.verify", json!({})).unwrap();
    assert_eq!(chain["ok"], true, "{chain}");
    // Blanking the trail, deleting a person or unlocking the kept rows is the server's
    // erase_person alone, for the owner of a closed file.
    let raw = team::connect(&links[0]).unwrap();
    for (sql, refusal) in [
        ("SELECT tandem.redact_person(1)", "does not exist"),
        ("DELETE FROM person", "permission denied"),
        (
            "INSERT INTO erasing (person_id, txid) VALUES (1, txid_current())",
            "permission denied",
        ),
        (
            "SELECT tandem.append_audit('person.erase', NULL, '{}')",
            "only the server",
        ),
        (
            "SELECT tandem.append_audit('cover.grant', NULL, '{}')",
            "only the server",
        ),
    ] {
        let err = raw.execute_batch(sql).unwrap_err().to_string();
        assert!(err.contains(refusal), "{sql}: {err}");
    }
    let open_file = t.call("person.search", json!({"query": "sntk00"})).unwrap()["persons"][0]
        ["id"]
        .as_i64()
        .unwrap();
    let err = raw
        .query_row("SELECT tandem.erase_person(?1)", [open_file], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap_err()
        .to_string();
    assert!(err.contains("not closed"), "{err}");
}

/// The link is kept in the vault: a lock and an unlock come back to the team store; a
/// connection the server dropped is made again at the next command; and with the server out
/// of reach a command fails clearly, without writing anything in the vault instead.
#[test]
fn the_link_survives_a_lock_a_lost_connection_and_never_falls_back_to_the_vault() {
    let Some(s) = server() else { return };
    let (team, links) = s.team(&[("anna", Role::Worker)]);
    let dir = tempfile::tempdir().unwrap();
    let mut t = common::open(dir.path(), "Anna Worker");
    t.enrol(&tandem::store::enrol::encode(&links[0])).unwrap();
    t.call("person.create", json!({"display_name": "Lotte Link"}))
        .unwrap();
    t.lock();
    t.call("vault.unlock", json!({"passphrase": common::PASS}))
        .unwrap();
    assert!(t.in_team());
    assert_eq!(
        t.call("person.search", json!({"query": "lotte"})).unwrap()["total"],
        1
    );
    // The server drops the session (a restart, a network cut): the command that meets the
    // dead connection fails clearly and changes nothing; the next one logs in again.
    let mut admin = s.admin(team.database());
    admin
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename LIKE $1",
            &[&format!("{}%", team.database())],
        )
        .unwrap();
    let e = t
        .reply("person.create", json!({"display_name": "Met The Cut"}))
        .unwrap_err();
    assert_eq!(e.code, "team-store", "{e:?}");
    assert_eq!(
        t.call("person.search", json!({"query": ""})).unwrap()["total"],
        1
    );
    t.call("person.create", json!({"display_name": "After The Cut"}))
        .unwrap();
    assert_eq!(
        t.call("person.search", json!({"query": ""})).unwrap()["total"],
        2
    );
    // Out of reach (here: the login no longer let in): a clear error, and the vault stays empty.
    team_schema::revoke_login(&mut s.admin("postgres"), &team, "anna").unwrap();
    let e = t
        .reply("person.create", json!({"display_name": "Nowhere Written"}))
        .unwrap_err();
    assert_eq!(e.code, "team-store", "{e:?}");
    assert!(e.message.contains("team server"), "{}", e.message);
    t.lock();
    let v =
        tandem::vault::Vault::unlock(dir.path(), &tandem::vault::Secret::Passphrase(common::PASS))
            .unwrap();
    assert_eq!(
        count(v.conn(), "person"),
        0,
        "a person was written in the vault"
    );
    // The vault's own trail says when it joined.
    let joined: i64 = v
        .conn()
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'team.enrol'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(joined, 1);
}

/// A cover grant of the team lead opens one colleague's file until its date, and never the
/// support plan; the lead gives grants but reads no file and no plan; a worker cannot grant.
#[test]
fn a_cover_grant_opens_the_file_until_its_date_but_never_the_plan() {
    let Some(s) = server() else { return };
    let (_team, links) = s.team(&[
        ("anna", Role::Worker),
        ("bart", Role::Worker),
        ("lena", Role::Lead),
    ]);
    let (da, db_) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut a = worker(da.path(), "Anna Worker", &links[0]);
    let (person, sentinels) = common::full_file(&mut a, "C");
    let (other, _) = common::full_file(&mut a, "D");
    let mut b = worker(db_.path(), "Bart Worker", &links[1]);
    let lead = team::connect(&links[2]).unwrap();
    let grant = |until: &str| {
        lead.query_row(
            "SELECT tandem.grant_cover(?1, ?2, ?3)::text",
            tandem::store::params![person, links[1].login.as_str(), until],
            |r| r.get::<_, Option<String>>(0),
        )
    };
    let yesterday = (tandem::today() - chrono::Duration::days(1)).to_string();
    grant(&yesterday).unwrap();
    assert_eq!(
        common::code(&mut b, "person.get", json!({"id": person})),
        "not-found"
    );
    let in_two_weeks = (tandem::today() + chrono::Duration::days(14)).to_string();
    grant(&in_two_weeks).unwrap();
    let file = b.call("person.get", json!({"id": person})).unwrap();
    assert!(file.to_string().contains(&sentinels[0]), "{file}");
    assert!(!b
        .call("request.list", json!({"person_id": person}))
        .unwrap()
        .as_array()
        .unwrap()
        .is_empty());
    // Exactly that file: not Anna's other one.
    assert_eq!(
        common::code(&mut b, "person.get", json!({"id": other})),
        "not-found"
    );
    // The plan stays Anna's.
    let plans = b.reply("plan.for_person", json!({"person_id": person}));
    assert!(
        plans
            .as_ref()
            .map_or(true, |v| !v.to_string().contains("SntC")),
        "{plans:?}"
    );
    let raw_b = team::connect(&links[1]).unwrap();
    for table in [
        "support_plan",
        "support_goal",
        "support_commitment",
        "support_meeting",
        "support_answer",
    ] {
        assert_eq!(count(&raw_b, table), 0, "{table} opened by a cover grant");
    }
    // The lead reads no file, no plan and no audit entry; a worker cannot grant.
    for table in [
        "person",
        "income_request",
        "report_version",
        "support_plan",
        "consent",
    ] {
        let err = lead
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap_err()
            .to_string();
        assert!(err.contains("permission denied"), "{table}: {err}");
    }
    let err = raw_b
        .query_row(
            "SELECT tandem.grant_cover(?1, ?2, ?3)::text",
            tandem::store::params![other, links[1].login.as_str(), in_two_weeks.as_str()],
            |r| r.get::<_, Option<String>>(0),
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("permission denied"), "{err}");
    // The grants are in the team's trail, which still verifies.
    let v = tandem::audit::verify(&raw_b).unwrap();
    assert!(v.ok, "{v:?}");
}

/// What the server refuses whatever SQL a worker writes: rows planted under ids it has not
/// given, a row moved into another file, a link into another worker's file, the amounts of the
/// law changed, and rows seen through the group role.
#[test]
fn a_worker_cannot_plant_move_or_borrow_rows() {
    let Some(s) = server() else { return };
    let (_team, links) = s.team(&[("anna", Role::Worker), ("bart", Role::Worker)]);
    let (da, db_) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut a = worker(da.path(), "Anna Worker", &links[0]);
    let (anna_person, _) = common::full_file(&mut a, "P");
    let mut b = worker(db_.path(), "Bart Worker", &links[1]);
    let (bart_person, _) = common::full_file(&mut b, "Q");
    let raw_a = team::connect(&links[0]).unwrap();
    let raw_b = team::connect(&links[1]).unwrap();
    let refused = |db: &Db, sql: &str, params: Vec<tandem::store::Value>, why: &str| {
        let err = db.execute(sql, params).unwrap_err().to_string();
        assert!(err.contains(why), "{sql}: {err}");
    };
    use tandem::store::Value::Integer;
    // A future id, to be found later in someone else's file (or an erased one's, reused).
    refused(
        &raw_b,
        "INSERT INTO person (id, display_name, search_text, sort_key, created_at, updated_at)
         VALUES (?1, 'Planted', 'planted', 'planted', 'x', 'x')",
        vec![Integer(anna_person + 1000)],
        "gives the ids",
    );
    // Bart's own request cannot be moved into Anna's file, nor Anna's into Bart's.
    refused(
        &raw_b,
        "UPDATE income_request SET person_id = ?1 WHERE person_id = ?2",
        vec![Integer(anna_person), Integer(bart_person)],
        "stays in its file",
    );
    refused(
        &raw_a,
        "UPDATE income_request SET person_id = ?1 WHERE person_id = ?2",
        vec![Integer(bart_person), Integer(anna_person)],
        "stays in its file",
    );
    let own_request: i64 = raw_b
        .query_row("SELECT min(id) FROM income_request", [], |r| r.get(0))
        .unwrap();
    let second_person = b
        .call("person.create", json!({"display_name": "Bart Second"}))
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    refused(
        &raw_b,
        "UPDATE income_request SET person_id = ?1 WHERE id = ?2",
        vec![Integer(second_person), Integer(own_request)],
        "stays in its file",
    );
    // A share of Bart's pointing at Anna's consent.
    let anna_consent: i64 = raw_a
        .query_row("SELECT min(id) FROM consent", [], |r| r.get(0))
        .unwrap();
    refused(
        &raw_b,
        "INSERT INTO share (person_id, consent_id, recipient_organisation, recipient_role, purpose,
                            parts, what, kind, conditions, shared_on, worker)
         VALUES (?1, ?2, 'o', 'r', 'p', '[]', 'w', 'copy', '{}', '2026-01-01', 'b')",
        vec![Integer(bart_person), Integer(anna_consent)],
        "another file",
    );
    // The amounts of the law: a worker records a new row, never changes or removes one.
    assert_eq!(
        raw_b
            .execute("UPDATE amount_row SET single_year_cents = 1", [])
            .unwrap(),
        0
    );
    refused(
        &raw_b,
        "DELETE FROM amount_row",
        vec![],
        "permission denied",
    );
    let row = json!({"valid_from": "2030-01-01", "cohabitant_year_cents": 1, "single_year_cents": 1,
                     "family_year_cents": 1, "source": "a new row"});
    b.call("amounts.add", row.clone()).unwrap();
    let mut again = row;
    again["single_year_cents"] = json!(2);
    assert_eq!(common::code(&mut b, "amounts.add", again), "team-store");
    // Through the group role: still only one's own rows (the rules name session_user).
    raw_b
        .execute_batch(&format!("SET ROLE {}_worker", links[1].database))
        .unwrap();
    assert_eq!(count(&raw_b, "person"), 2);
}
