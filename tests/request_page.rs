//! What the shorter request page needs from the core: the undo of a request's last change
//! (through the core, audited like any change) and the documents to bring, on the page and as
//! a PDF in the person's language.

mod common;

use common::{code, id, keep, open, poppler};
use serde_json::{json, Value};
use tandem::Tandem;

fn request(t: &mut Tandem) -> (i64, i64) {
    let p = id(
        t.call(
            "person.create",
            json!({"display_name": "Noor Testpersoon", "birth_date": "1991-04-02", "language": "fr"}),
        )
        .unwrap(),
        "id",
    );
    let r = id(
        t.call("request.create", json!({"person_id": p})).unwrap(),
        "id",
    );
    (p, r)
}

fn condition<'a>(view: &'a Value, c: &str) -> &'a Value {
    view["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["condition"] == c)
        .unwrap()
}

/// The text with its line breaks and runs of spaces as single spaces (the PDF wraps lines).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn trail(t: &mut Tandem, person: i64) -> Vec<Value> {
    t.call("audit.person", json!({"id": person}))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn undo_puts_back_the_previous_finding_and_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = open(dir.path(), "Ina Worker");
    let (p, r) = request(&mut t);
    let set = |t: &mut Tandem, finding: &str, explanation: &str| {
        t.call(
            "condition.set",
            json!({"request_id": r, "condition": "residence", "finding": finding, "explanation": explanation}),
        )
        .unwrap()
    };
    // A new request has nothing to undo: a clear, translated refusal.
    let e = t.reply("request.undo", json!({"id": r})).unwrap_err();
    assert_eq!(e.code, "nothing-to-undo");
    assert!(e.message.contains("undo"), "{}", e.message);
    assert_eq!(
        t.call("request.get", json!({"id": r})).unwrap()["undo"],
        Value::Null
    );

    set(&mut t, "met", "Lives at the address since 2021.");
    let v = set(&mut t, "not_met", "Moved abroad.");
    assert_eq!(v["undo"]["action"], "condition.set");
    assert_eq!(v["undo"]["condition"], "residence");

    // Undo: the previous finding and explanation, not the first ones.
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    assert_eq!(condition(&v, "residence")["finding"], "met");
    assert_eq!(
        condition(&v, "residence")["explanation"],
        "Lives at the address since 2021."
    );
    // Read again from the vault: the undo is saved.
    let v = t.call("request.get", json!({"id": r})).unwrap();
    assert_eq!(condition(&v, "residence")["finding"], "met");
    // Undo again: back to the new request's "to check", then nothing left.
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    assert_eq!(condition(&v, "residence")["finding"], "to_check");
    assert_eq!(condition(&v, "residence")["explanation"], "");
    assert_eq!(v["undo"], Value::Null);
    assert_eq!(
        code(&mut t, "request.undo", json!({"id": r})),
        "nothing-to-undo"
    );

    // Each undo is in the person's trail, like any change, naming what it undid.
    let undos: Vec<Value> = trail(&mut t, p)
        .into_iter()
        .filter(|e| e["action"] == "request.undo")
        .collect();
    assert_eq!(undos.len(), 2, "{undos:?}");
    assert!(undos[0].to_string().contains("condition.set"), "{undos:?}");
    assert!(t.call("audit.verify", json!({})).unwrap()["ok"] == true);
}

#[test]
fn a_save_that_changes_nothing_leaves_the_undo_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = open(dir.path(), "Ina Worker");
    let (_, r) = request(&mut t);
    t.call(
        "condition.set",
        json!({"request_id": r, "condition": "age", "finding": "met", "explanation": "Born in 1991."}),
    )
    .unwrap();
    t.call(
        "category.set",
        json!({"request_id": r, "category": "single"}),
    )
    .unwrap();
    // The autosave sends the same finding again (the worker left the field unchanged).
    let v = t
        .call(
            "condition.set",
            json!({"request_id": r, "condition": "age", "finding": "met", "explanation": "Born in 1991."}),
        )
        .unwrap();
    assert_eq!(v["undo"]["action"], "category.set", "{}", v["undo"]);
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    assert_eq!(v["category"]["chosen"], Value::Null);
    assert_eq!(v["calculation"], Value::Null);
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    assert_eq!(condition(&v, "age")["finding"], "to_check");
}

#[test]
fn undo_of_lines_added_and_removed_dates_and_amount() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = open(dir.path(), "Ina Worker");
    let (_, r) = request(&mut t);
    // Evidence added, then undone: gone.
    let v = t
        .call(
            "evidence.add",
            json!({"request_id": r, "condition": "resources", "kind": "document", "description": "Pay slips of three months"}),
        )
        .unwrap();
    assert_eq!(
        condition(&v, "resources")["evidence"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(v["undo"]["action"], "evidence.add");
    assert_eq!(v["undo"]["condition"], "resources");
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    assert!(condition(&v, "resources")["evidence"]
        .as_array()
        .unwrap()
        .is_empty());

    // Evidence removed, then undone: back with the same content.
    let v = t
        .call(
            "evidence.add",
            json!({"request_id": r, "condition": "resources", "kind": "bank_statement",
                   "description": "Income lines only", "seen_on": "2026-11-02",
                   "bank_reason": "The employer gives no pay slips."}),
        )
        .unwrap();
    let ev = condition(&v, "resources")["evidence"][0].clone();
    t.call("evidence.remove", json!({"id": ev["id"]})).unwrap();
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    let back = &condition(&v, "resources")["evidence"][0];
    for k in ["kind", "description", "seen_on", "bank_reason"] {
        assert_eq!(back[k], ev[k], "{k}");
    }

    // A resource line added, then undone.
    t.call(
        "resource.add",
        json!({"request_id": r, "kind": "wages", "whose": "applicant", "amount_cents": 50_000, "period": "month"}),
    )
    .unwrap();
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    assert!(v["resources"].as_array().unwrap().is_empty());

    // A home visit removed, then undone.
    let v = t
        .call(
            "visit.add",
            json!({"request_id": r, "visited_on": "2026-11-03", "purposes": ["residence"], "findings": "Lives there."}),
        )
        .unwrap();
    let visit = v["visits"][0]["id"].clone();
    t.call("visit.remove", json!({"id": visit})).unwrap();
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    assert_eq!(v["visits"][0]["findings"], "Lives there.");

    // A date of the procedure, then undone: empty again.
    let today = chrono::Local::now().date_naive().to_string();
    let v = t
        .call(
            "request.update",
            json!({"id": r, "hearing_notice_given_on": today}),
        )
        .unwrap();
    assert_eq!(v["hearing_notice_given_on"], today.as_str());
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    assert_eq!(v["hearing_notice_given_on"], Value::Null);

    // The worker's amount, then undone.
    let v = t
        .call(
            "income.override",
            json!({"request_id": r, "yearly_cents": 900_000, "motivation": "Committee practice."}),
        )
        .unwrap();
    assert_eq!(v["override"]["yearly_cents"], 900_000);
    let v = t.call("request.undo", json!({"id": r})).unwrap();
    assert_eq!(v["override"], Value::Null);
}

#[test]
fn the_undo_keeps_the_last_fifty_changes_of_a_request_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = open(dir.path(), "Ina Worker");
    let (_, r) = request(&mut t);
    let (_, other) = request(&mut t);
    t.call(
        "condition.set",
        json!({"request_id": other, "condition": "age", "finding": "met"}),
    )
    .unwrap();
    for i in 0..60 {
        t.call(
            "condition.set",
            json!({"request_id": r, "condition": "residence", "explanation": format!("Note {i}")}),
        )
        .unwrap();
    }
    for _ in 0..50 {
        t.call("request.undo", json!({"id": r})).unwrap();
    }
    let v = t.call("request.get", json!({"id": r})).unwrap();
    assert_eq!(condition(&v, "residence")["explanation"], "Note 9");
    assert_eq!(
        code(&mut t, "request.undo", json!({"id": r})),
        "nothing-to-undo"
    );
    // Another request's change is its own: still there.
    let v = t.call("request.undo", json!({"id": other})).unwrap();
    assert_eq!(condition(&v, "age")["finding"], "to_check");
    assert_eq!(
        code(&mut t, "request.undo", json!({"id": 99_999})),
        "not-found"
    );
}

/// The papers per condition still to check. Sources: Primabook "De voorwaarden" (POD MI, the
/// six conditions; residence needs no registration), the SPP IS circular of 14 March 2014 on the
/// minimum conditions of the social inquiry (identity, residence and right of stay, resources
/// with their supporting documents, work readiness, other benefits), and the SPP IS circular on
/// collecting data in the social inquiry (what the Crossroads Bank holds is not asked).
#[test]
fn documents_to_bring_follow_the_conditions_still_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = open(dir.path(), "Ina Worker");
    let (_, r) = request(&mut t);
    let v = t.call("request.get", json!({"id": r})).unwrap();
    let groups = v["to_bring"].as_array().unwrap();
    let names: Vec<&str> = groups
        .iter()
        .map(|g| g["condition"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        tandem::income::CONDITIONS.to_vec(),
        "all six to check"
    );
    let text = v["to_bring"].to_string();
    assert!(text.contains("pay slips"), "{text}");
    assert!(
        !text.contains("Crossroads"),
        "the notes are the sheet's, not a group's"
    );

    // Residence met: its papers go; the minor's assimilation and the obstacles shape the rest.
    t.call(
        "condition.set",
        json!({"request_id": r, "condition": "residence", "finding": "met"}),
    )
    .unwrap();
    t.call(
        "condition.set",
        json!({"request_id": r, "condition": "age", "detail": {"assimilation": "pregnant"}}),
    )
    .unwrap();
    let v = t
        .call(
            "condition.set",
            json!({"request_id": r, "condition": "work_readiness", "detail": {"obstacles": ["studies"]}}),
        )
        .unwrap();
    let groups = v["to_bring"].as_array().unwrap();
    assert_eq!(groups.len(), 5);
    assert!(groups.iter().all(|g| g["condition"] != "residence"));
    let age = groups.iter().find(|g| g["condition"] == "age").unwrap();
    assert!(age["items"].to_string().contains("pregnancy"), "{age}");
    // Born in 1991: an adult by the birth date, not asked what makes a minor one.
    let (_, adult) = request(&mut t);
    let v = t.call("request.get", json!({"id": adult})).unwrap();
    let age = v["to_bring"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["condition"] == "age")
        .unwrap()
        .clone();
    assert_eq!(age["items"].as_array().unwrap().len(), 1, "{age}");
    assert!(
        age["items"][0].as_str().unwrap().contains("date of birth"),
        "{age}"
    );
    let work = groups
        .iter()
        .find(|g| g["condition"] == "work_readiness")
        .unwrap();
    assert_eq!(work["items"].as_array().unwrap().len(), 1);
    assert!(
        work["items"][0].as_str().unwrap().contains("enrolment"),
        "{work}"
    );
    // Never an expense among the papers.
    assert!(!v["to_bring"]
        .to_string()
        .to_lowercase()
        .contains("rent receipt"));

    // In the session's language.
    t.call("settings.set", json!({"language": "fr"})).unwrap();
    let v = t.call("request.get", json!({"id": r})).unwrap();
    assert!(
        v["to_bring"].to_string().contains("fiches de paie"),
        "{}",
        v["to_bring"]
    );
}

#[test]
fn the_sheet_of_documents_to_bring_is_a_pdf_in_the_persons_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = open(dir.path(), "Ina Worker");
    let (p, r) = request(&mut t);
    t.call(
        "condition.set",
        json!({"request_id": r, "condition": "nationality", "finding": "met"}),
    )
    .unwrap();
    // The person reads French: the sheet is in French unless another language is asked.
    let (fr, name) = t.document("to_bring", r, None, None).unwrap();
    assert!(
        !name.contains("Noor"),
        "no personal data in the name: {name}"
    );
    let text = flat(&poppler("pdftotext", &[], &fr));
    for expected in [
        "Documents à apporter",
        "Noor Testpersoon",
        "Résidence en Belgique",
        "fiches de paie",
        "Banque Carrefour",
        "Vos dépenses ne sont jamais demandées",
        "\u{2610}",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    assert!(
        !text.contains("Nationalité ou statut"),
        "a condition met is not listed:\n{text}"
    );
    assert!(!text.contains("bring-"), "no catalog id left:\n{text}");
    keep("to-bring-fr", &fr);

    let (nl, _) = t
        .document("to_bring", r, Some(tandem::i18n::Lang::Nl), None)
        .unwrap();
    let text = flat(&poppler("pdftotext", &[], &nl));
    assert!(text.contains("Mee te brengen documenten"), "{text}");
    assert!(text.contains("loonfiches"), "{text}");
    assert!(text.contains("Kruispuntbank"), "{text}");
    keep("to-bring-nl", &nl);

    // Every condition with a finding: nothing to bring, said in so many words.
    for c in tandem::income::CONDITIONS {
        t.call(
            "condition.set",
            json!({"request_id": r, "condition": c, "finding": "met"}),
        )
        .unwrap();
    }
    let (done, _) = t
        .document("to_bring", r, Some(tandem::i18n::Lang::En), None)
        .unwrap();
    let text = flat(&poppler("pdftotext", &[], &done));
    assert!(text.contains("there is nothing more to bring"), "{text}");
    assert!(!text.contains("\u{2610}"), "{text}");

    // Saved through the command like the other documents, and in the person's trail.
    let saved = t
        .call(
            "document.save",
            json!({"kind": "to_bring", "id": r, "lang": "nl"}),
        )
        .unwrap();
    assert!(saved["path"].as_str().unwrap().contains("tandem-to-bring-"));
    assert!(trail(&mut t, p)
        .iter()
        .any(|e| e["action"] == "document.export"));
    assert_eq!(
        code(
            &mut t,
            "document.save",
            json!({"kind": "to_bring", "id": 424_242})
        ),
        "not-found"
    );
}
