//! Key slots: the random data key wrapped under the passphrase and under the recovery code.
//!
//! The sidecar `keyslots.json` holds no personal data: only KDF parameters, salts, nonces and
//! the wrapped (encrypted) data key. A wrong secret fails the AEAD tag check: nothing is written.

use std::fs;
use std::io::Write;
use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::rngs::OsRng;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};

/// Argon2id cost. Stored in each slot so that a vault keeps opening if the defaults change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub lanes: u32,
}

impl KdfParams {
    /// Chosen so that one unlock takes roughly half a second on a 2-core laptop
    /// (measured with `tandem-cli call`: about 0.45 s here): 128 MiB, 3 passes, 1 lane.
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 128 * 1024,
        iterations: 3,
        lanes: 1,
    };
    /// For tests only: cheap, so that test suites unlock many vaults quickly.
    pub const TESTING: KdfParams = KdfParams {
        memory_kib: 1024,
        iterations: 1,
        lanes: 1,
    };
}

/// The secret that opens a slot.
pub enum Secret<'a> {
    Passphrase(&'a str),
    RecoveryCode(&'a str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlotKind {
    Passphrase,
    RecoveryCode,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Slot {
    kind: SlotKind,
    kdf: String,
    params: KdfParams,
    salt: String,
    nonce: String,
    wrapped_key: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeySlots {
    format: u32,
    slots: Vec<Slot>,
}

/// The most memory a key slot may ask for (1 GiB): a tampered `keyslots.json` cannot make an
/// unlock allocate more.
pub const MAX_MEMORY_KIB: u32 = 1024 * 1024;

/// The 256-bit key of the SQLCipher database; wiped from memory when dropped.
#[derive(Clone, Zeroize)]
#[zeroize(drop)]
pub struct DataKey([u8; 32]);

impl DataKey {
    pub fn random() -> DataKey {
        let mut k = [0u8; 32];
        OsRng.fill_bytes(&mut k);
        DataKey(k)
    }
    /// The raw key, to derive the keys of Tandem's own seals from.
    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
    /// The key in SQLCipher's raw-key syntax, `x'…'` (64 hex digits).
    pub fn sqlcipher_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(self.0)))
    }
}

pub const FILE_NAME: &str = "keyslots.json";
const FORMAT: u32 = 1;
/// Alphabet of the recovery code: Crockford base 32 (no I, L, O, U).
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A fresh recovery code: 160 random bits as 8 groups of 4 characters.
pub fn new_recovery_code() -> Zeroizing<String> {
    let mut bytes = Zeroizing::new([0u8; 20]);
    OsRng.fill_bytes(bytes.as_mut());
    let mut out = Zeroizing::new(String::with_capacity(39));
    // 160 bits = 32 symbols of 5 bits.
    for i in 0..32 {
        let bit = i * 5;
        let mut v: u16 = 0;
        for b in 0..5 {
            let pos = bit + b;
            let set = (bytes[pos / 8] >> (7 - pos % 8)) & 1;
            v = (v << 1) | set as u16;
        }
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(CROCKFORD[v as usize] as char);
    }
    out
}

/// Accepts a code as written down by hand: any case, with or without dashes and spaces,
/// O read as 0 and I/L as 1.
pub fn normalize_recovery_code(input: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::new());
    for c in input.chars() {
        let c = c.to_ascii_uppercase();
        let c = match c {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        }
    }
    out
}

pub(crate) fn derive(secret: &[u8], salt: &[u8], params: KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    // argon2 multiplies the lanes before it checks them: a huge count from a damaged file
    // would overflow there.
    if params.lanes == 0 || params.lanes > 64 {
        return Err(Error::VaultCorrupt {
            detail: "key slot parameters: lanes out of range".into(),
        });
    }
    let p =
        Params::new(params.memory_kib, params.iterations, params.lanes, Some(32)).map_err(|e| {
            Error::VaultCorrupt {
                detail: format!("key slot parameters: {e}"),
            }
        })?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, p)
        .hash_password_into(secret, salt, out.as_mut())
        .map_err(|e| Error::VaultCorrupt {
            detail: format!("key derivation: {e}"),
        })?;
    Ok(out)
}

fn aad(kind: SlotKind) -> &'static [u8] {
    match kind {
        SlotKind::Passphrase => b"tandem keyslot v1 passphrase",
        SlotKind::RecoveryCode => b"tandem keyslot v1 recovery-code",
    }
}

fn wrap(kind: SlotKind, secret: &[u8], key: &DataKey, params: KdfParams) -> Result<Slot> {
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    OsRng.fill_bytes(&mut salt);
    OsRng.fill_bytes(&mut nonce);
    let kek = derive(secret, &salt, params)?;
    let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
    let wrapped = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &key.0,
                aad: aad(kind),
            },
        )
        .map_err(|_| Error::Storage {
            detail: "could not wrap the data key".into(),
        })?;
    Ok(Slot {
        kind,
        kdf: "argon2id".into(),
        params,
        salt: hex::encode(salt),
        nonce: hex::encode(nonce),
        wrapped_key: hex::encode(wrapped),
    })
}

fn corrupt(what: &str) -> Error {
    Error::VaultCorrupt {
        detail: format!("{FILE_NAME}: {what}"),
    }
}

fn unwrap_slot(slot: &Slot, secret: &[u8]) -> Result<DataKey> {
    if slot.kdf != "argon2id" {
        return Err(corrupt("unknown key derivation"));
    }
    let salt = hex::decode(&slot.salt).map_err(|_| corrupt("bad salt"))?;
    let nonce = hex::decode(&slot.nonce).map_err(|_| corrupt("bad nonce"))?;
    let wrapped = hex::decode(&slot.wrapped_key).map_err(|_| corrupt("bad wrapped key"))?;
    if nonce.len() != 24 || salt.len() < 8 || wrapped.len() != 48 {
        return Err(corrupt("wrong field sizes"));
    }
    // Refuse absurd costs from a tampered file instead of allocating gigabytes.
    if slot.params.memory_kib > MAX_MEMORY_KIB
        || slot.params.iterations > 64
        || slot.params.lanes == 0
        || slot.params.lanes > 64
    {
        return Err(corrupt("key derivation cost out of range"));
    }
    let kek = derive(secret, &salt, slot.params)?;
    let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &wrapped,
                    aad: aad(slot.kind),
                },
            )
            .map_err(|_| Error::WrongSecret)?,
    );
    let mut k = [0u8; 32];
    k.copy_from_slice(&plain);
    Ok(DataKey(k))
}

impl KeySlots {
    /// Wraps `key` under a passphrase and a recovery code.
    pub fn new(
        key: &DataKey,
        passphrase: &str,
        recovery_code: &str,
        params: KdfParams,
    ) -> Result<KeySlots> {
        let code = normalize_recovery_code(recovery_code);
        Ok(KeySlots {
            format: FORMAT,
            slots: vec![
                wrap(SlotKind::Passphrase, passphrase.as_bytes(), key, params)?,
                wrap(SlotKind::RecoveryCode, code.as_bytes(), key, params)?,
            ],
        })
    }

    pub fn load(dir: &Path) -> Result<KeySlots> {
        Self::load_named(dir, FILE_NAME)
    }

    /// As [`KeySlots::load`], from the file `name` in `dir` (the next slots of a re-key).
    pub fn load_named(dir: &Path, name: &str) -> Result<KeySlots> {
        let path = dir.join(name);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::VaultMissing),
            Err(e) => return Err(e.into()),
        };
        let slots: KeySlots =
            serde_json::from_str(&text).map_err(|e| corrupt(&format!("unreadable ({e})")))?;
        if slots.format != FORMAT {
            return Err(corrupt("format made by another version of Tandem"));
        }
        Ok(slots)
    }

    /// Writes the file atomically: a temporary file, flushed, then renamed over the old one.
    pub fn save(&self, dir: &Path) -> Result<()> {
        self.save_named(dir, FILE_NAME)
    }

    /// As [`KeySlots::save`], to the file `name` in `dir`.
    pub fn save_named(&self, dir: &Path, name: &str) -> Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(|e| Error::Storage {
            detail: e.to_string(),
        })?;
        let tmp = dir.join(format!("{name}.tmp"));
        {
            let mut f = fs::File::create(&tmp)?;
            super::private::file(&tmp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
        }
        fs::rename(&tmp, dir.join(name))?;
        sync_dir(dir);
        Ok(())
    }

    /// Opens the slot the secret is for. A wrong secret gives `WrongSecret`.
    pub fn unlock(&self, secret: &Secret) -> Result<DataKey> {
        let (kind, bytes): (SlotKind, Zeroizing<String>) = match secret {
            Secret::Passphrase(p) => (SlotKind::Passphrase, Zeroizing::new(p.to_string())),
            Secret::RecoveryCode(c) => (SlotKind::RecoveryCode, normalize_recovery_code(c)),
        };
        let slot = self
            .slots
            .iter()
            .find(|s| s.kind == kind)
            .ok_or_else(|| corrupt("a key slot is missing"))?;
        unwrap_slot(slot, bytes.as_bytes())
    }

    /// Replaces the passphrase slot; the recovery slot and the data stay as they are.
    pub fn rewrap_passphrase(
        &mut self,
        key: &DataKey,
        new_passphrase: &str,
        params: KdfParams,
    ) -> Result<()> {
        let slot = wrap(SlotKind::Passphrase, new_passphrase.as_bytes(), key, params)?;
        self.slots.retain(|s| s.kind != SlotKind::Passphrase);
        self.slots.insert(0, slot);
        Ok(())
    }
}

/// Makes a rename durable on platforms that allow syncing a directory.
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_lanes_are_refused_without_overflow() {
        let p = KdfParams {
            memory_kib: 1024,
            iterations: 1,
            lanes: u32::MAX,
        };
        assert!(derive(b"secret", b"saltsalt", p).is_err());
    }

    #[test]
    fn recovery_code_shape_and_normalisation() {
        let code = new_recovery_code();
        assert_eq!(code.len(), 39);
        assert_eq!(code.matches('-').count(), 7);
        let typed = code.to_lowercase().replace('-', " ").replace('0', "o");
        assert_eq!(
            normalize_recovery_code(&typed).as_str(),
            code.replace('-', "")
        );
        assert_ne!(new_recovery_code().as_str(), code.as_str());
    }

    #[test]
    fn wrap_and_unwrap() {
        let key = DataKey::random();
        let slots = KeySlots::new(&key, "correct horse", "ABCD-EFGH", KdfParams::TESTING).unwrap();
        let k = slots.unlock(&Secret::Passphrase("correct horse")).unwrap();
        assert_eq!(k.0, key.0);
        let k = slots.unlock(&Secret::RecoveryCode("abcd efgh")).unwrap();
        assert_eq!(k.0, key.0);
        assert_eq!(
            slots.unlock(&Secret::Passphrase("wrong horse")).err(),
            Some(Error::WrongSecret)
        );
        // The passphrase does not open the recovery slot and vice versa.
        assert_eq!(
            slots.unlock(&Secret::RecoveryCode("correct horse")).err(),
            Some(Error::WrongSecret)
        );
    }
}
