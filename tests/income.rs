//! Integration tests of the right to income through the command surface: request, the six
//! conditions, visits, resources, category, calculation, override, decision and deadlines.

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
        json!({"kind": "wages", "whose": "partner", "amount_cents": 50000, "period": "month"}),
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
    // Partner €6,000 a year − €155 = €5,845; €10,513.60 − €5,845 = €4,668.60 (€389.05 a month).
    let c = &v["calculation"];
    assert_eq!(c["yearly_cents"], 466_860);
    assert_eq!(c["monthly_cents"], 38_905);
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
            .any(|s| s.contains("€4,668.60") && s.contains("€389.05")),
        "{steps:?}"
    );
    assert!(
        steps.iter().any(|s| s.contains("never counts")),
        "{steps:?}"
    );

    // The same figures through the pure command.
    let pure = t
        .call(
            "income.calculate",
            json!({"date": "2025-03-01", "category": "cohabitant", "resources": [
                {"kind": "wages", "whose": "partner", "amount_cents": 50000, "period": "month"},
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
