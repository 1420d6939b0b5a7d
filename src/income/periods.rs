//! The running right over time: its periods (each from a date, with its category, its amount and the calculation it came from, appended and never edited), "something changed", the revision decision about it, and the indexation of every running right when a new amounts row comes.
//!
//! Sources (quotes in docs/legal/running-right.md):
//! - The centre revises a decision when the circumstances change, when the law changes, after
//!   its own legal or material error, or after an omission or inexact statement of the person
//!   (art. 22 § 1 of the law of 26 May 2002).
//! - A revision takes effect on the date the reason for it arose (art. 22 § 2, al. 1); a
//!   revision after the centre's own error that lowers the right, when the person could not
//!   have noticed the error, takes effect on the first day of the month after the notification
//!   (art. 22 § 2, al. 2).
//! - A revision is a decision with legal consequences: written and motivated, with the amount
//!   and how it was calculated (art. 21 § 2), the mentions of art. 21 § 3 and its own appeal.
//! - An indexation is a change of the law's amounts (art. 22 § 1, 2°): the amounts table says
//!   from when; each running right gets a new period with the same calculation on that date.

use std::collections::BTreeMap;

use crate::store::{params, Db, OptionalExtension};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::calc::{self, Category};
use super::{
    amounts, check_date, choice, date_str, not_after_today, reason, terms, CONDITIONS,
    MAX_AMOUNT_CENTS, NOTIFIED_HOW,
};
use crate::error::{Error, Result};
use crate::validate;

/// Why a period starts.
pub const WHY: [&str; 4] = ["grant", "revision", "indexation", "judgment"];

/// What changed in the person's situation ("something changed").
pub const CHANGE_KINDS: [&str; 4] = ["resources", "household", "address", "condition"];

/// One period of a right, as shown on its timeline.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Period {
    pub id: i64,
    pub from_on: String,
    /// The last day of the period (the day before the next one, or the end of the right).
    pub until_on: Option<String>,
    pub category: String,
    pub yearly_cents: i64,
    pub monthly_cents: i64,
    /// What the calculation gave for this period (None for a right granted before periods
    /// were kept, or a calculation that could not be made).
    pub calculated_yearly_cents: Option<i64>,
    /// `grant`, `revision`, `indexation` or `judgment`.
    pub why: String,
    pub revision_id: Option<i64>,
    /// The appeal whose judgment set this period.
    pub appeal_id: Option<i64>,
    /// The amounts row the calculation used (its first day).
    pub amount_row_from: Option<String>,
}

/// A period as stored: what the timeline is made of.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub id: i64,
    pub from: NaiveDate,
    pub category: String,
    pub yearly_cents: i64,
    pub calculated_yearly_cents: Option<i64>,
    pub why: String,
    pub revision_id: Option<i64>,
    pub appeal_id: Option<i64>,
    pub amount_row_from: Option<String>,
    pub input: String,
}

/// A new period, appended.
#[derive(Clone)]
pub(crate) struct NewPeriod {
    pub request_id: i64,
    pub from_on: String,
    pub category: String,
    pub yearly_cents: i64,
    pub calculated_yearly_cents: Option<i64>,
    pub why: &'static str,
    pub revision_id: Option<i64>,
    pub appeal_id: Option<i64>,
    pub amount_row_from: Option<String>,
    pub input: String,
}

pub(crate) fn append(conn: &Db, p: &NewPeriod) -> Result<i64> {
    conn.execute(
        "INSERT INTO income_right_period (request_id, from_on, category, yearly_cents,
                                          calculated_yearly_cents, why, revision_id,
                                          appeal_id, amount_row_from, input, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            p.request_id,
            p.from_on,
            p.category,
            p.yearly_cents,
            p.calculated_yearly_cents,
            p.why,
            p.revision_id,
            p.appeal_id,
            p.amount_row_from,
            p.input,
            crate::now_utc()
        ],
    )?;
    conn.last_insert_rowid()
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

/// The right's timeline: the latest grant opens it; each later period starts on its own date,
/// and of two periods from the same date the one appended last holds (a correction is a new
/// row, never an edit).
pub(crate) fn timeline(conn: &Db, request_id: i64) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare(
        "SELECT id, from_on, category, yearly_cents, calculated_yearly_cents, why, revision_id,
                amount_row_from, input, appeal_id
         FROM income_right_period WHERE request_id = ?1 ORDER BY id",
    )?;
    let all = stmt
        .query_map([request_id], |r| {
            let from: String = r.get(1)?;
            Ok(Row {
                id: r.get(0)?,
                from: parse_date(&from).unwrap_or_default(),
                category: r.get(2)?,
                yearly_cents: r.get(3)?,
                calculated_yearly_cents: r.get(4)?,
                why: r.get(5)?,
                revision_id: r.get(6)?,
                amount_row_from: r.get(7)?,
                input: r.get(8)?,
                appeal_id: r.get(9)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let Some(grant) = all.iter().filter(|r| r.why == "grant").map(|r| r.id).max() else {
        return Ok(Vec::new());
    };
    let start = all
        .iter()
        .find(|r| r.id == grant)
        .map(|r| r.from)
        .unwrap_or_default();
    let mut by_from: BTreeMap<NaiveDate, Row> = BTreeMap::new();
    for r in all {
        if (r.why == "grant" && r.id != grant) || r.from < start {
            continue;
        }
        by_from.insert(r.from, r);
    }
    Ok(by_from.into_values().collect())
}

/// The period in force on `on`, if the right had started.
pub(crate) fn in_force(rows: &[Row], on: NaiveDate) -> Option<&Row> {
    rows.iter().rev().find(|r| r.from <= on)
}

/// The periods of a right as shown, up to its end.
pub fn periods(conn: &Db, request_id: i64, ended_on: Option<NaiveDate>) -> Result<Vec<Period>> {
    let rows: Vec<Row> = timeline(conn, request_id)?
        .into_iter()
        .filter(|r| ended_on.is_none_or(|e| r.from <= e))
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        let until = match rows.get(i + 1) {
            Some(next) => next.from.pred_opt(),
            None => ended_on,
        };
        out.push(Period {
            id: r.id,
            from_on: date_str(r.from),
            until_on: until.map(date_str),
            category: r.category.clone(),
            yearly_cents: r.yearly_cents,
            monthly_cents: calc::monthly_from_yearly(r.yearly_cents),
            calculated_yearly_cents: r.calculated_yearly_cents,
            why: r.why.clone(),
            revision_id: r.revision_id,
            appeal_id: r.appeal_id,
            amount_row_from: r.amount_row_from.clone(),
        });
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Something changed, and the revision decision about it

/// A change and the revision decision about it (pending while `decided_on` is None).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Revision {
    pub id: i64,
    pub request_id: i64,
    pub changed_on: String,
    pub what: String,
    pub condition: Option<String>,
    pub detail: String,
    pub centre_error: bool,
    pub previous_category: String,
    pub previous_yearly_cents: i64,
    pub previous_monthly_cents: i64,
    pub category: String,
    pub calculated_yearly_cents: i64,
    pub calculated_monthly_cents: i64,
    pub amount_row_from: String,
    pub recorded_on: String,
    pub decided_on: Option<String>,
    pub yearly_cents: Option<i64>,
    pub monthly_cents: Option<i64>,
    pub grounds: String,
    pub amount_motivation: String,
    /// From when the revised amount applies (art. 22 § 2).
    pub effective_on: Option<String>,
    pub notified_on: Option<String>,
    pub notified_how: Option<String>,
    /// The last day to appeal to the labour court (three months from the notification).
    pub appeal_ends: Option<String>,
    pub letter_sent_on: Option<String>,
    #[serde(skip)]
    pub input: String,
}

const REVISION_COLUMNS: &str = "id, request_id, changed_on, what, condition, detail, centre_error,
    previous_category, previous_yearly_cents, category, calculated_yearly_cents, amount_row_from,
    recorded_on, decided_on, yearly_cents, grounds, amount_motivation, effective_on, notified_on,
    notified_how, letter_sent_on, input";

fn revision_row(r: &crate::store::Row) -> crate::error::Result<Revision> {
    let previous: i64 = r.get(8)?;
    let calculated: i64 = r.get(10)?;
    let yearly: Option<i64> = r.get(14)?;
    let notified: Option<String> = r.get(18)?;
    Ok(Revision {
        id: r.get(0)?,
        request_id: r.get(1)?,
        changed_on: r.get(2)?,
        what: r.get(3)?,
        condition: r.get(4)?,
        detail: r.get(5)?,
        centre_error: r.get::<_, i64>(6)? != 0,
        previous_category: r.get(7)?,
        previous_yearly_cents: previous,
        previous_monthly_cents: calc::monthly_from_yearly(previous),
        category: r.get(9)?,
        calculated_yearly_cents: calculated,
        calculated_monthly_cents: calc::monthly_from_yearly(calculated),
        amount_row_from: r.get(11)?,
        recorded_on: r.get(12)?,
        decided_on: r.get(13)?,
        yearly_cents: yearly,
        monthly_cents: yearly.map(calc::monthly_from_yearly),
        grounds: r.get(15)?,
        amount_motivation: r.get(16)?,
        effective_on: r.get(17)?,
        appeal_ends: notified
            .as_deref()
            .and_then(parse_date)
            .and_then(terms::appeal_ends)
            .map(date_str),
        notified_on: notified,
        notified_how: r.get(19)?,
        letter_sent_on: r.get(20)?,
        input: r.get(21)?,
    })
}

/// The changes and revision decisions of a right, oldest first.
pub fn revisions(conn: &Db, request_id: i64) -> Result<Vec<Revision>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {REVISION_COLUMNS} FROM income_revision WHERE request_id = ?1 ORDER BY id"
    ))?;
    let out = stmt
        .query_map([request_id], revision_row)?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(out)
}

/// One revision, by its id.
pub fn revision(conn: &Db, id: i64) -> Result<Revision> {
    conn.query_row(
        &format!("SELECT {REVISION_COLUMNS} FROM income_revision WHERE id = ?1"),
        [id],
        revision_row,
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: "revision".into(),
        id: id.to_string(),
    })
}

/// The person a revision belongs to (for its letter).
pub fn person_of_revision(conn: &Db, id: i64) -> Result<i64> {
    super::person_of(conn, revision(conn, id)?.request_id)
}

fn pending(conn: &Db, request_id: i64) -> Result<Option<Revision>> {
    Ok(revisions(conn, request_id)?
        .into_iter()
        .find(|r| r.decided_on.is_none()))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewChange {
    pub request_id: i64,
    /// The day the change happened (a job started, a partner moved in…).
    pub changed_on: NaiveDate,
    /// `resources`, `household`, `address` or `condition`.
    pub what: String,
    /// The condition concerned (only with `condition`).
    #[serde(default)]
    pub condition: Option<String>,
    /// What changed, in the person's words.
    #[serde(default)]
    pub detail: Option<String>,
    /// The category after the change (by default the one in force).
    #[serde(default)]
    pub category: Option<Category>,
    /// The revision corrects the centre's own legal or material error, which the person
    /// could not have noticed (art. 22 § 2, al. 2).
    #[serde(default)]
    pub centre_error: bool,
}

/// Records that something changed, and recomputes the amount with the request's resources
/// as they now stand, on the day of the change. Nothing is applied yet: a change is only a
/// new period through the decision about it.
pub fn record_change(conn: &Db, c: NewChange) -> Result<i64> {
    let right = super::right::running(conn, c.request_id)?;
    if let Some(p) = pending(conn, c.request_id)? {
        return Err(Error::ChangePending {
            date: date_fmt(&p.changed_on),
        });
    }
    let what = choice(&c.what, &CHANGE_KINDS, "what")?;
    let condition = match (what.as_str(), c.condition.as_deref()) {
        ("condition", Some(x)) => Some(choice(x, &CONDITIONS, "condition")?),
        ("condition", None) => {
            return Err(Error::Required {
                field: "condition".into(),
            })
        }
        (_, Some(_)) => {
            return Err(Error::InvalidInput {
                detail: "condition: only when a condition changed".into(),
            })
        }
        (_, None) => None,
    };
    let detail = reason(c.detail.as_deref(), "detail")?;
    let changed_on = check_date(c.changed_on, "changed_on")?;
    let rows = timeline(conn, c.request_id)?;
    let start = rows.first().map(|r| r.from).unwrap_or(right.decided_on);
    if changed_on <= start {
        return Err(Error::DateOrder {
            field: "changed_on".into(),
            other: "start_on".into(),
        });
    }
    let previous = in_force(&rows, changed_on).ok_or_else(|| Error::DateOrder {
        field: "changed_on".into(),
        other: "start_on".into(),
    })?;
    let category = match c.category {
        Some(x) => x,
        None => Category::parse(&previous.category).ok_or(Error::Required {
            field: "category".into(),
        })?,
    };
    let input = super::view::calculation_input(conn, c.request_id, category, changed_on)?;
    let calculation = calc::calculate(&input, &amounts::list(conn)?, crate::i18n::Lang::En)?;
    let input_json = serde_json::to_string(&input).map_err(|e| Error::Storage {
        detail: e.to_string(),
    })?;
    let (previous_category, previous_yearly) = (previous.category.clone(), previous.yearly_cents);
    super::change(
        conn,
        c.request_id,
        "right.change",
        json!({"what": what, "condition": condition, "changed_on": date_str(changed_on)}),
        |tx| {
            tx.execute(
                "INSERT INTO income_revision (request_id, changed_on, what, condition, detail,
                     centre_error, previous_category, previous_yearly_cents, category, input,
                     calculated_yearly_cents, amount_row_from, recorded_on, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                params![
                    c.request_id,
                    date_str(changed_on),
                    what,
                    condition,
                    detail,
                    i64::from(c.centre_error),
                    previous_category,
                    previous_yearly,
                    category.code(),
                    input_json,
                    calculation.yearly_cents,
                    date_str(calculation.amount_row.valid_from),
                    date_str(crate::today()),
                    crate::now_utc()
                ],
            )?;
            tx.last_insert_rowid()
        },
    )
}

fn date_fmt(iso: &str) -> String {
    parse_date(iso)
        .map(|d| d.format("%d/%m/%Y").to_string())
        .unwrap_or_else(|| iso.to_string())
}

/// The first day of the month after `d`.
pub fn first_of_next_month(d: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if d.month() == 12 {
        (d.year().checked_add(1)?, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
}

/// From when a revision applies (art. 22 § 2 of the law of 26 May 2002): the day the reason
/// for it arose; but a decrease after the centre's own error takes effect only on the first
/// day of the month after the notification. `None` when that notification is not known yet.
pub fn effective_on(
    changed_on: NaiveDate,
    centre_error: bool,
    previous_yearly: i64,
    revised_yearly: i64,
    notified_on: Option<NaiveDate>,
) -> Option<NaiveDate> {
    if centre_error && revised_yearly < previous_yearly {
        notified_on.and_then(first_of_next_month)
    } else {
        Some(changed_on)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevisionDecision {
    pub request_id: i64,
    pub decided_on: NaiveDate,
    /// The committee's motivation, in fact and in law.
    pub grounds: String,
    /// The revised yearly amount; by default the recomputed one.
    #[serde(default)]
    pub yearly_cents: Option<i64>,
    /// Why the revised amount differs from the recomputed one: required when it does.
    #[serde(default)]
    pub amount_motivation: Option<String>,
    #[serde(default)]
    pub notified_on: Option<NaiveDate>,
    #[serde(default)]
    pub notified_how: Option<String>,
}

/// Records the revision decision about the pending change: the committee's date and
/// motivation, the revised amount, and from when it applies (art. 22 § 2). The revised amount
/// becomes a new period from that day; the periods before it stay as they were.
pub fn decide(conn: &Db, d: RevisionDecision) -> Result<i64> {
    let right = super::right::running(conn, d.request_id)?;
    let p = pending(conn, d.request_id)?.ok_or(Error::NoChangePending)?;
    let decided_on = not_after_today(d.decided_on, "decided_on")?;
    if decided_on < right.decided_on {
        return Err(Error::DateOrder {
            field: "decided_on".into(),
            other: "granting_decision".into(),
        });
    }
    let grounds = validate::required(&d.grounds, "grounds", 10_000, true)?;
    let yearly = d.yearly_cents.unwrap_or(p.calculated_yearly_cents);
    if !(0..=MAX_AMOUNT_CENTS).contains(&yearly) {
        return Err(Error::OutOfRange {
            field: "yearly_cents".into(),
            min: 0,
            max: MAX_AMOUNT_CENTS,
        });
    }
    let amount_motivation = if yearly == p.calculated_yearly_cents {
        validate::text(
            d.amount_motivation.as_deref().unwrap_or(""),
            "amount_motivation",
            2000,
            true,
        )?
    } else {
        reason(d.amount_motivation.as_deref(), "amount_motivation")?
    };
    let notified_on = d
        .notified_on
        .map(|n| {
            let n = not_after_today(n, "notified_on")?;
            if n < decided_on {
                return Err(Error::DateOrder {
                    field: "notified_on".into(),
                    other: "decided_on".into(),
                });
            }
            Ok(n)
        })
        .transpose()?;
    let notified_how = match (notified_on, d.notified_how.as_deref()) {
        (Some(_), None) => {
            return Err(Error::Required {
                field: "notified_how".into(),
            })
        }
        (_, Some(h)) => Some(choice(h, &NOTIFIED_HOW, "notified_how")?),
        (None, None) => None,
    };
    let changed_on = parse_date(&p.changed_on).unwrap_or(decided_on);
    // A decrease after the centre's own error waits for the notification (art. 22 § 2, al. 2).
    let effective = effective_on(
        changed_on,
        p.centre_error,
        p.previous_yearly_cents,
        yearly,
        notified_on,
    )
    .ok_or(Error::Required {
        field: "notified_on".into(),
    })?;
    super::change(
        conn,
        d.request_id,
        "right.revise",
        json!({"revision_id": p.id, "effective_on": date_str(effective)}),
        |tx| {
            tx.execute(
                "UPDATE income_revision SET decided_on = ?1, yearly_cents = ?2, grounds = ?3,
                        amount_motivation = ?4, effective_on = ?5, notified_on = ?6,
                        notified_how = ?7
                 WHERE id = ?8",
                params![
                    date_str(decided_on),
                    yearly,
                    grounds,
                    amount_motivation,
                    date_str(effective),
                    notified_on.map(date_str),
                    notified_how,
                    p.id
                ],
            )?;
            let period = NewPeriod {
                request_id: d.request_id,
                from_on: date_str(effective),
                category: p.category.clone(),
                yearly_cents: yearly,
                calculated_yearly_cents: Some(p.calculated_yearly_cents),
                why: "revision",
                revision_id: Some(p.id),
                appeal_id: None,
                amount_row_from: Some(p.amount_row_from.clone()),
                input: p.input.clone(),
            };
            append(tx, &period)?;
            rebase_after(tx, d.request_id, effective, &period)?;
            follow_amounts(tx, d.request_id, effective)?;
            Ok(p.id)
        },
    )
}

/// After a revision or a judgment from `effective` (`basis`, the period it appended): the
/// indexation periods that follow it were computed on the old situation; each gets a new row
/// from its own day, on the new situation (the same calculation made again on that day, or the
/// amount the committee or the court set apart from the calculation). A later decision stops
/// this: it rests on its own grounds.
pub(crate) fn rebase_after(
    conn: &Db,
    request_id: i64,
    effective: NaiveDate,
    basis: &NewPeriod,
) -> Result<()> {
    let rows = amounts::list(conn)?;
    let input: Option<calc::Input> = if basis.calculated_yearly_cents == Some(basis.yearly_cents) {
        serde_json::from_str(&basis.input).ok()
    } else {
        None
    };
    let later: Vec<Row> = timeline(conn, request_id)?
        .into_iter()
        .filter(|r| r.from > effective)
        .take_while(|r| r.why == "indexation")
        .collect();
    for period in later {
        let next = match &input {
            Some(input) => {
                let mut input = input.clone();
                input.date = period.from;
                let c = calc::calculate(&input, &rows, crate::i18n::Lang::En)?;
                NewPeriod {
                    request_id,
                    from_on: date_str(period.from),
                    category: basis.category.clone(),
                    yearly_cents: c.yearly_cents,
                    calculated_yearly_cents: Some(c.yearly_cents),
                    why: "indexation",
                    revision_id: None,
                    appeal_id: None,
                    amount_row_from: Some(date_str(c.amount_row.valid_from)),
                    input: serde_json::to_string(&input).map_err(|e| Error::Storage {
                        detail: e.to_string(),
                    })?,
                }
            }
            None => NewPeriod {
                from_on: date_str(period.from),
                ..basis.clone()
            },
        };
        append(conn, &next)?;
    }
    Ok(())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevisionNotified {
    pub revision_id: i64,
    pub notified_on: NaiveDate,
    pub notified_how: String,
}

/// Records how and when a revision decision was notified, once (registered letter presented
/// on, or handed over against receipt on): from then the three months to appeal run
/// (art. 47 § 1 of the law of 26 May 2002). A decision already notified keeps its date.
pub fn notified(conn: &Db, n: RevisionNotified) -> Result<i64> {
    let r = revision(conn, n.revision_id)?;
    let decided_on = r
        .decided_on
        .as_deref()
        .and_then(parse_date)
        .ok_or(Error::NoChangePending)?;
    if let Some(on) = &r.notified_on {
        return Err(Error::InvalidInput {
            detail: format!("notified_on: already recorded ({on})"),
        });
    }
    let notified_on = not_after_today(n.notified_on, "notified_on")?;
    if notified_on < decided_on {
        return Err(Error::DateOrder {
            field: "notified_on".into(),
            other: "decided_on".into(),
        });
    }
    let how = choice(&n.notified_how, &NOTIFIED_HOW, "notified_how")?;
    super::change(
        conn,
        r.request_id,
        "right.revision_notified",
        json!({"revision_id": r.id, "notified_how": how}),
        |tx| {
            tx.execute(
                "UPDATE income_revision SET notified_on = ?1, notified_how = ?2 WHERE id = ?3",
                params![date_str(notified_on), how, r.id],
            )?;
            Ok(r.request_id)
        },
    )
}

/// Records the day a revision letter is first made (a reprint keeps it).
pub fn letter_sent(conn: &Db, revision_id: i64) -> Result<()> {
    let r = revision(conn, revision_id)?;
    if r.letter_sent_on.is_some() || r.decided_on.is_none() {
        return Ok(());
    }
    super::change(
        conn,
        r.request_id,
        "revision.letter_sent",
        json!({"revision_id": revision_id}),
        |tx| {
            tx.execute(
                "UPDATE income_revision SET letter_sent_on = ?1 WHERE id = ?2",
                params![date_str(crate::today()), revision_id],
            )?;
            Ok(())
        },
    )
}

// ---------------------------------------------------------------------------------------
// Indexation

/// Gives every running right a new period from `valid_from` when the amounts row of that day
/// changes its amount: the same calculation, made again on that day. A period whose amount
/// the committee set apart from the calculation is left to the worker (it shows as such in
/// the indexation list). Runs inside the transaction that adds the row; answers how many
/// periods were appended.
pub(crate) fn index_all(conn: &Db, valid_from: NaiveDate) -> Result<usize> {
    let rows = amounts::list(conn)?;
    let mut stmt = conn.prepare(
        "SELECT DISTINCT p.request_id FROM income_right_period p
         JOIN income_request r ON r.id = p.request_id
         JOIN income_decision d ON d.request_id = p.request_id AND d.outcome != 'refused'
         WHERE r.withdrawn_on IS NULL
           AND NOT EXISTS (SELECT 1 FROM income_right_end e
                           WHERE e.request_id = p.request_id AND e.ended_on < ?1)",
    )?;
    let ids = stmt
        .query_map([date_str(valid_from)], |r| r.get::<_, i64>(0))?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let mut appended = 0;
    for id in ids {
        appended += index_request(conn, id, valid_from, &rows)?;
    }
    Ok(appended)
}

/// After a grant or a revision from `after`: the amounts rows that start later are followed
/// too (a right granted in March on a request of January gets the February indexation).
pub(crate) fn follow_amounts(conn: &Db, request_id: i64, after: NaiveDate) -> Result<()> {
    let rows = amounts::list(conn)?;
    for from in rows.iter().map(|r| r.valid_from).filter(|d| *d > after) {
        index_request(conn, request_id, from, &rows)?;
    }
    Ok(())
}

/// The periods of one right from `valid_from` on, recomputed with the amounts `rows`.
fn index_request(
    conn: &Db,
    id: i64,
    valid_from: NaiveDate,
    rows: &[amounts::AmountRow],
) -> Result<usize> {
    let mut appended = 0;
    {
        let timeline = timeline(conn, id)?;
        // The period in force on the row's day, and every later one (each was calculated
        // with the row then known).
        let first = timeline
            .iter()
            .rposition(|r| r.from <= valid_from)
            .unwrap_or(0);
        for period in &timeline[first..] {
            let Some(mut input) = recomputable(period) else {
                continue;
            };
            let on = period.from.max(valid_from);
            input.date = on;
            let Ok(c) = calc::calculate(&input, rows, crate::i18n::Lang::En) else {
                continue;
            };
            if c.yearly_cents == period.yearly_cents {
                continue;
            }
            let input_json = serde_json::to_string(&input).map_err(|e| Error::Storage {
                detail: e.to_string(),
            })?;
            append(
                conn,
                &NewPeriod {
                    request_id: id,
                    from_on: date_str(on),
                    category: period.category.clone(),
                    yearly_cents: c.yearly_cents,
                    calculated_yearly_cents: Some(c.yearly_cents),
                    why: "indexation",
                    revision_id: None,
                    appeal_id: None,
                    amount_row_from: Some(date_str(c.amount_row.valid_from)),
                    input: input_json,
                },
            )?;
            appended += 1;
        }
    }
    Ok(appended)
}

/// The calculation input of a period, when its amount is the calculated one.
fn recomputable(period: &Row) -> Option<calc::Input> {
    if period.input.is_empty() || period.calculated_yearly_cents != Some(period.yearly_cents) {
        return None;
    }
    serde_json::from_str(&period.input).ok()
}

/// One running right in the list of an indexation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Indexed {
    pub request_id: i64,
    pub person_id: i64,
    pub person_name: String,
    pub category: String,
    pub before_yearly_cents: i64,
    pub before_monthly_cents: i64,
    pub after_yearly_cents: i64,
    pub after_monthly_cents: i64,
    /// `indexed` (a new period from the row's day), `unchanged` (the calculation gives the
    /// same amount) or `by_hand` (the amount was set apart from the calculation: a revision
    /// decides the new one).
    pub status: String,
}

/// What an indexation did: every right running on `valid_from`, with its amount before and
/// from that day.
pub fn indexation(conn: &Db, valid_from: NaiveDate) -> Result<Vec<Indexed>> {
    let mut stmt = conn.prepare(
        // lower(): SQLite's NOCASE (ASCII case folding) in a form PostgreSQL also knows.
        "SELECT DISTINCT p.request_id, r.person_id, pe.display_name, lower(pe.display_name)
         FROM income_right_period p
         JOIN income_request r ON r.id = p.request_id
         JOIN person pe ON pe.id = r.person_id
         JOIN income_decision d ON d.request_id = p.request_id AND d.outcome != 'refused'
         WHERE r.withdrawn_on IS NULL
           AND NOT EXISTS (SELECT 1 FROM income_right_end e
                           WHERE e.request_id = p.request_id AND e.ended_on < ?1)
         ORDER BY lower(pe.display_name), p.request_id",
    )?;
    let rights = stmt
        .query_map([date_str(valid_from)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let mut out = Vec::new();
    for (request_id, person_id, person_name) in rights {
        let timeline = timeline(conn, request_id)?;
        let Some(after) = in_force(&timeline, valid_from) else {
            continue; // the right starts later
        };
        let before = valid_from
            .pred_opt()
            .and_then(|d| in_force(&timeline, d))
            .unwrap_or(after);
        let status = if after.why == "indexation" && after.from == valid_from {
            "indexed"
        } else if recomputable(before).is_none() {
            "by_hand"
        } else {
            "unchanged"
        };
        out.push(Indexed {
            request_id,
            person_id,
            person_name,
            category: after.category.clone(),
            before_yearly_cents: before.yearly_cents,
            before_monthly_cents: calc::monthly_from_yearly(before.yearly_cents),
            after_yearly_cents: after.yearly_cents,
            after_monthly_cents: calc::monthly_from_yearly(after.yearly_cents),
            status: status.into(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Art. 22 § 2 of the law of 26 May 2002: al. 1, from the day the reason arose, for an
    /// increase or a decrease alike; al. 2, a decrease after the centre's own error from the
    /// first day of the month after the notification (December rolls into January).
    #[test]
    fn a_revision_takes_effect_by_art_22_2() {
        let changed = d("2025-06-16");
        assert_eq!(effective_on(changed, false, 100, 50, None), Some(changed));
        assert_eq!(effective_on(changed, false, 100, 150, None), Some(changed));
        // The centre's error, but the right goes up: al. 1.
        assert_eq!(effective_on(changed, true, 100, 150, None), Some(changed));
        assert_eq!(effective_on(changed, true, 100, 50, None), None);
        assert_eq!(
            effective_on(changed, true, 100, 50, Some(d("2025-12-31"))),
            Some(d("2026-01-01"))
        );
        assert_eq!(
            effective_on(changed, true, 100, 50, Some(d("2024-02-01"))),
            Some(d("2024-03-01"))
        );
    }
}
