//! Rights the person may be missing (issue "Rights the person may be missing"): the catalog's checks, every right's test cases (facts in, outcome out), the facts read from the file, and where things stand recorded, checked, audited, exported and erased.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use serde_json::{json, Value};
use tandem::rights::catalog::{self, CaseFacts};
use tandem::rights::screen::{complete_months, evaluate, place, postcode_in};

use common::{code, id};

/// The screening's line of right `id`.
fn shown(s: &Value, id: &str) -> Value {
    s["rights"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no right {id} in {s}"))
        .clone()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Every file in `src/rights/catalog/` is in the catalog, and the catalog passes its checks:
/// four languages for every text, a source, a known scope and mode, questions that exist, and
/// cases that name a question exactly when they expect "possibly".
#[test]
fn the_catalog_passes_its_checks_and_lists_every_file() {
    let c = catalog::load().unwrap_or_else(|p| panic!("the catalog:\n{}", p.join("\n")));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rights/catalog");
    let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml") && !n.starts_with('_'))
        .map(|n| n.trim_end_matches(".toml").to_string())
        .collect();
    let listed: BTreeSet<String> = catalog::FILES.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(on_disk, listed, "catalog_files! in src/rights/catalog.rs");
    // The issue asks for at least 20 rights, federal and of the three regions.
    assert!(c.rights.len() >= 20, "{} rights", c.rights.len());
    let scopes: BTreeSet<&str> = c.rights.iter().map(|r| r.scope.as_str()).collect();
    for s in [
        "federal",
        "flanders",
        "wallonia",
        "brussels",
        "german_community",
    ] {
        assert!(
            scopes.contains(s) || (s == "wallonia" && scopes.contains("wallonia_french")),
            "no right for {s}: {scopes:?}"
        );
    }
    let modes: BTreeSet<&str> = c.rights.iter().map(|r| r.mode.as_str()).collect();
    assert_eq!(modes.len(), 3, "{modes:?}");
    for r in &c.rights {
        assert!(r.cases.len() >= 3, "{}: {} cases", r.id, r.cases.len());
    }
}

/// Each right's cases, written beside its rule from the legal brief
/// (`docs/legal/rights-screener.md`, which cites the source of every rule): facts in, the
/// outcome and the one question out. At least 60 in all, covering unknown facts, each region,
/// the thresholds of age and duration, and dates either side of a rule change.
#[test]
fn every_case_of_the_catalog_gives_its_outcome() {
    let c = catalog::load().unwrap_or_else(|p| panic!("the catalog:\n{}", p.join("\n")));
    let mut failures = Vec::new();
    let mut count = 0;
    let mut expected_seen = BTreeSet::new();
    for r in &c.rights {
        for case in &r.cases {
            count += 1;
            expected_seen.insert(case.expected.clone());
            let (outcome, question) = evaluate(r, &case.facts, case.on);
            if outcome != case.expected || question != case.question {
                failures.push(format!(
                    "{} / {}: expected {} {:?}, got {} {:?}",
                    r.id, case.name, case.expected, case.question, outcome, question
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    assert!(count >= 60, "{count} cases");
    assert_eq!(expected_seen.len(), 3, "{expected_seen:?}");
    // A rule with two versions is screened by the one in force on the day.
    assert!(
        c.rights.iter().any(|r| r.rules.len() >= 2),
        "no right has a dated change of rule"
    );
}

/// Postcodes to regions and the German-speaking Community (legal brief, section 0.1: the
/// sorting sectors follow the regions; the nine municipalities of the Community by their
/// postcodes).
#[test]
fn postcodes_give_the_region_and_the_community() {
    let region = |p: &str| place(p).map(|x| (x.region, x.german_community));
    assert_eq!(region("1000"), Some(("brussels", false)));
    assert_eq!(region("1299"), Some(("brussels", false)));
    assert_eq!(region("1300"), Some(("wallonia", false)));
    assert_eq!(region("1500"), Some(("flanders", false)));
    assert_eq!(region("3999"), Some(("flanders", false)));
    assert_eq!(region("4000"), Some(("wallonia", false)));
    assert_eq!(region("4700"), Some(("wallonia", true)));
    assert_eq!(region("4760"), Some(("wallonia", true)));
    assert_eq!(
        region("4960"),
        Some(("wallonia", false)),
        "Malmedy is French-speaking"
    );
    assert_eq!(region("8000"), Some(("flanders", false)));
    assert_eq!(region("0999"), None);
    assert_eq!(region("12345"), None);
    assert_eq!(region(""), None);
    assert_eq!(
        postcode_in("Teststraat 12 bus 3, 9000 Proefstad").as_deref(),
        Some("9000")
    );
    assert_eq!(postcode_in("Rue de l'Essai 1234").as_deref(), Some("1234"));
    assert_eq!(postcode_in("Nummer 12, zonder postcode"), None);
    assert_eq!(postcode_in("0123 Nergens"), None);
}

/// Complete calendar months of a leefloon (legal brief, section 0.3: "3 mois complets et
/// ininterrompus"; a month the right started after the 1st does not count).
#[test]
fn complete_months_of_leefloon() {
    assert_eq!(complete_months(d("2026-01-01"), d("2026-03-31")), 2);
    assert_eq!(complete_months(d("2026-01-01"), d("2026-04-01")), 3);
    assert_eq!(complete_months(d("2026-01-15"), d("2026-04-30")), 2);
    assert_eq!(complete_months(d("2026-01-15"), d("2026-05-01")), 3);
    assert_eq!(
        complete_months(d("2024-01-31"), d("2024-03-01")),
        1,
        "leap year"
    );
    assert_eq!(complete_months(d("2026-06-01"), d("2026-05-01")), 0);
}

fn person(t: &mut tandem::Tandem, address: Option<&str>, birth: &str) -> i64 {
    let mut args =
        json!({"display_name": "Testpersoon Rechten", "birth_date": birth, "language": "nl"});
    if let Some(a) = address {
        args["address"] = json!(a);
    }
    id(t.call("person.create", args).unwrap(), "id")
}

/// The screening works on what the file holds, without asking anything: the running
/// leefloon and since when, the age, the postcode's region and minor children from the
/// category; each right's outcome is the engine's on those facts; an unknown address gives
/// "possibly" for every regional right, never "no".
#[test]
fn the_screening_reads_the_file_and_asks_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let p = person(&mut t, Some("Teststraat 12, 9000 Proefstad"), "1959-06-30");
    let r = common::request_six_met(&mut t, p, "2026-03-02", "single");
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": "2026-03-20", "outcome": "granted",
               "grounds": "All six conditions are met."}),
    )
    .unwrap();
    let s = t
        .call(
            "rights.screen",
            json!({"person_id": p, "on": "2026-07-01", "lang": "en"}),
        )
        .unwrap();
    let f = &s["facts"];
    assert_eq!(f["leefloon_since"], "2026-03-02");
    assert_eq!(f["category"], "single");
    assert_eq!(f["age"], 67);
    assert_eq!(f["postcode"], "9000");
    assert_eq!(f["region"], "flanders");
    assert_eq!(f["minor_children"], 0, "single: no child in care");
    let c = catalog::load().unwrap();
    let facts = CaseFacts {
        leefloon_since: Some(d("2026-03-02")),
        birth_date: Some(d("1959-06-30")),
        postcode: Some("9000".into()),
        minor_children: Some(0),
    };
    let rights = s["rights"].as_array().unwrap();
    assert_eq!(rights.len(), c.rights.len());
    for (shown, right) in rights.iter().zip(&c.rights) {
        assert_eq!(shown["id"], right.id.as_str());
        let (outcome, question) = evaluate(right, &facts, d("2026-07-01"));
        assert_eq!(shown["outcome"], outcome, "{}", right.id);
        assert_eq!(shown["question_id"], json!(question), "{}", right.id);
        assert_eq!(shown["name"], right.name.en.as_str());
        if shown["outcome"] == "possibly" {
            assert!(
                shown["question"].as_str().is_some_and(|q| q.ends_with('?')),
                "{shown}"
            );
        }
        assert!(shown["status"].is_null());
    }
    // In Dutch, the same outcomes in the person's language.
    let nl = t
        .call(
            "rights.screen",
            json!({"person_id": p, "on": "2026-07-01", "lang": "nl"}),
        )
        .unwrap();
    assert_eq!(nl["rights"][0]["name"], c.rights[0].name.nl.as_str());
    // Every line of it too, so that a screening read in the person's language is in one
    // language only (together mode).
    assert_eq!(nl["lang"], "nl");
    assert!(
        nl["facts_line"]
            .as_str()
            .unwrap()
            .starts_with("Nagegaan op"),
        "{}",
        nl["facts_line"]
    );
    let en = s.clone();
    assert!(en["facts_line"]
        .as_str()
        .unwrap()
        .starts_with("Screened on"));
    for line in nl["rights"].as_array().unwrap() {
        let figure = line["lines"]["figure"].as_str().unwrap();
        assert!(
            !figure.contains("Amount not verified") && !figure.contains("(from "),
            "{figure}"
        );
    }

    // No address: regional rights are "possibly" with the question of the address.
    let q = person(&mut t, None, "1990-02-01");
    let s = t
        .call("rights.screen", json!({"person_id": q, "on": "2026-07-01"}))
        .unwrap();
    assert_eq!(
        s["facts"]["minor_children"],
        Value::Null,
        "unknown: no household, no right"
    );
    for (shown, right) in s["rights"].as_array().unwrap().iter().zip(&c.rights) {
        if right.scope != "federal" && right.rules.iter().all(|r| r.leefloon_months.is_none()) {
            assert_eq!(shown["outcome"], "possibly", "{}", right.id);
            assert_eq!(shown["question_id"], "postcode", "{}", right.id);
        }
    }
    assert_eq!(
        code(&mut t, "rights.screen", json!({"person_id": 999_999})),
        "not-found"
    );
}

/// Where things stand, recorded with the person: checked, kept as a history (the latest
/// counts), audited, and a right with a deadline gets its last day once the person will
/// request it.
#[test]
fn where_things_stand_is_recorded_and_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let p = person(
        &mut t,
        Some("Rue de l'Essai 3, 5000 Namur-Test"),
        "1980-01-01",
    );
    let c = catalog::load().unwrap();
    let any = c.rights[0].id.clone();
    let rec = |right: &str, status: &str, extra: Value| {
        let mut a = json!({"person_id": p, "right": right, "status": status});
        for (k, v) in extra.as_object().unwrap() {
            a[k] = v.clone();
        }
        a
    };
    let cases = [
        (rec("no-such-right", "receives", json!({})), "not-found"),
        (rec(&any, "maybe", json!({})), "invalid-choice"),
        (rec(&any, "requested", json!({})), "required"),
        (
            rec(&any, "receives", json!({"requested_on": "2026-01-05"})),
            "invalid-input",
        ),
        (
            rec(&any, "requested", json!({"requested_on": "2999-01-01"})),
            "date-in-future",
        ),
        (
            rec(&any, "requested", json!({"requested_on": "1850-01-01"})),
            "invalid-date",
        ),
        (
            json!({"person_id": 999_999, "right": any, "status": "receives"}),
            "not-found",
        ),
    ];
    for (args, expected) in cases {
        assert_eq!(
            code(&mut t, "rights.record", args.clone()),
            expected,
            "{args}"
        );
    }
    let s = t
        .call(
            "rights.record",
            rec(
                &any,
                "will_request",
                json!({"note": "Next week, with her son."}),
            ),
        )
        .unwrap();
    let line = shown(&s, &any);
    assert_eq!(line["status"]["status"], "will_request");
    assert_eq!(line["status"]["note"], "Next week, with her son.");
    let s = t
        .call(
            "rights.record",
            rec(&any, "requested", json!({"requested_on": "2026-01-05"})),
        )
        .unwrap();
    let line = shown(&s, &any);
    assert_eq!(line["status"]["status"], "requested");
    assert_eq!(line["status"]["requested_on"], "2026-01-05");

    // A right whose request is due within days of an event (the heating allowance: 60 days
    // from the delivery, legal brief section 5): its last day once "will request it" is chosen.
    {
        let r = c
            .rights
            .iter()
            .find(|r| r.id == "heating-allowance")
            .expect("the heating allowance, whose deadline runs from the delivery");
        // Its deadline needs the day of the event.
        assert_eq!(
            code(
                &mut t,
                "rights.record",
                rec(&r.id, "will_request", json!({}))
            ),
            "required"
        );
        let days = r
            .rule_on(tandem::today())
            .and_then(|x| x.deadline_days)
            .unwrap();
        let delivered = tandem::today() - chrono::Duration::days(10);
        let s = t
            .call(
                "rights.record",
                rec(
                    &r.id,
                    "will_request",
                    json!({"event_on": delivered.format("%Y-%m-%d").to_string()}),
                ),
            )
            .unwrap();
        let line = shown(&s, &r.id);
        let due = delivered + chrono::Duration::days(i64::from(days));
        assert_eq!(line["status"]["due_on"], due.format("%Y-%m-%d").to_string());
        // In the deadlines panel, with the person and the right's name.
        let list = t
            .call("rights.deadlines", json!({"within_days": days + 1}))
            .unwrap();
        let mine: Vec<&Value> = list
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["person_id"] == p && x["right_id"] == r.id.as_str())
            .collect();
        assert_eq!(mine.len(), 1, "{list}");
        assert_eq!(mine[0]["due_on"], due.format("%Y-%m-%d").to_string());
        assert_eq!(mine[0]["right_name"], r.name.en.as_str());
        assert_eq!(mine[0]["days_left"], i64::from(days) - 10);
        // Not once requested.
        t.call(
            "rights.record",
            rec(
                &r.id,
                "requested",
                json!({"requested_on": tandem::today().format("%Y-%m-%d").to_string()}),
            ),
        )
        .unwrap();
        let list = t
            .call("rights.deadlines", json!({"within_days": 366}))
            .unwrap();
        assert!(!list.to_string().contains(r.id.as_str()), "{list}");
        assert_eq!(
            code(&mut t, "rights.deadlines", json!({"within_days": 400})),
            "out-of-range"
        );
        // An event only for such a right.
        let other = c
            .rights
            .iter()
            .find(|x| x.rules.iter().all(|y| y.deadline_days.is_none()))
            .unwrap();
        assert_eq!(
            code(
                &mut t,
                "rights.record",
                rec(&other.id, "will_request", json!({"event_on": "2026-01-05"}))
            ),
            "invalid-input"
        );
    }

    // Audited, and kept: no row changes, none goes outside an erasure.
    let audit = t
        .call("audit.person", json!({"id": p}))
        .unwrap()
        .to_string();
    assert!(audit.contains("rights.record"), "{audit}");
    // A closed file takes no new status.
    t.call("person.close", json!({"person_id": p})).unwrap();
    assert_eq!(
        code(&mut t, "rights.record", rec(&any, "receives", json!({}))),
        "invalid-input"
    );
    // The store itself keeps them, whatever the SQL.
    let db = t.store().unwrap();
    assert!(db
        .execute("UPDATE rights_status SET status = 'not_wanted'", [])
        .is_err());
    assert!(db.execute("DELETE FROM rights_status", []).is_err());
}

/// The "Your rights" sheet, in each language: the rights to check grouped by what to do, with
/// who grants them and how to ask; it names no other person and holds nothing of the support
/// plan (the person has one, with a sentinel in it); read back with pdftotext, its first page
/// rendered with pdftoppm (target/documents/rights-*.png).
#[test]
fn the_your_rights_sheet_in_four_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let p = id(
        t.call(
            "person.create",
            json!({"display_name": "Testpersoon Rechten", "birth_date": "1986-04-12", "language": "nl",
                   "address": "Teststraat 12, 9000 Proefstad",
                   "household": [{"name": "SENTINEL-KIND", "relation": "child", "cohabits": true,
                                  "minor": true, "in_care": true}]}),
        )
        .unwrap(),
        "id",
    );
    t.call(
        "person.create",
        json!({"display_name": "Andere Persoon Zichtbaarniet", "address": "Elders 1, 1000 Brussel"}),
    )
    .unwrap();
    let r = common::request_six_met(&mut t, p, "2026-03-02", "single");
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": "2026-03-20", "outcome": "granted",
               "grounds": "All six conditions are met."}),
    )
    .unwrap();
    let plan = t.call("plan.open", json!({"person_id": p})).unwrap();
    t.call(
        "plan.goal.add",
        json!({"plan_id": plan["id"], "text": "SENTINEL-PLAN-GOAL"}),
    )
    .unwrap();
    let c = catalog::load().unwrap();
    let s = t
        .call("rights.screen", json!({"person_id": p, "lang": "en"}))
        .unwrap();
    let first = s["rights"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["todo"] != "none")
        .expect("a right to check")
        .clone();
    t.call(
        "rights.record",
        json!({"person_id": p, "right": first["id"], "status": "receives", "note": "SENTINEL-NOTE"}),
    )
    .unwrap();
    // A right ruled out with the person stays off their sheet.
    let ruled_out = s["rights"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|x| x["todo"] != "none" && x["id"] != first["id"])
        .expect("a second right to check")
        .clone();
    t.call(
        "rights.record",
        json!({"person_id": p, "right": ruled_out["id"], "status": "not_applicable"}),
    )
    .unwrap();
    for (lang, title) in [
        ("nl", "Uw rechten om na te gaan"),
        ("fr", "Vos droits à vérifier"),
        ("de", "Ihre zu prüfenden Rechte"),
        ("en", "Your rights to check"),
    ] {
        let (pdf, name) = t
            .document(
                "rights",
                p,
                Some(tandem::i18n::Lang::parse(lang).unwrap()),
                None,
            )
            .unwrap();
        assert!(name.starts_with(&format!("tandem-rights-{p}-")), "{name}");
        let text = common::poppler("pdftotext", &[], &pdf);
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(title), "{lang}: {flat}");
        assert!(flat.contains("Testpersoon Rechten"), "{lang}");
        assert!(
            !flat.contains("Zichtbaarniet") && !flat.contains("SENTINEL"),
            "{lang}"
        );
        let out = c
            .rights
            .iter()
            .find(|x| x.id == ruled_out["id"].as_str().unwrap())
            .unwrap();
        let out_name = out.name.get(tandem::i18n::Lang::parse(lang).unwrap());
        assert!(!flat.contains(out_name), "{lang}: {out_name} was ruled out");
        let right = c
            .rights
            .iter()
            .find(|x| x.id == first["id"].as_str().unwrap())
            .unwrap();
        let name_in = right.name.get(tandem::i18n::Lang::parse(lang).unwrap());
        let words: Vec<&str> = name_in.split_whitespace().take(3).collect();
        assert!(
            flat.contains(&words.join(" ")),
            "{lang}: {} not in the sheet",
            name_in
        );
        common::keep(&format!("rights-{lang}"), &pdf);
    }
    assert_eq!(
        code(
            &mut t,
            "document.save",
            json!({"kind": "rights", "id": 999_999})
        ),
        "not-found"
    );
}

/// The leefloon a screening counts: granted (not refused), not withdrawn, of the leefloon or
/// equivalent aid (not other aid), running on the day (not ended before it); of two running at
/// once, the earliest start. Minor children come from the household when it says so.
#[test]
fn the_leefloon_and_the_children_the_screening_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let facts = |t: &mut tandem::Tandem, p: i64, on: &str| -> Value {
        t.call("rights.screen", json!({"person_id": p, "on": on}))
            .unwrap()["facts"]
            .clone()
    };
    let since =
        |t: &mut tandem::Tandem, p: i64, on: &str| facts(t, p, on)["leefloon_since"].clone();
    let grant = |t: &mut tandem::Tandem, r: i64, on: &str| {
        t.call(
            "decision.record",
            json!({"request_id": r, "decided_on": on, "outcome": "granted", "grounds": "Met."}),
        )
        .unwrap();
    };
    // Other social aid, granted: no leefloon.
    let p = person(&mut t, Some("Teststraat 1, 9000 Proefstad"), "1980-01-01");
    let other = id(
        t.call(
            "request.create",
            json!({"person_id": p, "received_on": "2026-01-05", "kind": "other",
                   "other_label": "Help with a rent deposit"}),
        )
        .unwrap(),
        "id",
    );
    for cond in tandem::income::CONDITIONS {
        t.call(
            "condition.set",
            json!({"request_id": other, "condition": cond, "finding": "met"}),
        )
        .unwrap();
    }
    t.call(
        "category.set",
        json!({"request_id": other, "category": "single", "reason": "As the household is."}),
    )
    .unwrap();
    grant(&mut t, other, "2026-01-20");
    assert_eq!(since(&mut t, p, "2026-06-01"), Value::Null);
    // A refused leefloon: none either.
    let refused = common::request_six_met(&mut t, p, "2026-02-02", "single");
    t.call(
        "condition.set",
        json!({"request_id": refused, "condition": "residence", "finding": "not_met"}),
    )
    .unwrap();
    t.call(
        "decision.record",
        json!({"request_id": refused, "decided_on": "2026-02-20", "outcome": "refused",
               "refusal_condition": "residence", "grounds": "g"}),
    )
    .unwrap();
    assert_eq!(since(&mut t, p, "2026-06-01"), Value::Null);
    // Granted from 2 March 2026, ended on 31 July 2026: counted up to its end only.
    let granted = common::request_six_met(&mut t, p, "2026-03-02", "single");
    grant(&mut t, granted, "2026-03-20");
    assert_eq!(since(&mut t, p, "2026-03-01"), Value::Null);
    assert_eq!(since(&mut t, p, "2026-06-01"), "2026-03-02");
    t.call(
        "right.end",
        json!({"request_id": granted, "ended_on": "2026-07-31", "reason": "other_income",
               "detail": "Work.", "decided_on": "2026-07-20"}),
    )
    .unwrap();
    assert_eq!(since(&mut t, p, "2026-07-31"), "2026-03-02");
    assert_eq!(since(&mut t, p, "2026-08-01"), Value::Null);
    // Two running at once: the earliest start counts.
    let q = person(&mut t, Some("Teststraat 2, 9000 Proefstad"), "1980-01-01");
    let early = common::request_six_met(&mut t, q, "2026-01-05", "single");
    grant(&mut t, early, "2026-01-20");
    let late = common::request_six_met(&mut t, q, "2026-05-04", "single");
    grant(&mut t, late, "2026-05-20");
    assert_eq!(since(&mut t, q, "2026-06-01"), "2026-01-05");
    // Minor children from the household: one minor child in care, one adult child.
    let h = id(
        t.call(
            "person.create",
            json!({"display_name": "Testpersoon Gezin", "address": "Rue de l'Essai 3, 1000 Bruxelles",
                   "household": [
                       {"name": "Kind A", "relation": "child", "cohabits": true, "minor": true, "in_care": true},
                       {"name": "Kind B", "relation": "child", "cohabits": true, "minor": false}
                   ]}),
        )
        .unwrap(),
        "id",
    );
    let f = facts(&mut t, h, "2026-06-01");
    assert_eq!(f["minor_children"], 1);
    assert_eq!(f["region"], "brussels");
    // A child whose age is not recorded: unknown, not none.
    let u = id(
        t.call(
            "person.create",
            json!({"display_name": "Testpersoon Onbekend",
                   "household": [{"name": "Kind C", "relation": "child", "cohabits": true}]}),
        )
        .unwrap(),
        "id",
    );
    assert_eq!(
        facts(&mut t, u, "2026-06-01")["minor_children"],
        Value::Null
    );
}
