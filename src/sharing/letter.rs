//! The person's own copy in plain words: requests and decisions, reports, the plan, consents
//! and shares, and who did what and when, as sentences, before the annex of raw data.

use serde_json::{Map, Value};

use crate::i18n::{self, Lang};
use crate::income::calc::money;
use crate::pdf::Block;

type Row = Map<String, Value>;

fn tr(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    i18n::catalogs().message(lang, id, args)
}

fn rows<'a>(tables: &'a [(String, Vec<Row>)], name: &str) -> Vec<&'a Row> {
    tables
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, r)| r.iter().collect())
        .unwrap_or_default()
}

fn text(r: &Row, col: &str) -> String {
    match r.get(col) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn int(r: &Row, col: &str) -> Option<i64> {
    r.get(col).and_then(Value::as_i64)
}

fn day(lang: Lang, r: &Row, col: &str) -> String {
    i18n::iso_date(lang, &text(r, col))
}

/// A UTC timestamp of the audit trail as the person reads it: local date and time.
fn moment(lang: Lang, at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| {
            let local = t.with_timezone(&chrono::Local);
            format!(
                "{} {}",
                i18n::date(lang, local.date_naive()),
                local.format("%H:%M")
            )
        })
        .unwrap_or_else(|_| i18n::iso_date(lang, at.get(..10).unwrap_or(at)))
}

fn requests(lang: Lang, tables: &[(String, Vec<Row>)], out: &mut Vec<Block>) {
    out.push(Block::Heading(tr(lang, "doc-copy-requests", &[])));
    let mut requests = rows(tables, "income_request");
    if requests.is_empty() {
        out.push(Block::Paragraph(tr(lang, "doc-copy-none", &[])));
        return;
    }
    requests.sort_by_key(|r| text(r, "received_on"));
    for r in requests {
        let id = int(r, "id");
        out.push(Block::Subheading(tr(
            lang,
            "doc-copy-request",
            &[
                ("date", day(lang, r, "received_on")),
                (
                    "kind",
                    tr(lang, &format!("doc-copy-kind-{}", text(r, "kind")), &[]),
                ),
            ],
        )));
        let of_request = |table: &str| -> Vec<&Row> {
            rows(tables, table)
                .into_iter()
                .filter(|x| int(x, "request_id") == id)
                .collect()
        };
        let conditions = of_request("income_condition");
        let lines: Vec<String> = crate::income::CONDITIONS
            .iter()
            .enumerate()
            .filter_map(|(n, c)| {
                let row = conditions.iter().find(|x| text(x, "condition") == *c)?;
                Some(format!(
                    "{}. {}: {}",
                    n + 1,
                    tr(lang, &format!("doc-copy-condition-{c}"), &[]),
                    tr(lang, &format!("doc-finding-{}", text(row, "finding")), &[])
                ))
            })
            .collect();
        if !lines.is_empty() {
            out.push(Block::Paragraph(tr(lang, "doc-copy-conditions", &[])));
            out.push(Block::Bullets(lines));
        }
        let income: Vec<String> = of_request("income_resource")
            .iter()
            .map(|x| {
                let period = text(x, "period");
                tr(
                    lang,
                    "doc-copy-income",
                    &[
                        (
                            "kind",
                            tr(lang, &format!("resource-kind-{}", text(x, "kind")), &[]),
                        ),
                        (
                            "whose",
                            tr(lang, &format!("whose-{}", text(x, "whose")), &[]),
                        ),
                        ("amount", money(lang, int(x, "amount_cents").unwrap_or(0))),
                        ("period", tr(lang, &format!("period-{period}"), &[])),
                    ],
                )
            })
            .collect();
        if !income.is_empty() {
            out.push(Block::Paragraph(tr(lang, "doc-copy-incomes", &[])));
            out.push(Block::Bullets(income));
        }
        for d in of_request("income_decision") {
            let outcome = text(d, "outcome");
            let mut line = if outcome == "refused" {
                let ground = text(d, "refusal_condition");
                let why = if ground == "withdrawn" {
                    tr(lang, "doc-copy-withdrawn", &[])
                } else {
                    tr(lang, &format!("doc-copy-condition-{ground}"), &[])
                };
                tr(
                    lang,
                    "doc-copy-refused",
                    &[("date", day(lang, d, "decided_on")), ("why", why)],
                )
            } else {
                let yearly = int(d, "yearly_cents").unwrap_or(0);
                tr(
                    lang,
                    "doc-copy-granted",
                    &[
                        ("date", day(lang, d, "decided_on")),
                        (
                            "category",
                            tr(lang, &format!("category-{}", text(d, "category")), &[]),
                        ),
                        (
                            "monthly",
                            money(lang, crate::income::calc::monthly_from_yearly(yearly)),
                        ),
                        ("start", day(lang, d, "start_on")),
                    ],
                )
            };
            if !text(d, "notified_on").is_empty() {
                line.push(' ');
                line.push_str(&tr(
                    lang,
                    "doc-copy-notified",
                    &[("date", day(lang, d, "notified_on"))],
                ));
            }
            out.push(Block::Paragraph(line));
        }
    }
}

fn reports(lang: Lang, tables: &[(String, Vec<Row>)], out: &mut Vec<Block>) {
    let versions = rows(tables, "report_version");
    if versions.is_empty() {
        return;
    }
    out.push(Block::Heading(tr(lang, "doc-copy-reports", &[])));
    for v in versions {
        let mut parts = vec![tr(
            lang,
            "doc-copy-report-version",
            &[("number", int(v, "number").unwrap_or(0).to_string())],
        )];
        if !text(v, "read_together_on").is_empty() {
            parts.push(tr(
                lang,
                "doc-copy-report-read",
                &[("date", day(lang, v, "read_together_on"))],
            ));
        }
        let signed = |col: &str| -> Option<String> {
            let s: Value = serde_json::from_str(&text(v, col)).ok()?;
            s["kind"].as_str().map(str::to_string)
        };
        match signed("person_signature").as_deref() {
            Some("declined") => parts.push(tr(lang, "doc-copy-report-declined", &[])),
            Some(_) => parts.push(tr(lang, "doc-copy-report-signed", &[])),
            None => {}
        }
        if !text(v, "sent_on").is_empty() {
            parts.push(tr(
                lang,
                "doc-copy-report-sent",
                &[("date", day(lang, v, "sent_on"))],
            ));
        }
        out.push(Block::Paragraph(parts.join(" ")));
        let remarks = text(v, "remarks");
        if !remarks.is_empty() {
            out.push(Block::Paragraph(tr(
                lang,
                "doc-copy-report-remarks",
                &[("remarks", remarks)],
            )));
        }
    }
}

fn plan(lang: Lang, tables: &[(String, Vec<Row>)], out: &mut Vec<Block>) {
    let plans = rows(tables, "support_plan");
    if plans.is_empty() {
        return;
    }
    out.push(Block::Heading(tr(lang, "doc-copy-plan", &[])));
    out.push(Block::Paragraph(tr(lang, "doc-plan-voluntary", &[])));
    for p in plans {
        let id = int(p, "id");
        out.push(Block::Paragraph(tr(
            lang,
            &format!("doc-copy-plan-{}", text(p, "status")),
            &[
                ("opened", day(lang, p, "opened_on")),
                ("paused", day(lang, p, "paused_on")),
                ("ended", day(lang, p, "ended_on")),
            ],
        )));
        let of_plan = |table: &str| -> Vec<&Row> {
            rows(tables, table)
                .into_iter()
                .filter(|x| int(x, "plan_id") == id)
                .collect()
        };
        let goals: Vec<String> = of_plan("support_goal")
            .iter()
            .map(|g| {
                format!(
                    "{} ({})",
                    text(g, "text"),
                    tr(lang, &format!("doc-plan-goal-{}", text(g, "status")), &[])
                )
            })
            .collect();
        if !goals.is_empty() {
            out.push(Block::Paragraph(tr(lang, "doc-copy-goals", &[])));
            out.push(Block::Bullets(goals));
        }
        let commitments: Vec<String> = of_plan("support_commitment")
            .iter()
            .map(|c| {
                let mut line = text(c, "text");
                if !text(c, "done_on").is_empty() {
                    line.push_str(&format!(
                        " ({})",
                        tr(lang, "doc-copy-done", &[("date", day(lang, c, "done_on"))])
                    ));
                }
                line
            })
            .collect();
        if !commitments.is_empty() {
            out.push(Block::Paragraph(tr(lang, "doc-copy-commitments", &[])));
            out.push(Block::Bullets(commitments));
        }
        let meetings: Vec<String> = of_plan("support_meeting")
            .iter()
            .map(|m| format!("{}: {}", day(lang, m, "met_on"), text(m, "note")))
            .collect();
        if !meetings.is_empty() {
            out.push(Block::Paragraph(tr(lang, "doc-copy-meetings", &[])));
            out.push(Block::Bullets(meetings));
        }
    }
}

/// The parts of the file a consent covers (stored as a JSON list), in words.
fn parts_in_words(lang: Lang, covers: &str) -> String {
    serde_json::from_str::<Vec<String>>(covers)
        .unwrap_or_default()
        .iter()
        .map(|p| tr(lang, &format!("doc-copy-part-{p}"), &[]))
        .collect::<Vec<_>>()
        .join(", ")
}

fn sharing(lang: Lang, tables: &[(String, Vec<Row>)], out: &mut Vec<Block>) {
    let consents = rows(tables, "consent");
    let shares = rows(tables, "share");
    out.push(Block::Heading(tr(lang, "doc-copy-sharing", &[])));
    if consents.is_empty() && shares.is_empty() {
        out.push(Block::Paragraph(tr(lang, "doc-copy-sharing-none", &[])));
        return;
    }
    let mut lines = Vec::new();
    for c in consents {
        let mut line = tr(
            lang,
            "doc-copy-consent",
            &[
                ("date", day(lang, c, "given_on")),
                ("organisation", text(c, "recipient_organisation")),
                ("role", text(c, "recipient_role")),
                ("parts", parts_in_words(lang, &text(c, "covers"))),
                ("purpose", text(c, "purpose")),
            ],
        );
        if !text(c, "withdrawn_on").is_empty() {
            line.push(' ');
            line.push_str(&tr(
                lang,
                "doc-copy-consent-withdrawn",
                &[("date", day(lang, c, "withdrawn_on"))],
            ));
        }
        lines.push(line);
    }
    for s in shares {
        lines.push(tr(
            lang,
            "doc-copy-share",
            &[
                ("date", day(lang, s, "shared_on")),
                ("worker", text(s, "worker")),
                ("what", text(s, "what")),
                ("organisation", text(s, "recipient_organisation")),
                ("role", text(s, "recipient_role")),
                ("purpose", text(s, "purpose")),
            ],
        ));
    }
    out.push(Block::Bullets(lines));
}

fn journal(lang: Lang, entries: &[crate::audit::Entry], worker: &str, out: &mut Vec<Block>) {
    out.push(Block::Heading(tr(lang, "doc-copy-journal", &[])));
    out.push(Block::Paragraph(tr(lang, "doc-copy-journal-intro", &[])));
    let lines: Vec<String> = entries
        .iter()
        .map(|e| {
            let id = format!("doc-said-{}", e.action.replace(['.', '_'], "-"));
            let mut said = tr(lang, &id, &[]);
            if said == id {
                said = tr(lang, "doc-said-other", &[]);
            }
            tr(
                lang,
                "doc-copy-journal-line",
                &[
                    ("when", moment(lang, &e.at)),
                    ("worker", worker.to_string()),
                    ("did", said),
                ],
            )
        })
        .collect();
    if lines.is_empty() {
        out.push(Block::Paragraph(tr(lang, "doc-copy-none", &[])));
    } else {
        out.push(Block::Bullets(lines));
    }
}

/// The readable part of the person's copy: what the file holds about them, in sentences.
pub fn blocks(
    lang: Lang,
    tables: &[(String, Vec<Row>)],
    entries: &[crate::audit::Entry],
    worker: &str,
) -> Vec<Block> {
    let mut out = Vec::new();
    requests(lang, tables, &mut out);
    reports(lang, tables, &mut out);
    plan(lang, tables, &mut out);
    sharing(lang, tables, &mut out);
    journal(lang, entries, worker, &mut out);
    out
}
