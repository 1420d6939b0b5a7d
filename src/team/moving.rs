//! Moving a file of the personal vault to the team store: the whole file through the hand-over format (one way, once per bundle), recorded in both trails, the personal copy then closed.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::audit;
use crate::error::{Error, Result};
use crate::sharing::{handover, retention};
use crate::store::{Db, OptionalExtension};

/// A file of the personal vault, as the list of files to move shows it.
#[derive(Debug, Serialize)]
pub struct VaultFile {
    pub id: i64,
    pub display_name: String,
    pub created_at: String,
}

/// The open files of the personal vault (those that can move to the team).
pub fn vault_files(vault: &Db) -> Result<Vec<VaultFile>> {
    let mut stmt = vault.prepare(
        "SELECT id, display_name, created_at FROM person WHERE closed_on IS NULL
         ORDER BY sort_key, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(VaultFile {
            id: r.get(0)?,
            display_name: r.get(1)?,
            created_at: r.get(2)?,
        })
    })?;
    rows.collect()
}

/// What a move did: the file's id in the team store, and the bundle's id (in both trails).
#[derive(Debug, Serialize)]
pub struct Moved {
    pub person_id: i64,
    pub bundle_id: String,
}

/// The bundle id of a vault's file: the same at every try (so the server takes it once),
/// different for every vault (the first entry of its trail carries a random salt).
fn bundle_id(vault: &Db, person_id: i64, created_at: &str) -> Result<String> {
    let first: String = vault.query_row("SELECT hash FROM audit ORDER BY id LIMIT 1", [], |r| {
        r.get(0)
    })?;
    let mut h = Sha256::new();
    for part in ["tandem-move", &first, &person_id.to_string(), created_at] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    Ok(hex::encode(&h.finalize()[..16]))
}

/// Moves the open file `person_id` of `vault` to `team`: the team store imports the hand-over
/// content (refused there if this bundle came before: `handover-duplicate`), then the vault
/// closes its copy (kept `years`, then listed for erasure, as any closed file) and records
/// where the file went. The content never leaves this process unencrypted: the server is
/// reached over TLS only.
pub fn move_file(
    vault: &Db,
    team: &Db,
    person_id: i64,
    to: &str,
    years: u32,
    today: NaiveDate,
) -> Result<Moved> {
    let created: Option<(String, Option<String>)> = vault
        .query_row(
            "SELECT created_at, closed_on FROM person WHERE id = ?1",
            [person_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((created_at, closed_on)) = created else {
        return Err(Error::NotFound {
            what: "person".into(),
            id: person_id.to_string(),
        });
    };
    if closed_on.is_some() {
        return Err(Error::InvalidInput {
            detail: "this file is closed; reopen it before it moves".into(),
        });
    }
    let bundle = bundle_id(vault, person_id, &created_at)?;
    let content = handover::payload(vault, person_id, &bundle)?;
    let fingerprint =
        crate::pdf::sha256_hex(&serde_json::to_vec(&content).map_err(|e| Error::Storage {
            detail: e.to_string(),
        })?);
    let until = retention::retention_end(today, years)?;
    // The server takes the file first (its own transaction); the vault's copy closes after,
    // without holding the vault while the network works. The server takes a bundle once: a
    // second try of the same file is refused (HandoverDuplicate), and the copy stays open for
    // the worker to look at and close (nothing done after the first move is dropped silently).
    let moved = handover::import_payload(team, &content, &fingerprint, "team.move_in")?;
    let tx = vault.transaction()?;
    retention::mark_closed(&tx, person_id, today, until)?;
    audit::append(
        &tx,
        "team.move_out",
        Some(person_id),
        &json!({"bundle_id": bundle, "to": to, "team_person_id": moved,
                "bundle_sha256": fingerprint, "retention_years": years}),
    )?;
    tx.commit()?;
    Ok(Moved {
        person_id: moved,
        bundle_id: bundle,
    })
}
