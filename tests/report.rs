//! Integration tests of the social report (read together, remarks, co-signed, frozen
//! versions) and of the receipt and decision letter, read back with poppler.

mod common;

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};
use tandem::vault::KdfParams;
use tandem::Tandem;

use common::{png_base64, poppler};

const PASS: &str = "report passphrase";

fn open(dir: &Path) -> Tandem {
    let mut t = Tandem::new(dir).with_kdf(KdfParams::TESTING);
    t.call("settings.set", json!({"language": "en"})).unwrap();
    t.call(
        "vault.create",
        json!({"passphrase": PASS, "profile": {
            "worker_name": "Rita Rapporteur", "ocmw_name": "OCMW Proefstad",
            "ocmw_address": "Marktplein 1\n9999 Proefstad",
            "labour_court_address": "Arbeidsrechtbank Proefstad\nGerechtsplein 3, 9999 Proefstad",
            "language": "en", "ocmw_phone": "+32 9 000 00 00",
            "ocmw_email": "sociale.dienst@example.org", "ocmw_hours": "Monday to Friday, 9:00 to 12:00",
            "deciding_body": "bcsd", "signatory_1_name": "Cas Voorzitter", "signatory_1_role": "chair",
            "signatory_2_name": "Dora Directeur", "signatory_2_role": "general_director_by_delegation",
            "payment_frequency": "monthly"}}),
    )
    .unwrap();
    common::team::into_store(&mut t);
    t
}

/// A person with a filled request: conditions, a visit, resources, category, decision.
fn filled_request(t: &mut Tandem, lang: &str) -> i64 {
    let p = t
        .call(
            "person.create",
            json!({"display_name": "Oona Synthetic", "birth_date": "1988-02-02", "language": lang,
                   "household": [{"name": "Kiki", "relation": "child", "cohabits": true, "minor": true}]}),
        )
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let r = t
        .call(
            "request.create",
            json!({"person_id": p, "received_on": "2025-03-03"}),
        )
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    for c in [
        "residence",
        "age",
        "nationality",
        "resources",
        "work_readiness",
        "other_benefits",
    ] {
        t.call(
            "condition.set",
            json!({"request_id": r, "condition": c, "finding": "met", "explanation": format!("Explanation of {c}.")}),
        )
        .unwrap();
    }
    t.call(
        "evidence.add",
        json!({"request_id": r, "condition": "residence", "kind": "document", "description": "Lease seen", "seen_on": "2025-03-04"}),
    )
    .unwrap();
    t.call(
        "visit.add",
        json!({"request_id": r, "visited_on": "2025-03-05", "purposes": ["residence", "household"], "findings": "Lives here with Kiki."}),
    )
    .unwrap();
    t.call(
        "resource.add",
        json!({"request_id": r, "kind": "benefit", "whose": "applicant", "amount_cents": 40000, "period": "month"}),
    )
    .unwrap();
    t.call(
        "category.set",
        json!({"request_id": r, "category": "family"}),
    )
    .unwrap();
    r
}

/// Keeps a document and its pages as PNG under `target/documents/`, to be looked at.
fn keep(name: &str, pdf: &[u8]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("documents");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let _ = Command::new("pdftoppm")
        .args(["-png", "-r", "70"])
        .arg(&path)
        .arg(dir.join(name))
        .status();
}

fn pages(pdf: &[u8]) -> usize {
    poppler("pdfinfo", &[], pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap()
}

fn code(t: &mut Tandem, command: &str, args: Value) -> String {
    t.reply(command, args).unwrap_err().code
}

#[test]
fn read_together_remarks_cosigned_frozen_and_versioned() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let r = filled_request(&mut t, "en");
    let rep = t
        .call(
            "report.compose",
            json!({"request_id": r, "proposal": "I propose to grant the leefloon at the family category."}),
        )
        .unwrap()["report_id"]
        .as_i64()
        .unwrap();
    let g = t.call("report.get", json!({"report_id": rep})).unwrap();
    assert_eq!(g["current"]["status"], "draft");
    assert_eq!(g["current"]["number"], 1);
    let started = std::time::Instant::now();
    let (draft, _) = t.document("report", rep, None, None).unwrap();
    println!(
        "draft report composed and rendered: {} KB in {:?}",
        draft.len() / 1024,
        started.elapsed()
    );
    assert!(poppler("pdftotext", &[], &draft).contains("Draft of version 1"));
    let headings: Vec<String> = g["current"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["heading"].as_str().unwrap().to_string())
        .collect();
    for h in [
        "1. Residence",
        "2. Age",
        "3. Nationality",
        "4. Insufficient",
        "5. Work",
        "6. Claiming",
    ] {
        assert!(
            headings.iter().any(|x| x.starts_with(h)),
            "{h} missing in {headings:?}"
        );
    }

    // Signing needs a reading together first.
    assert_eq!(
        code(
            &mut t,
            "report.sign",
            json!({"report_id": rep, "signer": "worker", "on_paper": true})
        ),
        "report-not-read"
    );
    t.call("report.read_together", json!({"report_id": rep}))
        .unwrap();
    t.call(
        "report.remarks",
        json!({"report_id": rep, "text": "I was ill in January; that is why the papers came late."}),
    )
    .unwrap();
    // A change to the file after the reading needs a new reading.
    t.call(
        "evidence.add",
        json!({"request_id": r, "condition": "age", "kind": "document", "description": "Identity card seen"}),
    )
    .unwrap();
    assert_eq!(
        code(
            &mut t,
            "report.sign",
            json!({"report_id": rep, "signer": "worker", "png_base64": png_base64()})
        ),
        "report-changed"
    );
    assert_eq!(
        t.call("report.get", json!({"report_id": rep})).unwrap()["current"]["status"],
        "draft"
    );
    t.call("report.read_together", json!({"report_id": rep}))
        .unwrap();
    assert_eq!(
        code(
            &mut t,
            "report.sign",
            json!({"report_id": rep, "signer": "worker", "png_base64": "bm90IGEgcG5n"})
        ),
        "invalid-input"
    );
    assert_eq!(
        code(
            &mut t,
            "report.sign",
            json!({"report_id": rep, "signer": "worker", "declined": true})
        ),
        "invalid-input"
    );
    t.call(
        "report.sign",
        json!({"report_id": rep, "signer": "worker", "png_base64": png_base64()}),
    )
    .unwrap();
    let g = t
        .call(
            "report.sign",
            json!({"report_id": rep, "signer": "person", "png_base64": png_base64()}),
        )
        .unwrap();
    assert_eq!(g["current"]["status"], "signed");
    let fp = g["current"]["fingerprint"].as_str().unwrap().to_string();
    assert_eq!(fp.len(), 8);
    assert!(
        g["current"]["person_signature"]["png_base64"].is_null(),
        "images stay in the vault"
    );

    // Frozen: no command can change it.
    assert_eq!(
        code(
            &mut t,
            "report.remarks",
            json!({"report_id": rep, "text": "changed"})
        ),
        "report-frozen"
    );
    assert_eq!(
        code(
            &mut t,
            "report.sign",
            json!({"report_id": rep, "signer": "person", "on_paper": true})
        ),
        "report-frozen"
    );

    // The PDF: six condition headings, remarks, fingerprint on every page, subset font, images.
    let started = std::time::Instant::now();
    let (pdf, _) = t.document("report", rep, None, None).unwrap();
    println!(
        "signed report: {} KB, {} pages; fetched in {:?}",
        pdf.len() / 1024,
        pages(&pdf),
        started.elapsed()
    );
    keep("report-signed-en", &pdf);
    let text = poppler("pdftotext", &["-layout"], &pdf);
    for h in [
        "1. Residence",
        "2. Age",
        "3. Nationality or residence status",
        "4. Insufficient resources",
        "5. Work readiness",
        "6. Claiming other benefits first",
    ] {
        assert!(text.contains(h), "{h} not in the PDF");
    }
    assert!(text.contains("I was ill in January"));
    assert!(text.contains("not part of this report"));
    assert!(text.contains("€21,312.84"), "the family amount");
    let n = pages(&pdf);
    assert!(n >= 2);
    for page in 1..=n {
        let p = page.to_string();
        let page_text = poppler("pdftotext", &["-f", &p, "-l", &p], &pdf);
        assert!(
            page_text.contains(&format!("Version 1 · fingerprint {fp}")),
            "page {page} lacks the fingerprint"
        );
        assert!(page_text.contains(&format!("page {page} of {n}")));
    }
    let fonts = poppler("pdffonts", &[], &pdf);
    assert!(
        fonts.lines().skip(2).all(|l| l.contains("yes yes")),
        "{fonts}"
    );
    let images = poppler("pdfimages", &["-list"], &pdf);
    assert!(
        images.lines().count() >= 4,
        "two signature images expected:\n{images}"
    );
    // The kept PDF is returned byte for byte.
    let (again, _) = t.document("report", rep, None, Some(1)).unwrap();
    assert_eq!(again, pdf);

    // The store refuses to change a frozen version even with SQL (the vault's triggers, or
    // the team server's).
    let db = t.store().unwrap();
    assert!(db
        .execute(
            "UPDATE report_version SET remarks = 'x' WHERE number = 1",
            []
        )
        .is_err());
    assert!(db
        .execute("DELETE FROM report_version WHERE number = 1", [])
        .is_err());

    // A later change makes version 2, a new draft; version 1 stays as it was.
    t.call("report.compose", json!({"request_id": r})).unwrap();
    let g = t.call("report.get", json!({"report_id": rep})).unwrap();
    assert_eq!(g["current"]["number"], 2);
    assert_eq!(g["current"]["status"], "draft");
    assert_eq!(g["versions"].as_array().unwrap().len(), 2);
    assert_eq!(g["versions"][1]["status"], "signed");
    let (v1, _) = t.document("report", rep, None, Some(1)).unwrap();
    assert_eq!(v1, pdf);
    // Before it goes, the open points are listed (conditions still to check, without
    // evidence…); sending then needs the worker's reason, which is kept with the version.
    let points = t
        .call("report.readiness", json!({"report_id": rep}))
        .unwrap();
    let codes: Vec<&str> = points
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"no-evidence"), "{points}");
    assert!(points[0]["text"].as_str().unwrap().len() > 10);
    assert_eq!(
        code(&mut t, "report.send", json!({"report_id": rep})),
        "report-not-ready"
    );
    // Sending without signatures is allowed; it freezes the version.
    let g = t
        .call(
            "report.send",
            json!({"report_id": rep, "readiness_reason": "The committee meets tomorrow; the papers follow."}),
        )
        .unwrap();
    assert_eq!(g["current"]["status"], "sent");
    assert_eq!(
        code(
            &mut t,
            "report.send",
            json!({"report_id": rep, "readiness_reason": "again"})
        ),
        "report-sent"
    );
}

#[test]
fn the_person_may_decline_to_sign() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let r = filled_request(&mut t, "en");
    let rep = t.call("report.compose", json!({"request_id": r})).unwrap()["report_id"]
        .as_i64()
        .unwrap();
    t.call("report.read_together", json!({"report_id": rep}))
        .unwrap();
    t.call("report.remarks", json!({"report_id": rep, "text": ""}))
        .unwrap();
    t.call(
        "report.sign",
        json!({"report_id": rep, "signer": "worker", "on_paper": true}),
    )
    .unwrap();
    let g = t
        .call(
            "report.sign",
            json!({"report_id": rep, "signer": "person", "declined": true, "reason": "I want to read it at home first."}),
        )
        .unwrap();
    assert_eq!(g["current"]["status"], "declined");
    let (pdf, _) = t.document("report", rep, None, None).unwrap();
    let text = poppler("pdftotext", &[], &pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("Declined to sign"));
    assert!(text.contains("I want to read it at home first."));
    assert!(text.contains("The person has no remarks."));
    assert!(text.contains("Signed by hand on paper"));
}

#[test]
fn receipt_and_decision_letter_carry_every_mention() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let r = filled_request(&mut t, "en");
    let (receipt, _) = t.document("receipt", r, None, None).unwrap();
    let text = poppler("pdftotext", &[], &receipt);
    let reference = format!("LL-2025-{r:05}");
    for needle in [
        reference.as_str(),
        "03/03/2025",
        "02/04/2025",
        "heard by the committee",
        "assisted or represented",
        "Rita Rapporteur",
    ] {
        assert!(text.contains(needle), "receipt lacks {needle:?}:\n{text}");
    }
    // No decision yet: no letter.
    assert_eq!(
        t.document("decision", r, None, None).unwrap_err().code(),
        "not-found"
    );
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": "2025-03-25", "outcome": "granted", "category": "family",
               "start_on": "2025-03-03",
               "grounds": "The six conditions are met; the benefit of 400 euros a month is counted.",
               "notified_on": "2025-03-27", "notified_how": "registered_letter"}),
    )
    .unwrap();
    let (letter, _) = t.document("decision", r, None, None).unwrap();
    keep("decision-en", &letter);
    keep("receipt-en", &receipt);
    let text = poppler("pdftotext", &[], &letter).replace('\n', " ");
    // Art. 21 §2-3 of the law of 26 May 2002 (French text, actualitesdroitbelge.be; the same
    // list as art. 14 of the Charter of the Social Insured, famipedia.be / groeipakket.be).
    for needle in [
        "law of 26 May 2002",                               // legal grounds
        "the benefit of 400 euros a month",                 // factual grounds
        "Why this category",                                // why this category
        "How the amount was calculated",                    // §2: amount and how it was calculated
        "paid every month",                                 // §2 and §3, 8°: periodicity of payment
        "appeal against this decision to the labour court", // §3, 1°
        "Gerechtsplein 3, 9999 Proefstad",                  // §3, 2°: the court's address
        "within three months of its notification",          // §3, 3°: time limit
        "sent to it by registered letter (art. 704",        // §3, 3°: how
        "Article 728",                                      // §3, 4°
        "Article 1017",                                     // §3, 4°
        reference.as_str(),                                 // §3, 5°: file reference
        "Rita Rapporteur",                                  // §3, 5°: the social worker
        "any explanation about this decision",              // §3, 6°
        "does not suspend",                                 // §3, 7°
        "at once about anything new", // art. 22 §1: the duty to report changes
        "the Special Committee for the Social Service of OCMW Proefstad", // the deciding body
        "Cas Voorzitter",             // the signatories, with their roles
        "Dora Directeur",
        "For the general director, by delegation",
        "Phone: +32 9 000 00 00", // the letterhead
        "Opening hours: Monday to Friday",
    ] {
        assert!(
            text.contains(needle),
            "decision letter lacks {needle:?}:\n{text}"
        );
    }
    // The notification is recorded with the decision, not printed in the letter it notifies.
    assert!(!text.contains("Notified on"), "{text}");
    // One amount: the letter states it once; the calculation's last step reaches the same
    // figure, and no second "Leefloon: … a month" with another amount follows it.
    assert_eq!(text.matches("Leefloon:").count(), 1, "{text}");
    assert!(
        text.contains("= €16,822.84 a year, or €1,401.90 a month"),
        "{text}"
    );
    assert!(!text.contains("the committee grants"), "{text}");

    // Another amount than the calculated one needs the committee's reason, and the letter
    // then gives both with that reason (issue "The leefloon amount, exact to the law", 7).
    let e = t
        .reply(
            "decision.record",
            json!({"request_id": r, "decided_on": "2025-03-25", "outcome": "granted",
                   "yearly_cents": 2_131_284, "start_on": "2025-03-03", "grounds": "g"}),
        )
        .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_deref()),
        ("reason-required", Some("amount_motivation"))
    );
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": "2025-03-25", "outcome": "granted",
               "yearly_cents": 2_131_284, "start_on": "2025-03-03", "grounds": "g",
               "amount_motivation": "The benefit stopped on 1 March."}),
    )
    .unwrap();
    let (letter, _) = t.document("decision", r, None, None).unwrap();
    let text = poppler("pdftotext", &[], &letter).replace('\n', " ");
    assert!(text.contains("Amount: €21,312.84 a year"), "{text}");
    assert!(
        text.contains("gives €16,822.84 a year (€1,401.90 a month); the committee grants €21,312.84 a year, for this reason: The benefit stopped on 1 March."),
        "{text}"
    );
}

#[test]
fn documents_in_the_four_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let r = filled_request(&mut t, "nl");
    let mut texts = Vec::new();
    // Without the journal mark in the header, which moves with every document made.
    let without_mark = |text: String| {
        text.lines()
            .filter(|l| !l.starts_with("tandem-journal "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for lang in ["nl", "fr", "de", "en"] {
        let l = tandem::i18n::Lang::parse(lang).unwrap();
        let (pdf, _) = t.document("receipt", r, Some(l), None).unwrap();
        let text = without_mark(poppler("pdftotext", &[], &pdf));
        assert!(text.contains(&format!("LL-2025-{r:05}")));
        assert!(
            !text.contains("doc-"),
            "an untranslated id in {lang}:\n{text}"
        );
        texts.push(text);
    }
    texts.dedup();
    assert_eq!(texts.len(), 4);
    // The person's language (nl) is the default.
    let (pdf, _) = t.document("receipt", r, None, None).unwrap();
    assert_eq!(without_mark(poppler("pdftotext", &[], &pdf)), texts[0]);
}

/// Every mention in the four languages: the catalogs' own sentences are found back in the
/// letter read with pdftotext, and the dates follow the language (30.11.2026 in German).
#[test]
fn the_decision_letter_in_four_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let r = filled_request(&mut t, "nl");
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": "2025-03-25", "outcome": "granted", "category": "family",
               "start_on": "2025-03-03", "grounds": "g", "letter_sent_on": "2025-03-26"}),
    )
    .unwrap();
    for lang in tandem::i18n::Lang::ALL {
        let (pdf, _) = t.document("decision", r, Some(lang), None).unwrap();
        keep(&format!("decision-{}", lang.code()), &pdf);
        let text = poppler("pdftotext", &[], &pdf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let m = |id: &str| tandem::i18n::catalogs().message(lang, id, &[]);
        for id in [
            "doc-appeal-no-suspend",
            "doc-changes-body",
            "doc-annex-title",
            "doc-art-728-1",
            "doc-art-1017-1",
            "doc-art-1017-2",
            "doc-role-chair",
            "doc-role-general_director_by_delegation",
        ] {
            assert!(text.contains(&m(id)), "{lang:?} lacks {id}:\n{text}");
        }
        assert!(text.contains(&m("doc-body-bcsd")), "{lang:?}: {text}");
        assert!(
            !text.contains("doc-"),
            "{lang:?}: an untranslated id\n{text}"
        );
        // The letter is dated the day it was sent, in the language's convention.
        let sent = if lang == tandem::i18n::Lang::De {
            "26.03.2025"
        } else {
            "26/03/2025"
        };
        assert!(text.contains(sent), "{lang:?}: {text}");
        assert!(!text.contains("2025-03-"), "{lang:?}: an ISO date\n{text}");
    }
}

/// The letter ending a right (issue "The right over time", 6): a decision like any other
/// (art. 21 § 2–3 and art. 22 of the law of 26 May 2002), so it carries the date it ends, the
/// law's ground, the motivation, that a new request is possible, and every mention of the
/// appeal, in the four languages. Before the end is recorded there is no such letter.
#[test]
fn the_letter_ending_a_right_in_four_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let r = filled_request(&mut t, "fr");
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": "2025-03-25", "outcome": "granted", "category": "family",
               "start_on": "2025-03-03", "grounds": "g"}),
    )
    .unwrap();
    assert_eq!(
        t.document("end", r, None, None).unwrap_err().code(),
        "not-found"
    );
    t.call(
        "right.end",
        json!({"request_id": r, "ended_on": "2025-09-30", "reason": "moved",
               "detail": "Lives in Nabijstad since 30 September 2025.", "decided_on": "2025-10-07"}),
    )
    .unwrap();
    for lang in tandem::i18n::Lang::ALL {
        let (pdf, name) = t.document("end", r, Some(lang), None).unwrap();
        assert!(name.starts_with(&format!("tandem-end-{r}-")), "{name}");
        keep(&format!("end-{}", lang.code()), &pdf);
        let text = poppler("pdftotext", &[], &pdf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let m = |id: &str| tandem::i18n::catalogs().message(lang, id, &[]);
        for id in [
            "doc-end-title",
            "doc-end-law",
            "doc-end-reason-moved",
            "doc-end-new-request",
            "doc-appeal-body",
            "doc-appeal-no-suspend",
            "doc-annex-title",
            "doc-art-728-1",
            "doc-role-chair",
        ] {
            assert!(text.contains(&m(id)), "{lang:?} lacks {id}:\n{text}");
        }
        assert!(text.contains("Lives in Nabijstad since 30 September 2025."));
        assert!(text.contains("Gerechtsplein 3, 9999 Proefstad"), "{text}");
        let ended = if lang == tandem::i18n::Lang::De {
            "30.09.2025"
        } else {
            "30/09/2025"
        };
        assert!(text.contains(ended), "{lang:?}: {text}");
        assert!(
            !text.contains("doc-"),
            "{lang:?}: an untranslated id\n{text}"
        );
    }
    // The person's language by default (French here).
    let (pdf, _) = t.document("end", r, None, None).unwrap();
    assert!(poppler("pdftotext", &[], &pdf).contains("fin de votre droit"));
}

/// Without the court's address, the deciding body or the signatories the appeal period would
/// not start: the letter is refused with what to fill, and nothing is recorded as sent.
#[test]
fn a_letter_missing_a_mention_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = open(tmp.path());
    let r = filled_request(&mut t, "en");
    t.call(
        "decision.record",
        json!({"request_id": r, "decided_on": "2025-03-25", "outcome": "granted", "category": "family",
               "start_on": "2025-03-03", "grounds": "g"}),
    )
    .unwrap();
    t.call(
        "profile.set",
        json!({"worker_name": "Rita Rapporteur", "ocmw_name": "OCMW Proefstad", "language": "en",
               "labour_court_address": "", "deciding_body": "other", "signatory_1_name": "Cas",
               "signatory_1_role": "chair", "payment_frequency": "monthly"}),
    )
    .unwrap();
    let e = t.document("decision", r, None, None).unwrap_err();
    assert_eq!(e.code(), "letter-incomplete");
    let message = tandem::i18n::catalogs().error_message(tandem::i18n::Lang::En, &e);
    for label in [
        "Address of the labour court",
        "Body that decides",
        "Second signatory: name",
        "Second signatory: role",
    ] {
        assert!(message.contains(label), "{message}");
    }
    let v = t.call("request.get", json!({"id": r})).unwrap();
    assert_eq!(v["decision"]["letter_sent_on"], Value::Null);
    // The receipt does not need them; printing it records the day it was handed over.
    assert_eq!(v["receipt_given_on"], Value::Null);
    t.document("receipt", r, None, None).unwrap();
    let v = t.call("request.get", json!({"id": r})).unwrap();
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    assert_eq!(v["receipt_given_on"], today.as_str());
    // Filled in, the letter is made and its sending date recorded once.
    t.call(
        "profile.set",
        json!({"worker_name": "Rita Rapporteur", "ocmw_name": "OCMW Proefstad", "language": "en",
               "labour_court_address": "Arbeidsrechtbank Proefstad", "deciding_body": "other",
               "deciding_body_name": "the Social Committee", "signatory_1_name": "Cas",
               "signatory_1_role": "chair", "signatory_2_name": "Dora",
               "signatory_2_role": "general_director", "payment_frequency": "weekly"}),
    )
    .unwrap();
    let (pdf, _) = t.document("decision", r, None, None).unwrap();
    let text = poppler("pdftotext", &[], &pdf).replace('\n', " ");
    assert!(
        text.contains("the Social Committee of OCMW Proefstad"),
        "{text}"
    );
    assert!(text.contains("paid every week"), "{text}");
    let v = t.call("request.get", json!({"id": r})).unwrap();
    assert_eq!(v["decision"]["letter_sent_on"], today.as_str());
}

/// Issue "Hardening the vault", 3: every document carries the journal's mark (in its header
/// and its metadata), and `document.check` (`tandem-cli verify --against FILE.pdf`) says whether
/// the journal still holds that entry as it was. Before: a rewrite of the history by someone
/// with the passphrase went unnoticed, documents held no trace of it.
#[test]
fn documents_carry_the_journal_mark_and_a_rewrite_shows() {
    if common::team::vault_only("the_audit_trail_is_append_only_on_the_server") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let mut t = open(&dir);
    let r = filled_request(&mut t, "en");
    let (pdf, _) = t.document("receipt", r, None, None).unwrap();
    let text = poppler("pdftotext", &[], &pdf);
    let mark = tandem::audit::mark_in_pdf(&pdf).expect("a mark in the metadata");
    assert!(text.contains(&format!("tandem-journal {mark}")), "{text}");
    let file = tmp.path().join("receipt.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let v = t
        .call("document.check", json!({"path": file.to_string_lossy()}))
        .unwrap();
    assert_eq!(
        (v["found"].as_bool(), v["ok"].as_bool()),
        (Some(true), Some(true)),
        "{v}"
    );
    // Someone with the passphrase rewrites the entry the document was made at.
    let entry: i64 = mark.split('-').next().unwrap().parse().unwrap();
    t.call("vault.lock", json!({})).unwrap();
    {
        let raw =
            tandem::vault::Vault::unlock(&dir, &tandem::vault::Secret::Passphrase(PASS)).unwrap();
        raw.conn()
            .execute_batch(&format!(
                "DROP TRIGGER audit_no_update;
                 UPDATE audit SET hash = 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'
                 WHERE id = {entry};"
            ))
            .unwrap();
        raw.close().unwrap();
    }
    t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
    let v = t
        .call("document.check", json!({"path": file.to_string_lossy()}))
        .unwrap();
    assert_eq!(v["ok"], false, "{v}");
    assert!(v["message"].as_str().unwrap().contains("rewritten"), "{v}");
    // A file without a mark is said to be one.
    let plain = tmp.path().join("plain.pdf");
    std::fs::write(&plain, b"%PDF-1.4 nothing of Tandem").unwrap();
    let v = t
        .call("document.check", json!({"path": plain.to_string_lossy()}))
        .unwrap();
    assert_eq!(v["found"], false);
}
