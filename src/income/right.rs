//! The running right: a granted request as it goes on after the decision, its yearly review (the social inquiry repeated, each condition re-confirmed) and its end, in the law's terms.
//!
//! Sources (quotes in docs/legal/running-right.md):
//! - The conditions are re-examined at least once a year: art. 22 § 1, al. 3 of the law of
//!   26 May 2002; the social inquiry rests on a home visit when the file is opened and at
//!   least yearly (royal decree of 1 December 2013).
//! - The right is revised or withdrawn by a decision (art. 18 § 1, art. 22); an end is a
//!   decision with legal consequences, written and motivated (art. 21 § 2), with its own appeal.
//! - An end never follows from a support plan refused, paused or ended: the grounds here are
//!   the law's (another income, a move to another municipality, death, the person's own
//!   choice, a condition no longer met). Sanctions of art. 30 are not Tandem's to record.

use crate::store::{params, Db, OptionalExtension};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{
    calc, check_date, choice, date_str, not_after_today, periods, reason, terms, CONDITIONS,
};
use crate::error::{Error, Result};
use crate::validate;

/// A review is due at the latest this many months after the last social inquiry.
pub const REVIEW_MONTHS: u32 = 12;

/// How a condition stands at a review: re-confirmed by the worker, or changed.
pub const REVIEW_STATUSES: [&str; 2] = ["reconfirmed", "changed"];

/// The grounds on which a right ends, in the law's terms.
pub const END_REASONS: [&str; 5] = [
    "other_income",
    "moved",
    "death",
    "person_choice",
    "condition_not_met",
];

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReviewCondition {
    pub condition: String,
    pub status: String,
    pub note: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Review {
    pub id: i64,
    pub reviewed_on: String,
    pub visited_on: Option<String>,
    pub no_visit_reason: String,
    pub outcome: String,
    pub note: String,
    pub next_review_on: String,
    pub conditions: Vec<ReviewCondition>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct End {
    pub ended_on: String,
    pub reason: String,
    pub condition: Option<String>,
    pub detail: String,
    pub decided_on: String,
    /// How and when the decision ending the right was notified (None until recorded).
    pub notified_on: Option<String>,
    pub notified_how: Option<String>,
    /// The last day to appeal against the end: three months from its notification.
    pub appeal_ends: Option<String>,
}

/// The right of a granted request, as the worker and the person see it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RightView {
    pub request_id: i64,
    pub person_id: i64,
    /// `running` or `ended`.
    pub status: String,
    pub start_on: String,
    pub decided_on: String,
    /// Why the right starts on another day than the request (empty when it does not).
    pub start_motivation: String,
    /// The category and amount in force today (or, before the start, the first period's).
    pub category: String,
    pub yearly_cents: i64,
    pub monthly_cents: i64,
    /// The periods of the right, oldest first: each from a date, with its amount and why.
    pub periods: Vec<periods::Period>,
    /// The changes recorded and the revision decisions about them, oldest first.
    pub revisions: Vec<periods::Revision>,
    /// The last social inquiry: the later of the last home visit and the last examination of
    /// the conditions (a review, else the decision).
    pub last_inquiry_on: String,
    /// When the next review is due (None once the right has ended).
    pub review_due_on: Option<String>,
    pub first_payment_due: Option<String>,
    pub appeal_ends: Option<String>,
    pub reviews: Vec<Review>,
    /// The appeals to the labour court, oldest first.
    pub appeals: Vec<super::appeal::Appeal>,
    pub end: Option<End>,
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

pub(crate) struct Granted {
    pub(crate) person_id: i64,
    pub(crate) decided_on: NaiveDate,
    pub(crate) start_on: String,
    pub(crate) category: String,
    pub(crate) yearly_cents: i64,
    pub(crate) notified_on: Option<NaiveDate>,
}

fn not_a_right(request_id: i64) -> Error {
    Error::NotFound {
        what: "right".into(),
        id: request_id.to_string(),
    }
}

/// The grant a right rests on: a granted (or partly granted) decision on a request that was
/// not withdrawn.
pub(crate) fn granted(conn: &Db, request_id: i64) -> Result<Granted> {
    super::person_of(conn, request_id)?;
    let row = conn
        .query_row(
            "SELECT r.person_id, d.decided_on, d.start_on, d.category, d.yearly_cents, d.notified_on
             FROM income_request r JOIN income_decision d ON d.request_id = r.id
             WHERE r.id = ?1 AND r.withdrawn_on IS NULL AND d.outcome != 'refused'",
            [request_id],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| not_a_right(request_id))?;
    let (person_id, decided, start, category, yearly, notified) = row;
    Ok(Granted {
        person_id,
        decided_on: parse_date(&decided).ok_or_else(|| not_a_right(request_id))?,
        start_on: start.ok_or_else(|| not_a_right(request_id))?,
        category: category.ok_or_else(|| not_a_right(request_id))?,
        yearly_cents: yearly.ok_or_else(|| not_a_right(request_id))?,
        notified_on: notified.as_deref().and_then(parse_date),
    })
}

fn reviews(conn: &Db, request_id: i64) -> Result<Vec<Review>> {
    let mut stmt = conn.prepare(
        "SELECT id, reviewed_on, visited_on, no_visit_reason, outcome, note, next_review_on
         FROM income_review WHERE request_id = ?1 ORDER BY reviewed_on, id",
    )?;
    let mut out = stmt
        .query_map([request_id], |r| {
            Ok(Review {
                id: r.get(0)?,
                reviewed_on: r.get(1)?,
                visited_on: r.get(2)?,
                no_visit_reason: r.get(3)?,
                outcome: r.get(4)?,
                note: r.get(5)?,
                next_review_on: r.get(6)?,
                conditions: Vec::new(),
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let mut stmt = conn.prepare(
        "SELECT condition, status, note FROM income_review_condition WHERE review_id = ?1
         ORDER BY position",
    )?;
    for review in &mut out {
        review.conditions = stmt
            .query_map([review.id], |r| {
                Ok(ReviewCondition {
                    condition: r.get(0)?,
                    status: r.get(1)?,
                    note: r.get(2)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
    }
    Ok(out)
}

fn end_of(conn: &Db, request_id: i64) -> Result<Option<End>> {
    conn.query_row(
        "SELECT ended_on, reason, condition, detail, decided_on, notified_on, notified_how
             FROM income_right_end WHERE request_id = ?1",
        [request_id],
        |r| {
            let notified_on: Option<String> = r.get(5)?;
            Ok(End {
                ended_on: r.get(0)?,
                reason: r.get(1)?,
                condition: r.get(2)?,
                detail: r.get(3)?,
                decided_on: r.get(4)?,
                appeal_ends: notified_on
                    .as_deref()
                    .and_then(parse_date)
                    .and_then(terms::appeal_ends)
                    .map(date_str),
                notified_on,
                notified_how: r.get(6)?,
            })
        },
    )
    .optional()
}

/// The latest date in `sql` (one `?1` = the request), if any.
fn latest(conn: &Db, sql: &str, request_id: i64) -> Result<Option<NaiveDate>> {
    let d: Option<Option<String>> = conn.query_row(sql, [request_id], |r| r.get(0)).optional()?;
    Ok(d.flatten().as_deref().and_then(parse_date))
}

/// The last home visit of the right's inquiries (of the request or of a review).
fn last_visit(conn: &Db, request_id: i64) -> Result<Option<NaiveDate>> {
    latest(
        conn,
        "SELECT max(d) FROM (
             SELECT visited_on AS d FROM income_visit WHERE request_id = ?1
             UNION ALL SELECT visited_on FROM income_review WHERE request_id = ?1) AS visits",
        request_id,
    )
}

/// The last examination of the conditions: the latest review, else the decision.
fn last_examination(conn: &Db, request_id: i64, decided_on: NaiveDate) -> Result<NaiveDate> {
    let reviewed = latest(
        conn,
        "SELECT max(reviewed_on) FROM income_review WHERE request_id = ?1",
        request_id,
    )?;
    Ok(reviewed.map_or(decided_on, |d| d.max(decided_on)))
}

fn a_year_after(d: NaiveDate) -> Result<NaiveDate> {
    d.checked_add_months(Months::new(REVIEW_MONTHS))
        .ok_or(Error::InvalidDate {
            field: "review_due_on".into(),
        })
}

/// When the next review is due: a year after the last examination of the conditions (art. 22
/// § 1, al. 3), or a year after the last home visit if that comes first (royal decree of
/// 1 December 2013), or the earlier date a review set.
fn review_due(conn: &Db, request_id: i64, decided_on: NaiveDate) -> Result<NaiveDate> {
    let mut due = a_year_after(last_examination(conn, request_id, decided_on)?)?;
    if let Some(v) = last_visit(conn, request_id)? {
        due = due.min(a_year_after(v)?);
    }
    let set = latest(
        conn,
        "SELECT next_review_on FROM income_review WHERE request_id = ?1
         ORDER BY reviewed_on DESC, id DESC LIMIT 1",
        request_id,
    )?;
    Ok(set.map_or(due, |n| due.min(n)))
}

/// The last social inquiry: the later of the last home visit and the last examination.
fn last_inquiry(conn: &Db, request_id: i64, decided_on: NaiveDate) -> Result<NaiveDate> {
    let examined = last_examination(conn, request_id, decided_on)?;
    Ok(last_visit(conn, request_id)?.map_or(examined, |v| v.max(examined)))
}

/// The right of `request_id`; `NotFound` when the request was not granted.
pub fn view(conn: &Db, request_id: i64) -> Result<RightView> {
    let g = granted(conn, request_id)?;
    let end = end_of(conn, request_id)?;
    let review_due_on = match end {
        Some(_) => None,
        None => Some(date_str(review_due(conn, request_id, g.decided_on)?)),
    };
    let ended_on = end.as_ref().and_then(|e| parse_date(&e.ended_on));
    let periods = periods::periods(conn, request_id, ended_on)?;
    let today = date_str(crate::today());
    let current = periods
        .iter()
        .rev()
        .find(|p| p.from_on <= today)
        .or(periods.first());
    let (category, yearly_cents) = current
        .map(|p| (p.category.clone(), p.yearly_cents))
        .unwrap_or((g.category, g.yearly_cents));
    let start_motivation: String = conn
        .query_row(
            "SELECT start_motivation FROM income_decision WHERE request_id = ?1",
            [request_id],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or_default();
    Ok(RightView {
        request_id,
        person_id: g.person_id,
        status: if end.is_some() { "ended" } else { "running" }.into(),
        start_on: g.start_on,
        decided_on: date_str(g.decided_on),
        start_motivation,
        category,
        yearly_cents,
        monthly_cents: calc::monthly_from_yearly(yearly_cents),
        periods,
        revisions: periods::revisions(conn, request_id)?,
        last_inquiry_on: date_str(last_inquiry(conn, request_id, g.decided_on)?),
        review_due_on,
        first_payment_due: terms::first_payment_due(g.decided_on).map(date_str),
        appeal_ends: g.notified_on.and_then(terms::appeal_ends).map(date_str),
        reviews: reviews(conn, request_id)?,
        appeals: super::appeal::appeals(conn, request_id)?,
        end,
    })
}

/// Running rights whose review is due by `today + within_days` (or overdue), for the
/// deadlines panel: (request id, due date).
pub fn reviews_due(conn: &Db, today: NaiveDate, within_days: i64) -> Result<Vec<(i64, NaiveDate)>> {
    let mut stmt = conn.prepare(
        "SELECT r.id, d.decided_on FROM income_request r
         JOIN income_decision d ON d.request_id = r.id
         JOIN person p ON p.id = r.person_id
         WHERE r.withdrawn_on IS NULL AND d.outcome != 'refused' AND p.closed_on IS NULL
           AND NOT EXISTS (SELECT 1 FROM income_right_end e WHERE e.request_id = r.id)",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let mut due = Vec::new();
    for (id, decided) in rows {
        let Some(decided) = parse_date(&decided) else {
            continue;
        };
        let on = review_due(conn, id, decided)?;
        if (on - today).num_days() <= within_days {
            due.push((id, on));
        }
    }
    Ok(due)
}

pub(crate) fn running(conn: &Db, request_id: i64) -> Result<Granted> {
    let g = granted(conn, request_id)?;
    if let Some(end) = end_of(conn, request_id)? {
        return Err(Error::RightEnded { date: end.ended_on });
    }
    Ok(g)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionReview {
    pub condition: String,
    pub status: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewReview {
    pub request_id: i64,
    pub reviewed_on: NaiveDate,
    /// The home visit of this inquiry; without one, `no_visit_reason` says why.
    #[serde(default)]
    pub visited_on: Option<NaiveDate>,
    #[serde(default)]
    pub no_visit_reason: Option<String>,
    /// Each of the six conditions, re-confirmed or changed, by the worker: none is copied.
    pub conditions: Vec<ConditionReview>,
    #[serde(default)]
    pub note: Option<String>,
    /// An earlier next review than a year on, if the worker chooses.
    #[serde(default)]
    pub next_review_on: Option<NaiveDate>,
}

/// Records a review of a running right. Each of the six conditions must be named once, as
/// re-confirmed or changed (a change says what); a review without a home visit says why.
/// A changed condition makes the outcome `changed`: the worker then records the change and
/// its decision as a revision.
pub fn review(conn: &Db, r: NewReview) -> Result<i64> {
    let g = running(conn, r.request_id)?;
    let reviewed_on = not_after_today(r.reviewed_on, "reviewed_on")?;
    if reviewed_on < g.decided_on {
        return Err(Error::DateOrder {
            field: "reviewed_on".into(),
            other: "decided_on".into(),
        });
    }
    let visited_on = r
        .visited_on
        .map(|v| {
            let v = check_date(v, "visited_on")?;
            if v > reviewed_on {
                return Err(Error::DateOrder {
                    field: "visited_on".into(),
                    other: "reviewed_on".into(),
                });
            }
            Ok(v)
        })
        .transpose()?;
    let no_visit_reason = match visited_on {
        Some(_) => validate::text(
            r.no_visit_reason.as_deref().unwrap_or(""),
            "no_visit_reason",
            2000,
            true,
        )?,
        None => reason(r.no_visit_reason.as_deref(), "no_visit_reason")?,
    };
    let mut conditions = Vec::with_capacity(CONDITIONS.len());
    for c in &r.conditions {
        let condition = choice(&c.condition, &CONDITIONS, "conditions")?;
        if conditions
            .iter()
            .any(|x: &ReviewCondition| x.condition == condition)
        {
            return Err(Error::InvalidInput {
                detail: format!("conditions: {condition} is named twice"),
            });
        }
        let field = format!("conditions.{condition}");
        let status = choice(&c.status, &REVIEW_STATUSES, &field)?;
        let note_field = format!("conditions.{condition}.note");
        let note = if status == "changed" {
            reason(c.note.as_deref(), &note_field)?
        } else {
            validate::text(c.note.as_deref().unwrap_or(""), &note_field, 2000, true)?
        };
        conditions.push(ReviewCondition {
            condition,
            status,
            note,
        });
    }
    if let Some(missing) = CONDITIONS
        .iter()
        .find(|c| !conditions.iter().any(|x| x.condition == **c))
    {
        return Err(Error::Required {
            field: format!("conditions.{missing}"),
        });
    }
    // In the law's order, whatever order they came in.
    conditions.sort_by_key(|c| CONDITIONS.iter().position(|x| *x == c.condition));
    let outcome = if conditions.iter().any(|c| c.status == "changed") {
        "changed"
    } else {
        "unchanged"
    };
    let latest_next = reviewed_on
        .checked_add_months(Months::new(REVIEW_MONTHS))
        .ok_or(Error::InvalidDate {
            field: "reviewed_on".into(),
        })?;
    let next_review_on = match r.next_review_on {
        None => latest_next,
        Some(n) if n <= reviewed_on => {
            return Err(Error::DateOrder {
                field: "next_review_on".into(),
                other: "reviewed_on".into(),
            })
        }
        // At the latest a year on (art. 22 § 1, al. 3).
        Some(n) if n > latest_next => {
            return Err(Error::InvalidDate {
                field: "next_review_on".into(),
            })
        }
        Some(n) => n,
    };
    let note = validate::text(r.note.as_deref().unwrap_or(""), "note", 10_000, true)?;
    super::change(
        conn,
        r.request_id,
        "right.review",
        json!({"outcome": outcome}),
        |tx| {
            tx.execute(
                "INSERT INTO income_review (request_id, reviewed_on, visited_on, no_visit_reason,
                                            outcome, note, next_review_on, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    r.request_id,
                    date_str(reviewed_on),
                    visited_on.map(date_str),
                    no_visit_reason,
                    outcome,
                    note,
                    date_str(next_review_on),
                    crate::now_utc()
                ],
            )?;
            let id = tx.last_insert_rowid()?;
            for (position, c) in conditions.iter().enumerate() {
                tx.execute(
                    "INSERT INTO income_review_condition (review_id, position, condition, status, note)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, position as i64, c.condition, c.status, c.note],
                )?;
            }
            Ok(id)
        },
    )
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewEnd {
    pub request_id: i64,
    pub ended_on: NaiveDate,
    pub reason: String,
    /// The condition no longer met (only with `condition_not_met`).
    #[serde(default)]
    pub condition: Option<String>,
    /// The motivation, in the person's and the law's terms.
    #[serde(default)]
    pub detail: Option<String>,
    pub decided_on: NaiveDate,
    /// How and when the decision was notified, if already done (else `right.end_notified`).
    #[serde(default)]
    pub notified_on: Option<NaiveDate>,
    #[serde(default)]
    pub notified_how: Option<String>,
}

/// A notification date after the decision, not in the future, with how it was made.
fn notification(
    decided_on: NaiveDate,
    on: Option<NaiveDate>,
    how: Option<&str>,
) -> Result<Option<(NaiveDate, String)>> {
    match (on, how) {
        (None, None) => Ok(None),
        (None, Some(_)) => Err(Error::Required {
            field: "notified_on".into(),
        }),
        (Some(_), None) => Err(Error::Required {
            field: "notified_how".into(),
        }),
        (Some(on), Some(how)) => {
            let on = not_after_today(on, "notified_on")?;
            if on < decided_on {
                return Err(Error::DateOrder {
                    field: "notified_on".into(),
                    other: "decided_on".into(),
                });
            }
            Ok(Some((
                on,
                choice(how, &super::NOTIFIED_HOW, "notified_how")?,
            )))
        }
    }
}

/// Ends a running right, by a decision on one of the law's grounds, from a date not before
/// the right's start. Once ended, it stays ended (a new request opens a new right).
pub fn end(conn: &Db, e: NewEnd) -> Result<()> {
    let g = running(conn, e.request_id)?;
    let reason_code = choice(&e.reason, &END_REASONS, "reason")?;
    let condition = match (reason_code.as_str(), e.condition.as_deref()) {
        ("condition_not_met", Some(c)) => Some(choice(c, &CONDITIONS, "condition")?),
        ("condition_not_met", None) => {
            return Err(Error::Required {
                field: "condition".into(),
            })
        }
        (_, Some(_)) => {
            return Err(Error::InvalidInput {
                detail: "condition: only when a condition is no longer met".into(),
            })
        }
        (_, None) => None,
    };
    let detail = reason(e.detail.as_deref(), "detail")?;
    let decided_on = not_after_today(e.decided_on, "decided_on")?;
    if decided_on < g.decided_on {
        return Err(Error::DateOrder {
            field: "decided_on".into(),
            other: "granting_decision".into(),
        });
    }
    let ended_on = check_date(e.ended_on, "ended_on")?;
    let start = parse_date(&g.start_on).unwrap_or(g.decided_on);
    if ended_on < start {
        return Err(Error::DateOrder {
            field: "ended_on".into(),
            other: "start_on".into(),
        });
    }
    let notified = notification(decided_on, e.notified_on, e.notified_how.as_deref())?;
    super::change(
        conn,
        e.request_id,
        "right.end",
        json!({"reason": reason_code, "condition": condition}),
        |tx| {
            tx.execute(
                "INSERT INTO income_right_end (request_id, ended_on, reason, condition, detail,
                                               decided_on, notified_on, notified_how, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    e.request_id,
                    date_str(ended_on),
                    reason_code,
                    condition,
                    detail,
                    date_str(decided_on),
                    notified.as_ref().map(|n| date_str(n.0)),
                    notified.as_ref().map(|n| n.1.clone()),
                    crate::now_utc()
                ],
            )?;
            Ok(())
        },
    )
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndNotified {
    pub request_id: i64,
    pub notified_on: NaiveDate,
    pub notified_how: String,
}

/// Records how and when the decision ending a right was notified, once: from then the three
/// months to appeal against it run (art. 47 § 1 of the law of 26 May 2002).
pub fn end_notified(conn: &Db, n: EndNotified) -> Result<()> {
    let end = end_of(conn, n.request_id)?.ok_or_else(|| Error::NotFound {
        what: "end".into(),
        id: n.request_id.to_string(),
    })?;
    if let Some(on) = &end.notified_on {
        return Err(Error::InvalidInput {
            detail: format!("notified_on: already recorded ({on})"),
        });
    }
    let decided_on = parse_date(&end.decided_on).unwrap_or_default();
    let Some((on, how)) = notification(decided_on, Some(n.notified_on), Some(&n.notified_how))?
    else {
        return Ok(());
    };
    super::change(
        conn,
        n.request_id,
        "right.end_notified",
        json!({"notified_how": how}),
        |tx| {
            tx.execute(
                "UPDATE income_right_end SET notified_on = ?1, notified_how = ?2
                 WHERE request_id = ?3",
                params![date_str(on), how, n.request_id],
            )?;
            Ok(())
        },
    )
}
