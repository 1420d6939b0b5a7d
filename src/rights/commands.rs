//! The commands of the rights screener: the screening of a person's file on a day, and where things stand for one right.

use std::collections::BTreeMap;

use crate::store::Db;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::screen::{self, FileFacts, Screened};
use super::status::{self, NewStatus, Status};
use super::{date_str, tr};
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
    conn: &Db,
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
            due_on: date_str(due),
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
    /// The language of every text of the screening (the person's in together mode).
    pub lang: Lang,
    pub facts: FileFacts,
    /// The facts as one sentence, in `lang`.
    pub facts_line: String,
    /// The heading of each group of what to do, with its count, in `lang`.
    pub group_titles: BTreeMap<String, String>,
    /// How many rights do not apply on what the file shows, in `lang` (empty when none).
    pub not_now_line: String,
    pub rights: Vec<ScreenedRight>,
}

#[derive(Debug, Serialize)]
pub struct ScreenedRight {
    #[serde(flatten)]
    pub right: Screened,
    pub status: Option<Status>,
    /// The lines the section shows, in the screening's language (so that a screening read in
    /// the person's language is in one language only).
    pub lines: Lines,
}

#[derive(Debug, Serialize)]
pub struct Lines {
    pub question: Option<String>,
    pub figure: String,
    pub meta: String,
    pub status: Option<String>,
}

fn count(lang: Lang, id: &str, n: usize) -> String {
    crate::i18n::catalogs().message_n(lang, id, &[], &[("count", n as i64)])
}

fn lines(lang: Lang, r: &Screened, st: Option<&Status>) -> Lines {
    let date = |d: &str| crate::i18n::iso_date(lang, d);
    let figure = match &r.figure {
        Some(f) => tr(
            lang,
            if f.old {
                "rights-figure-old"
            } else {
                "rights-figure"
            },
            &[("text", f.text.clone()), ("date", date(&f.valid_from))],
        ),
        None => tr(lang, "rights-figure-none", &[]),
    };
    let mut meta = vec![tr(
        lang,
        "rights-body",
        &[("body", r.body.trim_end_matches(['.', ' ']).to_string())],
    )];
    if let Some(md) = &r.deadline_yearly {
        meta.push(tr(lang, "rights-deadline-yearly", &[("date", md.clone())]));
    }
    if let Some(days) = r.deadline_days {
        meta.push(crate::i18n::catalogs().message_n(
            lang,
            "rights-deadline-days",
            &[],
            &[("days", i64::from(days))],
        ));
    }
    meta.push(tr(
        lang,
        &format!("rights-verified-{}", r.verified),
        &[("date", date(&r.checked_on))],
    ));
    let status = st.map(|s| {
        let mut parts = vec![tr(
            lang,
            "rights-status-now",
            &[
                (
                    "status",
                    tr(lang, &format!("right-status-{}", s.status), &[]),
                ),
                ("date", date(&s.recorded_on)),
            ],
        )];
        if let Some(on) = &s.requested_on {
            parts.push(tr(lang, "rights-requested-on", &[("date", date(on))]));
        }
        if let Some(due) = &s.due_on {
            parts.push(tr(lang, "rights-due-on", &[("date", date(due))]));
        }
        if !s.note.is_empty() {
            parts.push(s.note.clone());
        }
        parts.join(" · ")
    });
    Lines {
        question: r
            .question
            .as_ref()
            .map(|q| tr(lang, "rights-question", &[("question", q.clone())])),
        figure,
        meta: meta.join(" "),
        status,
    }
}

fn facts_line(lang: Lang, f: &FileFacts, on: &str) -> String {
    let date = |d: &str| crate::i18n::iso_date(lang, d);
    let mut bits = vec![match &f.leefloon_since {
        Some(d) => tr(lang, "rights-fact-leefloon", &[("date", date(d))]),
        None => tr(lang, "rights-fact-no-leefloon", &[]),
    }];
    bits.push(match f.age {
        Some(a) => tr(lang, "rights-fact-age", &[("age", a.to_string())]),
        None => tr(lang, "rights-fact-age-unknown", &[]),
    });
    bits.push(match (&f.region, f.german_community) {
        (Some(_), true) => tr(lang, "rights-fact-region-german", &[]),
        (Some(r), false) => tr(lang, &format!("rights-fact-region-{r}"), &[]),
        (None, _) => tr(lang, "rights-fact-region-unknown", &[]),
    });
    tr(
        lang,
        "rights-facts",
        &[("facts", bits.join(" · ")), ("date", date(on))],
    )
}

/// What to do, in the order the section and the sheet show it.
pub const GROUPS: [&str; 4] = ["check_arrived", "answer_letter", "request", "ask"];

/// Screens the person's file on `on` in `lang`, with the statuses recorded.
pub fn screening(conn: &Db, person_id: i64, on: NaiveDate, lang: Lang) -> Result<Screening> {
    let (facts, shown) = screen::facts_of(conn, person_id, on)?;
    let statuses = status::statuses(conn, person_id)?;
    let rights: Vec<ScreenedRight> = screen::screen_facts(&facts, on, lang)?
        .into_iter()
        .map(|right| {
            let status = statuses.iter().find(|s| s.right_id == right.id).cloned();
            let lines = lines(lang, &right, status.as_ref());
            ScreenedRight {
                right,
                status,
                lines,
            }
        })
        .collect();
    let on = date_str(on);
    let group_titles = GROUPS
        .iter()
        .map(|g| {
            let n = rights.iter().filter(|r| r.right.todo == *g).count();
            (g.to_string(), count(lang, &format!("rights-group-{g}"), n))
        })
        .collect();
    let none = rights.iter().filter(|r| r.right.todo == "none").count();
    Ok(Screening {
        person_id,
        facts_line: facts_line(lang, &shown, &on),
        on,
        lang,
        facts: shown,
        group_titles,
        not_now_line: if none == 0 {
            String::new()
        } else {
            count(lang, "rights-not-now", none)
        },
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
                t.db()?,
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
            let conn = t.db()?;
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
            status::record(t.db()?, a)?;
            let lang = t.language();
            let on = t.today();
            to_value(screening(t.db()?, person, on, lang)?)
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
