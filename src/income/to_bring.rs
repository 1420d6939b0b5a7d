//! "Documents to bring": for each condition still to check, the papers the person may bring
//! to show it, in plain words, from what the social inquiry has to establish.
//!
//! Sources (POD MI / SPP IS):
//! - Primabook, "De voorwaarden" (primabook.mi-is.be/nl/recht-op-maatschappelijke-integratie/
//!   de-voorwaarden): the six conditions; residence is actual and habitual residence with a
//!   right to stay, registration in the population register is not required.
//! - Circular of 14 March 2014 on the minimum conditions of the social inquiry (Belgian
//!   Official Journal 4 July 2014, on the royal decree of 1 December 2013): the inquiry
//!   establishes identity, nationality, residence and right of stay, household, the resources
//!   with their supporting documents (pay slips, contracts, attestations), the work readiness
//!   and the rights to other benefits (the residual character of the right).
//! - SPP IS circular on collecting data during the social inquiry (completing the one of 2014):
//!   nothing is asked that the decision does not need, and what the OCMW can read itself in the
//!   Crossroads Bank for Social Security is not asked of the person.
//! - Primabook, "Berekening van de bestaansmiddelen": all resources count, net; and Tandem's
//!   stance (docs/DOMAIN): expenses are never asked; bank statements only when resources cannot
//!   be shown otherwise.

use serde::Serialize;
use serde_json::Value;

use super::view::ConditionView;
use crate::i18n::{self, Lang};

/// The papers for one condition still to check, in the reader's language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Group {
    pub condition: String,
    /// The condition in the person's words.
    pub title: String,
    pub items: Vec<String>,
}

/// What the sheet always says, after the list (catalog ids).
pub const NOTES: [&str; 3] = [
    "bring-note-registers",
    "bring-note-expenses",
    "bring-note-missing",
];

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The catalog ids of the papers that show `condition`, given its details so far (the
/// minor's assimilation, the nationality group, what may prevent work).
pub fn items(condition: &str, detail: &Value) -> Vec<&'static str> {
    match condition {
        "residence" => vec!["bring-residence-identity", "bring-residence-address"],
        "age" => {
            let mut out = vec!["bring-age-birth"];
            out.push(match detail["assimilation"].as_str() {
                Some("married_minor") => "bring-age-married",
                Some("child_in_care") => "bring-age-child",
                Some("pregnant") => "bring-age-pregnant",
                _ => "bring-age-minor",
            });
            out
        }
        "nationality" => {
            let mut out = vec!["bring-nationality-card"];
            match detail["group"].as_str() {
                Some("refugee") | Some("subsidiary_protection") => {
                    out.push("bring-nationality-protection")
                }
                Some("stateless") => out.push("bring-nationality-stateless"),
                Some("eu") => out.push("bring-nationality-eu"),
                _ => {}
            }
            out
        }
        "resources" => vec![
            "bring-resources-income",
            "bring-resources-partner",
            "bring-resources-capital",
        ],
        "work_readiness" => {
            let obstacles = strings(&detail["obstacles"]);
            let mut out: Vec<&'static str> = Vec::new();
            if obstacles.contains(&"health") || obstacles.contains(&"disability") {
                out.push("bring-work-health");
            }
            if obstacles.contains(&"studies") {
                out.push("bring-work-studies");
            }
            if obstacles.contains(&"care_duties") {
                out.push("bring-work-care");
            }
            if out.is_empty() {
                out.push("bring-work-any");
            }
            out
        }
        "other_benefits" => vec!["bring-benefits-letters", "bring-benefits-maintenance"],
        _ => Vec::new(),
    }
}

/// Whether the age condition's proposal, from the birth date, says the person is of age.
fn adult(c: &ConditionView) -> bool {
    c.proposal.as_ref().is_some_and(|p| p.finding == "met")
}

/// The groups of the conditions still to check, in the law's order, in `lang`.
pub fn list(conditions: &[ConditionView], lang: Lang) -> Vec<Group> {
    let cat = i18n::catalogs();
    conditions
        .iter()
        .filter(|c| c.finding == "to_check")
        .map(|c| Group {
            condition: c.condition.clone(),
            title: cat.message(lang, &format!("doc-copy-condition-{}", c.condition), &[]),
            items: items(&c.condition, &c.detail)
                .into_iter()
                // An adult by the birth date on file is not asked what makes a minor an adult.
                .filter(|id| !(*id == "bring-age-minor" && adult(c)))
                .map(|id| cat.message(lang, id, &[]))
                .collect(),
        })
        .collect()
}
