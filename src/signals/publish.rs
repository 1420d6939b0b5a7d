//! A signal as it leaves the vault: published counts and sums, observations re-checked, as a JSON file to merge and a CSV to read.

use std::collections::{BTreeMap, BTreeSet};

use crate::store::Db;
use rand::RngCore;
use serde::{Deserialize, Serialize};

use super::cells::{self, publish_money, Cell, Shown};
use super::figures::{self, Figures};
use super::observations;
use super::Period;
use crate::error::{Error, Result};

/// What a signal file says it is.
pub const FORMAT: &str = "tandem-signal";
pub const VERSION: u32 = 1;

/// Money of the individualisation gap, published: whole euros, `None` when hidden (fewer than
/// 5 rights make it, or, merged, a part was hidden).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GapMoney {
    pub total_euros: Option<i64>,
    pub means_test_euros: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedObservation {
    pub theme: String,
    pub text: String,
    pub from: String,
    pub to: String,
    /// How many situations the worker says it concerns (their own estimate, not a count of
    /// files: shown as written).
    pub situations: u32,
}

/// A signal: everything in it may be passed on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    pub format: String,
    pub version: u32,
    /// The random ids of the workers' signal files merged into this one (one when fresh).
    pub files: BTreeSet<String>,
    pub period: Period,
    /// Every count (see `figures::sums` for how they add up), protected by `cells::protect`.
    pub counts: BTreeMap<String, Cell>,
    /// The median days late of the decisions taken after 30 days (5 late decisions at least;
    /// not kept through a merge, where a median cannot be added up).
    pub median_days_late: Option<i64>,
    /// The whole gap and its means-test part, a month (summed over the rights).
    pub gap_monthly: GapMoney,
    /// Over the period.
    pub gap_period: GapMoney,
    pub gap_by_month: BTreeMap<String, GapMoney>,
    pub observations: Vec<PublishedObservation>,
    /// Observations left out because they now name someone of the vault.
    pub observations_left_out: usize,
}

fn money(rights: u64, total: i64, means: i64) -> GapMoney {
    GapMoney {
        total_euros: publish_money(total, rights),
        means_test_euros: publish_money(means, rights),
    }
}

/// Publishes the figures of `period` with the observations that meet it.
pub fn signal(conn: &Db, period: &Period) -> Result<Signal> {
    let f: Figures = figures::compute(conn, period)?;
    let mut id = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut id);
    let mut observations = Vec::new();
    let mut left_out = 0;
    for o in observations::list(conn, period)? {
        // The vault may have gained a person since the observation was written.
        if !observations::identity_scan(conn, &o.text)?.is_empty() {
            left_out += 1;
            continue;
        }
        observations.push(PublishedObservation {
            theme: o.theme,
            text: o.text,
            from: o.from,
            to: o.to,
            situations: o.situations,
        });
    }
    let late = f.days_late.len() as u64;
    Ok(Signal {
        format: FORMAT.into(),
        version: VERSION,
        files: BTreeSet::from([hex::encode(id)]),
        period: *period,
        counts: cells::protect(
            &f.counts
                .iter()
                .map(|(k, v)| (k.clone(), Cell::exact(*v)))
                .collect(),
            &figures::sums(period),
        ),
        median_days_late: (late >= cells::THRESHOLD)
            .then(|| figures::median(&f.days_late))
            .flatten(),
        gap_monthly: money(
            f.gap.rights,
            f.gap.monthly_total_cents,
            f.gap.monthly_means_test_cents,
        ),
        gap_period: money(
            f.gap.rights,
            f.gap.period_total_cents,
            f.gap.period_means_test_cents,
        ),
        gap_by_month: period
            .months()
            .into_iter()
            .map(|m| {
                let (n, t, mt) = f.gap.by_month.get(&m).copied().unwrap_or((0, 0, 0));
                (m, money(n, t, mt))
            })
            .collect(),
        observations,
        observations_left_out: left_out,
    })
}

fn add_money(a: &GapMoney, b: &GapMoney) -> Result<GapMoney> {
    let euros = |x: Option<i64>, y: Option<i64>| -> Result<Option<i64>> {
        match (x, y) {
            (Some(x), Some(y)) => x.checked_add(y).map(Some).ok_or(Error::OutOfRange {
                field: "gap".into(),
                min: 0,
                max: i64::MAX,
            }),
            _ => Ok(None),
        }
    };
    Ok(GapMoney {
        total_euros: euros(a.total_euros, b.total_euros)?,
        means_test_euros: euros(a.means_test_euros, b.means_test_euros)?,
    })
}

fn add_cells(
    a: &BTreeMap<String, Cell>,
    b: &BTreeMap<String, Cell>,
) -> Result<BTreeMap<String, Cell>> {
    let mut out = a.clone();
    for (k, v) in b {
        let sum = match out.get(k) {
            Some(x) => x.plus(*v)?,
            None => *v,
        };
        out.insert(k.clone(), sum);
    }
    Ok(out)
}

/// Reads and checks a signal file.
pub fn read(json: &str) -> Result<Signal> {
    let s: Signal = serde_json::from_str(json).map_err(|e| Error::InvalidInput {
        detail: format!("not a signal file: {e}"),
    })?;
    if s.format != FORMAT || s.version != VERSION {
        return Err(Error::InvalidInput {
            detail: format!("not a signal file of version {VERSION}"),
        });
    }
    Period::new(s.period.from, s.period.to)?;
    if s.files.is_empty() {
        return Err(Error::InvalidInput {
            detail: "a signal file names the files it is made of".into(),
        });
    }
    for (k, c) in &s.counts {
        c.check(k)?;
    }
    Ok(s)
}

/// Sums signal files of the same period, refusing a file that is in two of them. Counts stay
/// intervals and are shown again by the same rule; sums of money add up when every part shows.
pub fn merge(signals: &[Signal]) -> Result<Signal> {
    let first = signals.first().ok_or_else(|| Error::InvalidInput {
        detail: "no signal file to merge".into(),
    })?;
    let mut out = first.clone();
    for s in &signals[1..] {
        if s.period != out.period {
            return Err(Error::InvalidInput {
                detail: format!(
                    "the signal files cover different periods ({} to {}, {} to {})",
                    out.period.from, out.period.to, s.period.from, s.period.to
                ),
            });
        }
        if !out.files.is_disjoint(&s.files) {
            return Err(Error::SignalDuplicate);
        }
        out.files.extend(s.files.iter().cloned());
        out.counts = add_cells(&out.counts, &s.counts)?;
        out.median_days_late = None;
        out.gap_monthly = add_money(&out.gap_monthly, &s.gap_monthly)?;
        out.gap_period = add_money(&out.gap_period, &s.gap_period)?;
        for (m, g) in &s.gap_by_month {
            let sum = match out.gap_by_month.get(m) {
                Some(x) => add_money(x, g)?,
                None => g.clone(),
            };
            out.gap_by_month.insert(m.clone(), sum);
        }
        out.observations.extend(s.observations.iter().cloned());
        out.observations_left_out += s.observations_left_out;
    }
    // The merged figures go through the rule again: a sum of exact counts may be small.
    out.counts = cells::protect(&out.counts, &figures::sums(&out.period));
    Ok(out)
}

/// A published count as a CSV field: the number, `<5`, or `12-19` (hidden within bounds).
pub fn cell_text(c: Cell) -> String {
    match c.shown() {
        Shown::Exactly(n) => n.to_string(),
        Shown::FewerThan5 => "<5".into(),
        Shown::AtLeast(a) => format!(">={a}"),
        Shown::Between(a, b) => format!("{a}-{b}"),
    }
}

fn euros_text(e: Option<i64>) -> String {
    e.map_or_else(|| "hidden".into(), |e| e.to_string())
}

/// The figures as CSV (`figure,value`; `<5` for fewer than 5, money in whole euros).
pub fn csv(s: &Signal) -> String {
    let mut out = String::from("figure,value\n");
    out.push_str(&format!(
        "period.from,{}\nperiod.to,{}\n",
        s.period.from, s.period.to
    ));
    for (k, c) in &s.counts {
        out.push_str(&format!("{k},{}\n", cell_text(*c)));
    }
    if let Some(d) = s.median_days_late {
        out.push_str(&format!("decisions.late.median_days,{d}\n"));
    }
    for (name, g) in [
        ("gap.monthly", &s.gap_monthly),
        ("gap.period", &s.gap_period),
    ] {
        out.push_str(&format!(
            "{name}.total_euros,{}\n{name}.means_test_euros,{}\n",
            euros_text(g.total_euros),
            euros_text(g.means_test_euros)
        ));
    }
    for (m, g) in &s.gap_by_month {
        out.push_str(&format!(
            "gap.{m}.total_euros,{}\ngap.{m}.means_test_euros,{}\n",
            euros_text(g.total_euros),
            euros_text(g.means_test_euros)
        ));
    }
    out
}
