//! Schema migrations of the vault database, applied in order with `PRAGMA user_version`.

use rusqlite::Connection;

use crate::error::{Error, Result};

/// Each entry moves the schema from version `i` to `i + 1`. Never edit a released entry:
/// add a new one.
pub const MIGRATIONS: &[&str] = &[
    // 1: worker profile, persons and household, name search, audit trail.
    r#"
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        worker_name TEXT NOT NULL,
        ocmw_name TEXT NOT NULL,
        ocmw_address TEXT NOT NULL DEFAULT '',
        labour_court_address TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL CHECK (language IN ('nl','fr','de','en'))
    );

    -- Optional columns: NULL = not asked, '' = asked but unknown, otherwise the value.
    CREATE TABLE person (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        display_name TEXT NOT NULL CHECK (length(display_name) > 0),
        first_name TEXT,
        last_name TEXT,
        birth_date TEXT,
        nrn TEXT,
        address TEXT,
        phone TEXT,
        email TEXT,
        language TEXT,
        search_text TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX person_sort ON person(sort_key, id);

    CREATE TABLE household_member (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(name) > 0),
        relation TEXT NOT NULL CHECK (relation IN ('partner','parent','child','other')),
        cohabits TEXT,
        minor TEXT
    );
    CREATE INDEX household_member_person ON household_member(person_id, position);

    -- Substring search on names (normalised: lower case, no diacritics); rowid = person.id.
    CREATE VIRTUAL TABLE person_search USING fts5(names, tokenize = 'trigram');

    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        person_id INTEGER,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX audit_person ON audit(person_id, id);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    -- The last entry, so that removing entries at the end is detected too.
    CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_id INTEGER NOT NULL,
        last_hash TEXT NOT NULL
    );
    "#,
];

/// The schema version this build writes.
pub fn current_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Brings the database to the current version, each step in its own transaction.
pub fn migrate(conn: &mut Connection) -> Result<u32> {
    let from: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if from > current_version() {
        return Err(Error::VaultCorrupt {
            detail: format!(
                "this vault was written by a newer Tandem (schema {from}, this version knows {})",
                current_version()
            ),
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as u32)?;
        tx.commit()?;
    }
    Ok(from)
}
