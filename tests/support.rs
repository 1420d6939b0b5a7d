//! Integration tests of the voluntary support plan and of the wall that keeps it out of the
//! income decision: life cycle, stop at any time, the plan PDF, and a sentinel phrase that
//! never reaches any income-side output, the social report, the receipt or the decision.

mod common;

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};
use tandem::vault::{KdfParams, Secret, Vault};
use tandem::Tandem;

const PASS: &str = "support passphrase";
const SENTINEL_GOAL: &str = "Zebrafinch-4417 wants to learn to swim";
const SENTINEL_COMMITMENT: &str = "Quokka-8812 appointment at the library";
const SENTINEL_NOTE: &str = "Narwhal-3390 agreed to meet again";

fn open(dir: &Path) -> Tandem {
    let mut t = Tandem::new(dir).with_kdf(KdfParams::TESTING);
    t.call("settings.set", json!({"language": "en"})).unwrap();
    t.call(
        "vault.create",
        json!({"passphrase": PASS, "profile": {"worker_name": "Sam Support", "ocmw_name": "OCMW Proefstad",
               "labour_court_address": "Arbeidsrechtbank, Gerechtsplein 3", "language": "en",
               "deciding_body": "bcsd", "signatory_1_name": "Cas Voorzitter", "signatory_1_role": "chair",
               "signatory_2_name": "Dora Directeur", "signatory_2_role": "general_director",
               "payment_frequency": "monthly"}}),
    )
    .unwrap();
    common::team::into_store(&mut t);
    t
}

fn id(v: &Value, key: &str) -> i64 {
    v[key].as_i64().unwrap()
}

fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn plan_life_cycle_and_stop_at_any_time() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = id(
        &t.call("person.create", json!({"display_name": "Pia"}))
            .unwrap(),
        "id",
    );

    // "Not now" is a normal answer.
    let a = t
        .call("plan.answer", json!({"person_id": p, "wants": false}))
        .unwrap();
    assert_eq!(a["plan"], Value::Null);
    assert_eq!(a["answer"]["wants"], false);

    let plan = t.call("plan.open", json!({"person_id": p})).unwrap();
    let plan_id = id(&plan, "id");
    assert_eq!(plan["status"], "active");
    assert_eq!(
        t.reply("plan.open", json!({"person_id": p}))
            .unwrap_err()
            .code,
        "plan-exists"
    );
    assert_eq!(
        t.reply("plan.goal.add", json!({"plan_id": plan_id, "text": "  "}))
            .unwrap_err()
            .field
            .as_deref(),
        Some("text")
    );
    let plan = t
        .call("plan.goal.add", json!({"plan_id": plan_id, "text": "Find a quiet place to live", "wished_date": "2027-01-01"}))
        .unwrap();
    let goal = id(&plan["goals"][0], "id");
    assert_eq!(plan["goals"][0]["status"], "active");
    let plan = t
        .call(
            "plan.goal.status",
            json!({"goal_id": goal, "status": "paused"}),
        )
        .unwrap();
    assert_eq!(plan["goals"][0]["status"], "paused");
    assert_eq!(
        t.reply(
            "plan.goal.status",
            json!({"goal_id": goal, "status": "failed"})
        )
        .unwrap_err()
        .code,
        "invalid-choice"
    );
    let plan = t
        .call(
            "plan.commitment.add",
            json!({"plan_id": plan_id, "text": "Check the right to a social rent", "who": "Sam"}),
        )
        .unwrap();
    let c = id(&plan["commitments"][0], "id");
    let plan = t
        .call(
            "plan.commitment.done",
            json!({"commitment_id": c, "done": true}),
        )
        .unwrap();
    assert!(plan["commitments"][0]["done_on"].is_string());
    let plan = t
        .call(
            "plan.commitment.done",
            json!({"commitment_id": c, "done": false}),
        )
        .unwrap();
    assert_eq!(plan["commitments"][0]["done_on"], Value::Null);
    let plan = t
        .call("plan.meeting.add", json!({"plan_id": plan_id, "met_on": "2025-05-01", "note": "We looked at two flats together."}))
        .unwrap();
    assert_eq!(plan["meetings"].as_array().unwrap().len(), 1);
    assert_eq!(
        t.call("plan.pause", json!({"plan_id": plan_id})).unwrap()["status"],
        "paused"
    );
    assert_eq!(
        t.call("plan.resume", json!({"plan_id": plan_id})).unwrap()["status"],
        "active"
    );

    // Ending: one action, no reason; the plan stays readable, and can no longer change.
    let before = t.call("person.get", json!({"id": p})).unwrap();
    let ended = t.call("plan.end", json!({"plan_id": plan_id})).unwrap();
    assert_eq!(ended["status"], "ended");
    assert!(ended["ended_on"].is_string());
    let mut after = t.call("person.get", json!({"id": p})).unwrap();
    after["updated_at"] = before["updated_at"].clone();
    assert_eq!(after, before, "ending the plan changed the person's file");
    assert_eq!(
        t.reply("plan.goal.add", json!({"plan_id": plan_id, "text": "x"}))
            .unwrap_err()
            .code,
        "plan-ended"
    );
    assert_eq!(
        t.call("plan.get", json!({"plan_id": plan_id})).unwrap()["goals"][0]["text"],
        "Find a quiet place to live"
    );
    // A new plan can be opened later if the person wishes.
    t.call("plan.open", json!({"person_id": p})).unwrap();
}

#[test]
fn the_plan_document_says_it_is_voluntary() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = id(
        &t.call(
            "person.create",
            json!({"display_name": "Pia", "language": "nl"}),
        )
        .unwrap(),
        "id",
    );
    let plan_id = id(&t.call("plan.open", json!({"person_id": p})).unwrap(), "id");
    t.call(
        "plan.goal.add",
        json!({"plan_id": plan_id, "text": "Nederlands leren met mijn buurvrouw"}),
    )
    .unwrap();
    t.call(
        "plan.commitment.add",
        json!({"plan_id": plan_id, "text": "Een taalcursus zoeken", "who": "Sam"}),
    )
    .unwrap();
    let (pdf, name) = t.document("plan", plan_id, None, None).unwrap();
    assert!(name.starts_with("tandem-plan-"));
    let text = pdftotext(&pdf);
    // The header: the OCMW, then the journal's mark; then the title and the voluntary note.
    let text = text
        .split_once(" Begeleidingsplan ")
        .map(|(head, rest)| {
            assert!(head.starts_with("OCMW Proefstad tandem-journal "), "{head}");
            format!("OCMW Proefstad Begeleidingsplan {rest}")
        })
        .unwrap_or(text);
    assert!(text.starts_with("OCMW Proefstad Begeleidingsplan Dit plan is vrijwillig. Het is geen contract en heeft geen invloed op een beslissing over uw inkomen."), "{text}");
    assert!(text.contains("Nederlands leren met mijn buurvrouw"));
    assert!(text.contains("Een taalcursus zoeken"));
    assert!(text.contains("Uw handtekening wordt niet gevraagd"));
    for lang in ["fr", "de", "en"] {
        let (pdf, _) = t
            .document("plan", plan_id, tandem::i18n::Lang::parse(lang), None)
            .unwrap();
        assert!(
            !pdftotext(&pdf).contains("doc-plan"),
            "untranslated text in {lang}"
        );
    }
}

/// The sentinel test: a plan full of unique phrases exists for the same person as a
/// complete income file; no income-side output and no income document contains them.
#[test]
fn nothing_of_the_plan_reaches_the_income_side() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let p = id(
        &t.call("person.create", json!({"display_name": "Wally"}))
            .unwrap(),
        "id",
    );
    let plan_id = id(&t.call("plan.open", json!({"person_id": p})).unwrap(), "id");
    t.call(
        "plan.goal.add",
        json!({"plan_id": plan_id, "text": SENTINEL_GOAL}),
    )
    .unwrap();
    t.call(
        "plan.commitment.add",
        json!({"plan_id": plan_id, "text": SENTINEL_COMMITMENT, "who": "Sam"}),
    )
    .unwrap();
    t.call(
        "plan.meeting.add",
        json!({"plan_id": plan_id, "met_on": "2025-03-10", "note": SENTINEL_NOTE}),
    )
    .unwrap();

    let r = id(
        &t.call(
            "request.create",
            json!({"person_id": p, "received_on": "2025-03-03"}),
        )
        .unwrap(),
        "id",
    );
    let mut outputs: Vec<Value> = Vec::new();
    for c in [
        "residence",
        "age",
        "nationality",
        "resources",
        "work_readiness",
        "other_benefits",
    ] {
        outputs.push(
            t.call(
                "condition.set",
                json!({"request_id": r, "condition": c, "finding": "met", "explanation": "ok"}),
            )
            .unwrap(),
        );
    }
    outputs.push(
        t.call("resource.add", json!({"request_id": r, "kind": "wages", "whose": "applicant", "amount_cents": 30000, "period": "month"}))
            .unwrap(),
    );
    outputs.push(
        t.call(
            "category.set",
            json!({"request_id": r, "category": "single"}),
        )
        .unwrap(),
    );
    outputs.push(
        t.call(
            "decision.record",
            json!({"request_id": r, "decided_on": "2025-03-20", "outcome": "granted", "category": "single",
                   "yearly_cents": 1_000_000, "amount_motivation": "The committee's own amount.",
                   "start_on": "2025-03-03", "grounds": "Six conditions met."}),
        )
        .unwrap(),
    );
    outputs.push(t.call("request.get", json!({"id": r})).unwrap());
    outputs.push(t.call("request.list", json!({"person_id": p})).unwrap());
    outputs.push(
        t.call("deadlines.list", json!({"within_days": 366}))
            .unwrap(),
    );
    let rep = id(
        &t.call("report.compose", json!({"request_id": r})).unwrap(),
        "report_id",
    );
    outputs.push(t.call("report.get", json!({"report_id": rep})).unwrap());
    t.call("report.read_together", json!({"report_id": rep}))
        .unwrap();
    t.call(
        "report.sign",
        json!({"report_id": rep, "signer": "worker", "on_paper": true}),
    )
    .unwrap();
    outputs.push(
        t.call(
            "report.sign",
            json!({"report_id": rep, "signer": "person", "on_paper": true}),
        )
        .unwrap(),
    );

    let mut texts: Vec<(String, String)> = outputs
        .iter()
        .enumerate()
        .map(|(i, v)| (format!("output {i}"), v.to_string()))
        .collect();
    for (kind, doc_id) in [("report", rep), ("receipt", r), ("decision", r)] {
        let (pdf, _) = t.document(kind, doc_id, None, None).unwrap();
        texts.push((format!("{kind} PDF"), pdftotext(&pdf)));
    }
    // The check can fail: the sentinels are really in the plan's own document.
    let (plan_pdf, _) = t.document("plan", plan_id, None, None).unwrap();
    let plan_text = pdftotext(&plan_pdf);
    for s in [SENTINEL_GOAL, SENTINEL_COMMITMENT, SENTINEL_NOTE] {
        assert!(
            plan_text.contains(s),
            "the sentinel {s:?} is not even in the plan"
        );
        let word = s.split(' ').next().unwrap();
        for (what, text) in &texts {
            assert!(!text.contains(word), "{word} leaked into {what}");
        }
    }
}

/// No table of one side refers to a table of the other.
#[test]
fn the_schema_has_no_reference_across_the_wall() {
    let tmp = tempfile::tempdir().unwrap();
    drop(open(tmp.path()));
    let v = Vault::unlock(tmp.path(), &Secret::Passphrase(PASS)).unwrap();
    let mut stmt = v
        .conn()
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")
        .unwrap();
    let tables: Vec<(String, String)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get::<_, String>(1)?.to_lowercase()))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut checked = 0;
    for (name, sql) in &tables {
        if name.starts_with("income_") || name.starts_with("report") || name == "amount_row" {
            assert!(
                !sql.contains("support"),
                "{name} refers to the support side"
            );
            checked += 1;
        }
        if name.starts_with("support_") {
            assert!(
                !sql.contains("income") && !sql.contains("report"),
                "{name} refers to the income side"
            );
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} tables checked");
}
