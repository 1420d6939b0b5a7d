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

/// A team of these logins (login, role, name), each with a Tandem of their own working in it;
/// the vaults' folders live as long as the returned list.
fn crew<const N: usize>(
    s: &common::team::Server,
    people: [(&str, Role, &str); N],
) -> (Vec<Link>, Vec<tempfile::TempDir>, [Tandem; N]) {
    let logins: Vec<_> = people.iter().map(|(l, r, _)| (*l, *r)).collect();
    let (_team, links) = s.team(&logins);
    let dirs: Vec<_> = (0..N).map(|_| tempfile::tempdir().unwrap()).collect();
    let tandems: Vec<Tandem> = people
        .iter()
        .zip(&dirs)
        .zip(&links)
        .map(|(((_, _, name), dir), link)| worker(dir.path(), name, link))
        .collect();
    let tandems: [Tandem; N] = tandems.try_into().map_err(|_| ()).unwrap();
    (links, dirs, tandems)
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

/// `sql` is refused to the login of `db` for want of a right.
fn denied(db: &Db, sql: &str) {
    let err = db.execute_batch(sql).unwrap_err().to_string();
    assert!(err.contains("permission denied"), "{sql}: {err}");
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
        denied(&raw, sql);
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
/// The plan's words among a file's sentinels (`common::full_file`): never seen by anyone but
/// the file's own worker.
fn plan_words(sentinels: &[String]) -> Vec<&String> {
    sentinels
        .iter()
        .filter(|s| {
            ["goal", "commitment", "who", "meeting"]
                .iter()
                .any(|w| s.ends_with(w))
        })
        .collect()
}

/// Issue 19, cover grants: the lead gives a colleague one file until a date (inclusive),
/// through the server's function only the lead may call; the colleague sees exactly that file,
/// with a banner saying whose it is and until when, never its plan; on the day after the date
/// the access ends by itself; the lead can end it before; all of it is in the file's trail.
#[test]
fn a_cover_grant_opens_the_file_until_its_date_but_never_the_plan() {
    let Some(s) = server() else { return };
    let (links, _dirs, [mut a, mut b, mut lead]) = crew(
        &s,
        [
            ("anna", Role::Worker, "Anna Worker"),
            ("bart", Role::Worker, "Bart Worker"),
            ("lena", Role::Lead, "Lena Lead"),
        ],
    );
    let (person, sentinels) = common::full_file(&mut a, "C");
    let (other, _) = common::full_file(&mut a, "D");
    let bart = links[1].login.as_str();

    let status = lead.call("team.status", json!({})).unwrap();
    assert_eq!(
        (status["store"].as_str(), status["role"].as_str()),
        (Some("team"), Some("lead")),
        "{status}"
    );
    assert_eq!(status["login"], "lena", "{status}");
    let workers = lead.call("team.workers", json!({})).unwrap();
    assert_eq!(
        workers,
        json!([links[0].login, links[1].login]),
        "the lead is not a worker"
    );

    // A date past, a date more than a year ahead, an unknown colleague, the file's own worker:
    // refused with a clear error. A worker cannot give cover, by command or by SQL.
    let day = |n: i64| (tandem::today() + chrono::Duration::days(n)).to_string();
    let give = |t: &mut Tandem, who: &str, until: &str| {
        t.reply(
            "team.cover.give",
            json!({"person_id": person, "worker": who, "until": until}),
        )
        .map_err(|e| e.code)
    };
    assert_eq!(give(&mut lead, bart, &day(-1)).unwrap_err(), "date-order");
    assert_eq!(
        give(&mut lead, bart, &day(400)).unwrap_err(),
        "out-of-range"
    );
    assert_eq!(
        give(&mut lead, "nobody", &day(3)).unwrap_err(),
        "invalid-choice"
    );
    assert_eq!(
        give(&mut lead, &links[0].login, &day(3)).unwrap_err(),
        "storage"
    );
    assert_eq!(give(&mut b, bart, &day(3)).unwrap_err(), "team-role");
    let raw_b = team::connect(&links[1]).unwrap();
    let err = raw_b
        .query_row(
            "SELECT tandem.grant_cover(?1, ?2, ?3)::text",
            tandem::store::params![other, bart, day(14)],
            |r| r.get::<_, Option<String>>(0),
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("permission denied"), "{err}");
    assert_eq!(
        common::code(&mut b, "person.get", json!({"id": person})),
        "not-found"
    );

    // Given until today: Bart sees that file, with the banner, and only that file.
    give(&mut lead, bart, &day(0)).unwrap();
    let file = b.call("person.get", json!({"id": person})).unwrap();
    assert!(file.to_string().contains(&sentinels[0]), "{file}");
    let banner = b.call("team.banner", json!({"person_id": person})).unwrap();
    assert_eq!(banner, json!({"owner": "anna", "until": day(0)}));
    assert_eq!(
        a.call("team.banner", json!({"person_id": person})).unwrap(),
        json!(null)
    );
    assert_eq!(
        common::code(&mut b, "person.get", json!({"id": other})),
        "not-found"
    );
    let caseload = b.call("caseload.list", json!({})).unwrap();
    assert_eq!(caseload["total"], 1, "{caseload}");
    // The plan stays Anna's.
    let plans = b.reply("plan.for_person", json!({"person_id": person}));
    let seen = format!("{plans:?}");
    for w in plan_words(&sentinels) {
        assert!(!seen.contains(w.as_str()), "{w} seen through a cover grant");
    }
    for table in [
        "support_plan",
        "support_goal",
        "support_commitment",
        "support_meeting",
        "support_answer",
    ] {
        assert_eq!(count(&raw_b, table), 0, "{table} opened by a cover grant");
    }
    // Who covers what: the lead sees every grant, Anna those on her files, Bart his own.
    for t in [&mut lead, &mut a, &mut b] {
        let covers = t.call("team.covers", json!({})).unwrap();
        assert_eq!(covers.as_array().unwrap().len(), 1, "{covers}");
        assert_eq!(covers[0]["worker"], bart);
        assert_eq!(covers[0]["owner"], links[0].login.as_str());
        assert!(
            !covers.to_string().contains(&sentinels[0]),
            "a name in {covers}"
        );
    }

    // The date passes (the server's calendar cannot be moved: the grant's date is set back as
    // the day after would see it): the file closes to Bart by itself.
    let mut admin = s.admin(&links[0].database);
    admin
        .execute("UPDATE tandem.file_access SET until = $1", &[&day(-1)])
        .unwrap();
    assert_eq!(
        common::code(&mut b, "person.get", json!({"id": person})),
        "not-found"
    );
    assert_eq!(
        b.call("team.banner", json!({"person_id": person})).unwrap(),
        json!(null)
    );
    assert_eq!(lead.call("team.covers", json!({})).unwrap(), json!([]));
    // The last day is Belgium's: a login that moves its own clock gains no hour.
    for tz in ["Etc/GMT+12", "Etc/GMT-14"] {
        raw_b
            .execute_batch(&format!("SET TimeZone = '{tz}'"))
            .unwrap();
        assert_eq!(count(&raw_b, "person"), 0, "{tz}");
    }
    raw_b.execute_batch("RESET TimeZone").unwrap();

    // Given again, ended by the lead before its date.
    give(&mut lead, bart, &day(10)).unwrap();
    assert!(b.call("person.get", json!({"id": person})).is_ok());
    lead.call(
        "team.cover.end",
        json!({"person_id": person, "worker": bart}),
    )
    .unwrap();
    assert_eq!(
        common::code(&mut b, "person.get", json!({"id": person})),
        "not-found"
    );
    assert_eq!(
        common::code(
            &mut lead,
            "team.cover.end",
            json!({"person_id": person, "worker": bart})
        ),
        "team-store"
    );

    // The file's own trail shows each grant and its end, with who gave it.
    let trail = a.call("audit.person", json!({"id": person})).unwrap();
    let actions: Vec<_> = trail
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .filter(|a| a.starts_with("cover."))
        .collect();
    assert_eq!(
        actions,
        ["cover.grant", "cover.grant", "cover.end"],
        "{trail}"
    );
    // Nor can a worker write an entry that looks like the server's.
    for action in [
        "Cover.grant",
        "cover.grant",
        "committee.read ",
        "person.erase\t",
    ] {
        let refused = raw_b.query_row(
            "SELECT tandem.append_audit(?1, NULL, '{}')",
            [action],
            |r| r.get::<_, i64>(0),
        );
        assert!(refused.is_err(), "{action:?} accepted");
    }
    let v = tandem::audit::verify(&raw_b).unwrap();
    assert!(v.ok, "{v:?}");
}

/// Issue 19: the lead reads no file, whatever they ask: no command of a file and no table
/// answers them; only the server's functions of the lead do.
#[test]
fn the_lead_reads_no_content() {
    let Some(s) = server() else { return };
    let (links, _dirs, [mut a, mut lead]) = crew(
        &s,
        [
            ("anna", Role::Worker, "Anna Worker"),
            ("lena", Role::Lead, "Lena Lead"),
        ],
    );
    let (person, sentinels) = common::full_file(&mut a, "L");
    for (command, args) in [
        ("person.get", json!({"id": person})),
        ("person.search", json!({"query": "sntl"})),
        ("caseload.list", json!({})),
        ("audit.person", json!({"id": person})),
        ("plan.for_person", json!({"person_id": person})),
        ("committee.mine", json!({})),
    ] {
        let answer = lead.reply(command, args);
        let text = format!("{answer:?}");
        assert!(answer.is_err(), "{command} answered the lead: {text}");
        assert!(!text.contains(&sentinels[0]), "{command}: {text}");
    }
    let raw = team::connect(&links[1]).unwrap();
    for table in
        file_tables()
            .into_iter()
            .chain(["audit", "audit_head", "file_access", "agenda_item"])
    {
        denied(&raw, &format!("SELECT count(*) FROM {table}"));
    }
    for f in [
        "tandem.agenda_pdf(1)",
        "tandem.append_audit('x', NULL, '')",
        "tandem.audit_for_person(1)",
    ] {
        denied(&raw, &format!("SELECT 1 FROM (SELECT {f}) AS x"));
    }
}

/// Issue 19, the team's deadlines: the lead sees every worker's due and overdue dates as file
/// reference, next step, date and worker, kept current after each change, never a name.
#[test]
fn the_lead_sees_the_teams_deadlines_by_reference_only() {
    let Some(s) = server() else { return };
    let (links, _dirs, [mut a, mut b, mut lead]) = crew(
        &s,
        [
            ("anna", Role::Worker, "Anna Worker"),
            ("bart", Role::Worker, "Bart Worker"),
            ("lena", Role::Lead, "Lena Lead"),
        ],
    );
    let today = tandem::today();
    let mut names = Vec::new();
    // Anna's request came in 40 days ago: the decision (30 days, art. 21 § 1 of the law of
    // 26 May 2002, as `income::deadlines` counts it) is overdue. Bart's came in 25 days ago:
    // due within the week.
    for (t, name, days_ago) in [(&mut a, "Zelda Overdue", 40), (&mut b, "Yves Due", 25)] {
        let p = common::id(
            t.call("person.create", json!({"display_name": name}))
                .unwrap(),
            "id",
        );
        let on = (today - chrono::Duration::days(days_ago)).to_string();
        common::request_six_met(t, p, &on, "single");
        names.push(name);
    }
    let rows = lead
        .call("team.deadlines", json!({"within_days": 30}))
        .unwrap();
    let rows = rows.as_array().unwrap().clone();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0]["worker"], links[0].login.as_str());
    assert_eq!(rows[0]["state"], "overdue");
    assert_eq!(rows[0]["next_action"], "finish_inquiry");
    assert_eq!(
        rows[0]["next_on"],
        (today - chrono::Duration::days(10)).to_string()
    );
    assert_eq!(rows[1]["worker"], links[1].login.as_str());
    assert_eq!(rows[1]["state"], "due");
    assert_eq!(rows[0]["stale"], false, "worked out again after the change");
    let mine = a.call("caseload.list", json!({})).unwrap();
    assert_eq!(
        rows[0]["reference"], mine["files"][0]["reference"],
        "{mine}"
    );
    let text = serde_json::Value::Array(rows).to_string();
    for n in &names {
        assert!(!text.contains(n), "a name in the lead's view: {text}");
    }
    // A worker has no such view.
    assert_eq!(
        common::code(&mut a, "team.deadlines", json!({})),
        "team-role"
    );
}

/// A report signed together (read, signed by both), frozen: its report id.
fn signed_report(t: &mut Tandem, name: &str) -> (i64, i64) {
    let p = common::id(
        t.call("person.create", json!({"display_name": name}))
            .unwrap(),
        "id",
    );
    let r = common::request_six_met(t, p, &tandem::today().to_string(), "single");
    let rep = common::id(
        t.call(
            "report.compose",
            json!({"request_id": r, "proposal": "Grant the living wage."}),
        )
        .unwrap(),
        "report_id",
    );
    t.call("report.read_together", json!({"report_id": rep}))
        .unwrap();
    for signer in ["worker", "person"] {
        t.call(
            "report.sign",
            json!({"report_id": rep, "signer": signer, "png_base64": common::png_base64()}),
        )
        .unwrap();
    }
    (p, rep)
}

/// Issue 19, the committee: the secretary sets a session; each worker puts their signed
/// report versions on its agenda (a draft cannot go, nor a colleague's report); the
/// secretary reads only those versions (the PDF kept when it was signed, with its fingerprint;
/// each reading in the person's trail) and prints the agenda; the plan never reaches them.
#[test]
fn the_secretary_reads_only_the_reports_on_the_agenda() {
    let Some(s) = server() else { return };
    let (links, _dirs, [mut a, mut b, mut sec, mut lead]) = crew(
        &s,
        [
            ("anna", Role::Worker, "Anna Worker"),
            ("bart", Role::Worker, "Bart Worker"),
            ("sara", Role::Secretary, "Sara Secretary"),
            ("lena", Role::Lead, "Lena Lead"),
        ],
    );
    let day = |n: i64| (tandem::today() + chrono::Duration::days(n)).to_string();

    // Only the secretary sets a session, today or later.
    assert_eq!(
        common::code(
            &mut a,
            "committee.session.add",
            json!({"held_on": day(7), "place": "Raadzaal"})
        ),
        "team-role"
    );
    assert_eq!(
        common::code(
            &mut sec,
            "committee.session.add",
            json!({"held_on": day(-1), "place": "Raadzaal"})
        ),
        "date-order"
    );
    let session = common::id(
        sec.call(
            "committee.session.add",
            json!({"held_on": day(7), "place": "Raadzaal"}),
        )
        .unwrap(),
        "id",
    );
    let sessions = a.call("committee.sessions", json!({})).unwrap();
    assert_eq!(sessions[0]["place"], "Raadzaal", "{sessions}");

    // Anna: a whole file (its report signed and sent, a plan beside it) and a signed report go
    // on the agenda; a draft cannot.
    let (full, sentinels) = common::full_file(&mut a, "S");
    let request = a.call("request.list", json!({"person_id": full})).unwrap();
    let full_report = request
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_i64())
        .filter_map(|r| {
            a.call("report.for_request", json!({"request_id": r}))
                .unwrap()["report_id"]
                .as_i64()
        })
        .next()
        .unwrap();
    let (signed_person, signed) = signed_report(&mut a, "Xavier Signed");
    let p = common::id(
        a.call("person.create", json!({"display_name": "Willy Draft"}))
            .unwrap(),
        "id",
    );
    let r = common::request_six_met(&mut a, p, &tandem::today().to_string(), "single");
    let draft = common::id(
        a.call(
            "report.compose",
            json!({"request_id": r, "proposal": "Grant."}),
        )
        .unwrap(),
        "report_id",
    );
    for rep in [full_report, signed] {
        a.call(
            "committee.put",
            json!({"session_id": session, "report_id": rep}),
        )
        .unwrap();
    }
    assert_eq!(
        common::code(
            &mut a,
            "committee.put",
            json!({"session_id": session, "report_id": draft})
        ),
        "report-not-read"
    );
    assert_eq!(
        common::code(
            &mut a,
            "committee.put",
            json!({"session_id": session, "report_id": signed})
        ),
        "invalid-input"
    );
    // Bart cannot put Anna's report on an agenda, nor see her items; his own signed report
    // stays off the agenda.
    assert_eq!(
        common::code(
            &mut b,
            "committee.put",
            json!({"session_id": session, "report_id": signed})
        ),
        "not-found"
    );
    let (_pb, bart_report) = signed_report(&mut b, "Vera Bart");
    // A draft dressed up as signed by SQL (never frozen) is not a report for the committee;
    // nor can a row carry its own time.
    let raw_a = team::connect(&links[0]).unwrap();
    raw_a
        .execute(
            "UPDATE report_version SET status = 'signed', pdf = '\\x00'::bytea
             WHERE report_id = ?1",
            [draft],
        )
        .unwrap();
    assert_eq!(
        common::code(
            &mut a,
            "committee.put",
            json!({"session_id": session, "report_id": draft})
        ),
        "report-not-read"
    );
    let dressed: i64 = raw_a
        .query_row(
            "SELECT id FROM report_version WHERE report_id = ?1",
            [draft],
            |r| r.get(0),
        )
        .unwrap();
    for sql in [
        "INSERT INTO tandem.agenda_item (session_id, version_id) VALUES (?1, ?2)",
        "INSERT INTO tandem.agenda_item (session_id, version_id, added_at) VALUES (?1, ?2, '2000-01-01')",
    ] {
        assert!(raw_a.execute(sql, [session, dressed]).is_err(), "{sql}");
    }
    assert_eq!(b.call("committee.mine", json!({})).unwrap(), json!([]));
    let mine = a
        .call("committee.mine", json!({"session_id": session}))
        .unwrap();
    assert_eq!(mine.as_array().unwrap().len(), 2, "{mine}");

    // The secretary: the agenda's two lines, references and fingerprints, no name.
    let agenda = sec
        .call("committee.agenda", json!({"session_id": session}))
        .unwrap();
    let lines = agenda["lines"].as_array().unwrap().clone();
    assert_eq!(lines.len(), 2, "{agenda}");
    assert!(!agenda.to_string().contains("Xavier"), "{agenda}");
    assert!(!agenda.to_string().contains(&sentinels[0]), "{agenda}");
    // The PDF is the one kept when the version was frozen: its fingerprint is the agenda's.
    let saved = sec
        .call(
            "committee.report.save",
            json!({"item_id": lines[1]["item_id"]}),
        )
        .unwrap();
    assert_eq!(saved["sha256"], lines[1]["pdf_sha256"], "{saved}");
    let bytes = std::fs::read(saved["path"].as_str().unwrap()).unwrap();
    let text = common::poppler("pdftotext", &["-layout"], &bytes);
    assert!(text.contains("Xavier Signed"), "the report itself: {text}");
    let first = sec
        .call(
            "committee.report.save",
            json!({"item_id": lines[0]["item_id"]}),
        )
        .unwrap();
    let text = common::poppler(
        "pdftotext",
        &["-layout"],
        &std::fs::read(first["path"].as_str().unwrap()).unwrap(),
    );
    for w in plan_words(&sentinels) {
        assert!(
            !text.contains(w.as_str()),
            "{w}: the plan in a report on the agenda"
        );
    }
    // Each reading is in the person's trail, under the secretary's login.
    let trail = a.call("audit.person", json!({"id": full})).unwrap();
    let read: Vec<_> = trail
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "committee.read")
        .collect();
    assert_eq!(read.len(), 1, "{trail}");
    // The agenda as a PDF: date, place, references and fingerprints; no name.
    let pdf = sec
        .call(
            "committee.agenda.save",
            json!({"session_id": session, "lang": "nl"}),
        )
        .unwrap();
    let bytes = std::fs::read(pdf["path"].as_str().unwrap()).unwrap();
    common::keep("committee-agenda.pdf", &bytes);
    let text = common::poppler("pdftotext", &["-raw"], &bytes);
    assert!(text.contains("Raadzaal"), "{text}");
    assert!(
        text.contains(lines[0]["reference"].as_str().unwrap()),
        "{text}"
    );
    let fp = lines[0]["pdf_sha256"].as_str().unwrap();
    assert!(text.replace(['\n', ' '], "").contains(fp), "{text}");
    assert!(
        !text.contains("Xavier") && !text.contains(&sentinels[0]),
        "{text}"
    );

    // The secretary reads nothing else: no file table, no other version, no plan.
    let raw = team::connect(&links[2]).unwrap();
    for table in file_tables().into_iter().chain(["audit", "agenda_item"]) {
        denied(&raw, &format!("SELECT count(*) FROM {table}"));
    }
    for command in ["person.search", "caseload.list"] {
        assert!(sec.reply(command, json!({})).is_err(), "{command}");
    }
    let _ = bart_report;
    // The lead has no agenda; a worker neither.
    assert_eq!(
        common::code(
            &mut lead,
            "committee.agenda",
            json!({"session_id": session})
        ),
        "team-role"
    );
    assert_eq!(
        common::code(&mut a, "committee.agenda", json!({"session_id": session})),
        "team-role"
    );

    // Anna takes one off; the secretary's agenda follows.
    let item = mine[0]["id"].as_i64().unwrap();
    a.call("committee.take_off", json!({"item_id": item}))
        .unwrap();
    let agenda = sec
        .call("committee.agenda", json!({"session_id": session}))
        .unwrap();
    assert_eq!(agenda["lines"].as_array().unwrap().len(), 1, "{agenda}");
    assert_eq!(
        common::code(
            &mut b,
            "committee.take_off",
            json!({"item_id": lines[1]["item_id"]})
        ),
        "not-found"
    );

    // A colleague covering Anna's file does not put her report on an agenda.
    lead.call(
        "team.cover.give",
        json!({"person_id": signed_person, "worker": links[1].login, "until": day(3)}),
    )
    .unwrap();
    assert_eq!(
        common::code(
            &mut b,
            "committee.put",
            json!({"session_id": session, "report_id": signed})
        ),
        "team-role"
    );
    // Once the session is past, its agenda stays as the committee had it.
    let mut admin = s.admin(&links[0].database);
    admin
        .execute(
            "UPDATE tandem.committee_session SET held_on = $1",
            &[&day(-1)],
        )
        .unwrap();
    let left = lines[1]["item_id"].as_i64().unwrap();
    assert_eq!(
        common::code(&mut a, "committee.take_off", json!({"item_id": left})),
        "date-order"
    );
    assert_eq!(
        raw_a.execute("DELETE FROM tandem.agenda_item", []).unwrap(),
        0
    );
    let agenda = sec
        .call("committee.agenda", json!({"session_id": session}))
        .unwrap();
    assert_eq!(agenda["lines"].as_array().unwrap().len(), 1, "{agenda}");
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

/// Issue 19, moving a file to the team: a file of the personal vault (its plan included) goes
/// to the team store through the hand-over format, once; both trails record it; the personal
/// copy is closed, not silently kept; a colleague sees nothing of it.
#[test]
fn a_personal_file_moves_to_the_team_once_and_its_copy_is_closed() {
    let Some(s) = server() else { return };
    let (_team, links) = s.team(&[("anna", Role::Worker), ("bart", Role::Worker)]);
    let dir = tempfile::tempdir().unwrap();
    let mut t = common::open(dir.path(), "Anna Worker");
    let (person, sentinels) = common::full_file(&mut t, "M");
    t.work_in_team(&links[0]).unwrap();
    let files = t.call("team.vault_files", json!({})).unwrap();
    assert_eq!(files[0]["id"], person, "{files}");
    assert_eq!(
        t.call("person.search", json!({"query": "sntm"})).unwrap()["total"],
        0
    );

    let moved = t
        .call("team.move_file", json!({"person_id": person}))
        .unwrap();
    let in_team = moved["person_id"]
        .as_i64()
        .expect("moved into the team store");
    let file = t.call("person.get", json!({"id": in_team})).unwrap();
    assert!(file.to_string().contains(&sentinels[0]), "{file}");
    let plans = t
        .call("plan.for_person", json!({"person_id": in_team}))
        .unwrap();
    assert!(
        plans
            .to_string()
            .contains(&plan_words(&sentinels)[0].to_string()),
        "{plans}"
    );
    let trail = t.call("audit.person", json!({"id": in_team})).unwrap();
    let moved_in: Vec<_> = trail
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "team.move_in")
        .collect();
    assert_eq!(moved_in.len(), 1, "{trail}");
    assert_eq!(
        moved_in[0]["detail"]["bundle_id"], moved["bundle_id"],
        "{trail}"
    );
    // Once: the vault's copy is closed and cannot move again.
    assert_eq!(t.call("team.vault_files", json!({})).unwrap(), json!([]));
    assert_eq!(
        common::code(&mut t, "team.move_file", json!({"person_id": person})),
        "invalid-input"
    );
    // Bart sees nothing of it.
    let bdir = tempfile::tempdir().unwrap();
    let mut b = worker(bdir.path(), "Bart Worker", &links[1]);
    assert_eq!(
        common::code(&mut b, "person.get", json!({"id": in_team})),
        "not-found"
    );

    // The same bundle is taken once by the server: the copy reopened in the vault and moved
    // again is refused, and stays open (nothing done since is dropped silently).
    let raw = tandem::store::team::connect(&links[0]).unwrap();
    let before = count(&raw, "person");
    t.leave_team().unwrap();
    let copy = t.call("person.get", json!({"id": person})).unwrap();
    assert!(copy["closed_on"].is_string(), "the copy is closed: {copy}");
    let trail = t.call("audit.person", json!({"id": person})).unwrap();
    assert!(trail.to_string().contains("team.move_out"), "{trail}");
    t.call("person.reopen", json!({"person_id": person}))
        .unwrap();
    t.work_in_team(&links[0]).unwrap();
    assert_eq!(
        common::code(&mut t, "team.move_file", json!({"person_id": person})),
        "handover-duplicate"
    );
    assert_eq!(
        t.call("team.vault_files", json!({})).unwrap()[0]["id"],
        person
    );
    assert_eq!(count(&raw, "person"), before);
}

/// Issue 19 brings the team schema's version 2: a server made at version 1 is refused by this
/// Tandem with what to do, and `migrate` brings it over with its files kept; the new roles'
/// functions then answer.
#[test]
fn a_version_1_server_migrates_to_version_2_with_its_files() {
    let Some(s) = server() else { return };
    let (team, links) = s.team_at(&[("anna", Role::Worker), ("lena", Role::Lead)], 1);
    let dir = tempfile::tempdir().unwrap();
    let mut t = common::open(dir.path(), "Anna Worker");
    let refused = t.work_in_team(&links[0]).unwrap_err();
    assert!(
        refused.to_string().contains("tandem-server migrate"),
        "{refused}"
    );
    // A file written at version 1 (as a version-1 Tandem would have: the row is Anna's).
    let mut admin = s.admin(team.database());
    admin
        .batch_execute(&format!(
            "SET ROLE {owner};
             INSERT INTO tandem.person (owner_role, display_name, search_text, sort_key,
                                        created_at, updated_at)
             VALUES ('{anna}', 'Vera Versie', 'vera versie', 'versie vera',
                     '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z');
             RESET ROLE;",
            owner = team.owner(),
            anna = links[0].login
        ))
        .unwrap();
    let found = team_schema::migrate(&mut admin, &team).unwrap();
    assert_eq!(found, 1);
    assert_eq!(
        team_schema::server_version(&mut admin).unwrap(),
        team_schema::VERSION
    );
    t.work_in_team(&links[0]).unwrap();
    let search = t.call("person.search", json!({"query": "vera"})).unwrap();
    assert_eq!(search["total"], 1, "{search}");
    let ldir = tempfile::tempdir().unwrap();
    let mut lead = worker(ldir.path(), "Lena Lead", &links[1]);
    assert_eq!(lead.call("team.covers", json!({})).unwrap(), json!([]));
    assert_eq!(
        lead.call("team.workers", json!({})).unwrap(),
        json!([links[0].login])
    );
}
