//! The commands of the team: which store is open, joining and leaving a team, cover grants, the lead's view of the team's deadlines.

use serde::Deserialize;
use serde_json::json;

use super::{self as team};
use crate::command::{parse, terms, to_value, Command, Ctx, List, NoArgs};
use crate::error::{Error, Result};
use crate::store::Db;

/// The team store, for a login of `role` (else a clear error: the server would refuse too).
pub(crate) fn as_role<'a>(t: &'a mut Ctx, role: &str) -> Result<&'a Db> {
    match t.team_role()? {
        Some(r) if r == role => t.db(),
        Some(_) => Err(Error::TeamRole { role: role.into() }),
        None => Err(Error::TeamRole {
            role: "team".into(),
        }),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeArgs {
    code: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GiveArgs {
    person_id: i64,
    worker: String,
    until: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EndArgs {
    person_id: i64,
    worker: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlinesArgs {
    #[serde(default)]
    within_days: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonArgs {
    person_id: i64,
}

fn code(a: &CodeArgs) -> Result<&str> {
    if a.code.len() > 64 * 1024 {
        return Err(Error::TooLong {
            field: "code".into(),
            max: 64 * 1024,
        });
    }
    Ok(&a.code)
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "team.status",
        "Which store the files are in: {store: vault} or {store: team, server, port, team, login, ocmw, role (worker, lead, secretary), connected, error}.",
        |t, args| {
            parse::<NoArgs>(args)?;
            t.team_status()
        },
    ),
    Command::new(
        "team.preview",
        "Reads an enrolment code {code} without joining: {server, port, team, login, ocmw, authority, fingerprint}.",
        |_, args| {
            let a: CodeArgs = parse(args)?;
            to_value(team::preview(code(&a)?)?)
        },
    ),
    Command::new(
        "team.enrol",
        "Joins the team store of an enrolment code {code} (once: a new password only this vault knows replaces the code's); answers team.status.",
        |t, args| {
            let a: CodeArgs = parse(args)?;
            t.enrol(code(&a)?)?;
            t.team_status()
        },
    ),
    Command::new(
        "team.leave",
        "Back to the personal vault: the link to the team store is removed (audited); the files stay on the server. Answers team.status.",
        |t, args| {
            parse::<NoArgs>(args)?;
            t.leave_team()?;
            t.team_status()
        },
    ),
    Command::new(
        "team.covers",
        "The live cover grants: all of them for the lead; for a worker, those given to them and those on their own files. [{person_id, reference, owner, worker, until, granted_by, granted_at}]",
        |t, args| {
            parse::<NoArgs>(args)?;
            let db = match t.team_role()? {
                Some(r) if r == "lead" || r == "worker" => t.db()?,
                Some(_) => return Err(Error::TeamRole { role: "lead".into() }),
                None => return Err(Error::TeamRole { role: "team".into() }),
            };
            to_value(team::covers(db)?)
        },
    ),
    Command::new(
        "team.workers",
        "The team's workers (logins), for the lead's cover form.",
        |t, args| {
            parse::<NoArgs>(args)?;
            to_value(team::workers(as_role(t, "lead")?)?)
        },
    ),
    Command::new(
        "team.cover.give",
        "The lead gives a worker one file until a date, inclusive {person_id, worker, until} (audited by the server).",
        |t, args| {
            let a: GiveArgs = parse(args)?;
            let today = t.today();
            team::give_cover(as_role(t, "lead")?, a.person_id, &a.worker, &a.until, today)?;
            Ok(json!({}))
        },
    ),
    Command::new(
        "team.cover.end",
        "The lead ends a cover grant before its date {person_id, worker} (audited by the server).",
        |t, args| {
            let a: EndArgs = parse(args)?;
            team::end_cover(as_role(t, "lead")?, a.person_id, &a.worker)?;
            Ok(json!({}))
        },
    ),
    Command::new(
        "team.deadlines",
        "The team's deadlines for the lead {within_days (default 30)}: [{person_id, reference, next_action, next_on, worker, state (overdue, due, later), stale}]; never a name.",
        |t, args| {
            let a: DeadlinesArgs = parse(args)?;
            let today = t.today();
            let db = as_role(t, "lead")?;
            to_value(team::deadlines(db, today, a.within_days.unwrap_or(30))?)
        },
    ),
    Command::new(
        "team.vault_files",
        "A worker in a team: the open files of their personal vault, which can move to the team [{id, display_name, created_at}].",
        |t, args| {
            parse::<NoArgs>(args)?;
            as_role(t, "worker")?;
            let (vault, _) = t.vault_and_team()?;
            to_value(team::moving::vault_files(vault)?)
        },
    ),
    Command::new(
        "team.move_file",
        "Moves a file of the personal vault to the team store {person_id}: the whole file through the hand-over format, once; both trails record it; the personal copy is closed. Answers {person_id (in the team), bundle_id}; a file moved before is refused (handover-duplicate) and its copy stays open.",
        |t, args| {
            let a: PersonArgs = parse(args)?;
            as_role(t, "worker")?;
            let years = t.settings().retention_years;
            let today = t.today();
            let to = t
                .team_link()
                .map(|l| format!("{}@{}", l.database, l.host))
                .unwrap_or_default();
            let (vault, team) = t.vault_and_team()?;
            to_value(team::moving::move_file(vault, team, a.person_id, &to, years, today)?)
        },
    ),
    Command::new(
        "team.banner",
        "Above a colleague's file: {owner, until} when the worker sees it through a cover grant, else null.",
        |t, args| {
            let a: PersonArgs = parse(args)?;
            to_value(team::banner(t.db()?, a.person_id)?)
        },
    ),
];

/// The lists of the team, for the window (`app.vocabulary`).
pub(crate) const VOCABULARY: &[List] = &[List {
    name: "team_roles",
    terms: || terms("team-role-", &team::ROLES),
}];
