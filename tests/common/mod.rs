//! Shared by the integration tests of consent, sharing and erasure: a vault, a person whose
//! every stored field holds a distinct sentinel, a drawn signature, and poppler read-back.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

use base64::Engine;
use serde_json::{json, Value};
use tandem::vault::KdfParams;
use tandem::Tandem;

pub mod team;

pub const PASS: &str = "sharing passphrase";

/// One documents folder for the whole test binary (`TANDEM_DOCUMENTS` is process-wide, and
/// the tests run in parallel).
pub fn documents() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let d = DIR.get_or_init(|| tempfile::tempdir().unwrap()).path();
    std::env::set_var("TANDEM_DOCUMENTS", d);
    d
}

pub fn open(dir: &Path, worker: &str) -> Tandem {
    documents();
    let mut t = Tandem::new(dir).with_kdf(KdfParams::TESTING);
    t.call("settings.set", json!({"language": "en"})).unwrap();
    t.call(
        "vault.create",
        json!({"passphrase": PASS, "profile": {
            "worker_name": worker, "ocmw_name": "OCMW Proefstad",
            "ocmw_address": "Marktplein 1, 9999 Proefstad",
            "labour_court_address": "Arbeidsrechtbank Proefstad", "language": "en",
            "ocmw_phone": "+32 9 000 00 00", "ocmw_email": "sociale.dienst@example.org",
            "ocmw_hours": "Monday to Friday, 9:00 to 12:00", "deciding_body": "bcsd",
            "signatory_1_name": "Cas Voorzitter", "signatory_1_role": "chair",
            "signatory_2_name": "Dora Directeur", "signatory_2_role": "general_director",
            "payment_frequency": "monthly"}}),
    )
    .unwrap();
    team::into_store(&mut t);
    t
}

pub fn id(v: Value, key: &str) -> i64 {
    v[key].as_i64().unwrap_or_else(|| panic!("no {key} in {v}"))
}

pub fn code(t: &mut Tandem, command: &str, args: Value) -> String {
    t.reply(command, args).unwrap_err().code
}

pub fn png_base64() -> String {
    let (w, h) = (90u32, 30u32);
    let mut pixels = vec![0u8; (w * h * 4) as usize];
    for x in 0..w {
        let y = (h / 2) as i64 + ((x as f64 / 7.0).sin() * 8.0) as i64;
        let i = ((y as u32 * w + x) * 4) as usize;
        pixels[i..i + 4].copy_from_slice(&[10, 20, 80, 255]);
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().unwrap();
        writer.write_image_data(&pixels).unwrap();
    }
    base64::engine::general_purpose::STANDARD.encode(out)
}

/// Runs a poppler tool on `pdf` and returns its standard output.
pub fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(&path);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (poppler-utils): {e}"));
    assert!(out.status.success(), "{tool} failed");
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// Keeps a document and its pages as PNG under `target/documents/`, to be looked at.
pub fn keep(name: &str, pdf: &[u8]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("documents");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let _ = Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-l", "3"])
        .arg(&path)
        .arg(dir.join(name))
        .status();
}

/// A person with every part of a file filled, each free text a distinct sentinel
/// (`Snt01x`…). Returns the person id and the sentinels.
pub fn full_file(t: &mut Tandem, tag: &str) -> (i64, Vec<String>) {
    let mut sentinels = Vec::new();
    let mut s = |what: &str| {
        let v = format!("Snt{tag}{:02}{what}", sentinels.len());
        sentinels.push(v.clone());
        v
    };
    let p = id(
        t.call(
            "person.create",
            json!({"display_name": s("display"), "first_name": s("first"), "last_name": s("last"),
                   "birth_date": "1987-06-05", "nrn": "87.06.05-123.44",
                   "address": s("address"), "phone": "+32 470 00 00 00",
                   "email": format!("{}@example.org", s("mail")), "language": "en",
                   "household": [{"name": s("child"), "relation": "child", "cohabits": true, "minor": true, "in_care": true}]}),
        )
        .unwrap(),
        "id",
    );
    // Request 1: granted, with every kind of finding.
    let r1 = id(
        t.call(
            "request.create",
            json!({"person_id": p, "received_on": "2025-03-03", "received_by": s("receiver")}),
        )
        .unwrap(),
        "id",
    );
    t.call(
        "request.update",
        json!({"id": r1, "receipt_given_on": "2025-03-03", "hearing_notice_given_on": "2025-03-10",
               "socio_professional_exemption": true, "sp_shortage_months": 1, "sp_months_elsewhere": 2}),
    )
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
            json!({"request_id": r1, "condition": c, "finding": "met", "explanation": s(c)}),
        )
        .unwrap();
    }
    t.call(
        "evidence.add",
        json!({"request_id": r1, "condition": "resources", "kind": "bank_statement",
               "description": s("evidence"), "seen_on": "2025-03-04", "bank_reason": s("bankwhy")}),
    )
    .unwrap();
    t.call(
        "visit.add",
        json!({"request_id": r1, "visited_on": "2025-03-05", "announced": false,
               "unannounced_reason": s("unannounced"), "purposes": ["residence"], "findings": s("findings")}),
    )
    .unwrap();
    t.call(
        "resource.add",
        json!({"request_id": r1, "kind": "benefit", "whose": "applicant", "amount_cents": 40123,
               "period": "month", "description": s("resource")}),
    )
    .unwrap();
    t.call(
        "resource.add",
        json!({"request_id": r1, "kind": "wages", "whose": "parent", "amount_cents": 150000,
               "period": "month", "counted": true, "motivation": s("counted"), "member": s("member"),
               "months": 6, "counted_yearly_cents": 100_000}),
    )
    .unwrap();
    t.call(
        "resource.add",
        json!({"request_id": r1, "kind": "exempt_other", "whose": "applicant", "amount_cents": 1000,
               "period": "year", "legal_ground": s("ground")}),
    )
    .unwrap();
    t.call(
        "resource.add",
        json!({"request_id": r1, "kind": "real_estate", "whose": "applicant", "amount_cents": 50000,
               "unbuilt": true, "share_percent": 50}),
    )
    .unwrap();
    t.call(
        "resource.add",
        json!({"request_id": r1, "kind": "property_sale", "whose": "applicant", "amount_cents": 900000,
               "sold_on": "2020-01-01", "sold_right": "usufruct", "share_percent": 50,
               "deductions_cents": 1000}),
    )
    .unwrap();
    t.call(
        "category.set",
        json!({"request_id": r1, "category": "single", "reason": s("category")}),
    )
    .unwrap();
    t.call(
        "income.override",
        json!({"request_id": r1, "yearly_cents": 1_234_567, "motivation": s("override")}),
    )
    .unwrap();
    t.call(
        "decision.record",
        json!({"request_id": r1, "decided_on": "2025-03-25", "outcome": "granted", "category": "single",
               "yearly_cents": 1_234_567, "start_on": "2025-03-03", "grounds": s("grounds"),
               "notified_on": "2025-03-27", "notified_how": "registered_letter",
               "letter_sent_on": "2025-03-26"}),
    )
    .unwrap();
    // The running right: a yearly review with a home visit, each condition named, then its end.
    let conditions: Vec<Value> = tandem::income::CONDITIONS
        .iter()
        .map(|c| json!({"condition": c, "status": "reconfirmed", "note": s("reviewnote")}))
        .collect();
    t.call(
        "right.review",
        json!({"request_id": r1, "reviewed_on": "2026-03-20", "visited_on": "2026-03-18",
               "no_visit_reason": s("novisit"), "conditions": conditions, "note": s("review"),
               "next_review_on": "2027-01-15"}),
    )
    .unwrap();
    // Something changed, and the revision decision about it (a new period).
    t.call(
        "right.change",
        json!({"request_id": r1, "changed_on": "2026-04-01", "what": "condition",
               "condition": "residence", "detail": s("changedetail")}),
    )
    .unwrap();
    let revised = t
        .call(
            "right.revise",
            json!({"request_id": r1, "decided_on": "2026-04-10", "grounds": s("revgrounds"),
               "yearly_cents": 1_234_567, "amount_motivation": s("revamount"),
               "notified_on": "2026-04-12", "notified_how": "handed_over"}),
        )
        .unwrap();
    // Its letter, which records the day it is sent.
    let revision = revised["revisions"][0]["id"].as_i64().unwrap();
    t.document("revision", revision, None, None).unwrap();
    // An appeal against the revision, and the judgment that sets the right from the change.
    let appealed = t
        .call(
            "right.appeal",
            json!({"request_id": r1, "against": "revision", "revision_id": revision, "lodged_on": "2026-05-02",
                   "court": s("court"), "note": s("appealnote")}),
        )
        .unwrap();
    let appeal = appealed["appeals"][0]["id"].as_i64().unwrap();
    t.call(
        "right.appeal_outcome",
        json!({"appeal_id": appeal, "outcome": "granted", "outcome_on": "2026-06-01",
               "from_on": "2026-04-01", "category": "single", "yearly_cents": 1_300_000,
               "note": s("judgment")}),
    )
    .unwrap();
    t.call(
        "right.end",
        json!({"request_id": r1, "ended_on": "2026-06-30", "reason": "condition_not_met",
               "condition": "residence", "detail": s("endwhy"), "decided_on": "2026-07-02",
               "notified_on": "2026-07-03", "notified_how": "handed_over"}),
    )
    .unwrap();
    // Rights to check, recorded with the person: one requested, one to request within days
    // of its event (the heating allowance: 60 days from the delivery).
    t.call(
        "rights.record",
        json!({"person_id": p, "right": "bim-increased-reimbursement", "status": "requested",
               "requested_on": "2026-05-04", "note": s("rightnote")}),
    )
    .unwrap();
    t.call(
        "rights.record",
        json!({"person_id": p, "right": "heating-allowance", "status": "will_request",
               "event_on": "2026-05-10"}),
    )
    .unwrap();
    // The social report: read together, remarks, signed by both, sent.
    let rep = id(
        t.call(
            "report.compose",
            json!({"request_id": r1, "proposal": s("proposal"), "revision_id": revision}),
        )
        .unwrap(),
        "report_id",
    );
    t.call("report.read_together", json!({"report_id": rep}))
        .unwrap();
    t.call(
        "report.remarks",
        json!({"report_id": rep, "text": s("remarks")}),
    )
    .unwrap();
    for signer in ["worker", "person"] {
        t.call(
            "report.sign",
            json!({"report_id": rep, "signer": signer, "png_base64": png_base64()}),
        )
        .unwrap();
    }
    t.call(
        "report.send",
        json!({"report_id": rep, "readiness_reason": s("readiness")}),
    )
    .unwrap();
    // Request 2: another kind, withdrawn, refused on a condition not met.
    let r2 = id(
        t.call(
            "request.create",
            json!({"person_id": p, "received_on": "2025-05-05", "kind": "other", "other_label": s("otherkind")}),
        )
        .unwrap(),
        "id",
    );
    t.call(
        "condition.set",
        json!({"request_id": r2, "condition": "residence", "finding": "not_met", "explanation": s("notmet")}),
    )
    .unwrap();
    t.call(
        "request.update",
        json!({"id": r2, "withdrawn_on": "2025-05-20"}),
    )
    .unwrap();
    t.call(
        "decision.record",
        json!({"request_id": r2, "decided_on": "2025-05-25", "outcome": "refused",
               "grounds": s("refusal"), "refusal_condition": "residence"}),
    )
    .unwrap();
    // The voluntary plan: an answer, goals, commitments, a meeting, paused then ended.
    t.call("plan.answer", json!({"person_id": p, "wants": false}))
        .unwrap();
    let plan = id(t.call("plan.open", json!({"person_id": p})).unwrap(), "id");
    t.call(
        "plan.goal.add",
        json!({"plan_id": plan, "text": s("goal"), "wished_date": "2026-01-01"}),
    )
    .unwrap();
    let c = t
        .call(
            "plan.commitment.add",
            json!({"plan_id": plan, "text": s("commitment"), "who": s("who"), "by_when": "2025-12-01"}),
        )
        .unwrap();
    let commitment = c["commitments"][0]["id"].as_i64().unwrap();
    t.call(
        "plan.commitment.done",
        json!({"commitment_id": commitment, "done": true}),
    )
    .unwrap();
    t.call(
        "plan.meeting.add",
        json!({"plan_id": plan, "met_on": "2025-06-01", "note": s("meeting")}),
    )
    .unwrap();
    t.call("plan.pause", json!({"plan_id": plan})).unwrap();
    t.call("plan.end", json!({"plan_id": plan})).unwrap();
    // Consents (one withdrawn, one with an end date) and a shared document.
    let all = json!(["identity", "household", "income", "report", "plan"]);
    let withdrawn = id(
        t.call(
            "consent.give",
            json!({"person_id": p, "recipient_organisation": s("org"), "recipient_role": s("role"),
                   "purpose": s("purpose"), "covers": all, "given_on": "2025-01-01"}),
        )
        .unwrap(),
        "id",
    );
    t.call(
        "consent.withdraw",
        json!({"consent_id": withdrawn, "withdrawn_on": "2025-02-01"}),
    )
    .unwrap();
    let (org, role, purpose) = (s("org2"), s("role2"), s("purpose2"));
    t.call(
        "consent.give",
        json!({"person_id": p, "recipient_organisation": org, "recipient_role": role,
               "purpose": purpose, "covers": all, "ends_on": "2099-12-31"}),
    )
    .unwrap();
    t.call(
        "share.record",
        json!({"person_id": p, "recipient_organisation": org, "recipient_role": role,
               "purpose": purpose, "what": s("what"), "document": {"kind": "receipt", "id": r1},
               "conditions": {"secrecy_bound": true, "necessary_only": true, "informed_consent": true}}),
    )
    .unwrap();
    (p, sentinels)
}

/// Every row of every table of the decrypted database (FTS shadow tables and the audit trail
/// included): (table, cells).
pub fn every_row(conn: &tandem::store::Db) -> Vec<(String, Vec<tandem::store::Value>)> {
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap();
    let tables: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_names().unwrap().len();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let cells = (0..n)
                .map(|i| r.get::<_, tandem::store::Value>(i).unwrap())
                .collect();
            out.push((t.clone(), cells));
        }
    }
    out
}

/// A request of `person_id` received on `received_on`, the six conditions of the law met and
/// `category` chosen with a reason: its id.
pub fn request_six_met(t: &mut Tandem, person_id: i64, received_on: &str, category: &str) -> i64 {
    let r = id(
        t.call(
            "request.create",
            json!({"person_id": person_id, "received_on": received_on}),
        )
        .unwrap(),
        "id",
    );
    for c in tandem::income::CONDITIONS {
        t.call(
            "condition.set",
            json!({"request_id": r, "condition": c, "finding": "met"}),
        )
        .unwrap();
    }
    t.call(
        "category.set",
        json!({"request_id": r, "category": category, "reason": "As the household is."}),
    )
    .unwrap();
    r
}
