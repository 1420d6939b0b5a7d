//! The worker profile: who uses this vault, for which OCMW, and the competent labour court.

pub mod commands;

use crate::store::{params, Db, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::audit;
use crate::error::Result;
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub worker_name: String,
    pub ocmw_name: String,
    #[serde(default)]
    pub ocmw_address: String,
    /// Needed for decision letters: the appeal goes to this labour court.
    #[serde(default)]
    pub labour_court_address: String,
    /// The default language of documents.
    pub language: Lang,
    /// The letterhead of decision letters: phone, e-mail and opening hours of the service.
    #[serde(default)]
    pub ocmw_phone: String,
    #[serde(default)]
    pub ocmw_email: String,
    #[serde(default)]
    pub ocmw_hours: String,
    /// The body that decides: `bcsd` (the special committee for the social service),
    /// `council`, `permanent_bureau`, or `other` (then `deciding_body_name` names it).
    #[serde(default)]
    pub deciding_body: String,
    #[serde(default)]
    pub deciding_body_name: String,
    /// Who signs decision letters under the OCMW's rules (chair and general director, or by
    /// delegation): names, and roles from `SIGNATORY_ROLES`.
    #[serde(default)]
    pub signatory_1_name: String,
    #[serde(default)]
    pub signatory_1_role: String,
    #[serde(default)]
    pub signatory_2_name: String,
    #[serde(default)]
    pub signatory_2_role: String,
    /// How often the leefloon is paid (art. 21 §3, 8° of the law): `monthly`, `fortnightly`
    /// or `weekly`.
    #[serde(default)]
    pub payment_frequency: String,
    /// The OCMW's short code and the worker's own code: together they prefix every new file
    /// reference (`GNT-AB-2025-00001`), so that two workers of one OCMW never give the same
    /// one. Empty: references keep the form `LL-2025-00001`.
    #[serde(default)]
    pub ocmw_code: String,
    #[serde(default)]
    pub worker_code: String,
}

/// The longest code of an OCMW or a worker.
pub const CODE_MAX: usize = 8;

/// A code of the reference prefix: trimmed, upper case, letters A-Z and digits only, at most
/// `CODE_MAX` characters; empty when not set.
pub fn code(value: &str, field: &str) -> Result<String> {
    let v = value.trim().to_uppercase();
    if v.chars().count() > CODE_MAX || !v.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(crate::error::Error::InvalidCode {
            field: field.into(),
            max: CODE_MAX,
        });
    }
    Ok(v)
}

/// The deciding bodies an OCMW may have (named in the four languages by the catalogs).
pub const BODIES: [&str; 4] = ["bcsd", "council", "permanent_bureau", "other"];
/// The roles of the two signatories of a decision.
pub const SIGNATORY_ROLES: [&str; 4] = [
    "chair",
    "general_director",
    "chair_by_delegation",
    "general_director_by_delegation",
];
pub const PAYMENT_FREQUENCIES: [&str; 3] = ["monthly", "fortnightly", "weekly"];

fn one_of(value: &str, allowed: &[&str], field: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() || allowed.contains(&v) {
        Ok(v.to_string())
    } else {
        Err(crate::error::Error::InvalidChoice {
            field: field.into(),
            value: v.chars().take(50).collect(),
        })
    }
}

fn line(value: &str, field: &str, max: usize, required: bool, multiline: bool) -> Result<String> {
    if required {
        crate::validate::required(value, field, max, multiline)
    } else {
        crate::validate::text(value, field, max, multiline)
    }
}

impl Profile {
    /// Trims and checks every field.
    pub fn checked(self) -> Result<Profile> {
        Ok(Profile {
            worker_name: line(&self.worker_name, "worker_name", 200, true, false)?,
            ocmw_name: line(&self.ocmw_name, "ocmw_name", 200, true, false)?,
            ocmw_address: line(&self.ocmw_address, "ocmw_address", 500, false, true)?,
            labour_court_address: line(
                &self.labour_court_address,
                "labour_court_address",
                500,
                false,
                true,
            )?,
            language: self.language,
            ocmw_phone: line(&self.ocmw_phone, "ocmw_phone", 100, false, false)?,
            ocmw_email: line(&self.ocmw_email, "ocmw_email", 200, false, false)?,
            ocmw_hours: line(&self.ocmw_hours, "ocmw_hours", 500, false, true)?,
            deciding_body: one_of(&self.deciding_body, &BODIES, "deciding_body")?,
            deciding_body_name: line(
                &self.deciding_body_name,
                "deciding_body_name",
                200,
                false,
                false,
            )?,
            signatory_1_name: line(
                &self.signatory_1_name,
                "signatory_1_name",
                200,
                false,
                false,
            )?,
            signatory_1_role: one_of(&self.signatory_1_role, &SIGNATORY_ROLES, "signatory_1_role")?,
            signatory_2_name: line(
                &self.signatory_2_name,
                "signatory_2_name",
                200,
                false,
                false,
            )?,
            signatory_2_role: one_of(&self.signatory_2_role, &SIGNATORY_ROLES, "signatory_2_role")?,
            payment_frequency: one_of(
                &self.payment_frequency,
                &PAYMENT_FREQUENCIES,
                "payment_frequency",
            )?,
            ocmw_code: code(&self.ocmw_code, "ocmw_code")?,
            worker_code: code(&self.worker_code, "worker_code")?,
        })
    }
}

pub fn get(conn: &Db) -> Result<Option<Profile>> {
    conn.query_row(
        "SELECT worker_name, ocmw_name, ocmw_address, labour_court_address, language,
                    ocmw_phone, ocmw_email, ocmw_hours, deciding_body, deciding_body_name,
                    signatory_1_name, signatory_1_role, signatory_2_name, signatory_2_role,
                    payment_frequency, ocmw_code, worker_code
             FROM profile WHERE id = 1",
        [],
        |r| {
            let lang: String = r.get(4)?;
            Ok(Profile {
                worker_name: r.get(0)?,
                ocmw_name: r.get(1)?,
                ocmw_address: r.get(2)?,
                labour_court_address: r.get(3)?,
                language: Lang::parse(&lang).unwrap_or(Lang::Nl),
                ocmw_phone: r.get(5)?,
                ocmw_email: r.get(6)?,
                ocmw_hours: r.get(7)?,
                deciding_body: r.get(8)?,
                deciding_body_name: r.get(9)?,
                signatory_1_name: r.get(10)?,
                signatory_1_role: r.get(11)?,
                signatory_2_name: r.get(12)?,
                signatory_2_role: r.get(13)?,
                payment_frequency: r.get(14)?,
                ocmw_code: r.get(15)?,
                worker_code: r.get(16)?,
            })
        },
    )
    .optional()
}

/// The profile, which every document needs (set at onboarding).
pub fn required(conn: &Db) -> Result<Profile> {
    get(conn)?.ok_or(crate::error::Error::NotFound {
        what: "profile".into(),
        id: "1".into(),
    })
}

impl Profile {
    /// The language of a document for `person`: the one asked for, else the person's
    /// preferred language, else the worker's default.
    pub fn document_language(&self, person: &crate::person::Person, asked: Option<Lang>) -> Lang {
        asked
            .or_else(|| person.language.known().and_then(|l| Lang::parse(l)))
            .unwrap_or(self.language)
    }
}

/// Saves the profile (checked) with its audit entry in one transaction.
pub fn set(conn: &Db, profile: Profile) -> Result<Profile> {
    let p = profile.checked()?;
    let tx = conn.transaction()?;
    // One profile per vault; in the team store one per worker (the row of their role).
    let key = if conn.is_team() { "owner_role" } else { "id" };
    tx.execute(
        &format!("INSERT INTO profile (id, worker_name, ocmw_name, ocmw_address, labour_court_address, language,
                              ocmw_phone, ocmw_email, ocmw_hours, deciding_body, deciding_body_name,
                              signatory_1_name, signatory_1_role, signatory_2_name,
                              signatory_2_role, payment_frequency, ocmw_code, worker_code)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
         ON CONFLICT({key}) DO UPDATE SET worker_name = excluded.worker_name,
            ocmw_name = excluded.ocmw_name, ocmw_address = excluded.ocmw_address,
            labour_court_address = excluded.labour_court_address, language = excluded.language,
            ocmw_phone = excluded.ocmw_phone, ocmw_email = excluded.ocmw_email,
            ocmw_hours = excluded.ocmw_hours, deciding_body = excluded.deciding_body,
            deciding_body_name = excluded.deciding_body_name,
            signatory_1_name = excluded.signatory_1_name,
            signatory_1_role = excluded.signatory_1_role,
            signatory_2_name = excluded.signatory_2_name,
            signatory_2_role = excluded.signatory_2_role,
            payment_frequency = excluded.payment_frequency,
            ocmw_code = excluded.ocmw_code, worker_code = excluded.worker_code"),
        params![
            p.worker_name,
            p.ocmw_name,
            p.ocmw_address,
            p.labour_court_address,
            p.language.code(),
            p.ocmw_phone,
            p.ocmw_email,
            p.ocmw_hours,
            p.deciding_body,
            p.deciding_body_name,
            p.signatory_1_name,
            p.signatory_1_role,
            p.signatory_2_name,
            p.signatory_2_role,
            p.payment_frequency,
            p.ocmw_code,
            p.worker_code
        ],
    )?;
    audit::append(&tx, "profile.update", None, &json!({}))?;
    tx.commit()?;
    Ok(p)
}
