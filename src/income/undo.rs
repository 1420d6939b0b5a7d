//! The undo of a request's last change: each change of a request records, in its own
//! transaction, what it replaced; `request.undo` puts the newest back (audited like any change).

use crate::store::Value as Sql;
use crate::store::{params, params_from_iter, Db, OptionalExtension};
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::error::{Error, Result};

/// How many changes of one request can be undone, newest first.
pub const KEPT: i64 = 50;

/// The lines of a request a change adds or removes (and an undo removes or puts back).
const LINES: [&str; 3] = ["income_evidence", "income_visit", "income_resource"];

/// The request's own columns a change may set (and an undo set back).
const REQUEST_COLUMNS: [&str; 14] = [
    "received_on",
    "kind",
    "other_label",
    "received_by",
    "receipt_given_on",
    "hearing_notice_given_on",
    "withdrawn_on",
    "socio_professional_exemption",
    "sp_shortage_months",
    "sp_months_elsewhere",
    "category",
    "category_reason",
    "override_yearly_cents",
    "override_motivation",
];

/// The change an undo would put back, as the window names it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Last {
    /// The command of the change (`condition.set`, `evidence.add`, `category.set`, ...).
    pub action: String,
    /// The condition it was about, when it was about one.
    pub condition: Option<String>,
    /// When it was made (UTC).
    pub at: String,
}

fn known<'a>(list: &[&'a str], name: &str) -> Result<&'a str> {
    list.iter()
        .copied()
        .find(|c| *c == name)
        .ok_or_else(|| Error::Storage {
            detail: format!("undo: unknown column or table {name:?}"),
        })
}

fn to_json(v: Sql) -> Value {
    match v {
        Sql::Null => Value::Null,
        Sql::Integer(i) => json!(i),
        Sql::Real(f) => json!(f),
        Sql::Text(t) => json!(t),
        // No line of a request holds a blob; kept as null rather than guessed.
        Sql::Blob(_) => Value::Null,
    }
}

fn to_sql(v: &Value) -> Sql {
    match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Sql::Text(s.clone()),
        other => Sql::Text(other.to_string()),
    }
}

/// The request's `columns` as they are now.
pub(crate) fn request_columns(conn: &Db, id: i64, columns: &[&str]) -> Result<Value> {
    let mut out = Map::new();
    for c in columns {
        let c = known(&REQUEST_COLUMNS, c)?;
        let v = conn.query_row(
            &format!("SELECT {c} FROM income_request WHERE id = ?1"),
            [id],
            |r| Ok(to_json(r.value(0)?)),
        )?;
        out.insert(c.to_string(), v);
    }
    Ok(Value::Object(out))
}

/// A condition's finding, explanation and details as they are now.
pub(crate) fn condition(conn: &Db, request_id: i64, condition: &str) -> Result<Value> {
    conn.query_row(
        "SELECT finding, explanation, detail FROM income_condition
         WHERE request_id = ?1 AND condition = ?2",
        params![request_id, condition],
        |r| {
            Ok(json!({
                "condition": condition,
                "finding": r.get::<_, String>(0)?,
                "explanation": r.get::<_, String>(1)?,
                "detail": r.get::<_, String>(2)?,
            }))
        },
    )
}

/// A line of a request, every column, as it is now.
pub(crate) fn line(conn: &Db, table: &str, id: i64) -> Result<Map<String, Value>> {
    let table = known(&LINES, table)?;
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table} WHERE id = ?1"))?;
    let names: Vec<String> = stmt.column_names()?;
    let row = stmt
        .query_row([id], |r| {
            let mut m = Map::new();
            for (i, n) in names.iter().enumerate() {
                m.insert(n.clone(), to_json(r.value(i)?));
            }
            Ok(m)
        })
        .optional()?;
    row.ok_or_else(|| Error::NotFound {
        what: table.into(),
        id: id.to_string(),
    })
}

/// Records what a change of `request_id` replaced (`before`), unless it changed nothing
/// (`before == after`). Keeps the newest [`KEPT`] entries of the request.
pub(crate) fn record(
    conn: &Db,
    request_id: i64,
    action: &str,
    before: Value,
    after: Option<&Value>,
) -> Result<()> {
    if after.is_some_and(|a| strip(a) == strip(&before)) {
        return Ok(());
    }
    conn.execute(
        "INSERT INTO income_undo (request_id, action, before, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![request_id, action, before.to_string(), crate::now_utc()],
    )?;
    conn.execute(
        "DELETE FROM income_undo WHERE request_id = ?1 AND id NOT IN
           (SELECT id FROM income_undo WHERE request_id = ?1 ORDER BY id DESC LIMIT ?2)",
        params![request_id, KEPT],
    )?;
    Ok(())
}

/// The part of a record that says what was there (its kind tag left out).
fn strip(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("kind");
    }
    v
}

/// What a change of request columns replaced.
pub(crate) fn request_before(columns: Value) -> Value {
    json!({"kind": "request", "columns": columns})
}

/// What a change of a condition replaced.
pub(crate) fn condition_before(row: Value) -> Value {
    json!({"kind": "condition", "row": row})
}

/// A line that was added: undone by removing it (when it is still as it was added).
pub(crate) fn added(table: &str, row: Map<String, Value>) -> Value {
    json!({"kind": "added", "table": table, "row": row})
}

/// A line that was removed: undone by putting it back.
pub(crate) fn removed(table: &str, row: Map<String, Value>) -> Value {
    json!({"kind": "removed", "table": table, "row": row})
}

/// The newest change of the request that can be undone.
pub fn last(conn: &Db, request_id: i64) -> Result<Option<Last>> {
    let row = conn
        .query_row(
            "SELECT action, before, created_at FROM income_undo
             WHERE request_id = ?1 ORDER BY id DESC LIMIT 1",
            [request_id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            },
        )
        .optional()?;
    Ok(row.map(|(action, before, at)| Last {
        condition: about(&before),
        action,
        at,
    }))
}

/// The condition a record is about (a condition's change, or a line of evidence).
fn about(before: &str) -> Option<String> {
    let v: Value = serde_json::from_str(before).ok()?;
    v["row"]["condition"].as_str().map(str::to_string)
}

/// The newest entry of the request: (id, action, record).
pub(crate) fn newest(conn: &Db, request_id: i64) -> Result<(i64, String, Value)> {
    let (id, action, before): (i64, String, String) = conn
        .query_row(
            "SELECT id, action, before FROM income_undo
             WHERE request_id = ?1 ORDER BY id DESC LIMIT 1",
            [request_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?
        .ok_or(Error::NothingToUndo)?;
    let before = serde_json::from_str(&before).map_err(|e| Error::Storage {
        detail: format!("undo record: {e}"),
    })?;
    Ok((id, action, before))
}

/// The columns of a line compared when undoing its addition: all but its own id and its
/// request (which a hand-over renumbers).
fn content(row: &Map<String, Value>) -> Map<String, Value> {
    row.iter()
        .filter(|(k, _)| k.as_str() != "id" && k.as_str() != "request_id")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Whether a record can still be put back: a line added is removed only while it is still the
/// line that was added (same request, same content), never another line that took its id.
pub(crate) fn applicable(conn: &Db, request_id: i64, before: &Value) -> bool {
    if before["kind"].as_str() != Some("added") {
        return true;
    }
    let (Some(table), Some(row)) = (before["table"].as_str(), before["row"].as_object()) else {
        return false;
    };
    let Some(id) = row.get("id").and_then(Value::as_i64) else {
        return false;
    };
    line(conn, table, id).is_ok_and(|n| {
        n.get("request_id").and_then(Value::as_i64) == Some(request_id)
            && content(&n) == content(row)
    })
}

/// Forgets an entry that can no longer be put back.
pub(crate) fn forget(conn: &Db, entry_id: i64) -> Result<()> {
    conn.execute("DELETE FROM income_undo WHERE id = ?1", [entry_id])?;
    Ok(())
}

/// Puts back what entry `entry_id` (a record of `request_id`) replaced, and removes the entry.
/// Refuses (nothing changed) when the line it would remove is no longer as it was added.
pub(crate) fn apply(conn: &Db, request_id: i64, entry_id: i64, before: &Value) -> Result<()> {
    let stale = || Error::NothingToUndo;
    match before["kind"].as_str() {
        Some("request") => {
            let columns = before["columns"].as_object().ok_or_else(stale)?;
            for (c, v) in columns {
                let c = known(&REQUEST_COLUMNS, c)?;
                conn.execute(
                    &format!("UPDATE income_request SET {c} = ?1 WHERE id = ?2"),
                    params![to_sql(v), request_id],
                )?;
            }
        }
        Some("condition") => {
            let row = &before["row"];
            let condition = row["condition"].as_str().ok_or_else(stale)?;
            conn.execute(
                "UPDATE income_condition SET finding = ?1, explanation = ?2, detail = ?3
                 WHERE request_id = ?4 AND condition = ?5",
                params![
                    row["finding"].as_str().ok_or_else(stale)?,
                    row["explanation"].as_str().unwrap_or(""),
                    row["detail"].as_str().unwrap_or("{}"),
                    request_id,
                    condition
                ],
            )?;
        }
        Some("added") => {
            if !applicable(conn, request_id, before) {
                return Err(stale());
            }
            let table = known(&LINES, before["table"].as_str().unwrap_or(""))?;
            let id = before["row"]["id"].as_i64().ok_or_else(stale)?;
            conn.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])?;
        }
        Some("removed") => {
            let table = known(&LINES, before["table"].as_str().unwrap_or(""))?;
            let row = before["row"].as_object().ok_or_else(stale)?;
            // The columns the table has now (a record never names another one), without the
            // line's old id (a new one is given) and with this request.
            let columns: Vec<String> = conn.columns(table)?.into_iter().map(|c| c.name).collect();
            let mut names = vec!["request_id".to_string()];
            let mut values = vec![Sql::Integer(request_id)];
            for c in columns {
                if c == "id" || c == "request_id" {
                    continue;
                }
                if let Some(v) = row.get(&c) {
                    values.push(to_sql(v));
                    names.push(c);
                }
            }
            let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
            conn.execute(
                &format!(
                    "INSERT INTO {table} ({}) VALUES ({})",
                    names.join(", "),
                    marks.join(", ")
                ),
                params_from_iter(values),
            )?;
        }
        _ => return Err(stale()),
    }
    conn.execute("DELETE FROM income_undo WHERE id = ?1", [entry_id])?;
    Ok(())
}
