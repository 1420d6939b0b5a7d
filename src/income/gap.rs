//! The individualisation gap of a cohabitant right: what the single rate and the person's own resources alone would give.
//!
//! Method (stated as such in every signal export): for a right granted at the cohabitant
//! rate, the request's own calculation is run twice more on the same date and the same lines:
//! (1) still at the cohabitant rate but with only the applicant's own resources (what the
//! partner's, parents' or other household members' resources took away: the means-test gap);
//! (2) at the single rate with only the applicant's own resources (an individualised right).
//! The differences with the granted amount are the gaps; they are never negative (an amount
//! set by the worker above the calculation leaves no gap to show).

use crate::store::Db;
use chrono::NaiveDate;
use serde::Serialize;

use super::calc::{self, Category, Whose};
use super::{amounts, view};
use crate::error::{Error, Result};
use crate::i18n::Lang;

/// One cohabitant right granted, with what it would be individualised.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CohabitantRight {
    pub request_id: i64,
    pub decided_on: NaiveDate,
    /// From when the right runs (the decision's start, else the request's date).
    pub start_on: NaiveDate,
    /// The day the right ended, if it did.
    pub ended_on: Option<NaiveDate>,
    /// The amount granted, a month.
    pub granted_monthly_cents: i64,
    /// At the cohabitant rate with the applicant's own resources only, a month.
    pub own_resources_monthly_cents: i64,
    /// At the single rate with the applicant's own resources only, a month.
    pub single_rate_monthly_cents: i64,
}

impl CohabitantRight {
    /// What counting others' resources took away, a month (never negative).
    pub fn means_test_gap_cents(&self) -> i64 {
        self.own_resources_monthly_cents
            .saturating_sub(self.granted_monthly_cents)
            .max(0)
    }

    /// What the cohabitant rate itself took away, a month: the rest of the whole gap.
    pub fn rate_gap_cents(&self) -> i64 {
        self.total_gap_cents()
            .saturating_sub(self.means_test_gap_cents())
            .max(0)
    }

    /// The whole individualisation gap, a month (never negative).
    pub fn total_gap_cents(&self) -> i64 {
        self.single_rate_monthly_cents
            .saturating_sub(self.granted_monthly_cents)
            .max(0)
    }
}

fn date(s: &str, field: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Error::InvalidDate {
        field: field.into(),
    })
}

/// The rights granted at the cohabitant rate on the requests received from `from` to `to`
/// (both included), withdrawn requests left out, each with its individualised amounts.
pub fn cohabitant_rights(
    conn: &Db,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CohabitantRight>> {
    let mut stmt = conn.prepare(
        "SELECT d.request_id, d.decided_on, COALESCE(d.start_on, r.received_on), d.yearly_cents,
                e.ended_on, r.received_on
         FROM income_decision d
         JOIN income_request r ON r.id = d.request_id
         LEFT JOIN income_right_end e ON e.request_id = d.request_id
         WHERE d.outcome IN ('granted', 'partly_granted') AND d.category = 'cohabitant'
           AND r.withdrawn_on IS NULL AND r.received_on BETWEEN ?1 AND ?2
         ORDER BY d.decided_on, d.request_id",
    )?;
    let rows = stmt
        .query_map(
            [
                from.format("%Y-%m-%d").to_string(),
                to.format("%Y-%m-%d").to_string(),
            ],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                ))
            },
        )?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let table = amounts::list(conn)?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, decided, start, yearly, ended, received) in rows {
        // On the day of the request, as the grant was calculated.
        let received = date(&received, "received_on")?;
        let mut input = view::calculation_input(conn, id, Category::Cohabitant, received)?;
        input.resources.retain(|l| l.whose == Whose::Applicant);
        // Only the amounts count here: the language of the steps does not matter.
        let own = calc::calculate(&input, &table, Lang::En)?;
        input.category = Category::Single;
        let single = calc::calculate(&input, &table, Lang::En)?;
        let granted_yearly = match yearly {
            Some(y) => y,
            None => view::calculate(conn, id, Category::Cohabitant, Lang::En)?.yearly_cents,
        };
        out.push(CohabitantRight {
            request_id: id,
            decided_on: date(&decided, "decided_on")?,
            start_on: date(&start, "start_on")?,
            ended_on: ended.as_deref().map(|e| date(e, "ended_on")).transpose()?,
            granted_monthly_cents: calc::monthly_from_yearly(granted_yearly),
            own_resources_monthly_cents: own.monthly_cents,
            single_rate_monthly_cents: single.monthly_cents,
        });
    }
    Ok(out)
}
