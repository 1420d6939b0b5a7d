//! The vault's last known state, sealed with its data key outside the database
//! (`tandem.seal`): at unlock, a database older than it (old pages copied back without the
//! key), or whose audit chain no longer holds the sealed entry, is refused; so is a database
//! that was sealed before and comes without its seal, unless the worker accepts it knowingly.

use std::fs;
use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::rngs::OsRng;
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::keyslots::DataKey;
use crate::error::{Error, Result};

pub const FILE_NAME: &str = "tandem.seal";

/// What is sealed: the audit trail's last entry when the vault was last opened or closed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub audit_id: i64,
    pub audit_hash: String,
}

#[derive(Serialize, Deserialize)]
struct Sealed {
    nonce: String,
    sealed: String,
}

/// A key of its own for the seal, derived from the data key.
fn cipher(key: &DataKey) -> XChaCha20Poly1305 {
    let mut h = Sha256::new();
    h.update(b"tandem seal v1");
    h.update(key.bytes());
    let mut k = Zeroizing::new([0u8; 32]);
    k.copy_from_slice(&h.finalize());
    XChaCha20Poly1305::new(k.as_slice().into())
}

fn rolled_back(detail: &str) -> Error {
    Error::VaultRolledBack {
        detail: detail.into(),
    }
}

/// The audit trail's head as the database holds it now.
pub fn current(conn: &Connection) -> Result<State> {
    let head: Option<(i64, String)> = conn
        .query_row(
            "SELECT last_id, last_hash FROM audit_head WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (audit_id, audit_hash) = head.unwrap_or((0, String::new()));
    Ok(State {
        audit_id,
        audit_hash,
    })
}

/// Writes the seal of `conn`'s present state (a file the user only can read).
pub fn write(dir: &Path, key: &DataKey, conn: &Connection) -> Result<()> {
    let state = current(conn)?;
    let plain = serde_json::to_vec(&state).map_err(|e| Error::Storage {
        detail: e.to_string(),
    })?;
    let mut nonce = [0u8; 24];
    OsRng.fill_bytes(&mut nonce);
    let sealed = cipher(key)
        .encrypt(XNonce::from_slice(&nonce), plain.as_slice())
        .map_err(|_| Error::Storage {
            detail: "the seal could not be made".into(),
        })?;
    let text = serde_json::to_vec(&Sealed {
        nonce: hex::encode(nonce),
        sealed: hex::encode(sealed),
    })
    .map_err(|e| Error::Storage {
        detail: e.to_string(),
    })?;
    let tmp = dir.join(format!("{FILE_NAME}.tmp"));
    fs::write(&tmp, text)?;
    super::private::file(&tmp)?;
    fs::rename(&tmp, dir.join(FILE_NAME))?;
    // The database remembers that it has a seal (once; not a change of data).
    conn.execute(
        "INSERT OR IGNORE INTO vault_sealed (id, since) VALUES (1, ?1)",
        [crate::now_utc()],
    )?;
    Ok(())
}

/// No seal beside the database. A database that was sealed before (the marker), or that was
/// ever opened (a copy from before the marker existed: its journal holds an unlock), is refused
/// unless the worker accepts it; only a database never opened may come without one.
fn missing(conn: &Connection, accept_missing: bool) -> Result<Found> {
    let since: Option<String> = conn
        .query_row(
            "SELECT coalesce(
                 (SELECT since FROM vault_sealed WHERE id = 1),
                 (SELECT min(at) FROM audit WHERE action = 'vault.unlock'))",
            [],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    match since {
        None => Ok(Found::NeverSealed),
        Some(_) if accept_missing => Ok(Found::MissingAccepted),
        Some(since) => Err(Error::VaultSealMissing {
            since: since.chars().take(10).collect(),
        }),
    }
}

/// What the check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The seal is there and the database is not older than it.
    Holds,
    /// A database never opened (no journal of an unlock), without a seal.
    NeverSealed,
    /// A database sealed before, without its seal, opened because the worker accepted it.
    MissingAccepted,
}

/// Checks the database against the seal: refused when the database is older than the sealed
/// state, or when the sealed entry is no longer in its audit chain. Without a seal: a database
/// that was sealed before is refused (`VaultSealMissing`) unless `accept_missing` (the worker
/// moved the vault without its seal and says so; recorded in the journal by the caller).
pub fn check(dir: &Path, key: &DataKey, conn: &Connection, accept_missing: bool) -> Result<Found> {
    let bytes = match fs::read(dir.join(FILE_NAME)) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return missing(conn, accept_missing),
        // Unreadable is not missing: a seal made unreadable must not open the way around it.
        Err(_) => return Err(rolled_back("the seal is unreadable")),
    };
    let sealed: Sealed =
        serde_json::from_slice(&bytes).map_err(|_| rolled_back("the seal is unreadable"))?;
    let nonce = hex::decode(&sealed.nonce).map_err(|_| rolled_back("the seal is unreadable"))?;
    let body = hex::decode(&sealed.sealed).map_err(|_| rolled_back("the seal is unreadable"))?;
    if nonce.len() != 24 {
        return Err(rolled_back("the seal is unreadable"));
    }
    let plain = cipher(key)
        .decrypt(XNonce::from_slice(&nonce), body.as_slice())
        .map_err(|_| rolled_back("the seal does not belong to this vault"))?;
    let state: State =
        serde_json::from_slice(&plain).map_err(|_| rolled_back("the seal is unreadable"))?;
    let now = current(conn)?;
    if now.audit_id < state.audit_id {
        return Err(rolled_back(&format!(
            "the vault holds {} journal entries, it held {} when last closed",
            now.audit_id, state.audit_id
        )));
    }
    if state.audit_id > 0 {
        let hash: Option<String> = conn
            .query_row(
                "SELECT hash FROM audit WHERE id = ?1",
                [state.audit_id],
                |r| r.get(0),
            )
            .optional()?;
        if hash.as_deref() != Some(state.audit_hash.as_str()) {
            return Err(rolled_back(
                "the journal no longer holds the entry it ended with when last closed",
            ));
        }
    }
    Ok(Found::Holds)
}
