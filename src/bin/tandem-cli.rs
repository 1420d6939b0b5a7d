//! `tandem-cli`: a headless client of the same command surface as the desktop app.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{json, Value};
use tandem::command::Needs;
use tandem::{Error, Tandem};

const USAGE: &str = "\
tandem-cli: the Tandem command surface without a window

USAGE:
  tandem-cli [--vault DIR] init --worker NAME --ocmw NAME [--ocmw-address TEXT]
             [--court-address TEXT] [--language nl|fr|de|en]
      Creates a vault and prints its recovery code (shown once: write it down).
  tandem-cli [--vault DIR] call COMMAND ['JSON']
      Runs one command and prints its JSON result. On error: exit 1 and
      {\"code\": ..., \"message\": ...}.
  tandem-cli [--vault DIR] call -
      A batch: one {\"command\": ..., \"args\": ...} per line on stdin, one line out per
      command ({\"ok\": ...} or {\"error\": ...}); goes on after an error.
  tandem-cli [--vault DIR] verify
      Checks the audit chain and the database; exit 0 only when both are intact.
  tandem-cli [--vault DIR] document KIND --id ID [--lang nl|fr|de|en] [--version N] --out FILE
      Writes a document as PDF. KIND: report (ID = report id; the latest version unless
      --version), receipt, decision or end (ID = request id), revision (ID = revision id),
      plan (ID = support plan id).
  tandem-cli [--vault DIR] document export --id PERSON_ID [--lang nl|fr|de|en] --out DIR_OR_FILE
      The person's own copy of everything stored about them: a PDF and a JSON file.
      Into DIR with generated names, or as FILE.pdf and FILE.json.
  tandem-cli [--vault DIR] backup --out FILE
      Writes an encrypted backup of the vault (it opens with the passphrase of today).
  tandem-cli [--vault DIR] restore --from FILE
      Checks a backup (with the passphrase of the time of the backup) and restores it into
      the vault folder; a vault already there is kept aside in before-restore-*, not deleted.
  tandem-cli [--vault DIR] demo --persons N
      Seeds N synthetic dossiers (generated names and numbers) into the vault.
  tandem-cli bench [--persons N] [--store vault|postgres]
      Seeds N synthetic dossiers (default 10000) in a temporary vault and prints one figure
      per line: name value unit. --store postgres: the same in a throw-away team on the
      PostgreSQL server of PGHOST/PGPORT (superuser PGUSER, PGPASSWORD; its certificate's CA
      in PGSSLROOTCERT), then ten workers at once.
  tandem-cli commands
      Lists the commands, one a line: the name, then what it does.
  tandem-cli [--vault DIR] --team CODE COMMAND...
      Joins the team store of an enrolment code (tandem-server add-worker prints it; it works
      once), then runs COMMAND there. The link is kept in the vault: later commands work in
      the team store without --team, and nothing of a file is written in the vault.

The vault folder is --vault DIR, else $TANDEM_VAULT, else the platform's app-data folder.
The passphrase comes from $TANDEM_PASSPHRASE, else it is asked for on the terminal
($TANDEM_RECOVERY_CODE unlocks with the recovery code instead).
";

struct Usage(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(args) {
        Ok(code) => code,
        Err(Usage(msg)) => {
            eprintln!("tandem-cli: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn take_flag(args: &mut Vec<String>, flag: &str) -> Result<Option<String>, Usage> {
    match args.iter().position(|a| a == flag) {
        Some(i) => {
            if i + 1 >= args.len() {
                return Err(Usage(format!("{flag} needs a value")));
            }
            let v = args.remove(i + 1);
            args.remove(i);
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

fn vault_dir(flag: Option<String>) -> Result<PathBuf, Usage> {
    if let Some(d) = flag {
        return Ok(PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("TANDEM_VAULT").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    tandem::vault::default_dir()
        .ok_or_else(|| Usage("no app-data folder on this system: use --vault DIR".into()))
}

fn run(mut args: Vec<String>) -> Result<ExitCode, Usage> {
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    let dir = vault_dir(take_flag(&mut args, "--vault")?)?;
    let team_code = take_flag(&mut args, "--team")?;
    if args.is_empty() {
        return Err(Usage("a command is needed (see --help)".into()));
    }
    let sub = args.remove(0);
    let mut tandem = Tandem::new(dir).without_auto_backups();
    if let Some(code) = team_code {
        let joined = ensure_unlocked(&mut tandem)
            .and_then(|_| tandem.enrol(&code).map_err(|e| tandem.error_reply(&e)));
        if let Err(e) = joined {
            print_json(&json!(e), true);
            return Ok(ExitCode::from(1));
        }
        eprintln!("joined the team store; the link is kept in the vault");
    }
    match sub.as_str() {
        "commands" => {
            let width = tandem::api::all_commands()
                .map(|c| c.name.len())
                .max()
                .unwrap_or(0);
            for c in tandem::api::all_commands() {
                println!("{:width$}  {}", c.name, c.doc);
            }
            Ok(ExitCode::SUCCESS)
        }
        "init" => init(&mut tandem, args),
        "call" => {
            let command = args
                .first()
                .cloned()
                .ok_or_else(|| Usage("call needs a COMMAND or -".into()))?;
            if command == "-" {
                return Ok(batch(&mut tandem));
            }
            let json_text = args.get(1).cloned().unwrap_or_else(|| "{}".into());
            if args.len() > 2 {
                return Err(Usage("call takes one COMMAND and one JSON argument".into()));
            }
            let value: Value = match serde_json::from_str(&json_text) {
                Ok(v) => v,
                Err(e) => {
                    let err = Error::InvalidInput {
                        detail: format!("the JSON argument cannot be read: {e}"),
                    };
                    print_json(&json!(tandem.error_reply(&err)), true);
                    return Ok(ExitCode::from(1));
                }
            };
            Ok(single(&mut tandem, &command, value))
        }
        "document" => document(&mut tandem, args),
        "backup" => {
            let out = take_flag(&mut args, "--out")?
                .ok_or_else(|| Usage("backup needs --out FILE".into()))?;
            no_more(&args)?;
            if let Err(e) = ensure_unlocked(&mut tandem) {
                print_json(&json!(e), true);
                return Ok(ExitCode::from(1));
            }
            let out = PathBuf::from(out);
            let (dir, name) = match (out.parent(), out.file_name()) {
                (Some(d), Some(n)) => (d.to_path_buf(), n.to_os_string()),
                _ => return Err(Usage("--out must name a file".into())),
            };
            let mut last = 0;
            let result = tandem.backup_now(Some(&dir.to_string_lossy()), &mut |done, total| {
                let pct = (done * 100).checked_div(total).unwrap_or(100);
                if pct >= last + 10 || pct == 100 {
                    eprintln!("backup: {pct}%");
                    last = pct;
                }
            });
            Ok(
                match result.and_then(|info| {
                    let made = PathBuf::from(&info.path);
                    let wanted = dir.join(&name);
                    std::fs::rename(&made, &wanted)?;
                    Ok(json!({"path": wanted.to_string_lossy(), "bytes": info.bytes}))
                }) {
                    Ok(v) => {
                        print_json(&v, true);
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        print_json(&json!(tandem.error_reply(&e)), true);
                        ExitCode::from(1)
                    }
                },
            )
        }
        "restore" => {
            let from = take_flag(&mut args, "--from")?
                .ok_or_else(|| Usage("restore needs --from FILE".into()))?;
            no_more(&args)?;
            let secret = match secret_from_env() {
                Ok(s) => s,
                Err(e) => {
                    print_json(&json!(tandem.error_reply(&e)), true);
                    return Ok(ExitCode::from(1));
                }
            };
            let mut call = json!({"path": from});
            for (k, v) in secret {
                call[k] = json!(v);
            }
            Ok(single(&mut tandem, "backup.restore", call))
        }
        "demo" => {
            let n: u64 = take_flag(&mut args, "--persons")?
                .ok_or_else(|| Usage("demo needs --persons N".into()))?
                .parse()
                .map_err(|_| Usage("--persons must be a number".into()))?;
            no_more(&args)?;
            if let Err(e) = ensure_unlocked(&mut tandem) {
                print_json(&json!(e), true);
                return Ok(ExitCode::from(1));
            }
            let step = (n / 20).max(1);
            let seeded = tandem::demo::seed(
                &mut tandem,
                n,
                n.wrapping_add(11),
                10,
                &mut |done, total| {
                    if done % step == 0 || done == total {
                        eprintln!("demo: {done}/{total} persons");
                    }
                },
            );
            Ok(match seeded {
                Ok(s) => {
                    print_json(&json!(s), true);
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    print_json(&json!(tandem.error_reply(&e)), true);
                    ExitCode::from(1)
                }
            })
        }
        "bench" => {
            let n: u64 = match take_flag(&mut args, "--persons")? {
                Some(v) => v
                    .parse()
                    .map_err(|_| Usage("--persons must be a number".into()))?,
                None => 10_000,
            };
            let store = take_flag(&mut args, "--store")?.unwrap_or_else(|| "vault".into());
            no_more(&args)?;
            let step = (n / 10).max(1);
            let bench = match store.as_str() {
                "vault" => tandem::bench::run,
                "postgres" => tandem::bench::run_team,
                _ => return Err(Usage("--store is vault or postgres".into())),
            };
            let result = bench(
                n,
                &mut |name, value, unit| println!("{name} {value:.3} {unit}"),
                &mut |done, total| {
                    if done % step == 0 || done == total {
                        eprintln!("bench: seeding {done}/{total}");
                    }
                },
            );
            Ok(match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    print_json(&json!(tandem.error_reply(&e)), true);
                    ExitCode::from(1)
                }
            })
        }
        "verify" => match args.as_slice() {
            [] => Ok(single(&mut tandem, "vault.verify", json!({}))),
            // A document handed out earlier, against the journal now.
            [flag, file] if flag == "--against" => Ok(single(
                &mut tandem,
                "document.check",
                json!({ "path": file }),
            )),
            _ => Err(Usage(
                "verify takes no arguments, or --against FILE.pdf".into(),
            )),
        },
        other => Err(Usage(format!("unknown subcommand {other:?}"))),
    }
}

fn print_json(v: &Value, pretty: bool) {
    let text = if pretty {
        serde_json::to_string_pretty(v)
    } else {
        serde_json::to_string(v)
    }
    .unwrap_or_else(|_| "{}".into());
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
}

fn no_more(args: &[String]) -> Result<(), Usage> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(Usage(format!("unexpected arguments: {args:?}")))
    }
}

/// The secret from $TANDEM_RECOVERY_CODE, $TANDEM_PASSPHRASE or a prompt.
fn secret_from_env() -> Result<Vec<(&'static str, String)>, Error> {
    if let Ok(code) = std::env::var("TANDEM_RECOVERY_CODE") {
        return Ok(vec![("recovery_code", code)]);
    }
    let pass = match std::env::var("TANDEM_PASSPHRASE") {
        Ok(p) => p,
        Err(_) => rpassword::prompt_password("Passphrase: ").map_err(|e| Error::InvalidInput {
            detail: format!("no passphrase: set TANDEM_PASSPHRASE or use a terminal ({e})"),
        })?,
    };
    Ok(vec![("passphrase", pass)])
}

/// Unlocks with $TANDEM_RECOVERY_CODE, $TANDEM_PASSPHRASE or a prompt, once per process.
fn ensure_unlocked(tandem: &mut Tandem) -> Result<(), tandem::ErrorReply> {
    if tandem.is_unlocked() {
        return Ok(());
    }
    if !tandem::vault::exists(tandem.dir()) {
        return Err(tandem.error_reply(&Error::VaultMissing));
    }
    let mut args = json!({});
    for (k, v) in secret_from_env().map_err(|e| tandem.error_reply(&e))? {
        args[k] = json!(v);
    }
    tandem.reply("vault.unlock", args).map(|_| ())
}

fn run_one(tandem: &mut Tandem, command: &str, args: Value) -> Result<Value, tandem::ErrorReply> {
    // What to unlock comes from the command's table: a pure calculation, for one, uses the
    // vault when there is one and the amounts Tandem ships with when there is none.
    let unlock = match tandem::api::needs(command) {
        Some(Needs::Nothing) => false,
        Some(Needs::UnlockIfThere) => tandem::vault::exists(tandem.dir()),
        // An unknown command: the session refuses it by name, whether locked or not.
        Some(Needs::Unlock) | None => true,
    };
    if unlock {
        ensure_unlocked(tandem)?;
    }
    tandem.reply(command, args)
}

fn single(tandem: &mut Tandem, command: &str, args: Value) -> ExitCode {
    match run_one(tandem, command, args) {
        Ok(v) => {
            let failed_check = (command == "vault.verify" || command == "document.check")
                && v["ok"] != json!(true);
            print_json(&v, true);
            if failed_check {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            print_json(&json!(e), true);
            ExitCode::from(1)
        }
    }
}

fn batch(tandem: &mut Tandem) -> ExitCode {
    let stdin = std::io::stdin();
    let mut failures = 0u64;
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let reply = match serde_json::from_str::<Value>(&line) {
            Ok(Value::Object(mut m)) => match m.remove("command") {
                Some(Value::String(c)) => {
                    let args = m.remove("args").unwrap_or(json!({}));
                    run_one(tandem, &c, args)
                }
                _ => Err(tandem.error_reply(&Error::InvalidInput {
                    detail: "each line needs a \"command\" string".into(),
                })),
            },
            Ok(_) | Err(_) => Err(tandem.error_reply(&Error::InvalidInput {
                detail: "each line must be a JSON object {\"command\": ..., \"args\": ...}".into(),
            })),
        };
        match reply {
            Ok(v) => print_json(&json!({ "ok": v }), false),
            Err(e) => {
                failures += 1;
                print_json(&json!({ "error": e }), false)
            }
        }
    }
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn init(tandem: &mut Tandem, mut args: Vec<String>) -> Result<ExitCode, Usage> {
    let worker = take_flag(&mut args, "--worker")?
        .ok_or_else(|| Usage("init needs --worker NAME".into()))?;
    let ocmw =
        take_flag(&mut args, "--ocmw")?.ok_or_else(|| Usage("init needs --ocmw NAME".into()))?;
    let ocmw_address = take_flag(&mut args, "--ocmw-address")?.unwrap_or_default();
    let court = take_flag(&mut args, "--court-address")?.unwrap_or_default();
    let language =
        take_flag(&mut args, "--language")?.unwrap_or_else(|| tandem.language().code().into());
    if !args.is_empty() {
        return Err(Usage(format!("unexpected arguments: {args:?}")));
    }
    let passphrase = match std::env::var("TANDEM_PASSPHRASE") {
        Ok(p) => p,
        Err(_) => {
            let a = rpassword::prompt_password("New passphrase (at least 10 characters): ")
                .map_err(|e| Usage(format!("cannot read the passphrase: {e}")))?;
            let b = rpassword::prompt_password("The same passphrase again: ")
                .map_err(|e| Usage(format!("cannot read the passphrase: {e}")))?;
            if a != b {
                eprintln!("The two passphrases are not the same. Nothing was created.");
                return Ok(ExitCode::from(1));
            }
            a
        }
    };
    let reply = tandem.reply(
        "vault.create",
        json!({
            "passphrase": passphrase,
            "profile": {
                "worker_name": worker,
                "ocmw_name": ocmw,
                "ocmw_address": ocmw_address,
                "labour_court_address": court,
                "language": language,
            }
        }),
    );
    match reply {
        Ok(v) => {
            let code = v["recovery_code"].as_str().unwrap_or_default();
            println!("Vault created in {}", tandem.dir().display());
            println!();
            println!(
                "RECOVERY CODE (shown once; write it down and keep it apart from this computer):"
            );
            println!("  {code}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            print_json(&json!(e), true);
            Ok(ExitCode::from(1))
        }
    }
}

fn document(tandem: &mut Tandem, mut args: Vec<String>) -> Result<ExitCode, Usage> {
    if args.is_empty() {
        return Err(Usage("document needs a KIND".into()));
    }
    let kind = args.remove(0);
    if kind != "export" && !tandem::api::DOCUMENT_KINDS.contains(&kind.as_str()) {
        return Err(Usage(format!(
            "unknown document {kind:?}: one of {}, export",
            tandem::api::DOCUMENT_KINDS.join(", ")
        )));
    }
    let id: i64 = take_flag(&mut args, "--id")?
        .ok_or_else(|| Usage("document needs --id ID".into()))?
        .parse()
        .map_err(|_| Usage("--id must be a number".into()))?;
    let out =
        take_flag(&mut args, "--out")?.ok_or_else(|| Usage("document needs --out FILE".into()))?;
    let lang = match take_flag(&mut args, "--lang")? {
        Some(l) => Some(
            tandem::i18n::Lang::parse(&l)
                .ok_or_else(|| Usage(format!("--lang {l:?}: one of nl, fr, de, en")))?,
        ),
        None => None,
    };
    let number = match take_flag(&mut args, "--version")? {
        Some(n) => Some(
            n.parse::<i64>()
                .map_err(|_| Usage("--version must be a number".into()))?,
        ),
        None => None,
    };
    if !args.is_empty() {
        return Err(Usage(format!("unexpected arguments: {args:?}")));
    }
    if let Err(e) = ensure_unlocked(tandem) {
        print_json(&json!(e), true);
        return Ok(ExitCode::from(1));
    }
    if kind == "export" {
        if number.is_some() {
            return Err(Usage("--version is for reports, not for export".into()));
        }
        let out = PathBuf::from(&out);
        let base = if out.is_dir() {
            out.join(format!(
                "tandem-export-{id}-{}",
                chrono::Local::now().format("%Y%m%d-%H%M%S")
            ))
        } else {
            out.with_extension("")
        };
        return Ok(match tandem.person_export(id, lang, &base) {
            Ok(((pdf, pdf_bytes), (json_path, json_bytes))) => {
                print_json(
                    &json!({"pdf": pdf, "pdf_bytes": pdf_bytes, "json": json_path, "json_bytes": json_bytes}),
                    true,
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                print_json(&json!(tandem.error_reply(&e)), true);
                ExitCode::from(1)
            }
        });
    }
    let mut path = PathBuf::from(&out);
    let result = tandem
        .document(&kind, id, lang, number)
        .and_then(|(bytes, name)| {
            if path.is_dir() {
                path = path.join(name);
            }
            tandem::api::write_atomically(&path, &bytes).map(|_| bytes.len())
        });
    match result {
        Ok(size) => {
            print_json(
                &json!({"path": path.to_string_lossy(), "bytes": size}),
                true,
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            print_json(&json!(tandem.error_reply(&e)), true);
            Ok(ExitCode::from(1))
        }
    }
}
