//! The legal clock of a request: decision within 30 days, notification within 8 days after.

use crate::store::Db;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::terms;
use crate::error::{Error, Result};

pub const DECISION_DAYS: i64 = 30;
pub const NOTIFICATION_DAYS: i64 = 8;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Clock {
    pub decision_due: String,
    /// Known once the decision is taken.
    pub notification_due: Option<String>,
    /// A granted leefloon's first payment (art. 23 of the law: within 15 days of the decision).
    pub first_payment_due: Option<String>,
    /// The last day to appeal to the labour court, once the notification is recorded (art. 47
    /// § 1, counted by the Judicial Code: see `terms`). Information for the worker and the
    /// person; the letter states the rule, not this date.
    pub appeal_ends: Option<String>,
}

/// What the clock needs to know of a decision.
#[derive(Debug, Clone, Copy)]
pub struct Decided {
    pub on: NaiveDate,
    pub granted: bool,
    pub notified_on: Option<NaiveDate>,
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub fn clock(received_on: NaiveDate, decided: Option<Decided>) -> Clock {
    Clock {
        decision_due: iso(received_on + Duration::days(DECISION_DAYS)),
        notification_due: decided.map(|d| iso(d.on + Duration::days(NOTIFICATION_DAYS))),
        first_payment_due: decided
            .filter(|d| d.granted)
            .and_then(|d| terms::first_payment_due(d.on))
            .map(iso),
        appeal_ends: decided
            .and_then(|d| d.notified_on)
            .and_then(terms::appeal_ends)
            .map(iso),
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Due {
    pub request_id: i64,
    pub person_id: i64,
    pub display_name: String,
    /// `decision`, `notification` or `review` (of a running right).
    pub which: String,
    pub due_on: String,
    pub days_left: i64,
    pub overdue: bool,
}

/// Requests whose decision or notification is due within `within_days` of `today`, or
/// overdue, and running rights whose review is; overdue first, then the nearest. Withdrawn
/// requests are left out.
pub fn list(conn: &Db, today: NaiveDate, within_days: i64) -> Result<Vec<Due>> {
    if !(0..=366).contains(&within_days) {
        return Err(Error::OutOfRange {
            field: "within_days".into(),
            min: 0,
            max: 366,
        });
    }
    let mut stmt = conn.prepare(
        "SELECT r.id, r.person_id, p.display_name, r.received_on, d.decided_on, d.notified_on
         FROM income_request r
         JOIN person p ON p.id = r.person_id
         LEFT JOIN income_decision d ON d.request_id = r.id
         WHERE r.withdrawn_on IS NULL AND (d.request_id IS NULL OR d.notified_on IS NULL)",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    let mut due = Vec::new();
    for row in rows {
        let (request_id, person_id, display_name, received, decided) = row?;
        let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let Some(received) = parse(&received) else {
            continue;
        };
        let (which, date) = match decided.as_deref().and_then(parse) {
            None => ("decision", received + Duration::days(DECISION_DAYS)),
            Some(d) => ("notification", d + Duration::days(NOTIFICATION_DAYS)),
        };
        let days_left = (date - today).num_days();
        if days_left <= within_days {
            due.push(Due {
                request_id,
                person_id,
                display_name,
                which: which.into(),
                due_on: date.format("%Y-%m-%d").to_string(),
                days_left,
                overdue: days_left < 0,
            });
        }
    }
    // Running rights whose yearly review is due (art. 22 § 1, al. 3 of the law).
    for (request_id, on) in super::right::reviews_due(conn, today, within_days)? {
        let (person_id, display_name) = conn.query_row(
            "SELECT p.id, p.display_name FROM income_request r JOIN person p ON p.id = r.person_id
             WHERE r.id = ?1",
            [request_id],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
        )?;
        let days_left = (on - today).num_days();
        due.push(Due {
            request_id,
            person_id,
            display_name,
            which: "review".into(),
            due_on: on.format("%Y-%m-%d").to_string(),
            days_left,
            overdue: days_left < 0,
        });
    }
    due.sort_by_key(|d| (d.days_left, d.request_id));
    Ok(due)
}
