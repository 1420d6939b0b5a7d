//! The caseload: each file's stage and next date derived from what the vault records, the
//! groups, sorting, paging, search by name, file reference and national register number, the
//! reference prefix of the profile, and refused arguments.

mod common;

use chrono::{Duration, NaiveDate};
use serde_json::{json, Value};
use tandem::Tandem;

use common::{code, id, open};

const SIX: [&str; 6] = tandem::income::CONDITIONS;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn person(t: &mut Tandem, name: &str, nrn: Option<&str>) -> i64 {
    let mut args = json!({"display_name": name});
    if let Some(n) = nrn {
        args["nrn"] = json!(n);
    }
    id(t.call("person.create", args).unwrap(), "id")
}

fn request(t: &mut Tandem, person_id: i64, received_on: &str) -> i64 {
    id(
        t.call(
            "request.create",
            json!({"person_id": person_id, "received_on": received_on}),
        )
        .unwrap(),
        "id",
    )
}

fn all_met(t: &mut Tandem, r: i64) {
    for c in SIX {
        t.call(
            "condition.set",
            json!({"request_id": r, "condition": c, "finding": "met"}),
        )
        .unwrap();
    }
}

fn grant(t: &mut Tandem, r: i64, received: &str, decided: &str, notified: Option<&str>) {
    let mut d = json!({"request_id": r, "decided_on": decided, "outcome": "granted",
                       "category": "single", "start_on": received, "yearly_cents": 1_000_000,
                       "amount_motivation": "The committee's amount.",
                       "grounds": "The six conditions are met."});
    if let Some(n) = notified {
        d["notified_on"] = json!(n);
        d["notified_how"] = json!("handed_over");
    }
    t.call("decision.record", d).unwrap();
}

fn list(t: &mut Tandem, args: Value) -> Value {
    t.call("caseload.list", args).unwrap()
}

/// The file of `person_id` as the caseload (unfiltered, seen on `today`) shows it.
fn file(t: &mut Tandem, person_id: i64, today: &str) -> Value {
    let page = list(t, json!({"today": today, "limit": 200}));
    page["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["person_id"] == json!(person_id))
        .cloned()
        .unwrap_or_else(|| panic!("person {person_id} not in {page}"))
}

fn names(page: &Value) -> Vec<String> {
    page["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["display_name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn each_stage_is_read_from_the_vault_with_its_next_action_and_date() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path(), "W. Orker");
    let today = iso(tandem::today());
    let received = iso(tandem::today() - Duration::days(10));
    let decision_due = iso(tandem::today() + Duration::days(20));

    // A person without a request: the request is the next step, without a date.
    let p = person(&mut t, "Amra Intake", None);
    let f = file(&mut t, p, &today);
    assert_eq!(f["stage"], "intake");
    assert_eq!(f["next_action"], "record_request");
    assert_eq!(f["next_on"], Value::Null);
    assert_eq!(f["reference"], Value::Null);

    // A request received: still intake until the inquiry starts; the 30 days run (art. 21
    // § 1 of the law of 26 May 2002: « le centre prend sa décision dans les trente jours qui
    // suivent la réception de la demande », docs/legal/running-right.md).
    let r = request(&mut t, p, &received);
    let f = file(&mut t, p, &today);
    assert_eq!(f["stage"], "intake");
    assert_eq!(f["next_action"], "start_inquiry");
    assert_eq!(f["next_on"], json!(decision_due));
    assert_eq!(f["days_left"], json!(20));
    assert_eq!(f["request_id"], json!(r));
    assert_eq!(f["waiting_papers"], json!(true));

    // One condition examined: the inquiry; five still to check, so it waits for papers.
    t.call(
        "condition.set",
        json!({"request_id": r, "condition": "age", "finding": "met"}),
    )
    .unwrap();
    let f = file(&mut t, p, &today);
    assert_eq!(f["stage"], "inquiry");
    assert_eq!(f["next_action"], "finish_inquiry");
    assert_eq!(f["to_check"], json!(5));
    assert_eq!(f["waiting_papers"], json!(true));
    all_met(&mut t, r);
    t.call(
        "category.set",
        json!({"request_id": r, "category": "single", "reason": "Lives alone."}),
    )
    .unwrap();
    let f = file(&mut t, p, &today);
    assert_eq!(f["stage"], "inquiry");
    assert_eq!(f["waiting_papers"], json!(false));

    // The report: a draft is still the inquiry; read together and signed; sent.
    let rep = id(
        t.call("report.compose", json!({"request_id": r})).unwrap(),
        "report_id",
    );
    assert_eq!(file(&mut t, p, &today)["stage"], "inquiry");
    t.call("report.read_together", json!({"report_id": rep}))
        .unwrap();
    for signer in ["worker", "person"] {
        t.call(
            "report.sign",
            json!({"report_id": rep, "signer": signer, "on_paper": true}),
        )
        .unwrap();
    }
    let f = file(&mut t, p, &today);
    assert_eq!(f["stage"], "read_together");
    assert_eq!(f["next_action"], "send_to_committee");
    t.call(
        "report.send",
        json!({"report_id": rep, "readiness_reason": "Discussed."}),
    )
    .unwrap();
    let f = file(&mut t, p, &today);
    assert_eq!(f["stage"], "at_committee");
    assert_eq!(f["next_action"], "record_decision");
    assert_eq!(f["next_on"], json!(decision_due));

    // Decided, not notified: the notification within 8 days of the decision
    // (`income::deadlines::NOTIFICATION_DAYS`).
    let decided = iso(tandem::today() - Duration::days(2));
    grant(&mut t, r, &received, &decided, None);
    let f = file(&mut t, p, &today);
    assert_eq!(f["stage"], "decided");
    assert_eq!(f["next_action"], "notify");
    assert_eq!(
        f["next_on"],
        json!(iso(tandem::today() + Duration::days(6)))
    );

    // Notified and granted: the right runs; its review a year after the decision (art. 22
    // § 1, al. 3), the same date `right.get` gives.
    grant(&mut t, r, &received, &decided, Some(&today));
    let f = file(&mut t, p, &today);
    assert_eq!(f["stage"], "running");
    assert_eq!(f["next_action"], "review");
    let right = t.call("right.get", json!({"id": r})).unwrap();
    assert_eq!(f["next_on"], right["review_due_on"]);
    // Seen eleven and a half months later, the review is due; after its date, overdue.
    let later = iso(day(&decided) + Duration::days(350));
    assert_eq!(file(&mut t, p, &later)["stage"], "review_due");
    let past = iso(day(&decided) + Duration::days(400));
    let f = file(&mut t, p, &past);
    assert_eq!(f["stage"], "review_due");
    assert_eq!(f["overdue"], json!(true));
    assert!(f["days_left"].as_i64().unwrap() < 0);

    // The right ends: the file is closed in the caseload.
    t.call(
        "right.end",
        json!({"request_id": r, "ended_on": today, "reason": "other_income",
               "detail": "Found work.", "decided_on": today}),
    )
    .unwrap();
    let f = file(&mut t, p, &today);
    assert_eq!(f["stage"], "closed");
    assert_eq!(f["next_action"], Value::Null);

    // A refusal notified: "notified", nothing more to do.
    let q = person(&mut t, "Bo Refused", None);
    let r2 = request(&mut t, q, &received);
    t.call(
        "condition.set",
        json!({"request_id": r2, "condition": "resources", "finding": "not_met"}),
    )
    .unwrap();
    t.call(
        "decision.record",
        json!({"request_id": r2, "decided_on": today, "outcome": "refused",
               "refusal_condition": "resources", "grounds": "Resources above the amount.",
               "notified_on": today, "notified_how": "registered_letter"}),
    )
    .unwrap();
    let f = file(&mut t, q, &today);
    assert_eq!(f["stage"], "notified");
    assert_eq!(f["next_on"], Value::Null);

    // A withdrawn request without a decision, and a closed file: closed.
    let w = person(&mut t, "Cyra Withdrawn", None);
    let r3 = request(&mut t, w, &received);
    t.call("request.update", json!({"id": r3, "withdrawn_on": today}))
        .unwrap();
    assert_eq!(file(&mut t, w, &today)["stage"], "closed");
    let c = person(&mut t, "Dani Closed", None);
    t.call("person.close", json!({"person_id": c})).unwrap();
    assert_eq!(file(&mut t, c, &today)["stage"], "closed");

    // The latest request is the file's: a new request after the ended right opens intake.
    let r4 = request(&mut t, p, &today);
    let f = file(&mut t, p, &today);
    assert_eq!(f["request_id"], json!(r4));
    assert_eq!(f["stage"], "intake");
}

#[test]
fn a_review_date_on_29_february_is_counted_as_the_right_counts_it() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path(), "W. Orker");
    let p = person(&mut t, "Elno Leap", None);
    let r = request(&mut t, p, "2024-02-01");
    all_met(&mut t, r);
    grant(&mut t, r, "2024-02-01", "2024-02-29", Some("2024-03-01"));
    let right = t.call("right.get", json!({"id": r})).unwrap();
    assert_eq!(right["review_due_on"], "2025-02-28");
    let f = file(&mut t, p, "2024-06-01");
    assert_eq!(f["stage"], "running");
    assert_eq!(f["next_on"], "2025-02-28");
}

/// Five files: overdue by 29 days and by 1 day, due in 3 days, due in 20 days, no request.
fn five_files(t: &mut Tandem) -> (NaiveDate, Vec<i64>) {
    let today = tandem::today();
    let mut ids = Vec::new();
    for (name, days_ago, examined) in [
        ("Fenna Late", 59, false),
        ("Gido Onelate", 31, true),
        ("Hira Soon", 27, true),
        ("Ivo Later", 10, false),
    ] {
        let p = person(t, name, None);
        let r = request(t, p, &iso(today - Duration::days(days_ago)));
        if examined {
            all_met(t, r);
        } else {
            t.call(
                "condition.set",
                json!({"request_id": r, "condition": "age", "finding": "met"}),
            )
            .unwrap();
        }
        ids.push(p);
    }
    ids.push(person(t, "Jolan Norequest", None));
    (today, ids)
}

#[test]
fn the_groups_count_and_filter_overdue_this_week_papers_and_stage() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path(), "W. Orker");
    let (today, _) = five_files(&mut t);
    let page = list(&mut t, json!({}));
    assert_eq!(page["total"], json!(5));
    assert_eq!(page["counts"]["all"], json!(5));
    assert_eq!(page["counts"]["overdue"], json!(2));
    assert_eq!(page["counts"]["week"], json!(1));
    assert_eq!(page["counts"]["papers"], json!(2));
    assert_eq!(page["counts"]["stages"]["inquiry"], json!(4));
    assert_eq!(page["counts"]["stages"]["intake"], json!(1));
    assert_eq!(page["counts"]["overdue_text"], "2 files overdue");

    // The nearest date first: the overdue on top, the file without a date last.
    assert_eq!(
        names(&page),
        [
            "Fenna Late",
            "Gido Onelate",
            "Hira Soon",
            "Ivo Later",
            "Jolan Norequest"
        ]
    );
    // Plurals by Fluent: "29 days late", "1 day late" (never "days late: 29").
    let texts: Vec<&str> = page["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["due_text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "29 days late",
            "1 day late",
            "3 days left",
            "20 days left",
            ""
        ]
    );
    t.call("settings.set", json!({"language": "nl"})).unwrap();
    let nl = list(&mut t, json!({"filter": "overdue"}));
    assert_eq!(nl["files"][0]["due_text"], "29 dagen te laat");
    assert_eq!(nl["files"][1]["due_text"], "1 dag te laat");
    assert_eq!(nl["counts"]["overdue_text"], "2 dossiers te laat");
    let fr = list(&mut t, json!({"filter": "overdue", "lang": "fr"}));
    assert_eq!(fr["files"][0]["due_text"], "29 jours de retard");
    assert_eq!(fr["files"][1]["due_text"], "1 jour de retard");

    assert_eq!(
        names(&list(&mut t, json!({"filter": "overdue"}))),
        ["Fenna Late", "Gido Onelate"]
    );
    assert_eq!(
        names(&list(&mut t, json!({"filter": "week"}))),
        ["Hira Soon"]
    );
    assert_eq!(
        names(&list(&mut t, json!({"filter": "papers"}))),
        ["Fenna Late", "Ivo Later"]
    );
    assert_eq!(
        names(&list(&mut t, json!({"stage": "intake"}))),
        ["Jolan Norequest"]
    );
    // A group and a stage together; the counts stay those of the whole caseload.
    let both = list(&mut t, json!({"filter": "overdue", "stage": "inquiry"}));
    assert_eq!(names(&both), ["Fenna Late", "Gido Onelate"]);
    assert_eq!(both["total"], json!(2));
    assert_eq!(both["counts"]["all"], json!(5));
    // Seen another day, the groups move with it.
    let later = list(
        &mut t,
        json!({"filter": "overdue", "today": iso(today + Duration::days(4))}),
    );
    assert_eq!(names(&later), ["Fenna Late", "Gido Onelate", "Hira Soon"]);
}

#[test]
fn sorting_by_each_column_both_ways() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path(), "W. Orker");
    five_files(&mut t);
    assert_eq!(
        names(&list(&mut t, json!({"sort": "name"}))),
        [
            "Fenna Late",
            "Gido Onelate",
            "Hira Soon",
            "Ivo Later",
            "Jolan Norequest"
        ]
    );
    assert_eq!(
        names(&list(&mut t, json!({"sort": "name", "descending": true}))),
        [
            "Jolan Norequest",
            "Ivo Later",
            "Hira Soon",
            "Gido Onelate",
            "Fenna Late"
        ]
    );
    // Latest date first; the file without a date stays last either way.
    assert_eq!(
        names(&list(&mut t, json!({"sort": "next", "descending": true}))),
        [
            "Ivo Later",
            "Hira Soon",
            "Gido Onelate",
            "Fenna Late",
            "Jolan Norequest"
        ]
    );
    // References in order of the requests (LL-<year>-<number>); none last.
    let by_ref = list(&mut t, json!({"sort": "reference"}));
    let refs: Vec<Value> = by_ref["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["reference"].clone())
        .collect();
    assert_eq!(refs.last().unwrap(), &Value::Null);
    let mut sorted: Vec<String> = refs[..4]
        .iter()
        .map(|r| r.as_str().unwrap().to_string())
        .collect();
    let as_listed = sorted.clone();
    sorted.sort();
    assert_eq!(as_listed, sorted);
    // By stage: intake before inquiry; descending the other way round.
    assert_eq!(
        names(&list(&mut t, json!({"sort": "stage"})))[0],
        "Jolan Norequest"
    );
    assert_eq!(
        names(&list(&mut t, json!({"sort": "stage", "descending": true})))[4],
        "Jolan Norequest"
    );
}

#[test]
fn pages_of_the_caseload() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path(), "W. Orker");
    for i in 0..23 {
        person(&mut t, &format!("Person {i:02}"), None);
    }
    let p1 = list(&mut t, json!({"sort": "name", "limit": 10}));
    assert_eq!(p1["total"], json!(23));
    assert_eq!(p1["files"].as_array().unwrap().len(), 10);
    assert_eq!(p1["files"][0]["display_name"], "Person 00");
    let p3 = list(&mut t, json!({"sort": "name", "limit": 10, "offset": 20}));
    assert_eq!(names(&p3), ["Person 20", "Person 21", "Person 22"]);
    assert_eq!(p3["total"], json!(23));
    assert_eq!(p3["offset"], json!(20));
    // Past the last page: no files, and the count still says how many there are.
    let past = list(&mut t, json!({"sort": "name", "limit": 10, "offset": 40}));
    assert!(past["files"].as_array().unwrap().is_empty());
    assert_eq!(past["total"], json!(23));
    // The default page holds 50.
    assert_eq!(list(&mut t, json!({}))["limit"], json!(50));
}

#[test]
fn search_by_name_reference_and_national_register_number() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path(), "W. Orker");
    // 93051822361: a valid number (check digits 97 - 930518223 mod 97).
    let celine = person(&mut t, "Céline Dubois", Some("93051822361"));
    let other = person(&mut t, "Marc Peeters", Some("85073003328"));
    let rc = request(&mut t, celine, "2025-03-04");
    request(&mut t, other, "2025-03-05");
    let reference = t.call("request.get", json!({"id": rc})).unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(reference, format!("LL-2025-{rc:05}"));

    let found = |t: &mut Tandem, q: &str| -> Vec<String> { names(&list(t, json!({"query": q}))) };
    // Names: accents and case ignored, any part.
    assert_eq!(found(&mut t, "celine"), ["Céline Dubois"]);
    assert_eq!(found(&mut t, "DUB"), ["Céline Dubois"]);
    assert_eq!(found(&mut t, "peet"), ["Marc Peeters"]);
    // The file reference, with or without its dashes, or its number.
    assert_eq!(found(&mut t, &reference), ["Céline Dubois"]);
    assert_eq!(
        found(&mut t, &reference.replace('-', "").to_lowercase()),
        ["Céline Dubois"]
    );
    assert_eq!(found(&mut t, &format!("2025-{rc:05}")), ["Céline Dubois"]);
    // The national register number as typed, with or without its separators, or its
    // first six digits (the birth date).
    assert_eq!(found(&mut t, "93.05.18-223.61"), ["Céline Dubois"]);
    assert_eq!(found(&mut t, "93051822361"), ["Céline Dubois"]);
    assert_eq!(found(&mut t, "930518 223 61"), ["Céline Dubois"]);
    assert_eq!(found(&mut t, "930518"), ["Céline Dubois"]);
    let page = list(&mut t, json!({"query": "85.07.30-033.28"}));
    assert_eq!(names(&page), ["Marc Peeters"]);
    assert!(page["matched"].as_array().unwrap().contains(&json!("nrn")));
    // Nothing that matches: none; punctuation only: none.
    assert!(found(&mut t, "zzzqqq").is_empty());
    assert!(found(&mut t, "99.99.99").is_empty());
    assert!(found(&mut t, "--").is_empty());
    // The search narrows the counts too.
    assert_eq!(
        list(&mut t, json!({"query": "celine"}))["counts"]["all"],
        json!(1)
    );
}

#[test]
fn references_carry_the_ocmw_and_worker_codes_and_old_ones_stay() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path(), "W. Orker");
    let p = person(&mut t, "Kesi Prefix", None);
    let before = request(&mut t, p, "2025-01-10");
    let mut profile = t.call("profile.get", json!({})).unwrap();
    profile["ocmw_code"] = json!(" gnt ");
    profile["worker_code"] = json!("ab");
    let saved = t.call("profile.set", profile.clone()).unwrap();
    assert_eq!(saved["ocmw_code"], "GNT");
    assert_eq!(saved["worker_code"], "AB");
    let after = request(&mut t, p, "2025-02-11");
    let reference = |t: &mut Tandem, r: i64| -> String {
        t.call("request.get", json!({"id": r})).unwrap()["reference"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(reference(&mut t, before), format!("LL-2025-{before:05}"));
    assert_eq!(reference(&mut t, after), format!("GNT-AB-2025-{after:05}"));
    // The list of the person's requests, the caseload and the search show it.
    let requests = t.call("request.list", json!({"person_id": p})).unwrap();
    assert_eq!(
        requests[0]["reference"],
        json!(format!("GNT-AB-2025-{after:05}"))
    );
    assert_eq!(
        file(&mut t, p, "2025-02-12")["reference"],
        json!(format!("GNT-AB-2025-{after:05}"))
    );
    assert_eq!(
        names(&list(
            &mut t,
            json!({"query": format!("gnt-ab-2025-{after:05}")})
        )),
        ["Kesi Prefix"]
    );
    // Changing the received date never changes a reference once given.
    t.call(
        "request.update",
        json!({"id": after, "received_on": "2024-12-30"}),
    )
    .unwrap();
    assert_eq!(reference(&mut t, after), format!("GNT-AB-2025-{after:05}"));

    // A colleague of the same OCMW with another code never gives the same reference.
    let tmp2 = tempfile::tempdir().unwrap();
    let mut u = open(tmp2.path(), "C. Ollega");
    let mut theirs = u.call("profile.get", json!({})).unwrap();
    theirs["ocmw_code"] = json!("GNT");
    theirs["worker_code"] = json!("CD");
    u.call("profile.set", theirs).unwrap();
    let q = person(&mut u, "Lio Elsewhere", None);
    request(&mut u, q, "2025-01-11");
    let r = request(&mut u, q, "2025-02-11");
    assert_eq!(r, after, "the same request number in both vaults");
    assert_ne!(reference(&mut u, r), reference(&mut t, after));

    // Codes: letters and digits, at most 8; refused with the field named, translated.
    for (field, bad) in [
        ("ocmw_code", "GNT-1"),
        ("worker_code", "ABCDEFGHI"),
        ("worker_code", "é1"),
    ] {
        let mut p = profile.clone();
        p[field] = json!(bad);
        let e = t.reply("profile.set", p).unwrap_err();
        assert_eq!(e.code, "invalid-code", "{bad}");
        assert_eq!(e.field.as_deref(), Some(field));
        assert!(e.message.contains('8'), "{}", e.message);
    }
    t.call("settings.set", json!({"language": "fr"})).unwrap();
    let mut p2 = profile.clone();
    p2["worker_code"] = json!("A B");
    let e = t.reply("profile.set", p2).unwrap_err();
    assert!(e.message.starts_with("Votre code"), "{}", e.message);
    // The profile kept its codes.
    assert_eq!(
        t.call("profile.get", json!({})).unwrap()["worker_code"],
        "AB"
    );
}

#[test]
fn bad_arguments_are_refused_with_their_field() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path(), "W. Orker");
    person(&mut t, "Mirel Args", None);
    for (args, code_, field) in [
        (json!({"filter": "late"}), "invalid-choice", "filter"),
        (json!({"stage": "appeal"}), "invalid-choice", "stage"),
        (json!({"sort": "age"}), "invalid-choice", "sort"),
        (json!({"limit": 0}), "out-of-range", "limit"),
        (json!({"limit": 201}), "out-of-range", "limit"),
        (json!({"offset": -1}), "out-of-range", "offset"),
    ] {
        let e = t.reply("caseload.list", args.clone()).unwrap_err();
        assert_eq!(e.code, code_, "{args}");
        assert_eq!(e.field.as_deref(), Some(field), "{args}");
    }
    assert_eq!(
        code(&mut t, "caseload.list", json!({"page": 2})),
        "invalid-input"
    );
    assert_eq!(
        code(&mut t, "caseload.list", json!({"query": "x".repeat(201)})),
        "too-long"
    );
    assert_eq!(
        code(&mut t, "caseload.list", json!({"limit": "ten"})),
        "invalid-input"
    );
    // SQL in a search is only text.
    let page = list(&mut t, json!({"query": "'; DROP TABLE person; --"}));
    assert!(page["files"].as_array().unwrap().is_empty());
    assert_eq!(list(&mut t, json!({}))["total"], json!(1));
    // Locked: the caseload is not shown.
    t.lock();
    assert_eq!(code(&mut t, "caseload.list", json!({})), "locked");
}

/// The caseload is kept as a table (schema migration 13) that each change marks to be
/// recomputed: a removal brings the stage back, a renamed person shows the new name, and
/// an erased file leaves the caseload.
#[test]
fn the_stored_caseload_follows_additions_removals_renames_and_erasure() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path(), "W. Orker");
    let today = iso(tandem::today());
    let p = person(&mut t, "Elke Evidence", None);
    let r = request(&mut t, p, &today);
    assert_eq!(file(&mut t, p, &today)["stage"], "intake");

    // Evidence starts the inquiry; its removal brings the file back to intake.
    let view = t
        .call(
            "evidence.add",
            json!({"request_id": r, "condition": "residence", "kind": "document",
                   "description": "Rental contract."}),
        )
        .unwrap();
    assert_eq!(file(&mut t, p, &today)["stage"], "inquiry");
    let evidence = view["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["condition"] == "residence")
        .unwrap()["evidence"][0]["id"]
        .clone();
    t.call("evidence.remove", json!({"id": evidence})).unwrap();
    assert_eq!(file(&mut t, p, &today)["stage"], "intake");

    // The name is the person's, as it is now.
    t.call(
        "person.update",
        json!({"id": p, "display_name": "Elke Renamed"}),
    )
    .unwrap();
    assert_eq!(file(&mut t, p, &today)["display_name"], "Elke Renamed");

    // Erased after its retention period: the file is no longer in the caseload.
    let other = person(&mut t, "Olaf Other", None);
    t.call("settings.set", json!({"retention_years": 1}))
        .unwrap();
    t.call("person.close", json!({"person_id": p})).unwrap();
    assert_eq!(file(&mut t, p, &today)["stage"], "closed");
    let later = tandem::today() + chrono::Months::new(13);
    t.set_calendar(later);
    t.call("person.erase", json!({"person_id": p})).unwrap();
    let page = list(&mut t, json!({"today": iso(later)}));
    assert_eq!(page["total"], json!(1));
    assert_eq!(page["files"][0]["person_id"], json!(other));
}
