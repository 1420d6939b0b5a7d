//! The caseload: the worker's files as one table (person, file reference, stage, next action and its date), derived from what the vault records, kept current for the persons a change touched, filtered, sorted and paged in SQL.
//!
//! The stage of a file is read from its latest request, never from the support plan (this
//! area is on the income side of the wall, `tests/wall.rs`):
//!
//! | stage | when |
//! |---|---|
//! | `intake` | no request yet, or a request whose inquiry has not started (six conditions still to check, no evidence, visit or resource) |
//! | `inquiry` | the inquiry has started and the report has not been read with the person |
//! | `read_together` | the latest report version was read together (signed, or signing declined) |
//! | `at_committee` | a report version was sent to the committee, no decision yet |
//! | `decided` | a decision is recorded, not yet notified (within 8 days of the decision, as `income::deadlines` counts it) |
//! | `notified` | a refusal (or a decision on a withdrawn request) was notified |
//! | `running` | a granted right, notified, not ended |
//! | `review_due` | a running right whose yearly review (art. 22 § 1, al. 3) falls within `REVIEW_NOTICE_DAYS` or is past |
//! | `closed` | the file is closed, the right has ended, or the request was withdrawn before a decision |
//!
//! The next action's date is the legal clock of `income::deadlines` (decision within 30 days
//! of the request: art. 21 § 1 of the law of 26 May 2002; notification within 8 days of the
//! decision) or the review date of
//! `income::right` (a year after the last examination or home visit, or the earlier date a
//! review set).

pub mod commands;

use std::collections::BTreeMap;

use crate::store::{Db, OptionalExtension};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::income::deadlines::{DECISION_DAYS, NOTIFICATION_DAYS};
use crate::income::right::REVIEW_MONTHS;
use crate::person;

/// The stages of a file, in the order of the procedure.
pub const STAGES: [&str; 9] = [
    "intake",
    "inquiry",
    "read_together",
    "at_committee",
    "decided",
    "notified",
    "running",
    "review_due",
    "closed",
];

/// The groups of the caseload: every file, deadlines past, due in the next seven days, and
/// inquiries with conditions still to check (the papers the person is asked to bring).
pub const FILTERS: [&str; 4] = ["all", "overdue", "week", "papers"];

/// The columns the caseload sorts on.
pub const SORTS: [&str; 4] = ["next", "name", "reference", "stage"];

/// The next action of a file, by stage.
pub const ACTIONS: [&str; 7] = [
    "record_request",
    "start_inquiry",
    "finish_inquiry",
    "send_to_committee",
    "record_decision",
    "notify",
    "review",
];

/// A running right shows as "review due" this many days before its review date.
pub const REVIEW_NOTICE_DAYS: i64 = 30;
/// "This week": the next action falls within this many days from today (today included).
pub const WEEK_DAYS: i64 = 7;
/// The most rows of one page.
pub const PAGE_MAX: i64 = 200;
/// Rows of a page when the client does not say.
pub const PAGE_DEFAULT: i64 = 50;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Query {
    /// One of `FILTERS` (default `all`).
    #[serde(default)]
    pub filter: Option<String>,
    /// One of `STAGES`, or none for every stage.
    #[serde(default)]
    pub stage: Option<String>,
    /// A name (any part, accents and case ignored), a file reference (or part of it, with
    /// or without dashes) or a national register number (with or without dots and dashes;
    /// the first six digits or more).
    #[serde(default)]
    pub query: Option<String>,
    /// One of `SORTS` (default `next`: the nearest date first, overdue on top).
    #[serde(default)]
    pub sort: Option<String>,
    #[serde(default)]
    pub descending: Option<bool>,
    #[serde(default)]
    pub offset: Option<i64>,
    #[serde(default)]
    pub limit: Option<i64>,
    /// The day the caseload is seen on (default today): for tests and the bench.
    #[serde(default)]
    pub today: Option<NaiveDate>,
    /// The language of the texts (default the session's).
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// One file of the caseload.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct File {
    pub person_id: i64,
    pub display_name: String,
    /// The latest request (none before the first request).
    pub request_id: Option<i64>,
    pub reference: Option<String>,
    pub stage: String,
    pub next_action: Option<String>,
    pub next_on: Option<String>,
    /// Days from today to `next_on` (negative when overdue).
    pub days_left: Option<i64>,
    pub overdue: bool,
    /// Conditions still to check in an open inquiry.
    pub to_check: i64,
    pub waiting_papers: bool,
    /// "29 dagen te laat", "over 3 dagen", "vandaag": in the asked language, plurals right.
    pub due_text: String,
}

/// How many files each group holds (for the current search).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Counts {
    pub all: i64,
    pub overdue: i64,
    pub week: i64,
    pub papers: i64,
    pub stages: BTreeMap<String, i64>,
    /// "12 files with a deadline past", plurals right, in the asked language.
    pub overdue_text: String,
}

/// One page of the caseload.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Page {
    pub files: Vec<File>,
    /// Files that match the filter, the stage and the search (all pages).
    pub total: i64,
    pub offset: i64,
    pub limit: i64,
    pub counts: Counts,
    /// What the search matched on: `name`, `reference`, `nrn` (empty without a search).
    pub matched: Vec<String>,
}

fn choice(value: Option<&str>, allowed: &[&str], default: &str, field: &str) -> Result<String> {
    let v = value.unwrap_or(default).trim();
    let v = if v.is_empty() { default } else { v };
    if allowed.contains(&v) {
        Ok(v.to_string())
    } else {
        Err(Error::InvalidChoice {
            field: field.into(),
            value: v.chars().take(50).collect(),
        })
    }
}

/// A year after `x` (a date column) as `income::right` counts it: chrono clamps 29 February
/// to the 28th, SQLite would roll over to 1 March.
fn a_year_after(x: &str) -> String {
    format!(
        "CASE WHEN substr({x}, 6, 5) = '02-29' THEN date({x}, '+{REVIEW_MONTHS} months', '-1 day')
              ELSE date({x}, '+{REVIEW_MONTHS} months') END"
    )
}

/// The stored reference of request `r`, or the form it had before references were stored.
const REFERENCE: &str =
    "COALESCE(r.reference, 'LL-' || substr(r.received_on, 1, 4) || '-' || printf('%05d', r.id))";

/// The stage, next action and date of each person marked stale, as `caseload_file` stores
/// them: nothing here depends on the day the caseload is seen on (that is `list`'s part).
fn stale_files_sql() -> String {
    let review_on = format!(
        "min({}, COALESCE({}, '9999-12-31'), COALESCE(set_review, '9999-12-31'))",
        a_year_after("max(decided_on, COALESCE(last_review, decided_on))"),
        a_year_after("last_visit"),
    );
    format!(
        "WITH latest AS MATERIALIZED (
            SELECT p.id AS person_id, p.display_name, p.sort_key, p.closed_on,
                   (SELECT r.id FROM income_request r WHERE r.person_id = p.id
                    ORDER BY r.received_on DESC, r.id DESC LIMIT 1) AS request_id
            FROM person p WHERE p.id IN (SELECT person_id FROM caseload_stale)
         ),
         facts AS MATERIALIZED (
            SELECT l.person_id, l.display_name, l.sort_key, l.closed_on, l.request_id, l.open,
                   r.received_on, r.withdrawn_on,
                   CASE WHEN r.id IS NULL THEN NULL ELSE {REFERENCE} END AS reference,
                   d.decided_on, d.outcome, d.notified_on, e.ended_on,
                   -- The six findings in one look: to check * 10 + examined.
                   CASE WHEN open THEN (SELECT 10 * sum(CASE WHEN c.finding = 'to_check' THEN 1 ELSE 0 END)
                                              + sum(CASE WHEN c.finding <> 'to_check' THEN 1 ELSE 0 END)
                        FROM income_condition c WHERE c.request_id = r.id) ELSE 0 END
                     AS findings,
                   -- 'sent' once a version went to the committee, else the latest status.
                   CASE WHEN open THEN (SELECT v.status FROM report rp
                        JOIN report_version v ON v.report_id = rp.id WHERE rp.request_id = r.id
                        ORDER BY CASE WHEN v.status = 'sent' THEN 1 ELSE 0 END DESC, v.number DESC LIMIT 1) END
                     AS report_status,
                   CASE WHEN granted THEN (SELECT max(w.reviewed_on) FROM income_review w
                        WHERE w.request_id = r.id) END AS last_review,
                   CASE WHEN granted THEN (SELECT max(dd) FROM (
                        SELECT visited_on AS dd FROM income_visit WHERE request_id = r.id
                        UNION ALL SELECT visited_on FROM income_review WHERE request_id = r.id) AS visits)
                     END AS last_visit,
                   CASE WHEN granted THEN (SELECT w.next_review_on FROM income_review w
                        WHERE w.request_id = r.id ORDER BY w.reviewed_on DESC, w.id DESC LIMIT 1)
                     END AS set_review
            FROM (SELECT l.*,
                         -- Only what the file's stage needs is looked up: the inquiry of an
                         -- open request, the reviews of a running right.
                         (r0.id IS NOT NULL AND d0.request_id IS NULL) AS open,
                         (d0.outcome IN ('granted', 'partly_granted') AND d0.notified_on IS NOT NULL
                          AND r0.withdrawn_on IS NULL AND l.closed_on IS NULL
                          AND NOT EXISTS (SELECT 1 FROM income_right_end e0
                                          WHERE e0.request_id = r0.id)) AS granted
                  FROM latest l
                  LEFT JOIN income_request r0 ON r0.id = l.request_id
                  LEFT JOIN income_decision d0 ON d0.request_id = r0.id) l
            LEFT JOIN income_request r ON r.id = l.request_id
            LEFT JOIN income_decision d ON d.request_id = r.id
            LEFT JOIN income_right_end e ON e.request_id = r.id
         ),
         counted_facts AS (
            SELECT f.*, COALESCE(findings, 0) / 10 AS to_check,
                   -- Started: a finding, else evidence, a visit or a resource (looked up only
                   -- when no condition was examined yet).
                   CASE WHEN NOT open THEN 1
                        WHEN COALESCE(findings, 0) % 10 > 0 THEN 1
                        WHEN EXISTS (SELECT 1 FROM income_evidence x WHERE x.request_id = f.request_id)
                          OR EXISTS (SELECT 1 FROM income_visit x WHERE x.request_id = f.request_id)
                          OR EXISTS (SELECT 1 FROM income_resource x WHERE x.request_id = f.request_id)
                        THEN 1 ELSE 0
                   END AS started,
                   CASE WHEN report_status = 'sent' THEN 1 ELSE 0 END AS sent
            FROM facts f
         ),
         staged AS MATERIALIZED (
            SELECT f.*, CASE
                WHEN closed_on IS NOT NULL THEN 'closed'
                WHEN request_id IS NULL THEN 'intake'
                WHEN decided_on IS NULL AND withdrawn_on IS NOT NULL THEN 'closed'
                WHEN ended_on IS NOT NULL THEN 'closed'
                WHEN decided_on IS NOT NULL AND notified_on IS NULL THEN 'decided'
                WHEN decided_on IS NOT NULL
                     AND (outcome = 'refused' OR withdrawn_on IS NOT NULL) THEN 'notified'
                WHEN decided_on IS NOT NULL THEN 'running'
                WHEN sent = 1 THEN 'at_committee'
                WHEN report_status IN ('read_together', 'signed', 'declined') THEN 'read_together'
                WHEN started = 0 THEN 'intake'
                ELSE 'inquiry' END AS base_stage
            FROM counted_facts f
         ),
         dated AS MATERIALIZED (
            SELECT s.*, CASE base_stage
                WHEN 'intake' THEN CASE WHEN request_id IS NULL THEN 'record_request'
                                        ELSE 'start_inquiry' END
                WHEN 'inquiry' THEN 'finish_inquiry'
                WHEN 'read_together' THEN 'send_to_committee'
                WHEN 'at_committee' THEN 'record_decision'
                WHEN 'decided' THEN 'notify'
                WHEN 'running' THEN 'review' END AS next_action,
              CASE
                WHEN base_stage IN ('intake', 'inquiry', 'read_together', 'at_committee')
                     AND request_id IS NOT NULL THEN date(received_on, '+{DECISION_DAYS} days')
                WHEN base_stage = 'decided' THEN date(decided_on, '+{NOTIFICATION_DAYS} days')
                WHEN base_stage = 'running' THEN {review_on} END AS next_on
            FROM staged s
         )
         INSERT INTO caseload_file (person_id, request_id, reference, base_stage, next_action,
                                    next_on, to_check)
         SELECT person_id, request_id, reference, base_stage, next_action, next_on, to_check
         FROM dated"
    )
}

/// Recomputes the caseload rows of the persons a change marked stale (the triggers of
/// schema migration 13), in one savepoint: the number of persons recomputed.
pub fn refresh(conn: &Db) -> Result<i64> {
    let stale: i64 = conn.query_row("SELECT count(*) FROM caseload_stale", [], |r| r.get(0))?;
    if stale == 0 {
        return Ok(0);
    }
    // A transaction of its own, or a savepoint inside the caller's (rolled back on error).
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "DELETE FROM caseload_file WHERE person_id IN (SELECT person_id FROM caseload_stale)",
        [],
    )?;
    tx.execute(&stale_files_sql(), [])?;
    tx.execute("DELETE FROM caseload_stale", [])?;
    tx.commit()?;
    Ok(stale)
}

/// Every file as stored, with what depends on the day: the review due within
/// `REVIEW_NOTICE_DAYS`, overdue, this week, waiting for papers (the `WHERE` on `person p` is
/// the search). `?1` is today, `?2` the last day a review counts as due, `?3` a week on.
fn files_sql(search: &str) -> String {
    format!(
        "WITH files AS (
            SELECT f.person_id, p.display_name, p.sort_key, f.request_id, f.reference,
                   f.base_stage, f.next_action, f.next_on, f.to_check,
                   CASE WHEN f.base_stage = 'running' AND f.next_on <= ?2 THEN 'review_due'
                        ELSE f.base_stage END AS stage,
                   -- 1 or 0 (not a boolean: both stores add them up the same way)
                   CASE WHEN f.next_on IS NOT NULL AND f.next_on < ?1 THEN 1 ELSE 0 END
                     AS overdue,
                   CASE WHEN f.next_on IS NOT NULL AND f.next_on >= ?1 AND f.next_on < ?3
                     THEN 1 ELSE 0 END AS week,
                   CASE WHEN f.base_stage IN ('intake', 'inquiry') AND f.request_id IS NOT NULL
                    AND f.to_check > 0 THEN 1 ELSE 0 END AS papers
            FROM caseload_file f JOIN person p ON p.id = f.person_id {search}
         )"
    )
}

/// What a search looks for: the SQL `WHERE` on `person p`, its arguments (numbered from
/// `?4`) and the kinds it matches on.
fn search(conn: &Db, query: &str) -> Result<(String, Vec<String>, Vec<String>)> {
    let query = crate::validate::text(query, "query", 200, false)?;
    if query.is_empty() {
        return Ok((String::new(), Vec::new(), Vec::new()));
    }
    let first = 4;
    let mut conds = Vec::new();
    let mut args: Vec<String> = Vec::new();
    let mut kinds = Vec::new();
    let norm = person::normalize(&query);
    if let Some((cond, a)) = person::name_condition(conn, &norm, first) {
        conds.push(cond);
        args.extend(a);
        kinds.push("name".to_string());
    }
    // A file reference, with or without its dashes: at least four letters or digits, one
    // of them a digit (a name is not taken for a reference).
    let key: String = query
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_uppercase();
    if key.chars().count() >= 4 && key.chars().any(|c| c.is_ascii_digit()) {
        args.push(key);
        conds.push(format!(
            "EXISTS (SELECT 1 FROM income_request r WHERE r.person_id = p.id
                     AND instr(replace(upper({REFERENCE}), '-', ''), ?{}) > 0)",
            first + args.len() - 1
        ));
        kinds.push("reference".to_string());
    }
    // A national register number as typed (93.05.18-223.61, 930518 223 61): its digits, the
    // birth date part (six) at least; a prefix finds every number that starts so.
    let separators = |c: char| matches!(c, '.' | '-' | ' ' | '/');
    if query.chars().all(|c| c.is_ascii_digit() || separators(c)) {
        let digits: String = query.chars().filter(char::is_ascii_digit).collect();
        if (6..=11).contains(&digits.len()) {
            args.push(digits.clone());
            args.push(format!("{digits}~"));
            conds.push(format!(
                "(p.nrn >= ?{} AND p.nrn < ?{})",
                first + args.len() - 2,
                first + args.len() - 1
            ));
            kinds.push("nrn".to_string());
        }
    }
    if conds.is_empty() {
        // Nothing to look for (only punctuation): no file matches.
        return Ok(("WHERE 0".into(), args, kinds));
    }
    Ok((format!("WHERE {}", conds.join(" OR ")), args, kinds))
}

fn sql_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The text of a file's date for the worker: plurals by Fluent.
fn due_text(lang: Lang, days: Option<i64>) -> String {
    let cat = i18n::catalogs();
    match days {
        None => String::new(),
        Some(d) if d < 0 => cat.message_n(lang, "caseload-days-late", &[], &[("days", -d)]),
        Some(0) => cat.message(lang, "caseload-due-today", &[]),
        Some(d) => cat.message_n(lang, "caseload-days-left", &[], &[("days", d)]),
    }
}

/// One page of the caseload seen on `today` (unless the query names a day), with the count
/// of each group.
pub fn list(conn: &Db, q: &Query, lang: Lang, today: NaiveDate) -> Result<Page> {
    let filter = choice(q.filter.as_deref(), &FILTERS, "all", "filter")?;
    let stage = match q.stage.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(choice(Some(s), &STAGES, "", "stage")?),
    };
    let sort = choice(q.sort.as_deref(), &SORTS, "next", "sort")?;
    let offset = q.offset.unwrap_or(0);
    if !(0..=1_000_000).contains(&offset) {
        return Err(Error::OutOfRange {
            field: "offset".into(),
            min: 0,
            max: 1_000_000,
        });
    }
    let limit = q.limit.unwrap_or(PAGE_DEFAULT);
    if !(1..=PAGE_MAX).contains(&limit) {
        return Err(Error::OutOfRange {
            field: "limit".into(),
            min: 1,
            max: PAGE_MAX,
        });
    }
    let today = q.today.unwrap_or(today);
    refresh(conn)?;
    let (where_, search_args, matched) = search(conn, q.query.as_deref().unwrap_or(""))?;
    let mut args: Vec<String> = vec![
        sql_date(today),
        sql_date(today + Duration::days(REVIEW_NOTICE_DAYS)),
        sql_date(today + Duration::days(WEEK_DAYS)),
    ];
    args.extend(search_args);
    let base = files_sql(&where_);

    let mut conds = Vec::new();
    match filter.as_str() {
        "overdue" => conds.push("overdue = 1".to_string()),
        "week" => conds.push("week = 1".to_string()),
        "papers" => conds.push("papers = 1".to_string()),
        _ => {}
    }
    if let Some(s) = &stage {
        args.push(s.clone());
        conds.push(format!("stage = ?{}", args.len()));
    }
    let where_files = if conds.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conds.join(" AND "))
    };
    let dir = if q.descending.unwrap_or(false) {
        "DESC"
    } else {
        "ASC"
    };
    let stage_rank = format!(
        "CASE stage {} END",
        STAGES
            .iter()
            .enumerate()
            .map(|(i, s)| format!("WHEN '{s}' THEN {i}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    // Files without a date (or a reference) come last whichever the direction.
    let order = match sort.as_str() {
        "name" => format!("sort_key {dir}, person_id {dir}"),
        "reference" => format!("reference IS NULL, reference {dir}, sort_key, person_id"),
        "stage" => format!("{stage_rank} {dir}, next_on IS NULL, next_on, sort_key, person_id"),
        _ => format!("next_on IS NULL, next_on {dir}, sort_key, person_id"),
    };
    // The groups are counted over every file of the search, in the same pass as the page
    // (window sums before the filter); the page's own total after it.
    let stage_sums: Vec<String> = STAGES
        .iter()
        .map(|s| format!("COALESCE(sum(CASE WHEN stage = '{s}' THEN 1 ELSE 0 END) OVER (), 0)"))
        .collect();
    let counted = format!(
        "counted AS (SELECT files.*, count(*) OVER () AS c_all,
                COALESCE(sum(overdue) OVER (), 0) AS c_overdue,
                COALESCE(sum(week) OVER (), 0) AS c_week,
                COALESCE(sum(papers) OVER (), 0) AS c_papers, {} FROM files)",
        stage_sums
            .iter()
            .enumerate()
            .map(|(i, sum)| format!("{sum} AS c_stage_{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let stage_cols: Vec<String> = (0..STAGES.len()).map(|i| format!("c_stage_{i}")).collect();
    let page_sql = format!(
        "{base}, {counted}
         SELECT person_id, display_name, request_id, reference, stage, next_action, next_on,
                to_check, papers, count(*) OVER (), c_all, c_overdue, c_week, c_papers, {}
         FROM counted {where_files} ORDER BY {order} LIMIT {limit} OFFSET {offset}",
        stage_cols.join(", ")
    );
    let counts_of = |r: &crate::store::Row, first: usize| -> crate::error::Result<Counts> {
        let mut stages = BTreeMap::new();
        for (i, s) in STAGES.iter().enumerate() {
            stages.insert(s.to_string(), r.get::<_, i64>(first + 4 + i)?);
        }
        Ok(Counts {
            all: r.get(first)?,
            overdue: r.get(first + 1)?,
            week: r.get(first + 2)?,
            papers: r.get(first + 3)?,
            stages,
            overdue_text: String::new(),
        })
    };
    let mut stmt = conn.prepare(&page_sql)?;
    let mut total = 0;
    let mut counts = None;
    let mut files = Vec::new();
    let mut rows = stmt.query(crate::store::params_from_iter(args.iter()))?;
    while let Some(r) = rows.next()? {
        let next_on: Option<String> = r.get(6)?;
        let days_left = next_on
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map(|d| (d - today).num_days());
        total = r.get(9)?;
        if counts.is_none() {
            counts = Some(counts_of(&r, 10)?);
        }
        files.push(File {
            person_id: r.get(0)?,
            display_name: r.get(1)?,
            request_id: r.get(2)?,
            reference: r.get(3)?,
            stage: r.get(4)?,
            next_action: r.get(5)?,
            next_on,
            days_left,
            overdue: days_left.is_some_and(|d| d < 0),
            to_check: r.get(7)?,
            waiting_papers: r.get::<_, bool>(8)?,
            due_text: due_text(lang, days_left),
        });
    }
    drop(rows);
    let counts = match counts {
        Some(c) => c,
        None => {
            // An empty page (nothing matches, or past the last page): the groups and the
            // total on their own.
            let sql = format!(
                "{base}, {counted}
                 SELECT (SELECT count(*) FROM counted {where_files}), c_all, c_overdue, c_week,
                        c_papers, {} FROM counted LIMIT 1",
                stage_cols.join(", ")
            );
            let found = conn
                .query_row(&sql, crate::store::params_from_iter(args.iter()), |r| {
                    Ok((r.get::<_, i64>(0)?, counts_of(r, 1)?))
                })
                .optional()?;
            match found {
                Some((t, c)) => {
                    total = t;
                    c
                }
                None => Counts {
                    all: 0,
                    overdue: 0,
                    week: 0,
                    papers: 0,
                    stages: STAGES.iter().map(|s| (s.to_string(), 0)).collect(),
                    overdue_text: String::new(),
                },
            }
        }
    };
    let counts = Counts {
        overdue_text: i18n::catalogs().message_n(
            lang,
            "caseload-overdue-count",
            &[],
            &[("count", counts.overdue)],
        ),
        ..counts
    };
    Ok(Page {
        files,
        total,
        offset,
        limit,
        counts,
        matched,
    })
}
