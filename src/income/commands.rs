//! The commands of the right to income: the request, its conditions, evidence, visits,
//! resources, category, calculation and decision, the deadlines and the amounts table.
//! Every change of a request answers with the whole request view.

use crate::store::Db;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

use super::calc;
use super::rules::SoldRight;
use super::{self as income};
use crate::audit;
use crate::command::{
    parse, terms, to_value, Command, Ctx, IdArgs, List, NoArgs, PersonArgs, Term,
};
use crate::error::Result;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IndexationArgs {
    valid_from: chrono::NaiveDate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlinesArgs {
    #[serde(default)]
    within_days: Option<i64>,
    #[serde(default)]
    today: Option<chrono::NaiveDate>,
}

/// The whole request in the session's language (what every income change answers).
fn request_view(t: &mut Ctx, id: i64) -> Result<Value> {
    let lang = t.language();
    to_value(income::view::build(t.db()?, id, lang)?)
}

/// A change of a request: its arguments, the change, then the request view.
fn change<A: DeserializeOwned>(
    t: &mut Ctx,
    args: Value,
    request_of: fn(&A) -> i64,
    apply: fn(&Db, A) -> Result<()>,
) -> Result<Value> {
    let a: A = parse(args)?;
    let id = request_of(&a);
    apply(t.db()?, a)?;
    request_view(t, id)
}

/// A removal `{id}` of a line of a request, then the view of the request it was in.
fn removal(t: &mut Ctx, args: Value, remove: fn(&Db, i64) -> Result<i64>) -> Result<Value> {
    let a: IdArgs = parse(args)?;
    let id = remove(t.db()?, a.id)?;
    request_view(t, id)
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "request.create",
        "A new request for a person (received on, kind); answers {id}.",
        |t, args| {
            let a: income::NewRequest = parse(args)?;
            let id = income::create(t.db()?, a)?;
            Ok(json!({ "id": id }))
        },
    ),
    Command::new(
        "request.get",
        "The whole request view {id} in the session's language (the read is audited).",
        |t, args| {
            let a: IdArgs = parse(args)?;
            let lang = t.language();
            let conn = t.db()?;
            let tx = conn.transaction()?;
            let view = income::view::build(&tx, a.id, lang)?;
            audit::append(
                &tx,
                "request.read",
                Some(view.person_id),
                &json!({"request_id": a.id}),
            )?;
            tx.commit()?;
            to_value(view)
        },
    ),
    Command::new(
        "request.list",
        "A person's requests {person_id}, newest first.",
        |t, args| {
            let a: PersonArgs = parse(args)?;
            to_value(income::view::list(t.db()?, a.person_id)?)
        },
    ),
    Command::new(
        "request.update",
        "Changes a request's own fields {id, ...}; answers the request view.",
        |t, args| change(t, args, |a: &income::RequestPatch| a.id, income::update),
    ),
    Command::new(
        "request.undo",
        "Puts back what the request's newest change replaced {id} (audited as request.undo); answers the request view.",
        |t, args| {
            let a: IdArgs = parse(args)?;
            income::undo(t.db()?, a.id)?;
            request_view(t, a.id)
        },
    ),
    Command::new(
        "condition.set",
        "One of the six conditions: finding, explanation, details; answers the request view.",
        |t, args| {
            change(t, args, |a: &income::ConditionSet| a.request_id, income::set_condition)
        },
    ),
    Command::new(
        "evidence.add",
        "Evidence for a condition (kind, description); answers the request view.",
        |t, args| {
            change(t, args, |a: &income::NewEvidence| a.request_id, |c, a| {
                income::add_evidence(c, a).map(drop)
            })
        },
    ),
    Command::new(
        "evidence.remove",
        "Removes evidence {id}; answers the request view.",
        |t, args| removal(t, args, income::remove_evidence),
    ),
    Command::new(
        "visit.add",
        "A home visit (date, purposes, findings); answers the request view.",
        |t, args| {
            change(t, args, |a: &income::NewVisit| a.request_id, |c, a| {
                income::add_visit(c, a).map(drop)
            })
        },
    ),
    Command::new(
        "visit.remove",
        "Removes a home visit {id}; answers the request view.",
        |t, args| removal(t, args, income::remove_visit),
    ),
    Command::new(
        "resource.add",
        "A resource line (kind, whose, amount, period, ...); answers the request view.",
        |t, args| {
            change(t, args, |a: &income::NewResource| a.request_id, |c, a| {
                income::add_resource(c, a).map(drop)
            })
        },
    ),
    Command::new(
        "resource.remove",
        "Removes a resource line {id}; answers the request view.",
        |t, args| removal(t, args, income::remove_resource),
    ),
    Command::new(
        "category.set",
        "The category (1 to 3) with its motivation; answers the request view.",
        |t, args| change(t, args, |a: &income::CategorySet| a.request_id, income::set_category),
    ),
    Command::new(
        "income.calculate",
        "The leefloon calculated from a given input (a pure function: the amounts of the open store, else the shipped ones).",
        |t, args| {
            let a: income::calc::Input = parse(args)?;
            let lang = t.language();
            let rows = match t.open_db() {
                Some(db) => income::amounts::list(db)?,
                None => income::amounts::seed_rows(),
            };
            to_value(income::calc::calculate(&a, &rows, lang)?)
        },
    )
    .unlock_if_there(),
    Command::new(
        "income.override",
        "The worker's own amount instead of the calculated one, with its reason; answers the request view.",
        |t, args| change(t, args, |a: &income::OverrideSet| a.request_id, income::set_override),
    ),
    Command::new(
        "decision.record",
        "The decision (outcome, date, notification); answers the request view.",
        |t, args| {
            change(t, args, |a: &income::DecisionRecord| a.request_id, income::record_decision)
        },
    ),
    Command::new(
        "deadlines.list",
        "Legal deadlines due {within_days (7), today}: the home screen polls it.",
        |t, args| {
            let a: DeadlinesArgs = parse(args)?;
            let today = a.today.unwrap_or_else(crate::today);
            to_value(income::deadlines::list(
                t.db()?,
                today,
                a.within_days.unwrap_or(7),
            )?)
        },
    )
    .passive(),
    Command::new(
        "right.get",
        "The running right of a granted request {id}: start, amount, reviews, review due, end.",
        |t, args| {
            let a: IdArgs = parse(args)?;
            to_value(income::right::view(t.db()?, a.id)?)
        },
    ),
    Command::new(
        "right.review",
        "The yearly review of a running right {request_id, reviewed_on, visited_on or no_visit_reason, conditions: [{condition, status: reconfirmed|changed, note}], note, next_review_on}; answers the right.",
        |t, args| {
            let a: income::right::NewReview = parse(args)?;
            let id = a.request_id;
            income::right::review(t.db()?, a)?;
            to_value(income::right::view(t.db()?, id)?)
        },
    ),
    Command::new(
        "right.end",
        "Ends a running right by a decision {request_id, ended_on, reason, condition, detail, decided_on, notified_on, notified_how}; answers the right.",
        |t, args| {
            let a: income::right::NewEnd = parse(args)?;
            let id = a.request_id;
            income::right::end(t.db()?, a)?;
            to_value(income::right::view(t.db()?, id)?)
        },
    ),
    Command::new(
        "right.end_notified",
        "How and when the decision ending a right was notified {request_id, notified_on, notified_how}, once: the appeal term runs from it; answers the right.",
        |t, args| {
            let a: income::right::EndNotified = parse(args)?;
            let id = a.request_id;
            income::right::end_notified(t.db()?, a)?;
            to_value(income::right::view(t.db()?, id)?)
        },
    ),
    Command::new(
        "right.change",
        "Something changed in a running right {request_id, changed_on, what: resources|household|address|condition, condition, detail, category, centre_error}: recorded and recomputed, applied only by its revision decision; answers the right.",
        |t, args| {
            let a: income::periods::NewChange = parse(args)?;
            let id = a.request_id;
            income::periods::record_change(t.db()?, a)?;
            to_value(income::right::view(t.db()?, id)?)
        },
    ),
    Command::new(
        "right.revise",
        "The revision decision about the pending change {request_id, decided_on, grounds, yearly_cents, amount_motivation, notified_on, notified_how}: a new period from when it applies (art. 22 § 2); answers the right.",
        |t, args| {
            let a: income::periods::RevisionDecision = parse(args)?;
            let id = a.request_id;
            income::periods::decide(t.db()?, a)?;
            to_value(income::right::view(t.db()?, id)?)
        },
    ),
    Command::new(
        "right.revision_notified",
        "How and when a revision decision was notified {revision_id, notified_on, notified_how}, once: the appeal term runs from it; answers the right.",
        |t, args| {
            let a: income::periods::RevisionNotified = parse(args)?;
            let id = income::periods::notified(t.db()?, a)?;
            to_value(income::right::view(t.db()?, id)?)
        },
    ),
    Command::new(
        "right.appeal",
        "An appeal lodged with the labour court {request_id, against: decision|revision|end, revision_id (with revision), lodged_on, court (default: the profile's), note}; answers the request's appeals and its right (none for a refused request).",
        |t, args| {
            let a: income::appeal::NewAppeal = parse(args)?;
            let id = a.request_id;
            income::appeal::lodge(t.db()?, a)?;
            to_value(income::appeal::view(t.db()?, id)?)
        },
    ),
    Command::new(
        "right.appeal_outcome",
        "The outcome of an appeal, once {appeal_id, outcome: rejected|granted|partly_granted|withdrawn, outcome_on, note, from_on, category, yearly_cents}: a judgment with from_on is a new period; answers the request's appeals and its right.",
        |t, args| {
            let a: income::appeal::NewOutcome = parse(args)?;
            let id = income::appeal::record_outcome(t.db()?, a)?;
            to_value(income::appeal::view(t.db()?, id)?)
        },
    ),
    Command::new(
        "right.appeals",
        "The appeals to the labour court against the decisions of request {id}, with the right it opened (none for a refused request).",
        |t, args| {
            let a: IdArgs = parse(args)?;
            to_value(income::appeal::view(t.db()?, a.id)?)
        },
    ),
    Command::new(
        "right.indexation",
        "What the amounts row of {valid_from} did to every running right: the amount before and from that day (the read is audited).",
        |t, args| {
            let a: IndexationArgs = parse(args)?;
            let conn = t.db()?;
            let tx = conn.transaction()?;
            let list = income::periods::indexation(&tx, a.valid_from)?;
            audit::append(
                &tx,
                "right.indexation.read",
                None,
                &json!({"valid_from": a.valid_from, "rights": list.len()}),
            )?;
            tx.commit()?;
            to_value(list)
        },
    ),
    Command::new(
        "amounts.list",
        "The table of indexed amounts (per category, from a date).",
        |t, args| {
            parse::<NoArgs>(args)?;
            to_value(income::amounts::list(t.db()?)?)
        },
    ),
    Command::new(
        "amounts.add",
        "A new row of indexed amounts (from a date); answers the table.",
        |t, args| {
            let a: income::amounts::AmountRow = parse(args)?;
            to_value(income::amounts::add(t.db()?, a)?)
        },
    ),
];

/// The income side's lists of the field, for the window (`app.vocabulary`).
pub(crate) const VOCABULARY: &[List] = &[
    List {
        name: "conditions",
        terms: || terms("condition-", &income::CONDITIONS),
    },
    List {
        name: "findings",
        terms: || terms("finding-", &income::FINDINGS),
    },
    List {
        name: "evidence_kinds",
        terms: || terms("evidence-", &income::EVIDENCE_KINDS),
    },
    List {
        name: "request_kinds",
        terms: || terms("request-kind-", &income::REQUEST_KINDS),
    },
    List {
        name: "nationality_groups",
        terms: || terms("group-", &income::NATIONALITY_GROUPS),
    },
    List {
        name: "assimilations",
        terms: || terms("assimilation-", &income::ASSIMILATIONS),
    },
    List {
        name: "obstacles",
        terms: || terms("obstacle-", &income::OBSTACLES),
    },
    List {
        name: "visit_purposes",
        terms: || terms("purpose-", &income::VISIT_PURPOSES),
    },
    List {
        name: "resource_groups",
        terms: || terms("resource-group-", &calc::RESOURCE_GROUPS),
    },
    List {
        name: "resource_kinds",
        terms: || {
            calc::ResourceKind::ALL
                .into_iter()
                .map(|k| Term {
                    value: k.code(),
                    key: format!("resource-kind-{}", k.code()),
                    group: Some(k.group()),
                })
                .collect()
        },
    },
    List {
        name: "whose",
        terms: || terms("whose-", &calc::Whose::ALL.map(calc::Whose::code)),
    },
    List {
        name: "periods",
        terms: || terms("period-", &calc::Period::ALL.map(calc::Period::code)),
    },
    List {
        name: "change_kinds",
        terms: || terms("change-kind-", &income::periods::CHANGE_KINDS),
    },
    List {
        name: "period_why",
        terms: || terms("period-why-", &income::periods::WHY),
    },
    List {
        name: "sold_rights",
        terms: || terms("sold-right-", &SoldRight::ALL.map(SoldRight::code)),
    },
    List {
        name: "categories",
        terms: || terms("category-", &calc::Category::ALL.map(calc::Category::code)),
    },
    List {
        name: "outcomes",
        terms: || terms("outcome-", &income::OUTCOMES),
    },
    List {
        name: "refusal_grounds",
        terms: || {
            let mut t = terms("condition-", &income::CONDITIONS);
            t.extend(terms("refusal-", &[income::WITHDRAWN]));
            t
        },
    },
    List {
        name: "notified_how",
        terms: || terms("notified-", &income::NOTIFIED_HOW),
    },
    List {
        name: "review_statuses",
        terms: || terms("review-status-", &income::right::REVIEW_STATUSES),
    },
    List {
        name: "end_reasons",
        terms: || terms("end-reason-", &income::right::END_REASONS),
    },
    List {
        name: "appeal_against",
        terms: || terms("appeal-against-", &income::appeal::AGAINST),
    },
    List {
        name: "appeal_outcomes",
        terms: || terms("appeal-outcome-", &income::appeal::OUTCOMES),
    },
];
