//! Append-only, hash-chained audit trail: every read of a dossier, every change, export or share.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::Result;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn entry_hash(
    id: i64,
    at: &str,
    action: &str,
    person_id: Option<i64>,
    detail: &str,
    prev: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [
        id.to_string().as_str(),
        at,
        action,
        &person_id.map(|p| p.to_string()).unwrap_or_default(),
        detail,
        prev,
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Appends one entry. Call it inside the transaction of the change it records, so that the
/// change and its trace land together or not at all.
pub fn append(
    conn: &Connection,
    action: &str,
    person_id: Option<i64>,
    detail: &serde_json::Value,
) -> Result<()> {
    let head: Option<(i64, String)> = conn
        .query_row(
            "SELECT last_id, last_hash FROM audit_head WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (id, prev) = match head {
        Some((last, hash)) => (last + 1, hash),
        None => (1, GENESIS.to_string()),
    };
    let at = crate::now_utc();
    let detail = detail.to_string();
    let hash = entry_hash(id, &at, action, person_id, &detail, &prev);
    conn.execute(
        "INSERT INTO audit (id, at, action, person_id, detail, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, at, action, person_id, detail, prev, hash],
    )?;
    conn.execute(
        "INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?1, ?2)
         ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash",
        params![id, hash],
    )?;
    Ok(())
}

/// One audit entry as shown to the worker or exported to the person.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub action: String,
    pub person_id: Option<i64>,
    pub detail: serde_json::Value,
}

/// The entries about one person, oldest first.
pub fn for_person(conn: &Connection, person_id: i64) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, action, person_id, detail FROM audit WHERE person_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([person_id], |r| {
        let detail: String = r.get(4)?;
        Ok(Entry {
            id: r.get(0)?,
            at: r.get(1)?,
            action: r.get(2)?,
            person_id: r.get(3)?,
            detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::String(detail)),
        })
    })?;
    Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
}

/// Where the chain breaks first, and why.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Break {
    /// The id of the first entry that is not what the chain says it should be.
    pub id: i64,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Verification {
    pub ok: bool,
    pub entries: i64,
    pub first_broken: Option<Break>,
}

/// Recomputes every hash from the first entry on and names the first broken entry:
/// an edited entry (hash mismatch), a removed one (gap or broken link), or a cut-off tail
/// (the head no longer matches the last entry).
pub fn verify(conn: &Connection) -> Result<Verification> {
    let mut stmt = conn.prepare(
        "SELECT id, at, action, person_id, detail, prev_hash, hash FROM audit ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut expected_id = 1i64;
    let mut prev = GENESIS.to_string();
    let mut count = 0i64;
    let broken = |id: i64, reason: &str, count: i64| Verification {
        ok: false,
        entries: count,
        first_broken: Some(Break {
            id,
            reason: reason.to_string(),
        }),
    };
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let at: String = r.get(1)?;
        let action: String = r.get(2)?;
        let person_id: Option<i64> = r.get(3)?;
        let detail: String = r.get(4)?;
        let prev_hash: String = r.get(5)?;
        let hash: String = r.get(6)?;
        count += 1;
        if id != expected_id {
            return Ok(broken(
                expected_id,
                &format!("entry {expected_id} is missing (next present entry is {id})"),
                count,
            ));
        }
        if prev_hash != prev {
            return Ok(broken(
                id,
                "link to the previous entry does not match (an entry before it was removed or changed)",
                count,
            ));
        }
        if entry_hash(id, &at, &action, person_id, &detail, &prev_hash) != hash {
            return Ok(broken(id, "content changed after it was written", count));
        }
        prev = hash;
        expected_id += 1;
    }
    let head: Option<(i64, String)> = conn
        .query_row(
            "SELECT last_id, last_hash FROM audit_head WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let last = expected_id - 1;
    match head {
        None if count == 0 => {}
        Some((head_id, head_hash)) if head_id == last && head_hash == prev => {}
        Some((head_id, _)) if head_id > last => {
            return Ok(broken(
                last + 1,
                &format!(
                    "entries {} to {head_id} were removed from the end",
                    last + 1
                ),
                count,
            ))
        }
        _ => {
            return Ok(broken(
                last.max(1),
                "the last entry does not match the recorded head of the chain",
                count,
            ))
        }
    }
    Ok(Verification {
        ok: true,
        entries: count,
        first_broken: None,
    })
}
