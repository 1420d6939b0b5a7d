//! Integration tests of the right to income through the command surface: request, the six
//! conditions, visits, resources, category, calculation, override, decision and deadlines.

mod common;

use chrono::{Duration, NaiveDate};
use serde_json::{json, Value};
use tandem::vault::KdfParams;
use tandem::Tandem;

fn open(dir: &std::path::Path) -> Tandem {
    let mut t = Tandem::new(dir).with_kdf(KdfParams::TESTING);
    t.call("settings.set", json!({"language": "en"})).unwrap();
    t.call(
        "vault.create",
        json!({"passphrase": "income passphrase", "profile": {"worker_name": "Ina Worker", "ocmw_name": "OCMW Proefstad", "language": "en"}}),
    )
    .unwrap();
    common::team::into_store(&mut t);
    t
}

fn person(t: &mut Tandem, household: Value) -> i64 {
    t.call(
        "person.create",
        json!({"display_name": "Applicant", "birth_date": "1990-01-15", "household": household}),
    )
    .unwrap()["id"]
        .as_i64()
        .unwrap()
}

fn request(t: &mut Tandem, person_id: i64, received_on: &str) -> i64 {
    t.call(
        "request.create",
        json!({"person_id": person_id, "received_on": received_on}),
    )
    .unwrap()["id"]
        .as_i64()
        .unwrap()
}

fn code(t: &mut Tandem, command: &str, args: Value) -> (String, Option<String>) {
    let e = t.reply(command, args).unwrap_err();
    (e.code, e.field)
}

/// The six conditions of the law, as the core lists them.
const SIX: [&str; 6] = tandem::income::CONDITIONS;

/// A request received on `received_on`, the six conditions met, granted on `decided_on` from
/// the request's date (€10,000 a year, the committee's amount: no amounts row is needed): its id and the decision's arguments (to record it again, notified).
fn grant(t: &mut Tandem, person_id: i64, received_on: &str, decided_on: &str) -> (i64, Value) {
    let id = request(t, person_id, received_on);
    for c in SIX {
        t.call(
            "condition.set",
            json!({"request_id": id, "condition": c, "finding": "met"}),
        )
        .unwrap();
    }
    t.call(
        "category.set",
        json!({"request_id": id, "category": "single", "reason": "Lives alone."}),
    )
    .unwrap();
    let decision = json!({"request_id": id, "decided_on": decided_on, "outcome": "granted",
                          "category": "single", "start_on": received_on,
                          "yearly_cents": 1_000_000, "amount_motivation": "The committee's amount.",
                          "grounds": "All six conditions are met."});
    t.call("decision.record", decision.clone()).unwrap();
    (id, decision)
}

#[test]
fn a_request_has_exactly_the_six_conditions_and_its_clock() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(&mut t, json!([]));
    let id = request(&mut t, p, "2025-03-03");
    let v = t.call("request.get", json!({"id": id})).unwrap();
    let names: Vec<&str> = v["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["condition"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "residence",
            "age",
            "nationality",
            "resources",
            "work_readiness",
            "other_benefits"
        ]
    );
    assert!(v["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["finding"] == "to_check"));
    assert_eq!(v["received_by"], "Ina Worker");
    assert_eq!(v["deadlines"]["decision_due"], "2025-04-02");
    assert_eq!(v["deadlines"]["notification_due"], Value::Null);
    assert_eq!(v["calculation"], Value::Null);
    // Age is proposed from the birth date: 35 on the request date.
    assert_eq!(v["conditions"][1]["proposal"]["finding"], "met");
    assert!(v["conditions"][1]["proposal"]["text"]
        .as_str()
        .unwrap()
        .contains("35"));

    // No seventh condition, no behaviour field sneaking in through `detail`.
    assert_eq!(
        code(
            &mut t,
            "condition.set",
            json!({"request_id": id, "condition": "behaviour", "finding": "met"})
        ),
        ("invalid-choice".into(), Some("condition".into()))
    );
    assert_eq!(
        code(
            &mut t,
            "condition.set",
            json!({"request_id": id, "condition": "work_readiness", "detail": {"job_applications": 3}})
        )
        .0,
        "invalid-input"
    );
    let v = t
        .call(
            "condition.set",
            json!({"request_id": id, "condition": "work_readiness", "finding": "met",
                   "explanation": "Cares for her mother full time.",
                   "detail": {"obstacles": ["care_duties", "care_duties"]}}),
        )
        .unwrap();
    assert_eq!(v["conditions"][4]["finding"], "met");
    assert_eq!(
        v["conditions"][4]["detail"]["obstacles"],
        json!(["care_duties"])
    );

    // The receipt and the hearing-right notice are dated, never before the request.
    let v = t
        .call(
            "request.update",
            json!({"id": id, "receipt_given_on": "2025-03-03", "hearing_notice_given_on": "2025-03-05"}),
        )
        .unwrap();
    assert_eq!(v["receipt_given_on"], "2025-03-03");
    assert_eq!(
        code(
            &mut t,
            "request.update",
            json!({"id": id, "receipt_given_on": "2025-03-01"})
        ),
        ("date-order".into(), Some("receipt_given_on".into()))
    );
    let v = t
        .call(
            "request.update",
            json!({"id": id, "receipt_given_on": null}),
        )
        .unwrap();
    assert_eq!(v["receipt_given_on"], Value::Null);
    assert_eq!(v["hearing_notice_given_on"], "2025-03-05");
}

#[test]
fn minors_and_the_assimilated_cases() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = t
        .call(
            "person.create",
            json!({"display_name": "Young", "birth_date": "2008-06-01"}),
        )
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let id = request(&mut t, p, "2025-03-01");
    let v = t.call("request.get", json!({"id": id})).unwrap();
    assert_eq!(v["conditions"][1]["proposal"]["finding"], "to_check");
    let v = t
        .call(
            "condition.set",
            json!({"request_id": id, "condition": "age", "detail": {"assimilation": "pregnant"}}),
        )
        .unwrap();
    assert_eq!(v["conditions"][1]["proposal"]["finding"], "met");
    assert_eq!(
        code(
            &mut t,
            "condition.set",
            json!({"request_id": id, "condition": "age", "detail": {"assimilation": "rich"}})
        )
        .0,
        "invalid-choice"
    );
}

#[test]
fn outside_the_nationality_groups_is_routed_not_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(&mut t, json!([]));
    let id = request(&mut t, p, "2025-03-01");
    let v = t
        .call(
            "condition.set",
            json!({"request_id": id, "condition": "nationality", "finding": "not_met", "detail": {"group": "other"}}),
        )
        .unwrap();
    assert_eq!(v["conditions"][2]["routing"], "equivalent");
    assert!(v["conditions"][2]["routing_text"]
        .as_str()
        .unwrap()
        .contains("8 July 1976"));
    assert_eq!(
        code(
            &mut t,
            "decision.record",
            json!({"request_id": id, "decided_on": "2025-03-20", "outcome": "refused",
                   "refusal_condition": "nationality", "grounds": "Not in the groups."})
        )
        .0,
        "refusal-nationality"
    );
    let v = t
        .call("request.update", json!({"id": id, "kind": "equivalent"}))
        .unwrap();
    assert_eq!(v["conditions"][2]["routing"], Value::Null);
}

#[test]
fn refusal_only_on_a_condition_not_met_or_a_withdrawal() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(&mut t, json!([]));
    let id = request(&mut t, p, "2025-03-01");
    let refuse = |ground: &str| {
        json!({"request_id": id, "decided_on": "2025-03-20", "outcome": "refused",
               "refusal_condition": ground, "grounds": "The committee's words."})
    };
    for ground in ["behaviour", "no_contract", "residence"] {
        assert_eq!(
            code(&mut t, "decision.record", refuse(ground)),
            ("refusal-ground".into(), Some("refusal_condition".into())),
            "{ground}"
        );
    }
    assert_eq!(
        code(
            &mut t,
            "decision.record",
            json!({"request_id": id, "decided_on": "2025-03-20", "outcome": "refused", "grounds": "x"})
        )
        .0,
        "refusal-ground"
    );
    t.call(
        "condition.set",
        json!({"request_id": id, "condition": "residence", "finding": "not_met", "explanation": "Lives abroad."}),
    )
    .unwrap();
    let v = t.call("decision.record", refuse("residence")).unwrap();
    assert_eq!(v["decision"]["outcome"], "refused");
    assert_eq!(v["status"], "decided");
    assert_eq!(v["deadlines"]["notification_due"], "2025-03-28");
    t.call("decision.record", refuse("withdrawn")).unwrap();
    // A decision before the request, or a notification before the decision, is refused.
    let mut early = refuse("residence");
    early["decided_on"] = json!("2025-02-01");
    assert_eq!(code(&mut t, "decision.record", early).0, "date-order");
    let mut late = refuse("residence");
    late["notified_on"] = json!("2025-03-19");
    late["notified_how"] = json!("handed_over");
    assert_eq!(
        code(&mut t, "decision.record", late).1,
        Some("notified_on".into())
    );
}

#[test]
fn visits_bank_statements_and_parents_need_written_reasons() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(&mut t, json!([]));
    let id = request(&mut t, p, "2025-03-01");
    assert_eq!(
        code(
            &mut t,
            "visit.add",
            json!({"request_id": id, "visited_on": "2025-03-04", "announced": false, "purposes": ["residence"]})
        ),
        ("reason-required".into(), Some("unannounced_reason".into()))
    );
    assert_eq!(
        code(
            &mut t,
            "visit.add",
            json!({"request_id": id, "visited_on": "2025-03-04", "purposes": []})
        )
        .1,
        Some("purposes".into())
    );
    assert_eq!(
        code(
            &mut t,
            "visit.add",
            json!({"request_id": id, "visited_on": "2025-03-04", "purposes": ["expenses"]})
        )
        .0,
        "invalid-choice"
    );
    let v = t
        .call(
            "visit.add",
            json!({"request_id": id, "visited_on": "2025-03-04", "purposes": ["residence", "household"], "findings": "Lives here with her son."}),
        )
        .unwrap();
    assert_eq!(v["visits"][0]["announced"], true);
    assert_eq!(
        v["visits"][0]["purposes"],
        json!(["residence", "household"])
    );

    assert_eq!(
        code(
            &mut t,
            "evidence.add",
            json!({"request_id": id, "condition": "resources", "kind": "bank_statement", "description": "Income lines of March"})
        ),
        ("reason-required".into(), Some("bank_reason".into()))
    );
    let v = t
        .call(
            "evidence.add",
            json!({"request_id": id, "condition": "resources", "kind": "bank_statement",
                   "description": "Income lines of March", "bank_reason": "No pay slips from the employer."}),
        )
        .unwrap();
    let ev = v["conditions"][3]["evidence"][0].clone();
    assert_eq!(ev["kind"], "bank_statement");
    let v = t.call("evidence.remove", json!({"id": ev["id"]})).unwrap();
    assert_eq!(v["conditions"][3]["evidence"], json!([]));

    assert_eq!(
        code(
            &mut t,
            "resource.add",
            json!({"request_id": id, "kind": "benefit", "whose": "parent", "amount_cents": 90000, "period": "month", "counted": true})
        ),
        ("reason-required".into(), Some("motivation".into()))
    );
    assert_eq!(
        code(
            &mut t,
            "resource.add",
            json!({"request_id": id, "kind": "rent", "whose": "applicant", "amount_cents": 1, "period": "month"})
        ).0,
        "invalid-choice"
    );
    assert_eq!(
        code(
            &mut t,
            "resource.add",
            json!({"request_id": id, "kind": "wages", "whose": "applicant", "amount_cents": -5, "period": "month"})
        ).0,
        "out-of-range"
    );
}

#[test]
fn category_is_proposed_from_the_household() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let cases = [
        (json!([]), "single"),
        (
            json!([{"name": "Sam", "relation": "partner", "cohabits": true}]),
            "cohabitant",
        ),
        (
            json!([{"name": "Sam", "relation": "partner", "cohabits": true},
                   {"name": "Kid", "relation": "child", "cohabits": true, "minor": true}]),
            "family",
        ),
        (
            json!([{"name": "Friend", "relation": "other", "cohabits": true}]),
            "single",
        ),
        (
            json!([{"name": "Ex", "relation": "partner", "cohabits": false}]),
            "single",
        ),
    ];
    for (household, expected) in cases {
        let p = person(&mut t, household.clone());
        let id = request(&mut t, p, "2025-03-01");
        let v = t.call("request.get", json!({"id": id})).unwrap();
        assert_eq!(v["category"]["proposed"], expected, "{household}");
        assert!(!v["category"]["proposal_reason"]
            .as_str()
            .unwrap()
            .is_empty());
    }
    let p = person(
        &mut t,
        json!([{"name": "Friend", "relation": "other", "cohabits": true}]),
    );
    let id = request(&mut t, p, "2025-03-01");
    // Confirming the proposal needs no reason; choosing another one does.
    assert_eq!(
        code(
            &mut t,
            "category.set",
            json!({"request_id": id, "category": "cohabitant"})
        ),
        ("reason-required".into(), Some("reason".into()))
    );
    let v = t
        .call(
            "category.set",
            json!({"request_id": id, "category": "cohabitant", "reason": "They share rent, meals and bills."}),
        )
        .unwrap();
    assert_eq!(v["category"]["chosen"], "cohabitant");
    t.call(
        "category.set",
        json!({"request_id": id, "category": "single"}),
    )
    .unwrap();
}

#[test]
fn calculation_in_the_request_follows_the_resources() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(
        &mut t,
        json!([{"name": "Sam", "relation": "partner", "cohabits": true},
               {"name": "Bro", "relation": "other", "cohabits": true}]),
    );
    let id = request(&mut t, p, "2025-03-01");
    for r in [
        json!({"kind": "wages", "whose": "partner", "amount_cents": 110000, "period": "month"}),
        json!({"kind": "wages", "whose": "other", "amount_cents": 250000, "period": "month"}),
        json!({"kind": "family_allowance", "whose": "applicant", "amount_cents": 20000, "period": "month"}),
    ] {
        let mut args = r.clone();
        args["request_id"] = json!(id);
        t.call("resource.add", args).unwrap();
    }
    let v = t
        .call(
            "category.set",
            json!({"request_id": id, "category": "cohabitant"}),
        )
        .unwrap();
    let counts: Vec<bool> = v["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["counts"].as_bool().unwrap())
        .collect();
    assert_eq!(counts, [true, false, false]);
    // Art. 34 (SPP IS FAQ): in category 1 only the partner's resources above the category 1
    // amount count: €13,200 − €10,513.60 = €2,686.40; − €155 = €2,531.40;
    // €10,513.60 − €2,531.40 = €7,982.20 a year (€665.18 a month).
    let c = &v["calculation"];
    assert_eq!(c["yearly_cents"], 798_220);
    assert_eq!(c["monthly_cents"], 66_518);
    assert_eq!(c["amount_row"]["valid_from"], "2025-02-01");
    let steps: Vec<&str> = c["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        steps
            .iter()
            .any(|s| s.contains("€7,982.20") && s.contains("€665.18")),
        "{steps:?}"
    );
    assert!(steps.iter().any(|s| s.contains("never count")), "{steps:?}");

    // The same figures through the pure command.
    let pure = t
        .call(
            "income.calculate",
            json!({"date": "2025-03-01", "category": "cohabitant", "resources": [
                {"kind": "wages", "whose": "partner", "amount_cents": 110000, "period": "month"},
                {"kind": "wages", "whose": "other", "amount_cents": 250000, "period": "month"},
                {"kind": "family_allowance", "whose": "applicant", "amount_cents": 20000, "period": "month"}]}),
        )
        .unwrap();
    assert_eq!(pure["yearly_cents"], c["yearly_cents"]);

    // Override with a motivation, then remove it.
    assert_eq!(
        code(
            &mut t,
            "income.override",
            json!({"request_id": id, "yearly_cents": 500000})
        )
        .1,
        Some("motivation".into())
    );
    let v = t
        .call(
            "income.override",
            json!({"request_id": id, "yearly_cents": 500000, "motivation": "Partner's wages end next month."}),
        )
        .unwrap();
    assert_eq!(v["override"]["monthly_cents"], 41_667);
    let v = t
        .call(
            "income.override",
            json!({"request_id": id, "yearly_cents": null}),
        )
        .unwrap();
    assert_eq!(v["override"], Value::Null);

    // Removing the partner's wages gives the full amount.
    let first = v["resources"][0]["id"].clone();
    let v = t.call("resource.remove", json!({"id": first})).unwrap();
    assert_eq!(v["calculation"]["yearly_cents"], 1_051_360);

    // Granting records the amount.
    let v = t
        .call(
            "decision.record",
            json!({"request_id": id, "decided_on": "2025-03-25", "outcome": "granted", "category": "cohabitant",
                   "yearly_cents": 1_051_360, "start_on": "2025-03-01", "grounds": "All six conditions are met.",
                   "notified_on": "2025-03-27", "notified_how": "registered_letter"}),
        )
        .unwrap();
    assert_eq!(v["decision"]["monthly_cents"], 87_613);
}

#[test]
fn dates_before_any_amounts_row_and_new_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    assert_eq!(
        code(
            &mut t,
            "income.calculate",
            json!({"date": "2023-01-01", "category": "single"})
        )
        .0,
        "no-amount-row"
    );
    let rows = t
        .call(
            "amounts.add",
            json!({"valid_from": "2023-01-01", "cohabitant_year_cents": 900000, "single_year_cents": 1400000,
                   "family_year_cents": 1800000, "source": "synthetic test row"}),
        )
        .unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3);
    let c = t
        .call(
            "income.calculate",
            json!({"date": "2023-06-01", "category": "single"}),
        )
        .unwrap();
    assert_eq!(c["yearly_cents"], 1_400_000);
    assert_eq!(c["amount_row"]["source"], "synthetic test row");
    // The socio-professional exemption needs its amount for the date.
    assert_eq!(
        code(
            &mut t,
            "income.calculate",
            json!({"date": "2023-06-01", "category": "single", "socio_professional_exemption": true,
                   "resources": [{"kind": "wages", "whose": "applicant", "amount_cents": 1000, "period": "month"}]})
        )
        .0,
        "no-sp-exemption"
    );
}

#[test]
fn deadlines_list_shows_what_is_due_soon_or_overdue() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(&mut t, json!([]));
    let today: NaiveDate = chrono::Local::now().date_naive();
    let d = |days: i64| {
        (today - Duration::days(days))
            .format("%Y-%m-%d")
            .to_string()
    };
    let overdue = request(&mut t, p, &d(40)); // decision was due 10 days ago
    let soon = request(&mut t, p, &d(26)); // due in 4 days
    let later = request(&mut t, p, &d(1)); // due in 29 days
    let notified = request(&mut t, p, &d(20));
    t.call(
        "condition.set",
        json!({"request_id": notified, "condition": "residence", "finding": "not_met"}),
    )
    .unwrap();
    t.call(
        "decision.record",
        json!({"request_id": notified, "decided_on": d(2), "outcome": "refused", "refusal_condition": "residence",
               "grounds": "g"}),
    )
    .unwrap();
    let list = t.call("deadlines.list", json!({"within_days": 7})).unwrap();
    let got: Vec<(i64, &str, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["request_id"].as_i64().unwrap(),
                x["which"].as_str().unwrap(),
                x["overdue"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (overdue, "decision", true),
            (soon, "decision", false),
            (notified, "notification", false)
        ]
    );
    assert!(!got.iter().any(|g| g.0 == later));
    // Once notified (or withdrawn) it leaves the list.
    t.call(
        "decision.record",
        json!({"request_id": notified, "decided_on": d(2), "outcome": "refused", "refusal_condition": "residence",
               "grounds": "g", "notified_on": d(1), "notified_how": "handed_over"}),
    )
    .unwrap();
    t.call(
        "request.update",
        json!({"id": overdue, "withdrawn_on": d(0)}),
    )
    .unwrap();
    let list = t.call("deadlines.list", json!({})).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let requests = t.call("request.list", json!({"person_id": p})).unwrap();
    assert_eq!(requests.as_array().unwrap().len(), 4);
}

/// After a grant: the first payment within 15 days of the decision (art. 23 of the law of
/// 26 May 2002) and, once the notification is recorded, the last day to appeal (art. 47 § 1,
/// three months counted by the Judicial Code arts. 52–54: notified on Friday 31 January 2025,
/// the term runs from 1 February to 30 April). A refusal has no payment; both show in the
/// request and in the person's list of requests.
#[test]
fn a_grant_shows_its_first_payment_and_appeal_period() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(&mut t, json!([]));
    let (id, grant) = grant(&mut t, p, "2025-01-06", "2025-01-29");
    let v = t.call("request.get", json!({"id": id})).unwrap();
    assert_eq!(v["deadlines"]["first_payment_due"], "2025-02-13");
    assert_eq!(
        v["deadlines"]["appeal_ends"],
        Value::Null,
        "not notified yet"
    );
    let mut notified = grant;
    notified["notified_on"] = json!("2025-01-31");
    notified["notified_how"] = json!("registered_letter");
    let v = t.call("decision.record", notified).unwrap();
    assert_eq!(v["deadlines"]["appeal_ends"], "2025-04-30");
    let list = t.call("request.list", json!({"person_id": p})).unwrap();
    assert_eq!(list[0]["appeal_ends"], "2025-04-30");
    assert_eq!(list[0]["first_payment_due"], "2025-02-13");

    let refused = request(&mut t, p, "2025-08-01");
    t.call(
        "condition.set",
        json!({"request_id": refused, "condition": "residence", "finding": "not_met"}),
    )
    .unwrap();
    let v = t
        .call(
            "decision.record",
            json!({"request_id": refused, "decided_on": "2025-08-08", "outcome": "refused",
                   "refusal_condition": "residence", "grounds": "Lives abroad.",
                   "notified_on": "2025-08-11", "notified_how": "handed_over"}),
        )
        .unwrap();
    assert_eq!(v["deadlines"]["first_payment_due"], Value::Null);
    // Three months from 12 August: 11 November is a legal holiday, so the 12th.
    assert_eq!(v["deadlines"]["appeal_ends"], "2025-11-12");
}

fn review(request_id: i64, reviewed_on: &str, changed: Option<&str>) -> Value {
    let conditions: Vec<Value> = SIX
        .iter()
        .map(|c| match changed {
            Some(x) if x == *c => {
                json!({"condition": c, "status": "changed", "note": "Moved in with a partner."})
            }
            _ => json!({"condition": c, "status": "reconfirmed"}),
        })
        .collect();
    json!({"request_id": request_id, "reviewed_on": reviewed_on, "visited_on": reviewed_on,
           "conditions": conditions})
}

/// The running right (issue "The right over time", 1, 4 and 6). The conditions are examined
/// again at least once a year (art. 22 § 1, al. 3 of the law of 26 May 2002) and the home
/// visit is repeated at least yearly (royal decree of 1 December 2013): the review is due a
/// year after the earlier of the two, and shows in the deadlines. A review names each of the
/// six conditions itself. The right ends by a decision on one of the law's grounds (art. 22,
/// art. 21 § 2), never on a ground of the support plan.
#[test]
fn a_running_right_is_reviewed_and_ended() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(&mut t, json!([]));
    // Decided on a leap day: a year on is 28 February.
    let (id, _) = grant(&mut t, p, "2024-02-05", "2024-02-29");
    let v = t.call("right.get", json!({"id": id})).unwrap();
    assert_eq!(v["status"], "running");
    assert_eq!(v["start_on"], "2024-02-05");
    assert_eq!(v["last_inquiry_on"], "2024-02-29");
    assert_eq!(v["review_due_on"], "2025-02-28");
    assert_eq!(v["first_payment_due"], "2024-03-15");
    // A home visit during the inquiry, before the decision: the visit's year comes first.
    t.call(
        "visit.add",
        json!({"request_id": id, "visited_on": "2024-02-12", "announced": true,
               "purposes": ["residence"], "findings": "Lives at the address."}),
    )
    .unwrap();
    let v = t.call("right.get", json!({"id": id})).unwrap();
    assert_eq!(v["review_due_on"], "2025-02-12");
    // In the deadlines, overdue since then.
    let due = t
        .call("deadlines.list", json!({"today": "2025-03-01"}))
        .unwrap();
    let reviews: Vec<&Value> = due
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["which"] == "review")
        .collect();
    assert_eq!(reviews.len(), 1, "{due}");
    assert_eq!(reviews[0]["request_id"], id);
    assert_eq!(reviews[0]["due_on"], "2025-02-12");
    assert_eq!(reviews[0]["overdue"], true);
    let due = t
        .call("deadlines.list", json!({"today": "2025-01-01"}))
        .unwrap();
    assert!(!due
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["which"] == "review"));

    // A review names all six conditions, each re-confirmed or changed with what changed.
    let mut missing = review(id, "2025-02-10", None);
    missing["conditions"].as_array_mut().unwrap().pop();
    assert_eq!(
        code(&mut t, "right.review", missing),
        ("required".into(), Some("conditions.other_benefits".into()))
    );
    let mut silent = review(id, "2025-02-10", Some("residence"));
    silent["conditions"][0]["note"] = json!("");
    assert_eq!(
        code(&mut t, "right.review", silent),
        (
            "reason-required".into(),
            Some("conditions.residence.note".into())
        )
    );
    let mut unexamined = review(id, "2025-02-10", None);
    unexamined["conditions"][2]["status"] = json!("");
    assert_eq!(
        code(&mut t, "right.review", unexamined),
        (
            "invalid-choice".into(),
            Some("conditions.nationality".into())
        )
    );
    let mut too_late = review(id, "2025-02-10", None);
    too_late["next_review_on"] = json!("2026-02-11");
    assert_eq!(
        code(&mut t, "right.review", too_late),
        ("invalid-date".into(), Some("next_review_on".into()))
    );
    let mut no_visit = review(id, "2025-02-10", None);
    no_visit["visited_on"] = Value::Null;
    assert_eq!(
        code(&mut t, "right.review", no_visit.clone()),
        ("reason-required".into(), Some("no_visit_reason".into()))
    );
    no_visit["no_visit_reason"] = json!("In hospital; met at the OCMW.");
    let v = t.call("right.review", no_visit).unwrap();
    assert_eq!(v["reviews"][0]["outcome"], "unchanged");
    // Examined on 10 Feb 2025, the last visit still on 12 Feb 2024: due at once.
    assert_eq!(v["review_due_on"], "2025-02-12");
    let v = t
        .call("right.review", review(id, "2025-03-03", Some("residence")))
        .unwrap();
    assert_eq!(v["reviews"][1]["outcome"], "changed");
    assert_eq!(v["reviews"][1]["conditions"][0]["status"], "changed");
    assert_eq!(v["last_inquiry_on"], "2025-03-03");
    assert_eq!(v["review_due_on"], "2026-03-03");

    // The end: on the law's grounds only, never before the start, with its motivation.
    let end = |reason: &str, condition: Option<&str>, ended_on: &str| {
        json!({"request_id": id, "ended_on": ended_on, "reason": reason, "condition": condition,
               "detail": "Lives in Ghent since 1 April.", "decided_on": "2025-04-10"})
    };
    assert_eq!(
        code(
            &mut t,
            "right.end",
            end("support_plan_refused", None, "2025-04-01")
        ),
        ("invalid-choice".into(), Some("reason".into()))
    );
    assert_eq!(
        code(
            &mut t,
            "right.end",
            end("condition_not_met", None, "2025-04-01")
        ),
        ("required".into(), Some("condition".into()))
    );
    assert_eq!(
        code(&mut t, "right.end", end("moved", None, "2024-01-01")),
        ("date-order".into(), Some("ended_on".into()))
    );
    // A file with a running right is not closed: the right ends first, by its decision.
    assert_eq!(
        code(&mut t, "person.close", json!({"person_id": p})).0,
        "right-running"
    );
    let v = t
        .call("right.end", end("moved", None, "2025-04-01"))
        .unwrap();
    assert_eq!(v["status"], "ended");
    assert_eq!(v["end"]["reason"], "moved");
    assert_eq!(v["review_due_on"], Value::Null);
    assert_eq!(
        code(&mut t, "right.end", end("death", None, "2025-05-01")).0,
        "right-ended"
    );
    assert_eq!(
        code(&mut t, "right.review", review(id, "2025-04-20", None)).0,
        "right-ended"
    );
    let due = t
        .call("deadlines.list", json!({"today": "2026-06-01"}))
        .unwrap();
    assert!(!due
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["which"] == "review"));

    // A refused request has no right.
    let refused = request(&mut t, p, "2025-06-02");
    assert_eq!(
        code(&mut t, "right.get", json!({"id": refused})).0,
        "not-found"
    );
}

/// There is no notion of expenses anywhere: not in the schema, not in the commands.
#[test]
fn no_expenses_anywhere() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let t = open(&dir);
    drop(t);
    let v = tandem::vault::Vault::unlock(
        &dir,
        &tandem::vault::Secret::Passphrase("income passphrase"),
    )
    .unwrap();
    let schema: String = v
        .conn()
        .query_row(
            "SELECT group_concat(sql, ' ') FROM sqlite_master",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let schema = schema.to_lowercase();
    for word in [
        "expense",
        "spending",
        "uitgave",
        "depense",
        "dépense",
        "ausgabe",
        "rent_paid",
        "sanction",
        "contract",
    ] {
        assert!(!schema.contains(word), "the schema mentions {word:?}");
    }
    // The income tables know nothing of the support plan (the plan's own tables exist apart).
    let income_side: String = v
        .conn()
        .query_row(
            "SELECT group_concat(sql, ' ') FROM sqlite_master
             WHERE name LIKE 'income%' OR name LIKE 'report%' OR name = 'amount_row'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        income_side.contains("income_request"),
        "the query found the income tables"
    );
    for word in ["support", "plan_id", "goal", "commitment", "meeting"] {
        assert!(
            !income_side.to_lowercase().contains(word),
            "an income table mentions {word:?}"
        );
    }
    for c in tandem::api::COMMANDS {
        assert!(!c.contains("expense"), "{c}");
    }
}

/// One worked example: the input of `income.calculate`, the expected yearly and monthly
/// amounts, and where the rule and figures come from.
struct Example {
    name: &'static str,
    source: &'static str,
    input: Value,
    yearly: i64,
    monthly: i64,
}

fn line(kind: &str, whose: &str, cents: i64, period: &str) -> Value {
    json!({"kind": kind, "whose": whose, "amount_cents": cents, "period": period})
}

fn with(mut v: Value, extra: Value) -> Value {
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    v
}

fn calc_input(date: &str, category: &str, resources: Vec<Value>) -> Value {
    json!({"date": date, "category": category, "resources": resources})
}

// Sources named in the examples:
// - FAQ-34: SPP IS FAQ (mi-is.be/nl/faq "moet er voor de berekening van het leefloon rekening
//   gehouden worden met de studiebeurs…"), citing art. 34 of the royal decree of 11 July 2002:
//   cat. 3 partner in full; cat. 1 partner above the cat. 1 amount; parents and children "kan
//   (geheel of gedeeltelijk) … boven het bedrag van categorie 1"; anyone else never.
// - BDAS: Brussels social rights guide (bdas-wwsb.brussels): p=3321 general exemption on the
//   total, p=3380 a partner on the leefloon never counted, p=3440 savings, p=5317 real estate,
//   p=3363 socio-professional exemption €309.48; amounts on 01.02.2025.
// - FAQ-27: SPP IS FAQ "wordt … rekening gehouden met de spaargelden": 6 % of the part between
//   €6,200 and €12,500, 10 % above.
// - DQ: droitsquotidiens.be worked examples (savings €25,000 → €1,378 a year for a single
//   person; home with cadastral income €1,250 → €1,250 a year) and the shortage-occupation
//   amount €443.52 from 1 February 2025.
// - CIRC-2018: general circular of 27 March 2018 as quoted by Terralaboris: sale or gift in the
//   ten years before the request at its market value, × share, usufruct 40 %, bare ownership
//   60 %, less personal debts, then art. 27.
// - KB-2026: royal decree of 7 January 2026 amending art. 34 (Belgian Official Gazette 16
//   January 2026, in force 1 March 2026), as described by the SPP IS newsflash (cpasconnect.be).
// - ISSUE: the worked examples of the issue "The leefloon amount, exact to the law".
// Amounts from 1 February 2025: cat. 1 €10,513.60, cat. 2 €15,770.41, cat. 3 12 × €1,776.07 =
// €21,312.84 a year; general exemption €155 / €250 / €310 (art. 22 §2).
fn examples() -> Vec<Example> {
    let d = "2025-06-01";
    vec![
        Example {
            name: "cohabitant, partner earns €500 a month",
            source: "ISSUE; FAQ-34: €6,000 is below €10,513.60, nothing counts",
            input: calc_input(d, "cohabitant", vec![line("wages", "partner", 50_000, "month")]),
            yearly: 1_051_360,
            monthly: 87_613,
        },
        Example {
            name: "cohabitant, partner earns €1,100 a month",
            source: "ISSUE; BDAS p=3321 (€665.18): €13,200 − €10,513.60 = €2,686.40 − €155",
            input: calc_input(d, "cohabitant", vec![line("wages", "partner", 110_000, "month")]),
            yearly: 798_220,
            monthly: 66_518,
        },
        Example {
            name: "single parent, €250 a month maintenance for the child",
            source: "ISSUE; art. 22 §1 (DQ, BDAS p=3300): maintenance for a child raised is exempt",
            input: calc_input(
                d,
                "family",
                vec![line("maintenance_children", "applicant", 25_000, "month")],
            ),
            yearly: 2_131_284,
            monthly: 177_607,
        },
        Example {
            name: "category 3 with a partner earning €1,000 a month",
            source: "FAQ-34 (in full in cat. 3): €21,312.84 − (€12,000 − €310)",
            input: calc_input(d, "family", vec![line("wages", "partner", 100_000, "month")]),
            yearly: 962_284,
            monthly: 80_190,
        },
        Example {
            name: "partner on the leefloon",
            source: "BDAS p=3380: a partner receiving the leefloon is never counted",
            input: calc_input(d, "cohabitant", vec![line("leefloon", "partner", 87_613, "month")]),
            yearly: 1_051_360,
            monthly: 87_613,
        },
        Example {
            name: "two parents counted, each above the category 1 amount",
            source: "FAQ-34 per person (ISSUE: two parents are two deductions): mother €18,000 → €7,486.40; father €9,600 → 0; − €155",
            input: calc_input(
                d,
                "cohabitant",
                vec![
                    with(line("wages", "parent", 150_000, "month"), json!({"member": "Mother", "counted": true, "motivation": "Shares the household costs."})),
                    with(line("benefit", "parent", 80_000, "month"), json!({"member": "Father", "counted": true, "motivation": "Shares the household costs."})),
                ],
            ),
            yearly: 318_220,
            monthly: 26_518,
        },
        Example {
            name: "the same two incomes without saying whose: one person",
            source: "FAQ-34: €27,600 − €10,513.60 = €17,086.40 ≥ the cat. 1 amount, no exemption",
            input: calc_input(
                d,
                "cohabitant",
                vec![
                    with(line("wages", "parent", 150_000, "month"), json!({"counted": true, "motivation": "m"})),
                    with(line("benefit", "parent", 80_000, "month"), json!({"counted": true, "motivation": "m"})),
                ],
            ),
            yearly: 0,
            monthly: 0,
        },
        Example {
            name: "a parent counted partly (€3,000 of €7,486.40)",
            source: "FAQ-34 (geheel of gedeeltelijk): €3,000 − €155",
            input: calc_input(
                d,
                "cohabitant",
                vec![with(line("wages", "parent", 150_000, "month"), json!({"counted": true, "counted_yearly_cents": 300_000, "motivation": "Pays part of the rent only."}))],
            ),
            yearly: 766_860,
            monthly: 63_905,
        },
        Example {
            name: "a parent not counted (the default)",
            source: "FAQ-34: the OCMW may count; not counting is the default",
            input: calc_input(d, "cohabitant", vec![line("wages", "parent", 150_000, "month")]),
            yearly: 1_051_360,
            monthly: 87_613,
        },
        Example {
            name: "a parent below the category 1 amount, chosen",
            source: "FAQ-34: only the part above €10,513.60 can count; €8,400 is below",
            input: calc_input(
                d,
                "cohabitant",
                vec![with(line("benefit", "parent", 70_000, "month"), json!({"counted": true, "motivation": "m"}))],
            ),
            yearly: 1_051_360,
            monthly: 87_613,
        },
        Example {
            name: "a brother's wages",
            source: "FAQ-34: in all other cases the OCMW may not count",
            input: calc_input(d, "single", vec![line("wages", "other", 200_000, "month")]),
            yearly: 1_577_041,
            monthly: 131_420,
        },
        Example {
            name: "maintenance for oneself, €300 a month",
            source: "DQ: maintenance received for oneself counts, less the general exemption",
            input: calc_input(d, "single", vec![line("maintenance", "applicant", 30_000, "month")]),
            yearly: 1_242_041,
            monthly: 103_503,
        },
        Example {
            name: "another exempt income with its legal ground",
            source: "art. 22 §1 (ISSUE: recorded, never counted)",
            input: calc_input(
                d,
                "single",
                vec![with(line("exempt_other", "applicant", 40_000, "month"), json!({"legal_ground": "Foster-care allowance (art. 22 §1)"}))],
            ),
            yearly: 1_577_041,
            monthly: 131_420,
        },
        Example {
            name: "savings of €5,000",
            source: "FAQ-27: nothing up to €6,200",
            input: calc_input(d, "single", vec![json!({"kind": "savings", "whose": "applicant", "amount_cents": 500_000})]),
            yearly: 1_577_041,
            monthly: 131_420,
        },
        Example {
            name: "savings of €25,000, single",
            source: "FAQ-27; DQ worked example: €378 + €1,250 − €250 = €1,378 a year",
            input: calc_input(d, "single", vec![json!({"kind": "savings", "whose": "applicant", "amount_cents": 2_500_000})]),
            yearly: 1_439_241,
            monthly: 119_937,
        },
        Example {
            name: "savings of €10,000, cohabitant",
            source: "FAQ-27: 6 % × €3,800 = €228 − €155",
            input: calc_input(d, "cohabitant", vec![json!({"kind": "savings", "whose": "applicant", "amount_cents": 1_000_000})]),
            yearly: 1_044_060,
            monthly: 87_005,
        },
        Example {
            name: "own home, cadastral income €1,250",
            source: "art. 25; DQ worked example: (€1,250 − €750) × 3 = €1,500 − €250",
            input: calc_input(d, "single", vec![json!({"kind": "real_estate", "whose": "applicant", "amount_cents": 125_000})]),
            yearly: 1_452_041,
            monthly: 121_003,
        },
        Example {
            name: "home with cadastral income €850 and one child",
            source: "art. 25; ADAS/BDAS example: €850 < €750 + €125",
            input: with(
                calc_input(d, "family", vec![json!({"kind": "real_estate", "whose": "applicant", "amount_cents": 85_000})]),
                json!({"children_in_care": 1}),
            ),
            yearly: 2_131_284,
            monthly: 177_607,
        },
        Example {
            name: "land, cadastral income €350",
            source: "art. 25; BDAS p=5317: (€350 − €30) × 3 = €960 − €250",
            input: calc_input(d, "single", vec![json!({"kind": "real_estate", "whose": "applicant", "amount_cents": 35_000, "unbuilt": true})]),
            yearly: 1_506_041,
            monthly: 125_503,
        },
        Example {
            name: "half of a house, cadastral income €2,000",
            source: "art. 25 §2 (joint ownership: income and exempt amount × share): (€1,000 − €375) × 3 − €250",
            input: calc_input(d, "single", vec![json!({"kind": "real_estate", "whose": "applicant", "amount_cents": 200_000, "share_percent": 50})]),
            yearly: 1_414_541,
            monthly: 117_878,
        },
        Example {
            name: "house sold three years ago for €100,000, €20,000 of debts paid off",
            source: "CIRC-2018 then FAQ-27: €80,000 → €378 + 10 % × €67,500 − €250",
            input: calc_input(d, "single", vec![json!({"kind": "property_sale", "whose": "applicant", "amount_cents": 10_000_000, "sold_on": "2022-05-01", "deductions_cents": 2_000_000})]),
            yearly: 889_241,
            monthly: 74_103,
        },
        Example {
            name: "usufruct sold, full value €50,000",
            source: "CIRC-2018 (usufruct 40 %): €20,000 → €378 + €750 − €250",
            input: calc_input(d, "single", vec![json!({"kind": "property_sale", "whose": "applicant", "amount_cents": 5_000_000, "sold_on": "2020-01-15", "sold_right": "usufruct"})]),
            yearly: 1_489_241,
            monthly: 124_103,
        },
        Example {
            name: "a sale more than ten years before the request",
            source: "CIRC-2018: only the ten years before the request",
            input: calc_input(d, "single", vec![json!({"kind": "property_sale", "whose": "applicant", "amount_cents": 10_000_000, "sold_on": "2014-05-31"})]),
            yearly: 1_577_041,
            monthly: 131_420,
        },
        Example {
            name: "six months of work with the socio-professional exemption",
            source: "art. 35 per month (BDAS p=3363, €309.48 a month): €7,200 − 6 × €309.48 − €250",
            input: with(
                calc_input(d, "single", vec![with(line("wages", "applicant", 120_000, "month"), json!({"months": 6}))]),
                json!({"socio_professional_exemption": true}),
            ),
            yearly: 1_067_729,
            monthly: 88_977,
        },
        Example {
            name: "socio-professional exemption with 33 of the 36 months used",
            source: "art. 35 (3 years over 6, DQ): 3 months left",
            input: with(
                calc_input(d, "single", vec![line("wages", "applicant", 100_000, "month")]),
                json!({"socio_professional_exemption": true, "sp_months_used": 33}),
            ),
            yearly: 494_885,
            monthly: 41_240,
        },
        Example {
            name: "shortage occupation: three months at €443.52",
            source: "art. 35 (DQ: €443.52 from 1 February 2025, 3 months once)",
            input: with(
                calc_input(d, "single", vec![line("wages", "applicant", 150_000, "month")]),
                json!({"socio_professional_exemption": true, "sp_shortage_months": 3}),
            ),
            yearly: 213_629,
            monthly: 17_802,
        },
        Example {
            name: "socio-professional exemption on wages given a month, every month (unchanged meaning)",
            source: "art. 35: 12 × €309.48",
            input: with(
                calc_input(d, "single", vec![line("wages", "applicant", 100_000, "month")]),
                json!({"socio_professional_exemption": true}),
            ),
            yearly: 773_417,
            monthly: 64_451,
        },
        Example {
            name: "the May 2024 row has its socio-professional exemption",
            source: "row of 1 May 2024: 12 × €1,288.46; exemption €303.41 (derived, see the row's source)",
            input: with(
                calc_input("2024-12-01", "single", vec![line("wages", "applicant", 100_000, "month")]),
                json!({"socio_professional_exemption": true}),
            ),
            yearly: 735_244,
            monthly: 61_270,
        },
        Example {
            name: "a grandparent before 1 March 2026: never",
            source: "FAQ-34 (first degree only before the reform; DQ: a grandfather never)",
            input: calc_input(d, "cohabitant", vec![with(line("wages", "maintenance_debtor", 150_000, "month"), json!({"counted": true, "motivation": "m"}))]),
            yearly: 1_051_360,
            monthly: 87_613,
        },
        Example {
            name: "a grandparent from 1 March 2026, counted by choice",
            source: "KB-2026: every adult maintenance debtor; above the cat. 1 amount, − €155",
            input: calc_input("2026-04-01", "cohabitant", vec![with(line("wages", "maintenance_debtor", 150_000, "month"), json!({"counted": true, "motivation": "m"}))]),
            yearly: 318_220,
            monthly: 26_518,
        },
        Example {
            name: "family allowance a parent receives for the applicant, from 1 March 2026",
            source: "KB-2026: it becomes the parent's resource: €10,000 + €2,400 − €10,513.60 − €155",
            input: calc_input(
                "2026-04-01",
                "cohabitant",
                vec![
                    with(line("wages", "parent", 1_000_000, "year"), json!({"counted": true, "motivation": "m"})),
                    line("family_allowance_applicant", "parent", 20_000, "month"),
                ],
            ),
            yearly: 878_220,
            monthly: 73_185,
        },
        Example {
            name: "the same allowance before 1 March 2026: exempt",
            source: "SPP IS reading (DQ): exempt before the reform; the parent's €10,000 is below the cat. 1 amount",
            input: calc_input(
                d,
                "cohabitant",
                vec![
                    with(line("wages", "parent", 1_000_000, "year"), json!({"counted": true, "motivation": "m"})),
                    line("family_allowance_applicant", "parent", 20_000, "month"),
                ],
            ),
            yearly: 1_051_360,
            monthly: 87_613,
        },
        Example {
            name: "single with a partner's income: warned, counted as in category 1",
            source: "FAQ-34 (the reading most favourable to the person)",
            input: calc_input(d, "single", vec![line("wages", "partner", 110_000, "month")]),
            yearly: 1_333_401,
            monthly: 111_117,
        },
        Example {
            name: "applicant's benefit and a partner's wages",
            source: "FAQ-34; BDAS p=3321 (general exemption once, on the total)",
            input: calc_input(
                d,
                "cohabitant",
                vec![
                    line("benefit", "applicant", 20_000, "month"),
                    line("wages", "partner", 110_000, "month"),
                ],
            ),
            yearly: 558_220,
            monthly: 46_518,
        },
    ]
}

/// The law exact: worked examples from the federal administration's FAQ and the guides that
/// quote the royal decree, to the cent.
#[test]
fn worked_examples_to_the_cent() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let all = examples();
    assert!(all.len() >= 25);
    for ex in all {
        let c = t
            .call("income.calculate", ex.input.clone())
            .unwrap_or_else(|e| panic!("{}: {e:?}", ex.name));
        assert_eq!(
            (c["yearly_cents"].as_i64(), c["monthly_cents"].as_i64()),
            (Some(ex.yearly), Some(ex.monthly)),
            "{} ({}):\n{:#}",
            ex.name,
            ex.source,
            c["steps"]
        );
    }
}

#[test]
fn steps_name_the_rules_and_warn() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let texts = |c: &Value| -> String {
        c["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    // A single applicant with a partner's income is warned about the category.
    let c = t
        .call(
            "income.calculate",
            calc_input(
                "2025-06-01",
                "single",
                vec![line("wages", "partner", 110_000, "month")],
            ),
        )
        .unwrap();
    assert_eq!(c["warnings"].as_array().unwrap().len(), 1);
    assert!(c["warnings"][0].as_str().unwrap().contains("category 1"));
    // Art. 34 and the category 1 amount are named in the partner's step.
    let c = t
        .call(
            "income.calculate",
            calc_input(
                "2025-06-01",
                "cohabitant",
                vec![line("wages", "partner", 110_000, "month")],
            ),
        )
        .unwrap();
    let all = texts(&c);
    assert!(
        all.contains("above the category 1 amount (€10,513.60)"),
        "{all}"
    );
    assert!(all.contains("art. 34"), "{all}");
    assert_eq!(c["persons"][0]["counted_cents"], 268_640);
    // From 1 March 2026 the step says the reform's text was not found and the choice stays.
    let c = t
        .call(
            "income.calculate",
            calc_input(
                "2026-04-01",
                "cohabitant",
                vec![line("wages", "parent", 150_000, "month")],
            ),
        )
        .unwrap();
    let all = texts(&c);
    assert!(
        all.contains("7 January 2026") && all.contains("not found"),
        "{all}"
    );
    // A date more than a year after the newest amounts row: the table may lack an indexation.
    assert!(c["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w.as_str().unwrap().contains("01/02/2025")));
    // Capital and property steps name their article and figures.
    let c = t
        .call(
            "income.calculate",
            calc_input(
                "2025-06-01",
                "single",
                vec![
                    json!({"kind": "savings", "whose": "applicant", "amount_cents": 2_500_000}),
                    json!({"kind": "real_estate", "whose": "applicant", "amount_cents": 125_000}),
                ],
            ),
        )
        .unwrap();
    let all = texts(&c);
    assert!(
        all.contains("art. 27") && all.contains("€6,200.00"),
        "{all}"
    );
    assert!(all.contains("art. 25") && all.contains("€750.00"), "{all}");
    // In the other languages too, no message id is left untranslated.
    for lang in ["nl", "fr", "de"] {
        t.call("settings.set", json!({"language": lang})).unwrap();
        let c = t
            .call(
                "income.calculate",
                calc_input(
                    "2026-04-01",
                    "single",
                    vec![
                        line("wages", "partner", 110_000, "month"),
                        with(line("wages", "parent", 150_000, "month"), json!({"member": "M", "counted": true, "counted_yearly_cents": 1000, "motivation": "m"})),
                        json!({"kind": "property_sale", "whose": "applicant", "amount_cents": 10_000_000, "sold_on": "2022-05-01"}),
                        json!({"kind": "real_estate", "whose": "applicant", "amount_cents": 35_000, "unbuilt": true}),
                        with(line("exempt_other", "applicant", 100, "month"), json!({"legal_ground": "g"})),
                        line("leefloon", "partner", 100, "month"),
                        with(line("wages", "applicant", 100_000, "month"), json!({"months": 6})),
                    ],
                ),
            )
            .unwrap();
        let all = texts(&c);
        assert!(
            !all.contains("step-") && !all.contains("{"),
            "{lang}: {all}"
        );
    }
}

#[test]
fn resource_lines_validate_their_new_fields() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(&mut t, json!([]));
    let id = request(&mut t, p, "2025-03-01");
    let add = |t: &mut Tandem, extra: Value| {
        let mut args = json!({"request_id": id, "kind": "wages", "whose": "applicant",
                              "amount_cents": 1000, "period": "month"});
        for (k, v) in extra.as_object().unwrap() {
            args[k] = v.clone();
        }
        t.reply("resource.add", args)
    };
    for (extra, field) in [
        (json!({"months": 13}), "months"),
        (json!({"months": 0}), "months"),
        (json!({"kind": "exempt_other"}), "legal_ground"),
        (json!({"kind": "property_sale", "period": null}), "sold_on"),
        (
            json!({"kind": "real_estate", "share_percent": 0}),
            "share_percent",
        ),
        (
            json!({"kind": "property_sale", "sold_on": "2025-01-01", "sold_right": "lease"}),
            "sold_right",
        ),
        (json!({"whose": "parent", "counted": true}), "motivation"),
        (json!({"period": null}), "period"),
        (json!({"member": "x".repeat(101)}), "member"),
    ] {
        let e = add(&mut t, extra.clone()).unwrap_err();
        assert_eq!(e.field.as_deref(), Some(field), "{extra}: {e:?}");
    }
    // Nothing was written by the refusals.
    let v = t.call("request.get", json!({"id": id})).unwrap();
    assert_eq!(v["resources"].as_array().unwrap().len(), 0);
    // A full line keeps everything, and the view gives it back.
    let v = add(
        &mut t,
        json!({"whose": "parent", "member": "Mother", "months": 6, "counted": true,
               "counted_yearly_cents": 50_000, "motivation": "Shares the costs."}),
    )
    .unwrap();
    let r = &v["resources"][0];
    assert_eq!(r["member"], "Mother");
    assert_eq!(r["months"], 6);
    assert_eq!(r["counted_yearly_cents"], 50_000);
    assert_eq!(r["why"], "counted by choice");
    let v = add(
        &mut t,
        json!({"kind": "property_sale", "period": null, "sold_on": "2020-02-02", "sold_right": "bare_ownership",
               "share_percent": 50, "deductions_cents": 100}),
    )
    .unwrap();
    let r = &v["resources"][1];
    assert_eq!(r["sold_right"], "bare_ownership");
    assert_eq!(r["share_percent"], 50);
    assert_eq!(r["sold_on"], "2020-02-02");
}

/// Item 6 of the issue: any unmarried minor in the person's care makes category 3. Source:
/// art. 14 §1, 3° of the law of 26 May 2002 (a family in charge is at least one unmarried
/// minor child, not necessarily the applicant's own; Primabook, "Categorieën", category 3).
#[test]
fn category_three_for_any_minor_in_care() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    for (household, expected) in [
        (
            json!([{"name": "Grandchild", "relation": "other", "cohabits": true, "minor": true, "in_care": true}]),
            "family",
        ),
        (
            json!([{"name": "Niece", "relation": "other", "cohabits": true, "minor": true}]),
            "single",
        ),
        (
            json!([{"name": "Kid", "relation": "child", "cohabits": true, "minor": true, "in_care": false}]),
            "single",
        ),
    ] {
        let p = person(&mut t, household.clone());
        let id = request(&mut t, p, "2025-03-01");
        let v = t.call("request.get", json!({"id": id})).unwrap();
        assert_eq!(v["category"]["proposed"], expected, "{household}");
        if expected == "family" {
            assert!(v["category"]["proposal_reason"]
                .as_str()
                .unwrap()
                .contains("shared custody"));
        }
    }
}

/// Art. 35: the months of the socio-professional exemption are counted over the person's
/// file (36 within six years), and a new request knows what earlier decisions used.
#[test]
fn socio_professional_months_over_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = person(&mut t, json!([]));
    let first = request(&mut t, p, "2025-03-01");
    t.call(
        "resource.add",
        json!({"request_id": first, "kind": "wages", "whose": "applicant", "amount_cents": 100_000, "period": "month", "months": 8}),
    )
    .unwrap();
    t.call(
        "request.update",
        json!({"id": first, "socio_professional_exemption": true, "sp_months_elsewhere": 20}),
    )
    .unwrap();
    let v = t
        .call(
            "category.set",
            json!({"request_id": first, "category": "single"}),
        )
        .unwrap();
    assert_eq!(v["calculation"]["sp_months"], 8);
    assert_eq!(v["calculation"]["sp_months_used"], 20);
    // Decided with the calculated amount (no amount given): the 8 months are recorded.
    let v = t
        .call(
            "decision.record",
            json!({"request_id": first, "decided_on": "2025-03-20", "outcome": "granted",
                   "start_on": "2025-03-01", "grounds": "Six conditions met."}),
        )
        .unwrap();
    assert_eq!(v["decision"]["sp_months"], 8);
    assert_eq!(
        v["decision"]["yearly_cents"],
        v["calculation"]["yearly_cents"]
    );
    // A later request of the same person: 8 used in the file, 20 elsewhere → 8 left.
    let second = request(&mut t, p, "2025-10-01");
    t.call(
        "resource.add",
        json!({"request_id": second, "kind": "wages", "whose": "applicant", "amount_cents": 100_000, "period": "month"}),
    )
    .unwrap();
    t.call(
        "request.update",
        json!({"id": second, "socio_professional_exemption": true, "sp_months_elsewhere": 20}),
    )
    .unwrap();
    let v = t
        .call(
            "category.set",
            json!({"request_id": second, "category": "single"}),
        )
        .unwrap();
    assert_eq!(v["sp_months"]["used_in_file"], 8);
    assert_eq!(v["calculation"]["sp_months"], 8);
    assert_eq!(
        code(
            &mut t,
            "request.update",
            json!({"id": second, "sp_shortage_months": 4})
        ),
        ("out-of-range".into(), Some("sp_shortage_months".into()))
    );
}
