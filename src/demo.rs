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
    let received = today - chrono::Duration::days(d.below(60) as i64);
    let r = id(t.call(
        "request.create",
        json!({"person_id": p, "received_on": received.format("%Y-%m-%d").to_string()}),
    )?);
    out.requests += 1;
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
