//! The appeal to the labour court against the decision on a request, a revision decision or the end of a right: lodged when and where, then its outcome once; a judgment that sets the right's category or amount becomes a new period of the right.
//!
//! Sources (quotes in docs/legal/running-right.md):
//! - Art. 47 § 1 of the law of 26 May 2002: the person may appeal to the labour court against
//!   a decision of the centre on the right to social integration within three months of its
//!   notification; the court decides whether an appeal is admissible, so Tandem records a
//!   late appeal too and only shows that it was lodged after the term.
//!   The POD MI FAQ says the same: "dans les 3 mois qui suivent la communication de la
//!   décision" (https://www.mi-is.be/fr/faq/peut-aller-en-recours-contre-une-decision-prise-par-le-cpas).
//! - Art. 47 § 2 (French "recours de pleine juridiction"): the labour court decides on the
//!   right itself; the centre carries out the judgment. A judgment that grants (more) is a new
//!   period of the right from the day the judgment says, never an edit of the periods before.

use crate::store::{params, Db, OptionalExtension};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::calc::{self, Category};
use super::periods::{self, NewPeriod};
use super::{
    amounts, check_date, choice, date_str, not_after_today, reason, terms, MAX_AMOUNT_CENTS,
};
use crate::error::{Error, Result};
use crate::validate;

/// The decisions an appeal can be against.
pub const AGAINST: [&str; 3] = ["decision", "revision", "end"];

/// What became of an appeal.
pub const OUTCOMES: [&str; 4] = ["rejected", "granted", "partly_granted", "withdrawn"];

/// An appeal as shown on the right's card (and in the request's clock).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Appeal {
    pub id: i64,
    pub request_id: i64,
    /// `decision` (on the request), `revision` or `end`.
    pub against: String,
    /// The revision decision appealed against.
    pub revision_id: Option<i64>,
    pub lodged_on: String,
    pub court: String,
    pub note: String,
    /// The last day of the three months from the notification of the decision appealed
    /// against (None while the notification is not recorded).
    pub appeal_ends: Option<String>,
    /// Lodged after that day: the court will decide whether it is admissible.
    pub late: bool,
    /// None while the court has not decided (and the person has not withdrawn).
    pub outcome: Option<String>,
    pub outcome_on: Option<String>,
    /// A judgment that sets the right: from when, the category and the yearly amount.
    pub from_on: Option<String>,
    pub category: Option<String>,
    pub yearly_cents: Option<i64>,
    pub monthly_cents: Option<i64>,
    pub outcome_note: String,
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

/// The decision an appeal is against: when it was taken and notified.
struct Appealed {
    decided_on: NaiveDate,
    notified_on: Option<NaiveDate>,
}

fn appealed(
    conn: &Db,
    request_id: i64,
    against: &str,
    revision_id: Option<i64>,
) -> Result<Appealed> {
    let sql = match (against, revision_id) {
        ("decision", None) => {
            "SELECT decided_on, notified_on FROM income_decision WHERE request_id = ?1 AND CAST(?2 AS INTEGER) IS NULL"
        }
        ("revision", Some(_)) => {
            "SELECT decided_on, notified_on FROM income_revision WHERE request_id = ?1 AND id = ?2"
        }
        ("end", None) => {
            "SELECT decided_on, notified_on FROM income_right_end
             WHERE request_id = ?1 AND CAST(?2 AS INTEGER) IS NULL"
        }
        ("revision", None) => {
            return Err(Error::Required {
                field: "revision_id".into(),
            })
        }
        _ => {
            return Err(Error::InvalidInput {
                detail: "revision_id: only for an appeal against a revision".into(),
            })
        }
    };
    let row: Option<(Option<String>, Option<String>)> = conn
        .query_row(sql, params![request_id, revision_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let not_found = || Error::NotFound {
        what: against.into(),
        id: revision_id.unwrap_or(request_id).to_string(),
    };
    let (decided, notified) = row.ok_or_else(not_found)?;
    // A change not yet decided is not a decision: there is nothing to appeal against.
    let decided_on = decided
        .as_deref()
        .and_then(parse_date)
        .ok_or_else(not_found)?;
    Ok(Appealed {
        decided_on,
        notified_on: notified.as_deref().and_then(parse_date),
    })
}

const COLUMNS: &str = "id, request_id, revision_id, lodged_on, court, note, outcome, outcome_on,
                       from_on, category, yearly_cents, outcome_note, against";

fn from_row(r: &crate::store::Row) -> crate::error::Result<Appeal> {
    let yearly: Option<i64> = r.get(10)?;
    Ok(Appeal {
        id: r.get(0)?,
        request_id: r.get(1)?,
        against: r.get(12)?,
        revision_id: r.get(2)?,
        lodged_on: r.get(3)?,
        court: r.get(4)?,
        note: r.get(5)?,
        appeal_ends: None,
        late: false,
        outcome: r.get(6)?,
        outcome_on: r.get(7)?,
        from_on: r.get(8)?,
        category: r.get(9)?,
        yearly_cents: yearly,
        monthly_cents: yearly.map(calc::monthly_from_yearly),
        outcome_note: r.get(11)?,
    })
}

/// With the appeal term of the decision appealed against, and whether it was kept.
fn with_term(conn: &Db, mut a: Appeal) -> Result<Appeal> {
    let ends = appealed(conn, a.request_id, &a.against, a.revision_id)?
        .notified_on
        .and_then(terms::appeal_ends);
    a.late = match (ends, parse_date(&a.lodged_on)) {
        (Some(e), Some(l)) => l > e,
        _ => false,
    };
    a.appeal_ends = ends.map(date_str);
    Ok(a)
}

/// The appeals of a request, oldest first.
pub fn appeals(conn: &Db, request_id: i64) -> Result<Vec<Appeal>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM income_appeal WHERE request_id = ?1 ORDER BY id"
    ))?;
    let rows = stmt
        .query_map([request_id], from_row)?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    rows.into_iter().map(|a| with_term(conn, a)).collect()
}

pub fn appeal(conn: &Db, id: i64) -> Result<Appeal> {
    let a = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM income_appeal WHERE id = ?1"),
            [id],
            from_row,
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "appeal".into(),
            id: id.to_string(),
        })?;
    with_term(conn, a)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewAppeal {
    pub request_id: i64,
    /// `decision` (on the request, the default), `revision` or `end`.
    #[serde(default)]
    pub against: Option<String>,
    /// The revision decision appealed against (with `revision`).
    #[serde(default)]
    pub revision_id: Option<i64>,
    pub lodged_on: NaiveDate,
    /// The labour court (and its division); by default the one in the worker's profile.
    #[serde(default)]
    pub court: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Records an appeal lodged with the labour court against a decision already taken. One
/// appeal against a decision waits for its outcome at a time.
pub fn lodge(conn: &Db, a: NewAppeal) -> Result<i64> {
    super::person_of(conn, a.request_id)?;
    let against = choice(
        a.against.as_deref().unwrap_or("decision"),
        &AGAINST,
        "against",
    )?;
    let decision = appealed(conn, a.request_id, &against, a.revision_id)?;
    let lodged_on = not_after_today(a.lodged_on, "lodged_on")?;
    if lodged_on < decision.decided_on {
        return Err(Error::DateOrder {
            field: "lodged_on".into(),
            other: "decided_on".into(),
        });
    }
    let court = match a.court.as_deref().map(str::trim) {
        Some(c) if !c.is_empty() => validate::required(c, "court", 300, false)?,
        _ => {
            let profile = crate::profile::required(conn)?;
            validate::required(&profile.labour_court_address, "court", 300, true)?
        }
    };
    let note = validate::text(a.note.as_deref().unwrap_or(""), "note", 2000, true)?;
    let pending: Option<String> = conn
        .query_row(
            "SELECT lodged_on FROM income_appeal
             WHERE request_id = ?1 AND against = ?2 AND revision_id IS NOT DISTINCT FROM ?3 AND outcome IS NULL",
            params![a.request_id, against, a.revision_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(on) = pending {
        return Err(Error::AppealPending { date: on });
    }
    super::change(
        conn,
        a.request_id,
        "right.appeal",
        json!({"against": against, "revision_id": a.revision_id,
               "lodged_on": date_str(lodged_on)}),
        |tx| {
            tx.execute(
                "INSERT INTO income_appeal (request_id, against, revision_id, lodged_on, court,
                                            note, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    a.request_id,
                    against,
                    a.revision_id,
                    date_str(lodged_on),
                    court,
                    note,
                    crate::now_utc()
                ],
            )?;
            tx.last_insert_rowid()
        },
    )
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewOutcome {
    pub appeal_id: i64,
    pub outcome: String,
    /// The day of the judgment (or of the withdrawal).
    pub outcome_on: NaiveDate,
    /// A judgment that sets the right: from when it applies.
    #[serde(default)]
    pub from_on: Option<NaiveDate>,
    /// The category the judgment sets (by default the one in force on `from_on`).
    #[serde(default)]
    pub category: Option<Category>,
    /// The yearly amount the judgment sets (by default the calculation on `from_on`).
    #[serde(default)]
    pub yearly_cents: Option<i64>,
    /// What the court decided, in a few words (required: it is the file's record of it).
    #[serde(default)]
    pub note: Option<String>,
}

/// Records the outcome of an appeal, once. A judgment that grants and says from when appends
/// a period to the right from that day (the calculation on that day with the judgment's
/// category, or the amount the court set), and the later indexations follow it.
pub fn record_outcome(conn: &Db, o: NewOutcome) -> Result<i64> {
    let a = appeal(conn, o.appeal_id)?;
    if let Some(on) = &a.outcome_on {
        return Err(Error::AppealJudged { date: on.clone() });
    }
    let outcome = choice(&o.outcome, &OUTCOMES, "outcome")?;
    let outcome_on = not_after_today(o.outcome_on, "outcome_on")?;
    if parse_date(&a.lodged_on).is_some_and(|l| outcome_on < l) {
        return Err(Error::DateOrder {
            field: "outcome_on".into(),
            other: "lodged_on".into(),
        });
    }
    let note = reason(o.note.as_deref(), "outcome_note")?;
    let grants = matches!(outcome.as_str(), "granted" | "partly_granted");
    let period = match o.from_on {
        None => {
            if o.category.is_some() || o.yearly_cents.is_some() {
                return Err(Error::Required {
                    field: "from_on".into(),
                });
            }
            None
        }
        Some(_) if !grants => {
            return Err(Error::InvalidChoice {
                field: "outcome".into(),
                value: outcome,
            })
        }
        Some(from) => Some(judged_period(conn, &a, from, o.category, o.yearly_cents)?),
    };
    super::change(
        conn,
        a.request_id,
        "right.appeal_outcome",
        json!({"appeal_id": a.id, "outcome": outcome,
               "from_on": period.as_ref().map(|p| p.from_on.clone())}),
        |tx| {
            tx.execute(
                "UPDATE income_appeal SET outcome = ?1, outcome_on = ?2, from_on = ?3,
                        category = ?4, yearly_cents = ?5, outcome_note = ?6
                 WHERE id = ?7",
                params![
                    outcome,
                    date_str(outcome_on),
                    period.as_ref().map(|p| p.from_on.clone()),
                    period.as_ref().map(|p| p.category.clone()),
                    period.as_ref().map(|p| p.yearly_cents),
                    note,
                    a.id
                ],
            )?;
            if let Some(p) = &period {
                periods::append(tx, p)?;
                let from = parse_date(&p.from_on).unwrap_or(outcome_on);
                periods::rebase_after(tx, a.request_id, from, p)?;
                periods::follow_amounts(tx, a.request_id, from)?;
            }
            Ok(a.request_id)
        },
    )
}

/// The period a judgment opens on `from` (checked against the right it changes).
fn judged_period(
    conn: &Db,
    a: &Appeal,
    from: NaiveDate,
    category: Option<Category>,
    yearly_cents: Option<i64>,
) -> Result<NewPeriod> {
    // Only a right can get a period: a judgment that grants a refused request is carried out
    // by the decision that executes it (a request decided on the judgment).
    let right = super::right::granted(conn, a.request_id).map_err(|e| match e {
        Error::NotFound { .. } => Error::JudgmentWithoutRight,
        e => e,
    })?;
    let from = check_date(from, "from_on")?;
    let rows = periods::timeline(conn, a.request_id)?;
    let start = rows.first().map(|r| r.from).unwrap_or(right.decided_on);
    if from < start {
        return Err(Error::DateOrder {
            field: "from_on".into(),
            other: "start_on".into(),
        });
    }
    let in_force = periods::in_force(&rows, from);
    let category = match category {
        Some(c) => c,
        None => in_force
            .and_then(|p| Category::parse(&p.category))
            .ok_or(Error::Required {
                field: "category".into(),
            })?,
    };
    let input = super::view::calculation_input(conn, a.request_id, category, from)?;
    let calculated = calc::calculate(&input, &amounts::list(conn)?, crate::i18n::Lang::En)?;
    let yearly = yearly_cents.unwrap_or(calculated.yearly_cents);
    if !(0..=MAX_AMOUNT_CENTS).contains(&yearly) {
        return Err(Error::OutOfRange {
            field: "yearly_cents".into(),
            min: 0,
            max: MAX_AMOUNT_CENTS,
        });
    }
    Ok(NewPeriod {
        request_id: a.request_id,
        from_on: date_str(from),
        category: category.code().into(),
        yearly_cents: yearly,
        calculated_yearly_cents: Some(calculated.yearly_cents),
        why: "judgment",
        revision_id: None,
        appeal_id: Some(a.id),
        amount_row_from: Some(date_str(calculated.amount_row.valid_from)),
        input: serde_json::to_string(&input).map_err(|e| Error::Storage {
            detail: e.to_string(),
        })?,
    })
}

/// The appeals of a request with its right, if the request opened one (a refused request can
/// be appealed too).
#[derive(Debug, Clone, Serialize)]
pub struct AppealsView {
    pub request_id: i64,
    pub appeals: Vec<Appeal>,
    pub right: Option<super::right::RightView>,
}

pub fn view(conn: &Db, request_id: i64) -> Result<AppealsView> {
    super::person_of(conn, request_id)?;
    let right = match super::right::view(conn, request_id) {
        Ok(v) => Some(v),
        Err(Error::NotFound { .. }) => None,
        Err(e) => return Err(e),
    };
    Ok(AppealsView {
        request_id,
        appeals: appeals(conn, request_id)?,
        right,
    })
}
