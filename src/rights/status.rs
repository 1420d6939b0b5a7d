//! Where things stand for each right, recorded with the person: receives it, will request it, requested on a date, does not want it, not applicable; kept as a history (the latest counts), audited, part of the person's file; a right with a deadline gives its due date once "will request it" is chosen.

use crate::store::{params, Db};
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::catalog;
use super::{date_str, parse_date};
use crate::audit;
use crate::error::{Error, Result};
use crate::validate;

pub const STATUSES: [&str; 5] = [
    "receives",
    "will_request",
    "requested",
    "not_wanted",
    "not_applicable",
];

/// The latest status of one right of a person.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Status {
    pub right_id: String,
    pub status: String,
    pub requested_on: Option<String>,
    /// The event a deadline runs from (the delivery of heating fuel), if the right has one.
    pub event_on: Option<String>,
    pub note: String,
    pub recorded_on: String,
    /// The last day to request it, once "will request it" is chosen for a right with a deadline.
    pub due_on: Option<String>,
}

/// The last day to request a right the person will request: `deadline_days` after the event,
/// or the next yearly closing date on or after the day the choice was recorded.
pub fn due_on(
    right_id: &str,
    status: &str,
    recorded_on: NaiveDate,
    event_on: Option<NaiveDate>,
) -> Option<NaiveDate> {
    if status != "will_request" {
        return None;
    }
    let c = catalog::catalog().ok()?;
    let right = c.rights.iter().find(|r| r.id == right_id)?;
    let rule = right.rule_on(recorded_on)?;
    if let Some(days) = rule.deadline_days {
        return event_on.and_then(|e| e.checked_add_signed(Duration::days(i64::from(days))));
    }
    let md = rule.deadline_yearly.as_deref()?;
    let this_year =
        NaiveDate::parse_from_str(&format!("{}-{md}", recorded_on.year()), "%Y-%m-%d").ok()?;
    if this_year >= recorded_on {
        Some(this_year)
    } else {
        NaiveDate::parse_from_str(&format!("{}-{md}", recorded_on.year() + 1), "%Y-%m-%d").ok()
    }
}

/// The latest status of each right of a person, by right id.
pub fn statuses(conn: &Db, person_id: i64) -> Result<Vec<Status>> {
    let mut stmt = conn.prepare(
        "SELECT right_id, status, requested_on, event_on, note, recorded_on FROM rights_status s
         WHERE person_id = ?1 AND id = (SELECT max(id) FROM rights_status
                                         WHERE person_id = s.person_id AND right_id = s.right_id)
         ORDER BY right_id",
    )?;
    let rows = stmt
        .query_map([person_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows
        .into_iter()
        .map(
            |(right_id, status, requested_on, event_on, note, recorded_on)| {
                let due = parse_date(&recorded_on).and_then(|rec| {
                    due_on(
                        &right_id,
                        &status,
                        rec,
                        event_on.as_deref().and_then(parse_date),
                    )
                });
                Status {
                    right_id,
                    status,
                    requested_on,
                    event_on,
                    note,
                    recorded_on,
                    due_on: due.map(date_str),
                }
            },
        )
        .collect())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewStatus {
    pub person_id: i64,
    pub right: String,
    pub status: String,
    /// With `requested`: the day it was requested.
    #[serde(default)]
    pub requested_on: Option<NaiveDate>,
    /// For a right whose deadline runs from an event (the delivery of heating fuel): its day.
    #[serde(default)]
    pub event_on: Option<NaiveDate>,
    #[serde(default)]
    pub note: Option<String>,
}

fn check_date(d: NaiveDate, field: &str) -> Result<NaiveDate> {
    let min = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
    if d < min || d > crate::today() + Duration::days(366) {
        return Err(Error::InvalidDate {
            field: field.into(),
        });
    }
    Ok(d)
}

/// Records where things stand for one right of a person (a new row: the history is kept).
pub fn record(conn: &Db, s: NewStatus) -> Result<()> {
    let c = catalog::catalog()?;
    let right = c
        .rights
        .iter()
        .find(|r| r.id == s.right)
        .ok_or_else(|| Error::NotFound {
            what: "right".into(),
            id: s.right.clone(),
        })?;
    if !STATUSES.contains(&s.status.as_str()) {
        return Err(Error::InvalidChoice {
            field: "status".into(),
            value: s.status.clone(),
        });
    }
    let requested_on = match (s.status.as_str(), s.requested_on) {
        ("requested", Some(d)) => {
            if d > crate::today() {
                return Err(Error::DateInFuture {
                    field: "requested_on".into(),
                });
            }
            Some(check_date(d, "requested_on")?)
        }
        ("requested", None) => {
            return Err(Error::Required {
                field: "requested_on".into(),
            })
        }
        (_, Some(_)) => {
            return Err(Error::InvalidInput {
                detail: "requested_on: only with the status requested".into(),
            })
        }
        (_, None) => None,
    };
    let today = crate::today();
    let has_event = right
        .rule_on(today)
        .is_some_and(|r| r.deadline_days.is_some());
    let event_on = match s.event_on {
        Some(_) if !has_event => {
            return Err(Error::InvalidInput {
                detail: "event_on: only for a right whose deadline runs from an event".into(),
            })
        }
        Some(d) => Some(check_date(d, "event_on")?),
        // Without the event's day, the last day to request it cannot be shown: asked for.
        None if has_event && s.status == "will_request" => {
            return Err(Error::Required {
                field: "event_on".into(),
            })
        }
        None => None,
    };
    let note = validate::text(s.note.as_deref().unwrap_or(""), "note", 2000, true)?;
    let tx = conn.transaction()?;
    let open: Option<Option<String>> = tx
        .query_row(
            "SELECT closed_on FROM person WHERE id = ?1",
            [s.person_id],
            |r| r.get(0),
        )
        .map(Some)
        .or_else(|e| match e {
            Error::NoRow => Ok(None),
            e => Err(e),
        })?;
    match open {
        None => {
            return Err(Error::NotFound {
                what: "person".into(),
                id: s.person_id.to_string(),
            })
        }
        Some(Some(_)) => {
            return Err(Error::InvalidInput {
                detail: "the file is closed".into(),
            })
        }
        Some(None) => {}
    }
    tx.execute(
        "INSERT INTO rights_status (person_id, right_id, status, requested_on, event_on, note,
                                    recorded_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            s.person_id,
            right.id,
            s.status,
            requested_on.map(date_str),
            event_on.map(date_str),
            note,
            date_str(today),
            crate::now_utc()
        ],
    )?;
    audit::append(
        &tx,
        "rights.record",
        Some(s.person_id),
        &json!({"right": right.id, "status": s.status}),
    )?;
    tx.commit()?;
    Ok(())
}

/// The rights a person will request that have a last day, for the deadlines panel:
/// (person id, right id, due on), within `within_days` of `today` or overdue.
pub fn deadlines(
    conn: &Db,
    today: NaiveDate,
    within_days: i64,
) -> Result<Vec<(i64, String, NaiveDate)>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT s.person_id FROM rights_status s JOIN person p ON p.id = s.person_id
         WHERE s.status = 'will_request' AND p.closed_on IS NULL",
    )?;
    let persons = stmt
        .query_map([], |r| r.get::<_, i64>(0))?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let mut out = Vec::new();
    for p in persons {
        for s in statuses(conn, p)? {
            if let Some(due) = s.due_on.as_deref().and_then(parse_date) {
                if (due - today).num_days() <= within_days {
                    out.push((p, s.right_id, due));
                }
            }
        }
    }
    out.sort_by_key(|a| a.2);
    Ok(out)
}
