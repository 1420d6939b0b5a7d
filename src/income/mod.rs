//! The right to income: the request, the six conditions, visits, resources, category,
//! calculation and decision. Never imports the support plan, and nothing here refers to it.

pub mod commands;

pub mod amounts;
pub mod appeal;
pub mod calc;
pub mod deadlines;
pub mod gap;
pub mod periods;
pub mod right;
pub mod rules;
pub mod terms;
pub mod to_bring;
pub mod undo;
pub mod view;

use crate::store::{params, Db, OptionalExtension};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::audit;
use crate::error::{Error, Result};
use crate::person::field::present;
use crate::validate;
use calc::{Category, Period, ResourceKind, Whose};
use rules as calc_rules;

/// The six conditions of art. 3 of the law of 26 May 2002, in the law's order. No more.
pub const CONDITIONS: [&str; 6] = [
    "residence",
    "age",
    "nationality",
    "resources",
    "work_readiness",
    "other_benefits",
];
pub const FINDINGS: [&str; 3] = ["met", "not_met", "to_check"];
pub const EVIDENCE_KINDS: [&str; 5] = [
    "document",
    "home_visit",
    "statement",
    "official_source",
    "bank_statement",
];
pub const REQUEST_KINDS: [&str; 3] = ["leefloon", "equivalent", "other"];
/// The groups of art. 3, 3°; `other` is routed to the equivalent leefloon.
pub const NATIONALITY_GROUPS: [&str; 7] = [
    "belgian",
    "eu",
    "population_register",
    "stateless",
    "refugee",
    "subsidiary_protection",
    "other",
];
/// Minors treated as adults.
pub const ASSIMILATIONS: [&str; 3] = ["married_minor", "child_in_care", "pregnant"];
/// What may prevent work: recorded as ability, never as availability or effort.
pub const OBSTACLES: [&str; 5] = ["health", "disability", "care_duties", "studies", "other"];
pub const VISIT_PURPOSES: [&str; 3] = ["residence", "household", "resources"];
pub const OUTCOMES: [&str; 3] = ["granted", "refused", "partly_granted"];
pub const NOTIFIED_HOW: [&str; 2] = ["registered_letter", "handed_over"];
/// A refusal's ground besides the conditions: the person withdrew the request.
pub const WITHDRAWN: &str = "withdrawn";

fn choice(value: &str, allowed: &[&str], field: &str) -> Result<String> {
    if allowed.contains(&value) {
        Ok(value.to_string())
    } else {
        Err(Error::InvalidChoice {
            field: field.into(),
            value: value.chars().take(50).collect(),
        })
    }
}

fn reason(value: Option<&str>, field: &str) -> Result<String> {
    let v = validate::text(value.unwrap_or(""), field, 2000, true)?;
    if v.is_empty() {
        return Err(Error::ReasonRequired {
            field: field.into(),
        });
    }
    Ok(v)
}

fn date_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Dates of the procedure: not absurdly old, not more than a year ahead.
fn check_date(d: NaiveDate, field: &str) -> Result<NaiveDate> {
    let today = crate::today();
    let min = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
    if d < min || d > today + chrono::Duration::days(366) {
        return Err(Error::InvalidDate {
            field: field.into(),
        });
    }
    Ok(d)
}

fn not_after_today(d: NaiveDate, field: &str) -> Result<NaiveDate> {
    if d > crate::today() {
        return Err(Error::DateInFuture {
            field: field.into(),
        });
    }
    check_date(d, field)
}

/// The request's person, checking that the request exists.
pub(crate) fn person_of(conn: &Db, request_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT person_id FROM income_request WHERE id = ?1",
        [request_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: "request".into(),
        id: request_id.to_string(),
    })
}

fn touch(conn: &Db, request_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE income_request SET updated_at = ?1 WHERE id = ?2",
        params![crate::now_utc(), request_id],
    )?;
    Ok(())
}

/// Runs `change` and its audit entry in one transaction.
fn change<T>(
    conn: &Db,
    request_id: i64,
    action: &str,
    detail: Value,
    change: impl FnOnce(&Db) -> Result<T>,
) -> Result<T> {
    let tx = conn.transaction()?;
    let person = person_of(&tx, request_id)?;
    let out = change(&tx)?;
    touch(&tx, request_id)?;
    audit::append(
        &tx,
        action,
        Some(person),
        &json!({"request_id": request_id, "change": detail}),
    )?;
    tx.commit()?;
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// File reference

/// The reference of request `id` given before the prefix existed (and when no code is set):
/// `LL-2025-00001`. Requests recorded before schema 9 keep it, stored as it was computed.
pub fn legacy_reference(received_on: &str, id: i64) -> String {
    format!("LL-{}-{:05}", received_on.get(..4).unwrap_or("0000"), id)
}

/// The file reference of a new request: the OCMW's code and the worker's code (from the
/// profile), the year received and the request's number, e.g. `GNT-AB-2025-00001`. Two
/// workers of one OCMW have different codes, so their references never meet; without codes
/// the form stays `LL-2025-00001`.
pub fn reference(ocmw_code: &str, worker_code: &str, received_on: NaiveDate, id: i64) -> String {
    let year = received_on.format("%Y").to_string();
    let prefix: Vec<&str> = [ocmw_code, worker_code]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    if prefix.is_empty() {
        legacy_reference(&date_str(received_on), id)
    } else {
        format!("{}-{year}-{id:05}", prefix.join("-"))
    }
}

/// The stored reference of request `id` (the legacy form for a row that has none, e.g. one
/// imported from an older hand-over).
pub fn reference_of(conn: &Db, id: i64) -> Result<String> {
    let (stored, received): (Option<String>, String) = conn
        .query_row(
            "SELECT reference, received_on FROM income_request WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "request".into(),
            id: id.to_string(),
        })?;
    Ok(stored.unwrap_or_else(|| legacy_reference(&received, id)))
}

// ---------------------------------------------------------------------------------------
// Request

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewRequest {
    pub person_id: i64,
    #[serde(default)]
    pub received_on: Option<NaiveDate>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub other_label: Option<String>,
    #[serde(default)]
    pub received_by: Option<String>,
}

/// Opens a request with its six conditions "to check". `received_by` defaults to the worker.
pub fn create(conn: &Db, r: NewRequest) -> Result<i64> {
    let received_on = not_after_today(r.received_on.unwrap_or_else(crate::today), "received_on")?;
    let kind = choice(
        r.kind.as_deref().unwrap_or("leefloon"),
        &REQUEST_KINDS,
        "kind",
    )?;
    let other_label = validate::text(
        r.other_label.as_deref().unwrap_or(""),
        "other_label",
        200,
        false,
    )?;
    if kind == "other" && other_label.is_empty() {
        return Err(Error::Required {
            field: "other_label".into(),
        });
    }
    let received_by = match r.received_by {
        Some(b) => validate::text(&b, "received_by", 200, false)?,
        None => crate::profile::get(conn)?
            .map(|p| p.worker_name)
            .unwrap_or_default(),
    };
    let tx = conn.transaction()?;
    let exists: Option<i64> = tx
        .query_row(
            "SELECT id FROM person WHERE id = ?1",
            [r.person_id],
            |row| row.get(0),
        )
        .optional()?;
    if exists.is_none() {
        return Err(Error::NotFound {
            what: "person".into(),
            id: r.person_id.to_string(),
        });
    }
    let now = crate::now_utc();
    tx.execute(
        "INSERT INTO income_request (person_id, received_on, kind, other_label, received_by,
                                     created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            r.person_id,
            date_str(received_on),
            kind,
            other_label,
            received_by,
            now
        ],
    )?;
    let id = tx.last_insert_rowid()?;
    let (ocmw_code, worker_code) = crate::profile::get(&tx)?
        .map(|p| (p.ocmw_code, p.worker_code))
        .unwrap_or_default();
    tx.execute(
        "UPDATE income_request SET reference = ?1 WHERE id = ?2",
        params![reference(&ocmw_code, &worker_code, received_on, id), id],
    )?;
    for c in CONDITIONS {
        tx.execute(
            "INSERT INTO income_condition (request_id, condition) VALUES (?1, ?2)",
            params![id, c],
        )?;
    }
    audit::append(
        &tx,
        "request.create",
        Some(r.person_id),
        &json!({"request_id": id, "kind": kind}),
    )?;
    tx.commit()?;
    Ok(id)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestPatch {
    pub id: i64,
    #[serde(default)]
    pub received_on: Option<NaiveDate>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub other_label: Option<String>,
    #[serde(default)]
    pub received_by: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub receipt_given_on: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "present")]
    pub hearing_notice_given_on: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "present")]
    pub withdrawn_on: Option<Option<NaiveDate>>,
    #[serde(default)]
    pub socio_professional_exemption: Option<bool>,
    /// Months of the exemption at the higher amount for a shortage occupation (0 to 3).
    #[serde(default)]
    pub sp_shortage_months: Option<i64>,
    /// Months of socio-professional exemption used outside this file (another OCMW).
    #[serde(default)]
    pub sp_months_elsewhere: Option<i64>,
}

/// Changes the keys present; `null` clears a handed-over or withdrawal date.
pub fn update(conn: &Db, p: RequestPatch) -> Result<()> {
    let received: String = conn
        .query_row(
            "SELECT received_on FROM income_request WHERE id = ?1",
            [p.id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "request".into(),
            id: p.id.to_string(),
        })?;
    let mut received_on = NaiveDate::parse_from_str(&received, "%Y-%m-%d").unwrap_or_default();
    let mut sets: Vec<(&str, Option<String>)> = Vec::new();
    let mut changed: Vec<&str> = Vec::new();
    if let Some(d) = p.received_on {
        received_on = not_after_today(d, "received_on")?;
        sets.push(("received_on", Some(date_str(received_on))));
        changed.push("received_on");
    }
    if let Some(k) = &p.kind {
        sets.push(("kind", Some(choice(k, &REQUEST_KINDS, "kind")?)));
        changed.push("kind");
    }
    if let Some(l) = &p.other_label {
        sets.push((
            "other_label",
            Some(validate::text(l, "other_label", 200, false)?),
        ));
        changed.push("other_label");
    }
    if let Some(b) = &p.received_by {
        sets.push((
            "received_by",
            Some(validate::text(b, "received_by", 200, false)?),
        ));
        changed.push("received_by");
    }
    for (field, value) in [
        ("receipt_given_on", p.receipt_given_on),
        ("hearing_notice_given_on", p.hearing_notice_given_on),
        ("withdrawn_on", p.withdrawn_on),
    ] {
        if let Some(v) = value {
            let v = match v {
                Some(d) => {
                    let d = not_after_today(d, field)?;
                    if d < received_on {
                        return Err(Error::DateOrder {
                            field: field.into(),
                            other: "received_on".into(),
                        });
                    }
                    Some(date_str(d))
                }
                None => None,
            };
            sets.push((field, v));
            changed.push(field);
        }
    }
    if let Some(sp) = p.socio_professional_exemption {
        sets.push((
            "socio_professional_exemption",
            Some(if sp { "1" } else { "0" }.to_string()),
        ));
        changed.push("socio_professional_exemption");
    }
    for (field, value, max) in [
        (
            "sp_shortage_months",
            p.sp_shortage_months,
            i64::from(calc_rules::SP_SHORTAGE_MONTHS),
        ),
        (
            "sp_months_elsewhere",
            p.sp_months_elsewhere,
            i64::from(calc_rules::SP_MONTHS_TOTAL),
        ),
    ] {
        if let Some(v) = value {
            if !(0..=max).contains(&v) {
                return Err(Error::OutOfRange {
                    field: field.into(),
                    min: 0,
                    max,
                });
            }
            sets.push((field, Some(v.to_string())));
            changed.push(field);
        }
    }
    change(
        conn,
        p.id,
        "request.update",
        json!({"fields": changed}),
        |tx| {
            let before = undo::request_columns(tx, p.id, &changed)?;
            for (column, value) in &sets {
                // Column names come from the fixed list above, never from the client.
                tx.execute(
                    &format!("UPDATE income_request SET {column} = ?1 WHERE id = ?2"),
                    params![value, p.id],
                )?;
            }
            let (kind, label): (String, String) = tx.query_row(
                "SELECT kind, other_label FROM income_request WHERE id = ?1",
                [p.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if kind == "other" && label.is_empty() {
                return Err(Error::Required {
                    field: "other_label".into(),
                });
            }
            let after = undo::request_columns(tx, p.id, &changed)?;
            undo::record(
                tx,
                p.id,
                "request.update",
                undo::request_before(before),
                Some(&undo::request_before(after)),
            )
        },
    )
}

// ---------------------------------------------------------------------------------------
// Conditions and evidence

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionSet {
    pub request_id: i64,
    pub condition: String,
    #[serde(default)]
    pub finding: Option<String>,
    #[serde(default)]
    pub explanation: Option<String>,
    #[serde(default)]
    pub detail: Option<Value>,
}

/// Keeps only the structured details each condition has; anything else is refused, so that
/// no seventh condition or behaviour field can slip in through `detail`.
fn check_detail(condition: &str, detail: &Value) -> Result<Value> {
    let obj = detail.as_object().ok_or_else(|| Error::InvalidInput {
        detail: "detail must be an object".into(),
    })?;
    let allowed: &[&str] = match condition {
        "age" => &["assimilation"],
        "nationality" => &["group"],
        "work_readiness" => &["obstacles"],
        _ => &[],
    };
    if let Some(k) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(Error::InvalidInput {
            detail: format!("detail: {condition} has no field {k:?}"),
        });
    }
    let one_of = |key: &str, list: &[&str]| -> Result<Value> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(Value::Null),
            Some(Value::String(s)) => Ok(Value::String(choice(s, list, &format!("detail.{key}"))?)),
            Some(_) => Err(Error::InvalidInput {
                detail: format!("detail.{key} must be a string or null"),
            }),
        }
    };
    Ok(match condition {
        "age" => json!({"assimilation": one_of("assimilation", &ASSIMILATIONS)?}),
        "nationality" => json!({"group": one_of("group", &NATIONALITY_GROUPS)?}),
        "work_readiness" => {
            let mut list: Vec<String> = Vec::new();
            match obj.get("obstacles") {
                None | Some(Value::Null) => {}
                Some(Value::Array(items)) => {
                    for it in items {
                        let s = it.as_str().ok_or_else(|| Error::InvalidInput {
                            detail: "detail.obstacles must list strings".into(),
                        })?;
                        let s = choice(s, &OBSTACLES, "detail.obstacles")?;
                        if !list.contains(&s) {
                            list.push(s);
                        }
                    }
                }
                Some(_) => {
                    return Err(Error::InvalidInput {
                        detail: "detail.obstacles must be a list".into(),
                    })
                }
            }
            json!({ "obstacles": list })
        }
        _ => json!({}),
    })
}

pub fn set_condition(conn: &Db, a: ConditionSet) -> Result<()> {
    let condition = choice(&a.condition, &CONDITIONS, "condition")?;
    let finding = a
        .finding
        .as_deref()
        .map(|f| choice(f, &FINDINGS, "finding"))
        .transpose()?;
    let explanation = a
        .explanation
        .as_deref()
        .map(|e| validate::text(e, "explanation", 5000, true))
        .transpose()?;
    let detail = a
        .detail
        .as_ref()
        .map(|d| check_detail(&condition, d))
        .transpose()?;
    let audit_detail = json!({"condition": condition, "finding": finding});
    change(conn, a.request_id, "condition.set", audit_detail, |tx| {
        let before = undo::condition(tx, a.request_id, &condition)?;
        if let Some(f) = &finding {
            tx.execute(
                "UPDATE income_condition SET finding = ?1 WHERE request_id = ?2 AND condition = ?3",
                params![f, a.request_id, condition],
            )?;
        }
        if let Some(e) = &explanation {
            tx.execute(
                "UPDATE income_condition SET explanation = ?1 WHERE request_id = ?2 AND condition = ?3",
                params![e, a.request_id, condition],
            )?;
        }
        if let Some(d) = &detail {
            tx.execute(
                "UPDATE income_condition SET detail = ?1 WHERE request_id = ?2 AND condition = ?3",
                params![d.to_string(), a.request_id, condition],
            )?;
        }
        let after = undo::condition(tx, a.request_id, &condition)?;
        undo::record(
            tx,
            a.request_id,
            "condition.set",
            undo::condition_before(before),
            Some(&undo::condition_before(after)),
        )
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewEvidence {
    pub request_id: i64,
    pub condition: String,
    pub kind: String,
    pub description: String,
    #[serde(default)]
    pub seen_on: Option<NaiveDate>,
    #[serde(default)]
    pub bank_reason: Option<String>,
}

/// A bank statement is evidence only with the reason why resources could not be shown
/// otherwise; its description records income lines only.
pub fn add_evidence(conn: &Db, e: NewEvidence) -> Result<i64> {
    let condition = choice(&e.condition, &CONDITIONS, "condition")?;
    let kind = choice(&e.kind, &EVIDENCE_KINDS, "kind")?;
    let description = validate::required(&e.description, "description", 2000, true)?;
    let seen_on = e
        .seen_on
        .map(|d| not_after_today(d, "seen_on").map(date_str))
        .transpose()?;
    let bank_reason = if kind == "bank_statement" {
        reason(e.bank_reason.as_deref(), "bank_reason")?
    } else {
        String::new()
    };
    change(
        conn,
        e.request_id,
        "evidence.add",
        json!({"condition": condition, "kind": kind}),
        |tx| {
            tx.execute(
                "INSERT INTO income_evidence (request_id, condition, kind, description, seen_on, bank_reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![e.request_id, condition, kind, description, seen_on, bank_reason],
            )?;
            let id = tx.last_insert_rowid()?;
            let row = undo::line(tx, "income_evidence", id)?;
            undo::record(
                tx,
                e.request_id,
                "evidence.add",
                undo::added("income_evidence", row),
                None,
            )?;
            Ok(id)
        },
    )
}

/// Removes a line of a request (evidence, visit, resource) and returns its request.
fn remove_line(conn: &Db, table: &str, what: &str, id: i64) -> Result<i64> {
    let request_id: i64 = conn
        .query_row(
            &format!("SELECT request_id FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: what.into(),
            id: id.to_string(),
        })?;
    change(
        conn,
        request_id,
        &format!("{what}.remove"),
        json!({ "id": id }),
        |tx| {
            let row = undo::line(tx, table, id)?;
            undo::record(
                tx,
                request_id,
                &format!("{what}.remove"),
                undo::removed(table, row),
                None,
            )?;
            tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])?;
            Ok(())
        },
    )?;
    Ok(request_id)
}

pub fn remove_evidence(conn: &Db, id: i64) -> Result<i64> {
    remove_line(conn, "income_evidence", "evidence", id)
}

// ---------------------------------------------------------------------------------------
// Home visits

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewVisit {
    pub request_id: i64,
    pub visited_on: NaiveDate,
    #[serde(default = "yes")]
    pub announced: bool,
    #[serde(default)]
    pub unannounced_reason: Option<String>,
    pub purposes: Vec<String>,
    #[serde(default)]
    pub findings: String,
}

fn yes() -> bool {
    true
}

pub fn add_visit(conn: &Db, v: NewVisit) -> Result<i64> {
    let visited_on = not_after_today(v.visited_on, "visited_on")?;
    let unannounced_reason = if v.announced {
        String::new()
    } else {
        reason(v.unannounced_reason.as_deref(), "unannounced_reason")?
    };
    let mut purposes: Vec<String> = Vec::new();
    for p in &v.purposes {
        let p = choice(p, &VISIT_PURPOSES, "purposes")?;
        if !purposes.contains(&p) {
            purposes.push(p);
        }
    }
    if purposes.is_empty() {
        return Err(Error::Required {
            field: "purposes".into(),
        });
    }
    let findings = validate::text(&v.findings, "findings", 5000, true)?;
    change(
        conn,
        v.request_id,
        "visit.add",
        json!({"announced": v.announced, "purposes": purposes}),
        |tx| {
            tx.execute(
                "INSERT INTO income_visit (request_id, visited_on, announced, unannounced_reason, purposes, findings)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    v.request_id,
                    date_str(visited_on),
                    v.announced,
                    unannounced_reason,
                    purposes.join(","),
                    findings
                ],
            )?;
            let id = tx.last_insert_rowid()?;
            let row = undo::line(tx, "income_visit", id)?;
            undo::record(
                tx,
                v.request_id,
                "visit.add",
                undo::added("income_visit", row),
                None,
            )?;
            Ok(id)
        },
    )
}

pub fn remove_visit(conn: &Db, id: i64) -> Result<i64> {
    remove_line(conn, "income_visit", "visit", id)
}

// ---------------------------------------------------------------------------------------
// Resources: income only

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewResource {
    pub request_id: i64,
    pub kind: String,
    pub whose: String,
    pub amount_cents: i64,
    /// `month` or `year`; required for an income, not for savings, real estate or a sale.
    #[serde(default)]
    pub period: Option<String>,
    #[serde(default)]
    pub counted: Option<bool>,
    #[serde(default)]
    pub motivation: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub member: Option<String>,
    #[serde(default)]
    pub months: Option<i64>,
    #[serde(default)]
    pub counted_yearly_cents: Option<i64>,
    #[serde(default)]
    pub legal_ground: Option<String>,
    #[serde(default)]
    pub unbuilt: Option<bool>,
    #[serde(default)]
    pub share_percent: Option<i64>,
    #[serde(default)]
    pub sold_on: Option<NaiveDate>,
    #[serde(default)]
    pub sold_right: Option<String>,
    #[serde(default)]
    pub deductions_cents: Option<i64>,
}

/// The largest amount accepted: €10,000,000 a line. Above is a typing error.
pub const MAX_AMOUNT_CENTS: i64 = calc::MAX_LINE_CENTS;

/// The lines one request may hold (the calculation takes at most this many).
const MAX_RESOURCES: i64 = calc::MAX_LINES as i64;

pub fn add_resource(conn: &Db, r: NewResource) -> Result<i64> {
    let kind = ResourceKind::parse(&r.kind).ok_or_else(|| Error::InvalidChoice {
        field: "kind".into(),
        value: r.kind.chars().take(50).collect(),
    })?;
    let whose = Whose::parse(&r.whose).ok_or_else(|| Error::InvalidChoice {
        field: "whose".into(),
        value: r.whose.chars().take(50).collect(),
    })?;
    let period = r
        .period
        .as_deref()
        .map(|v| {
            Period::parse(v).ok_or_else(|| Error::InvalidChoice {
                field: "period".into(),
                value: v.chars().take(50).collect(),
            })
        })
        .transpose()?;
    let months = match r.months {
        None => None,
        Some(m) if (1..=12).contains(&m) => Some(m as u8),
        Some(_) => {
            return Err(Error::OutOfRange {
                field: "months".into(),
                min: 1,
                max: 12,
            })
        }
    };
    // Only a parent's or adult child's income is counted by choice, and then with a motivation.
    let (counted, motivation) = if whose.counted_by_choice() {
        let counted = r.counted.unwrap_or(false);
        let motivation = if counted {
            reason(r.motivation.as_deref(), "motivation")?
        } else {
            validate::text(
                r.motivation.as_deref().unwrap_or(""),
                "motivation",
                2000,
                true,
            )?
        };
        (Some(counted), motivation)
    } else {
        (None, String::new())
    };
    let description = validate::text(
        r.description.as_deref().unwrap_or(""),
        "description",
        500,
        true,
    )?;
    let member = validate::text(r.member.as_deref().unwrap_or(""), "member", 100, false)?;
    let legal_ground = validate::text(
        r.legal_ground.as_deref().unwrap_or(""),
        "legal_ground",
        500,
        false,
    )?;
    let share_percent = match r.share_percent {
        None => None,
        Some(s) if (1..=100).contains(&s) => Some(s as u8),
        Some(_) => {
            return Err(Error::OutOfRange {
                field: "share_percent".into(),
                min: 1,
                max: 100,
            })
        }
    };
    let sold_right = r
        .sold_right
        .as_deref()
        .map(|v| {
            calc_rules::SoldRight::parse(v).ok_or_else(|| Error::InvalidChoice {
                field: "sold_right".into(),
                value: v.chars().take(50).collect(),
            })
        })
        .transpose()?;
    let is = |k: ResourceKind| kind == k;
    let line = calc::ResourceLine {
        kind,
        whose,
        amount_cents: r.amount_cents,
        period: period.or((kind.class() != calc::KindClass::Income).then_some(Period::Year)),
        counted,
        motivation: (!motivation.is_empty()).then(|| motivation.clone()),
        member: (!member.is_empty()).then(|| member.clone()),
        months,
        counted_yearly_cents: r.counted_yearly_cents.filter(|_| counted == Some(true)),
        legal_ground: (!legal_ground.is_empty()).then(|| legal_ground.clone()),
        unbuilt: r.unbuilt.filter(|_| is(ResourceKind::RealEstate)),
        share_percent: share_percent
            .filter(|_| is(ResourceKind::RealEstate) || is(ResourceKind::PropertySale)),
        sold_on: r.sold_on.filter(|_| is(ResourceKind::PropertySale)),
        sold_right: sold_right.filter(|_| is(ResourceKind::PropertySale)),
        deductions_cents: r
            .deductions_cents
            .filter(|_| is(ResourceKind::PropertySale)),
    };
    // Same field names as the command's, without the `resources.N.` prefix.
    if line.period.is_none() {
        return Err(Error::Required {
            field: "period".into(),
        });
    }
    if let Some(d) = line.sold_on {
        check_date(d, "sold_on")?;
    }
    calc::check_line(&line, "", crate::today())?;
    change(
        conn,
        r.request_id,
        "resource.add",
        json!({"kind": kind.code(), "whose": whose.code()}),
        |tx| {
            let lines: i64 = tx.query_row(
                "SELECT count(*) FROM income_resource WHERE request_id = ?1",
                [r.request_id],
                |row| row.get(0),
            )?;
            if lines >= MAX_RESOURCES {
                return Err(Error::OutOfRange {
                    field: "resources".into(),
                    min: 0,
                    max: MAX_RESOURCES,
                });
            }
            tx.execute(
                "INSERT INTO income_resource (request_id, kind, whose, amount_cents, period, counted,
                     motivation, description, member, months, counted_yearly_cents, legal_ground,
                     unbuilt, share_percent, sold_on, sold_right, deductions_cents)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                params![
                    r.request_id,
                    kind.code(),
                    whose.code(),
                    line.amount_cents,
                    line.period.unwrap_or(Period::Year).code(),
                    counted,
                    motivation,
                    description,
                    member,
                    line.months,
                    line.counted_yearly_cents,
                    legal_ground,
                    line.unbuilt,
                    line.share_percent,
                    line.sold_on.map(date_str),
                    line.sold_right.map(|r| r.code()),
                    line.deductions_cents
                ],
            )?;
            let id = tx.last_insert_rowid()?;
            let row = undo::line(tx, "income_resource", id)?;
            undo::record(
                tx,
                r.request_id,
                "resource.add",
                undo::added("income_resource", row),
                None,
            )?;
            Ok(id)
        },
    )
}

pub fn remove_resource(conn: &Db, id: i64) -> Result<i64> {
    remove_line(conn, "income_resource", "resource", id)
}

// ---------------------------------------------------------------------------------------
// Category and override

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategorySet {
    pub request_id: i64,
    pub category: Category,
    #[serde(default)]
    pub reason: Option<String>,
}

/// Confirms the proposed category, or chooses another one with a reason.
pub fn set_category(conn: &Db, a: CategorySet) -> Result<()> {
    let person = person_of(conn, a.request_id)?;
    let proposal =
        view::propose_category(&crate::person::load(conn, person)?, crate::i18n::Lang::En);
    let reason_text = if a.category == proposal.category {
        validate::text(a.reason.as_deref().unwrap_or(""), "reason", 2000, true)?
    } else {
        reason(a.reason.as_deref(), "reason")?
    };
    change(
        conn,
        a.request_id,
        "category.set",
        json!({"category": a.category.code(), "proposed": proposal.category.code()}),
        |tx| {
            let columns = ["category", "category_reason"];
            let before = undo::request_columns(tx, a.request_id, &columns)?;
            tx.execute(
                "UPDATE income_request SET category = ?1, category_reason = ?2 WHERE id = ?3",
                params![a.category.code(), reason_text, a.request_id],
            )?;
            let after = undo::request_columns(tx, a.request_id, &columns)?;
            undo::record(
                tx,
                a.request_id,
                "category.set",
                undo::request_before(before),
                Some(&undo::request_before(after)),
            )
        },
    )
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverrideSet {
    pub request_id: i64,
    #[serde(default)]
    pub yearly_cents: Option<i64>,
    #[serde(default)]
    pub motivation: Option<String>,
}

/// Sets (or, with `yearly_cents: null`, removes) the worker's amount instead of the
/// calculated one; a written motivation is required and shown wherever the amount is.
pub fn set_override(conn: &Db, a: OverrideSet) -> Result<()> {
    let (amount, motivation) = match a.yearly_cents {
        Some(c) => {
            if !(0..=MAX_AMOUNT_CENTS).contains(&c) {
                return Err(Error::OutOfRange {
                    field: "yearly_cents".into(),
                    min: 0,
                    max: MAX_AMOUNT_CENTS,
                });
            }
            (Some(c), reason(a.motivation.as_deref(), "motivation")?)
        }
        None => (None, String::new()),
    };
    change(
        conn,
        a.request_id,
        "income.override",
        json!({"yearly_cents": amount}),
        |tx| {
            let columns = ["override_yearly_cents", "override_motivation"];
            let before = undo::request_columns(tx, a.request_id, &columns)?;
            tx.execute(
                "UPDATE income_request SET override_yearly_cents = ?1, override_motivation = ?2 WHERE id = ?3",
                params![amount, motivation, a.request_id],
            )?;
            let after = undo::request_columns(tx, a.request_id, &columns)?;
            undo::record(
                tx,
                a.request_id,
                "income.override",
                undo::request_before(before),
                Some(&undo::request_before(after)),
            )
        },
    )
}

// ---------------------------------------------------------------------------------------
// Undo

/// Puts back what the request's newest change replaced (a finding, a line added or removed,
/// the category, dates, ...), in one transaction with its own audit entry `request.undo`
/// naming the change undone. A line added is removed only while it is still as it was added;
/// otherwise that change is forgotten and nothing changes. The decision, the report and the
/// running right are acts, not edits: they are not undone here.
pub fn undo(conn: &Db, request_id: i64) -> Result<()> {
    person_of(conn, request_id)?;
    let (entry, action, before) = undo::newest(conn, request_id)?;
    if !undo::applicable(conn, request_id, &before) {
        undo::forget(conn, entry)?;
        return Err(Error::NothingToUndo);
    }
    let condition = before["row"]["condition"].as_str().map(str::to_string);
    change(
        conn,
        request_id,
        "request.undo",
        json!({"undone": action, "condition": condition}),
        |tx| undo::apply(tx, request_id, entry, &before),
    )
}

// ---------------------------------------------------------------------------------------
// Decision

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionRecord {
    pub request_id: i64,
    pub decided_on: NaiveDate,
    pub outcome: String,
    #[serde(default)]
    pub category: Option<Category>,
    #[serde(default)]
    pub yearly_cents: Option<i64>,
    /// The start of the right: the day of the request unless `start_motivation` says why
    /// another day (art. 21 § 5 of the law of 26 May 2002).
    #[serde(default)]
    pub start_on: Option<NaiveDate>,
    #[serde(default)]
    pub start_motivation: Option<String>,
    #[serde(default)]
    pub grounds: String,
    #[serde(default)]
    pub refusal_condition: Option<String>,
    #[serde(default)]
    pub notified_on: Option<NaiveDate>,
    #[serde(default)]
    pub notified_how: Option<String>,
    /// Why the granted amount differs from the calculated one: required when it does.
    #[serde(default)]
    pub amount_motivation: Option<String>,
    /// The date the decision letter was sent (set when the letter is first made; a
    /// correction here is kept).
    #[serde(default)]
    pub letter_sent_on: Option<NaiveDate>,
}

/// Records (or corrects) the committee's decision. A refusal can only rest on one of the six
/// conditions found "not met", or on the request being withdrawn.
pub fn record_decision(conn: &Db, d: DecisionRecord) -> Result<()> {
    let received: String = conn
        .query_row(
            "SELECT received_on FROM income_request WHERE id = ?1",
            [d.request_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "request".into(),
            id: d.request_id.to_string(),
        })?;
    let received_on = NaiveDate::parse_from_str(&received, "%Y-%m-%d").unwrap_or_default();
    let decided_on = not_after_today(d.decided_on, "decided_on")?;
    if decided_on < received_on {
        return Err(Error::DateOrder {
            field: "decided_on".into(),
            other: "received_on".into(),
        });
    }
    let outcome = choice(&d.outcome, &OUTCOMES, "outcome")?;
    let grounds = validate::required(&d.grounds, "grounds", 10_000, true)?;
    let mut grant_input: Option<(String, String)> = None;
    let mut start_motivation = String::new();
    let (category, yearly, start_on, refusal, amount_motivation, calculated, sp_months) = if outcome
        == "refused"
    {
        let ground = d.refusal_condition.as_deref().ok_or(Error::RefusalGround {
            field: "refusal_condition".into(),
        })?;
        if ground != WITHDRAWN {
            choice(ground, &CONDITIONS, "refusal_condition").map_err(|_| Error::RefusalGround {
                field: "refusal_condition".into(),
            })?;
            if ground == "nationality" {
                return Err(Error::RefusalNationality {
                    field: "refusal_condition".into(),
                });
            }
            let finding: String = conn.query_row(
                "SELECT finding FROM income_condition WHERE request_id = ?1 AND condition = ?2",
                params![d.request_id, ground],
                |r| r.get(0),
            )?;
            if finding != "not_met" {
                return Err(Error::RefusalGround {
                    field: "refusal_condition".into(),
                });
            }
        }
        (
            None,
            None,
            None,
            Some(ground.to_string()),
            String::new(),
            None,
            0,
        )
    } else {
        let chosen: Option<String> = conn.query_row(
            "SELECT category FROM income_request WHERE id = ?1",
            [d.request_id],
            |r| r.get(0),
        )?;
        let category = d
            .category
            .or_else(|| chosen.as_deref().and_then(Category::parse))
            .ok_or(Error::Required {
                field: "category".into(),
            })?;
        // The granted amount is the calculated one (or the worker's motivated override);
        // another amount needs the committee's own motivation.
        let calculation = view::calculate(conn, d.request_id, category, crate::i18n::Lang::En);
        let override_yearly: Option<i64> = conn.query_row(
            "SELECT override_yearly_cents FROM income_request WHERE id = ?1",
            [d.request_id],
            |r| r.get(0),
        )?;
        let proposed = match (&calculation, override_yearly) {
            (_, Some(o)) => Some(o),
            (Ok(c), None) => Some(c.yearly_cents),
            (Err(_), None) => None,
        };
        let yearly = match (d.yearly_cents, proposed) {
            (Some(y), _) => y,
            (None, Some(p)) => p,
            (None, None) => {
                return Err(calculation.err().unwrap_or(Error::Required {
                    field: "yearly_cents".into(),
                }))
            }
        };
        if !(0..=MAX_AMOUNT_CENTS).contains(&yearly) {
            return Err(Error::OutOfRange {
                field: "yearly_cents".into(),
                min: 0,
                max: MAX_AMOUNT_CENTS,
            });
        }
        let amount_motivation = if Some(yearly) == proposed {
            validate::text(
                d.amount_motivation.as_deref().unwrap_or(""),
                "amount_motivation",
                2000,
                true,
            )?
        } else {
            reason(d.amount_motivation.as_deref(), "amount_motivation")?
        };
        let (calculated, sp_months) = match &calculation {
            Ok(c) => (Some(c.yearly_cents), c.sp_months),
            Err(_) => (None, 0),
        };
        // The right starts on the day of the request (art. 21 § 5 of the law of 26 May 2002);
        // another day is the committee's motivated choice, shown in the letter.
        let start = check_date(d.start_on.unwrap_or(received_on), "start_on")?;
        start_motivation = if start == received_on {
            validate::text(
                d.start_motivation.as_deref().unwrap_or(""),
                "start_motivation",
                2000,
                true,
            )?
        } else {
            reason(d.start_motivation.as_deref(), "start_motivation")?
        };
        if let Ok(c) = &calculation {
            let input = view::calculation_input(conn, d.request_id, category, received_on)?;
            grant_input = Some((
                serde_json::to_string(&input).map_err(|e| Error::Storage {
                    detail: e.to_string(),
                })?,
                date_str(c.amount_row.valid_from),
            ));
        }
        (
            Some(category.code().to_string()),
            Some(yearly),
            Some(date_str(start)),
            None,
            amount_motivation,
            calculated,
            sp_months,
        )
    };
    let notified_on = d
        .notified_on
        .map(|n| {
            let n = not_after_today(n, "notified_on")?;
            if n < decided_on {
                return Err(Error::DateOrder {
                    field: "notified_on".into(),
                    other: "decided_on".into(),
                });
            }
            Ok(date_str(n))
        })
        .transpose()?;
    let letter_sent_on = d
        .letter_sent_on
        .map(|n| {
            let n = not_after_today(n, "letter_sent_on")?;
            if n < decided_on {
                return Err(Error::DateOrder {
                    field: "letter_sent_on".into(),
                    other: "decided_on".into(),
                });
            }
            Ok(date_str(n))
        })
        .transpose()?;
    let notified_how = match (&notified_on, d.notified_how.as_deref()) {
        (Some(_), None) => {
            return Err(Error::Required {
                field: "notified_how".into(),
            })
        }
        (_, Some(h)) => Some(choice(h, &NOTIFIED_HOW, "notified_how")?),
        (None, None) => None,
    };
    change(
        conn,
        d.request_id,
        "decision.record",
        json!({"outcome": outcome, "refusal_condition": refusal}),
        |tx| {
            tx.execute(
                "INSERT INTO income_decision (request_id, decided_on, outcome, category, yearly_cents,
                                              start_on, grounds, refusal_condition, notified_on, notified_how,
                                              amount_motivation, calculated_yearly_cents, sp_months)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                 ON CONFLICT(request_id) DO UPDATE SET decided_on = excluded.decided_on,
                    outcome = excluded.outcome, category = excluded.category,
                    yearly_cents = excluded.yearly_cents, start_on = excluded.start_on,
                    grounds = excluded.grounds, refusal_condition = excluded.refusal_condition,
                    notified_on = excluded.notified_on, notified_how = excluded.notified_how,
                    amount_motivation = excluded.amount_motivation,
                    calculated_yearly_cents = excluded.calculated_yearly_cents,
                    sp_months = excluded.sp_months",
                params![
                    d.request_id,
                    date_str(decided_on),
                    outcome,
                    category,
                    yearly,
                    start_on,
                    grounds,
                    refusal,
                    notified_on,
                    notified_how,
                    amount_motivation,
                    calculated,
                    sp_months
                ],
            )?;
            if let Some(sent) = &letter_sent_on {
                tx.execute(
                    "UPDATE income_decision SET letter_sent_on = ?1 WHERE request_id = ?2",
                    params![sent, d.request_id],
                )?;
            }
            tx.execute(
                "UPDATE income_decision SET start_motivation = ?1 WHERE request_id = ?2",
                params![start_motivation, d.request_id],
            )?;
            // The grant opens the right's first period (a corrected decision, a new one).
            if let (Some(category), Some(yearly), Some(start)) = (&category, yearly, &start_on) {
                let (input, row) = grant_input.clone().unzip();
                periods::append(
                    tx,
                    &periods::NewPeriod {
                        request_id: d.request_id,
                        from_on: start.clone(),
                        category: category.clone(),
                        yearly_cents: yearly,
                        calculated_yearly_cents: calculated,
                        why: "grant",
                        revision_id: None,
                        appeal_id: None,
                        amount_row_from: row,
                        input: input.unwrap_or_default(),
                    },
                )?;
                if let Ok(from) = NaiveDate::parse_from_str(start, "%Y-%m-%d") {
                    periods::follow_amounts(tx, d.request_id, from)?;
                }
            }
            Ok(())
        },
    )
}
