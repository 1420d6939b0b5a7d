//! The enrolment code: what `tandem-server add-worker` prints, and what a worker's Tandem reads once to join the team store.

use base64::Engine;

use super::team::Link;
use crate::error::{Error, Result};

/// Every code starts so (and says which form it has).
const PREFIX: &str = "TANDEM-TEAM-1:";

/// The code of `link`: one line, to paste into Tandem (it holds a one-time password).
pub fn encode(link: &Link) -> String {
    let json = serde_json::to_vec(link).unwrap_or_default();
    format!(
        "{PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    )
}

fn bad(why: &str) -> Error {
    Error::InvalidInput {
        detail: format!("enrolment code: {why}"),
    }
}

fn name_ok(s: &str) -> bool {
    (1..=63).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Reads a code (spaces and line breaks inside it are ignored: it may have been wrapped).
pub fn decode(code: &str) -> Result<Link> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let body = code
        .strip_prefix(PREFIX)
        .ok_or_else(|| bad("it does not start with TANDEM-TEAM-1: (copy the whole code)"))?;
    if body.len() > 64 * 1024 {
        return Err(bad("too long"));
    }
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| bad("it was cut or changed (not readable)"))?;
    let link: Link =
        serde_json::from_slice(&json).map_err(|_| bad("it was cut or changed (not readable)"))?;
    let host_ok = (1..=253).contains(&link.host.len())
        && link
            .host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !host_ok {
        return Err(bad("the server's name is not a host name or address"));
    }
    if link.port == 0 {
        return Err(bad("the server's port is 0"));
    }
    if !name_ok(&link.database) || !name_ok(&link.login) {
        return Err(bad(
            "the team or login name is not one the server tools make",
        ));
    }
    if link.password.len() < 16 {
        return Err(bad("the one-time password is missing"));
    }
    if link.ocmw.chars().count() > 200 || link.ocmw.chars().any(char::is_control) {
        return Err(bad(
            "the OCMW's name is not one line of at most 200 characters",
        ));
    }
    if !link.ca_pem.contains("-----BEGIN CERTIFICATE-----") {
        return Err(bad("the OCMW's certificate is missing"));
    }
    Ok(link)
}

/// A new random password (256 bits, hex): what a Tandem sets for its login at enrolment, so
/// that the code's own password works once only.
pub fn new_password() -> String {
    use rand::RngCore;
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex::encode(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link() -> Link {
        Link {
            host: "tandem.ocmw-proefstad.example".into(),
            port: 5432,
            database: "proefstad".into(),
            login: "proefstad_anna".into(),
            password: new_password(),
            ca_pem: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".into(),
            ocmw: "OCMW Proefstad".into(),
        }
    }

    #[test]
    fn a_code_reads_back_wrapped_or_not_and_a_changed_one_is_refused() {
        let l = link();
        let code = encode(&l);
        let back = decode(&code).unwrap();
        assert_eq!(
            (back.host, back.password),
            (l.host.clone(), l.password.clone())
        );
        let wrapped: String = code
            .chars()
            .enumerate()
            .flat_map(|(i, c)| if i % 40 == 39 { vec![c, '\n'] } else { vec![c] })
            .collect();
        assert!(decode(&wrapped).is_ok());
        assert!(decode(&code[..code.len() - 5]).is_err());
        assert!(decode("hello").is_err());
        let mut evil = link();
        evil.database = "x; DROP DATABASE y".into();
        assert!(decode(&encode(&evil)).is_err());
        let mut evil = link();
        evil.host = "a b".into();
        assert!(decode(&encode(&evil)).is_err());
    }
}
