//! The commands of the social report (compose, read together, remarks, sign, send) and the
//! documents of the income side: the report, the receipt and the decision letter.

use serde::Deserialize;
use serde_json::json;

use super::{self as report};
use crate::command::{parse, to_value, Command, Document};
use crate::error::{Error, Result};
use crate::income;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportArgs {
    report_id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestArgs {
    request_id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SendArgs {
    report_id: i64,
    /// Why the report goes with open points (required when it has some).
    #[serde(default)]
    readiness_reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RemarksArgs {
    report_id: i64,
    text: String,
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "report.compose",
        "Composes the social report of a request (a new draft); answers {report_id}.",
        |t, args| {
            let a: report::ComposeArgs = parse(args)?;
            let id = report::compose(t.db()?, a)?;
            Ok(json!({ "report_id": id }))
        },
    ),
    Command::new(
        "report.for_request",
        "The report of a request {request_id}; answers {report_id} (null when none).",
        |t, args| {
            let a: RequestArgs = parse(args)?;
            let id = report::for_request(t.db()?, a.request_id)?;
            Ok(json!({ "report_id": id }))
        },
    ),
    Command::new(
        "report.get",
        "One report {report_id} with its text, state and versions.",
        |t, args| {
            let a: ReportArgs = parse(args)?;
            report::get(t.db()?, a.report_id)
        },
    ),
    Command::new(
        "report.read_together",
        "Records that the report was read with the person; answers the report.",
        |t, args| {
            let a: ReportArgs = parse(args)?;
            report::read_together(t.db()?, a.report_id)?;
            report::get(t.db()?, a.report_id)
        },
    ),
    Command::new(
        "report.remarks",
        "The person's own remarks {report_id, text}; answers the report.",
        |t, args| {
            let a: RemarksArgs = parse(args)?;
            report::remarks(t.db()?, a.report_id, &a.text)?;
            report::get(t.db()?, a.report_id)
        },
    ),
    Command::new(
        "report.sign",
        "Signs the report (worker, and the person or why not); answers the report.",
        |t, args| {
            let a: report::SignArgs = parse(args)?;
            let id = a.report_id;
            report::sign(t.db()?, a)?;
            report::get(t.db()?, id)
        },
    ),
    Command::new(
        "report.send",
        "Freezes and sends the report to the committee {report_id, readiness_reason}; answers the report.",
        |t, args| {
            let a: SendArgs = parse(args)?;
            report::send(
                t.db()?,
                a.report_id,
                a.readiness_reason.as_deref(),
            )?;
            report::get(t.db()?, a.report_id)
        },
    ),
    Command::new(
        "report.readiness",
        "The open points of a report before it is sent, in the session's language.",
        |t, args| {
            let a: ReportArgs = parse(args)?;
            let lang = t.language();
            to_value(report::readiness(t.db()?, a.report_id, lang)?)
        },
    ),
    Command::new(
        "report.versions",
        "The frozen versions of a report.",
        |t, args| {
            let a: ReportArgs = parse(args)?;
            to_value(report::versions(t.db()?, a.report_id)?)
        },
    ),
];

/// The request a report belongs to, as its person.
pub(crate) fn report_person(conn: &crate::store::Db, id: i64) -> Result<i64> {
    let request_id: i64 = conn
        .query_row("SELECT request_id FROM report WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .map_err(|_| Error::NotFound {
            what: "report".into(),
            id: id.to_string(),
        })?;
    income::person_of(conn, request_id)
}

/// The income side's documents: the report (id = report id; the latest version unless one is
/// asked for), the receipt, the documents to bring and the decision letter (id = request id). Printing the receipt
/// records the day it is handed over; making the decision letter records the day it is sent
/// (a reprint keeps both dates).
pub(crate) const DOCUMENTS: &[Document] = &[
    Document {
        kind: "report",
        person_of: report_person,
        render: |conn, id, lang, number, stamp| {
            let (bytes, n) = report::pdf_bytes(conn, id, number, lang)?;
            Ok((bytes, format!("tandem-report-{id}-v{n}-{stamp}.pdf")))
        },
    },
    Document {
        kind: "receipt",
        person_of: income::person_of,
        render: |conn, id, lang, _, stamp| {
            let bytes = report::letters::receipt(conn, id, lang)?;
            report::letters::receipt_given(conn, id)?;
            Ok((bytes, format!("tandem-receipt-{id}-{stamp}.pdf")))
        },
    },
    Document {
        kind: "to_bring",
        person_of: income::person_of,
        render: |conn, id, lang, _, stamp| {
            let bytes = report::letters::to_bring(conn, id, lang)?;
            Ok((bytes, format!("tandem-to-bring-{id}-{stamp}.pdf")))
        },
    },
    Document {
        kind: "end",
        person_of: income::person_of,
        render: |conn, id, lang, _, stamp| {
            let bytes = report::letters::end(conn, id, lang)?;
            Ok((bytes, format!("tandem-end-{id}-{stamp}.pdf")))
        },
    },
    Document {
        kind: "revision",
        person_of: income::periods::person_of_revision,
        render: |conn, id, lang, _, stamp| {
            let bytes = report::letters::revision(conn, id, lang)?;
            income::periods::letter_sent(conn, id)?;
            Ok((bytes, format!("tandem-revision-{id}-{stamp}.pdf")))
        },
    },
    Document {
        kind: "decision",
        person_of: income::person_of,
        render: |conn, id, lang, _, stamp| {
            let bytes = report::letters::decision(conn, id, lang)?;
            report::letters::letter_sent(conn, id)?;
            Ok((bytes, format!("tandem-decision-{id}-{stamp}.pdf")))
        },
    },
];
