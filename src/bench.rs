//! The benchmark behind `tandem-cli bench`: seeds a temporary vault and prints one figure
//! per line (`name value unit`), with a bare-SQLite baseline of the same queries beside it.

use std::path::PathBuf;
use std::time::Instant;

use serde_json::json;

use crate::api::Tandem;
use crate::error::Result;
use crate::vault::KdfParams;

/// Milliseconds since `t`.
fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

/// The `p`-th percentile (0–100) of `v`, which it sorts.
fn percentile(v: &mut [f64], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let i = ((p / 100.0) * (v.len() - 1) as f64).round() as usize;
    v[i.min(v.len() - 1)]
}

/// A folder for the run, removed at the end.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the benchmark on `persons` synthetic dossiers. `line(name, value, unit)` receives
/// each figure; `progress(done, total)` follows the seeding.
pub fn run(
    persons: u64,
    line: &mut dyn FnMut(&str, f64, &str),
    progress: &mut dyn FnMut(u64, u64),
) -> Result<()> {
    let scratch =
        Scratch(std::env::temp_dir().join(format!("tandem-bench-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&scratch.0);
    let dir = scratch.0.join("vault");
    let pass = "bench passphrase 2026";
    let profile = json!({"worker_name": "Bench Worker", "ocmw_name": "OCMW Benchstad",
                         "ocmw_address": "Marktplein 1, 9999 Benchstad", "labour_court_address": "Arbeidsrechtbank",
                         "language": "nl", "ocmw_code": "BNCH", "worker_code": "W1"});
    {
        // Seeding with cheap key derivation; the unlock below uses the real cost.
        let mut t = Tandem::new(&dir)
            .with_kdf(KdfParams::TESTING)
            .without_auto_backups();
        t.call(
            "vault.create",
            json!({"passphrase": pass, "profile": profile}),
        )?;
        let start = Instant::now();
        let seeded = crate::demo::seed(&mut t, persons, 7, 100, progress)?;
        line("persons", seeded.persons as f64, "count");
        line("signed_reports", seeded.signed_reports as f64, "count");
        line("seed", start.elapsed().as_secs_f64(), "s");
        t.call(
            "vault.change_passphrase",
            json!({"current_passphrase": pass, "new_passphrase": pass}),
        )?;
    }
    let mut t = Tandem::new(&dir)
        .with_kdf(KdfParams::DEFAULT)
        .without_auto_backups();
    // Re-wrap the passphrase slot with the real cost, then time an unlock.
    t.call("vault.unlock", json!({"passphrase": pass}))?;
    t.call(
        "vault.change_passphrase",
        json!({"current_passphrase": pass, "new_passphrase": pass}),
    )?;
    t.lock();
    let start = Instant::now();
    t.call("vault.unlock", json!({"passphrase": pass}))?;
    line("unlock", ms(start), "ms");

    let (queries, ids) = store_figures(&mut t, persons, &scratch.0, line)?;
    let start = Instant::now();
    let info = t.backup_now(Some(scratch.0.to_string_lossy().as_ref()), &mut |_, _| {})?;
    line("backup", ms(start), "ms");
    line("backup_size", info.bytes as f64, "bytes");

    // The same search and open queries on a plain, unencrypted copy, straight in SQLite.
    let plain = scratch.0.join("plain.db");
    t.bare_copy(&plain)?;
    let conn = crate::store::Db::vault(rusqlite::Connection::open(&plain)?);
    let mut times = Vec::new();
    for round in 0..20 {
        for q in &queries {
            let q = &q[..(3 + round % 3).min(q.len())];
            let start = Instant::now();
            let mut stmt = conn.prepare_cached(
                "SELECT p.id, p.display_name, p.first_name, p.last_name, p.birth_date
                 FROM person p JOIN person_search s ON s.rowid = p.id
                 WHERE person_search MATCH ?1 ORDER BY p.sort_key, p.id LIMIT 50",
            )?;
            let n = stmt
                .query_map([format!("\"{q}\"")], |r| r.get::<_, i64>(0))?
                .count();
            let _ = n;
            times.push(ms(start));
        }
    }
    line("search_bare_p50", percentile(&mut times, 50.0), "ms");
    line("search_bare_p95", percentile(&mut times, 95.0), "ms");
    let mut times = Vec::new();
    for id in &ids {
        let start = Instant::now();
        for sql in [
            "SELECT * FROM person WHERE id = ?1",
            "SELECT * FROM household_member WHERE person_id = ?1",
            "SELECT * FROM income_request WHERE person_id = ?1",
            "SELECT * FROM income_condition WHERE request_id IN (SELECT id FROM income_request WHERE person_id = ?1)",
            "SELECT * FROM income_resource WHERE request_id IN (SELECT id FROM income_request WHERE person_id = ?1)",
        ] {
            let mut stmt = conn.prepare_cached(sql)?;
            let n = stmt.query_map([id], |_| Ok(()))?.count();
            let _ = n;
        }
        times.push(ms(start));
    }
    line("open_bare_p50", percentile(&mut times, 50.0), "ms");
    line("open_bare_p95", percentile(&mut times, 95.0), "ms");
    Ok(())
}

/// The figures both stores give: the list, the caseload, search, opening a dossier, the
/// calculation, a report composed and drawn, a person's export and a collective signal.
/// Answers the name queries and the dossiers it used (for the bare baseline).
fn store_figures(
    t: &mut Tandem,
    persons: u64,
    scratch: &std::path::Path,
    line: &mut dyn FnMut(&str, f64, &str),
) -> Result<(Vec<String>, Vec<i64>)> {
    let start = Instant::now();
    let list = t.call("person.search", json!({"query": "", "limit": 50}))?;
    line("persons_list", ms(start), "ms");
    let _ = list;

    // The caseload as the home screen shows it: the first page (nearest date first), each
    // group, a sort by name, and a search by name, file reference and national register
    // number; each a median and 95th percentile of 20 rounds. The first call computes every
    // file seeded (as after an upgrade to schema 13); each later one only the files a change
    // touched.
    let start = Instant::now();
    let first = t.call("caseload.list", json!({}))?;
    line("caseload_compute_every_file", ms(start), "ms");
    let sample = &first["files"][7];
    let reference = sample["reference"].as_str().unwrap_or("").to_string();
    let nrn = t.call("person.get", json!({"id": sample["person_id"]}))?["nrn"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let dotted = if nrn.len() == 11 {
        format!(
            "{}.{}.{}-{}.{}",
            &nrn[..2],
            &nrn[2..4],
            &nrn[4..6],
            &nrn[6..9],
            &nrn[9..]
        )
    } else {
        nrn.clone()
    };
    let cases = [
        ("caseload_first_page", json!({})),
        ("caseload_overdue", json!({"filter": "overdue"})),
        ("caseload_week", json!({"filter": "week"})),
        ("caseload_papers", json!({"filter": "papers"})),
        ("caseload_stage", json!({"stage": "inquiry"})),
        (
            "caseload_by_name_page_20",
            json!({"sort": "name", "offset": 950}),
        ),
        ("caseload_search_name", json!({"query": "vander"})),
        ("caseload_search_reference", json!({"query": reference})),
        ("caseload_search_nrn", json!({"query": dotted})),
    ];
    for (name, args) in cases {
        let mut times = Vec::new();
        for _ in 0..20 {
            let start = Instant::now();
            let page = t.call("caseload.list", args.clone())?;
            times.push(ms(start));
            if page["files"].as_array().is_none() {
                return Err(crate::Error::Storage {
                    detail: format!("{name}: no files in the answer"),
                });
            }
        }
        line(&format!("{name}_p50"), percentile(&mut times, 50.0), "ms");
        line(&format!("{name}_p95"), percentile(&mut times, 95.0), "ms");
    }
    // A change to one file, then the first page again (the file recomputed, the page read).
    let mut times = Vec::new();
    for round in 0..20 {
        let person_id = &first["files"][round % 10]["person_id"];
        t.call(
            "person.update",
            json!({"id": person_id, "phone": format!("0470 00 00 {round:02}")}),
        )?;
        let start = Instant::now();
        t.call("caseload.list", json!({}))?;
        times.push(ms(start));
    }
    line(
        "caseload_after_a_change_p50",
        percentile(&mut times, 50.0),
        "ms",
    );
    line(
        "caseload_after_a_change_p95",
        percentile(&mut times, 95.0),
        "ms",
    );

    // Search by name: a syllable pair, as a worker types part of a surname.
    let queries: Vec<String> = [
        "vander", "morali", "tesku", "selvi", "brozet", "kalu", "ramo", "linte", "dorvi", "amen",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut times = Vec::new();
    for round in 0..20 {
        for q in &queries {
            let q = &q[..(3 + round % 3).min(q.len())];
            let start = Instant::now();
            t.call("person.search", json!({"query": q, "limit": 50}))?;
            times.push(ms(start));
        }
    }
    line("search_p50", percentile(&mut times, 50.0), "ms");
    line("search_p95", percentile(&mut times, 95.0), "ms");

    // Open a dossier as the window does: the person, their requests, the latest request.
    let ids: Vec<i64> = (0..50)
        .map(|i| 1 + (i * 7919) % persons.max(1) as i64)
        .collect();
    let mut times = Vec::new();
    for id in &ids {
        let start = Instant::now();
        t.call("person.get", json!({"id": id}))?;
        let requests = t.call("request.list", json!({"person_id": id}))?;
        if let Some(r) = requests
            .as_array()
            .and_then(|a| a.first())
            .and_then(|r| r["id"].as_i64())
        {
            t.call("request.get", json!({"id": r}))?;
        }
        times.push(ms(start));
    }
    line("open_dossier_p50", percentile(&mut times, 50.0), "ms");
    line("open_dossier_p95", percentile(&mut times, 95.0), "ms");

    // The calculation alone (a pure command): a household with a partner, two parents,
    // savings, a house, a sale and six months of work with the socio-professional exemption.
    let household = json!({"date": "2026-04-01", "category": "cohabitant",
        "socio_professional_exemption": true, "sp_shortage_months": 3, "resources": [
        {"kind": "wages", "whose": "applicant", "amount_cents": 120_000, "period": "month", "months": 6},
        {"kind": "wages", "whose": "partner", "amount_cents": 110_000, "period": "month"},
        {"kind": "benefit", "whose": "parent", "member": "A", "amount_cents": 150_000, "period": "month", "counted": true, "motivation": "m"},
        {"kind": "wages", "whose": "parent", "member": "B", "amount_cents": 90_000, "period": "month", "counted": true, "motivation": "m"},
        {"kind": "savings", "whose": "applicant", "amount_cents": 2_500_000},
        {"kind": "real_estate", "whose": "applicant", "amount_cents": 125_000},
        {"kind": "property_sale", "whose": "applicant", "amount_cents": 10_000_000, "sold_on": "2022-05-01"},
        {"kind": "family_allowance", "whose": "applicant", "amount_cents": 20_000, "period": "month"}]});
    let mut times = Vec::new();
    for _ in 0..200 {
        let start = Instant::now();
        t.call("income.calculate", household.clone())?;
        times.push(ms(start));
    }
    line("calculate_p50", percentile(&mut times, 50.0), "ms");
    line("calculate_p95", percentile(&mut times, 95.0), "ms");

    // Compose and render a social report (a person without one yet).
    let target = (2..=persons.max(2) as i64)
        .find(|i| i % 100 != 1)
        .unwrap_or(1);
    let request = t.call("request.list", json!({"person_id": target}))?[0]["id"]
        .as_i64()
        .unwrap_or(1);
    let start = Instant::now();
    let rep = t.call("report.compose", json!({"request_id": request}))?["report_id"]
        .as_i64()
        .unwrap_or(0);
    let (pdf, _) = t.document("report", rep, None, None)?;
    line("report_compose_render", ms(start), "ms");
    line("report_pdf_size", pdf.len() as f64, "bytes");

    let start = Instant::now();
    t.person_export(target, None, &scratch.join("export"))?;
    line("export_person", ms(start), "ms");

    // The collective signal of the last year (every seeded request falls in it): counted,
    // protected and published, then drawn as a PDF.
    let to = crate::today();
    let from = to - chrono::Duration::days(364);
    let period = json!({"from": from.to_string(), "to": to.to_string()});
    let start = Instant::now();
    t.call("signals.figures", period.clone())?;
    line("signals_year", ms(start), "ms");
    let start = Instant::now();
    let mut pdf_args = period;
    pdf_args["format"] = json!("pdf");
    t.call("signals.export", pdf_args)?;
    line("signals_year_pdf", ms(start), "ms");

    Ok((queries, ids))
}

/// One bench worker's call times in ms: creating a person, searching, opening a file.
type Timings = (Vec<f64>, Vec<f64>, Vec<f64>);

/// A throw-away team for the bench, dropped at the end (sessions closed first).
struct ThrowAwayTeam {
    team: crate::store::team_schema::Team,
    logins: Vec<String>,
}

impl Drop for ThrowAwayTeam {
    fn drop(&mut self) {
        use crate::store::team_schema::Role;
        if let Ok(mut su) = crate::store::team_schema::admin("postgres") {
            let mut sql = format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE);",
                self.team.database()
            );
            for role in self.logins.iter().cloned().chain([
                self.team.group(Role::Worker),
                self.team.group(Role::Lead),
                self.team.group(Role::Secretary),
                self.team.owner(),
            ]) {
                sql.push_str(&format!("DROP ROLE IF EXISTS {role};"));
            }
            for statement in sql.split_inclusive(';') {
                let _ = su.batch_execute(statement);
            }
        }
    }
}

/// The same figures on the team store: a throw-away team on the PostgreSQL server the
/// environment names as `psql` reads it (PGHOST, PGPORT, its superuser in PGUSER and
/// PGPASSWORD), whose certificate is signed by the CA in PGSSLROOTCERT; then ten workers at
/// once, each logged in as themselves.
pub fn run_team(
    persons: u64,
    line: &mut dyn FnMut(&str, f64, &str),
    progress: &mut dyn FnMut(u64, u64),
) -> Result<()> {
    use crate::store::enrol;
    use crate::store::team::Link;
    use crate::store::team_schema::{self, Role, Team};
    let need = |k: &str| {
        std::env::var(k).map_err(|_| crate::Error::InvalidInput {
            detail: format!(
                "bench --store postgres: set {k} (PGHOST, PGPORT, PGUSER, PGPASSWORD name the \
                 server and its superuser, PGSSLROOTCERT the CA of its certificate)"
            ),
        })
    };
    let ca_path = need("PGSSLROOTCERT")?;
    let ca_pem = std::fs::read_to_string(&ca_path).map_err(|e| crate::Error::InvalidInput {
        detail: format!("{ca_path}: {e}"),
    })?;
    let host = std::env::var("PGHOST").unwrap_or_else(|_| "localhost".into());
    let port: u16 = std::env::var("PGPORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(5432);
    let team = Team::new(&format!("bench{}", std::process::id()))?;
    let mut su = team_schema::admin("postgres")?;
    let mut guard = ThrowAwayTeam {
        team: team.clone(),
        logins: Vec::new(),
    };
    team_schema::create(&mut su, &team, team_schema::admin)?;
    let mut links = Vec::new();
    for i in 0..10 {
        let password = enrol::new_password();
        let login =
            team_schema::add_login(&mut su, &team, &format!("w{i}"), Role::Worker, &password)?;
        guard.logins.push(login.clone());
        links.push(Link {
            host: host.clone(),
            port,
            database: team.database().to_string(),
            login,
            password,
            ca_pem: ca_pem.clone(),
            ocmw: String::new(),
        });
    }
    drop(su);

    let scratch =
        Scratch(std::env::temp_dir().join(format!("tandem-bench-team-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&scratch.0);
    let worker = |i: usize| -> Result<Tandem> {
        let mut t = Tandem::new(scratch.0.join(format!("vault{i}")))
            .with_kdf(KdfParams::TESTING)
            .without_auto_backups();
        t.call(
            "vault.create",
            json!({"passphrase": "bench passphrase 2026", "profile": {
                "worker_name": format!("Bench Worker {i}"), "ocmw_name": "OCMW Benchstad",
                "language": "nl", "ocmw_code": "BNCH", "worker_code": format!("W{i}")}}),
        )?;
        Ok(t)
    };
    let mut t = worker(0)?;
    let start = Instant::now();
    t.work_in_team(&links[0])?;
    line("connect", ms(start), "ms");
    let start = Instant::now();
    let seeded = crate::demo::seed(&mut t, persons, 7, 100, progress)?;
    line("persons", seeded.persons as f64, "count");
    line("signed_reports", seeded.signed_reports as f64, "count");
    line("seed", start.elapsed().as_secs_f64(), "s");
    store_figures(&mut t, persons, &scratch.0, line)?;
    drop(t);

    // Ten workers at once, each on their own files: 20 new persons, then 20 rounds of a
    // search and opening one of their files. Every call is timed; the wall time gives the
    // throughput of the whole team.
    let rounds = 20;
    let start = Instant::now();
    let results: Vec<Result<Timings>> = std::thread::scope(|scope| {
        let handles: Vec<_> = links
            .iter()
            .enumerate()
            .skip(1)
            .chain([(0, &links[0])])
            .map(|(i, link)| {
                let worker = &worker;
                scope.spawn(move || -> Result<Timings> {
                    let mut t = worker(i + 100)?;
                    t.work_in_team(link)?;
                    let (mut writes, mut searches, mut opens) = (vec![], vec![], vec![]);
                    let mut mine = Vec::new();
                    for n in 0..rounds {
                        let s = Instant::now();
                        let p = t.call(
                            "person.create",
                            json!({"display_name": format!("Parallel Person {i} {n}")}),
                        )?;
                        writes.push(ms(s));
                        mine.push(p["id"].clone());
                    }
                    for n in 0..rounds {
                        let s = Instant::now();
                        t.call("person.search", json!({"query": "parallel", "limit": 50}))?;
                        searches.push(ms(s));
                        let s = Instant::now();
                        t.call("person.get", json!({"id": mine[n % mine.len()]}))?;
                        t.call("request.list", json!({"person_id": mine[n % mine.len()]}))?;
                        opens.push(ms(s));
                    }
                    Ok((writes, searches, opens))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(crate::Error::Storage {
                        detail: "a bench worker stopped".into(),
                    })
                })
            })
            .collect()
    });
    let wall = start.elapsed().as_secs_f64();
    let (mut writes, mut searches, mut opens) = (vec![], vec![], vec![]);
    for r in results {
        let (w, s, o) = r?;
        writes.extend(w);
        searches.extend(s);
        opens.extend(o);
    }
    let calls = (writes.len() + searches.len() + 2 * opens.len()) as f64;
    line("parallel_workers", links.len() as f64, "count");
    line("parallel_calls_per_s", calls / wall, "calls/s");
    line("parallel_create_p50", percentile(&mut writes, 50.0), "ms");
    line("parallel_create_p95", percentile(&mut writes, 95.0), "ms");
    line("parallel_search_p50", percentile(&mut searches, 50.0), "ms");
    line("parallel_search_p95", percentile(&mut searches, 95.0), "ms");
    line("parallel_open_p50", percentile(&mut opens, 50.0), "ms");
    line("parallel_open_p95", percentile(&mut opens, 95.0), "ms");
    drop(guard);
    Ok(())
}
