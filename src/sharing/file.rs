//! A person's whole file, found from the schema itself: every table that reaches `person`
//! through foreign keys, dumped and restored column by column (export, hand-over, erasure).

use std::collections::BTreeMap;

use crate::store::quoted;
use crate::store::Value as Sql;
use crate::store::{params_from_iter, Db};
use base64::Engine;
use serde_json::{json, Map, Value};

use crate::error::{Error, Result};

/// Tables that hold no personal data, or only data derived from a table that is exported:
/// everything else in the schema must belong to the person tree (a test holds this).
pub const NOT_PERSONAL: &[&str] = &[
    "profile",            // the worker and the OCMW
    "amount_row",         // the legal amounts
    "audit_head",         // the last hash of the chain
    "erasing",            // empty outside an erasure
    "person_search",      // the name index, derived from person (and its FTS shadow tables)
    "imported_bundle",    // ids of hand-over bundles imported, without any person
    "vault_sealed",       // when the vault was first sealed
    "signal_observation", // about no one: checked against every name and number before saved
    "caseload_file",      // derived from the person's request tables (`caseload::refresh`)
    "caseload_stale",     // ids of persons whose caseload row is to be recomputed
    "team_link",          // the team store this worker logs in to
];

/// One table of the person's file and how its rows are reached from the person.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    /// All columns, in schema order.
    pub columns: Vec<String>,
    /// Foreign keys into the person tree: (column, parent table, parent column).
    pub links: Vec<(String, String, String)>,
    /// The `INTEGER PRIMARY KEY` column that is the row's own id (not a link), if any.
    pub own_id: Option<String>,
    /// `WHERE` clause selecting the person's rows, with `?1` = the person id.
    pub filter: String,
}

/// Every ordinary table of the schema (the name search's index tables excluded), in the
/// order they were created (which is also a good order to read a file in).
pub fn all_tables(conn: &Db) -> Result<Vec<String>> {
    Ok(conn
        .tables()?
        .into_iter()
        .filter(|t| !t.starts_with("person_search"))
        .collect())
}

/// The tables of a person's file, parents before children (the order to insert them in).
pub fn tables(conn: &Db) -> Result<Vec<Table>> {
    struct Raw {
        columns: Vec<(String, String, i64)>, // name, type, pk position
        fks: Vec<(String, String, String)>,  // column, parent, parent column
        required: Vec<String>,               // the NOT NULL columns
    }
    let names = all_tables(conn)?;
    let mut raw: BTreeMap<String, Raw> = BTreeMap::new();
    for t in names.iter().cloned() {
        let described = conn.columns(&t)?;
        let required = described
            .iter()
            .filter(|c| c.not_null)
            .map(|c| c.name.clone())
            .collect();
        let columns = described
            .into_iter()
            .map(|c| (c.name, c.decl_type, c.pk))
            .collect();
        let fks = conn
            .foreign_keys(&t)?
            .into_iter()
            .map(|k| (k.column, k.table, k.to))
            .collect();
        raw.insert(
            t,
            Raw {
                columns,
                fks,
                required,
            },
        );
    }
    // Breadth-first from `person`: a table joins once one of its parents is in the tree;
    // its filter goes through the first such parent (the shortest path), by a link that is
    // never empty when the table has one: a row whose optional link is empty (a period that
    // no revision made) must still belong to the file. Only when no table can join by such
    // a link does an optional link let one in.
    let mut out: Vec<Table> = Vec::new();
    let mut filters: BTreeMap<String, String> = BTreeMap::new();
    filters.insert("person".into(), "\"id\" = ?1".into());
    let mut order = vec!["person".to_string()];
    let mut optional_links = false;
    loop {
        let mut added = false;
        for name in &names {
            let r = &raw[name];
            if filters.contains_key(name) {
                continue;
            }
            if let Some((col, parent, pcol)) = r.fks.iter().find(|(c, p, _)| {
                filters.contains_key(p) && (optional_links || r.required.contains(c))
            }) {
                let f = format!(
                    "{} IN (SELECT {} FROM {} WHERE {})",
                    quoted(col),
                    quoted(pcol),
                    quoted(parent),
                    filters[parent]
                );
                filters.insert(name.clone(), f);
                order.push(name.clone());
                added = true;
            }
        }
        if added {
            optional_links = false;
        } else if !optional_links {
            optional_links = true;
        } else {
            break;
        }
    }
    // Insertion order: a table comes after every table of the tree it links to.
    let mut placed: Vec<String> = Vec::new();
    while placed.len() < order.len() {
        let next = order.iter().find(|n| {
            !placed.contains(n)
                && raw[*n]
                    .fks
                    .iter()
                    .all(|(_, p, _)| p == *n || !filters.contains_key(p) || placed.contains(p))
        });
        match next {
            Some(n) => placed.push(n.clone()),
            None => {
                return Err(Error::VaultCorrupt {
                    detail: "the tables of a file link to each other in a circle".into(),
                })
            }
        }
    }
    for name in placed {
        let r = &raw[&name];
        let links: Vec<(String, String, String)> = r
            .fks
            .iter()
            .filter(|(_, p, _)| filters.contains_key(p))
            .cloned()
            .collect();
        let pk: Vec<&(String, String, i64)> = r.columns.iter().filter(|c| c.2 > 0).collect();
        let own_id = match pk.as_slice() {
            [(col, ty, _)]
                if ty.eq_ignore_ascii_case("INTEGER") && !links.iter().any(|l| &l.0 == col) =>
            {
                Some(col.clone())
            }
            _ => None,
        };
        out.push(Table {
            columns: r.columns.iter().map(|c| c.0.clone()).collect(),
            links,
            own_id,
            filter: filters[&name].clone(),
            name,
        });
    }
    Ok(out)
}

/// A stored value as JSON: text and numbers as they are, a blob as `{"base64": "…"}`.
pub fn to_json(v: Sql) -> Value {
    match v {
        Sql::Null => Value::Null,
        Sql::Integer(i) => json!(i),
        Sql::Real(f) => json!(f),
        Sql::Text(t) => Value::String(t),
        Sql::Blob(b) => {
            json!({ "base64": base64::engine::general_purpose::STANDARD.encode(b) })
        }
    }
}

fn from_json(v: &Value, what: &str) -> Result<Sql> {
    let bad = || Error::HandoverFormat {
        detail: format!("{what}: a value of an unknown kind"),
    };
    Ok(match v {
        Value::Null => Sql::Null,
        Value::String(s) => Sql::Text(s.clone()),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(n.as_f64().ok_or_else(bad)?),
        },
        Value::Object(o) => match (o.len(), o.get("base64").and_then(Value::as_str)) {
            (1, Some(b)) => Sql::Blob(
                base64::engine::general_purpose::STANDARD
                    .decode(b)
                    .map_err(|_| bad())?,
            ),
            _ => return Err(bad()),
        },
        _ => return Err(bad()),
    })
}

/// The rows of one table, each an object of all its columns.
pub type Rows = Vec<Map<String, Value>>;

/// Every row of the person's file, table by table (tables in insertion order, rows by
/// their first column), each row as an object of all its columns.
pub fn dump(conn: &Db, person_id: i64) -> Result<Vec<(String, Rows)>> {
    let mut out = Vec::new();
    for t in tables(conn)? {
        let cols: Vec<String> = t.columns.iter().map(|c| quoted(c)).collect();
        let sql = format!(
            "SELECT {} FROM {} WHERE {} ORDER BY {}",
            cols.join(", "),
            quoted(&t.name),
            t.filter,
            cols.join(", ")
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut q = stmt.query([person_id])?;
        let mut rows = Vec::new();
        while let Some(r) = q.next()? {
            let mut row = Map::new();
            for (i, c) in t.columns.iter().enumerate() {
                row.insert(c.clone(), to_json(r.value(i)?));
            }
            rows.push(row);
        }
        out.push((t.name, rows));
    }
    Ok(out)
}

/// Inserts a dumped file as a new person of this vault: own ids are given anew and every
/// link follows them. Runs inside the caller's transaction; returns the new person id.
/// Refuses tables or columns this vault does not know.
pub fn restore(conn: &Db, file: &Map<String, Value>) -> Result<i64> {
    let tables = tables(conn)?;
    for name in file.keys() {
        if !tables.iter().any(|t| &t.name == name) {
            return Err(Error::HandoverFormat {
                detail: format!(
                    "unknown table {}",
                    name.chars().take(60).collect::<String>()
                ),
            });
        }
    }
    let mut ids: BTreeMap<String, BTreeMap<i64, i64>> = BTreeMap::new();
    let mut person_id = None;
    for t in &tables {
        let Some(rows) = file.get(&t.name) else {
            continue;
        };
        let rows = rows.as_array().ok_or_else(|| Error::HandoverFormat {
            detail: format!("{}: not a list of rows", t.name),
        })?;
        if t.name == "person" && rows.len() != 1 {
            return Err(Error::HandoverFormat {
                detail: "a hand-over holds exactly one person".into(),
            });
        }
        for row in rows {
            let row = row.as_object().ok_or_else(|| Error::HandoverFormat {
                detail: format!("{}: a row is not an object", t.name),
            })?;
            let mut cols = Vec::new();
            let mut vals = Vec::new();
            let mut old_id = None;
            for (c, v) in row {
                if !t.columns.contains(c) {
                    return Err(Error::HandoverFormat {
                        detail: format!(
                            "unknown column {}.{}",
                            t.name,
                            c.chars().take(60).collect::<String>()
                        ),
                    });
                }
                if Some(c) == t.own_id.as_ref() {
                    old_id = v.as_i64();
                    continue;
                }
                let mut value = from_json(v, &format!("{}.{c}", t.name))?;
                // A link left empty (a period that no revision made) stays empty.
                let link = t.links.iter().find(|l| &l.0 == c && value != Sql::Null);
                if let Some((_, parent, _)) = link {
                    let Sql::Integer(old) = value else {
                        return Err(Error::HandoverFormat {
                            detail: format!("{}.{c}: a link that is not a number", t.name),
                        });
                    };
                    let new = ids.get(parent).and_then(|m| m.get(&old)).ok_or_else(|| {
                        Error::HandoverFormat {
                            detail: format!(
                                "{}.{c}: links to a row that is not in the file",
                                t.name
                            ),
                        }
                    })?;
                    value = Sql::Integer(*new);
                }
                cols.push(quoted(c));
                vals.push(value);
            }
            let marks: Vec<String> = (1..=vals.len()).map(|i| format!("?{i}")).collect();
            conn.execute(
                &format!(
                    "INSERT INTO {} ({}) VALUES ({})",
                    quoted(&t.name),
                    cols.join(", "),
                    marks.join(", ")
                ),
                params_from_iter(vals.iter()),
            )
            .map_err(|e| match e {
                // A value the schema refuses (a CHECK, NOT NULL or UNIQUE rule): the bundle
                // is at fault, not the vault.
                Error::Constraint { .. } => Error::HandoverFormat {
                    detail: format!("{}: a value this vault does not accept", t.name),
                },
                other => other,
            })?;
            let new_id = conn.last_insert_rowid()?;
            if let Some(old) = old_id {
                ids.entry(t.name.clone()).or_default().insert(old, new_id);
            }
            if t.name == "person" {
                person_id = Some(new_id);
            }
        }
    }
    person_id.ok_or_else(|| Error::HandoverFormat {
        detail: "the file holds no person".into(),
    })
}
