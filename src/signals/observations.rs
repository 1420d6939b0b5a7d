//! Structural observations: what the worker sees across files, in their words, refused while it names anyone in the vault.

use crate::store::{params, Db, OptionalExtension};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Period;
use crate::audit;
use crate::error::{Error, Result};
use crate::person::normalize;

/// The themes an observation is filed under.
pub const THEMES: [&str; 9] = [
    "housing",
    "energy",
    "debt",
    "health",
    "administration",
    "work",
    "income_adequacy",
    "discrimination",
    "other",
];

/// The longest observation, in characters.
pub const MAX_TEXT: usize = 4000;
/// The most situations one observation can speak for.
pub const MAX_SITUATIONS: u32 = 100_000;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewObservation {
    pub theme: String,
    pub text: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub situations: u32,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Observation {
    pub id: i64,
    pub theme: String,
    pub text: String,
    pub from: String,
    pub to: String,
    pub situations: u32,
    pub created_at: String,
}

/// Something in a text that identifies a person of the vault: what kind, and the words found.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Match {
    /// `name`, `nrn`, `address` or `phone`.
    pub kind: String,
    /// The words as they stand in the text, to be removed.
    pub found: String,
}

/// Words of a text, normalised (lower case, no diacritics), with where each stands.
fn words(text: &str) -> Vec<(String, &str)> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| (normalize(w), w))
        .collect()
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Every name, national register number, address and phone number of the vault that `text`
/// contains. Names are matched as whole words (of 3 letters or more, accents and case left
/// aside); numbers by their digits, whatever separates them; an address by its street part.
/// Any 11 digits in a row are also refused: they may be a national register number of
/// someone who is not in the vault.
pub fn identity_scan(conn: &Db, text: &str) -> Result<Vec<Match>> {
    let mut found: Vec<Match> = Vec::new();
    let mut push = |kind: &str, what: &str| {
        let m = Match {
            kind: kind.into(),
            found: what.to_string(),
        };
        if !found.contains(&m) {
            found.push(m);
        }
    };
    let text_words = words(text);
    let text_digits = digits(text);
    let mut names = conn.prepare(
        "SELECT display_name FROM person
         UNION SELECT first_name FROM person WHERE first_name IS NOT NULL
         UNION SELECT last_name FROM person WHERE last_name IS NOT NULL
         UNION SELECT name FROM household_member",
    )?;
    let names: Vec<String> = names
        .query_map([], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    for name in names {
        for (part, _) in words(&name) {
            if part.chars().count() < 3 {
                continue;
            }
            for (w, original) in &text_words {
                if *w == part {
                    push("name", original);
                }
            }
        }
    }
    let mut numbers = conn.prepare(
        "SELECT 'nrn', nrn FROM person WHERE nrn IS NOT NULL AND nrn <> ''
         UNION ALL SELECT 'phone', phone FROM person WHERE phone IS NOT NULL AND phone <> ''",
    )?;
    let numbers: Vec<(String, String)> = numbers
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    for (kind, number) in numbers {
        let d = digits(&number);
        // A phone number's last 8 digits (without the country or trunk prefix) are enough.
        let key = if kind == "phone" && d.len() > 8 {
            &d[d.len() - 8..]
        } else {
            &d[..]
        };
        if key.len() >= 6 && text_digits.contains(key) {
            push(&kind, &number);
        }
    }
    let mut run = String::new();
    for c in text.chars().chain(Some(' ')) {
        if c.is_ascii_digit() {
            run.push(c);
        } else if matches!(c, '.' | '-' | ' ' | '/') && !run.is_empty() {
            continue;
        } else {
            if run.len() == 11 {
                push("nrn", &run);
            }
            run.clear();
        }
        if run.len() > 11 {
            run.clear();
        }
    }
    let mut addresses = conn.prepare("SELECT address FROM person WHERE address IS NOT NULL")?;
    let addresses: Vec<String> = addresses
        .query_map([], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    let flat = normalize(text);
    for address in addresses {
        // The street and number: the part before the first comma or line break.
        let street = address.split([',', '\n']).next().unwrap_or("").trim();
        let street = normalize(street);
        if street.chars().count() >= 5 && flat.contains(&street) {
            push("address", &address);
        }
    }
    Ok(found)
}

fn check(o: &NewObservation) -> Result<(String, String)> {
    if !THEMES.contains(&o.theme.as_str()) {
        return Err(Error::InvalidChoice {
            field: "theme".into(),
            value: o.theme.clone(),
        });
    }
    Period::new(o.from, o.to)?;
    if o.situations == 0 || o.situations > MAX_SITUATIONS {
        return Err(Error::OutOfRange {
            field: "situations".into(),
            min: 1,
            max: i64::from(MAX_SITUATIONS),
        });
    }
    let text = crate::validate::required(&o.text, "text", MAX_TEXT, true)?;
    Ok((o.theme.clone(), text))
}

/// Records an observation, or refuses it with what in it identifies someone
/// (`observation-identifies`, listing the kinds found; `signals.scan` lists the words).
pub fn add(conn: &Db, o: NewObservation) -> Result<Observation> {
    let (theme, text) = check(&o)?;
    let matches = identity_scan(conn, &text)?;
    if !matches.is_empty() {
        return Err(Error::ObservationIdentifies {
            count: matches.len(),
        });
    }
    let tx = conn.transaction()?;
    let now = crate::now_utc();
    tx.execute(
        "INSERT INTO signal_observation (theme, text, period_from, period_to, situations, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![theme, text, o.from.to_string(), o.to.to_string(), o.situations, now],
    )?;
    let id = tx.last_insert_rowid()?;
    audit::append(
        &tx,
        "signals.observation.add",
        None,
        &serde_json::json!({ "id": id, "theme": theme }),
    )?;
    tx.commit()?;
    get(conn, id)
}

fn get(conn: &Db, id: i64) -> Result<Observation> {
    conn.query_row(
        "SELECT id, theme, text, period_from, period_to, situations, created_at
         FROM signal_observation WHERE id = ?1",
        [id],
        row,
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: "observation".into(),
        id: id.to_string(),
    })
}

fn row(r: &crate::store::Row) -> crate::error::Result<Observation> {
    Ok(Observation {
        id: r.get(0)?,
        theme: r.get(1)?,
        text: r.get(2)?,
        from: r.get(3)?,
        to: r.get(4)?,
        situations: r.get(5)?,
        created_at: r.get(6)?,
    })
}

/// The observations whose period meets `period`, oldest first.
pub fn list(conn: &Db, period: &Period) -> Result<Vec<Observation>> {
    let mut stmt = conn.prepare(
        "SELECT id, theme, text, period_from, period_to, situations, created_at
         FROM signal_observation WHERE period_from <= ?2 AND period_to >= ?1
         ORDER BY period_from, id",
    )?;
    let rows = stmt
        .query_map(params![period.from.to_string(), period.to.to_string()], row)?
        .collect::<std::result::Result<_, _>>()?;
    Ok(rows)
}

/// Removes an observation (audited).
pub fn remove(conn: &Db, id: i64) -> Result<()> {
    get(conn, id)?;
    let tx = conn.transaction()?;
    tx.execute("DELETE FROM signal_observation WHERE id = ?1", [id])?;
    audit::append(
        &tx,
        "signals.observation.remove",
        None,
        &serde_json::json!({ "id": id }),
    )?;
    tx.commit()?;
    Ok(())
}
