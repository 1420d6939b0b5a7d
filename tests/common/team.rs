//! The tests' PostgreSQL: the throw-away cluster of `tests/team/with-postgres`, a new team on it per test, and the switch that runs a test file's flows in the team store.

use std::sync::atomic::{AtomicUsize, Ordering};

use tandem::store::team::{self, Link};
use tandem::store::team_schema::{self, Role, Team};
use tandem::Tandem;

/// The throw-away cluster's superuser and the CA its certificate is signed by.
pub struct Server {
    host: String,
    port: u16,
    user: String,
    password: String,
    ca_pem: String,
}

/// The cluster, or `None` (said aloud) when the tests run outside `with-postgres`.
pub fn server() -> Option<Server> {
    if std::env::var("TANDEM_TEST_PG").is_err() {
        eprintln!(
            "SKIPPED: no PostgreSQL here; run through tests/team/with-postgres (./dev test does)"
        );
        return None;
    }
    let var = |k: &str| std::env::var(k).unwrap_or_else(|_| panic!("{k} not set"));
    Some(Server {
        host: var("PGHOST"),
        port: var("PGPORT").parse().unwrap(),
        user: var("PGUSER"),
        password: var("PGPASSWORD"),
        ca_pem: std::fs::read_to_string(var("TANDEM_TEST_PG_CA")).unwrap(),
    })
}

impl Server {
    /// A superuser connection to `database`, over TLS with the CA pinned.
    pub fn admin(&self, database: &str) -> postgres::Client {
        let mut config = postgres::Config::new();
        config
            .host(&self.host)
            .port(self.port)
            .user(&self.user)
            .password(&self.password)
            .dbname(database)
            .ssl_mode(postgres::config::SslMode::Require);
        team::open_client(&config, &self.ca_pem).unwrap()
    }

    /// A new team (its own database and roles: tests share the cluster) with the given logins.
    pub fn team(&self, logins: &[(&str, Role)]) -> (Team, Vec<Link>) {
        self.team_at(logins, team_schema::VERSION)
    }

    /// As [`Server::team`], its schema at `version` (a server an earlier Tandem made).
    pub fn team_at(&self, logins: &[(&str, Role)], version: i64) -> (Team, Vec<Link>) {
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "t{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let team = Team::new(&name).unwrap();
        let mut admin = self.admin("postgres");
        team_schema::create_at(&mut admin, &team, |db| Ok(self.admin(db)), version).unwrap();
        let links = logins
            .iter()
            .map(|(login, role)| {
                let password = tandem::store::enrol::new_password();
                let role_name =
                    team_schema::add_login(&mut admin, &team, login, *role, &password).unwrap();
                Link {
                    host: self.host.clone(),
                    port: self.port,
                    database: team.database().to_string(),
                    login: role_name,
                    password,
                    ca_pem: self.ca_pem.clone(),
                    ocmw: "OCMW Proefstad".into(),
                }
            })
            .collect();
        (team, links)
    }
}

/// When `TANDEM_TEST_STORE=team` (the conformance run of `./dev test`), moves a test's
/// Tandem into a team store of its own, so that the same test runs against PostgreSQL.
pub fn into_store(t: &mut Tandem) {
    if std::env::var("TANDEM_TEST_STORE").as_deref() != Ok("team") {
        return;
    }
    let s = server().expect("TANDEM_TEST_STORE=team runs inside tests/team/with-postgres");
    let (_team, links) = s.team(&[("wanda", Role::Worker)]);
    // As a worker joins: the enrolment code, the link kept in the vault (so that a test that
    // locks and unlocks comes back to the same team store).
    t.enrol(&tandem::store::enrol::encode(&links[0])).unwrap();
}

/// True in the conformance run against the team store.
pub fn in_team() -> bool {
    std::env::var("TANDEM_TEST_STORE").as_deref() == Ok("team")
}

/// Tests that work on the vault file itself (its raw journal rows, its pages) do not apply
/// to the team store, whose counterparts are in `team_store.rs`; in the conformance run they
/// say so and stop.
pub fn vault_only(counterpart: &str) -> bool {
    if in_team() {
        eprintln!("vault only; on the team store see team_store::{counterpart}");
    }
    in_team()
}
