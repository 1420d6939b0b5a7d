//! `tandem-server`: sets a team store up on the OCMW's PostgreSQL and administers it (run as the `postgres` user).

// The server tools run on the team's Linux server (file modes, the postgres user, pg_hba);
// a Windows build of the crate carries a stub that says so.
#[cfg(not(unix))]
fn main() -> std::process::ExitCode {
    eprintln!("tandem-server runs on the team's server (Debian or Ubuntu), not here");
    std::process::ExitCode::from(2)
}

#[cfg(unix)]
fn main() -> std::process::ExitCode {
    tool::main()
}

#[cfg(unix)]
mod tool {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use tandem::store::server::{self, TeamSetup};
    use tandem::store::team_schema::Role;

    const USAGE: &str = "\
    tandem-server: the team store of an OCMW on its own PostgreSQL server

    Run as the postgres user (sudo -u postgres tandem-server ...), on the server. The cluster is
    reached as psql reaches it (PGHOST, PGPORT, PGUSER, PGPASSWORD), else the local socket.

    USAGE:
      tandem-server init --team NAME --host HOST --network CIDR [--ocmw NAME] [--port N] [--dir DIR] [--no-cron]
          Creates the team: its database and roles, the schema, an OCMW CA and the server's
          certificate for HOST (the name the workers' laptops use), TLS and scram-sha-256 on the
          server, pg_hba rules for the office network CIDR (e.g. 192.168.10.0/24), and a nightly
          encrypted dump kept 14 days (/etc/cron.d). The team's folder is DIR, else
          ~/tandem-NAME; it holds the CA key and the backup key: keep it safe.
      tandem-server add-worker LOGIN [--role worker|lead|secretary] [--dir DIR | --team NAME]
          Adds a login and prints its one-time enrolment code, for the worker to paste into
          Tandem (Settings, or tandem-cli --team CODE).
      tandem-server revoke LOGIN [--dir DIR | --team NAME]
          Ends the login at once: no new session, and open sessions are closed.
      tandem-server migrate [--dir DIR | --team NAME]
          Brings the team's schema to this version's (the only command that changes it).
      tandem-server backup [--dir DIR | --team NAME] [--keep N]
          An encrypted dump now (what the nightly job runs), keeping the N newest (14).
      tandem-server decrypt FILE --out FILE [--dir DIR | --team NAME]
          Decrypts a dump for pg_restore.
    ";

    fn take(args: &mut Vec<String>, flag: &str) -> Result<Option<String>, String> {
        match args.iter().position(|a| a == flag) {
            None => Ok(None),
            Some(i) if i + 1 < args.len() => {
                let v = args.remove(i + 1);
                args.remove(i);
                Ok(Some(v))
            }
            Some(_) => Err(format!("{flag} needs a value")),
        }
    }

    fn team_dir(args: &mut Vec<String>) -> Result<PathBuf, String> {
        if let Some(d) = take(args, "--dir")? {
            return Ok(PathBuf::from(d));
        }
        let team = take(args, "--team")?.ok_or("name the team: --team NAME (or --dir DIR)")?;
        let home = std::env::var("HOME").map_err(|_| "no HOME: use --dir DIR")?;
        Ok(PathBuf::from(home).join(format!("tandem-{team}")))
    }

    fn done(args: &[String]) -> Result<(), String> {
        match args.first() {
            None => Ok(()),
            Some(a) => Err(format!("unexpected argument: {a}")),
        }
    }

    fn run(mut args: Vec<String>) -> Result<(), String> {
        if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
            print!("{USAGE}");
            return Ok(());
        }
        let sub = args.remove(0);
        let fail = |e: tandem::Error| e.to_string();
        match sub.as_str() {
            "init" => {
                let team = take(&mut args, "--team")?.ok_or("init needs --team NAME")?;
                let host = take(&mut args, "--host")?.ok_or("init needs --host HOST")?;
                let network = take(&mut args, "--network")?.ok_or("init needs --network CIDR")?;
                let ocmw = take(&mut args, "--ocmw")?.unwrap_or_default();
                if ocmw.chars().count() > 200 || ocmw.chars().any(char::is_control) {
                    return Err("--ocmw: a name of at most 200 characters, on one line".into());
                }
                let port = match take(&mut args, "--port")? {
                    Some(p) => p.parse().map_err(|_| "--port must be a number")?,
                    None => 5432,
                };
                let cron = match args.iter().position(|a| a == "--no-cron") {
                    Some(i) => {
                        args.remove(i);
                        false
                    }
                    None => true,
                };
                let dir = match take(&mut args, "--dir")? {
                    Some(d) => PathBuf::from(d),
                    None => {
                        args.extend(["--team".to_string(), team.clone()]);
                        team_dir(&mut args)?
                    }
                };
                done(&args)?;
                let setup = TeamSetup {
                    team,
                    host,
                    port,
                    network,
                    ocmw,
                };
                let report = server::init(&setup, &dir, cron).map_err(fail)?;
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).unwrap_or_default()
                );
                if report.restart_needed {
                    eprintln!("Restart PostgreSQL once so that it listens on the network: systemctl restart postgresql");
                }
                Ok(())
            }
            "add-worker" => {
                if args.is_empty() || args[0].starts_with("--") {
                    return Err("add-worker needs a LOGIN".into());
                }
                let login = args.remove(0);
                let role =
                    Role::parse(&take(&mut args, "--role")?.unwrap_or_else(|| "worker".into()))
                        .map_err(fail)?;
                let dir = team_dir(&mut args)?;
                done(&args)?;
                let code = server::add_worker(&dir, &login, role).map_err(fail)?;
                println!("{code}");
                eprintln!("The enrolment code of {login} works once: hand it over in person.");
                Ok(())
            }
            "revoke" => {
                if args.is_empty() || args[0].starts_with("--") {
                    return Err("revoke needs a LOGIN".into());
                }
                let login = args.remove(0);
                let dir = team_dir(&mut args)?;
                done(&args)?;
                server::revoke(&dir, &login).map_err(fail)?;
                println!("{login}: revoked");
                Ok(())
            }
            "migrate" => {
                let dir = team_dir(&mut args)?;
                done(&args)?;
                let (from, to) = server::migrate(&dir).map_err(fail)?;
                println!("schema {from} -> {to}");
                Ok(())
            }
            "backup" => {
                let keep = match take(&mut args, "--keep")? {
                    Some(k) => k.parse().map_err(|_| "--keep must be a number")?,
                    None => 14,
                };
                let dir = team_dir(&mut args)?;
                done(&args)?;
                let path = server::backup(&dir, keep).map_err(fail)?;
                println!("{}", path.display());
                Ok(())
            }
            "decrypt" => {
                if args.is_empty() || args[0].starts_with("--") {
                    return Err("decrypt needs a FILE".into());
                }
                let file = PathBuf::from(args.remove(0));
                let out = take(&mut args, "--out")?.ok_or("decrypt needs --out FILE")?;
                let dir = team_dir(&mut args)?;
                done(&args)?;
                let bytes = server::decrypt_backup(&dir, &file).map_err(fail)?;
                std::fs::write(&out, bytes).map_err(|e| format!("{out}: {e}"))?;
                println!("{out}");
                Ok(())
            }
            other => Err(format!("unknown command: {other} (see --help)")),
        }
    }

    pub fn main() -> ExitCode {
        match run(std::env::args().skip(1).collect()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("tandem-server: {e}");
                ExitCode::from(1)
            }
        }
    }
}
