//! The command of the caseload: one page of the worker's files, filtered, sorted and searched.

use super::{self as caseload, Query};
use crate::command::{parse, terms, to_value, Command, List};

pub(crate) const COMMANDS: &[Command] = &[Command::new(
    "caseload.list",
    "The worker's files, one page {filter (all, overdue, week, papers), stage, query (name, \
     file reference or national register number), sort (next, name, reference, stage), \
     descending, offset, limit (50, at most 200), today, lang}: {files, total, counts}.",
    |t, args| {
        let q: Query = parse(args)?;
        let lang = q.lang.unwrap_or(t.language());
        let today = t.today();
        to_value(caseload::list(t.db()?, &q, lang, today)?)
    },
)];

/// The lists of the caseload, for the window (`app.vocabulary`).
pub(crate) const VOCABULARY: &[List] = &[
    List {
        name: "stages",
        terms: || terms("stage-", &caseload::STAGES),
    },
    List {
        name: "caseload_filters",
        terms: || terms("caseload-filter-", &caseload::FILTERS),
    },
    List {
        name: "next_actions",
        terms: || terms("next-action-", &caseload::ACTIONS),
    },
];
