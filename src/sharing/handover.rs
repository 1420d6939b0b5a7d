//! The hand-over bundle: one person's whole file, encrypted under a passphrase chosen for
//! the hand-over, for a colleague's vault. Export goes through the sharing gate; import is
//! one transaction and refuses a wrong passphrase or a changed byte before writing anything.

use crate::store::Db;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::rngs::OsRng;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use super::{file, gate, log, Conditions, Recipient, ShareEntry, PARTS};
use crate::audit;
use crate::error::{Error, Result};
use crate::vault::keyslots::derive;
use crate::vault::KdfParams;

/// The first bytes of every bundle; the last byte is the format version.
pub const MAGIC: &[u8; 16] = b"TANDEM-HANDOVER\x01";
/// The highest key-derivation cost a bundle may ask for (about twice the default).
pub const MAX_KDF: KdfParams = KdfParams {
    memory_kib: 256 * 1024,
    iterations: 4,
    lanes: 4,
};
/// A bundle larger than this is refused before it is read (signed PDFs included, a file is
/// a few megabytes).
pub const MAX_BYTES: usize = 512 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    kdf: KdfParams,
    salt: String,
    nonce: String,
}

fn key(passphrase: &str, salt: &[u8], kdf: KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    derive(passphrase.as_bytes(), salt, kdf)
}

fn format(detail: &str) -> Error {
    Error::HandoverFormat {
        detail: detail.into(),
    }
}

/// Encrypts `payload`: MAGIC, header length (u32, big-endian), header JSON, ciphertext.
/// The magic and header are authenticated with the content.
pub fn seal(payload: &[u8], passphrase: &str, kdf: KdfParams) -> Result<Vec<u8>> {
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    OsRng.fill_bytes(&mut salt);
    OsRng.fill_bytes(&mut nonce);
    let header = serde_json::to_vec(&Header {
        kdf,
        salt: hex::encode(salt),
        nonce: hex::encode(nonce),
    })
    .map_err(|e| Error::Storage {
        detail: e.to_string(),
    })?;
    let mut out = Vec::with_capacity(payload.len() + header.len() + 64);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(header.len() as u32).to_be_bytes());
    out.extend_from_slice(&header);
    let k = key(passphrase, &salt, kdf)?;
    let sealed = XChaCha20Poly1305::new(k.as_ref().into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: payload,
                aad: &out,
            },
        )
        .map_err(|_| Error::Storage {
            detail: "could not encrypt the hand-over".into(),
        })?;
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Checks and decrypts a bundle. Any changed byte or a wrong passphrase gives
/// `handover-wrong`; something that is not a bundle gives `handover-format`.
pub fn open(bundle: &[u8], passphrase: &str) -> Result<Zeroizing<Vec<u8>>> {
    if bundle.len() > MAX_BYTES {
        return Err(format("the file is too large to be a hand-over"));
    }
    if bundle.len() < MAGIC.len() + 4 || bundle[..MAGIC.len() - 1] != MAGIC[..MAGIC.len() - 1] {
        return Err(format("this is not a Tandem hand-over file"));
    }
    if bundle[MAGIC.len() - 1] != MAGIC[MAGIC.len() - 1] {
        return Err(format(
            "this hand-over was made by another version of Tandem",
        ));
    }
    let at = MAGIC.len();
    let len =
        u32::from_be_bytes([bundle[at], bundle[at + 1], bundle[at + 2], bundle[at + 3]]) as usize;
    let body = at + 4;
    if len > 4096 || bundle.len() < body + len + 16 {
        return Err(Error::HandoverWrong);
    }
    let header: Header =
        serde_json::from_slice(&bundle[body..body + len]).map_err(|_| Error::HandoverWrong)?;
    let salt = hex::decode(&header.salt).map_err(|_| Error::HandoverWrong)?;
    let nonce = hex::decode(&header.nonce).map_err(|_| Error::HandoverWrong)?;
    // The key derivation runs before the content is authenticated: a forged header must not
    // make it cost more than what Tandem itself writes (128 MiB, 3 passes) with some room.
    let k = header.kdf;
    if nonce.len() != 24
        || salt.len() != 16
        || k.memory_kib > MAX_KDF.memory_kib
        || k.iterations > MAX_KDF.iterations
        || k.lanes == 0
        || k.lanes > MAX_KDF.lanes
    {
        return Err(Error::HandoverWrong);
    }
    let key = key(passphrase, &salt, k).map_err(|_| Error::HandoverWrong)?;
    let plain = XChaCha20Poly1305::new(key.as_ref().into())
        .decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &bundle[body + len..],
                aad: &bundle[..body + len],
            },
        )
        .map_err(|_| Error::HandoverWrong)?;
    Ok(Zeroizing::new(plain))
}

/// `handover.export`: who receives the file and under which passphrase.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportArgs {
    pub person_id: i64,
    pub recipient_organisation: String,
    pub recipient_role: String,
    pub purpose: String,
    pub conditions: Conditions,
    pub passphrase: crate::vault::secret_text::SecretText,
}

/// The content of a bundle: the whole file of `person_id` under `bundle_id`, with where it
/// comes from and the journal's mark (sealed by [`export`]; moved as it is to the team store by
/// `team::move_file`, which never lets it leave the process).
pub fn payload(conn: &Db, person_id: i64, bundle_id: &str) -> Result<Value> {
    let profile = crate::profile::required(conn)?;
    let mut tables = Map::new();
    for (name, rows) in file::dump(conn, person_id)? {
        tables.insert(
            name,
            Value::Array(rows.into_iter().map(Value::Object).collect()),
        );
    }
    Ok(json!({
        "format": "tandem-handover",
        "bundle_id": bundle_id,
        "schema_version": crate::vault::schema::current_version(),
        "exported_at": crate::now_utc(),
        "from": {"ocmw_name": profile.ocmw_name, "worker_name": profile.worker_name},
        "journal": audit::mark(conn)?,
        "file": tables,
    }))
}

/// Builds the bundle of the whole file through the sharing gate (every part must be
/// covered by the consent), logs the share, and hands the bytes to `save` before the log
/// is committed: if saving fails, nothing is recorded. Returns what `save` returned and
/// the share id.
pub fn export<T>(
    conn: &Db,
    a: &ExportArgs,
    kdf: KdfParams,
    save: impl FnOnce(&[u8]) -> Result<T>,
) -> Result<(T, i64)> {
    crate::vault::check_passphrase(&a.passphrase)?;
    let to = Recipient {
        recipient_organisation: a.recipient_organisation.clone(),
        recipient_role: a.recipient_role.clone(),
        purpose: a.purpose.clone(),
    };
    let parts: Vec<String> = PARTS.iter().map(|p| p.to_string()).collect();
    let today = crate::today().format("%Y-%m-%d").to_string();
    let tx = conn.transaction()?;
    let consent = gate(&tx, a.person_id, &to, &parts, &a.conditions, &today)?;
    let mut id = [0u8; 16];
    OsRng.fill_bytes(&mut id);
    let bundle_id = hex::encode(id);
    let share_id = log(
        &tx,
        ShareEntry {
            person_id: a.person_id,
            consent: &consent,
            parts: &parts,
            what: &format!("hand-over {bundle_id}"),
            kind: "handover",
            document_sha256: None,
            conditions: &a.conditions,
        },
    )?;
    let payload = Zeroizing::new(
        serde_json::to_vec(&payload(&tx, a.person_id, &bundle_id)?).map_err(|e| {
            Error::Storage {
                detail: e.to_string(),
            }
        })?,
    );
    let bundle = seal(&payload, &a.passphrase, kdf)?;
    audit::append(
        &tx,
        "handover.export",
        Some(a.person_id),
        &json!({"bundle_id": bundle_id, "share_id": share_id,
                "bundle_sha256": crate::pdf::sha256_hex(&bundle)}),
    )?;
    let saved = save(&bundle)?;
    tx.commit()?;
    Ok((saved, share_id))
}

/// Imports a bundle as a new person of this vault, in one transaction; returns the new
/// person id. The import is recorded with the bundle's id, and the same bundle is not
/// imported twice.
pub fn import(conn: &Db, bundle: &[u8], passphrase: &str) -> Result<i64> {
    let plain = open(bundle, passphrase)?;
    let payload: Value =
        serde_json::from_slice(&plain).map_err(|_| format("the content is not readable"))?;
    import_payload(
        conn,
        &payload,
        &crate::pdf::sha256_hex(bundle),
        "handover.import",
    )
}

/// Imports the content of a bundle (see [`payload`]) as a new person, in one transaction,
/// recorded as `action` with the bundle's id and the fingerprint `bundle_sha256`; a bundle
/// already imported here is refused.
pub fn import_payload(
    conn: &Db,
    payload: &Value,
    bundle_sha256: &str,
    action: &str,
) -> Result<i64> {
    if payload["format"] != "tandem-handover" {
        return Err(format("this is not a Tandem hand-over file"));
    }
    let bundle_id = payload["bundle_id"]
        .as_str()
        .filter(|b| b.len() == 32 && b.chars().all(|c| c.is_ascii_hexdigit()))
        .ok_or_else(|| format("no bundle id"))?
        .to_string();
    let schema = payload["schema_version"]
        .as_u64()
        .ok_or_else(|| format("no schema version"))?;
    if schema > u64::from(crate::vault::schema::current_version()) {
        return Err(format(
            "this hand-over was made by a newer version of Tandem",
        ));
    }
    let tables = payload["file"]
        .as_object()
        .ok_or_else(|| format("no file in the hand-over"))?;
    let tx = conn.transaction()?;
    // Kept apart from the trail, whose entries about an erased person are blanked: a bundle
    // of a file erased since cannot bring it back.
    let seen: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM imported_bundle WHERE bundle_id = ?1)",
        [&bundle_id],
        |r| r.get(0),
    )?;
    if seen {
        return Err(Error::HandoverDuplicate);
    }
    tx.execute(
        "INSERT INTO imported_bundle (bundle_id, imported_at) VALUES (?1, ?2)",
        crate::params![bundle_id, crate::now_utc()],
    )?;
    let person_id = file::restore(&tx, tables)?;
    // Every value as the commands would accept it, fingerprints recomputed: a refusal
    // rolls the whole import back.
    super::checks::check_person(&tx, person_id)?;
    crate::person::reindex(&tx, person_id)?;
    audit::append(
        &tx,
        action,
        Some(person_id),
        &json!({"bundle_id": bundle_id, "from": payload["from"],
                "bundle_sha256": bundle_sha256}),
    )?;
    tx.commit()?;
    Ok(person_id)
}
