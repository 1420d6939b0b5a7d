//! The team store's schema on PostgreSQL: its roles, tables, row-level security and audit chain, installed by the server tools only.

use postgres::{Client, NoTls};

use super::team::pg_error;
use crate::error::{Error, Result};

/// The version of the team store's schema this Tandem knows. A client refuses any other.
pub const VERSION: i64 = 2;

/// The migrations, in order; migration `n` brings the schema to version `n`. Version 1 is the
/// personal vault's schema 16 translated (`team_tables.sql`) with the rules of the team
/// (`team_security.sql`); version 2 adds the team's features: cover grants ended and listed,
/// the lead's deadlines, the committee's sessions and agendas (`team_features.sql`). Only
/// `tandem-server migrate` runs them.
const MIGRATIONS: &[&str] = &[
    concat!(
        include_str!("team_tables.sql"),
        "\n",
        include_str!("team_security.sql"),
        "\n",
        include_str!("team_compat.sql")
    ),
    include_str!("team_features.sql"),
];

/// Today in Belgium, as the rules read a date (never the session's own time zone, which a login
/// may set). Written out in each rule rather than called: a function with its own settings is
/// not inlined, and the planner would call it for every row (ten times slower on a whole file).
/// The server's functions call `tandem.today_be()`, the same expression.
macro_rules! today_be {
    () => {
        "to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD')"
    };
}
const TODAY_BE: &str = today_be!();

// A child row is seen when its parent row is (the sub-select runs under the parent's own rule,
// so visibility follows the file down; the planner joins instead of calling a function a row).
const PERSON_SEEN: &str = "person_id IN (SELECT id FROM tandem.person)";
const REQUEST_SEEN: &str = "request_id IN (SELECT id FROM tandem.income_request)";
/// The support plan: its worker's alone, a cover grant does not open it.
const PERSON_OWNED: &str =
    "person_id IN (SELECT id FROM tandem.person WHERE owner_role = session_user)";
const PLAN_SEEN: &str = "plan_id IN (SELECT id FROM tandem.support_plan)";

/// How each table's rows are shared out: the condition a worker's row must meet to be read or
/// written. The person's own worker, or a colleague with a live cover grant, sees a file; the
/// support plan is its worker's alone (a cover grant does not open it). Every table of the
/// team store is in this list or has no rights for workers at all (audit, audit_head,
/// erasing). The worker is `session_user` (a `SET ROLE` to the group changes `current_user`).
pub const RULES: &[(&str, &str)] = &[
    ("profile", "owner_role = session_user"),
    (
        "person",
        concat!(
            "owner_role = session_user OR id IN (SELECT fa.person_id FROM tandem.file_access fa
         WHERE fa.worker = session_user AND fa.until >= ",
            today_be!(),
            ")"
        ),
    ),
    ("household_member", PERSON_SEEN),
    ("amount_row", "true"), // read by all, new rows only: see rules_sql
    ("income_request", PERSON_SEEN),
    ("income_condition", REQUEST_SEEN),
    ("income_evidence", REQUEST_SEEN),
    ("income_visit", REQUEST_SEEN),
    ("income_resource", REQUEST_SEEN),
    ("income_decision", REQUEST_SEEN),
    ("income_revision", REQUEST_SEEN),
    ("income_appeal", REQUEST_SEEN),
    ("report", REQUEST_SEEN),
    (
        "report_version",
        "report_id IN (SELECT id FROM tandem.report)",
    ),
    ("support_answer", PERSON_OWNED),
    ("support_plan", PERSON_OWNED),
    ("support_goal", PLAN_SEEN),
    ("support_commitment", PLAN_SEEN),
    ("support_meeting", PLAN_SEEN),
    ("consent", PERSON_SEEN),
    ("share", PERSON_SEEN),
    ("imported_bundle", "owner_role = session_user"),
    ("income_review", REQUEST_SEEN),
    (
        "income_review_condition",
        "review_id IN (SELECT id FROM tandem.income_review)",
    ),
    ("income_right_end", REQUEST_SEEN),
    ("income_undo", REQUEST_SEEN),
    ("income_right_period", REQUEST_SEEN),
    ("signal_observation", "owner_role = session_user"),
    ("caseload_file", PERSON_SEEN),
    ("caseload_stale", PERSON_SEEN),
    ("rights_status", PERSON_SEEN),
];

/// The functions a worker may call (each checks who is asking itself).
const WORKER_FUNCTIONS: &[&str] = &[
    "append_audit(text, bigint, text)",
    "verify_audit()",
    "audit_mark()",
    "audit_hash(bigint)",
    "audit_for_person(bigint)",
    "erase_person(bigint)",
    // team_compat.sql: SQLite's functions the areas' SQL uses
    "instr(text, text)",
    "printf(text, bigint)",
    "json_extract(text, text)",
    "julianday(text)",
    "date(text, text[])",
    "date(text)",
    "min(text, text)",
    "min(text, text, text)",
    "max(text, text)",
    "max(text, text, text)",
];

/// What a login may do in the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Follows their own files (and those a cover grant gives them).
    Worker,
    /// Gives cover grants; reads no file.
    Lead,
    /// Reads the signed reports on a committee session's agenda, nothing else.
    Secretary,
}

impl Role {
    pub fn parse(s: &str) -> Result<Role> {
        match s {
            "worker" => Ok(Role::Worker),
            "lead" => Ok(Role::Lead),
            "secretary" => Ok(Role::Secretary),
            _ => Err(Error::InvalidChoice {
                field: "role".into(),
                value: s.chars().take(50).collect(),
            }),
        }
    }
}

/// One team's names on the cluster: its database and its group roles (roles are shared by
/// every database of a cluster, so they carry the team's name).
#[derive(Debug, Clone)]
pub struct Team {
    name: String,
}

impl Team {
    /// `name`: lower-case letters, digits and `_`, starting with a letter, at most 30.
    pub fn new(name: &str) -> Result<Team> {
        let ok = (1..=30).contains(&name.len())
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            return Err(Error::InvalidInput {
                detail:
                    "team: lower-case letters, digits and _, starting with a letter, at most 30"
                        .into(),
            });
        }
        Ok(Team {
            name: name.to_string(),
        })
    }

    pub fn database(&self) -> &str {
        &self.name
    }
    pub fn owner(&self) -> String {
        format!("{}_owner", self.name)
    }
    pub fn group(&self, role: Role) -> String {
        match role {
            Role::Worker => format!("{}_worker", self.name),
            Role::Lead => format!("{}_lead", self.name),
            Role::Secretary => format!("{}_secretary", self.name),
        }
    }
    /// A login's role name: the team's name, then the login's.
    pub fn login(&self, login: &str) -> Result<String> {
        let ok = (1..=30).contains(&login.len())
            && login
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            return Err(Error::InvalidInput {
                detail: "login: lower-case letters, digits and _, at most 30".into(),
            });
        }
        // The team's own roles are named the same way.
        if matches!(login, "owner" | "worker" | "lead" | "secretary") {
            return Err(Error::InvalidInput {
                detail: format!("login: {login} is the name of one of the team's roles"),
            });
        }
        Ok(format!("{}_{login}", self.name))
    }

    fn substitute(&self, sql: &str) -> String {
        sql.replace("@owner@", &self.owner())
            .replace("@worker@", &self.group(Role::Worker))
            .replace("@lead@", &self.group(Role::Lead))
            .replace("@secretary@", &self.group(Role::Secretary))
    }
}

fn run(client: &mut Client, sql: &str) -> Result<()> {
    client.batch_execute(sql).map_err(pg_error)
}

/// Creates the team's roles and database on a cluster (`admin`: a superuser connection to
/// another database of the cluster), then its schema at the current version.
pub fn create(
    admin: &mut Client,
    team: &Team,
    connect: impl Fn(&str) -> Result<Client>,
) -> Result<()> {
    create_at(admin, team, connect, VERSION)
}

/// As [`create`], with the schema brought to `version` only (tests of the migrations: a
/// server made by an earlier Tandem).
pub fn create_at(
    admin: &mut Client,
    team: &Team,
    connect: impl Fn(&str) -> Result<Client>,
    version: i64,
) -> Result<()> {
    run(
        admin,
        &format!(
            "CREATE ROLE {owner} NOLOGIN BYPASSRLS;
             CREATE ROLE {worker} NOLOGIN;
             CREATE ROLE {lead} NOLOGIN;
             CREATE ROLE {secretary} NOLOGIN;",
            owner = team.owner(),
            worker = team.group(Role::Worker),
            lead = team.group(Role::Lead),
            secretary = team.group(Role::Secretary),
        ),
    )?;
    // CREATE DATABASE runs alone (never inside a transaction block).
    run(
        admin,
        &format!("CREATE DATABASE {} OWNER {}", team.database(), team.owner()),
    )?;
    let mut db = connect(team.database())?;
    let seeding = connect(team.database())?;
    run(
        &mut db,
        &format!(
            "REVOKE ALL ON DATABASE {db} FROM PUBLIC;
             GRANT CONNECT ON DATABASE {db} TO {worker}, {lead}, {secretary};
             REVOKE ALL ON SCHEMA public FROM PUBLIC;
             CREATE SCHEMA ext;
             CREATE EXTENSION pgcrypto SCHEMA ext;
             CREATE EXTENSION pg_trgm SCHEMA ext;
             CREATE SCHEMA tandem AUTHORIZATION {owner};
             GRANT USAGE ON SCHEMA tandem, ext TO {worker}, {lead}, {secretary}, {owner};
             ALTER DATABASE {db} SET search_path = tandem, ext, pg_catalog;
             SET ROLE {owner};
             CREATE TABLE tandem.team_schema (version BIGINT NOT NULL);
             INSERT INTO tandem.team_schema VALUES (0);
             RESET ROLE;",
            db = team.database(),
            owner = team.owner(),
            worker = team.group(Role::Worker),
            lead = team.group(Role::Lead),
            secretary = team.group(Role::Secretary),
        ),
    )?;
    migrate_to(&mut db, team, version)?;
    seed_amounts(seeding, team)?;
    Ok(())
}

/// Puts the amounts of the law this version ships (indexations) on the server, as a vault gets
/// them at its migrations; workers only read them. `client`: a superuser connection to the
/// team's database.
pub fn seed_amounts(mut client: Client, team: &Team) -> Result<()> {
    client
        .batch_execute(&format!(
            "SET ROLE {}; SET search_path = tandem, ext, pg_catalog;",
            team.owner()
        ))
        .map_err(pg_error)?;
    let db = super::Db::team(super::team::Conn::new(client));
    crate::income::amounts::seed(&db)
}

/// Brings the team's database to [`VERSION`], one migration per transaction (`db`: a superuser
/// connection to the team's database). Answers the version it found. The rules (row-level
/// security, grants) are set again with the last migration, in its transaction: a table a
/// migration adds has no grant (no one reads it) until then.
pub fn migrate(db: &mut Client, team: &Team) -> Result<i64> {
    migrate_to(db, team, VERSION)
}

/// As [`migrate`], up to `target` (at most [`VERSION`]): the rules are those of `target`'s
/// migration.
pub fn migrate_to(db: &mut Client, team: &Team, target: i64) -> Result<i64> {
    let found = server_version(db)?;
    if found > VERSION {
        return Err(too_new(found));
    }
    let target = target.clamp(1, VERSION);
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        let to = i as i64 + 1;
        if to <= found || to > target {
            continue;
        }
        let mut tx = db.transaction().map_err(pg_error)?;
        tx.batch_execute(&format!(
            "SET LOCAL ROLE {owner}; SET LOCAL search_path = tandem, ext, pg_catalog;\n{body}\n",
            owner = team.owner(),
            body = team.substitute(sql)
        ))
        .map_err(pg_error)?;
        // No function is anyone's to call until the rules say so (PostgreSQL grants EXECUTE
        // to PUBLIC by default), even between two migrations.
        tx.batch_execute("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA tandem FROM PUBLIC;")
            .map_err(pg_error)?;
        if to == target {
            tx.batch_execute(&rules_sql(team, to)).map_err(pg_error)?;
        }
        tx.execute("UPDATE tandem.team_schema SET version = $1", &[&to])
            .map_err(pg_error)?;
        tx.commit().map_err(pg_error)?;
    }
    Ok(found)
}

/// What workers may do on a table (its rows as `RULES` says): a person is never deleted but by
/// `erase_person`; cover grants are read only; the amounts of the law are added to, never
/// changed (see `rules_sql`).
fn worker_rights(table: &str) -> &'static str {
    match table {
        "amount_row" => "SELECT, INSERT, UPDATE",
        "file_access" => "SELECT",
        "person" => "SELECT, INSERT, UPDATE",
        _ => "SELECT, INSERT, UPDATE, DELETE",
    }
}

/// Row-level security on every table, its policy for the workers, and the grants.
fn rules_sql(team: &Team, version: i64) -> String {
    let worker = team.group(Role::Worker);
    let lead = team.group(Role::Lead);
    let mut sql = String::from(
        "REVOKE ALL ON ALL TABLES IN SCHEMA tandem FROM PUBLIC;
         REVOKE ALL ON ALL FUNCTIONS IN SCHEMA tandem FROM PUBLIC;\n",
    );
    for (table, rule) in RULES
        .iter()
        .chain(&[("file_access", "worker = session_user")])
    {
        sql.push_str(&format!(
            "ALTER TABLE tandem.{table} ENABLE ROW LEVEL SECURITY;
             ALTER TABLE tandem.{table} FORCE ROW LEVEL SECURITY;
             DROP POLICY IF EXISTS worker_rows ON tandem.{table};
             DROP POLICY IF EXISTS worker_adds ON tandem.{table};\n"
        ));
        if *table == "amount_row" {
            // Shared by the whole team: every worker reads them and may record a new row (an
            // indexation, audited under their name, as in a vault); no worker changes or
            // removes a row once there (no UPDATE policy: an upsert onto it is refused).
            // `tandem-server migrate` brings each version's shipped rows.
            sql.push_str(&format!(
                "CREATE POLICY worker_rows ON tandem.{table} FOR SELECT TO {worker} USING (true);
                 CREATE POLICY worker_adds ON tandem.{table} FOR INSERT TO {worker}
                     WITH CHECK (true);\n"
            ));
        } else {
            sql.push_str(&format!(
                "CREATE POLICY worker_rows ON tandem.{table} TO {worker}
                     USING ({rule}) WITH CHECK ({rule});\n"
            ));
        }
        let rights = worker_rights(table);
        sql.push_str(&format!("GRANT {rights} ON tandem.{table} TO {worker};\n"));
    }
    for t in ["audit", "audit_head", "team_schema", "erasing"] {
        sql.push_str(&format!(
            "ALTER TABLE tandem.{t} ENABLE ROW LEVEL SECURITY;
             ALTER TABLE tandem.{t} FORCE ROW LEVEL SECURITY;\n"
        ));
    }
    sql.push_str(&format!(
        "DROP POLICY IF EXISTS everyone_reads ON tandem.team_schema;
         CREATE POLICY everyone_reads ON tandem.team_schema FOR SELECT USING (true);
         GRANT SELECT ON tandem.team_schema TO {worker}, {lead}, {secretary};
         GRANT USAGE ON ALL SEQUENCES IN SCHEMA tandem TO {worker};
         GRANT EXECUTE ON FUNCTION tandem.grant_cover(bigint, text, text) TO {lead};
         GRANT EXECUTE ON FUNCTION tandem.verify_audit() TO {lead};\n",
        secretary = team.group(Role::Secretary),
    ));
    if version >= 2 {
        sql.push_str(&committee_rules(team));
    }
    for f in WORKER_FUNCTIONS {
        sql.push_str(&format!(
            "GRANT EXECUTE ON FUNCTION tandem.{f} TO {worker};\n"
        ));
    }
    sql
}

/// The rules of version 2 (`team_features.sql`). The committee's tables: every login reads
/// the sessions, the secretary sets them; a worker puts on an agenda a frozen version of a
/// report of their own file (signed, declined or sent) for a session to come, and takes it off
/// again before the session; the secretary reads the agendas through `committee_agenda` and
/// `agenda_pdf` only. The lead and the secretary call their own functions (each checks the
/// caller's role again).
fn committee_rules(team: &Team) -> String {
    let worker = team.group(Role::Worker);
    let lead = team.group(Role::Lead);
    let secretary = team.group(Role::Secretary);
    let mut sql = String::new();
    for t in ["committee_session", "agenda_item"] {
        sql.push_str(&format!(
            "ALTER TABLE tandem.{t} ENABLE ROW LEVEL SECURITY;
             ALTER TABLE tandem.{t} FORCE ROW LEVEL SECURITY;
             DROP POLICY IF EXISTS everyone_reads ON tandem.{t};
             DROP POLICY IF EXISTS secretary_sets ON tandem.{t};
             DROP POLICY IF EXISTS secretary_changes ON tandem.{t};
             DROP POLICY IF EXISTS worker_rows ON tandem.{t};
             DROP POLICY IF EXISTS worker_adds ON tandem.{t};
             DROP POLICY IF EXISTS worker_removes ON tandem.{t};\n"
        ));
    }
    sql.push_str(&format!(
        "CREATE POLICY everyone_reads ON tandem.committee_session FOR SELECT
             TO {worker}, {lead}, {secretary} USING (true);
         CREATE POLICY secretary_sets ON tandem.committee_session FOR INSERT TO {secretary}
             WITH CHECK (created_by = session_user);
         CREATE POLICY secretary_changes ON tandem.committee_session FOR UPDATE TO {secretary}
             USING (true) WITH CHECK (true);
         GRANT SELECT ON tandem.committee_session TO {worker}, {lead};
         GRANT SELECT, INSERT (held_on, place), UPDATE (held_on, place)
             ON tandem.committee_session TO {secretary};
         GRANT USAGE ON SEQUENCE tandem.committee_session_id_seq TO {secretary};
         CREATE POLICY worker_rows ON tandem.agenda_item FOR SELECT TO {worker}
             USING (owner_role = session_user);
         CREATE POLICY worker_adds ON tandem.agenda_item FOR INSERT TO {worker}
             WITH CHECK (owner_role = session_user
                 AND version_id IN (SELECT v.id FROM tandem.report_version v
                                    JOIN tandem.report rp ON rp.id = v.report_id
                                    JOIN tandem.income_request r ON r.id = rp.request_id
                                    JOIN tandem.person p ON p.id = r.person_id
                                    WHERE p.owner_role = session_user
                                      AND v.frozen_at IS NOT NULL AND v.pdf IS NOT NULL
                                      AND v.status IN ('signed', 'declined', 'sent'))
                 AND session_id IN (SELECT s.id FROM tandem.committee_session s
                                    WHERE s.held_on >= {TODAY_BE}));
         CREATE POLICY worker_removes ON tandem.agenda_item FOR DELETE TO {worker}
             USING (owner_role = session_user
                 AND session_id IN (SELECT s.id FROM tandem.committee_session s
                                    WHERE s.held_on >= {TODAY_BE}));
         GRANT SELECT, DELETE ON tandem.agenda_item TO {worker};
         GRANT INSERT (session_id, version_id) ON tandem.agenda_item TO {worker};
         GRANT EXECUTE ON FUNCTION tandem.my_role() TO {worker}, {lead}, {secretary};
         GRANT EXECUTE ON FUNCTION tandem.team_covers() TO {worker}, {lead};
         GRANT EXECUTE ON FUNCTION tandem.team_workers() TO {lead};
         GRANT EXECUTE ON FUNCTION tandem.end_cover(bigint, text) TO {lead};
         GRANT EXECUTE ON FUNCTION tandem.team_deadlines() TO {lead};
         GRANT EXECUTE ON FUNCTION tandem.committee_agenda(bigint) TO {secretary};
         GRANT EXECUTE ON FUNCTION tandem.agenda_pdf(bigint) TO {secretary};\n"
    ));
    sql
}

/// The version of the schema a server holds (0: created, not yet migrated).
pub fn server_version(db: &mut Client) -> Result<i64> {
    let row = db
        .query_one("SELECT version FROM tandem.team_schema", &[])
        .map_err(pg_error)?;
    Ok(row.get(0))
}

fn too_new(found: i64) -> Error {
    Error::TeamStore {
        detail: format!(
            "the team server's schema is version {found}; this Tandem knows version {VERSION}: \
             update Tandem before working in this team"
        ),
    }
}

/// A client's check after logging in: the server's schema must be the one it knows.
pub fn check_version(db: &mut Client) -> Result<()> {
    let found = server_version(db)?;
    match found {
        VERSION => Ok(()),
        n if n > VERSION => Err(too_new(n)),
        n => Err(Error::TeamStore {
            detail: format!(
                "the team server's schema is version {n}, older than this Tandem's {VERSION}: \
                 ask the administrator to run `tandem-server migrate`"
            ),
        }),
    }
}

/// Adds a login to the team in `role` with `password` (`admin`: a superuser connection).
pub fn add_login(
    admin: &mut Client,
    team: &Team,
    login: &str,
    role: Role,
    password: &str,
) -> Result<String> {
    let name = team.login(login)?;
    let group = team.group(role);
    // Only the SCRAM verifier reaches the server (never the password itself, which a log of
    // statements would keep); it holds no quote.
    let verifier = scram_verifier(password);
    run(
        admin,
        &format!("CREATE ROLE {name} LOGIN PASSWORD '{verifier}' IN ROLE {group};"),
    )?;
    Ok(name)
}

/// The SCRAM-SHA-256 verifier of `password`, as PostgreSQL stores it.
pub fn scram_verifier(password: &str) -> String {
    postgres_protocol::password::scram_sha_256(password.as_bytes())
}

/// Ends a login at once: no new session, and the open ones are closed.
pub fn revoke_login(admin: &mut Client, team: &Team, login: &str) -> Result<()> {
    let name = team.login(login)?;
    run(admin, &format!("ALTER ROLE {name} NOLOGIN;"))?;
    admin
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1",
            &[&name],
        )
        .map_err(pg_error)?;
    Ok(())
}

/// The cluster's superuser, from the environment as `psql` reads it (PGHOST, PGPORT, PGUSER,
/// PGPASSWORD), else the local socket as `postgres`: run the tools as the `postgres` user.
pub fn admin(database: &str) -> Result<Client> {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let mut c = postgres::Config::new();
    c.host(&var("PGHOST").unwrap_or_else(|| "/var/run/postgresql".into()))
        .port(var("PGPORT").and_then(|p| p.parse().ok()).unwrap_or(5432))
        .user(&var("PGUSER").unwrap_or_else(|| "postgres".into()))
        .dbname(database)
        .application_name("tandem-server");
    if let Some(p) = var("PGPASSWORD") {
        c.password(p);
    }
    // The administrator's own connection, on the server itself (local socket or loopback).
    c.connect(NoTls).map_err(pg_error)
}
