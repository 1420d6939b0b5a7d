//! Consent and sharing: the consent register, the fail-closed sharing gate and its log,
//! the person's own export, the hand-over bundle, and closing and erasing a file.

pub mod commands;

pub mod checks;
pub mod export;
pub mod file;
pub mod handover;
pub mod letter;
pub mod retention;

use crate::store::{params, Db, OptionalExtension, Row};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::audit;
use crate::error::{Error, Result};
use crate::validate;

/// What a consent can cover, and what a share sends: the parts of a file.
pub const PARTS: [&str; 5] = ["identity", "household", "income", "report", "plan"];

/// The parts a document carries, all of them: a consent must cover every one before it goes
/// out. The social report shows the household (as far as the category needs it) and the
/// income side (resources, calculation); the decision letter says why the category, naming the
/// household; the receipt is about the request only.
pub fn document_parts(kind: &str) -> Result<Vec<&'static str>> {
    let parts: &[&str] = match kind {
        "report" => &["identity", "household", "income", "report"],
        "decision" | "end" | "revision" => &["identity", "household", "income"],
        "receipt" => &["identity", "income"],
        "plan" => &["identity", "plan"],
        other => {
            return Err(Error::InvalidChoice {
                field: "document.kind".into(),
                value: other.chars().take(30).collect(),
            })
        }
    };
    Ok(parts.to_vec())
}

/// Known parts, each once, in the order of [`PARTS`]; at least one.
fn check_parts(parts: &[String], field: &str) -> Result<Vec<String>> {
    for p in parts {
        if !PARTS.contains(&p.as_str()) {
            return Err(Error::InvalidChoice {
                field: field.into(),
                value: p.chars().take(30).collect(),
            });
        }
    }
    let out: Vec<String> = PARTS
        .iter()
        .filter(|p| parts.iter().any(|q| q == *p))
        .map(|p| p.to_string())
        .collect();
    if out.is_empty() {
        return Err(Error::Required {
            field: field.into(),
        });
    }
    Ok(out)
}

/// Case, accents and spacing do not make another recipient or purpose.
fn same(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        crate::person::normalize(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    norm(a) == norm(b)
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn not_future(d: NaiveDate, field: &str) -> Result<String> {
    if d > crate::today() {
        return Err(Error::DateInFuture {
            field: field.into(),
        });
    }
    Ok(day(d))
}

fn person_exists(conn: &Db, person_id: i64) -> Result<()> {
    conn.query_row(
        "SELECT 1 FROM person WHERE id = ?1",
        [person_id],
        |_| Ok(()),
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "person".into(),
        id: person_id.to_string(),
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewConsent {
    pub person_id: i64,
    pub recipient_organisation: String,
    pub recipient_role: String,
    pub purpose: String,
    pub covers: Vec<String>,
    #[serde(default)]
    pub given_on: Option<NaiveDate>,
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Consent {
    pub id: i64,
    pub person_id: i64,
    pub recipient_organisation: String,
    pub recipient_role: String,
    pub purpose: String,
    pub covers: Vec<String>,
    pub given_on: String,
    pub ends_on: Option<String>,
    pub withdrawn_on: Option<String>,
    pub created_at: String,
    /// `current`, `withdrawn`, `expired` or `not_yet`, on today's date.
    pub status: String,
}

impl Consent {
    /// The consent's standing on `on` (dates compare as ISO text).
    fn status_on(&self, on: &str) -> &'static str {
        if self.withdrawn_on.as_deref().is_some_and(|w| w <= on) {
            "withdrawn"
        } else if self.ends_on.as_deref().is_some_and(|e| e < on) {
            "expired"
        } else if self.given_on.as_str() > on {
            "not_yet"
        } else {
            "current"
        }
    }
}

const CONSENT_COLUMNS: &str = "id, person_id, recipient_organisation, recipient_role, purpose, \
     covers, given_on, ends_on, withdrawn_on, created_at";

fn consent_from_row(r: &Row) -> crate::error::Result<Consent> {
    let covers: String = r.get(5)?;
    let mut c = Consent {
        id: r.get(0)?,
        person_id: r.get(1)?,
        recipient_organisation: r.get(2)?,
        recipient_role: r.get(3)?,
        purpose: r.get(4)?,
        covers: serde_json::from_str(&covers).unwrap_or_default(),
        given_on: r.get(6)?,
        ends_on: r.get(7)?,
        withdrawn_on: r.get(8)?,
        created_at: r.get(9)?,
        status: String::new(),
    };
    c.status = c.status_on(&day(crate::today())).into();
    Ok(c)
}

pub fn consent(conn: &Db, id: i64) -> Result<Consent> {
    conn.query_row(
        &format!("SELECT {CONSENT_COLUMNS} FROM consent WHERE id = ?1"),
        [id],
        consent_from_row,
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "consent".into(),
        id: id.to_string(),
    })
}

/// The person's consents, newest first (withdrawn and expired ones stay: the history).
pub fn consents(conn: &Db, person_id: i64) -> Result<Vec<Consent>> {
    person_exists(conn, person_id)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {CONSENT_COLUMNS} FROM consent WHERE person_id = ?1 ORDER BY id DESC"
    ))?;
    let rows = stmt.query_map([person_id], consent_from_row)?;
    rows.collect::<std::result::Result<Vec<_>, _>>()
}

pub fn give(conn: &Db, c: NewConsent) -> Result<Consent> {
    let organisation = validate::required(
        &c.recipient_organisation,
        "recipient_organisation",
        200,
        false,
    )?;
    let role = validate::required(&c.recipient_role, "recipient_role", 200, false)?;
    let purpose = validate::required(&c.purpose, "purpose", 500, false)?;
    let covers = check_parts(&c.covers, "covers")?;
    let given_on = not_future(c.given_on.unwrap_or_else(crate::today), "given_on")?;
    let ends_on = c.ends_on.map(day);
    if ends_on.as_deref().is_some_and(|e| e < given_on.as_str()) {
        return Err(Error::DateOrder {
            field: "ends_on".into(),
            other: "given_on".into(),
        });
    }
    let tx = conn.transaction()?;
    person_exists(&tx, c.person_id)?;
    tx.execute(
        "INSERT INTO consent (person_id, recipient_organisation, recipient_role, purpose, covers,
                              given_on, ends_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            c.person_id,
            organisation,
            role,
            purpose,
            json!(covers).to_string(),
            given_on,
            ends_on,
            crate::now_utc()
        ],
    )?;
    let id = tx.last_insert_rowid()?;
    audit::append(
        &tx,
        "consent.give",
        Some(c.person_id),
        &json!({"consent_id": id, "covers": covers}),
    )?;
    tx.commit()?;
    consent(conn, id)
}

/// Withdraws a consent (one action, any time). From that day on, nothing more can be shared
/// on it; what was shared before stays in the log.
pub fn withdraw(conn: &Db, id: i64, on: Option<NaiveDate>) -> Result<Consent> {
    let on = not_future(on.unwrap_or_else(crate::today), "withdrawn_on")?;
    let tx = conn.transaction()?;
    let c = consent(&tx, id)?;
    if c.withdrawn_on.is_none() {
        if on < c.given_on {
            return Err(Error::DateOrder {
                field: "withdrawn_on".into(),
                other: "given_on".into(),
            });
        }
        tx.execute(
            "UPDATE consent SET withdrawn_on = ?2 WHERE id = ?1",
            params![id, on],
        )?;
        audit::append(
            &tx,
            "consent.withdraw",
            Some(c.person_id),
            &json!({"consent_id": id}),
        )?;
    }
    tx.commit()?;
    consent(conn, id)
}

/// The three conditions of shared professional secrecy, ticked by the worker for each share.
#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    /// The recipient is bound by professional secrecy and works for the same mission.
    pub secrecy_bound: bool,
    /// Only what is necessary for that mission is shared.
    pub necessary_only: bool,
    /// The person was informed and consents.
    pub informed_consent: bool,
}

impl Conditions {
    fn check(&self) -> Result<()> {
        for (ok, name) in [
            (self.secrecy_bound, "conditions.secrecy_bound"),
            (self.necessary_only, "conditions.necessary_only"),
            (self.informed_consent, "conditions.informed_consent"),
        ] {
            if !ok {
                return Err(Error::ShareConditions { field: name.into() });
            }
        }
        Ok(())
    }
}

/// Who receives, and why: with the parts, the question the gate answers.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub recipient_organisation: String,
    pub recipient_role: String,
    pub purpose: String,
}

/// The sharing gate. Fails closed: the three conditions must be ticked, and a consent of
/// the person must exist for this recipient and purpose that is current on `on` and covers
/// every part. There is no override. Returns the consent the share relies on.
pub fn gate(
    conn: &Db,
    person_id: i64,
    to: &Recipient,
    parts: &[String],
    conditions: &Conditions,
    on: &str,
) -> Result<Consent> {
    conditions.check()?;
    let candidates: Vec<Consent> = consents(conn, person_id)?
        .into_iter()
        .filter(|c| {
            same(&c.recipient_organisation, &to.recipient_organisation)
                && same(&c.recipient_role, &to.recipient_role)
                && same(&c.purpose, &to.purpose)
        })
        .collect();
    let covers = |c: &Consent| parts.iter().all(|p| c.covers.contains(p));
    if let Some(c) = candidates
        .iter()
        .find(|c| c.status_on(on) == "current" && covers(c))
    {
        return Ok(c.clone());
    }
    if candidates.is_empty() {
        return Err(Error::ConsentMissing);
    }
    if let Some(c) = candidates.iter().find(|c| c.status_on(on) == "current") {
        let missing: Vec<&str> = parts
            .iter()
            .filter(|p| !c.covers.contains(p))
            .map(String::as_str)
            .collect();
        return Err(Error::ConsentScope {
            parts: missing.join(", "),
        });
    }
    if candidates.iter().any(|c| c.status_on(on) == "withdrawn") {
        return Err(Error::ConsentWithdrawn);
    }
    Err(Error::ConsentExpired)
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Share {
    pub id: i64,
    pub person_id: i64,
    pub consent_id: i64,
    pub recipient_organisation: String,
    pub recipient_role: String,
    pub purpose: String,
    pub parts: Vec<String>,
    pub what: String,
    pub kind: String,
    pub document_sha256: Option<String>,
    pub shared_on: String,
    pub worker: String,
}

/// One share to log, after the gate let it through.
pub struct ShareEntry<'a> {
    pub person_id: i64,
    pub consent: &'a Consent,
    pub parts: &'a [String],
    pub what: &'a str,
    pub kind: &'a str,
    pub document_sha256: Option<&'a str>,
    pub conditions: &'a Conditions,
}

/// Writes the log entry and its audit trace (inside the caller's transaction).
pub fn log(conn: &Db, e: ShareEntry) -> Result<i64> {
    let worker = crate::profile::required(conn)?.worker_name;
    conn.execute(
        "INSERT INTO share (person_id, consent_id, recipient_organisation, recipient_role, purpose,
                            parts, what, kind, document_sha256, conditions, shared_on, worker)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            e.person_id,
            e.consent.id,
            e.consent.recipient_organisation,
            e.consent.recipient_role,
            e.consent.purpose,
            json!(e.parts).to_string(),
            e.what,
            e.kind,
            e.document_sha256,
            json!(e.conditions).to_string(),
            day(crate::today()),
            worker
        ],
    )?;
    let id = conn.last_insert_rowid()?;
    // The journal's state at the share, kept with it: a later rewrite contradicts it.
    let journal = audit::mark(conn)?;
    audit::append(
        conn,
        "share.record",
        Some(e.person_id),
        &json!({"share_id": id, "consent_id": e.consent.id, "kind": e.kind, "parts": e.parts,
                "document_sha256": e.document_sha256, "journal": journal}),
    )?;
    Ok(id)
}

fn share_from_row(r: &Row) -> crate::error::Result<Share> {
    let parts: String = r.get(6)?;
    Ok(Share {
        id: r.get(0)?,
        person_id: r.get(1)?,
        consent_id: r.get(2)?,
        recipient_organisation: r.get(3)?,
        recipient_role: r.get(4)?,
        purpose: r.get(5)?,
        parts: serde_json::from_str(&parts).unwrap_or_default(),
        what: r.get(7)?,
        kind: r.get(8)?,
        document_sha256: r.get(9)?,
        shared_on: r.get(10)?,
        worker: r.get(11)?,
    })
}

const SHARE_COLUMNS: &str = "id, person_id, consent_id, recipient_organisation, recipient_role, \
     purpose, parts, what, kind, document_sha256, shared_on, worker";

pub fn share(conn: &Db, id: i64) -> Result<Share> {
    conn.query_row(
        &format!("SELECT {SHARE_COLUMNS} FROM share WHERE id = ?1"),
        [id],
        share_from_row,
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "share".into(),
        id: id.to_string(),
    })
}

/// The sharing log of one person, newest first.
pub fn shares(conn: &Db, person_id: i64) -> Result<Vec<Share>> {
    person_exists(conn, person_id)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {SHARE_COLUMNS} FROM share WHERE person_id = ?1 ORDER BY id DESC"
    ))?;
    let rows = stmt.query_map([person_id], share_from_row)?;
    rows.collect::<std::result::Result<Vec<_>, _>>()
}

/// A document to produce and share (`document` of `share.record`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedDocument {
    pub kind: String,
    pub id: i64,
    #[serde(default)]
    pub number: Option<i64>,
    #[serde(default)]
    pub lang: Option<crate::i18n::Lang>,
}

/// `share.record`: what the worker asks to share.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareArgs {
    pub person_id: i64,
    pub recipient_organisation: String,
    pub recipient_role: String,
    pub purpose: String,
    #[serde(default)]
    pub parts: Vec<String>,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub document: Option<SharedDocument>,
    pub conditions: Conditions,
}

impl ShareArgs {
    pub fn recipient(&self) -> Recipient {
        Recipient {
            recipient_organisation: self.recipient_organisation.clone(),
            recipient_role: self.recipient_role.clone(),
            purpose: self.purpose.clone(),
        }
    }
}

/// Checks the parts and the description of a share (the document's own parts are added).
pub fn share_parts(a: &ShareArgs) -> Result<(Vec<String>, String)> {
    let mut parts = a.parts.clone();
    if let Some(d) = &a.document {
        parts.extend(document_parts(&d.kind)?.into_iter().map(String::from));
    }
    let parts = check_parts(&parts, "parts")?;
    let what = if a.document.is_some() {
        validate::text(&a.what, "what", 1000, true)?
    } else {
        validate::required(&a.what, "what", 1000, true)?
    };
    Ok((parts, what))
}
