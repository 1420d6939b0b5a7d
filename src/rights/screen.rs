//! The screening: the facts the file already holds (the running leefloon and since when, the birth date, the postcode's region and community, minor children), each right's rule of the day applied to them, "possibly" with one question where a fact is unknown, never "no" for want of a fact.

use crate::store::{params, Db, OptionalExtension};
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use super::catalog::{self, CaseFacts, Right, Rule, Texts};
use super::{date_str, parse_date};
use crate::error::Result;
use crate::i18n::Lang;

/// The facts a screening reads; an absent fact is unknown, except the leefloon (absent: none
/// running, which the file knows).
pub type Facts = CaseFacts;

/// The region of an address, and whether it is in one of the nine municipalities of the
/// German-speaking Community (which lie in the Walloon Region).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Place {
    pub region: &'static str,
    pub german_community: bool,
}

/// The postcodes of the German-speaking Community's nine municipalities (Eupen, Kelmis,
/// Lontzen, Raeren, Amel, Büllingen, Bütgenbach, Burg-Reuland, St. Vith): the legal brief,
/// section 0.1, marks all but Büllingen's as to check against bpost's list.
const GERMAN_POSTCODES: [u16; 20] = [
    4700, 4701, 4710, 4711, 4720, 4721, 4728, 4730, 4731, 4750, 4760, 4761, 4770, 4771, 4780, 4782,
    4783, 4784, 4790, 4791,
];

/// The place of a Belgian postcode (the sorting sectors follow the regions' borders since
/// 1990: legal brief, section 0.1). None for what is not a Belgian postcode.
pub fn place(postcode: &str) -> Option<Place> {
    let code: u16 = postcode.trim().parse().ok()?;
    let region = match code {
        1000..=1299 => "brussels",
        1300..=1499 | 4000..=7999 => "wallonia",
        1500..=3999 | 8000..=9999 => "flanders",
        _ => return None,
    };
    Some(Place {
        region,
        german_community: GERMAN_POSTCODES.contains(&code),
    })
}

/// The postcode in a free-text address: the last group of exactly four digits from 1000 to 9999.
pub fn postcode_in(address: &str) -> Option<String> {
    address
        .split(|c: char| !c.is_ascii_digit())
        .rev()
        .find(|t| t.len() == 4 && place(t).is_some())
        .map(str::to_string)
}

/// Complete calendar months of a leefloon running since `since`, on `on`: counted from the
/// first day of the first month that starts on or after `since` (legal brief, section 0.3: a
/// month in which the right started after the 1st does not count).
pub fn complete_months(since: NaiveDate, on: NaiveDate) -> u32 {
    let first = if since.day() == 1 {
        Some(since)
    } else {
        since
            .with_day(1)
            .and_then(|d| d.checked_add_months(Months::new(1)))
    };
    let Some(first) = first else { return 0 };
    let mut n = 0;
    while first
        .checked_add_months(Months::new(n + 1))
        .is_some_and(|d| d <= on)
    {
        n += 1;
        if n > 1200 {
            break;
        }
    }
    n
}

/// Age in completed years on `on`.
pub fn age(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    on.years_since(birth)
}

enum Check {
    Yes,
    No,
    Unknown(String),
}

fn yes_no(b: bool) -> Check {
    if b {
        Check::Yes
    } else {
        Check::No
    }
}

fn checks(r: &Right, rule: &Rule, f: &Facts, on: NaiveDate) -> Vec<Check> {
    let mut out = Vec::new();
    if r.scope != "federal" {
        let code = f
            .postcode
            .as_deref()
            .and_then(|p| p.trim().parse::<u16>().ok());
        out.push(match f.postcode.as_deref().and_then(place) {
            None => Check::Unknown("postcode".into()),
            // A 47xx postcode not on the list of the German-speaking municipalities: which
            // Community it is in is not known for sure (legal brief, section 0.1).
            Some(p)
                if !p.german_community
                    && code.is_some_and(|c| (4700..4800).contains(&c))
                    && matches!(
                        r.scope.as_str(),
                        "german_community" | "wallonia_french" | "french_community"
                    ) =>
            {
                Check::Unknown("postcode".into())
            }
            Some(p) => match (r.scope.as_str(), p.region) {
                // In Brussels, school, study and childcare rights follow the Community of
                // the school or childcare chosen, not the address (legal brief, section 0.1).
                ("flemish_community" | "french_community", "brussels") => {
                    Check::Unknown("brussels_community".into())
                }
                ("flemish_community", region) => yes_no(region == "flanders"),
                ("french_community", region) => yes_no(region == "wallonia" && !p.german_community),
                ("german_community", _) => yes_no(p.german_community),
                ("wallonia_french", region) => yes_no(region == "wallonia" && !p.german_community),
                (scope, region) => yes_no(region == scope),
            },
        });
    }
    if let Some(months) = rule.leefloon_months {
        out.push(match f.leefloon_since {
            Some(since) if since <= on && complete_months(since, on) >= months => Check::Yes,
            _ => Check::No,
        });
    }
    // Rights fixed on the situation of 1 January of the year (legal brief, pitfall 3): the
    // leefloon must have run on that day, for at least this many complete months.
    if let Some(months) = rule.leefloon_months_on_jan1 {
        let jan1 = NaiveDate::from_ymd_opt(on.year(), 1, 1);
        out.push(match (f.leefloon_since, jan1) {
            (Some(since), Some(jan1))
                if since <= jan1 && complete_months(since, jan1) >= months =>
            {
                Check::Yes
            }
            _ => Check::No,
        });
    }
    if rule.age_from.is_some() || rule.age_below.is_some() {
        out.push(match f.birth_date.and_then(|b| age(b, on)) {
            None => Check::Unknown("birth_date".into()),
            Some(a) => {
                let from = rule.age_from.is_none_or(|m| a >= m);
                let below = rule.age_below.is_none_or(|m| a < m);
                if from && below {
                    Check::Yes
                } else {
                    Check::No
                }
            }
        });
    }
    if let Some(wanted) = rule.minor_children {
        out.push(match f.minor_children {
            None => Check::Unknown("minor_children".into()),
            Some(n) if (n > 0) == wanted => Check::Yes,
            Some(_) => Check::No,
        });
    }
    if let Some(q) = &rule.ask {
        out.push(Check::Unknown(q.clone()));
    }
    out
}

/// The outcome of one right on `on`: `likely`, `possibly` (with the one question that would
/// settle it) or `no` (a known fact says no, or no rule was in force yet).
pub fn evaluate(r: &Right, f: &Facts, on: NaiveDate) -> (&'static str, Option<String>) {
    let Some(rule) = r.rule_on(on) else {
        return ("no", None);
    };
    let all = checks(r, rule, f, on);
    if all.iter().any(|c| matches!(c, Check::No)) {
        return ("no", None);
    }
    match all.into_iter().find_map(|c| match c {
        Check::Unknown(q) => Some(q),
        _ => None,
    }) {
        Some(q) => ("possibly", Some(q)),
        None => ("likely", None),
    }
}

/// What the worker and the person do about a right, from its outcome and how it comes.
pub fn todo(outcome: &str, mode: &str) -> &'static str {
    match (outcome, mode) {
        ("no", _) => "none",
        ("possibly", _) => "ask",
        (_, "automatic") => "check_arrived",
        (_, "half_automatic") => "answer_letter",
        _ => "request",
    }
}

/// The facts of the file as the screening read them, with what they mean.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FileFacts {
    /// The start of the running leefloon (None: none is running on the day).
    pub leefloon_since: Option<String>,
    pub category: Option<String>,
    pub birth_date: Option<String>,
    pub age: Option<u32>,
    pub postcode: Option<String>,
    pub region: Option<String>,
    pub german_community: bool,
    pub minor_children: Option<u32>,
}

/// Reads the facts from the person's file on `on`: nothing from the support plan.
pub fn facts_of(conn: &Db, person_id: i64, on: NaiveDate) -> Result<(Facts, FileFacts)> {
    let (birth, address): (Option<String>, Option<String>) = conn
        .query_row(
            "SELECT birth_date, address FROM person WHERE id = ?1",
            [person_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| crate::error::Error::NotFound {
            what: "person".into(),
            id: person_id.to_string(),
        })?;
    // The leefloon (or equivalent aid) running on the day: granted, not withdrawn, started, not
    // ended before the day. Of two rights running at once, the earliest start counts (the
    // months run from it); a granted request for other aid is no leefloon.
    let right: Option<(i64, String)> = conn
        .query_row(
            "SELECT r.id, d.start_on FROM income_request r
             JOIN income_decision d ON d.request_id = r.id
             LEFT JOIN income_right_end e ON e.request_id = r.id
             WHERE r.person_id = ?1 AND r.kind IN ('leefloon', 'equivalent')
               AND r.withdrawn_on IS NULL AND d.outcome != 'refused'
               AND d.start_on IS NOT NULL AND d.start_on <= ?2
               AND (e.ended_on IS NULL OR e.ended_on >= ?2)
             ORDER BY d.start_on ASC, r.id ASC LIMIT 1",
            params![person_id, date_str(on)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (leefloon_since, category) = match &right {
        Some((id, start)) => {
            // The category of the period in force on the day of the screening.
            let rows = crate::income::periods::timeline(conn, *id)?;
            let cat = crate::income::periods::in_force(&rows, on)
                .or(rows.first())
                .map(|p| p.category.clone());
            (parse_date(start), cat)
        }
        None => (None, None),
    };
    // Minor children: the household as recorded; else what the category says (family: at
    // least one minor child in care; cohabitant or single: none); else unknown.
    let mut stmt =
        conn.prepare("SELECT relation, minor, in_care FROM household_member WHERE person_id = ?1")?;
    let members = stmt
        .query_map([person_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let young: Vec<&(String, Option<String>, Option<String>)> = members
        .iter()
        .filter(|(rel, _, care)| {
            (rel == "child" && care.as_deref() != Some("no"))
                || (rel == "other" && care.as_deref() == Some("yes"))
        })
        .collect();
    let unsure = young
        .iter()
        .any(|(_, minor, _)| !matches!(minor.as_deref(), Some("yes" | "no")));
    let counted = young
        .iter()
        .filter(|(_, minor, _)| minor.as_deref() == Some("yes"))
        .count() as u32;
    let minor_children = if counted > 0 {
        Some(counted)
    } else if unsure {
        None
    } else if !young.is_empty() {
        Some(0)
    } else {
        match category.as_deref() {
            Some("family") => Some(1),
            Some(_) => Some(0),
            None => None,
        }
    };
    let birth_date = birth.as_deref().and_then(parse_date);
    let postcode = address.as_deref().and_then(postcode_in);
    let p = postcode.as_deref().and_then(place);
    let facts = Facts {
        leefloon_since,
        birth_date,
        postcode: postcode.clone(),
        minor_children,
    };
    let shown = FileFacts {
        leefloon_since: leefloon_since.map(date_str),
        category,
        birth_date: birth_date.map(date_str),
        age: birth_date.and_then(|b| age(b, on)),
        postcode,
        region: p.map(|p| p.region.to_string()),
        german_community: p.is_some_and(|p| p.german_community),
        minor_children,
    };
    Ok((facts, shown))
}

/// A dated figure as shown.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FigureView {
    pub valid_from: String,
    pub text: String,
    pub source: String,
    /// Valid from more than a year before the screening: it may have changed since.
    pub old: bool,
}

/// One right screened, in one language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Screened {
    pub id: String,
    pub group: String,
    pub scope: String,
    pub mode: String,
    /// `likely`, `possibly` or `no`.
    pub outcome: String,
    /// What to do: check_arrived, answer_letter, request, ask or none.
    pub todo: String,
    pub question_id: Option<String>,
    pub question: Option<String>,
    pub name: String,
    pub body: String,
    pub what: String,
    pub action: String,
    /// The figure valid on the day; None: no verified figure for that day.
    pub figure: Option<FigureView>,
    pub verified: String,
    pub checked_on: String,
    pub sources: Vec<String>,
    /// A deadline the request must keep, if the right has one.
    pub deadline_days: Option<u32>,
    pub deadline_yearly: Option<String>,
}

fn text(t: &Texts, lang: Lang) -> String {
    t.get(lang).to_string()
}

/// Screens every right of the catalog against `facts` on `on`, in `lang`.
pub fn screen_facts(facts: &Facts, on: NaiveDate, lang: Lang) -> Result<Vec<Screened>> {
    let c = catalog::catalog()?;
    Ok(c.rights
        .iter()
        .map(|r| {
            let (outcome, question) = evaluate(r, facts, on);
            let rule = r.rule_on(on);
            Screened {
                id: r.id.clone(),
                group: r.group.clone(),
                scope: r.scope.clone(),
                mode: r.mode.clone(),
                outcome: outcome.into(),
                todo: todo(outcome, &r.mode).into(),
                question: question
                    .as_ref()
                    .and_then(|q| c.questions.get(q))
                    .map(|t| text(t, lang)),
                question_id: question,
                name: text(&r.name, lang),
                body: text(&r.body, lang),
                what: text(&r.what, lang),
                action: text(&r.action, lang),
                figure: r.figure_on(on).map(|f| FigureView {
                    valid_from: date_str(f.valid_from),
                    text: text(&f.text, lang),
                    source: f.source.clone(),
                    old: on.signed_duration_since(f.valid_from).num_days() > 365,
                }),
                verified: r.verified.clone(),
                checked_on: date_str(r.checked_on),
                sources: r.sources.clone(),
                deadline_days: rule.and_then(|x| x.deadline_days),
                deadline_yearly: rule.and_then(|x| x.deadline_yearly.clone()),
            }
        })
        .collect())
}
