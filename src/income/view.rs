//! The whole request as the worker (and the person beside them) sees it: conditions with
//! proposals, visits, resources with why they count or not, category, calculation, decision.

use crate::store::{params, Db, OptionalExtension};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::{json, Value};

use super::calc::{self, Category, Period, ResourceKind, ResourceLine, Whose};
use super::{amounts, deadlines, CONDITIONS};
use crate::error::{Error, ErrorReply, Result};
use crate::i18n::{self, Lang};
use crate::person::{Field, Person};

#[derive(Debug, Serialize)]
pub struct Evidence {
    pub id: i64,
    pub kind: String,
    pub description: String,
    pub seen_on: Option<String>,
    pub bank_reason: String,
}

#[derive(Debug, Serialize)]
pub struct Proposal {
    pub finding: String,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct ConditionView {
    pub condition: String,
    pub finding: String,
    pub explanation: String,
    pub detail: Value,
    pub evidence: Vec<Evidence>,
    pub proposal: Option<Proposal>,
    pub routing: Option<String>,
    pub routing_text: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Visit {
    pub id: i64,
    pub visited_on: String,
    pub announced: bool,
    pub unannounced_reason: String,
    pub purposes: Vec<String>,
    pub findings: String,
}

#[derive(Debug, Serialize)]
pub struct Resource {
    pub id: i64,
    pub kind: ResourceKind,
    pub whose: Whose,
    pub amount_cents: i64,
    pub period: Period,
    pub counted: Option<bool>,
    pub motivation: String,
    pub description: String,
    pub member: String,
    pub months: Option<u8>,
    pub counted_yearly_cents: Option<i64>,
    pub legal_ground: String,
    pub unbuilt: Option<bool>,
    pub share_percent: Option<u8>,
    pub sold_on: Option<NaiveDate>,
    pub sold_right: Option<super::rules::SoldRight>,
    pub deductions_cents: Option<i64>,
    /// Whether it counts in the calculation, and why (translated).
    pub counts: bool,
    pub why: String,
}

#[derive(Debug, Serialize)]
pub struct CategoryView {
    pub proposed: Category,
    pub proposal_reason: String,
    pub chosen: Option<Category>,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct Override {
    pub yearly_cents: i64,
    pub monthly_cents: i64,
    pub motivation: String,
}

#[derive(Debug, Serialize)]
pub struct Decision {
    pub decided_on: String,
    pub outcome: String,
    pub category: Option<String>,
    pub yearly_cents: Option<i64>,
    pub monthly_cents: Option<i64>,
    pub start_on: Option<String>,
    /// Why the right starts on another day than the request (empty when it does not).
    pub start_motivation: String,
    pub grounds: String,
    pub refusal_condition: Option<String>,
    pub notified_on: Option<String>,
    pub notified_how: Option<String>,
    /// Why the decided amount differs from the calculated one (empty when it does not).
    pub amount_motivation: String,
    /// The amount the calculation gave when the decision was recorded.
    pub calculated_yearly_cents: Option<i64>,
    pub sp_months: u8,
    /// The date the decision letter was sent (recorded when it is first made).
    pub letter_sent_on: Option<String>,
}

/// The socio-professional exemption's months over the person's file (art. 35).
#[derive(Debug, Serialize)]
pub struct SpMonths {
    /// Used in this person's other decisions within six years, and declared from elsewhere.
    pub used_in_file: u16,
    pub used_elsewhere: u16,
    pub shortage_months: u8,
    pub total: u16,
}

#[derive(Debug, Serialize)]
pub struct RequestView {
    pub id: i64,
    pub person_id: i64,
    pub person_display_name: String,
    /// The file reference printed on every document of the request.
    pub reference: String,
    pub received_on: String,
    pub kind: String,
    pub other_label: String,
    pub received_by: String,
    pub receipt_given_on: Option<String>,
    pub hearing_notice_given_on: Option<String>,
    pub withdrawn_on: Option<String>,
    pub socio_professional_exemption: bool,
    pub sp_months: SpMonths,
    pub status: String,
    pub deadlines: deadlines::Clock,
    pub conditions: Vec<ConditionView>,
    pub visits: Vec<Visit>,
    pub resources: Vec<Resource>,
    pub category: CategoryView,
    /// `null` until a category is chosen; `{"error": {code, message}}` when it cannot be
    /// computed (no amounts row for the date).
    pub calculation: Value,
    pub r#override: Option<Override>,
    pub decision: Option<Decision>,
    /// The papers the person may bring for the conditions still to check (see `to_bring`).
    pub to_bring: Vec<super::to_bring::Group>,
    /// The change `request.undo` would put back, if any.
    pub undo: Option<super::undo::Last>,
    pub created_at: String,
    pub updated_at: String,
}

fn t(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    i18n::catalogs().message(lang, id, args)
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The category the household suggests, and why, in plain language.
pub struct CategoryProposal {
    pub category: Category,
    pub reason: String,
}

/// Family in charge when an unmarried minor in the person's care lives with them (their child,
/// a grandchild, a child placed with them: art. 14 §1, 3° of the law); cohabitant when a
/// partner does; otherwise single. Living with other adults is not proposed as cohabitation:
/// that needs household matters to be mainly shared, which the worker checks (the reading
/// most favourable to the person).
pub fn propose_category(p: &Person, lang: Lang) -> CategoryProposal {
    let cohabiting = |relation: &str| -> Vec<String> {
        p.household
            .iter()
            .filter(|m| m.relation == relation && m.cohabits == Field::Known(true))
            .map(|m| m.name.clone())
            .collect()
    };
    let children: Vec<String> = p
        .household
        .iter()
        .filter(|m| in_care_minor(m))
        .map(|m| m.name.clone())
        .collect();
    let partners = cohabiting("partner");
    let others: Vec<String> = p
        .household
        .iter()
        .filter(|m| m.cohabits == Field::Known(true) && m.relation != "partner")
        .filter(|m| !children.contains(&m.name))
        .map(|m| m.name.clone())
        .collect();
    let unknown: Vec<String> = p
        .household
        .iter()
        .filter(|m| !matches!(m.cohabits, Field::Known(_)))
        .map(|m| m.name.clone())
        .collect();
    let (category, mut reason) = if !children.is_empty() {
        (
            Category::Family,
            t(
                lang,
                "category-why-family",
                &[("names", children.join(", "))],
            ),
        )
    } else if !partners.is_empty() {
        (
            Category::Cohabitant,
            t(
                lang,
                "category-why-partner",
                &[("names", partners.join(", "))],
            ),
        )
    } else if !others.is_empty() {
        (
            Category::Single,
            t(lang, "category-why-others", &[("names", others.join(", "))]),
        )
    } else {
        (Category::Single, t(lang, "category-why-single", &[]))
    };
    if !unknown.is_empty() {
        reason.push(' ');
        reason.push_str(&t(
            lang,
            "category-why-unknown",
            &[("names", unknown.join(", "))],
        ));
    }
    CategoryProposal { category, reason }
}

/// Age on the request date, from the birth date or else the national register number.
fn birth_date(p: &Person) -> Option<NaiveDate> {
    if let Field::Known(b) = &p.birth_date {
        return parse_date(b);
    }
    if let Field::Known(n) = &p.nrn {
        return crate::person::nrn::parse(n, "nrn").ok()?.birth_date;
    }
    None
}

fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

fn age_proposal(p: &Person, received_on: NaiveDate, detail: &Value, lang: Lang) -> Proposal {
    let assimilation = detail["assimilation"].as_str();
    match birth_date(p) {
        None => Proposal {
            finding: "to_check".into(),
            text: t(lang, "age-proposal-unknown", &[]),
        },
        Some(b) => {
            let age = age_on(b, received_on);
            if age >= 18 {
                Proposal {
                    finding: "met".into(),
                    text: t(lang, "age-proposal-adult", &[("age", age.to_string())]),
                }
            } else if let Some(case) = assimilation {
                Proposal {
                    finding: "met".into(),
                    text: t(
                        lang,
                        "age-proposal-assimilated",
                        &[("case", t(lang, &format!("assimilation-{case}"), &[]))],
                    ),
                }
            } else {
                // A minor is not refused on the proposal: the worker checks the assimilated cases.
                Proposal {
                    finding: "to_check".into(),
                    text: t(lang, "age-proposal-minor", &[("age", age.to_string())]),
                }
            }
        }
    }
}

/// One stored resource line: its id, the line as the calculation reads it, its description.
pub(crate) type StoredLine = (i64, ResourceLine, String);

pub(crate) fn resource_lines(conn: &Db, request_id: i64) -> Result<Vec<StoredLine>> {
    let mut stmt = conn.prepare(
        "SELECT id, kind, whose, amount_cents, period, counted, motivation, description, member,
                months, counted_yearly_cents, legal_ground, unbuilt, share_percent, sold_on,
                sold_right, deductions_cents
         FROM income_resource WHERE request_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([request_id], |r| {
            let kind: String = r.get(1)?;
            let whose: String = r.get(2)?;
            let period: String = r.get(4)?;
            let motivation: String = r.get(6)?;
            let member: String = r.get(8)?;
            let ground: String = r.get(11)?;
            let sold: Option<String> = r.get(14)?;
            let right: Option<String> = r.get(15)?;
            Ok((
                r.get::<_, i64>(0)?,
                ResourceLine {
                    kind: ResourceKind::parse(&kind).unwrap_or(ResourceKind::Other),
                    whose: Whose::parse(&whose).unwrap_or(Whose::Other),
                    amount_cents: r.get(3)?,
                    period: Some(if period == "year" {
                        Period::Year
                    } else {
                        Period::Month
                    }),
                    counted: r.get(5)?,
                    motivation: (!motivation.is_empty()).then_some(motivation),
                    member: (!member.is_empty()).then_some(member),
                    months: r.get(9)?,
                    counted_yearly_cents: r.get(10)?,
                    legal_ground: (!ground.is_empty()).then_some(ground),
                    unbuilt: r.get(12)?,
                    share_percent: r.get(13)?,
                    sold_on: sold.as_deref().and_then(parse_date),
                    sold_right: right.as_deref().and_then(super::rules::SoldRight::parse),
                    deductions_cents: r.get(16)?,
                },
                r.get::<_, String>(7)?,
            ))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Children in the person's care living with them (for the real-estate allowance, art. 25).
pub fn children_in_care(p: &Person) -> u8 {
    p.household
        .iter()
        .filter(|m| in_care_minor(m))
        .count()
        .min(u8::MAX as usize) as u8
}

/// A minor living with the person and in their care: their child (unless recorded as not in
/// their care), or any other minor recorded as in their care (a grandchild, a child placed
/// with them).
fn in_care_minor(m: &crate::person::Member) -> bool {
    m.cohabits == Field::Known(true)
        && m.minor == Field::Known(true)
        && match m.in_care {
            Field::Known(c) => c,
            _ => m.relation == "child",
        }
}

/// Months of socio-professional exemption used in the person's other decisions decided in the
/// six years before `on`, plus those declared for this request from elsewhere (art. 35).
fn sp_months(conn: &Db, request_id: i64, person_id: i64, on: NaiveDate) -> Result<SpMonths> {
    let (elsewhere, shortage): (i64, i64) = conn.query_row(
        "SELECT sp_months_elsewhere, sp_shortage_months FROM income_request WHERE id = ?1",
        [request_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let since = on
        .checked_sub_months(chrono::Months::new(72))
        .unwrap_or(NaiveDate::MIN);
    let in_file: i64 = conn.query_row(
        "SELECT coalesce(sum(d.sp_months), 0) FROM income_decision d
         JOIN income_request r ON r.id = d.request_id
         WHERE r.person_id = ?1 AND r.id <> ?2 AND d.outcome <> 'refused'
           AND d.decided_on >= ?3 AND d.decided_on <= ?4",
        params![
            person_id,
            request_id,
            since.format("%Y-%m-%d").to_string(),
            on.format("%Y-%m-%d").to_string()
        ],
        |r| r.get(0),
    )?;
    Ok(SpMonths {
        used_in_file: in_file.clamp(0, 36 * 6) as u16,
        used_elsewhere: elsewhere.clamp(0, 36) as u16,
        shortage_months: shortage.clamp(0, 3) as u8,
        total: super::rules::SP_MONTHS_TOTAL,
    })
}

/// The calculation of request `id` for `category`, with everything the request holds.
pub fn calculate(conn: &Db, id: i64, category: Category, lang: Lang) -> Result<calc::Calculation> {
    let received: String = conn
        .query_row(
            "SELECT received_on FROM income_request WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "request".into(),
            id: id.to_string(),
        })?;
    let received = parse_date(&received).unwrap_or_default();
    let input = calculation_input(conn, id, category, received)?;
    calc::calculate(&input, &amounts::list(conn)?, lang)
}

/// What the calculation of request `id` for `category` on `on` starts from: everything the
/// request holds (its resource lines, the socio-professional exemption, the children in care).
/// Kept with each period of a right, so an indexation recomputes it on another date.
pub fn calculation_input(
    conn: &Db,
    id: i64,
    category: Category,
    on: NaiveDate,
) -> Result<calc::Input> {
    let (person_id, sp): (i64, bool) = conn
        .query_row(
            "SELECT person_id, socio_professional_exemption FROM income_request WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "request".into(),
            id: id.to_string(),
        })?;
    let person = crate::person::load(conn, person_id)?;
    let months = sp_months(conn, id, person_id, on)?;
    input_for(conn, id, on, category, sp, &months, &person)
}

fn input_for(
    conn: &Db,
    id: i64,
    received: NaiveDate,
    category: Category,
    sp: bool,
    months: &SpMonths,
    person: &Person,
) -> Result<calc::Input> {
    let used = (months.used_in_file + months.used_elsewhere).min(super::rules::SP_MONTHS_TOTAL);
    Ok(calc::Input {
        date: received,
        category,
        resources: resource_lines(conn, id)?
            .into_iter()
            .map(|(_, l, _)| l)
            .collect(),
        socio_professional_exemption: sp,
        sp_months_used: Some(used),
        sp_shortage_months: Some(months.shortage_months),
        children_in_care: Some(children_in_care(person)),
    })
}

/// Builds the view of request `id` in `lang`.
pub fn build(conn: &Db, id: i64, lang: Lang) -> Result<RequestView> {
    let row = conn
        .query_row(
            "SELECT person_id, received_on, kind, other_label, received_by, receipt_given_on,
                    hearing_notice_given_on, withdrawn_on, socio_professional_exemption, category,
                    category_reason, override_yearly_cents, override_motivation, created_at, updated_at
             FROM income_request WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, Option<String>>(7)?,
                    r.get::<_, bool>(8)?,
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, String>(10)?,
                    r.get::<_, Option<i64>>(11)?,
                    r.get::<_, String>(12)?,
                    r.get::<_, String>(13)?,
                    r.get::<_, String>(14)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "request".into(),
            id: id.to_string(),
        })?;
    let (
        person_id,
        received_on,
        kind,
        other_label,
        received_by,
        receipt_given_on,
        hearing_notice_given_on,
        withdrawn_on,
        sp,
        chosen,
        category_reason,
        override_yearly,
        override_motivation,
        created_at,
        updated_at,
    ) = row;
    let person = crate::person::load(conn, person_id)?;
    let received = parse_date(&received_on).unwrap_or_default();

    // Conditions with their evidence, in the law's order.
    let mut conditions = Vec::with_capacity(6);
    for c in CONDITIONS {
        let (finding, explanation, detail): (String, String, String) = conn.query_row(
            "SELECT finding, explanation, detail FROM income_condition
             WHERE request_id = ?1 AND condition = ?2",
            params![id, c],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let detail: Value = serde_json::from_str(&detail).unwrap_or_else(|_| json!({}));
        let mut stmt = conn.prepare(
            "SELECT id, kind, description, seen_on, bank_reason FROM income_evidence
             WHERE request_id = ?1 AND condition = ?2 ORDER BY id",
        )?;
        let evidence = stmt
            .query_map(params![id, c], |r| {
                Ok(Evidence {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    description: r.get(2)?,
                    seen_on: r.get(3)?,
                    bank_reason: r.get(4)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let proposal = (c == "age").then(|| age_proposal(&person, received, &detail, lang));
        let routed = c == "nationality" && detail["group"] == "other" && kind == "leefloon";
        conditions.push(ConditionView {
            condition: c.to_string(),
            finding,
            explanation,
            detail,
            evidence,
            proposal,
            routing: routed.then(|| "equivalent".to_string()),
            routing_text: routed.then(|| t(lang, "nationality-route-equivalent", &[])),
        });
    }

    let mut stmt = conn.prepare(
        "SELECT id, visited_on, announced, unannounced_reason, purposes, findings
         FROM income_visit WHERE request_id = ?1 ORDER BY visited_on, id",
    )?;
    let visits = stmt
        .query_map([id], |r| {
            let purposes: String = r.get(4)?;
            Ok(Visit {
                id: r.get(0)?,
                visited_on: r.get(1)?,
                announced: r.get(2)?,
                unannounced_reason: r.get(3)?,
                purposes: purposes
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
                findings: r.get(5)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;

    let chosen = chosen.as_deref().and_then(Category::parse);
    let lines = resource_lines(conn, id)?;
    let resources = lines
        .iter()
        .map(|(rid, line, description)| {
            let tr = calc::treatment(line, chosen, received);
            Resource {
                id: *rid,
                kind: line.kind,
                whose: line.whose,
                amount_cents: line.amount_cents,
                period: line.period.unwrap_or(Period::Year),
                counted: line.counted,
                motivation: line.motivation.clone().unwrap_or_default(),
                description: description.clone(),
                member: line.member.clone().unwrap_or_default(),
                months: line.months,
                counted_yearly_cents: line.counted_yearly_cents,
                legal_ground: line.legal_ground.clone().unwrap_or_default(),
                unbuilt: line.unbuilt,
                share_percent: line.share_percent,
                sold_on: line.sold_on,
                sold_right: line.sold_right,
                deductions_cents: line.deductions_cents,
                counts: tr.counts(),
                why: t(lang, &format!("resource-why-{}", tr.code()), &[]),
            }
        })
        .collect();

    let proposal = propose_category(&person, lang);
    let months = sp_months(conn, id, person_id, received)?;
    let calculation = match chosen {
        None => Value::Null,
        Some(category) => {
            let input = input_for(conn, id, received, category, sp, &months, &person)?;
            match calc::calculate(&input, &amounts::list(conn)?, lang) {
                Ok(c) => serde_json::to_value(c).unwrap_or(Value::Null),
                Err(e) => {
                    let reply = ErrorReply {
                        code: e.code().into(),
                        message: i18n::catalogs().error_message(lang, &e),
                        field: None,
                    };
                    json!({ "error": reply })
                }
            }
        }
    };

    let decision = conn
        .query_row(
            "SELECT decided_on, outcome, category, yearly_cents, start_on, grounds,
                    refusal_condition, notified_on, notified_how, amount_motivation,
                    calculated_yearly_cents, sp_months, letter_sent_on, start_motivation
             FROM income_decision WHERE request_id = ?1",
            [id],
            |r| {
                let yearly: Option<i64> = r.get(3)?;
                Ok(Decision {
                    decided_on: r.get(0)?,
                    outcome: r.get(1)?,
                    category: r.get(2)?,
                    yearly_cents: yearly,
                    monthly_cents: yearly.map(calc::monthly_from_yearly),
                    start_on: r.get(4)?,
                    grounds: r.get(5)?,
                    refusal_condition: r.get(6)?,
                    notified_on: r.get(7)?,
                    notified_how: r.get(8)?,
                    amount_motivation: r.get(9)?,
                    calculated_yearly_cents: r.get(10)?,
                    sp_months: r.get::<_, i64>(11)?.clamp(0, 36) as u8,
                    letter_sent_on: r.get(12)?,
                    start_motivation: r.get(13)?,
                })
            },
        )
        .optional()?;

    let clock = deadlines::clock(
        received,
        decision.as_ref().and_then(|d| {
            Some(deadlines::Decided {
                on: parse_date(&d.decided_on)?,
                granted: d.outcome != "refused",
                notified_on: d.notified_on.as_deref().and_then(parse_date),
            })
        }),
    );
    let status = if withdrawn_on.is_some() {
        "withdrawn"
    } else if decision.is_some() {
        "decided"
    } else {
        "open"
    };

    Ok(RequestView {
        id,
        person_id,
        person_display_name: person.display_name.clone(),
        reference: super::reference_of(conn, id)?,
        received_on,
        kind,
        other_label,
        received_by,
        receipt_given_on,
        hearing_notice_given_on,
        withdrawn_on,
        socio_professional_exemption: sp,
        sp_months: months,
        status: status.into(),
        deadlines: clock,
        visits,
        resources,
        category: CategoryView {
            proposed: proposal.category,
            proposal_reason: proposal.reason,
            chosen,
            reason: category_reason,
        },
        calculation,
        r#override: override_yearly.map(|y| Override {
            yearly_cents: y,
            monthly_cents: calc::monthly_from_yearly(y),
            motivation: override_motivation,
        }),
        decision,
        to_bring: super::to_bring::list(&conditions, lang),
        undo: super::undo::last(conn, id)?,
        conditions,
        created_at,
        updated_at,
    })
}

/// A short line per request of a person, newest first.
pub fn list(conn: &Db, person_id: i64) -> Result<Vec<Value>> {
    crate::person::load(conn, person_id)?;
    let mut stmt = conn.prepare(
        "SELECT r.id, r.received_on, r.kind, r.other_label, r.withdrawn_on, d.decided_on, d.notified_on,
                d.outcome, r.reference
         FROM income_request r LEFT JOIN income_decision d ON d.request_id = r.id
         WHERE r.person_id = ?1 ORDER BY r.received_on DESC, r.id DESC",
    )?;
    let rows = stmt
        .query_map([person_id], |r| {
            let received: String = r.get(1)?;
            let withdrawn: Option<String> = r.get(4)?;
            let decided: Option<String> = r.get(5)?;
            let notified: Option<String> = r.get(6)?;
            let outcome: Option<String> = r.get(7)?;
            let clock = deadlines::clock(
                parse_date(&received).unwrap_or_default(),
                decided
                    .as_deref()
                    .and_then(parse_date)
                    .map(|on| deadlines::Decided {
                        on,
                        granted: outcome.as_deref() != Some("refused"),
                        notified_on: notified.as_deref().and_then(parse_date),
                    }),
            );
            let status = if withdrawn.is_some() {
                "withdrawn"
            } else if decided.is_some() {
                "decided"
            } else {
                "open"
            };
            let id: i64 = r.get(0)?;
            let reference = r
                .get::<_, Option<String>>(8)?
                .unwrap_or_else(|| super::legacy_reference(&received, id));
            Ok(json!({
                "id": id,
                "reference": reference,
                "received_on": received,
                "kind": r.get::<_, String>(2)?,
                "other_label": r.get::<_, String>(3)?,
                "status": status,
                "decision_due": clock.decision_due,
                "notification_due": clock.notification_due,
                "first_payment_due": clock.first_payment_due,
                "appeal_ends": clock.appeal_ends,
                "notified_on": notified,
            }))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows)
}
