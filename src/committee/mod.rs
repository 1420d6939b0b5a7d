//! The committee (BCSD / CSSS) in a team: its sessions, the signed report versions each worker puts on a session's agenda, what the secretary reads of them (the PDF and its fingerprint) and the agenda printed as a PDF.
//!
//! On the income side of the wall: an agenda holds report versions, never anything of the
//! support plan (`tests/wall.rs`). The server's rules (`team_features.sql`, `team_schema.rs`)
//! decide who reads what; the secretary reads through `committee_agenda` and `agenda_pdf` only.

pub mod commands;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::audit;
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::pdf::{self, Block, DocumentSpec};
use crate::store::{params, Db, OptionalExtension};

/// One session of the committee.
#[derive(Debug, Serialize)]
pub struct Session {
    pub id: i64,
    pub held_on: String,
    pub place: String,
}

/// The sessions, the coming ones first (nearest first), then the past ones (latest first).
pub fn sessions(db: &Db, today: NaiveDate) -> Result<Vec<Session>> {
    let mut stmt = db.prepare(
        "SELECT id, held_on, place FROM tandem.committee_session
         ORDER BY CASE WHEN held_on >= ?1 THEN 0 ELSE 1 END,
                  CASE WHEN held_on >= ?1 THEN held_on END,
                  held_on DESC, id",
    )?;
    let rows = stmt.query_map([today.format("%Y-%m-%d").to_string()], |r| {
        Ok(Session {
            id: r.get(0)?,
            held_on: r.get(1)?,
            place: r.get(2)?,
        })
    })?;
    rows.collect()
}

fn session(db: &Db, id: i64) -> Result<Session> {
    db.query_row(
        "SELECT id, held_on, place FROM tandem.committee_session WHERE id = ?1",
        [id],
        |r| {
            Ok(Session {
                id: r.get(0)?,
                held_on: r.get(1)?,
                place: r.get(2)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: "committee session".into(),
        id: id.to_string(),
    })
}

/// The secretary sets a session (today or later).
pub fn add_session(db: &Db, held_on: &str, place: &str, today: NaiveDate) -> Result<i64> {
    let day = NaiveDate::parse_from_str(held_on, "%Y-%m-%d").map_err(|_| Error::InvalidDate {
        field: "held_on".into(),
    })?;
    if day < today {
        return Err(Error::DateOrder {
            field: "held_on".into(),
            other: "today".into(),
        });
    }
    let place = crate::validate::required(place, "place", 200, false)?;
    db.query_row(
        "INSERT INTO tandem.committee_session (held_on, place) VALUES (?1, ?2) RETURNING id",
        params![held_on.to_string(), place],
        |r| r.get(0),
    )
}

/// A worker's line of an agenda: their own report version on it.
#[derive(Debug, Serialize)]
pub struct Item {
    pub id: i64,
    pub session_id: i64,
    pub person_id: i64,
    pub display_name: String,
    pub report_id: i64,
    pub report_number: i64,
    pub status: String,
    pub pdf_sha256: Option<String>,
}

/// The worker's own report versions on the agendas (of one session, or all).
pub fn my_items(db: &Db, session_id: Option<i64>) -> Result<Vec<Item>> {
    let mut stmt = db.prepare(
        "SELECT a.id, a.session_id, p.id, p.display_name, rp.id, v.number, v.status, v.pdf_sha256
         FROM tandem.agenda_item a
         JOIN report_version v ON v.id = a.version_id
         JOIN report rp ON rp.id = v.report_id
         JOIN income_request r ON r.id = rp.request_id
         JOIN person p ON p.id = r.person_id
         WHERE a.session_id = COALESCE(?1, a.session_id)
         ORDER BY a.session_id, a.id",
    )?;
    let rows = stmt.query_map([session_id], |r| {
        Ok(Item {
            id: r.get(0)?,
            session_id: r.get(1)?,
            person_id: r.get(2)?,
            display_name: r.get(3)?,
            report_id: r.get(4)?,
            report_number: r.get(5)?,
            status: r.get(6)?,
            pdf_sha256: r.get(7)?,
        })
    })?;
    rows.collect()
}

/// A worker puts the latest frozen version of report `report_id` (signed, declined or sent)
/// on the agenda of a session to come; answers the item's id. In the person's trail.
pub fn put(db: &Db, session_id: i64, report_id: i64, today: NaiveDate) -> Result<i64> {
    let s = session(db, session_id)?;
    if s.held_on.as_str() < today.format("%Y-%m-%d").to_string().as_str() {
        return Err(Error::DateOrder {
            field: "session_id".into(),
            other: "today".into(),
        });
    }
    // The file's own worker only (a colleague covering it does not speak for it there).
    crate::report::commands::report_person(db, report_id)?;
    let own: i64 = db.query_row(
        "SELECT CASE WHEN p.owner_role = session_user THEN 1 ELSE 0 END FROM report rp
         JOIN income_request r ON r.id = rp.request_id JOIN person p ON p.id = r.person_id
         WHERE rp.id = ?1",
        [report_id],
        |r| r.get(0),
    )?;
    if own == 0 {
        return Err(Error::TeamRole {
            role: "owner".into(),
        });
    }
    let version: Option<(i64, i64, i64)> = db
        .query_row(
            "SELECT v.id, v.number, r.person_id FROM report_version v
             JOIN report rp ON rp.id = v.report_id
             JOIN income_request r ON r.id = rp.request_id
             WHERE rp.id = ?1 AND v.pdf IS NOT NULL AND v.frozen_at IS NOT NULL
               AND v.status IN ('signed', 'declined', 'sent')
             ORDER BY v.number DESC LIMIT 1",
            [report_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((version_id, number, person_id)) = version else {
        // None signed, declined or sent yet.
        return Err(Error::ReportNotRead);
    };
    let on: bool = db
        .query_row(
            "SELECT 1 FROM tandem.agenda_item WHERE session_id = ?1 AND version_id = ?2",
            [session_id, version_id],
            |_| Ok(true),
        )
        .optional()?
        .unwrap_or(false);
    if on {
        return Err(Error::InvalidInput {
            detail: format!("version {number} is already on this agenda"),
        });
    }
    let tx = db.transaction()?;
    let id: i64 = tx.query_row(
        "INSERT INTO tandem.agenda_item (session_id, version_id) VALUES (?1, ?2) RETURNING id",
        [session_id, version_id],
        |r| r.get(0),
    )?;
    audit::append(
        &tx,
        "committee.put",
        Some(person_id),
        &json!({"session_id": session_id, "held_on": s.held_on, "report_id": report_id,
                "version": number}),
    )?;
    tx.commit()?;
    Ok(id)
}

/// A worker takes their report version off the agenda of a session to come (in the person's
/// trail); once the session is past, its agenda stays as the committee had it.
pub fn take_off(db: &Db, item_id: i64, today: NaiveDate) -> Result<()> {
    let item = my_items(db, None)?
        .into_iter()
        .find(|i| i.id == item_id)
        .ok_or_else(|| Error::NotFound {
            what: "agenda item".into(),
            id: item_id.to_string(),
        })?;
    if session(db, item.session_id)?.held_on < today.format("%Y-%m-%d").to_string() {
        return Err(Error::DateOrder {
            field: "item_id".into(),
            other: "today".into(),
        });
    }
    let tx = db.transaction()?;
    tx.execute("DELETE FROM tandem.agenda_item WHERE id = ?1", [item_id])?;
    audit::append(
        &tx,
        "committee.take_off",
        Some(item.person_id),
        &json!({"session_id": item.session_id, "report_id": item.report_id,
                "version": item.report_number}),
    )?;
    tx.commit()
}

/// A line of the agenda as the secretary reads it: a file reference and a report version,
/// never a name.
#[derive(Debug, Serialize)]
pub struct AgendaLine {
    pub item_id: i64,
    pub reference: String,
    pub report_number: i64,
    pub status: String,
    pub pdf_sha256: Option<String>,
    pub worker: String,
    pub added_at: String,
}

/// A session's agenda, for the secretary.
pub fn agenda(db: &Db, session_id: i64) -> Result<(Session, Vec<AgendaLine>)> {
    let s = session(db, session_id)?;
    let mut stmt = db.prepare(
        "SELECT item_id, reference, report_number, status, pdf_sha256, worker, added_at
         FROM tandem.committee_agenda(?1)",
    )?;
    let rows = stmt.query_map([session_id], |r| {
        Ok(AgendaLine {
            item_id: r.get(0)?,
            reference: r.get(1)?,
            report_number: r.get(2)?,
            status: r.get(3)?,
            pdf_sha256: r.get(4)?,
            worker: r.get(5)?,
            added_at: r.get(6)?,
        })
    })?;
    Ok((s, rows.collect::<Result<Vec<_>>>()?))
}

/// The PDF of a report version on an agenda (the secretary's; the server records the reading
/// in the person's trail). Answers the bytes and a file name without personal data.
pub fn report_pdf(db: &Db, item_id: i64) -> Result<(Vec<u8>, String)> {
    let bytes: Vec<u8> = db.query_row("SELECT tandem.agenda_pdf(?1)", [item_id], |r| r.get(0))?;
    Ok((bytes, format!("tandem-agenda-item-{item_id}.pdf")))
}

fn tr(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    i18n::catalogs().message(lang, id, args)
}

/// The agenda of a session as a PDF: its date and place, then one line per report version
/// (file reference, version, state, worker and the fingerprint of the report's PDF).
pub fn agenda_pdf(
    db: &Db,
    session_id: i64,
    lang: Lang,
    ocmw: &str,
    team: &str,
) -> Result<(Vec<u8>, String)> {
    let (s, lines) = agenda(db, session_id)?;
    let day = NaiveDate::parse_from_str(&s.held_on, "%Y-%m-%d")
        .map(|d| i18n::date(lang, d))
        .unwrap_or_else(|_| s.held_on.clone());
    let title = tr(lang, "doc-agenda-title", &[("date", day.clone())]);
    let mut blocks = vec![
        Block::Title(title.clone()),
        Block::KeyValues(vec![
            (tr(lang, "doc-agenda-date", &[]), day),
            (tr(lang, "doc-agenda-place", &[]), s.place.clone()),
            (tr(lang, "doc-agenda-count", &[]), lines.len().to_string()),
        ]),
    ];
    if lines.is_empty() {
        blocks.push(Block::Paragraph(tr(lang, "doc-agenda-empty", &[])));
    } else {
        blocks.push(Block::Table {
            headers: vec![
                tr(lang, "doc-agenda-col-number", &[]),
                tr(lang, "doc-agenda-col-reference", &[]),
                tr(lang, "doc-agenda-col-version", &[]),
                tr(lang, "doc-agenda-col-worker", &[]),
                tr(lang, "doc-agenda-col-fingerprint", &[]),
            ],
            rows: lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    vec![
                        (i + 1).to_string(),
                        l.reference.clone(),
                        tr(
                            lang,
                            "doc-agenda-version",
                            &[
                                ("number", l.report_number.to_string()),
                                (
                                    "status",
                                    tr(lang, &format!("doc-agenda-status-{}", l.status), &[]),
                                ),
                            ],
                        ),
                        crate::team::short_login(team, &l.worker),
                        l.pdf_sha256.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
            widths: vec![0.5, 1.5, 1.5, 1.7, 3.3],
        });
    }
    blocks.push(Block::Spacer(4.0));
    blocks.push(Block::Note(tr(lang, "doc-agenda-note-fingerprint", &[])));
    blocks.push(Block::Note(tr(lang, "doc-agenda-note-plan", &[])));
    let bytes = pdf::render(&DocumentSpec {
        title: title.clone(),
        author: ocmw.to_string(),
        subject: title,
        language: lang.code().into(),
        created: chrono::Utc::now(),
        header: (!ocmw.is_empty()).then(|| ocmw.to_string()),
        footer: tr(lang, "doc-agenda-footer", &[("session", s.id.to_string())]),
        page_label: pdf::page_label(lang),
        blocks,
        mark: None,
    })?;
    Ok((bytes, format!("tandem-agenda-{}-{}.pdf", s.held_on, s.id)))
}
