//! The figures of a period, counted exactly from the vault: requests, deadlines, refusals, categories, visits, reports, support answers, the individualisation gap.

use std::collections::BTreeMap;

use crate::store::{params, Db};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::cells::Sum;
use super::Period;
use crate::error::{Error, Result};
use crate::income::{deadlines, gap};

/// The six conditions of art. 3 of the law of 26 May 2002, in their order.
pub const CONDITIONS: [&str; 6] = [
    "residence",
    "age",
    "nationality",
    "resources",
    "work_readiness",
    "other_benefits",
];

/// Exact counts of a period. Never leaves the vault as such: see `cells` for what does.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Figures {
    /// Every count by its stable name (`requests.received`, `refused.residence`,
    /// `received.2026-01`, ...). The decisions are those of the requests received in the
    /// period, taken up to today.
    pub counts: BTreeMap<String, u64>,
    /// Days late of each decision taken after the 30 days, to publish a median.
    pub days_late: Vec<i64>,
    pub gap: GapFigures,
}

/// The individualisation gap of the cohabitant rights granted on the period's requests.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct GapFigures {
    pub rights: u64,
    /// A month, summed over the rights: the whole gap, the part of the means test.
    pub monthly_total_cents: i64,
    pub monthly_means_test_cents: i64,
    /// Over the months of the period each right ran in (pro rata of the days).
    pub period_total_cents: i64,
    pub period_means_test_cents: i64,
    /// By month (`YYYY-MM`): (rights running, whole gap, means-test part) in cents.
    pub by_month: BTreeMap<String, (u64, i64, i64)>,
}

/// How the counts are tied: each total is the sum of its parts (several breakdowns of the
/// same total are several sums). `cells::protect` needs them all.
pub fn sums(period: &Period) -> Vec<Sum> {
    let sum = |total: &str, parts: Vec<String>| Sum {
        total: total.into(),
        parts,
    };
    let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut refused: Vec<String> = CONDITIONS.iter().map(|c| format!("refused.{c}")).collect();
    refused.push("refused.withdrawn".into());
    vec![
        sum(
            "requests.received",
            names(&["requests.decided", "requests.withdrawn", "requests.pending"]),
        ),
        sum(
            "requests.received",
            period
                .months()
                .iter()
                .map(|m| format!("received.{m}"))
                .collect(),
        ),
        sum(
            "requests.decided",
            names(&[
                "decisions.granted",
                "decisions.partly_granted",
                "decisions.refused",
            ]),
        ),
        sum(
            "requests.decided",
            names(&["decisions.within_30_days", "decisions.late"]),
        ),
        sum(
            "requests.decided",
            names(&[
                "notifications.within_8_days",
                "notifications.late",
                "notifications.not_recorded",
            ]),
        ),
        sum(
            "requests.decided",
            names(&[
                "granted.cohabitant",
                "granted.single",
                "granted.family",
                "decisions.refused",
            ]),
        ),
        sum("decisions.refused", refused),
        sum(
            "visits.total",
            names(&["visits.announced", "visits.unannounced"]),
        ),
        sum(
            "reports.signed",
            names(&[
                "reports.cosigned",
                "reports.signed_on_paper",
                "reports.declined",
            ]),
        ),
        sum(
            "support.answered",
            names(&["support.wanted", "support.not_now"]),
        ),
    ]
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn count(conn: &Db, sql: &str, p: &Period) -> Result<u64> {
    let n: i64 = conn.query_row(sql, params![iso(p.from), iso(p.to)], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Counts the figures of `period`. Reads the income side, the reports, and of the support
/// side only how many answered yes or "not now" (never a plan's words).
pub fn compute(conn: &Db, period: &Period) -> Result<Figures> {
    let mut f = Figures::default();
    let mut counts: Vec<(String, String)> = Vec::new();
    let mut q = |name: &str, sql: String| counts.push((name.to_string(), sql));
    // The requests received in the period, and what became of them.
    let received = "FROM income_request r WHERE r.received_on BETWEEN ?1 AND ?2";
    let decided = "FROM income_request r JOIN income_decision d ON d.request_id = r.id
                   WHERE r.received_on BETWEEN ?1 AND ?2";
    let undecided = "NOT EXISTS (SELECT 1 FROM income_decision d WHERE d.request_id = r.id)";
    q("requests.received", format!("SELECT count(*) {received}"));
    q("requests.decided", format!("SELECT count(*) {decided}"));
    q(
        "requests.withdrawn",
        format!("SELECT count(*) {received} AND r.withdrawn_on IS NOT NULL AND {undecided}"),
    );
    q(
        "requests.pending",
        format!("SELECT count(*) {received} AND r.withdrawn_on IS NULL AND {undecided}"),
    );
    for outcome in ["granted", "partly_granted", "refused"] {
        q(
            &format!("decisions.{outcome}"),
            format!("SELECT count(*) {decided} AND d.outcome = '{outcome}'"),
        );
    }
    // The 30 days to decide and the 8 days to notify, as the deadlines panel counts them.
    let days = deadlines::DECISION_DAYS;
    let notify = deadlines::NOTIFICATION_DAYS;
    let elapsed = "julianday(d.decided_on) - julianday(r.received_on)";
    q(
        "decisions.within_30_days",
        format!("SELECT count(*) {decided} AND {elapsed} <= {days}"),
    );
    q(
        "decisions.late",
        format!("SELECT count(*) {decided} AND {elapsed} > {days}"),
    );
    let notified = "julianday(d.notified_on) - julianday(d.decided_on)";
    q(
        "notifications.within_8_days",
        format!(
            "SELECT count(*) {decided} AND d.notified_on IS NOT NULL AND {notified} <= {notify}"
        ),
    );
    q(
        "notifications.late",
        format!(
            "SELECT count(*) {decided} AND d.notified_on IS NOT NULL AND {notified} > {notify}"
        ),
    );
    q(
        "notifications.not_recorded",
        format!("SELECT count(*) {decided} AND d.notified_on IS NULL"),
    );
    // A refusal names the condition found not met, or the request's withdrawal.
    for ground in CONDITIONS.iter().chain(Some(&crate::income::WITHDRAWN)) {
        q(
            &format!("refused.{ground}"),
            format!(
                "SELECT count(*) {decided} AND d.outcome = 'refused' AND d.refusal_condition = '{ground}'"
            ),
        );
    }
    for cat in ["cohabitant", "single", "family"] {
        q(
            &format!("granted.{cat}"),
            format!(
                "SELECT count(*) {decided} AND d.outcome IN ('granted', 'partly_granted')
                 AND d.category = '{cat}'"
            ),
        );
    }
    let visits = "FROM income_visit v WHERE v.visited_on BETWEEN ?1 AND ?2";
    q("visits.total", format!("SELECT count(*) {visits}"));
    q(
        "visits.announced",
        format!("SELECT count(*) {visits} AND v.announced = 1"),
    );
    q(
        "visits.unannounced",
        format!("SELECT count(*) {visits} AND v.announced = 0"),
    );
    // Report versions: read together on a day of the period; signed ones by when they froze.
    q(
        "reports.read_together",
        "SELECT count(*) FROM report_version
         WHERE substr(read_together_on, 1, 10) BETWEEN ?1 AND ?2"
            .into(),
    );
    let frozen = "FROM report_version WHERE frozen_at IS NOT NULL
                  AND substr(frozen_at, 1, 10) BETWEEN ?1 AND ?2";
    q("reports.signed", format!("SELECT count(*) {frozen}"));
    for (name, kind) in [
        ("reports.cosigned", "drawn"),
        ("reports.signed_on_paper", "on_paper"),
        ("reports.declined", "declined"),
    ] {
        q(
            name,
            format!(
                "SELECT count(*) {frozen} AND json_extract(person_signature, '$.kind') = '{kind}'"
            ),
        );
    }
    q(
        "reports.with_remarks",
        format!("SELECT count(*) {frozen} AND length(trim(COALESCE(remarks, ''))) > 0"),
    );
    for (name, sql) in counts {
        let n = count(conn, &sql, period)?;
        f.counts.insert(name, n);
    }
    let (wanted, not_now) = crate::support::answer_counts(conn, period.from, period.to)?;
    f.counts.insert("support.wanted".into(), wanted);
    f.counts.insert("support.not_now".into(), not_now);
    f.counts.insert("support.answered".into(), wanted + not_now);

    let mut stmt = conn.prepare(
        "SELECT substr(received_on, 1, 7), count(*) FROM income_request
         WHERE received_on BETWEEN ?1 AND ?2 GROUP BY 1",
    )?;
    let by_month: BTreeMap<String, u64> = stmt
        .query_map(params![iso(period.from), iso(period.to)], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?
        .map(|row| row.map(|(m, n)| (m, u64::try_from(n).unwrap_or(0))))
        .collect::<std::result::Result<_, _>>()?;
    for m in period.months() {
        let n = by_month.get(&m).copied().unwrap_or(0);
        f.counts.insert(format!("received.{m}"), n);
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT CAST({elapsed} AS INTEGER) - {days} {decided} AND {elapsed} > {days}"
    ))?;
    f.days_late = stmt
        .query_map(params![iso(period.from), iso(period.to)], |r| r.get(0))?
        .collect::<std::result::Result<Vec<i64>, _>>()?;
    f.days_late.sort_unstable();
    f.gap = gap_figures(conn, period)?;
    Ok(f)
}

fn checked(a: i64, b: i64) -> Result<i64> {
    a.checked_add(b).ok_or(Error::OutOfRange {
        field: "gap".into(),
        min: 0,
        max: i64::MAX,
    })
}

/// The gap of the cohabitant rights granted in the period: a month, and over the period month
/// by month, pro rata of the days each right ran in each month (its start to its end).
fn gap_figures(conn: &Db, period: &Period) -> Result<GapFigures> {
    let rights = gap::cohabitant_rights(conn, period.from, period.to)?;
    let mut g = GapFigures {
        rights: rights.len() as u64,
        ..GapFigures::default()
    };
    for r in &rights {
        g.monthly_total_cents = checked(g.monthly_total_cents, r.total_gap_cents())?;
        g.monthly_means_test_cents = checked(g.monthly_means_test_cents, r.means_test_gap_cents())?;
        for (month, first, last) in period.month_spans() {
            let start = r.start_on.max(first);
            let end = r.ended_on.map_or(last, |e| e.min(last));
            if start > end {
                continue;
            }
            let ran = (end - start).num_days() + 1;
            let in_month = (last - first).num_days() + 1;
            let share = |cents: i64| -> i64 {
                // Whole cents, half up; amounts and days are small enough for i128 never to wrap.
                ((i128::from(cents) * i128::from(ran) * 2 + i128::from(in_month))
                    / (2 * i128::from(in_month))) as i64
            };
            let entry = g.by_month.entry(month).or_insert((0, 0, 0));
            entry.0 += 1;
            let (t, m) = (share(r.total_gap_cents()), share(r.means_test_gap_cents()));
            entry.1 = checked(entry.1, t)?;
            entry.2 = checked(entry.2, m)?;
            g.period_total_cents = checked(g.period_total_cents, t)?;
            g.period_means_test_cents = checked(g.period_means_test_cents, m)?;
        }
    }
    Ok(g)
}

/// The median of sorted values (the lower middle one for an even count).
pub fn median(sorted: &[i64]) -> Option<i64> {
    sorted.get(sorted.len().checked_sub(1)? / 2).copied()
}

/// The first day of the month of `d`.
pub fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}
