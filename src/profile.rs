//! The worker profile: who uses this vault, for which OCMW, and the competent labour court.

use rusqlite::{params, Connection, OptionalExtension};
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
        })
    }
}

pub fn get(conn: &Connection) -> Result<Option<Profile>> {
    Ok(conn
        .query_row(
            "SELECT worker_name, ocmw_name, ocmw_address, labour_court_address, language
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
                })
            },
        )
        .optional()?)
}

/// The profile, which every document needs (set at onboarding).
pub fn required(conn: &Connection) -> Result<Profile> {
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
pub fn set(conn: &mut Connection, profile: Profile) -> Result<Profile> {
    let p = profile.checked()?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO profile (id, worker_name, ocmw_name, ocmw_address, labour_court_address, language)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(id) DO UPDATE SET worker_name = excluded.worker_name,
            ocmw_name = excluded.ocmw_name, ocmw_address = excluded.ocmw_address,
            labour_court_address = excluded.labour_court_address, language = excluded.language",
        params![
            p.worker_name,
            p.ocmw_name,
            p.ocmw_address,
            p.labour_court_address,
            p.language.code()
        ],
    )?;
    audit::append(&tx, "profile.update", None, &json!({}))?;
    tx.commit()?;
    Ok(p)
}
