//! Collective signals: what many files show together (figures, the cost of the cohabitant rate, structural observations), passed on without identifying anyone.
//!
//! Reads the income side and the reports; of the support side only two counts (answered yes,
//! answered "not now"), never a plan's words. Nothing on the income side reads this area.

pub mod cells;
pub mod commands;
pub mod document;
pub mod figures;
pub mod observations;
pub mod publish;

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The longest period a signal covers: five years, in months.
pub const MAX_MONTHS: u32 = 60;

/// A period of whole days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// Checks the period: `from` before or on `to`, at most five years.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period> {
        if to < from {
            return Err(Error::InvalidInput {
                detail: "the period ends before it starts".into(),
            });
        }
        if from
            .checked_add_months(Months::new(MAX_MONTHS))
            .is_none_or(|limit| to >= limit)
        {
            return Err(Error::OutOfRange {
                field: "to".into(),
                min: 1,
                max: i64::from(MAX_MONTHS),
            });
        }
        Ok(Period { from, to })
    }

    /// The months the period touches, as `YYYY-MM`.
    pub fn months(&self) -> Vec<String> {
        self.month_spans().into_iter().map(|(m, _, _)| m).collect()
    }

    /// Each month the period touches, with its first and last day inside the period.
    pub fn month_spans(&self) -> Vec<(String, NaiveDate, NaiveDate)> {
        let mut out = Vec::new();
        let mut first = self.from;
        while first <= self.to {
            let next = figures::month_start(first)
                .checked_add_months(Months::new(1))
                .unwrap_or(NaiveDate::MAX);
            let last = next.pred_opt().unwrap_or(next).min(self.to);
            out.push((
                format!("{:04}-{:02}", first.year(), first.month()),
                first,
                last,
            ));
            first = next;
        }
        out
    }
}
