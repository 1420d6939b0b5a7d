//! A person and their household: one required display name, everything else optional.

pub mod commands;

pub mod field;
pub mod nrn;

use crate::store::{params, Db, OptionalExtension, Row};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::audit;
use crate::error::{Error, Result};
use field::present;
pub use field::Field;

pub const RELATIONS: &[&str] = &["partner", "parent", "child", "other"];
pub const LANGUAGES: &[&str] = &["nl", "fr", "de", "en"];

/// What a client sends to create or change a person. For an update, an absent key leaves the
/// value as it is; `null` sets it back to "not asked".
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonDraft {
    #[serde(default)]
    pub id: Option<i64>,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub first_name: Option<Field<String>>,
    #[serde(default, deserialize_with = "present")]
    pub last_name: Option<Field<String>>,
    #[serde(default, deserialize_with = "present")]
    pub birth_date: Option<Field<String>>,
    #[serde(default, deserialize_with = "present")]
    pub nrn: Option<Field<String>>,
    #[serde(default, deserialize_with = "present")]
    pub address: Option<Field<String>>,
    #[serde(default, deserialize_with = "present")]
    pub phone: Option<Field<String>>,
    #[serde(default, deserialize_with = "present")]
    pub email: Option<Field<String>>,
    #[serde(default, deserialize_with = "present")]
    pub language: Option<Field<String>>,
    #[serde(default)]
    pub household: Option<Vec<MemberDraft>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberDraft {
    /// Sent back by clients that edit a loaded household; the list is replaced as a whole.
    #[serde(default)]
    pub id: Option<i64>,
    pub name: String,
    pub relation: String,
    #[serde(default)]
    pub cohabits: Field<bool>,
    #[serde(default)]
    pub minor: Field<bool>,
    /// A minor in the person's care who is not (only) their child: a grandchild, a child
    /// placed with them. For a child, `false` says the child is not in their care.
    #[serde(default)]
    pub in_care: Field<bool>,
}

/// A person as stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Person {
    pub id: i64,
    pub display_name: String,
    pub first_name: Field<String>,
    pub last_name: Field<String>,
    pub birth_date: Field<String>,
    pub nrn: Field<String>,
    pub address: Field<String>,
    pub phone: Field<String>,
    pub email: Field<String>,
    pub language: Field<String>,
    pub household: Vec<Member>,
    pub created_at: String,
    pub updated_at: String,
    /// When the file was closed (`None` while it is open).
    pub closed_on: Option<String>,
    /// The end of the retention period of a closed file; after it, the file is erased.
    pub retention_until: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Member {
    pub id: i64,
    pub name: String,
    pub relation: String,
    pub cohabits: Field<bool>,
    pub minor: Field<bool>,
    pub in_care: Field<bool>,
}

/// One line of a search result.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    pub id: i64,
    pub display_name: String,
    pub first_name: Field<String>,
    pub last_name: Field<String>,
    pub birth_date: Field<String>,
    pub closed_on: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SearchResult {
    pub persons: Vec<Summary>,
    /// How many persons match in all (the list is cut at `limit`).
    pub total: i64,
}

/// Lower case, without diacritics: "Çélïne" → "celine". Used for search and sorting.
pub fn normalize(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

// ---------------------------------------------------------------------------------------
// Validation: every text is trimmed, bounded and free of control characters.

fn clean_text(value: &str, field: &str, max: usize, multiline: bool) -> Result<String> {
    crate::validate::text(value, field, max, multiline)
}

/// An empty answer is "not asked": the worker simply did not fill it in.
fn optional_text(
    f: Field<String>,
    field: &str,
    max: usize,
    multiline: bool,
) -> Result<Field<String>> {
    match f {
        Field::Known(v) => {
            let v = clean_text(&v, field, max, multiline)?;
            Ok(if v.is_empty() {
                Field::NotAsked
            } else {
                Field::Known(v)
            })
        }
        other => Ok(other),
    }
}

fn check_field(name: &str, f: Field<String>) -> Result<Field<String>> {
    let f = match name {
        "address" => optional_text(f, name, 500, true)?,
        "email" => optional_text(f, name, 254, false)?,
        "phone" => optional_text(f, name, 50, false)?,
        _ => optional_text(f, name, 200, false)?,
    };
    let Field::Known(v) = f else { return Ok(f) };
    match name {
        "birth_date" => {
            let d = NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                .map_err(|_| Error::InvalidDate { field: name.into() })?;
            if d > crate::today() {
                return Err(Error::DateInFuture { field: name.into() });
            }
            if d < NaiveDate::from_ymd_opt(1880, 1, 1).unwrap_or(NaiveDate::MIN) {
                return Err(Error::InvalidDate { field: name.into() });
            }
            Ok(Field::Known(d.format("%Y-%m-%d").to_string()))
        }
        "nrn" => Ok(Field::Known(nrn::parse(&v, name)?.digits)),
        "email" => {
            let ok = match v.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains('@')
                        && !v.contains(char::is_whitespace)
                }
                None => false,
            };
            if ok {
                Ok(Field::Known(v))
            } else {
                Err(Error::InvalidEmail { field: name.into() })
            }
        }
        "phone" => {
            if v.chars()
                .all(|c| c.is_ascii_digit() || " +-./()".contains(c))
                && v.chars().any(|c| c.is_ascii_digit())
            {
                Ok(Field::Known(v))
            } else {
                Err(Error::InvalidInput {
                    detail: "phone: only digits, spaces and + - . / ( ) are allowed".into(),
                })
            }
        }
        "language" => {
            if LANGUAGES.contains(&v.as_str()) {
                Ok(Field::Known(v))
            } else {
                Err(Error::InvalidChoice {
                    field: name.into(),
                    value: v,
                })
            }
        }
        _ => Ok(Field::Known(v)),
    }
}

fn check_display_name(v: &str) -> Result<String> {
    let v = clean_text(v, "display_name", 200, false)?;
    if v.is_empty() {
        return Err(Error::Required {
            field: "display_name".into(),
        });
    }
    Ok(v)
}

fn check_member(m: MemberDraft) -> Result<MemberDraft> {
    let name = clean_text(&m.name, "name", 200, false)?;
    if name.is_empty() {
        return Err(Error::Required {
            field: "name".into(),
        });
    }
    if !RELATIONS.contains(&m.relation.as_str()) {
        return Err(Error::InvalidChoice {
            field: "relation".into(),
            value: m.relation,
        });
    }
    Ok(MemberDraft { name, ..m })
}

fn check_household(h: Vec<MemberDraft>) -> Result<Vec<MemberDraft>> {
    if h.len() > 50 {
        return Err(Error::OutOfRange {
            field: "household".into(),
            min: 0,
            max: 50,
        });
    }
    h.into_iter()
        .enumerate()
        .map(|(i, m)| check_member(m).map_err(|e| e.within(&format!("household.{i}"))))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Storage.

const COLUMNS: &str = "id, display_name, first_name, last_name, birth_date, nrn, address, \
                       phone, email, language, created_at, updated_at, closed_on, retention_until";

fn person_from_row(r: &Row) -> crate::error::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        display_name: r.get(1)?,
        first_name: Field::<String>::from_sql(r.get(2)?),
        last_name: Field::<String>::from_sql(r.get(3)?),
        birth_date: Field::<String>::from_sql(r.get(4)?),
        nrn: Field::<String>::from_sql(r.get(5)?),
        address: Field::<String>::from_sql(r.get(6)?),
        phone: Field::<String>::from_sql(r.get(7)?),
        email: Field::<String>::from_sql(r.get(8)?),
        language: Field::<String>::from_sql(r.get(9)?),
        household: Vec::new(),
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
        closed_on: r.get(12)?,
        retention_until: r.get(13)?,
    })
}

pub(crate) fn load(conn: &Db, id: i64) -> Result<Person> {
    let mut person = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM person WHERE id = ?1"),
            [id],
            person_from_row,
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "person".into(),
            id: id.to_string(),
        })?;
    let mut stmt = conn.prepare(
        "SELECT id, name, relation, cohabits, minor, in_care FROM household_member
         WHERE person_id = ?1 ORDER BY position",
    )?;
    person.household = stmt
        .query_map([id], |r| {
            Ok(Member {
                id: r.get(0)?,
                name: r.get(1)?,
                relation: r.get(2)?,
                cohabits: Field::<bool>::from_sql(r.get(3)?),
                minor: Field::<bool>::from_sql(r.get(4)?),
                in_care: Field::<bool>::from_sql(r.get(5)?),
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(person)
}

fn names_of(p: &Person) -> String {
    let mut names = vec![p.display_name.as_str()];
    names.extend(p.first_name.known().map(String::as_str));
    names.extend(p.last_name.known().map(String::as_str));
    normalize(&names.join(" "))
}

/// Writes the name index of a person whose row came in some other way (a hand-over).
pub(crate) fn reindex(conn: &Db, id: i64) -> Result<()> {
    let p = load(conn, id)?;
    let names = names_of(&p);
    index_names(conn, id, &names)
}

/// The vault's trigram index of a person's names (SQLite FTS5). The team store searches
/// `person.search_text` itself, so there is nothing to write there.
fn index_names(conn: &Db, id: i64, names: &str) -> Result<()> {
    if conn.is_team() {
        return Ok(());
    }
    conn.execute("DELETE FROM person_search WHERE rowid = ?1", [id])?;
    conn.execute(
        "INSERT INTO person_search (rowid, names) VALUES (?1, ?2)",
        params![id, names],
    )?;
    Ok(())
}

/// Writes the whole row, the household and the search index of `p`.
/// A person with id 0 is new and gets the next id (never one used before: AUTOINCREMENT).
fn store(conn: &Db, p: &mut Person, household: Option<&[MemberDraft]>) -> Result<()> {
    let search_text = names_of(p);
    conn.execute(
        "INSERT INTO person (id, display_name, first_name, last_name, birth_date, nrn, address,
                             phone, email, language, search_text, sort_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT(id) DO UPDATE SET
            display_name = excluded.display_name, first_name = excluded.first_name,
            last_name = excluded.last_name, birth_date = excluded.birth_date, nrn = excluded.nrn,
            address = excluded.address, phone = excluded.phone, email = excluded.email,
            language = excluded.language, search_text = excluded.search_text,
            sort_key = excluded.sort_key, updated_at = excluded.updated_at",
        params![
            (p.id != 0).then_some(p.id),
            p.display_name,
            p.first_name.to_sql(),
            p.last_name.to_sql(),
            p.birth_date.to_sql(),
            p.nrn.to_sql(),
            p.address.to_sql(),
            p.phone.to_sql(),
            p.email.to_sql(),
            p.language.to_sql(),
            search_text,
            normalize(&p.display_name),
            p.created_at,
            p.updated_at,
        ],
    )?;
    if p.id == 0 {
        p.id = conn.last_insert_rowid()?;
    }
    index_names(conn, p.id, &search_text)?;
    if let Some(members) = household {
        conn.execute("DELETE FROM household_member WHERE person_id = ?1", [p.id])?;
        let mut stmt = conn.prepare(
            "INSERT INTO household_member (person_id, position, name, relation, cohabits, minor,
                                           in_care)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (i, m) in members.iter().enumerate() {
            stmt.execute(params![
                p.id,
                i as i64,
                m.name,
                m.relation,
                m.cohabits.to_sql(),
                m.minor.to_sql(),
                m.in_care.to_sql()
            ])?;
        }
    }
    Ok(())
}

/// A field's name, the value sent (if any) and where it goes.
type FieldChange<'a> = (&'static str, Option<Field<String>>, &'a mut Field<String>);

/// Applies the present keys of `draft` to `p` and lists the names of the fields it changed.
fn apply(p: &mut Person, draft: PersonDraft) -> Result<Vec<&'static str>> {
    let mut changed = Vec::new();
    if let Some(name) = draft.display_name {
        let name = check_display_name(&name)?;
        if name != p.display_name {
            p.display_name = name;
            changed.push("display_name");
        }
    }
    let slots: [FieldChange; 8] = [
        ("first_name", draft.first_name, &mut p.first_name),
        ("last_name", draft.last_name, &mut p.last_name),
        ("birth_date", draft.birth_date, &mut p.birth_date),
        ("nrn", draft.nrn, &mut p.nrn),
        ("address", draft.address, &mut p.address),
        ("phone", draft.phone, &mut p.phone),
        ("email", draft.email, &mut p.email),
        ("language", draft.language, &mut p.language),
    ];
    for (name, new, slot) in slots {
        if let Some(new) = new {
            let new = check_field(name, new)?;
            if new != *slot {
                *slot = new;
                changed.push(name);
            }
        }
    }
    Ok(changed)
}

/// Creates a person. Only the display name is required.
pub fn create(conn: &Db, mut draft: PersonDraft) -> Result<i64> {
    if draft.id.is_some() {
        return Err(Error::InvalidInput {
            detail: "id: a new person gets its id from Tandem; use person.update to change one"
                .into(),
        });
    }
    let Some(display_name) = draft.display_name.take() else {
        return Err(Error::Required {
            field: "display_name".into(),
        });
    };
    let household = check_household(draft.household.take().unwrap_or_default())?;
    let now = crate::now_utc();
    let mut person = Person {
        id: 0,
        display_name: check_display_name(&display_name)?,
        first_name: Field::NotAsked,
        last_name: Field::NotAsked,
        birth_date: Field::NotAsked,
        nrn: Field::NotAsked,
        address: Field::NotAsked,
        phone: Field::NotAsked,
        email: Field::NotAsked,
        language: Field::NotAsked,
        household: Vec::new(),
        created_at: now.clone(),
        updated_at: now,
        closed_on: None,
        retention_until: None,
    };
    let mut fields = apply(&mut person, draft)?;
    fields.insert(0, "display_name");
    let tx = conn.transaction()?;
    store(&tx, &mut person, Some(&household))?;
    audit::append(
        &tx,
        "person.create",
        Some(person.id),
        &json!({"fields": fields, "household_members": household.len()}),
    )?;
    tx.commit()?;
    Ok(person.id)
}

/// Reads a person's dossier; the read is recorded in the audit trail.
pub fn get(conn: &Db, id: i64) -> Result<Person> {
    let tx = conn.transaction()?;
    let person = load(&tx, id)?;
    audit::append(&tx, "person.read", Some(id), &json!({}))?;
    tx.commit()?;
    Ok(person)
}

/// Changes the keys present in `draft`; `household`, when present, replaces the list.
pub fn update(conn: &Db, mut draft: PersonDraft) -> Result<Person> {
    let Some(id) = draft.id else {
        return Err(Error::Required { field: "id".into() });
    };
    let household = draft.household.take().map(check_household).transpose()?;
    let tx = conn.transaction()?;
    let mut person = load(&tx, id)?;
    let mut changed = apply(&mut person, draft)?;
    if household.is_some() {
        changed.push("household");
    }
    if !changed.is_empty() {
        person.updated_at = crate::now_utc();
        store(&tx, &mut person, household.as_deref())?;
        audit::append(
            &tx,
            "person.update",
            Some(id),
            &json!({ "fields": changed }),
        )?;
    }
    let person = load(&tx, id)?;
    tx.commit()?;
    Ok(person)
}

fn fts_phrase(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

/// The words of a name query as the store looks them up: in the vault, words of three
/// characters or more go through the trigram index (as FTS5 phrases) and shorter ones filter
/// the candidates (or, alone, scan the names, which stays fast at 10,000 persons). The team
/// store matches every word in `search_text` itself.
fn split_words<'a>(conn: &Db, words: &[&'a str]) -> (Vec<String>, Vec<&'a str>) {
    if conn.is_team() {
        return (Vec::new(), words.to_vec());
    }
    let long = words
        .iter()
        .filter(|w| w.chars().count() >= 3)
        .map(|w| fts_phrase(w))
        .collect();
    let short = words
        .iter()
        .filter(|w| w.chars().count() < 3)
        .copied()
        .collect();
    (long, short)
}

/// The SQL condition that person `p` has every word of `normalized` (see [`normalize`]) in
/// their names, as `search` finds them (trigram index for words of three characters or
/// more), with its arguments numbered from `?{first}`. `None` for an empty query.
pub(crate) fn name_condition(
    conn: &Db,
    normalized: &str,
    first: usize,
) -> Option<(String, Vec<String>)> {
    let words: Vec<&str> = normalized.split_whitespace().collect();
    let (long, short) = split_words(conn, &words);
    let mut conds = Vec::new();
    let mut args = Vec::new();
    if !long.is_empty() {
        args.push(long.join(" AND "));
        conds.push(format!(
            "p.id IN (SELECT rowid FROM person_search WHERE person_search MATCH ?{})",
            first + args.len() - 1
        ));
    }
    for w in short {
        args.push(w.to_string());
        conds.push(format!(
            "instr(p.search_text, ?{}) > 0",
            first + args.len() - 1
        ));
    }
    if conds.is_empty() {
        None
    } else {
        Some((format!("({})", conds.join(" AND ")), args))
    }
}

/// Finds persons whose display, first or last name contains every word of `query`
/// (case and accents ignored). An empty query lists everyone by name.
pub fn search(conn: &Db, query: &str, limit: Option<i64>) -> Result<SearchResult> {
    let query = clean_text(query, "query", 200, false)?;
    let limit = limit.unwrap_or(200);
    if !(1..=10_000).contains(&limit) {
        return Err(Error::OutOfRange {
            field: "limit".into(),
            min: 1,
            max: 10_000,
        });
    }
    let norm = normalize(&query);
    let words: Vec<&str> = norm.split_whitespace().collect();
    let (long, short) = split_words(conn, &words);
    let mut sql = String::from("FROM person p");
    let mut args: Vec<String> = Vec::new();
    let mut conds: Vec<String> = Vec::new();
    if !long.is_empty() {
        sql.push_str(" JOIN person_search s ON s.rowid = p.id");
        args.push(long.join(" AND "));
        conds.push(format!("person_search MATCH ?{}", args.len()));
    }
    for w in short {
        args.push(w.to_string());
        conds.push(format!("instr(p.search_text, ?{}) > 0", args.len()));
    }
    if !conds.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&conds.join(" AND "));
    }
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) {sql}"),
        crate::store::params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(&format!(
        "SELECT p.id, p.display_name, p.first_name, p.last_name, p.birth_date, p.closed_on {sql}
         ORDER BY p.sort_key, p.id LIMIT {limit}"
    ))?;
    let persons = stmt
        .query_map(crate::store::params_from_iter(args.iter()), |r| {
            Ok(Summary {
                id: r.get(0)?,
                display_name: r.get(1)?,
                first_name: Field::<String>::from_sql(r.get(2)?),
                last_name: Field::<String>::from_sql(r.get(3)?),
                birth_date: Field::<String>::from_sql(r.get(4)?),
                closed_on: r.get(5)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(SearchResult { persons, total })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_strips_accents_and_case() {
        assert_eq!(
            normalize("Çélïne VAN DËR Straeten"),
            "celine van der straeten"
        );
    }

    #[test]
    fn empty_optional_text_is_not_asked() {
        assert_eq!(
            check_field("phone", Field::Known("  ".into())).unwrap(),
            Field::NotAsked
        );
        assert_eq!(
            check_field("phone", Field::Unknown).unwrap(),
            Field::Unknown
        );
    }

    #[test]
    fn field_checks() {
        assert!(check_field("email", Field::Known("a@b.be".into())).is_ok());
        assert_eq!(
            check_field("email", Field::Known("a@b".into())).unwrap_err(),
            Error::InvalidEmail {
                field: "email".into()
            }
        );
        assert_eq!(
            check_field("birth_date", Field::Known("2001-02-30".into())).unwrap_err(),
            Error::InvalidDate {
                field: "birth_date".into()
            }
        );
        assert_eq!(
            check_field("birth_date", Field::Known("2999-01-01".into())).unwrap_err(),
            Error::DateInFuture {
                field: "birth_date".into()
            }
        );
        assert_eq!(
            check_field("language", Field::Known("es".into())).unwrap_err(),
            Error::InvalidChoice {
                field: "language".into(),
                value: "es".into()
            }
        );
        assert_eq!(
            check_field("nrn", Field::Known("93.05.18-223.61".into())).unwrap(),
            Field::Known("93051822361".into())
        );
        assert!(check_field("first_name", Field::Known("a\u{0}b".into())).is_err());
        assert!(check_field("address", Field::Known("Street 1\n1000 Brussel".into())).is_ok());
    }
}
