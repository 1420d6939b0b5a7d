//! Collective signals: exact figures of a seeded vault, the individualisation gap, the small-count rule, the identity scan of observations, exports and the merge.

mod common;

use common::{code, id, open};
use serde_json::{json, Value};
use tandem::signals::cells::{self, Cell};
use tandem::signals::{figures, publish, Period};
use tandem::Tandem;

fn d(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn person(t: &mut Tandem, name: &str) -> i64 {
    id(
        t.call(
            "person.create",
            json!({"display_name": name, "birth_date": "1990-01-15"}),
        )
        .unwrap(),
        "id",
    )
}

fn request(t: &mut Tandem, person_id: i64, received_on: &str, category: &str) -> i64 {
    common::request_six_met(t, person_id, received_on, category)
}

/// Granted at the calculated amount, from the request's date.
fn grant(t: &mut Tandem, r: i64, decided_on: &str, notified_on: Option<&str>) {
    let received = t.call("request.get", json!({"id": r})).unwrap()["received_on"].clone();
    let mut args = json!({"request_id": r, "decided_on": decided_on, "outcome": "granted",
                          "start_on": received, "grounds": "All six conditions are met."});
    if let Some(n) = notified_on {
        args["notified_on"] = json!(n);
        args["notified_how"] = json!("handed_over");
    }
    t.call("decision.record", args).unwrap();
}

fn refuse(t: &mut Tandem, r: i64, condition: &str, decided_on: &str) {
    t.call(
        "condition.set",
        json!({"request_id": r, "condition": condition, "finding": "not_met",
               "explanation": "Not met on the day of the decision."}),
    )
    .unwrap();
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": decided_on, "outcome": "refused",
               "refusal_condition": condition, "grounds": "The committee's words."}),
    )
    .unwrap();
}

fn monthly(t: &mut Tandem, category: &str, resources: Value) -> i64 {
    t.call(
        "income.calculate",
        json!({"date": "2026-01-05", "category": category, "resources": resources}),
    )
    .unwrap()["monthly_cents"]
        .as_i64()
        .unwrap()
}

/// The seeded quarter (January to March 2026): nine requests of synthetic persons.
fn seed(t: &mut Tandem) {
    // Two cohabitants granted in time and notified in time: one without resources, one
    // whose partner earns €2,000 a month.
    let p = person(t, "Signaal Eerste");
    let r = request(t, p, "2026-01-05", "cohabitant");
    grant(t, r, "2026-01-20", Some("2026-01-22"));
    let p = person(t, "Signaal Tweede");
    let r = request(t, p, "2026-01-05", "cohabitant");
    t.call(
        "resource.add",
        json!({"request_id": r, "kind": "wages", "whose": "partner", "amount_cents": 200_000,
               "period": "month"}),
    )
    .unwrap();
    grant(t, r, "2026-01-30", Some("2026-02-12"));
    // A single person decided 40 days after the request: 10 days late; not notified yet.
    let p = person(t, "Signaal Derde");
    let r = request(t, p, "2026-02-02", "single");
    grant(t, r, "2026-03-14", None);
    // Two refusals (residence, work readiness), in time.
    let p = person(t, "Signaal Vierde");
    let r = request(t, p, "2026-02-10", "single");
    refuse(t, r, "residence", "2026-02-25");
    let p = person(t, "Signaal Vijfde");
    let r = request(t, p, "2026-02-11", "single");
    refuse(t, r, "work_readiness", "2026-02-26");
    // Two pending, one withdrawn, and one received before the period (left out).
    for (name, on) in [
        ("Signaal Zesde", "2026-03-20"),
        ("Signaal Zevende", "2026-03-25"),
    ] {
        let p = person(t, name);
        request(t, p, on, "single");
    }
    let p = person(t, "Signaal Achtste");
    let r = request(t, p, "2026-03-02", "single");
    t.call(
        "request.update",
        json!({"id": r, "withdrawn_on": "2026-03-05"}),
    )
    .unwrap();
    let p = person(t, "Signaal Negende");
    request(t, p, "2025-12-20", "single");
    // Visits: two announced, one not (with its reason).
    for (announced, on) in [
        (true, "2026-01-10"),
        (true, "2026-02-15"),
        (false, "2026-03-01"),
    ] {
        let mut args = json!({"request_id": r, "visited_on": on, "announced": announced,
                              "purposes": ["residence"]});
        if !announced {
            args["unannounced_reason"] =
                json!("A doubt about the residence that a letter would not settle.");
        }
        t.call("visit.add", args).unwrap();
    }
    // Support: two answered "not now", one wants a plan.
    let p1 = person(t, "Signaal Tiende");
    let p2 = person(t, "Signaal Elfde");
    let p3 = person(t, "Signaal Twaalfde");
    t.call("plan.answer", json!({"person_id": p1, "wants": false}))
        .unwrap();
    t.call("plan.answer", json!({"person_id": p2, "wants": false}))
        .unwrap();
    t.call("plan.open", json!({"person_id": p3})).unwrap();
}

/// The exact figures, from the store the session works in.
fn exact(t: &mut Tandem, period: &Period) -> figures::Figures {
    figures::compute(t.store().unwrap(), period).unwrap()
}

#[test]
fn the_figures_of_a_period_are_exact() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let mut t = open(&dir, "Ina Worker");
    seed(&mut t);
    let calc_partner = monthly(
        &mut t,
        "cohabitant",
        json!([{"kind": "wages", "whose": "partner", "amount_cents": 200_000, "period": "month"}]),
    );
    let calc_alone = monthly(&mut t, "cohabitant", json!([]));
    let calc_single = monthly(&mut t, "single", json!([]));
    let today = chrono::Local::now().date_naive();
    let period = Period::new(d("2026-01-01"), d("2026-03-31")).unwrap();
    let f = exact(&mut t, &period);
    let c = |k: &str| *f.counts.get(k).unwrap_or_else(|| panic!("no {k}"));
    assert_eq!(c("requests.received"), 8);
    assert_eq!(c("requests.withdrawn"), 1);
    assert_eq!(c("requests.pending"), 2);
    assert_eq!(c("decisions.granted"), 3);
    assert_eq!(c("decisions.refused"), 2);
    assert_eq!(c("decisions.partly_granted"), 0);
    // 30 days to decide, 8 to notify, as the deadlines panel counts them (DOMAIN.md,
    // "procedure"; src/income/deadlines.rs).
    assert_eq!(c("decisions.within_30_days"), 4);
    assert_eq!(c("decisions.late"), 1);
    assert_eq!(f.days_late, vec![10]);
    assert_eq!(c("notifications.within_8_days"), 1);
    assert_eq!(c("notifications.late"), 1);
    assert_eq!(c("notifications.not_recorded"), 3);
    assert_eq!(c("refused.residence"), 1);
    assert_eq!(c("refused.work_readiness"), 1);
    assert_eq!(c("refused.nationality"), 0);
    assert_eq!(c("granted.cohabitant"), 2);
    assert_eq!(c("granted.single"), 1);
    assert_eq!(c("visits.announced"), 2);
    assert_eq!(c("visits.unannounced"), 1);
    // The support answers are counted on the day they are given (today), not in 2026's first
    // quarter unless today is in it.
    let in_period = (d("2026-01-01")..=d("2026-03-31")).contains(&today);
    assert_eq!(c("support.not_now"), if in_period { 2 } else { 0 });
    assert_eq!(
        [
            c("received.2026-01"),
            c("received.2026-02"),
            c("received.2026-03")
        ],
        [2, 3, 3]
    );
    assert_eq!(c("requests.decided"), 5);

    // The gap: two cohabitant rights. The single rate and the cohabitant rate are the rows of
    // 1 February 2025 (€15,770.41 and €10,513.60 a year), as income.calculate computes them.
    let g = &f.gap;
    assert_eq!(g.rights, 2);
    assert_eq!(calc_alone, 87_613, "€10,513.60 / 12");
    assert_eq!(calc_single, 131_420, "€15,770.41 / 12");
    let whole = 2 * (calc_single - calc_alone) + (calc_alone - calc_partner);
    assert_eq!(g.monthly_total_cents, whole);
    assert_eq!(g.monthly_means_test_cents, calc_alone - calc_partner);
    // From 5 January: 27 of January's 31 days, then February and March whole.
    let jan = |cents: i64| (cents * 27 * 2 + 31) / 62;
    let per_right_alone = calc_single - calc_alone;
    let per_right_partner = calc_single - calc_partner;
    assert_eq!(
        g.by_month["2026-01"],
        (
            2,
            jan(per_right_alone) + jan(per_right_partner),
            jan(calc_alone - calc_partner)
        )
    );
    assert_eq!(
        g.by_month["2026-02"],
        (
            2,
            per_right_alone + per_right_partner,
            calc_alone - calc_partner
        )
    );
    assert_eq!(
        g.period_total_cents,
        jan(per_right_alone) + jan(per_right_partner) + 2 * (per_right_alone + per_right_partner)
    );
}

#[test]
fn what_leaves_the_vault_hides_small_counts_and_money_of_few_rights() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let mut t = open(&dir, "Ina Worker");
    seed(&mut t);
    let s = t
        .call(
            "signals.figures",
            json!({"from": "2026-01-01", "to": "2026-03-31"}),
        )
        .unwrap();
    let period = Period::new(d("2026-01-01"), d("2026-03-31")).unwrap();
    let truth = exact(&mut t, &period);
    let published: std::collections::BTreeMap<String, Cell> =
        serde_json::from_value(s["counts"].clone()).unwrap();
    // 8 received and 5 decided are shown; every count from 1 to 4 is hidden, and no hidden
    // count can be worked out from the sums that tie them (checked independently here by
    // propagating the published bounds through the same sums).
    assert_eq!(published["requests.received"], Cell::exact(8));
    assert_eq!(published["requests.decided"], Cell::exact(5));
    let bounds = cells::implied(&published, &figures::sums(&period));
    for (k, v) in &truth.counts {
        let c = published[k];
        assert!(c.min <= *v && *v <= c.max, "{k}={v} outside {c:?}");
        if (1..5).contains(v) {
            assert!(!c.is_exact(), "{k}={v} is shown");
        }
        if (1..5).contains(v) {
            assert!(!bounds[k].is_exact(), "{k}={v} can be worked out");
        }
    }
    assert_eq!(published["refused.nationality"], Cell::exact(0));
    // Two rights: the money of the gap is not shown, nor a median of one late decision.
    assert_eq!(s["gap_monthly"]["total_euros"], Value::Null);
    assert_eq!(s["gap_period"]["means_test_euros"], Value::Null);
    assert_eq!(s["median_days_late"], Value::Null);
}

#[test]
fn an_observation_that_names_someone_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(&tmp.path().join("vault"), "Ina Worker");
    let p = t
        .call(
            "person.create",
            json!({"display_name": "Zefanja", "first_name": "Zefanja", "last_name": "Proefmans",
                   "nrn": "90.01.15-123.45", "address": "Proefstraat 17, 9999 Proefstad",
                   "phone": "+32 470 12 34 56",
                   "household": [{"name": "Quirijn", "relation": "partner", "cohabits": true}]}),
        )
        .map(|v| id(v, "id"));
    // The register number above is made up: when its check digits fail, create without it.
    let _ = p
        .or_else(|_| {
            t.call(
                "person.create",
                json!({"display_name": "Zefanja", "first_name": "Zefanja", "last_name": "Proefmans",
                   "address": "Proefstraat 17, 9999 Proefstad", "phone": "+32 470 12 34 56",
                   "household": [{"name": "Quirijn", "relation": "partner", "cohabits": true}]}),
            )
            .map(|v| id(v, "id"))
        })
        .unwrap();
    let base =
        json!({"theme": "housing", "from": "2026-01-01", "to": "2026-03-31", "situations": 12});
    let with = |text: &str| {
        let mut a = base.clone();
        a["text"] = json!(text);
        a
    };
    for (text, kind) in [
        (
            "Mevrouw proefmans vindt geen woning onder de 700 euro.",
            "name",
        ),
        ("Haar partner QUIRIJN woont elders.", "name"),
        ("Woont in de proefstraat 17 sinds mei.", "address"),
        ("Bel 0470/12.34.56 voor meer.", "phone"),
        ("Rijksregister 85.07.30-033.61 opgezocht.", "nrn"),
    ] {
        let found = t.call("signals.scan", json!({"text": text})).unwrap();
        assert!(
            found.as_array().unwrap().iter().any(|m| m["kind"] == kind),
            "{text}: {found}"
        );
        assert_eq!(
            code(&mut t, "signals.observation.add", with(text)),
            "observation-identifies"
        );
    }
    let ok = t
        .call(
            "signals.observation.add",
            with("Twaalf gezinnen vinden geen woning onder de huurprijs van het sociaal verhuurkantoor."),
        )
        .unwrap();
    assert_eq!(ok["theme"], "housing");
    assert_eq!(
        code(&mut t, "signals.observation.add", {
            let mut a = with("Een tekst.");
            a["theme"] = json!("weather");
            a
        }),
        "invalid-choice"
    );
    assert_eq!(
        code(&mut t, "signals.observation.add", {
            let mut a = with("Een tekst.");
            a["situations"] = json!(0);
            a
        }),
        "out-of-range"
    );
    assert_eq!(
        code(&mut t, "signals.observation.add", {
            let mut a = with("Een tekst.");
            a["to"] = json!("2025-01-01");
            a
        }),
        "invalid-input"
    );
    let list = t
        .call(
            "signals.observation.list",
            json!({"from": "2026-02-01", "to": "2026-02-28"}),
        )
        .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn signal_files_merge_once_and_keep_the_rule() {
    let tmp = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for worker in ["Ina Worker", "Jo Worker"] {
        let mut t = open(&tmp.path().join(worker), worker);
        seed(&mut t);
        let saved = t
            .call(
                "signals.export",
                json!({"from": "2026-01-01", "to": "2026-03-31", "format": "json"}),
            )
            .unwrap();
        paths.push(saved["path"].as_str().unwrap().to_string());
        let csv = t
            .call(
                "signals.export",
                json!({"from": "2026-01-01", "to": "2026-03-31", "format": "csv"}),
            )
            .unwrap();
        let text = std::fs::read_to_string(csv["path"].as_str().unwrap()).unwrap();
        assert!(text.contains("requests.received,8\n"), "{text}");
        assert!(text.contains("requests.withdrawn,<5\n"), "{text}");
    }
    let mut t = open(&tmp.path().join("merger"), "Kim Worker");
    let parts: Vec<publish::Signal> = paths
        .iter()
        .map(|p| publish::read(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect();
    let merged = t.call("signals.merge", json!({"paths": paths})).unwrap();
    let read =
        publish::read(&std::fs::read_to_string(merged["path"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(read.files.len(), 2);
    // 8 + 8 received, shown exactly; the hidden counts add up as intervals holding 2 + 2.
    assert_eq!(read.counts["requests.received"], Cell::exact(16));
    let refused = read.counts["decisions.refused"];
    let (a, b) = (
        parts[0].counts["decisions.refused"],
        parts[1].counts["decisions.refused"],
    );
    assert_eq!((refused.min, refused.max), (a.min + b.min, a.max + b.max));
    assert!(refused.min <= 4 && 4 <= refused.max && !refused.is_exact());
    // The merged file with one of its parts again: refused.
    let again = vec![
        merged["path"].as_str().unwrap().to_string(),
        paths[0].clone(),
    ];
    assert_eq!(
        code(&mut t, "signals.merge", json!({"paths": again})),
        "signal-duplicate"
    );
    assert_eq!(
        code(
            &mut t,
            "signals.merge",
            json!({"paths": [paths[0].clone()]})
        ),
        "out-of-range"
    );
    let bad = tmp.path().join("bad.json");
    std::fs::write(&bad, r#"{"format": "tandem-signal", "version": 1}"#).unwrap();
    assert_eq!(
        code(
            &mut t,
            "signals.merge",
            json!({"paths": [paths[0].clone(), bad.to_string_lossy()]})
        ),
        "invalid-input"
    );
}

/// A thousand synthetic files: none of their names, numbers, birth dates or addresses is in
/// the JSON or the CSV of the signal.
#[test]
fn no_identifying_value_leaves_in_a_signal() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(&tmp.path().join("vault"), "Ina Worker");
    let mut identifying: Vec<String> = Vec::new();
    for i in 0..1000u32 {
        let name = format!("Synthe{}tica Persoon{i:04}", ["", "x", "q"][i as usize % 3]);
        let birth = format!("19{:02}-{:02}-{:02}", 40 + i % 50, 1 + i % 12, 1 + i % 28);
        let address = format!("Verzonnenlaan {}, 9999 Proefstad", 100 + i);
        // A national register number with valid check digits (born before 2000: 97 - base % 97).
        let base = u64::from(40 + i % 50) * 10_000_000
            + u64::from(1 + i % 12) * 100_000
            + u64::from(1 + i % 28) * 1000
            + u64::from(1 + i % 997);
        let nrn = format!("{:09}{:02}", base, 97 - base % 97);
        let p = id(
            t.call(
                "person.create",
                json!({"display_name": name, "birth_date": birth, "address": address, "nrn": nrn}),
            )
            .unwrap(),
            "id",
        );
        if i % 10 == 0 {
            let r = request(
                &mut t,
                p,
                "2026-02-03",
                if i % 20 == 0 { "cohabitant" } else { "single" },
            );
            grant(&mut t, r, "2026-02-20", Some("2026-02-23"));
        }
        identifying.extend([name, birth, address, nrn]);
    }
    t.call(
        "signals.observation.add",
        json!({"theme": "energy", "text": "Veel gezinnen hebben een budgetmeter en zitten in de winter zonder verwarming.",
               "from": "2026-01-01", "to": "2026-03-31", "situations": 40}),
    )
    .unwrap();
    let mut out = String::new();
    for format in ["json", "csv"] {
        let saved = t
            .call(
                "signals.export",
                json!({"from": "2026-01-01", "to": "2026-03-31", "format": format}),
            )
            .unwrap();
        out.push_str(&std::fs::read_to_string(saved["path"].as_str().unwrap()).unwrap());
    }
    for lang in ["nl", "fr"] {
        let saved = t
            .call(
                "signals.export",
                json!({"from": "2026-01-01", "to": "2026-03-31", "format": "pdf", "lang": lang}),
            )
            .unwrap();
        let pdf = std::fs::read(saved["path"].as_str().unwrap()).unwrap();
        common::keep(&format!("signal-{lang}"), &pdf);
        let text = common::poppler("pdftotext", &["-layout"], &pdf);
        out.push_str(&text);
        let (title, gap) = if lang == "nl" {
            ("Collectief signaal", "Wat het samenwonendentarief kost")
        } else {
            ("Signal collectif", "Ce que coûte le taux cohabitant")
        };
        assert!(text.contains(title) && text.contains(gap), "{text}");
    }
    assert!(
        out.contains("budgetmeter"),
        "the observation is in the signal"
    );
    for value in &identifying {
        assert!(!out.contains(value.as_str()), "{value} is in the signal");
    }
    for reference in (1..=100).map(|n| format!("LL-2026-{n:05}")) {
        assert!(!out.contains(&reference), "{reference} is in the signal");
    }
    // 100 rights granted, 50 of them cohabitant: now the money shows.
    let s = t
        .call(
            "signals.figures",
            json!({"from": "2026-01-01", "to": "2026-03-31"}),
        )
        .unwrap();
    assert!(s["gap_monthly"]["total_euros"].as_i64().unwrap() > 0, "{s}");
}
