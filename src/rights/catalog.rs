//! The rights the screener knows: one reviewed TOML file per right under `src/rights/catalog/` (its rule in dated versions, its texts in four languages, its dated figures, its sources and its test cases), read once and checked.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// Where the address must be for a right to apply.
/// `flemish_community` and `french_community` are for rights that follow the Community of a
/// school or childcare (in Brussels, the family's choice).
pub const SCOPES: [&str; 8] = [
    "federal",
    "flanders",
    "wallonia",
    "brussels",
    "german_community",
    "wallonia_french",
    "flemish_community",
    "french_community",
];

/// How a right comes: by itself (check that it arrived), by a letter the person must answer, or
/// only when asked.
pub const MODES: [&str; 3] = ["automatic", "half_automatic", "on_request"];

pub const GROUPS: [&str; 11] = [
    "health",
    "energy",
    "income",
    "justice",
    "family",
    "education",
    "housing",
    "water",
    "transport",
    "culture",
    "childcare",
];

/// How well the rule's key facts are sourced (the legal brief's [S], [S*] and [U]).
pub const VERIFIED: [&str; 3] = ["official", "secondary", "unverified"];

/// The facts every screening reads from the file (questions with these ids settle them).
pub const FILE_FACTS: [&str; 4] = [
    "postcode",
    "birth_date",
    "minor_children",
    "brussels_community",
];

/// A text in the four languages.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub nl: String,
    pub fr: String,
    pub de: String,
    pub en: String,
}

impl Texts {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::Fr => &self.fr,
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }

    fn all(&self) -> [&str; 4] {
        [&self.nl, &self.fr, &self.de, &self.en]
    }
}

/// One version of a right's rule, valid from a date (a later version never changes an
/// earlier screening).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub valid_from: NaiveDate,
    /// A running leefloon for at least this many complete calendar months (0: any).
    #[serde(default)]
    pub leefloon_months: Option<u32>,
    /// A leefloon running on 1 January of the screening's year, for at least this many
    /// complete months by then (rights fixed on the situation of 1 January).
    #[serde(default)]
    pub leefloon_months_on_jan1: Option<u32>,
    #[serde(default)]
    pub age_from: Option<u32>,
    #[serde(default)]
    pub age_below: Option<u32>,
    /// At least one minor child in the household.
    #[serde(default)]
    pub minor_children: Option<bool>,
    /// A fact the file does not hold: the outcome is "possibly" with this question.
    #[serde(default)]
    pub ask: Option<String>,
    /// The request is due within this many days of an event (recorded by the worker).
    #[serde(default)]
    pub deadline_days: Option<u32>,
    /// A yearly closing date, "MM-DD".
    #[serde(default)]
    pub deadline_yearly: Option<String>,
}

/// A dated amount or advantage, with its source.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub valid_from: NaiveDate,
    pub source: String,
    pub text: Texts,
}

/// One test case of a right: facts in, outcome out (in the manner of OpenFisca's YAML tests).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    pub on: NaiveDate,
    pub expected: String,
    #[serde(default)]
    pub question: Option<String>,
    #[serde(default)]
    pub facts: CaseFacts,
}

/// The facts of a case; an absent fact is unknown, except the leefloon (absent: none running).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CaseFacts {
    #[serde(default)]
    pub leefloon_since: Option<NaiveDate>,
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    #[serde(default)]
    pub postcode: Option<String>,
    #[serde(default)]
    pub minor_children: Option<u32>,
}

/// A right of the catalog.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: String,
    pub group: String,
    pub scope: String,
    pub mode: String,
    pub checked_on: NaiveDate,
    pub verified: String,
    pub sources: Vec<String>,
    pub name: Texts,
    pub body: Texts,
    pub what: Texts,
    pub action: Texts,
    #[serde(rename = "rule")]
    pub rules: Vec<Rule>,
    #[serde(default, rename = "figure")]
    pub figures: Vec<Figure>,
    #[serde(default, rename = "case")]
    pub cases: Vec<Case>,
}

impl Right {
    /// The rule in force on `on` (None before the first version).
    pub fn rule_on(&self, on: NaiveDate) -> Option<&Rule> {
        self.rules
            .iter()
            .filter(|r| r.valid_from <= on)
            .max_by_key(|r| r.valid_from)
    }

    /// The figure in force on `on` (None: no verified figure for that day).
    pub fn figure_on(&self, on: NaiveDate) -> Option<&Figure> {
        self.figures
            .iter()
            .filter(|f| f.valid_from <= on)
            .max_by_key(|f| f.valid_from)
    }
}

/// The catalog: the rights, ordered by id, and the questions that settle an unknown fact.
#[derive(Debug)]
pub struct Catalog {
    pub rights: Vec<Right>,
    pub questions: BTreeMap<String, Texts>,
}

macro_rules! catalog_files {
    ($($name:literal),* $(,)?) => {
        /// Every file of the catalog folder (a test checks that none is left out).
        pub const FILES: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("catalog/", $name, ".toml")))),*
        ];
    };
}

catalog_files!(
    "article-27",
    "bim-increased-reimbursement",
    "childcare-flanders-income-tariff",
    "childcare-french-community-pfp",
    "family-supplement-brussels",
    "family-supplement-flanders",
    "family-supplement-german-community",
    "family-supplement-wallonia",
    "heating-allowance",
    "igo-grapa",
    "installation-premium",
    "legal-aid-second-line",
    "maf-social",
    "ocmw-energy-help",
    "rent-allowance-brussels",
    "rent-allowance-wallonia",
    "rent-premium-flanders",
    "rent-subsidy-flanders",
    "school-allowance-flanders",
    "social-energy-tariff",
    "social-internet-offer",
    "study-allowance-flanders-higher",
    "study-allowance-french-community",
    "study-allowance-german-community",
    "transport-de-lijn",
    "transport-sncb",
    "transport-stib",
    "transport-tec",
    "uitpas-kansentarief",
    "water-social-fund-brussels",
    "water-social-fund-wallonia",
    "water-social-intervention-brussels",
    "water-social-tariff-flanders",
);

const QUESTIONS: &str = include_str!("catalog/_questions.toml");

fn problem(file: &str, what: impl std::fmt::Display) -> String {
    format!("src/rights/catalog/{file}.toml: {what}")
}

fn check_right(file: &str, r: &Right, questions: &BTreeMap<String, Texts>) -> Vec<String> {
    let mut out = Vec::new();
    let mut bad = |what: String| out.push(problem(file, what));
    if r.id != file {
        bad(format!("id {} is not the file's name", r.id));
    }
    for (field, value, allowed) in [
        ("group", &r.group, &GROUPS[..]),
        ("scope", &r.scope, &SCOPES[..]),
        ("mode", &r.mode, &MODES[..]),
        ("verified", &r.verified, &VERIFIED[..]),
    ] {
        if !allowed.contains(&value.as_str()) {
            bad(format!("{field} {value:?} is not one of {allowed:?}"));
        }
    }
    for (field, t) in [
        ("name", &r.name),
        ("body", &r.body),
        ("what", &r.what),
        ("action", &r.action),
    ] {
        if t.all().iter().any(|s| s.trim().is_empty()) {
            bad(format!("{field} is empty in a language"));
        }
    }
    if r.sources.is_empty() {
        bad("no source".into());
    }
    if r.rules.is_empty() {
        bad("no rule".into());
    }
    for rule in &r.rules {
        if let Some(q) = &rule.ask {
            if !questions.contains_key(q) {
                bad(format!("ask {q:?} has no question in _questions.toml"));
            }
        }
        // Checked in a year without 29 February: a yearly date must exist every year.
        if let Some(d) = &rule.deadline_yearly {
            if NaiveDate::parse_from_str(&format!("2023-{d}"), "%Y-%m-%d").is_err() {
                bad(format!(
                    "deadline_yearly {d:?} is not an MM-DD of every year"
                ));
            }
            if rule.deadline_days.is_some() {
                bad("a rule has deadline_days or deadline_yearly, not both".into());
            }
        }
        if let (Some(from), Some(below)) = (rule.age_from, rule.age_below) {
            if from >= below {
                bad(format!("age_from {from} is not below age_below {below}"));
            }
        }
    }
    for f in &r.figures {
        if f.text.all().iter().any(|s| s.trim().is_empty()) || f.source.trim().is_empty() {
            bad(format!(
                "the figure from {} lacks a text or a source",
                f.valid_from
            ));
        }
    }
    for c in &r.cases {
        match (c.expected.as_str(), &c.question) {
            ("likely" | "no", None) => {}
            ("possibly", Some(q)) if questions.contains_key(q) => {}
            _ => bad(format!(
                "case {:?}: expected {:?} with question {:?}",
                c.name, c.expected, c.question
            )),
        }
    }
    out
}

/// Reads and checks the catalog; every problem is listed (a maintainer's change that breaks
/// the catalog fails the tests, never a screening at the worker's desk).
pub fn load() -> std::result::Result<Catalog, Vec<String>> {
    let mut problems = Vec::new();
    let questions: BTreeMap<String, Texts> = match toml::from_str(QUESTIONS) {
        Ok(q) => q,
        Err(e) => return Err(vec![problem("_questions", e)]),
    };
    for q in FILE_FACTS {
        if !questions.contains_key(q) {
            problems.push(problem("_questions", format!("no question {q:?}")));
        }
    }
    let mut rights = Vec::new();
    for (file, text) in FILES {
        match toml::from_str::<Right>(text) {
            Ok(r) => {
                problems.extend(check_right(file, &r, &questions));
                rights.push(r);
            }
            Err(e) => problems.push(problem(file, e)),
        }
    }
    rights.sort_by(|a, b| a.id.cmp(&b.id));
    if problems.is_empty() {
        Ok(Catalog { rights, questions })
    } else {
        Err(problems)
    }
}

/// The catalog, read once. A catalog that does not pass its checks is an error at every
/// screening (the tests, which call `load`, say why first).
pub fn catalog() -> crate::error::Result<&'static Catalog> {
    static CATALOG: OnceLock<std::result::Result<Catalog, Vec<String>>> = OnceLock::new();
    CATALOG
        .get_or_init(load)
        .as_ref()
        .map_err(|problems| crate::error::Error::Storage {
            detail: format!(
                "the rights catalog does not pass its checks: {}",
                problems.join("; ")
            ),
        })
}
