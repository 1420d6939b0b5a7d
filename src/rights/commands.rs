//! The commands of the rights screener: the screening of a person's file on a day, and where things stand for one right.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::screen::{self, FileFacts, Screened};
use super::status::{self, NewStatus, Status};
use crate::audit;
use crate::command::{parse, terms, to_value, Command, Document, List};
use crate::error::Result;
use crate::i18n::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineArgs {
    #[serde(default)]
    within_days: Option<i64>,
    #[serde(default)]
    today: Option<NaiveDate>,
}

/// A right the person will request, with its last day, for the deadlines panel.
#[derive(Debug, Serialize)]
pub struct RightDue {
    pub person_id: i64,
    pub display_name: String,
    pub right_id: String,
    /// The right's name in the app's language.
    pub right_name: String,
    pub due_on: String,
    pub days_left: i64,
    pub overdue: bool,
}

/// The rights that persons will request and whose last day is within `within_days` of
/// `today`, or past: the nearest first.
pub fn deadlines(
    conn: &Connection,
    today: NaiveDate,
    within_days: i64,
    lang: Lang,
) -> Result<Vec<RightDue>> {
    if !(0..=366).contains(&within_days) {
        return Err(crate::error::Error::OutOfRange {
            field: "within_days".into(),
            min: 0,
            max: 366,
        });
    }
    let c = super::catalog::catalog()?;
    let mut out = Vec::new();
    for (person_id, right_id, due) in status::deadlines(conn, today, within_days)? {
        let display_name: String = conn.query_row(
            "SELECT display_name FROM person WHERE id = ?1",
            [person_id],
            |r| r.get(0),
        )?;
        let right_name = c
            .rights
            .iter()
            .find(|r| r.id == right_id)
            .map(|r| r.name.get(lang).to_string())
            .unwrap_or_else(|| right_id.clone());
        let days_left = (due - today).num_days();
        out.push(RightDue {
            person_id,
            display_name,
            right_id,
            right_name,
            due_on: due.format("%Y-%m-%d").to_string(),
            days_left,
            overdue: days_left < 0,
        });
    }
    Ok(out)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScreenArgs {
    person_id: i64,
    /// The day of the screening (today by default).
    #[serde(default)]
    on: Option<NaiveDate>,
    #[serde(default)]
    lang: Option<Lang>,
}

/// A screening with, for each right, where things stand.
#[derive(Debug, Serialize)]
pub struct Screening {
    pub person_id: i64,
    pub on: String,
    pub facts: FileFacts,
    pub rights: Vec<ScreenedRight>,
}

#[derive(Debug, Serialize)]
pub struct ScreenedRight {
    #[serde(flatten)]
    pub right: Screened,
    pub status: Option<Status>,
}

/// Screens the person's file on `on` in `lang`, with the statuses recorded.
pub fn screening(
    conn: &Connection,
    person_id: i64,
    on: NaiveDate,
    lang: Lang,
) -> Result<Screening> {
    let (facts, shown) = screen::facts_of(conn, person_id, on)?;
    let statuses = status::statuses(conn, person_id)?;
    let rights = screen::screen_facts(&facts, on, lang)?
        .into_iter()
        .map(|right| {
            let status = statuses.iter().find(|s| s.right_id == right.id).cloned();
            ScreenedRight { right, status }
        })
        .collect();
    Ok(Screening {
        person_id,
        on: on.format("%Y-%m-%d").to_string(),
        facts: shown,
        rights,
    })
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "rights.deadlines",
        "Rights that persons will request with a last day within {within_days (7), today} or past, for the deadlines panel: person, right, due date.",
        |t, args| {
            let a: DeadlineArgs = parse(args)?;
            let today = a.today.unwrap_or_else(|| t.today());
            let lang = t.language();
            to_value(deadlines(
                t.vault()?.conn(),
                today,
                a.within_days.unwrap_or(7),
                lang,
            )?)
        },
    )
    .passive(),
    Command::new(
        "rights.screen",
        "The rights the person may be missing, from what the file already holds {person_id, on (today), lang}: each right likely, possibly (with the one question that would settle it) or not, what to do, and where things stand (the read is audited).",
        |t, args| {
            let a: ScreenArgs = parse(args)?;
            let lang = a.lang.unwrap_or(t.language());
            let on = a.on.unwrap_or_else(|| t.today());
            let conn = t.vault()?.conn_mut();
            let tx = conn.transaction()?;
            let s = screening(&tx, a.person_id, on, lang)?;
            audit::append(
                &tx,
                "rights.screen",
                Some(a.person_id),
                &json!({"on": s.on}),
            )?;
            tx.commit()?;
            to_value(s)
        },
    ),
    Command::new(
        "rights.record",
        "Where things stand for one right, recorded with the person {person_id, right, status: receives|will_request|requested|not_wanted|not_applicable, requested_on (with requested), event_on (a deadline's event), note}; answers the screening.",
        |t, args| {
            let a: NewStatus = parse(args)?;
            let person = a.person_id;
            status::record(t.vault()?.conn_mut(), a)?;
            let lang = t.language();
            let on = t.today();
            to_value(screening(t.vault()?.conn(), person, on, lang)?)
        },
    ),
];

/// The lists of the screener, for the window (`app.vocabulary`).
pub(crate) const VOCABULARY: &[List] = &[List {
    name: "right_statuses",
    terms: || terms("right-status-", &status::STATUSES),
}];

/// The screener's document: the "Your rights" sheet (id = person id), in the person's language.
pub(crate) const DOCUMENTS: &[Document] = &[Document {
    kind: "rights",
    person_of: |conn, id| {
        conn.query_row("SELECT id FROM person WHERE id = ?1", [id], |r| r.get(0))
            .map_err(|_| crate::error::Error::NotFound {
                what: "person".into(),
                id: id.to_string(),
            })
    },
    render: |conn, id, lang, _, stamp| {
        Ok((
            super::document::sheet(conn, id, lang)?,
            format!("tandem-rights-{id}-{stamp}.pdf"),
        ))
    },
}];
