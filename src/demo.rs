//! Synthetic dossiers for demonstrations and benchmarks: generated names and numbers, never
//! real ones, entered through the same commands as the window uses.

use serde_json::{json, Value};

use crate::api::Tandem;
use crate::error::Result;

const FIRST: [&str; 16] = [
    "Amra", "Bo", "Cyra", "Dani", "Elno", "Fenna", "Gido", "Hira", "Ivo", "Jolan", "Kesi", "Lio",
    "Mirel", "Noor", "Oskan", "Pim",
];
const SYLLABLES: [&str; 16] = [
    "van", "der", "mo", "ra", "lin", "tes", "ku", "sel", "dor", "am", "vi", "en", "bro", "zet",
    "ka", "lu",
];
const CONDITIONS: [&str; 6] = [
    "residence",
    "age",
    "nationality",
    "resources",
    "work_readiness",
    "other_benefits",
];

/// A small deterministic generator (xorshift), so that a seed gives the same dossiers.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len() as u64) as usize]
    }
}

fn surname(d: &mut Dice) -> String {
    let n = 2 + d.below(2);
    let mut s: String = (0..n).map(|_| d.pick(&SYLLABLES)).collect();
    if let Some(f) = s.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    s
}

/// A national register number that passes the check digits (born before 2000).
fn nrn(d: &mut Dice, birth: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let serial = 1 + d.below(997);
    let base = (birth.year() as u64 % 100) * 10_000_000
        + birth.month() as u64 * 100_000
        + birth.day() as u64 * 1000
        + serial;
    format!("{:09}{:02}", base, 97 - base % 97)
}

/// How many of each thing the seeding made.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Seeded {
    pub persons: u64,
    pub requests: u64,
    pub signed_reports: u64,
    pub plans: u64,
    pub consents: u64,
}

/// Seeds `n` dossiers into the unlocked vault of `t`. One in `report_every` gets a social
/// report read together and signed (on paper: no drawn signature is generated).
/// `progress(done, n)` is called after each person.
pub fn seed(
    t: &mut Tandem,
    n: u64,
    seed: u64,
    report_every: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Seeded> {
    let mut d = Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut out = Seeded::default();
    // Seeding writes many small transactions; the vault goes back to full durability after.
    t.fast_writes(true)?;
    let result = (|| {
        for i in 0..n {
            seed_one(t, &mut d, i, report_every, &mut out)?;
            progress(i + 1, n);
        }
        Ok(out)
    })();
    t.fast_writes(false)?;
    result
}

fn id(v: Value) -> i64 {
    v["id"]
        .as_i64()
        .or_else(|| v["report_id"].as_i64())
        .unwrap_or(0)
}

fn seed_one(
    t: &mut Tandem,
    d: &mut Dice,
    i: u64,
    report_every: u64,
    out: &mut Seeded,
) -> Result<()> {
    let today = crate::today();
    let first = d.pick(&FIRST).to_string();
    let last = surname(d);
    let birth = chrono::NaiveDate::from_ymd_opt(
        1950 + d.below(48) as i32,
        1 + d.below(12) as u32,
        1 + d.below(28) as u32,
    )
    .unwrap_or(today);
    let lang = d.pick(&["nl", "fr", "de", "en"]);
    let mut household = Vec::new();
    if d.below(3) == 0 {
        household.push(json!({"name": format!("{} {last}", d.pick(&FIRST)), "relation": "partner", "cohabits": true, "minor": false}));
    }
    for _ in 0..d.below(3) {
        household.push(json!({"name": format!("{} {last}", d.pick(&FIRST)), "relation": "child", "cohabits": true, "minor": true}));
    }
    let p = id(t.call(
        "person.create",
        json!({"display_name": format!("{first} {last}"), "first_name": first, "last_name": last,
               "birth_date": birth.format("%Y-%m-%d").to_string(), "nrn": nrn(d, birth),
               "address": format!("Proefstraat {}, 9999 Proefstad", 1 + d.below(300)),
               "language": lang, "household": household}),
    )?);
    out.persons += 1;
    // Where the file stands (one in ten each): a person without a request yet, a request
    // just received, a granted right of about a year ago (its yearly review near or past),
    // a decision not yet notified, a refusal notified, a report at the committee; the others
    // in their social inquiry. The caseload shows every stage.
    let fate = i % 10;
    if fate == 4 {
        return plan_and_consent(t, d, p, out);
    }
    let received = if fate == 5 {
        today - chrono::Duration::days(335 + d.below(60) as i64)
    } else {
        today - chrono::Duration::days(d.below(60) as i64)
    };
    let r = id(t.call(
        "request.create",
        json!({"person_id": p, "received_on": iso(received)}),
    )?);
    out.requests += 1;
    if fate == 9 {
        return plan_and_consent(t, d, p, out);
    }
    for c in CONDITIONS {
        let finding = if d.below(8) == 0 { "to_check" } else { "met" };
        t.call(
            "condition.set",
            json!({"request_id": r, "condition": c, "finding": finding,
                   "explanation": format!("Checked with the person ({c}).")}),
        )?;
    }
    t.call(
        "evidence.add",
        json!({"request_id": r, "condition": "residence", "kind": "document",
               "description": "Lease seen", "seen_on": received.format("%Y-%m-%d").to_string()}),
    )?;
    if d.below(2) == 0 {
        t.call(
            "resource.add",
            json!({"request_id": r, "kind": d.pick(&["wages", "benefit", "maintenance"]), "whose": "applicant",
                   "amount_cents": 10_000 + d.below(60_000) as i64, "period": "month"}),
        )?;
    }
    let proposed = t.call("request.get", json!({"id": r}))?["category"]["proposed"].clone();
    if let Some(c) = proposed.as_str() {
        t.call("category.set", json!({"request_id": r, "category": c}))?;
    }
    if report_every > 0 && i.is_multiple_of(report_every) {
        let rep = id(t.call("report.compose", json!({"request_id": r}))?);
        t.call("report.read_together", json!({"report_id": rep}))?;
        for signer in ["worker", "person"] {
            t.call(
                "report.sign",
                json!({"report_id": rep, "signer": signer, "on_paper": true}),
            )?;
        }
        out.signed_reports += 1;
    }
    decide(t, d, fate, r, received)?;
    plan_and_consent(t, d, p, out)
}

fn iso(day: chrono::NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// The steps after the inquiry, by the file's fate (see `seed_one`).
fn decide(
    t: &mut Tandem,
    d: &mut Dice,
    fate: u64,
    r: i64,
    received: chrono::NaiveDate,
) -> Result<()> {
    let today = crate::today();
    let decided = (received + chrono::Duration::days(1 + d.below(29) as i64)).min(today);
    let notified = (decided + chrono::Duration::days(d.below(8) as i64)).min(today);
    match fate {
        5 | 6 => {
            let mut decision = json!({"request_id": r, "decided_on": iso(decided),
                "outcome": "granted", "category": "single", "start_on": iso(received),
                "yearly_cents": 1_577_041, "amount_motivation": "The committee's amount.",
                "grounds": "The six conditions are met."});
            if fate == 5 {
                decision["notified_on"] = json!(iso(notified));
                decision["notified_how"] = json!("handed_over");
            }
            t.call("decision.record", decision)?;
        }
        7 => {
            t.call(
                "condition.set",
                json!({"request_id": r, "condition": "resources", "finding": "not_met",
                       "explanation": "The wages are above the amount."}),
            )?;
            t.call(
                "decision.record",
                json!({"request_id": r, "decided_on": iso(decided), "outcome": "refused",
                       "refusal_condition": "resources", "grounds": "The resources are sufficient.",
                       "notified_on": iso(notified), "notified_how": "registered_letter"}),
            )?;
        }
        8 => {
            let rep = id(t.call("report.compose", json!({"request_id": r}))?);
            t.call("report.read_together", json!({"report_id": rep}))?;
            for signer in ["worker", "person"] {
                t.call(
                    "report.sign",
                    json!({"report_id": rep, "signer": signer, "on_paper": true}),
                )?;
            }
            t.call(
                "report.send",
                json!({"report_id": rep, "readiness_reason": "Discussed with the person."}),
            )?;
        }
        _ => {}
    }
    Ok(())
}

/// The voluntary support answer or plan, and a consent, for some persons.
fn plan_and_consent(t: &mut Tandem, d: &mut Dice, p: i64, out: &mut Seeded) -> Result<()> {
    match d.below(4) {
        0 => {
            let plan = id(t.call("plan.open", json!({"person_id": p}))?);
            t.call(
                "plan.goal.add",
                json!({"plan_id": plan, "text": d.pick(&["Find a home closer to school", "Pay off the energy debt", "Learn Dutch", "Get my driving licence"])}),
            )?;
            t.call(
                "plan.commitment.add",
                json!({"plan_id": plan, "text": "Call the energy supplier together", "who": "social worker"}),
            )?;
            out.plans += 1;
        }
        1 => {
            t.call("plan.answer", json!({"person_id": p, "wants": false}))?;
        }
        _ => {}
    }
    if d.below(4) == 0 {
        t.call(
            "consent.give",
            json!({"person_id": p, "recipient_organisation": "CAW Proefstad", "recipient_role": "debt counsellor",
                   "purpose": "debt mediation", "covers": ["identity", "income"]}),
        )?;
        out.consents += 1;
    }
    Ok(())
}
