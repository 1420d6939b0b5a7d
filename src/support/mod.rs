//! The voluntary support plan: goals in the person's own words, what the OCMW commits to do,
//! meetings, and a stop at any time. Never imports the income side, and is never its input.

pub mod commands;

pub mod document;

use crate::store::{params, Db, OptionalExtension};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::audit;
use crate::error::{Error, Result};
use crate::validate;

pub const GOAL_STATUSES: [&str; 4] = ["active", "paused", "reached", "dropped"];

#[derive(Debug, Clone, Serialize)]
pub struct Goal {
    pub id: i64,
    pub text: String,
    pub started_on: String,
    pub status: String,
    pub wished_date: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Commitment {
    pub id: i64,
    pub text: String,
    pub who: String,
    pub by_when: Option<String>,
    pub done_on: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Meeting {
    pub id: i64,
    pub met_on: String,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub id: i64,
    pub person_id: i64,
    pub status: String,
    pub opened_on: String,
    pub paused_on: Option<String>,
    pub ended_on: Option<String>,
    pub goals: Vec<Goal>,
    pub commitments: Vec<Commitment>,
    pub meetings: Vec<Meeting>,
}

fn today() -> String {
    crate::today().format("%Y-%m-%d").to_string()
}

fn day(d: NaiveDate, field: &str) -> Result<String> {
    let min = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
    if d < min || d > crate::today() + chrono::Duration::days(3660) {
        return Err(Error::InvalidDate {
            field: field.into(),
        });
    }
    Ok(d.format("%Y-%m-%d").to_string())
}

pub fn get(conn: &Db, plan_id: i64) -> Result<Plan> {
    let mut plan = conn
        .query_row(
            "SELECT id, person_id, status, opened_on, paused_on, ended_on FROM support_plan WHERE id = ?1",
            [plan_id],
            |r| {
                Ok(Plan {
                    id: r.get(0)?,
                    person_id: r.get(1)?,
                    status: r.get(2)?,
                    opened_on: r.get(3)?,
                    paused_on: r.get(4)?,
                    ended_on: r.get(5)?,
                    goals: Vec::new(),
                    commitments: Vec::new(),
                    meetings: Vec::new(),
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "plan".into(),
            id: plan_id.to_string(),
        })?;
    let mut stmt = conn.prepare(
        "SELECT id, text, started_on, status, wished_date FROM support_goal WHERE plan_id = ?1 ORDER BY id",
    )?;
    plan.goals = stmt
        .query_map([plan_id], |r| {
            Ok(Goal {
                id: r.get(0)?,
                text: r.get(1)?,
                started_on: r.get(2)?,
                status: r.get(3)?,
                wished_date: r.get(4)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let mut stmt = conn.prepare(
        "SELECT id, text, who, by_when, done_on FROM support_commitment WHERE plan_id = ?1 ORDER BY id",
    )?;
    plan.commitments = stmt
        .query_map([plan_id], |r| {
            Ok(Commitment {
                id: r.get(0)?,
                text: r.get(1)?,
                who: r.get(2)?,
                by_when: r.get(3)?,
                done_on: r.get(4)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let mut stmt = conn.prepare(
        "SELECT id, met_on, note FROM support_meeting WHERE plan_id = ?1 ORDER BY met_on DESC, id DESC",
    )?;
    plan.meetings = stmt
        .query_map([plan_id], |r| {
            Ok(Meeting {
                id: r.get(0)?,
                met_on: r.get(1)?,
                note: r.get(2)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(plan)
}

/// The person's current plan (the latest), and their latest answer to "do you want support?".
pub fn for_person(conn: &Db, person_id: i64) -> Result<serde_json::Value> {
    crate::person::load(conn, person_id)?;
    let plan_id: Option<i64> = conn
        .query_row(
            "SELECT id FROM support_plan WHERE person_id = ?1 ORDER BY id DESC LIMIT 1",
            [person_id],
            |r| r.get(0),
        )
        .optional()?;
    let answer: Option<(bool, String)> = conn
        .query_row(
            "SELECT wants, answered_on FROM support_answer WHERE person_id = ?1 ORDER BY id DESC LIMIT 1",
            [person_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let plan = plan_id.map(|id| get(conn, id)).transpose()?;
    Ok(json!({
        "plan": plan,
        "answer": answer.map(|(wants, on)| json!({"wants": wants, "on": on})),
    }))
}

/// Runs a change of plan `plan_id` with its audit entry in one transaction. An ended plan
/// can be read, not changed. The audit records what kind of change, never the words.
fn change(
    conn: &Db,
    plan_id: i64,
    action: &str,
    f: impl FnOnce(&Db) -> Result<()>,
) -> Result<Plan> {
    let tx = conn.transaction()?;
    let (person_id, status): (i64, String) = tx
        .query_row(
            "SELECT person_id, status FROM support_plan WHERE id = ?1",
            [plan_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "plan".into(),
            id: plan_id.to_string(),
        })?;
    if status == "ended" {
        return Err(Error::PlanEnded);
    }
    f(&tx)?;
    audit::append(&tx, action, Some(person_id), &json!({ "plan_id": plan_id }))?;
    let plan = get(&tx, plan_id)?;
    tx.commit()?;
    Ok(plan)
}

/// "Not now": a normal answer, recorded with its date.
pub fn answer(conn: &Db, person_id: i64, wants: bool) -> Result<serde_json::Value> {
    crate::person::load(conn, person_id)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO support_answer (person_id, wants, answered_on) VALUES (?1, ?2, ?3)",
        params![person_id, wants, today()],
    )?;
    audit::append(
        &tx,
        "plan.answer",
        Some(person_id),
        &json!({ "wants": wants }),
    )?;
    tx.commit()?;
    for_person(conn, person_id)
}

/// Opens a plan because the person wants one.
pub fn open(conn: &Db, person_id: i64) -> Result<Plan> {
    crate::person::load(conn, person_id)?;
    let tx = conn.transaction()?;
    let open: Option<i64> = tx
        .query_row(
            "SELECT id FROM support_plan WHERE person_id = ?1 AND status <> 'ended'",
            [person_id],
            |r| r.get(0),
        )
        .optional()?;
    if open.is_some() {
        return Err(Error::PlanExists);
    }
    tx.execute(
        "INSERT INTO support_plan (person_id, opened_on) VALUES (?1, ?2)",
        params![person_id, today()],
    )?;
    let id = tx.last_insert_rowid()?;
    tx.execute(
        "INSERT INTO support_answer (person_id, wants, answered_on) VALUES (?1, 1, ?2)",
        params![person_id, today()],
    )?;
    audit::append(&tx, "plan.open", Some(person_id), &json!({ "plan_id": id }))?;
    let plan = get(&tx, id)?;
    tx.commit()?;
    Ok(plan)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewGoal {
    pub plan_id: i64,
    pub text: String,
    #[serde(default)]
    pub wished_date: Option<NaiveDate>,
}

/// A goal as the person says it. There is no field for a worker's reformulation.
pub fn add_goal(conn: &Db, g: NewGoal) -> Result<Plan> {
    let text = validate::required(&g.text, "text", 2000, true)?;
    let wished = g.wished_date.map(|d| day(d, "wished_date")).transpose()?;
    change(conn, g.plan_id, "plan.goal.add", |tx| {
        tx.execute(
            "INSERT INTO support_goal (plan_id, text, started_on, wished_date) VALUES (?1, ?2, ?3, ?4)",
            params![g.plan_id, text, today(), wished],
        )?;
        Ok(())
    })
}

fn plan_of(conn: &Db, table: &str, id: i64, what: &str) -> Result<i64> {
    conn.query_row(
        &format!("SELECT plan_id FROM {table} WHERE id = ?1"),
        [id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: what.into(),
        id: id.to_string(),
    })
}

/// The status the person chooses for a goal.
pub fn goal_status(conn: &Db, goal_id: i64, status: &str) -> Result<Plan> {
    if !GOAL_STATUSES.contains(&status) {
        return Err(Error::InvalidChoice {
            field: "status".into(),
            value: status.chars().take(30).collect(),
        });
    }
    let plan_id = plan_of(conn, "support_goal", goal_id, "goal")?;
    change(conn, plan_id, "plan.goal.status", |tx| {
        tx.execute(
            "UPDATE support_goal SET status = ?1 WHERE id = ?2",
            params![status, goal_id],
        )?;
        Ok(())
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewCommitment {
    pub plan_id: i64,
    pub text: String,
    #[serde(default)]
    pub who: Option<String>,
    #[serde(default)]
    pub by_when: Option<NaiveDate>,
}

/// What the OCMW (the worker, the centre) commits to do. The person has no obligations.
pub fn add_commitment(conn: &Db, c: NewCommitment) -> Result<Plan> {
    let text = validate::required(&c.text, "text", 2000, true)?;
    let who = text_or_empty(c.who.as_deref(), "who")?;
    let by = c.by_when.map(|d| day(d, "by_when")).transpose()?;
    change(conn, c.plan_id, "plan.commitment.add", |tx| {
        tx.execute(
            "INSERT INTO support_commitment (plan_id, text, who, by_when) VALUES (?1, ?2, ?3, ?4)",
            params![c.plan_id, text, who, by],
        )?;
        Ok(())
    })
}

fn text_or_empty(v: Option<&str>, field: &str) -> Result<String> {
    validate::text(v.unwrap_or(""), field, 200, false)
}

pub fn commitment_done(conn: &Db, commitment_id: i64, done: bool) -> Result<Plan> {
    let plan_id = plan_of(conn, "support_commitment", commitment_id, "commitment")?;
    change(conn, plan_id, "plan.commitment.done", |tx| {
        tx.execute(
            "UPDATE support_commitment SET done_on = ?1 WHERE id = ?2",
            params![done.then(today), commitment_id],
        )?;
        Ok(())
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewMeeting {
    pub plan_id: i64,
    pub met_on: NaiveDate,
    #[serde(default)]
    pub note: String,
}

pub fn add_meeting(conn: &Db, m: NewMeeting) -> Result<Plan> {
    if m.met_on > crate::today() {
        return Err(Error::DateInFuture {
            field: "met_on".into(),
        });
    }
    let met_on = day(m.met_on, "met_on")?;
    let note = validate::text(&m.note, "note", 5000, true)?;
    change(conn, m.plan_id, "plan.meeting.add", |tx| {
        tx.execute(
            "INSERT INTO support_meeting (plan_id, met_on, note) VALUES (?1, ?2, ?3)",
            params![m.plan_id, met_on, note],
        )?;
        Ok(())
    })
}

/// Pause, resume or end: one action, no reason asked, nothing else in the file changes.
pub fn set_status(conn: &Db, plan_id: i64, to: &str) -> Result<Plan> {
    let action = format!(
        "plan.{}",
        match to {
            "paused" => "pause",
            "active" => "resume",
            _ => "end",
        }
    );
    change(conn, plan_id, &action, |tx| {
        // Each parameter is used by the statement (PostgreSQL must know every one's type).
        let column = match to {
            "paused" => "paused_on = ?3",
            "active" => "paused_on = NULL",
            _ => "ended_on = ?3",
        };
        if to == "active" {
            tx.execute(
                &format!("UPDATE support_plan SET status = ?1, {column} WHERE id = ?2"),
                params![to, plan_id],
            )?;
        } else {
            tx.execute(
                &format!("UPDATE support_plan SET status = ?1, {column} WHERE id = ?2"),
                params![to, plan_id, today()],
            )?;
        }
        Ok(())
    })
}

/// How many persons answered within `from`..=`to` (their last answer there) that they want
/// support, and how many "not now". Counts only, for the collective signals: no plan's words.
pub fn answer_counts(
    conn: &Db,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Result<(u64, u64)> {
    let mut stmt = conn.prepare(
        "SELECT a.wants, count(*) FROM support_answer a
         WHERE a.answered_on BETWEEN ?1 AND ?2
           AND a.id = (SELECT max(b.id) FROM support_answer b
                       WHERE b.person_id = a.person_id AND b.answered_on BETWEEN ?1 AND ?2)
         GROUP BY a.wants",
    )?;
    let mut counts = (0u64, 0u64);
    let rows = stmt.query_map(params![from.to_string(), to.to_string()], |r| {
        Ok((r.get::<_, bool>(0)?, r.get::<_, i64>(1)?))
    })?;
    for row in rows {
        let (wants, n) = row?;
        let n = u64::try_from(n).unwrap_or(0);
        if wants {
            counts.0 = n;
        } else {
            counts.1 = n;
        }
    }
    Ok(counts)
}
