//! The commands of the committee in a team: sessions (the secretary sets them), a worker's report versions on an agenda, the secretary's agenda and its PDFs.

use serde::Deserialize;
use serde_json::json;

use super::{self as committee};
use crate::api::save_document;
use crate::command::{parse, to_value, Command, NoArgs};
use crate::error::Error;
use crate::i18n::Lang;
use crate::team::commands::as_role;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionArgs {
    held_on: String,
    place: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PutArgs {
    session_id: i64,
    report_id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemArgs {
    item_id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OneSession {
    session_id: i64,
    #[serde(default)]
    lang: Option<Lang>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MineArgs {
    #[serde(default)]
    session_id: Option<i64>,
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "committee.sessions",
        "The committee's sessions, the coming ones first: [{id, held_on, place}] (any login of a team).",
        |t, args| {
            parse::<NoArgs>(args)?;
            let today = t.today();
            if t.team_role()?.is_none() {
                return Err(Error::TeamRole {
                    role: "team".into(),
                });
            }
            to_value(committee::sessions(t.db()?, today)?)
        },
    ),
    Command::new(
        "committee.session.add",
        "The secretary sets a session {held_on (today or later), place}; answers {id}.",
        |t, args| {
            let a: SessionArgs = parse(args)?;
            let today = t.today();
            let id = committee::add_session(as_role(t, "secretary")?, &a.held_on, &a.place, today)?;
            Ok(json!({"id": id}))
        },
    ),
    Command::new(
        "committee.put",
        "A worker puts the latest frozen version (signed, declined or sent) of a report of their own file on a coming session's agenda {session_id, report_id}; answers {item_id}.",
        |t, args| {
            let a: PutArgs = parse(args)?;
            let today = t.today();
            let id = committee::put(as_role(t, "worker")?, a.session_id, a.report_id, today)?;
            Ok(json!({"item_id": id}))
        },
    ),
    Command::new(
        "committee.take_off",
        "A worker takes their report version off the agenda of a session to come {item_id}.",
        |t, args| {
            let a: ItemArgs = parse(args)?;
            let today = t.today();
            committee::take_off(as_role(t, "worker")?, a.item_id, today)?;
            Ok(json!({}))
        },
    ),
    Command::new(
        "committee.mine",
        "A worker's report versions on the agendas {session_id?}: [{id, session_id, person_id, display_name, report_id, report_number, status, pdf_sha256}].",
        |t, args| {
            let a: MineArgs = parse(args)?;
            to_value(committee::my_items(as_role(t, "worker")?, a.session_id)?)
        },
    ),
    Command::new(
        "committee.agenda",
        "The secretary's agenda of a session {session_id}: {session, lines: [{item_id, reference, report_number, status, pdf_sha256, worker, added_at}]}; never a name.",
        |t, args| {
            let a: OneSession = parse(args)?;
            let (session, lines) = committee::agenda(as_role(t, "secretary")?, a.session_id)?;
            Ok(json!({"session": session, "lines": lines}))
        },
    ),
    Command::new(
        "committee.agenda.save",
        "The secretary saves a session's agenda as a PDF in the documents folder {session_id, lang}; answers {path, bytes}.",
        |t, args| {
            let a: OneSession = parse(args)?;
            let lang = a.lang.unwrap_or(t.language());
            let (ocmw, team) = match t.team_link() {
                Some(l) => (l.ocmw.clone(), l.database.clone()),
                None => Default::default(),
            };
            let (bytes, name) =
                committee::agenda_pdf(as_role(t, "secretary")?, a.session_id, lang, &ocmw, &team)?;
            save_document(&name, &bytes)
        },
    ),
    Command::new(
        "committee.report.save",
        "The secretary saves the PDF of a report version on an agenda {item_id} in the documents folder (the server records the reading in the person's trail); answers {path, bytes, sha256}.",
        |t, args| {
            let a: ItemArgs = parse(args)?;
            let (bytes, name) = committee::report_pdf(as_role(t, "secretary")?, a.item_id)?;
            let mut answer = save_document(&name, &bytes)?;
            answer["sha256"] = json!(crate::pdf::sha256_hex(&bytes));
            Ok(answer)
        },
    ),
];
