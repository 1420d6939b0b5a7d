//! Append-only, hash-chained audit trail: every read of a dossier, every change, export or share.

pub mod commands;

use crate::store::{params, Db, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::Result;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash over length-prefixed parts, so that no two different part lists collide.
fn digest(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for part in parts {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// The digest of what an entry says (action, person, detail). The chain links these
/// digests, so an erasure can blank an entry's content and keep the chain verifiable. Since
/// schema 6 each entry has a random salt inside its digest, deleted when the entry is blanked:
/// the digest that stays can no longer be matched against guesses of what it said. (Entries
/// written before have no salt: their form is kept so that the chain still verifies.)
fn content_digest(
    action: &str,
    person_id: Option<i64>,
    detail: &str,
    salt: Option<&str>,
) -> String {
    let person = person_id.map(|p| p.to_string()).unwrap_or_default();
    match salt {
        Some(salt) => digest(&[salt, action, &person, detail]),
        None => digest(&[action, &person, detail]),
    }
}

/// A fresh random salt for one entry (128 bits, hex).
fn new_salt() -> String {
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex::encode(b)
}

fn entry_hash(id: i64, at: &str, content: &str, prev: &str) -> String {
    digest(&[&id.to_string(), at, content, prev])
}

/// The first form of the chain (schema 1 to 4), kept to check a vault before resealing it.
fn legacy_entry_hash(
    id: i64,
    at: &str,
    action: &str,
    person_id: Option<i64>,
    detail: &str,
    prev: &str,
) -> String {
    digest(&[
        &id.to_string(),
        at,
        action,
        &person_id.map(|p| p.to_string()).unwrap_or_default(),
        detail,
        prev,
    ])
}

/// The journal's state in short (`42-3fa9c01b`: the last entry's number and the start of
/// its hash), printed on documents and recorded with shares, hand-overs and backups.
pub fn mark(conn: &Db) -> Result<String> {
    // In the team store only the server's functions read the chain.
    let head_sql = if conn.is_team() {
        "SELECT last_id, last_hash FROM tandem.audit_mark()"
    } else {
        "SELECT last_id, last_hash FROM audit_head WHERE id = 1"
    };
    let head: Option<(i64, String)> = conn
        .query_row(head_sql, [], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (id, hash) = head.unwrap_or((0, GENESIS.to_string()));
    Ok(format!("{id}-{}", hash.get(..8).unwrap_or("")))
}

/// What a document's journal mark says against the journal now.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MarkCheck {
    /// The mark found in the document.
    pub mark: String,
    /// The entry it names is in the journal with the same hash.
    pub ok: bool,
}

/// Checks a mark (`42-3fa9c01b`) against the journal: the entry must still be there, with a
/// hash that starts the same. A rewrite of the history before the document was made breaks it.
pub fn check_mark(conn: &Db, mark: &str) -> Result<MarkCheck> {
    let parsed = mark
        .split_once('-')
        .and_then(|(id, h)| Some((id.parse::<i64>().ok()?, h)))
        .filter(|(_, h)| h.len() == 8 && h.chars().all(|c| c.is_ascii_hexdigit()));
    let ok = match parsed {
        None => false,
        Some((0, _)) => true,
        Some((id, prefix)) => conn
            .query_row(
                if conn.is_team() {
                    "SELECT hash FROM tandem.audit_hash(?1) AS t(hash) WHERE hash IS NOT NULL"
                } else {
                    "SELECT hash FROM audit WHERE id = ?1"
                },
                [id],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .is_some_and(|h| h.starts_with(prefix)),
    };
    Ok(MarkCheck {
        mark: mark.to_string(),
        ok,
    })
}

/// The journal mark in a PDF Tandem made, read from its metadata keywords (a UTF-16 hex
/// string, `/Keywords<FEFF…>`, as the PDF writer stores it; a plain string is read too).
pub fn mark_in_pdf(bytes: &[u8]) -> Option<String> {
    let key = b"/Keywords";
    let at = bytes.windows(key.len()).position(|w| w == key)? + key.len();
    let rest = bytes.get(at..)?;
    let text = match rest.first()? {
        b'<' => {
            let hex: Vec<u8> = rest[1..]
                .iter()
                .take_while(|b| **b != b'>')
                .copied()
                .filter(|b| !b.is_ascii_whitespace())
                .collect();
            let raw = hex::decode(hex).ok()?;
            let units: Vec<u16> = raw
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            let units = units.strip_prefix(&[0xFEFF]).unwrap_or(&units);
            String::from_utf16(units).ok()?
        }
        b'(' => rest[1..]
            .iter()
            .take_while(|b| **b != b')')
            .map(|b| *b as char)
            .collect(),
        _ => return None,
    };
    let mark = text
        .strip_prefix(crate::pdf::MARK_KEYWORD)?
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>();
    (!mark.is_empty()).then_some(mark)
}

/// The action of a redacted entry.
pub const REDACTED: &str = "redacted";

/// Append-only, except that an erasure may blank an entry's content once (see [`redact_person`]),
/// and only the entries of the person being erased.
pub(crate) const NO_UPDATE_TRIGGER: &str = "
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        WHEN NOT (OLD.redacted_digest IS NULL AND NEW.redacted_digest IS NOT NULL
            AND NEW.action = 'redacted' AND NEW.person_id IS NULL AND NEW.detail = ''
            AND NEW.salt IS NULL
            AND NEW.id = OLD.id AND NEW.at = OLD.at
            AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
            AND OLD.person_id IN (SELECT person_id FROM erasing))
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;";

/// The trigger as migration 5 made it (before the salt column; migration 6 replaces it).
const SCHEMA5_NO_UPDATE_TRIGGER: &str = "
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        WHEN NOT (OLD.redacted_digest IS NULL AND NEW.redacted_digest IS NOT NULL
            AND NEW.action = 'redacted' AND NEW.person_id IS NULL AND NEW.detail = ''
            AND NEW.id = OLD.id AND NEW.at = OLD.at
            AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
            AND EXISTS (SELECT 1 FROM erasing))
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;";

/// Migration 5: checks the chain in its first form, rewrites every hash in the redactable
/// form, and records the outcome of that check as an entry, so that a chain that was
/// already broken is never silently made whole.
pub(crate) fn reseal(conn: &Db) -> Result<()> {
    /// id, at, action, person_id, detail, prev_hash, hash
    type Row = (i64, String, String, Option<i64>, String, String, String);
    let mut rows: Vec<Row> = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT id, at, action, person_id, detail, prev_hash, hash FROM audit ORDER BY id",
        )?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            rows.push((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ));
        }
    }
    let mut first_broken: Option<i64> = None;
    let mut prev = GENESIS.to_string();
    for (i, (id, at, action, person_id, detail, prev_hash, hash)) in rows.iter().enumerate() {
        let ok = *id == i as i64 + 1
            && *prev_hash == prev
            && legacy_entry_hash(*id, at, action, *person_id, detail, prev_hash) == *hash;
        if !ok && first_broken.is_none() {
            first_broken = Some(*id);
        }
        prev = hash.clone();
    }
    let mut prev = GENESIS.to_string();
    for (id, at, action, person_id, detail, _, _) in &rows {
        let hash = entry_hash(
            *id,
            at,
            &content_digest(action, *person_id, detail, None),
            &prev,
        );
        conn.execute(
            "UPDATE audit SET prev_hash = ?2, hash = ?3 WHERE id = ?1",
            params![id, prev, hash],
        )?;
        prev = hash;
    }
    if let Some((last, ..)) = rows.last() {
        conn.execute(
            "UPDATE audit_head SET last_id = ?1, last_hash = ?2 WHERE id = 1",
            params![last, prev],
        )?;
    }
    conn.execute_batch(SCHEMA5_NO_UPDATE_TRIGGER)?;
    if !rows.is_empty() {
        // Schema 5 has no salt column yet: this one entry is written in the unsalted form.
        append_with(
            conn,
            false,
            "audit.reseal",
            None,
            &serde_json::json!({
                "entries": rows.len(),
                "previous_form_intact": first_broken.is_none(),
                "first_broken": first_broken,
            }),
        )?;
    }
    Ok(())
}

/// Blanks every entry about `person_id` (action, person and detail), keeping each entry's
/// content digest so that the chain still verifies; then appends one anonymous entry that
/// says an erasure happened and how many entries it blanked. Only runs inside an erasure
/// (the `erasing` row must be present in the same transaction).
pub(crate) fn redact_person(conn: &Db, person_id: i64) -> Result<i64> {
    type Entry = (i64, String, String, Option<String>);
    let entries: Vec<Entry> = {
        let mut stmt = conn.prepare(
            "SELECT id, action, detail, salt FROM audit
             WHERE person_id = ?1 AND redacted_digest IS NULL ORDER BY id",
        )?;
        let rows = stmt.query_map([person_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        rows.collect::<std::result::Result<Vec<_>, _>>()?
    };
    for (id, action, detail, salt) in &entries {
        // The salt goes with the content: what stays cannot be matched against guesses.
        conn.execute(
            "UPDATE audit SET redacted_digest = ?2, action = ?3, person_id = NULL, detail = '',
                              salt = NULL
             WHERE id = ?1",
            params![
                id,
                content_digest(action, Some(person_id), detail, salt.as_deref()),
                REDACTED
            ],
        )?;
    }
    let n = entries.len() as i64;
    append(
        conn,
        "person.erase",
        None,
        &serde_json::json!({ "redacted_entries": n }),
    )?;
    Ok(n)
}

/// Appends one entry. Call it inside the transaction of the change it records, so that the
/// change and its trace land together or not at all.
pub fn append(
    conn: &Db,
    action: &str,
    person_id: Option<i64>,
    detail: &serde_json::Value,
) -> Result<()> {
    append_with(conn, true, action, person_id, detail)
}

/// As [`append`]; `salted` false writes the form of schema 5 (for its own migration only).
fn append_with(
    conn: &Db,
    salted: bool,
    action: &str,
    person_id: Option<i64>,
    detail: &serde_json::Value,
) -> Result<()> {
    if conn.is_team() {
        // The server appends (team_security.sql): it stamps the time, the salt and the
        // worker, and serialises appends; the worker has no right on the chain's tables.
        conn.query_row(
            "SELECT tandem.append_audit(?1, ?2, ?3)",
            params![action, person_id, detail.to_string()],
            |r| r.get::<_, i64>(0),
        )?;
        return Ok(());
    }
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
    let salt = salted.then(new_salt);
    let hash = entry_hash(
        id,
        &at,
        &content_digest(action, person_id, &detail, salt.as_deref()),
        &prev,
    );
    if salted {
        conn.execute(
            "INSERT INTO audit (id, at, action, person_id, detail, prev_hash, hash, salt)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id, at, action, person_id, detail, prev, hash, salt],
        )?;
    } else {
        conn.execute(
            "INSERT INTO audit (id, at, action, person_id, detail, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, at, action, person_id, detail, prev, hash],
        )?;
    }
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
pub fn for_person(conn: &Db, person_id: i64) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare(if conn.is_team() {
        "SELECT id, at, action, person_id, detail FROM tandem.audit_for_person(?1) ORDER BY id"
    } else {
        "SELECT id, at, action, person_id, detail FROM audit WHERE person_id = ?1 ORDER BY id"
    })?;
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
    rows.collect::<std::result::Result<Vec<_>, _>>()
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
pub fn verify(conn: &Db) -> Result<Verification> {
    if conn.is_team() {
        // Recomputed by the server, which alone may read the whole chain.
        return conn.query_row(
            "SELECT entries, first_broken, reason FROM tandem.verify_audit()",
            [],
            |r| {
                let first: Option<i64> = r.get(1)?;
                Ok(Verification {
                    ok: first.is_none(),
                    entries: r.get(0)?,
                    first_broken: match first {
                        Some(id) => Some(Break {
                            id,
                            reason: r.get(2)?,
                        }),
                        None => None,
                    },
                })
            },
        );
    }
    // A chain of schema 5 (checked during migrations) has no salt column yet.
    let salted: bool = conn.query_row(
        "SELECT count(*) > 0 FROM pragma_table_info('audit') WHERE name = 'salt'",
        [],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(if salted {
        "SELECT id, at, action, person_id, detail, prev_hash, hash, redacted_digest, salt
         FROM audit ORDER BY id"
    } else {
        "SELECT id, at, action, person_id, detail, prev_hash, hash, redacted_digest, NULL
         FROM audit ORDER BY id"
    })?;
    let mut rows = stmt.query([])?;
    let mut redacted = 0i64;
    let mut first_redacted: Option<i64> = None;
    let mut redactions_recorded = 0i64;
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
        let redacted_digest: Option<String> = r.get(7)?;
        let salt: Option<String> = r.get(8)?;
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
        let content = match redacted_digest {
            Some(d) => {
                if action != REDACTED || person_id.is_some() || !detail.is_empty() {
                    return Ok(broken(id, "a redacted entry holds content again", count));
                }
                redacted += 1;
                first_redacted.get_or_insert(id);
                d
            }
            None => content_digest(&action, person_id, &detail, salt.as_deref()),
        };
        if entry_hash(id, &at, &content, &prev_hash) != hash {
            return Ok(broken(id, "content changed after it was written", count));
        }
        if action == "person.erase" && person_id.is_none() {
            redactions_recorded += serde_json::from_str::<serde_json::Value>(&detail)
                .ok()
                .and_then(|d| d["redacted_entries"].as_i64())
                .unwrap_or(0);
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
    if redacted != redactions_recorded {
        return Ok(broken(
            first_redacted.unwrap_or(1),
            &format!(
                "{redacted} entries are blanked but the erasures recorded blanked {redactions_recorded}"
            ),
            count,
        ));
    }
    Ok(Verification {
        ok: true,
        entries: count,
        first_broken: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::schema::MIGRATIONS;

    /// A database at schema 4 with a chain in its first form, `n` entries long.
    fn legacy_chain(n: i64) -> Db {
        let conn = Db::vault(rusqlite::Connection::open_in_memory().unwrap());
        for step in &MIGRATIONS[..4] {
            conn.execute_batch(step.sql).unwrap();
        }
        let mut prev = GENESIS.to_string();
        for id in 1..=n {
            let (at, action, detail) = ("2025-01-01T00:00:00Z", "person.read", "{}");
            let hash = legacy_entry_hash(id, at, action, Some(7), detail, &prev);
            conn.execute(
                "INSERT INTO audit (id, at, action, person_id, detail, prev_hash, hash)
                 VALUES (?1, ?2, ?3, 7, ?4, ?5, ?6)",
                params![id, at, action, detail, prev, hash],
            )
            .unwrap();
            prev = hash;
        }
        conn.execute(
            "INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?1, ?2)",
            params![n, prev],
        )
        .unwrap();
        conn
    }

    fn migrate_to_5(conn: &Db) {
        conn.execute_batch(MIGRATIONS[4].sql).unwrap();
        reseal(conn).unwrap();
    }

    #[test]
    fn resealing_keeps_an_intact_chain_verifiable_and_says_so() {
        let conn = legacy_chain(5);
        migrate_to_5(&conn);
        let v = verify(&conn).unwrap();
        assert!(v.ok, "{v:?}");
        assert_eq!(v.entries, 6);
        let detail: String = conn
            .query_row("SELECT detail FROM audit WHERE id = 6", [], |r| r.get(0))
            .unwrap();
        assert!(detail.contains("\"previous_form_intact\":true"), "{detail}");
        // Still append-only after the migration.
        assert!(conn
            .execute("UPDATE audit SET detail = 'x' WHERE id = 2", [])
            .is_err());
    }

    #[test]
    fn resealing_a_broken_chain_records_where_it_was_broken() {
        let conn = legacy_chain(5);
        conn.execute_batch(
            "DROP TRIGGER audit_no_update; UPDATE audit SET detail = '{\"x\":1}' WHERE id = 3;",
        )
        .unwrap();
        migrate_to_5(&conn);
        let detail: String = conn
            .query_row(
                "SELECT detail FROM audit WHERE action = 'audit.reseal'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            detail.contains("\"previous_form_intact\":false"),
            "{detail}"
        );
        assert!(detail.contains("\"first_broken\":3"), "{detail}");
    }

    #[test]
    fn an_empty_chain_is_resealed_without_an_entry() {
        let conn = legacy_chain(0);
        migrate_to_5(&conn);
        assert_eq!(verify(&conn).unwrap().entries, 0);
    }
}
