//! The right over time (issue "The right over time", 1-3): the periods of a running right, the
//! indexation of every running right, "something changed" and the revision decision with its
//! letter, through the command surface.

mod common;

use serde_json::{json, Value};
use tandem::Tandem;

use common::{code, id, keep, poppler};

/// The six conditions of the law, as the core lists them.
const SIX: [&str; 6] = tandem::income::CONDITIONS;

/// A request received on `received_on`, the six conditions met, category 2 (single) with no
/// resources, granted on `decided_on` with the calculated amount: its id.
fn granted(t: &mut Tandem, received_on: &str, decided_on: &str) -> i64 {
    let p = id(
        t.call(
            "person.create",
            json!({"display_name": "Testpersoon Periodes", "birth_date": "1990-01-15", "language": "nl"}),
        )
        .unwrap(),
        "id",
    );
    let r = common::request_six_met(t, p, received_on, "single");
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": decided_on, "outcome": "granted",
               "grounds": "All six conditions are met."}),
    )
    .unwrap();
    r
}

/// (from, why, yearly cents) of each period on the right's timeline.
fn timeline(v: &Value) -> Vec<(String, String, i64)> {
    v["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["from_on"].as_str().unwrap().to_string(),
                p["why"].as_str().unwrap().to_string(),
                p["yearly_cents"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn row(from: &str, why: &str, yearly: i64) -> (String, String, i64) {
    (from.to_string(), why.to_string(), yearly)
}

// The amounts, each from its source (src/income/amounts.rs):
/// Cat. 2 from 1 May 2024: 12 × €1,288.46 (centenvoorstudenten.be, index of 1 May 2024).
const SINGLE_2024_05: i64 = 12 * 128_846;
/// Cat. 2 from 1 February 2025: €15,770.41 a year (bdas-wwsb.brussels, amounts on 01.02.2025).
const SINGLE_2025_02: i64 = 1_577_041;
/// A synthetic indexation row from 1 February 2026 (2 % on the February 2025 amounts, as the
/// law of 2 August 1971 indexes them, rounded to the cent): test data, not a published row.
const ROW_2026_02: (i64, i64, i64) = (1_072_387, 1_608_582, 2_173_908);
/// The general yearly exemption for cat. 3 (art. 22 § 2 of the royal decree of 11 July 2002,
/// not indexed), applied when the countable resources stay below the category amount.
const EXEMPTION_FAMILY: i64 = 31_000;

/// Granted, indexed, revised twice (one higher, one lower), with the dates art. 22 § 2 of the
/// law of 26 May 2002 gives: a revision takes effect on the day its reason arose (al. 1);
/// a decrease after the centre's own error that the person could not notice only on the
/// first day of the month after the notification (al. 2). The past is never edited: each
/// change is a new period, and the periods and their amounts are exact.
#[test]
fn a_right_granted_indexed_and_revised_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    // Received in September 2024, decided then: the amounts of 1 May 2024, and from
    // 1 February 2025 those of that indexation (rows already in the table).
    let r = granted(&mut t, "2024-09-02", "2024-09-20");
    let v = t.call("right.get", json!({"id": r})).unwrap();
    assert_eq!(
        timeline(&v),
        [
            row("2024-09-02", "grant", SINGLE_2024_05),
            row("2025-02-01", "indexation", SINGLE_2025_02),
        ]
    );
    assert_eq!(v["periods"][0]["until_on"], "2025-01-31");
    assert_eq!(v["periods"][1]["until_on"], Value::Null);
    assert_eq!(v["periods"][0]["amount_row_from"], "2024-05-01");

    // A new amounts row: every running right gets a period from its day.
    let (c1, c2, c3) = ROW_2026_02;
    t.call(
        "amounts.add",
        json!({"valid_from": "2026-02-01", "cohabitant_year_cents": c1, "single_year_cents": c2,
               "family_year_cents": c3, "source": "synthetic test row"}),
    )
    .unwrap();
    let list = t
        .call("right.indexation", json!({"valid_from": "2026-02-01"}))
        .unwrap();
    let mine: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["request_id"] == r)
        .collect();
    assert_eq!(mine.len(), 1, "{list}");
    assert_eq!(mine[0]["status"], "indexed");
    assert_eq!(mine[0]["before_yearly_cents"], SINGLE_2025_02);
    assert_eq!(mine[0]["after_yearly_cents"], c2);
    assert_eq!(mine[0]["person_name"], "Testpersoon Periodes");
    let v = t.call("right.get", json!({"id": r})).unwrap();
    assert_eq!(v["yearly_cents"], c2, "today's amount is the indexed one");
    assert_eq!(timeline(&v).len(), 3);
    assert_eq!(timeline(&v)[2], row("2026-02-01", "indexation", c2));

    // 1. Higher: a child comes to live with her on 10 March 2026 (cat. 3 from that day).
    let v = t
        .call(
            "right.change",
            json!({"request_id": r, "changed_on": "2026-03-10", "what": "household",
                   "detail": "Her daughter came to live with her.", "category": "family"}),
        )
        .unwrap();
    // Recorded and recomputed, not applied: the timeline is as it was.
    assert_eq!(timeline(&v).len(), 3);
    let pending = &v["revisions"][0];
    assert_eq!(pending["decided_on"], Value::Null);
    assert_eq!(pending["calculated_yearly_cents"], c3);
    assert_eq!(pending["previous_yearly_cents"], c2);
    // One change at a time: the next waits for this one's decision.
    assert_eq!(
        code(
            &mut t,
            "right.change",
            json!({"request_id": r, "changed_on": "2026-03-12", "what": "address",
                   "detail": "Moved within the municipality."}),
        ),
        "change-pending"
    );
    let v = t
        .call(
            "right.revise",
            json!({"request_id": r, "decided_on": "2026-03-20",
                   "grounds": "A child in her care since 10 March 2026: category 3.",
                   "notified_on": "2026-03-23", "notified_how": "registered_letter"}),
        )
        .unwrap();
    let first = v["revisions"][0]["id"].as_i64().unwrap();
    assert_eq!(v["revisions"][0]["effective_on"], "2026-03-10");
    assert_eq!(v["revisions"][0]["yearly_cents"], c3);
    assert!(v["revisions"][0]["appeal_ends"].is_string());
    assert_eq!(timeline(&v)[3], row("2026-03-10", "revision", c3));

    // 2. Lower, after the centre's own error: maintenance she receives for herself (which
    // counts, art. 22 § 1 of the royal decree) was left out since 15 April 2026.
    t.call(
        "resource.add",
        json!({"request_id": r, "kind": "maintenance", "whose": "applicant",
               "amount_cents": 20_000, "period": "month"}),
    )
    .unwrap();
    let v = t
        .call(
            "right.change",
            json!({"request_id": r, "changed_on": "2026-04-15", "what": "resources",
                   "detail": "Maintenance of €200 a month for herself, left out by the centre.",
                   "centre_error": true}),
        )
        .unwrap();
    let lowered = c3 - (12 * 20_000 - EXEMPTION_FAMILY);
    assert_eq!(v["revisions"][1]["calculated_yearly_cents"], lowered);
    assert_eq!(v["revisions"][1]["category"], "family");
    // Its date depends on the notification: without it, no decision.
    let decision = json!({"request_id": r, "decided_on": "2026-05-04",
                          "grounds": "Maintenance counts; the centre had left it out."});
    assert_eq!(code(&mut t, "right.revise", decision.clone()), "required");
    // Another amount than the recomputed one needs the committee's reason.
    let mut other = decision.clone();
    other["yearly_cents"] = json!(lowered + 100);
    other["notified_on"] = json!("2026-05-06");
    other["notified_how"] = json!("handed_over");
    assert_eq!(code(&mut t, "right.revise", other), "reason-required");
    let mut notified = decision.clone();
    notified["notified_on"] = json!("2026-05-06");
    notified["notified_how"] = json!("handed_over");
    let v = t.call("right.revise", notified).unwrap();
    assert_eq!(v["revisions"][1]["effective_on"], "2026-06-01");
    assert_eq!(
        timeline(&v),
        [
            row("2024-09-02", "grant", SINGLE_2024_05),
            row("2025-02-01", "indexation", SINGLE_2025_02),
            row("2026-02-01", "indexation", c2),
            row("2026-03-10", "revision", c3),
            row("2026-06-01", "revision", lowered),
        ]
    );
    assert_eq!(v["periods"][3]["until_on"], "2026-05-31");
    assert_eq!(v["yearly_cents"], lowered);
    assert_eq!(v["category"], "family");
    // Nothing left pending.
    assert_eq!(
        code(
            &mut t,
            "right.revise",
            json!({"request_id": r, "decided_on": "2026-05-05", "grounds": "g"})
        ),
        "no-change-pending"
    );
    assert!(first > 0);
}

/// A decrease for a change of circumstances (not the centre's error) takes effect on the day
/// the change happened, before the decision (art. 22 § 2, al. 1): a job that started.
/// Recorded only by the decision, never before it.
#[test]
fn a_decrease_for_a_change_applies_from_the_change_by_its_decision() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let r = granted(&mut t, "2025-03-03", "2025-03-20");
    t.call(
        "resource.add",
        json!({"request_id": r, "kind": "wages", "whose": "applicant",
               "amount_cents": 50_000, "period": "month"}),
    )
    .unwrap();
    let v = t
        .call(
            "right.change",
            json!({"request_id": r, "changed_on": "2025-06-16", "what": "resources",
                   "detail": "A part-time job since 16 June 2025."}),
        )
        .unwrap();
    // Wages count in full, less the general exemption of €250 for cat. 2 (art. 22 § 2 of the
    // royal decree of 11 July 2002): €15,770.41 − (€6,000 − €250) = €10,020.41.
    let lower = SINGLE_2025_02 - (12 * 50_000 - 25_000);
    assert_eq!(v["revisions"][0]["calculated_yearly_cents"], lower);
    assert_eq!(v["revisions"][0]["calculated_monthly_cents"], 83_503);
    // Not applied before the decision.
    assert_eq!(v["yearly_cents"], SINGLE_2025_02);
    assert_eq!(timeline(&v), [row("2025-03-03", "grant", SINGLE_2025_02)]);
    let v = t
        .call(
            "right.revise",
            json!({"request_id": r, "decided_on": "2025-07-01", "grounds": "Wages count."}),
        )
        .unwrap();
    assert_eq!(v["revisions"][0]["effective_on"], "2025-06-16");
    assert_eq!(
        timeline(&v),
        [
            row("2025-03-03", "grant", SINGLE_2025_02),
            row("2025-06-16", "revision", lower),
        ]
    );
}

/// Bad input is refused with its code and field; nothing is recorded.
#[test]
fn a_change_or_revision_with_bad_input_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let r = granted(&mut t, "2025-03-03", "2025-03-20");
    let change = |over: Value| {
        let mut a = json!({"request_id": r, "changed_on": "2025-05-01", "what": "address",
                           "detail": "Moved."});
        for (k, v) in over.as_object().unwrap() {
            a[k] = v.clone();
        }
        a
    };
    for (over, expected) in [
        (json!({"changed_on": "2025-03-03"}), "date-order"),
        (json!({"changed_on": "2025-02-01"}), "date-order"),
        (json!({"what": "behaviour"}), "invalid-choice"),
        (json!({"what": "condition"}), "required"),
        (json!({"condition": "age"}), "invalid-input"),
        (json!({"detail": "  "}), "reason-required"),
        (json!({"category": "couple"}), "invalid-input"),
        (json!({"request_id": 9999}), "not-found"),
    ] {
        assert_eq!(
            code(&mut t, "right.change", change(over.clone())),
            expected,
            "{over}"
        );
    }
    assert_eq!(
        code(
            &mut t,
            "right.revise",
            json!({"request_id": r, "decided_on": "2025-05-02", "grounds": "g"})
        ),
        "no-change-pending"
    );
    let v = t.call("right.get", json!({"id": r})).unwrap();
    assert_eq!(v["revisions"], json!([]));
    t.call("right.change", change(json!({}))).unwrap();
    for (args, expected) in [
        (
            json!({"request_id": r, "decided_on": "2025-03-01", "grounds": "g"}),
            "date-order",
        ),
        (
            json!({"request_id": r, "decided_on": "2025-05-02", "grounds": ""}),
            "required",
        ),
        (
            json!({"request_id": r, "decided_on": "2025-05-02", "grounds": "g",
                   "notified_on": "2025-05-03"}),
            "required",
        ),
        (
            json!({"request_id": r, "decided_on": "2025-05-02", "grounds": "g",
                   "yearly_cents": -1}),
            "out-of-range",
        ),
    ] {
        assert_eq!(
            code(&mut t, "right.revise", args.clone()),
            expected,
            "{args}"
        );
    }
    // An ended right takes no change.
    t.call(
        "right.revise",
        json!({"request_id": r, "decided_on": "2025-05-02", "grounds": "Same amount."}),
    )
    .unwrap();
    t.call(
        "right.end",
        json!({"request_id": r, "ended_on": "2025-09-30", "reason": "moved",
               "detail": "Moved to Nabijstad.", "decided_on": "2025-10-07"}),
    )
    .unwrap();
    assert_eq!(
        code(
            &mut t,
            "right.change",
            change(json!({"changed_on": "2025-10-01"}))
        ),
        "right-ended"
    );
    // The periods end with the right.
    let v = t.call("right.get", json!({"id": r})).unwrap();
    let last = v["periods"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["until_on"], "2025-09-30");
}

/// A start on another day than the request needs the committee's reason (art. 21 § 5 of the
/// law of 26 May 2002: the right starts on the day of the request); it opens the first period.
#[test]
fn another_start_than_the_request_needs_a_motivation() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let p = id(
        t.call(
            "person.create",
            json!({"display_name": "Start", "birth_date": "1990-01-15"}),
        )
        .unwrap(),
        "id",
    );
    let r = id(
        t.call(
            "request.create",
            json!({"person_id": p, "received_on": "2025-03-03"}),
        )
        .unwrap(),
        "id",
    );
    for c in SIX {
        t.call(
            "condition.set",
            json!({"request_id": r, "condition": c, "finding": "met"}),
        )
        .unwrap();
    }
    let d = json!({"request_id": r, "decided_on": "2025-03-20", "outcome": "granted",
                   "category": "single", "start_on": "2025-03-10", "grounds": "Six met."});
    assert_eq!(
        code(&mut t, "decision.record", d.clone()),
        "reason-required"
    );
    let mut d = d;
    d["start_motivation"] = json!("The information asked on 3 March came on 10 March.");
    t.call("decision.record", d).unwrap();
    let v = t.call("right.get", json!({"id": r})).unwrap();
    assert_eq!(
        v["start_motivation"],
        "The information asked on 3 March came on 10 March."
    );
    assert_eq!(timeline(&v), [row("2025-03-10", "grant", SINGLE_2025_02)]);
}

/// The revision decision letter (art. 21 § 2-3 and art. 22 of the law of 26 May 2002): what
/// changed and when, the amount before and after, from when and by which rule, how it was
/// calculated, the reasons, the appeal to the labour court with every mention, in the four
/// languages; `document revision` records the day it is sent.
#[test]
fn the_revision_letter_in_four_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let r = granted(&mut t, "2025-03-03", "2025-03-20");
    t.call(
        "right.change",
        json!({"request_id": r, "changed_on": "2025-06-16", "what": "household",
               "detail": "Her son was born on 16 June 2025.", "category": "family"}),
    )
    .unwrap();
    let v = t
        .call(
            "right.revise",
            json!({"request_id": r, "decided_on": "2025-06-30",
                   "grounds": "A child in her care: category 3 from the birth."}),
        )
        .unwrap();
    let rev = v["revisions"][0]["id"].as_i64().unwrap();
    assert_eq!(v["revisions"][0]["appeal_ends"], Value::Null);
    // Notified later, once: from then the three months to appeal run (art. 47 § 1 of the law
    // of 26 May 2002; months counted as art. 54 of the Judicial Code says, src/income/terms.rs):
    // handed over on Monday 7 July 2025, the term ends on Tuesday 7 October 2025.
    assert_eq!(
        code(
            &mut t,
            "right.revision_notified",
            json!({"revision_id": rev, "notified_on": "2025-06-29", "notified_how": "handed_over"})
        ),
        "date-order"
    );
    let v = t
        .call(
            "right.revision_notified",
            json!({"revision_id": rev, "notified_on": "2025-07-07", "notified_how": "handed_over"}),
        )
        .unwrap();
    assert_eq!(v["revisions"][0]["notified_on"], "2025-07-07");
    assert_eq!(v["revisions"][0]["appeal_ends"], "2025-10-07");
    assert_eq!(
        code(
            &mut t,
            "right.revision_notified",
            json!({"revision_id": rev, "notified_on": "2025-07-08", "notified_how": "handed_over"})
        ),
        "invalid-input"
    );
    // A pending change has no letter yet; another id is not found.
    assert_eq!(
        t.document("revision", rev + 1, None, None)
            .unwrap_err()
            .code(),
        "not-found"
    );
    for lang in tandem::i18n::Lang::ALL {
        let (pdf, name) = t.document("revision", rev, Some(lang), None).unwrap();
        assert!(
            name.starts_with(&format!("tandem-revision-{rev}-")),
            "{name}"
        );
        keep(&format!("revision-{}", lang.code()), &pdf);
        let text = poppler("pdftotext", &[], &pdf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // The first words of each mention (a long one may run over a page break).
        let m = |id: &str| {
            tandem::i18n::catalogs()
                .message(lang, id, &[])
                .split_whitespace()
                .take(10)
                .collect::<Vec<_>>()
                .join(" ")
        };
        for id in [
            "doc-revision-title",
            "doc-revision-law",
            "doc-appeal-body",
            "doc-appeal-no-suspend",
            "doc-changes-body",
            "doc-annex-title",
            "doc-art-728-1",
            "doc-role-chair",
        ] {
            assert!(text.contains(&m(id)), "{lang:?} lacks {id}:\n{text}");
        }
        let money = |c: i64| {
            tandem::income::calc::money(lang, c)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        for amount in [SINGLE_2025_02, 12 * 177_607] {
            assert!(text.contains(&money(amount)), "{lang:?}: {amount}\n{text}");
        }
        assert!(text.contains("Her son was born on 16 June 2025."));
        assert!(text.contains("A child in her care: category 3 from the birth."));
        let effective = if lang == tandem::i18n::Lang::De {
            "16.06.2025"
        } else {
            "16/06/2025"
        };
        assert!(text.contains(effective), "{lang:?}: {text}");
        assert!(
            !text.contains("doc-"),
            "{lang:?}: an untranslated id\n{text}"
        );
    }
    // The person's language by default (Dutch here), and the sending is recorded.
    let (pdf, _) = t.document("revision", rev, None, None).unwrap();
    assert!(poppler("pdftotext", &[], &pdf).contains("Herzieningsbeslissing"));
    let v = t.call("right.get", json!({"id": r})).unwrap();
    assert!(v["revisions"][0]["letter_sent_on"].is_string());
}

/// The periods are append-only in the vault itself, and the person's own export holds them
/// with the revisions.
#[test]
fn the_periods_are_kept_and_exported() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let r = granted(&mut t, "2025-03-03", "2025-03-20");
    t.call(
        "right.change",
        json!({"request_id": r, "changed_on": "2025-04-01", "what": "address",
               "detail": "Moved within the municipality."}),
    )
    .unwrap();
    t.call(
        "right.revise",
        json!({"request_id": r, "decided_on": "2025-04-10", "grounds": "Same amount."}),
    )
    .unwrap();
    let v = t.call("right.get", json!({"id": r})).unwrap();
    let person = v["person_id"].as_i64().unwrap();
    let out = t
        .call("person.export", json!({"person_id": person}))
        .unwrap();
    let text = std::fs::read_to_string(out["json"].as_str().unwrap()).unwrap();
    assert!(text.contains("income_right_period"), "{text}");
    assert!(text.contains("income_revision"), "{text}");
    assert!(text.contains("Moved within the municipality."));
}

/// Cat. 3 from 1 May 2024: 12 × €1,741.29 (src/income/amounts.rs, centenvoorstudenten.be).
const FAMILY_2024_05: i64 = 12 * 174_129;
/// Cat. 3 from 1 February 2025: 12 × €1,776.07 (droitsquotidiens.be, amounts of 1 February 2025).
const FAMILY_2025_02: i64 = 12 * 177_607;

/// The appeal to the labour court against the decision, a revision and the end of a right
/// (art. 47 § 1 of the law of 26 May 2002: within three months of the notification, as the POD MI
/// FAQ "Peut-on aller en recours contre une décision prise par le CPAS ?" says; the court
/// decides whether a late appeal is admissible, so it is recorded and shown as late), and a
/// judgment that grants more: the court decides on the right itself (art. 47 § 2, "recours de
/// pleine juridiction"), so it is a new period from the day it says, the indexations after it
/// follow it, and a later decision keeps its own grounds. Each outcome is recorded once.
#[test]
fn appeals_against_the_decision_a_revision_and_the_end() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let r = granted(&mut t, "2024-09-02", "2024-09-20");
    let court = "Arbeidsrechtbank Testdorp, afdeling Noord";

    // Bad input is refused with a clear code and records nothing.
    let bad = |against: Value, lodged: &str, revision: Value| {
        json!({"request_id": r, "against": against, "revision_id": revision,
               "lodged_on": lodged, "court": court})
    };
    let cases = [
        (
            bad(json!("decision"), "2024-09-19", Value::Null),
            "date-order",
        ),
        (
            bad(json!("committee"), "2024-10-10", Value::Null),
            "invalid-choice",
        ),
        (
            bad(json!("revision"), "2024-10-10", Value::Null),
            "required",
        ),
        (
            bad(json!("decision"), "2024-10-10", json!(1)),
            "invalid-input",
        ),
        (
            bad(json!("revision"), "2024-10-10", json!(999)),
            "not-found",
        ),
        (bad(json!("end"), "2024-10-10", Value::Null), "not-found"),
        (
            bad(json!("decision"), "2999-01-01", Value::Null),
            "out-of-range",
        ),
    ];
    for (args, expected) in cases {
        let got = common::code(&mut t, "right.appeal", args.clone());
        assert!(
            got == expected || (expected == "out-of-range" && got == "date-in-future"),
            "{args}: {got}"
        );
    }
    assert_eq!(
        code(
            &mut t,
            "right.appeal",
            json!({"request_id": 999_999, "lodged_on": "2024-10-10"})
        ),
        "not-found"
    );
    let v = t.call("right.get", json!({"id": r})).unwrap();
    assert_eq!(v["appeals"], json!([]));

    // 1. Against the decision (not yet notified: no term is computed, so not late).
    let v = t
        .call(
            "right.appeal",
            json!({"request_id": r, "lodged_on": "2024-10-10", "court": court,
                   "note": "She asks for category 3: her daughter lives with her."}),
        )
        .unwrap();
    let a = &v["appeals"][0];
    assert_eq!(a["against"], "decision");
    assert_eq!(a["court"], court);
    assert_eq!(a["appeal_ends"], Value::Null);
    assert_eq!(a["late"], false);
    assert_eq!(a["outcome"], Value::Null);
    let first = a["id"].as_i64().unwrap();
    // One pending appeal against a decision at a time.
    assert_eq!(
        code(
            &mut t,
            "right.appeal",
            json!({"request_id": r, "lodged_on": "2024-10-11", "court": court})
        ),
        "appeal-pending"
    );

    // Meanwhile the committee revises: the child is declared from 10 March 2025.
    t.call(
        "right.change",
        json!({"request_id": r, "changed_on": "2025-03-10", "what": "household",
               "detail": "Her daughter is declared at her address.", "category": "family"}),
    )
    .unwrap();
    let v = t
        .call(
            "right.revise",
            json!({"request_id": r, "decided_on": "2025-03-20",
                   "grounds": "A child in her care since 10 March 2025: category 3.",
                   "notified_on": "2025-03-24", "notified_how": "handed_over"}),
        )
        .unwrap();
    let revision = v["revisions"][0]["id"].as_i64().unwrap();

    // The outcome, checked: a judgment's date after the appeal, a note of what the court
    // decided, a period only when the court grants.
    let outcome = |o: &str, on: &str, note: Value, from: Value| {
        json!({"appeal_id": first, "outcome": o, "outcome_on": on, "note": note,
               "from_on": from, "category": if from.is_null() { Value::Null } else { json!("family") }})
    };
    let cases = [
        (
            outcome("granted", "2024-10-09", json!("g"), Value::Null),
            "date-order",
        ),
        (
            outcome("granted", "2025-05-15", Value::Null, Value::Null),
            "reason-required",
        ),
        (
            outcome("rejected", "2025-05-15", json!("g"), json!("2025-01-01")),
            "invalid-choice",
        ),
        (
            outcome("granted", "2025-05-15", json!("g"), json!("2024-09-01")),
            "date-order",
        ),
        (
            outcome("won", "2025-05-15", json!("g"), Value::Null),
            "invalid-choice",
        ),
    ];
    for (args, expected) in cases {
        assert_eq!(
            code(&mut t, "right.appeal_outcome", args.clone()),
            expected,
            "{args}"
        );
    }
    assert_eq!(
        code(
            &mut t,
            "right.appeal_outcome",
            json!({"appeal_id": 999_999, "outcome": "rejected", "outcome_on": "2025-05-15", "note": "g"})
        ),
        "not-found"
    );
    // The court grants category 3 from 1 January 2025: a period from then, calculated on
    // that day; the indexation of 1 February 2025 follows it; the revision of 10 March keeps
    // its own grounds.
    let v = t
        .call(
            "right.appeal_outcome",
            outcome(
                "granted",
                "2025-05-15",
                json!("The court: the daughter lived with her from 1 January 2025."),
                json!("2025-01-01"),
            ),
        )
        .unwrap();
    assert_eq!(
        timeline(&v["right"]),
        [
            row("2024-09-02", "grant", SINGLE_2024_05),
            row("2025-01-01", "judgment", FAMILY_2024_05),
            row("2025-02-01", "indexation", FAMILY_2025_02),
            row("2025-03-10", "revision", FAMILY_2025_02),
        ]
    );
    assert_eq!(v["right"]["periods"][1]["appeal_id"], first);
    assert_eq!(v["right"]["periods"][1]["until_on"], "2025-01-31");
    let a = &v["appeals"][0];
    assert_eq!(a["outcome"], "granted");
    assert_eq!(a["from_on"], "2025-01-01");
    assert_eq!(a["yearly_cents"], FAMILY_2024_05);
    assert_eq!(a["monthly_cents"], 174_129);
    // Once.
    assert_eq!(
        code(
            &mut t,
            "right.appeal_outcome",
            outcome("rejected", "2025-05-16", json!("again"), Value::Null)
        ),
        "appeal-judged"
    );

    // 2. Against the revision, after its three months (handed over on Monday 24 March 2025,
    // the term ends on Tuesday 24 June 2025): recorded, shown late; then withdrawn.
    let v = t
        .call(
            "right.appeal",
            json!({"request_id": r, "against": "revision", "revision_id": revision,
                   "lodged_on": "2025-07-01"}),
        )
        .unwrap();
    let a = &v["appeals"][1];
    assert_eq!(a["against"], "revision");
    assert_eq!(a["revision_id"], revision);
    assert_eq!(a["appeal_ends"], "2025-06-24");
    assert_eq!(a["late"], true);
    assert!(
        a["court"].as_str().unwrap().contains("Arbeidsrechtbank"),
        "the profile's labour court by default: {a}"
    );
    let second = a["id"].as_i64().unwrap();
    let v = t
        .call(
            "right.appeal_outcome",
            json!({"appeal_id": second, "outcome": "withdrawn", "outcome_on": "2025-07-15",
                   "note": "She withdrew it."}),
        )
        .unwrap();
    assert_eq!(v["appeals"][1]["outcome"], "withdrawn");
    assert_eq!(
        timeline(&v["right"]).len(),
        4,
        "a withdrawal changes no period"
    );

    // 3. Against the end of the right. Its notification, recorded later and once, starts the
    // three months: handed over on Wednesday 22 October 2025, the term ends on Thursday
    // 22 January 2026 (art. 47 § 1; months counted as art. 54 of the Judicial Code says).
    let end = json!({"request_id": r, "ended_on": "2025-10-31", "reason": "other_income",
                     "detail": "She started work on 1 November 2025.", "decided_on": "2025-10-20"});
    let mut half = end.clone();
    half["notified_on"] = json!("2025-10-22");
    assert_eq!(code(&mut t, "right.end", half), "required");
    t.call("right.end", end).unwrap();
    let v = t
        .call(
            "right.appeal",
            json!({"request_id": r, "against": "end", "lodged_on": "2025-11-05", "court": court}),
        )
        .unwrap();
    assert_eq!(v["right"]["status"], "ended");
    assert_eq!(v["appeals"][2]["against"], "end");
    assert_eq!(
        v["appeals"][2]["appeal_ends"],
        Value::Null,
        "not notified yet"
    );
    let notify =
        |on: &str, how: &str| json!({"request_id": r, "notified_on": on, "notified_how": how});
    for (args, expected) in [
        (notify("2025-10-19", "handed_over"), "date-order"),
        (notify("2025-10-22", "by_pigeon"), "invalid-choice"),
        (notify("2999-10-22", "handed_over"), "date-in-future"),
    ] {
        assert_eq!(
            code(&mut t, "right.end_notified", args.clone()),
            expected,
            "{args}"
        );
    }
    let v = t
        .call("right.end_notified", notify("2025-10-22", "handed_over"))
        .unwrap();
    assert_eq!(v["end"]["notified_on"], "2025-10-22");
    assert_eq!(v["end"]["appeal_ends"], "2026-01-22");
    assert_eq!(
        code(
            &mut t,
            "right.end_notified",
            notify("2025-10-23", "handed_over")
        ),
        "invalid-input",
        "once"
    );
    let v = t.call("right.appeals", json!({"id": r})).unwrap();
    assert_eq!(v["appeals"][2]["appeal_ends"], "2026-01-22");
    assert_eq!(v["appeals"][2]["late"], false);
    assert_eq!(v["appeals"].as_array().unwrap().len(), 3);
}

/// A judgment that grants a refused request is carried out by the centre's new decision: it
/// cannot become a period of a right that does not exist (art. 47 § 2 of the law of 26 May
/// 2002: the centre executes the judgment).
#[test]
fn a_judgment_on_a_refused_request_needs_the_decision_that_executes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let p = id(
        t.call(
            "person.create",
            json!({"display_name": "Testpersoon Beroep", "birth_date": "1988-03-02", "language": "nl"}),
        )
        .unwrap(),
        "id",
    );
    let r = common::request_six_met(&mut t, p, "2025-01-06", "single");
    t.call(
        "condition.set",
        json!({"request_id": r, "condition": "residence", "finding": "not_met"}),
    )
    .unwrap();
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": "2025-01-30", "outcome": "refused",
               "refusal_condition": "residence", "grounds": "No actual residence found.",
               "notified_on": "2025-02-03", "notified_how": "registered_letter"}),
    )
    .unwrap();
    let a = t
        .call(
            "right.appeal",
            json!({"request_id": r, "lodged_on": "2025-04-01", "court": "Arbeidsrechtbank Testdorp"}),
        )
        .unwrap();
    let appeal = a["appeals"][0]["id"].as_i64().unwrap();
    assert_eq!(
        code(
            &mut t,
            "right.appeal_outcome",
            json!({"appeal_id": appeal, "outcome": "granted", "outcome_on": "2025-06-01",
                   "note": "Residence proven.", "from_on": "2025-01-06"}),
        ),
        "judgment-without-right"
    );
    // Recorded without a period, it stands.
    let v = t
        .call(
            "right.appeal_outcome",
            json!({"appeal_id": appeal, "outcome": "granted", "outcome_on": "2025-06-01",
                   "note": "Residence proven: the centre decides again."}),
        )
        .unwrap();
    assert_eq!(v["appeals"][0]["outcome"], "granted");
    assert_eq!(v["appeals"][0]["appeal_ends"], "2025-05-05");
}

/// The social report composed for a revision (issue "The right over time", 2: "the social
/// report can be composed for a revision too, read together and co-signed as before"): it names
/// the change, the amount before and after, and, once decided, the revision decision; it is
/// read together and signed like the first one. A revision of another request is not found.
#[test]
fn the_social_report_for_a_revision() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(tmp.path(), "Ina Worker");
    let r = granted(&mut t, "2025-03-03", "2025-03-20");
    let other = granted(&mut t, "2025-03-04", "2025-03-20");
    let v = t
        .call(
            "right.change",
            json!({"request_id": r, "changed_on": "2025-09-08", "what": "household",
                   "detail": "Her son of six came to live with her.", "category": "family"}),
        )
        .unwrap();
    let revision = v["revisions"][0]["id"].as_i64().unwrap();
    assert_eq!(
        code(
            &mut t,
            "report.compose",
            json!({"request_id": other, "revision_id": revision})
        ),
        "not-found"
    );
    assert_eq!(
        code(
            &mut t,
            "report.compose",
            json!({"request_id": r, "revision_id": 999_999})
        ),
        "not-found"
    );
    let rep = t
        .call(
            "report.compose",
            json!({"request_id": r, "revision_id": revision, "lang": "en",
                   "proposal": "I propose category 3 from 8 September 2025."}),
        )
        .unwrap()["report_id"]
        .as_i64()
        .unwrap();
    let g = t.call("report.get", json!({"report_id": rep})).unwrap();
    assert_eq!(g["current"]["revision_id"], revision);
    let section = g["current"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["heading"] == "The change this report is about")
        .unwrap_or_else(|| panic!("no revision section: {}", g["current"]["sections"]))
        .to_string();
    for expected in [
        "Her son of six came to live with her.",
        "08/09/2025",
        // Before: cat. 2 of February 2025 (€15,770.41 a year, monthly €1,314.20); after:
        // cat. 3 (monthly €1,776.07), src/income/amounts.rs.
        "1,314.20",
        "1,776.07",
    ] {
        assert!(section.contains(expected), "{expected} not in {section}");
    }
    let (pdf, _) = t.document("report", rep, None, None).unwrap();
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains("The change this report is about"), "{text}");
    keep("report-revision", &pdf);

    // Read together and co-signed as before; the decision recorded after it is in the next
    // version, not in the signed one.
    t.call("report.read_together", json!({"report_id": rep}))
        .unwrap();
    for signer in ["worker", "person"] {
        t.call(
            "report.sign",
            json!({"report_id": rep, "signer": signer, "png_base64": common::png_base64()}),
        )
        .unwrap();
    }
    let g = t.call("report.get", json!({"report_id": rep})).unwrap();
    assert_eq!(g["current"]["status"], "signed");
    assert_eq!(g["current"]["revision_id"], revision);
    t.call(
        "right.revise",
        json!({"request_id": r, "decided_on": "2025-09-18",
               "grounds": "A child in her care since 8 September 2025: category 3.",
               "notified_on": "2025-09-19", "notified_how": "handed_over"}),
    )
    .unwrap();
    let rep2 = t
        .call(
            "report.compose",
            json!({"request_id": r, "revision_id": revision, "lang": "en"}),
        )
        .unwrap()["report_id"]
        .as_i64()
        .unwrap();
    let g = t.call("report.get", json!({"report_id": rep2})).unwrap();
    assert_eq!(g["current"]["number"], 2, "{g}");
    let text = g["current"]["sections"].to_string();
    assert!(text.contains("Decided on 18/09/2025"), "{text}");
}
