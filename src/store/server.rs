//! The team server's tools (`tandem-server`): set up a team on the office's PostgreSQL, add and revoke logins, migrate, and the nightly encrypted dump.

use std::path::{Path, PathBuf};

use postgres::Client;

pub use super::team_schema::admin;
use serde::{Deserialize, Serialize};

use super::team::{pg_error, Link};
use super::team_schema::{self, Role, Team};
use crate::error::{Error, Result};

/// A team as `init` set it up, kept in its folder (`team.json`) for the other commands.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TeamSetup {
    pub team: String,
    /// The name the workers' Tandem connects to (in the server's certificate).
    pub host: String,
    pub port: u16,
    /// The office network the logins may come from (CIDR).
    pub network: String,
    /// The OCMW's name, as the workers' Tandem shows it before they join (empty: not given).
    #[serde(default)]
    pub ocmw: String,
}

fn io(what: &str, e: std::io::Error) -> Error {
    Error::TeamStore {
        detail: format!("{what}: {e}"),
    }
}

fn tls_err(e: openssl::error::ErrorStack) -> Error {
    Error::TeamStore {
        detail: format!("certificate: {e}"),
    }
}

/// The office network as CIDR (`192.168.10.0/24`, `10.0.0.0/8`, `127.0.0.1/32`).
pub fn check_network(cidr: &str) -> Result<()> {
    let bad = || Error::InvalidInput {
        detail: format!("network: {cidr} is not an address/prefix such as 192.168.10.0/24"),
    };
    let (addr, prefix) = cidr.split_once('/').ok_or_else(bad)?;
    let ip: std::net::IpAddr = addr.parse().map_err(|_| bad())?;
    let prefix: u8 = prefix.parse().map_err(|_| bad())?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    if prefix > max || (prefix == 0) {
        return Err(bad());
    }
    Ok(())
}

/// A host name or address the certificate can name.
fn check_host(host: &str) -> Result<()> {
    let ok = (1..=253).contains(&host.len())
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if ok {
        Ok(())
    } else {
        Err(Error::InvalidInput {
            detail: format!("host: {host} is not a host name or address"),
        })
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| io(&path.display().to_string(), e))?;
    f.write_all(bytes)
        .map_err(|e| io(&path.display().to_string(), e))
}

/// The uid and gid of the `postgres` user, when this runs as root (the server must own its key).
fn postgres_owner() -> Option<(u32, u32)> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.first() == Some(&"postgres") && f.len() > 3)
            .then(|| Some((f[2].parse().ok()?, f[3].parse().ok()?)))
            .flatten()
    })
}

fn give_to_postgres(path: &Path) -> Result<()> {
    // SAFETY-free check: geteuid through std is not available; /proc tells who we are.
    let me = std::fs::metadata("/proc/self").map(|m| {
        use std::os::unix::fs::MetadataExt;
        m.uid()
    });
    if me.ok() == Some(0) {
        if let Some((uid, gid)) = postgres_owner() {
            std::os::unix::fs::chown(path, Some(uid), Some(gid))
                .map_err(|e| io(&path.display().to_string(), e))?;
        }
    }
    Ok(())
}

fn random_serial() -> Result<openssl::asn1::Asn1Integer> {
    let mut bn = openssl::bn::BigNum::new().map_err(tls_err)?;
    bn.rand(127, openssl::bn::MsbOption::MAYBE_ZERO, false)
        .map_err(tls_err)?;
    bn.to_asn1_integer().map_err(tls_err)
}

fn ec_key() -> Result<openssl::pkey::PKey<openssl::pkey::Private>> {
    let group = openssl::ec::EcGroup::from_curve_name(openssl::nid::Nid::X9_62_PRIME256V1)
        .map_err(tls_err)?;
    let key = openssl::ec::EcKey::generate(&group).map_err(tls_err)?;
    openssl::pkey::PKey::from_ec_key(key).map_err(tls_err)
}

/// The OCMW's own CA and the server's certificate for `host` (PEM: ca cert, ca key, server
/// cert, server key). The workers' Tandem trusts this CA only.
pub fn make_certificates(team: &str, host: &str) -> Result<[Vec<u8>; 4]> {
    use openssl::asn1::Asn1Time;
    use openssl::hash::MessageDigest;
    use openssl::x509::extension::{
        BasicConstraints, ExtendedKeyUsage, KeyUsage, SubjectAlternativeName,
    };
    use openssl::x509::{X509NameBuilder, X509};
    let name = |cn: &str| -> Result<openssl::x509::X509Name> {
        let mut b = X509NameBuilder::new().map_err(tls_err)?;
        b.append_entry_by_text("O", "Tandem team store")
            .map_err(tls_err)?;
        b.append_entry_by_text("CN", cn).map_err(tls_err)?;
        Ok(b.build())
    };
    let ca_key = ec_key()?;
    let ca_name = name(&format!("{team} OCMW CA"))?;
    let mut ca = X509::builder().map_err(tls_err)?;
    ca.set_version(2).map_err(tls_err)?;
    let serial = random_serial()?;
    ca.set_serial_number(&serial).map_err(tls_err)?;
    ca.set_subject_name(&ca_name).map_err(tls_err)?;
    ca.set_issuer_name(&ca_name).map_err(tls_err)?;
    ca.set_pubkey(&ca_key).map_err(tls_err)?;
    let from = Asn1Time::days_from_now(0).map_err(tls_err)?;
    ca.set_not_before(&from).map_err(tls_err)?;
    let until = Asn1Time::days_from_now(3650).map_err(tls_err)?;
    ca.set_not_after(&until).map_err(tls_err)?;
    ca.append_extension(
        BasicConstraints::new()
            .critical()
            .ca()
            .build()
            .map_err(tls_err)?,
    )
    .map_err(tls_err)?;
    ca.append_extension(
        KeyUsage::new()
            .critical()
            .key_cert_sign()
            .crl_sign()
            .build()
            .map_err(tls_err)?,
    )
    .map_err(tls_err)?;
    ca.sign(&ca_key, MessageDigest::sha256()).map_err(tls_err)?;
    let ca = ca.build();

    let key = ec_key()?;
    let mut cert = X509::builder().map_err(tls_err)?;
    cert.set_version(2).map_err(tls_err)?;
    let serial = random_serial()?;
    cert.set_serial_number(&serial).map_err(tls_err)?;
    let subject = name(host)?;
    cert.set_subject_name(&subject).map_err(tls_err)?;
    cert.set_issuer_name(ca.subject_name()).map_err(tls_err)?;
    cert.set_pubkey(&key).map_err(tls_err)?;
    cert.set_not_before(&from).map_err(tls_err)?;
    let until = Asn1Time::days_from_now(825).map_err(tls_err)?;
    cert.set_not_after(&until).map_err(tls_err)?;
    let mut san = SubjectAlternativeName::new();
    if host.parse::<std::net::IpAddr>().is_ok() {
        san.ip(host);
    } else {
        san.dns(host);
    }
    let san = san
        .build(&cert.x509v3_context(Some(&ca), None))
        .map_err(tls_err)?;
    cert.append_extension(san).map_err(tls_err)?;
    cert.append_extension(BasicConstraints::new().build().map_err(tls_err)?)
        .map_err(tls_err)?;
    cert.append_extension(
        ExtendedKeyUsage::new()
            .server_auth()
            .build()
            .map_err(tls_err)?,
    )
    .map_err(tls_err)?;
    cert.sign(&ca_key, MessageDigest::sha256())
        .map_err(tls_err)?;
    let cert = cert.build();
    Ok([
        ca.to_pem().map_err(tls_err)?,
        ca_key.private_key_to_pem_pkcs8().map_err(tls_err)?,
        cert.to_pem().map_err(tls_err)?,
        key.private_key_to_pem_pkcs8().map_err(tls_err)?,
    ])
}

/// What `init` did, for the administrator.
#[derive(Debug, Serialize)]
pub struct InitReport {
    pub team: String,
    pub folder: String,
    pub ca_certificate: String,
    /// PostgreSQL must be restarted once (it listened on localhost only).
    pub restart_needed: bool,
    /// The nightly backup line installed (or to install) in cron.
    pub cron: String,
}

fn set(admin: &mut Client, setting: &str, value: &str) -> Result<()> {
    // ALTER SYSTEM runs alone; the value is quoted as a literal.
    admin
        .batch_execute(&format!(
            "ALTER SYSTEM SET {setting} = '{}'",
            value.replace('\'', "''")
        ))
        .map_err(pg_error)
}

/// Sets a team up on this server: its folder (the OCMW CA, the server's certificate, the
/// backup key), TLS and scram-sha-256 on the server, `pg_hba` rules that let the team's logins
/// in over TLS from `network` only, its database, roles and schema, and the nightly backup.
pub fn init(setup: &TeamSetup, dir: &Path, cron: bool) -> Result<InitReport> {
    let team = Team::new(&setup.team)?;
    check_host(&setup.host)?;
    check_network(&setup.network)?;
    if dir.join("team.json").exists() {
        return Err(Error::InvalidInput {
            detail: format!("{} already holds a team", dir.display()),
        });
    }
    std::fs::create_dir_all(dir).map_err(|e| io(&dir.display().to_string(), e))?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| io(&dir.display().to_string(), e))?;
    }
    let [ca, ca_key, cert, key] = make_certificates(&setup.team, &setup.host)?;
    write_private(&dir.join("ca.crt"), &ca)?;
    write_private(&dir.join("ca.key"), &ca_key)?;
    write_private(&dir.join("server.crt"), &cert)?;
    write_private(&dir.join("server.key"), &key)?;
    give_to_postgres(&dir.join("server.crt"))?;
    give_to_postgres(&dir.join("server.key"))?;
    write_private(
        &dir.join("backup.key"),
        super::enrol::new_password().as_bytes(),
    )?;

    let mut su = admin("postgres")?;
    set(&mut su, "ssl", "on")?;
    set(
        &mut su,
        "ssl_cert_file",
        &dir.join("server.crt").to_string_lossy(),
    )?;
    set(
        &mut su,
        "ssl_key_file",
        &dir.join("server.key").to_string_lossy(),
    )?;
    set(&mut su, "ssl_min_protocol_version", "TLSv1.2")?;
    set(&mut su, "password_encryption", "scram-sha-256")?;
    let listen: String = su
        .query_one("SHOW listen_addresses", &[])
        .map_err(pg_error)?
        .get(0);
    let loopback = setup.network.starts_with("127.") || setup.network.starts_with("::1/");
    let restart_needed = !loopback && !listen.split(',').any(|a| a.trim() == "*");
    if restart_needed {
        set(&mut su, "listen_addresses", "*")?;
    }
    write_hba(&mut su, &team, &setup.network)?;
    su.batch_execute("SELECT pg_reload_conf()")
        .map_err(pg_error)?;
    team_schema::create(&mut su, &team, admin)?;
    let json = serde_json::to_vec_pretty(setup).unwrap_or_default();
    write_private(&dir.join("team.json"), &json)?;
    // The nightly job runs as postgres: when this ran as root, the folder becomes postgres's.
    for f in ["", "ca.crt", "ca.key", "backup.key", "team.json"] {
        give_to_postgres(&dir.join(f))?;
    }

    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "tandem-server".into());
    let line = format!(
        "30 2 * * * postgres {exe} backup --dir {} --keep 14\n",
        dir.display()
    );
    if cron && Path::new("/etc/cron.d").is_dir() {
        std::fs::write(format!("/etc/cron.d/tandem-{}", setup.team), &line)
            .map_err(|e| io("/etc/cron.d", e))?;
    }
    Ok(InitReport {
        team: setup.team.clone(),
        folder: dir.display().to_string(),
        ca_certificate: String::from_utf8_lossy(&ca).into_owned(),
        restart_needed,
        cron: line.trim_end().to_string(),
    })
}

/// The rules for the team's logins, first in `pg_hba.conf` (the first matching line wins):
/// never without TLS, only to the team's database from the office network, nothing else.
fn write_hba(admin: &mut Client, team: &Team, network: &str) -> Result<()> {
    let path: String = admin
        .query_one("SHOW hba_file", &[])
        .map_err(pg_error)?
        .get(0);
    let old = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
    // The whole marker line (team "foo" must not take team "foobar"'s rules for its own).
    let marker = format!("# tandem team {}:", team.database());
    if old.lines().any(|l| l.starts_with(&marker)) {
        return Ok(());
    }
    let groups = [Role::Worker, Role::Lead, Role::Secretary]
        .map(|r| format!("+{}", team.group(r)))
        .join(",");
    let rules = format!(
        "{marker} its logins over TLS only, from the office network only\n\
         hostnossl all {groups} all reject\n\
         hostssl {db} {groups} {network} scram-sha-256\n\
         host all {groups} all reject\n\
         local all {groups} reject\n\n",
        db = team.database()
    );
    std::fs::write(&path, format!("{rules}{old}")).map_err(|e| io(&path, e))
}

/// The team of a folder `init` made.
pub fn load(dir: &Path) -> Result<TeamSetup> {
    let path = dir.join("team.json");
    let text = std::fs::read(&path).map_err(|e| io(&path.display().to_string(), e))?;
    serde_json::from_slice(&text).map_err(|e| Error::InvalidInput {
        detail: format!("{}: {e}", path.display()),
    })
}

/// Adds a login and answers its one-time enrolment code (the worker pastes it into Tandem,
/// which then sets a password only it knows).
pub fn add_worker(dir: &Path, login: &str, role: Role) -> Result<String> {
    let setup = load(dir)?;
    let team = Team::new(&setup.team)?;
    let password = super::enrol::new_password();
    let name = team_schema::add_login(&mut admin("postgres")?, &team, login, role, &password)?;
    let ca = std::fs::read_to_string(dir.join("ca.crt")).map_err(|e| io("ca.crt", e))?;
    Ok(super::enrol::encode(&Link {
        host: setup.host,
        port: setup.port,
        database: team.database().to_string(),
        login: name,
        password,
        ca_pem: ca,
        ocmw: setup.ocmw,
    }))
}

/// Ends a login at once (no new session, open ones closed).
pub fn revoke(dir: &Path, login: &str) -> Result<()> {
    let setup = load(dir)?;
    team_schema::revoke_login(&mut admin("postgres")?, &Team::new(&setup.team)?, login)
}

/// Brings the team's schema to this version's: the only way the schema changes.
pub fn migrate(dir: &Path) -> Result<(i64, i64)> {
    let setup = load(dir)?;
    let team = Team::new(&setup.team)?;
    let mut db = admin(team.database())?;
    let from = team_schema::migrate(&mut db, &team)?;
    team_schema::seed_amounts(admin(team.database())?, &team)?;
    Ok((from, team_schema::VERSION))
}

/// The first bytes of an encrypted dump.
const BACKUP_MAGIC: &[u8] = b"TANDEM-TEAM-DUMP-1\n";

fn backup_key(dir: &Path) -> Result<[u8; 32]> {
    let text = std::fs::read_to_string(dir.join("backup.key")).map_err(|e| io("backup.key", e))?;
    let bytes = hex::decode(text.trim()).map_err(|_| Error::InvalidInput {
        detail: "backup.key is not 64 hex digits".into(),
    })?;
    bytes.try_into().map_err(|_| Error::InvalidInput {
        detail: "backup.key is not 64 hex digits".into(),
    })
}

/// Dumps the team's database (`pg_dump -Fc`), encrypts it (AES-256-GCM with the folder's
/// backup key) into `backups/`, and keeps the `keep` newest. Answers the file written.
pub fn backup(dir: &Path, keep: usize) -> Result<PathBuf> {
    let setup = load(dir)?;
    let out = std::process::Command::new("pg_dump")
        .args(["-Fc", "--dbname", &setup.team])
        .output()
        .map_err(|e| io("pg_dump", e))?;
    if !out.status.success() {
        return Err(Error::TeamStore {
            detail: format!("pg_dump: {}", String::from_utf8_lossy(&out.stderr).trim()),
        });
    }
    let key = backup_key(dir)?;
    let mut nonce = [0u8; 12];
    openssl::rand::rand_bytes(&mut nonce).map_err(tls_err)?;
    let mut tag = [0u8; 16];
    let sealed = openssl::symm::encrypt_aead(
        openssl::symm::Cipher::aes_256_gcm(),
        &key,
        Some(&nonce),
        BACKUP_MAGIC,
        &out.stdout,
        &mut tag,
    )
    .map_err(tls_err)?;
    let folder = dir.join("backups");
    std::fs::create_dir_all(&folder).map_err(|e| io("backups", e))?;
    let name = format!(
        "{}-{}.dump.enc",
        setup.team,
        chrono::Utc::now().format("%Y%m%d-%H%M%S")
    );
    let path = folder.join(name);
    let mut bytes = BACKUP_MAGIC.to_vec();
    bytes.extend_from_slice(&nonce);
    bytes.extend_from_slice(&tag);
    bytes.extend_from_slice(&sealed);
    write_private(&path, &bytes)?;
    // Rotation: the names sort by time.
    let mut all: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map_err(|e| io("backups", e))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".dump.enc"))
        .collect();
    all.sort();
    let excess = all.len().saturating_sub(keep.max(1));
    for old in &all[..excess] {
        std::fs::remove_file(old).map_err(|e| io(&old.display().to_string(), e))?;
    }
    Ok(path)
}

/// Decrypts a dump `backup` wrote (for `pg_restore`); a changed file is refused.
pub fn decrypt_backup(dir: &Path, file: &Path) -> Result<Vec<u8>> {
    let bytes = std::fs::read(file).map_err(|e| io(&file.display().to_string(), e))?;
    let bad = || Error::BackupFormat {
        detail: "not a team dump of this folder's key, or changed".into(),
    };
    let rest = bytes.strip_prefix(BACKUP_MAGIC).ok_or_else(bad)?;
    if rest.len() < 28 {
        return Err(bad());
    }
    let (nonce, rest) = rest.split_at(12);
    let (tag, sealed) = rest.split_at(16);
    openssl::symm::decrypt_aead(
        openssl::symm::Cipher::aes_256_gcm(),
        &backup_key(dir)?,
        Some(nonce),
        BACKUP_MAGIC,
        sealed,
        tag,
    )
    .map_err(|_| bad())
}
