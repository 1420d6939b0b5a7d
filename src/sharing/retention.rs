//! Closing a file, its retention period, and erasing it once that period has passed.

use crate::store::{params, Db, OptionalExtension};
use chrono::{Months, NaiveDate};
use serde::Serialize;
use serde_json::json;

use crate::audit;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FileStatus {
    pub person_id: i64,
    pub closed_on: Option<String>,
    pub retention_until: Option<String>,
}

fn status(conn: &Db, person_id: i64) -> Result<FileStatus> {
    conn.query_row(
        "SELECT closed_on, retention_until FROM person WHERE id = ?1",
        [person_id],
        |r| {
            Ok(FileStatus {
                person_id,
                closed_on: r.get(0)?,
                retention_until: r.get(1)?,
            })
        },
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "person".into(),
        id: person_id.to_string(),
    })
}

/// The dates on which something happened in a person's file (a request received, a visit, a
/// decision, a letter, a report read together, a meeting, a consent, a share), as the worker
/// recorded them: the day the file was typed in does not count, a paper file entered later
/// keeps its own dates. Planned dates (a start of right, a wished date, the end of a consent)
/// are not activity.
const ACTIVITY_DATES: &str = "
    SELECT received_on AS d FROM income_request WHERE person_id = ?1
    UNION ALL SELECT receipt_given_on FROM income_request WHERE person_id = ?1
    UNION ALL SELECT hearing_notice_given_on FROM income_request WHERE person_id = ?1
    UNION ALL SELECT withdrawn_on FROM income_request WHERE person_id = ?1
    UNION ALL SELECT e.seen_on FROM income_evidence e
        JOIN income_request r ON r.id = e.request_id WHERE r.person_id = ?1
    UNION ALL SELECT v.visited_on FROM income_visit v
        JOIN income_request r ON r.id = v.request_id WHERE r.person_id = ?1
    UNION ALL SELECT x.decided_on FROM income_decision x
        JOIN income_request r ON r.id = x.request_id WHERE r.person_id = ?1
    UNION ALL SELECT x.notified_on FROM income_decision x
        JOIN income_request r ON r.id = x.request_id WHERE r.person_id = ?1
    UNION ALL SELECT x.letter_sent_on FROM income_decision x
        JOIN income_request r ON r.id = x.request_id WHERE r.person_id = ?1
    UNION ALL SELECT v.read_together_on FROM report_version v JOIN report p ON p.id = v.report_id
        JOIN income_request r ON r.id = p.request_id WHERE r.person_id = ?1
    UNION ALL SELECT v.frozen_at FROM report_version v JOIN report p ON p.id = v.report_id
        JOIN income_request r ON r.id = p.request_id WHERE r.person_id = ?1
    UNION ALL SELECT v.sent_on FROM report_version v JOIN report p ON p.id = v.report_id
        JOIN income_request r ON r.id = p.request_id WHERE r.person_id = ?1
    UNION ALL SELECT v.reviewed_on FROM income_review v
        JOIN income_request r ON r.id = v.request_id WHERE r.person_id = ?1
    UNION ALL SELECT v.visited_on FROM income_review v
        JOIN income_request r ON r.id = v.request_id WHERE r.person_id = ?1
    UNION ALL SELECT e.ended_on FROM income_right_end e
        JOIN income_request r ON r.id = e.request_id WHERE r.person_id = ?1
    UNION ALL SELECT e.decided_on FROM income_right_end e
        JOIN income_request r ON r.id = e.request_id WHERE r.person_id = ?1
    UNION ALL SELECT x.recorded_on FROM income_revision x
        JOIN income_request r ON r.id = x.request_id WHERE r.person_id = ?1
    UNION ALL SELECT x.decided_on FROM income_revision x
        JOIN income_request r ON r.id = x.request_id WHERE r.person_id = ?1
    UNION ALL SELECT x.notified_on FROM income_revision x
        JOIN income_request r ON r.id = x.request_id WHERE r.person_id = ?1
    UNION ALL SELECT x.letter_sent_on FROM income_revision x
        JOIN income_request r ON r.id = x.request_id WHERE r.person_id = ?1
    UNION ALL SELECT answered_on FROM support_answer WHERE person_id = ?1
    UNION ALL SELECT opened_on FROM support_plan WHERE person_id = ?1
    UNION ALL SELECT paused_on FROM support_plan WHERE person_id = ?1
    UNION ALL SELECT ended_on FROM support_plan WHERE person_id = ?1
    UNION ALL SELECT g.started_on FROM support_goal g
        JOIN support_plan s ON s.id = g.plan_id WHERE s.person_id = ?1
    UNION ALL SELECT c.done_on FROM support_commitment c
        JOIN support_plan s ON s.id = c.plan_id WHERE s.person_id = ?1
    UNION ALL SELECT m.met_on FROM support_meeting m
        JOIN support_plan s ON s.id = m.plan_id WHERE s.person_id = ?1
    UNION ALL SELECT given_on FROM consent WHERE person_id = ?1
    UNION ALL SELECT withdrawn_on FROM consent WHERE person_id = ?1
    UNION ALL SELECT shared_on FROM share WHERE person_id = ?1";

/// The last day on which something happened in the file, up to `today` (None: nothing yet).
pub fn last_activity(conn: &Db, person_id: i64, today: NaiveDate) -> Result<Option<NaiveDate>> {
    let last: Option<String> = conn.query_row(
        &format!(
            "SELECT max(substr(d, 1, 10)) FROM ({ACTIVITY_DATES}) AS activity \
             WHERE d IS NOT NULL AND substr(d, 1, 10) <= ?2"
        ),
        params![person_id, today.format("%Y-%m-%d").to_string()],
        |r| r.get(0),
    )?;
    Ok(last.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()))
}

/// The day a file closed on `closed` is listed for erasure: `years` later.
pub(crate) fn retention_end(closed: NaiveDate, years: u32) -> Result<NaiveDate> {
    closed
        .checked_add_months(Months::new(years * 12))
        .ok_or(Error::InvalidDate {
            field: "closed_on".into(),
        })
}

/// Records the closing of a file (the caller checks and journals it).
pub(crate) fn mark_closed(
    conn: &Db,
    person_id: i64,
    closed: NaiveDate,
    until: NaiveDate,
) -> Result<()> {
    conn.execute(
        "UPDATE person SET closed_on = ?2, retention_until = ?3 WHERE id = ?1",
        params![
            person_id,
            closed.format("%Y-%m-%d").to_string(),
            until.format("%Y-%m-%d").to_string()
        ],
    )?;
    Ok(())
}

/// Closes the file on `closed_on` (default `today`): it is kept `years` years, then listed
/// for erasure. Not before the file's last activity, nor after `today`.
pub fn close(
    conn: &Db,
    person_id: i64,
    closed_on: Option<NaiveDate>,
    years: u32,
    today: NaiveDate,
) -> Result<FileStatus> {
    let closed = closed_on.unwrap_or(today);
    if closed > today {
        return Err(Error::DateInFuture {
            field: "closed_on".into(),
        });
    }
    let until = retention_end(closed, years)?;
    let tx = conn.transaction()?;
    status(&tx, person_id)?;
    // The retention period counts from the closing: a closing dated before the file's last
    // activity would shorten it (issue "Hardening the vault", 4).
    if let Some(last) = last_activity(&tx, person_id, today)? {
        if closed < last {
            return Err(Error::ClosedBeforeActivity {
                date: last.format("%Y-%m-%d").to_string(),
            });
        }
    }
    // A right still running (or ending after the closing) is ended first, by its decision.
    let running: Option<String> = tx
        .query_row(
            "SELECT coalesce(e.ended_on, '') FROM income_request r
             JOIN income_decision d ON d.request_id = r.id
             LEFT JOIN income_right_end e ON e.request_id = r.id
             WHERE r.person_id = ?1 AND r.withdrawn_on IS NULL AND d.outcome != 'refused'
               AND (e.ended_on IS NULL OR e.ended_on > ?2)
             LIMIT 1",
            params![person_id, closed.format("%Y-%m-%d").to_string()],
            |r| r.get(0),
        )
        .optional()?;
    if running.is_some() {
        return Err(Error::RightRunning);
    }
    mark_closed(&tx, person_id, closed, until)?;
    audit::append(
        &tx,
        "person.close",
        Some(person_id),
        &json!({"retention_years": years}),
    )?;
    let s = status(&tx, person_id)?;
    tx.commit()?;
    Ok(s)
}

/// Opens a closed file again (the person comes back): no retention end any more.
pub fn reopen(conn: &Db, person_id: i64) -> Result<FileStatus> {
    let tx = conn.transaction()?;
    if status(&tx, person_id)?.closed_on.is_none() {
        return Err(Error::FileNotClosed);
    }
    tx.execute(
        "UPDATE person SET closed_on = NULL, retention_until = NULL WHERE id = ?1",
        [person_id],
    )?;
    audit::append(&tx, "person.reopen", Some(person_id), &json!({}))?;
    let s = status(&tx, person_id)?;
    tx.commit()?;
    Ok(s)
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Due {
    pub person_id: i64,
    pub display_name: String,
    pub closed_on: String,
    pub retention_until: String,
}

/// Closed files whose retention period ended on or before `today`: to be erased.
pub fn due(conn: &Db, today: NaiveDate) -> Result<Vec<Due>> {
    let mut stmt = conn.prepare(
        "SELECT id, display_name, closed_on, retention_until FROM person
         WHERE retention_until IS NOT NULL AND retention_until <= ?1
         ORDER BY retention_until, id",
    )?;
    let rows = stmt.query_map([today.format("%Y-%m-%d").to_string()], |r| {
        Ok(Due {
            person_id: r.get(0)?,
            display_name: r.get(1)?,
            closed_on: r.get(2)?,
            retention_until: r.get(3)?,
        })
    })?;
    rows.collect::<std::result::Result<Vec<_>, _>>()
}

/// Erases a closed file past its retention period: every row of the person's file goes
/// (through the foreign keys), the name index is purged, the audit entries about the person
/// are blanked, and one anonymous entry records that an erasure happened. One transaction.
pub fn erase(conn: &Db, person_id: i64, today: NaiveDate) -> Result<()> {
    let tx = conn.transaction()?;
    let s = status(&tx, person_id)?;
    let Some(until) = s.retention_until else {
        return Err(Error::FileNotClosed);
    };
    if until.as_str() > today.format("%Y-%m-%d").to_string().as_str() {
        return Err(Error::RetentionRunning { date: until });
    }
    if tx.is_team() {
        // The server does it all in one call (team_security.sql): workers may not delete a
        // person, blank entries of the trail, or unlock the kept rows themselves.
        tx.query_row("SELECT tandem.erase_person(?1)", [person_id], |r| {
            r.get::<_, i64>(0)
        })?;
        tx.commit()?;
        return Ok(());
    }
    tx.execute("INSERT INTO erasing (person_id) VALUES (?1)", [person_id])?;
    audit::redact_person(&tx, person_id)?;
    tx.execute("DELETE FROM person_search WHERE rowid = ?1", [person_id])?;
    // Merge the index so that no deleted name stays behind in its segments.
    tx.execute(
        "INSERT INTO person_search (person_search) VALUES ('optimize')",
        [],
    )?;
    tx.execute("DELETE FROM person WHERE id = ?1", [person_id])?;
    tx.execute("DELETE FROM erasing", [])?;
    tx.commit()?;
    // Old pages leave the write-ahead log; freed pages were zeroed (secure_delete).
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}
