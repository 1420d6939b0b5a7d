//! The team: which store is open and as whom, the enrolment code read before joining, cover grants (given, ended, listed, the banner of a covered file) and the lead's view of the team's deadlines (references and dates, never a name).
//!
//! Everything here asks the team store's own functions (`team_features.sql`), which check the
//! caller's role themselves: the window only decides what to show.

pub mod commands;
pub mod moving;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::store::{params, Db, OptionalExtension};

/// What a login may do in the team: `worker`, `lead` or `secretary` (as `tandem.my_role()`
/// answers). Outside a team there is no role.
pub const ROLES: [&str; 3] = ["worker", "lead", "secretary"];

/// A deadline shows as due this many days ahead (the caseload's "this week").
pub const DUE_DAYS: i64 = crate::caseload::WEEK_DAYS;

/// The role of the login `db` is connected as.
pub fn role(db: &Db) -> Result<String> {
    let role: Option<String> = db.query_row("SELECT tandem.my_role()", [], |r| r.get(0))?;
    role.ok_or_else(|| Error::TeamStore {
        detail: "this login is in none of the team's roles".into(),
    })
}

/// The team store an enrolment code leads to, as the window shows it before the worker joins:
/// nothing is sent to the server yet.
#[derive(Debug, Serialize)]
pub struct Preview {
    pub server: String,
    pub port: u16,
    pub team: String,
    pub login: String,
    pub ocmw: String,
    /// The OCMW's certificate authority: its name and SHA-256 fingerprint, to compare with
    /// what the administrator says.
    pub authority: String,
    pub fingerprint: String,
}

/// Reads an enrolment code (`store::enrol::decode` checks it).
pub fn preview(code: &str) -> Result<Preview> {
    let link = crate::store::enrol::decode(code)?;
    let bad = |_| Error::InvalidInput {
        detail: "enrolment code: the OCMW's certificate cannot be read".into(),
    };
    let ca = openssl::x509::X509::from_pem(link.ca_pem.as_bytes()).map_err(bad)?;
    let authority = ca
        .subject_name()
        .entries_by_nid(openssl::nid::Nid::COMMONNAME)
        .next()
        .map(|e| String::from_utf8_lossy(e.data().as_slice()).into_owned())
        .unwrap_or_default();
    let digest = ca
        .digest(openssl::hash::MessageDigest::sha256())
        .map_err(bad)?;
    let fingerprint = digest
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":");
    let login = short_login(&link.database, &link.login);
    Ok(Preview {
        server: link.host,
        port: link.port,
        team: link.database,
        login,
        ocmw: link.ocmw,
        authority,
        fingerprint,
    })
}

/// A login without its team's prefix (`proefstad_anna` → `anna`), as colleagues say it.
pub fn short_login(team: &str, login: &str) -> String {
    login
        .strip_prefix(&format!("{team}_"))
        .filter(|l| !l.is_empty())
        .unwrap_or(login)
        .to_string()
}

/// One live cover grant.
#[derive(Debug, Serialize)]
pub struct Cover {
    pub person_id: i64,
    pub reference: String,
    /// The file's own worker (login).
    pub owner: String,
    /// The colleague who covers it (login).
    pub worker: String,
    /// The last day of the access (inclusive): from the next day the file is closed to them.
    pub until: String,
    pub granted_by: String,
    pub granted_at: String,
}

/// The live cover grants the login may see (the lead: all; a worker: those given to them and
/// those on their own files).
pub fn covers(db: &Db) -> Result<Vec<Cover>> {
    let mut stmt = db.prepare(
        "SELECT person_id, reference, owner, worker, until, granted_by, granted_at
         FROM tandem.team_covers()",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Cover {
            person_id: r.get(0)?,
            reference: r.get(1)?,
            owner: r.get(2)?,
            worker: r.get(3)?,
            until: r.get(4)?,
            granted_by: r.get(5)?,
            granted_at: r.get(6)?,
        })
    })?;
    rows.collect()
}

fn date(value: &str, field: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| Error::InvalidDate {
        field: field.into(),
    })
}

/// The lead gives `worker` the file of `person_id` until `until` (inclusive): checked here
/// for a clear message, and again by the server, which alone may write it.
pub fn give_cover(
    db: &Db,
    person_id: i64,
    worker: &str,
    until: &str,
    today: NaiveDate,
) -> Result<()> {
    let day = date(until, "until")?;
    if day < today {
        return Err(Error::DateOrder {
            field: "until".into(),
            other: "today".into(),
        });
    }
    if day > today + chrono::Duration::days(366) {
        return Err(Error::OutOfRange {
            field: "until".into(),
            min: 0,
            max: 366,
        });
    }
    if !workers(db)?.iter().any(|w| w == worker) {
        return Err(Error::InvalidChoice {
            field: "worker".into(),
            value: worker.chars().take(63).collect(),
        });
    }
    db.query_row(
        "SELECT 1 FROM (SELECT tandem.grant_cover(?1, ?2, ?3)) AS g",
        params![person_id, worker.to_string(), until.to_string()],
        |_| Ok(()),
    )
}

/// The lead ends a cover grant before its date.
pub fn end_cover(db: &Db, person_id: i64, worker: &str) -> Result<()> {
    db.query_row(
        "SELECT 1 FROM (SELECT tandem.end_cover(?1, ?2)) AS e",
        params![person_id, worker.to_string()],
        |_| Ok(()),
    )
}

/// The team's workers (logins), for the lead's cover form.
pub fn workers(db: &Db) -> Result<Vec<String>> {
    let mut stmt = db.prepare("SELECT login FROM tandem.team_workers()")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect()
}

/// What a covering worker sees above a colleague's file: whose it is and until when.
#[derive(Debug, Serialize)]
pub struct Banner {
    /// The colleague's login, without the team's prefix.
    pub owner: String,
    pub until: String,
}

/// The banner of `person_id` for the login asking: `None` on their own file (or outside a team).
pub fn banner(db: &Db, person_id: i64) -> Result<Option<Banner>> {
    if !db.is_team() {
        return Ok(None);
    }
    db.query_row(
        "SELECT regexp_replace(p.owner_role, '^' || current_database() || '_', ''), fa.until
         FROM tandem.file_access fa
         JOIN tandem.person p ON p.id = fa.person_id
         WHERE fa.person_id = ?1 AND fa.worker = session_user
           AND p.owner_role <> session_user",
        [person_id],
        |r| {
            Ok(Banner {
                owner: r.get(0)?,
                until: r.get(1)?,
            })
        },
    )
    .optional()
}

/// One line of the lead's view: a file's next step and its date, with the file's reference
/// and its worker. No name, no content.
#[derive(Debug, Serialize)]
pub struct TeamDeadline {
    pub person_id: i64,
    pub reference: String,
    pub next_action: String,
    pub next_on: String,
    pub worker: String,
    /// `overdue` (before today), `due` (within [`DUE_DAYS`]) or `later`.
    pub state: &'static str,
    /// The worker changed the file since this line was worked out.
    pub stale: bool,
}

/// The team's deadlines, overdue first, for the lead (`within`: the days ahead to show).
pub fn deadlines(db: &Db, today: NaiveDate, within: i64) -> Result<Vec<TeamDeadline>> {
    let within = within.clamp(0, 366);
    let last = (today + chrono::Duration::days(within))
        .format("%Y-%m-%d")
        .to_string();
    let due = (today + chrono::Duration::days(DUE_DAYS - 1))
        .format("%Y-%m-%d")
        .to_string();
    let today = today.format("%Y-%m-%d").to_string();
    let mut stmt = db.prepare(
        "SELECT person_id, reference, next_action, next_on, worker,
                CASE WHEN stale THEN 1 ELSE 0 END
         FROM tandem.team_deadlines() WHERE next_on <= ?1",
    )?;
    let rows = stmt.query_map([last], |r| {
        let next_on: String = r.get(3)?;
        let stale: i64 = r.get(5)?;
        Ok(TeamDeadline {
            person_id: r.get(0)?,
            reference: r.get(1)?,
            next_action: r.get(2)?,
            state: if next_on < today {
                "overdue"
            } else if next_on <= due {
                "due"
            } else {
                "later"
            },
            next_on,
            worker: r.get(4)?,
            stale: stale != 0,
        })
    })?;
    rows.collect()
}
