//! The team store's connection: PostgreSQL over TLS, the areas' SQL with its placeholders translated, cells converted both ways.

use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error as _;

use postgres::types::{to_sql_checked, FromSql, IsNull, ToSql, Type};
use postgres::{Client, Statement};

use super::Value;
use crate::error::{Error, Result};

/// How many distinct statements a connection keeps prepared before it starts again.
const PREPARED_MAX: usize = 512;

/// One worker's connection to the team store.
pub struct Conn {
    client: RefCell<Client>,
    prepared: RefCell<HashMap<String, Statement>>,
}

impl Conn {
    /// A connection already made (logged in over TLS, as the worker's own role).
    pub fn new(client: Client) -> Conn {
        Conn {
            client: RefCell::new(client),
            prepared: RefCell::new(HashMap::new()),
        }
    }

    /// The SQL of the areas with PostgreSQL's placeholders: `?1` becomes `$1`, a bare `?` the
    /// next number. Quoted text and identifiers are left alone.
    pub fn translate(&self, sql: &str) -> String {
        translate(sql)
    }

    fn statement(&self, sql: &str) -> Result<Statement> {
        if let Some(s) = self.prepared.borrow().get(sql) {
            return Ok(s.clone());
        }
        let stmt = self.client.borrow_mut().prepare(sql).map_err(pg_error)?;
        let mut prepared = self.prepared.borrow_mut();
        if prepared.len() >= PREPARED_MAX {
            prepared.clear();
        }
        prepared.insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    pub(super) fn execute(&self, sql: &str, values: &[Value]) -> Result<usize> {
        self.execute_translated(&translate(sql), values)
    }

    pub(super) fn execute_translated(&self, sql: &str, values: &[Value]) -> Result<usize> {
        let stmt = self.statement(sql)?;
        let params = refs(values);
        let n = self
            .client
            .borrow_mut()
            .execute(&stmt, &params)
            .map_err(pg_error)?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    pub(super) fn query(&self, sql: &str, values: &[Value]) -> Result<Vec<postgres::Row>> {
        let stmt = self.statement(sql)?;
        let params = refs(values);
        self.client
            .borrow_mut()
            .query(&stmt, &params)
            .map_err(pg_error)
    }

    /// The server closed the connection (it went away, or the login was revoked).
    pub(super) fn is_closed(&self) -> bool {
        self.client.borrow().is_closed()
    }

    pub(super) fn batch(&self, sql: &str) -> Result<()> {
        self.client
            .borrow_mut()
            .batch_execute(sql)
            .map_err(pg_error)
    }

    pub(super) fn column_names(&self, sql: &str) -> Result<Vec<String>> {
        Ok(self
            .statement(sql)?
            .columns()
            .iter()
            .map(|c| c.name().to_string())
            .collect())
    }
}

fn refs(values: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

/// `?N` → `$N` and `?` → the next `$N`, outside quotes.
pub fn translate(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 1u32;
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None => match c {
                '\'' | '"' => {
                    quote = Some(c);
                    out.push(c);
                }
                '?' => {
                    let mut digits = String::new();
                    while let Some(d) = chars.peek().copied().filter(char::is_ascii_digit) {
                        digits.push(d);
                        chars.next();
                    }
                    out.push('$');
                    if digits.is_empty() {
                        out.push_str(&next.to_string());
                        next += 1;
                    } else {
                        if let Ok(n) = digits.parse::<u32>() {
                            next = next.max(n + 1);
                        }
                        out.push_str(&digits);
                    }
                }
                _ => out.push(c),
            },
        }
    }
    out
}

/// A PostgreSQL error as Tandem reports it: the SQLSTATE and the server's message (the
/// client library's own `Display` says only "db error").
pub fn pg_error(e: postgres::Error) -> Error {
    if let Some(db) = e.as_db_error() {
        // Class 23: integrity constraint violation.
        if db.code().code().starts_with("23") {
            return Error::Constraint {
                detail: format!("{} ({})", db.message(), db.code().code()),
            };
        }
    }
    let detail = match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => match e.source() {
            Some(s) => format!("{e}: {s}"),
            None => e.to_string(),
        },
    };
    Error::TeamStore { detail }
}

/// The cell at `idx` of a team-store row.
pub(super) fn cell(row: &postgres::Row, idx: usize) -> Result<Value> {
    row.try_get::<_, Value>(idx).map_err(|e| Error::Storage {
        detail: match e.source() {
            Some(s) => format!("column {idx}: {s}"),
            None => format!("column {idx}: {e}"),
        },
    })
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

fn conversion(what: String) -> BoxError {
    what.into()
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, BoxError> {
        use bytes::BufMut;
        let int = |v: &Value| -> std::result::Result<i64, BoxError> {
            match v {
                Value::Integer(i) => Ok(*i),
                Value::Text(s) => s
                    .trim()
                    .parse()
                    .map_err(|_| conversion(format!("{s:?} is not an integer"))),
                Value::Real(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(*f as i64),
                other => Err(conversion(format!("{other:?} is not an integer"))),
            }
        };
        if *self == Value::Null {
            return Ok(IsNull::Yes);
        }
        match *ty {
            Type::INT8 => out.put_i64(int(self)?),
            Type::INT4 => out.put_i32(i32::try_from(int(self)?)?),
            Type::INT2 => out.put_i16(i16::try_from(int(self)?)?),
            Type::BOOL => out.put_u8(u8::from(int(self)? != 0)),
            Type::FLOAT8 | Type::FLOAT4 => {
                let f = match self {
                    Value::Real(f) => *f,
                    Value::Integer(i) => *i as f64,
                    other => return Err(conversion(format!("{other:?} is not a number"))),
                };
                if *ty == Type::FLOAT8 {
                    out.put_f64(f)
                } else {
                    out.put_f32(f as f32)
                }
            }
            Type::BYTEA => match self {
                Value::Blob(b) => out.put_slice(b),
                Value::Text(s) => out.put_slice(s.as_bytes()),
                other => return Err(conversion(format!("{other:?} is not a blob"))),
            },
            Type::JSONB => {
                out.put_u8(1);
                out.put_slice(text(self).as_bytes());
            }
            _ => out.put_slice(text(self).as_bytes()),
        }
        Ok(IsNull::No)
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT8
                | Type::INT4
                | Type::INT2
                | Type::BOOL
                | Type::FLOAT8
                | Type::FLOAT4
                | Type::BYTEA
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UNKNOWN
                | Type::JSON
                | Type::JSONB
        )
    }

    to_sql_checked!();
}

fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => s.clone(),
        Value::Blob(b) => String::from_utf8_lossy(b).into_owned(),
    }
}

impl<'a> FromSql<'a> for Value {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Value, BoxError> {
        let fixed = |n: usize| -> std::result::Result<&'a [u8], BoxError> {
            if raw.len() == n {
                Ok(raw)
            } else {
                Err(conversion(format!("{} bytes for a {ty}", raw.len())))
            }
        };
        Ok(match *ty {
            Type::INT8 => Value::Integer(i64::from_be_bytes(fixed(8)?.try_into()?)),
            Type::INT4 => Value::Integer(i32::from_be_bytes(fixed(4)?.try_into()?).into()),
            Type::INT2 => Value::Integer(i16::from_be_bytes(fixed(2)?.try_into()?).into()),
            Type::OID => Value::Integer(u32::from_be_bytes(fixed(4)?.try_into()?).into()),
            Type::BOOL => Value::Integer(i64::from(fixed(1)?[0] != 0)),
            Type::FLOAT8 => Value::Real(f64::from_be_bytes(fixed(8)?.try_into()?)),
            Type::FLOAT4 => Value::Real(f32::from_be_bytes(fixed(4)?.try_into()?).into()),
            Type::NUMERIC => numeric(raw)?,
            Type::BYTEA => Value::Blob(raw.to_vec()),
            Type::JSONB => Value::Text(String::from_utf8(raw.get(1..).unwrap_or(&[]).to_vec())?),
            _ => Value::Text(String::from_utf8(raw.to_vec())?),
        })
    }

    fn from_sql_null(_: &Type) -> std::result::Result<Value, BoxError> {
        Ok(Value::Null)
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT8
                | Type::INT4
                | Type::INT2
                | Type::OID
                | Type::BOOL
                | Type::FLOAT8
                | Type::FLOAT4
                | Type::NUMERIC
                | Type::BYTEA
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::JSON
                | Type::JSONB
                | Type::UNKNOWN
        )
    }
}

/// PostgreSQL's binary NUMERIC (what `sum` of a BIGINT answers): an integer when it has no
/// fraction and fits, else a real number.
fn numeric(raw: &[u8]) -> std::result::Result<Value, BoxError> {
    let word = |i: usize| -> std::result::Result<u16, BoxError> {
        raw.get(i * 2..i * 2 + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
            .ok_or_else(|| conversion("a NUMERIC cut short".into()))
    };
    let ndigits = usize::from(word(0)?);
    let weight = i64::from(word(1)? as i16);
    let sign = word(2)?;
    if sign == 0xC000 {
        return Err(conversion("NaN".into()));
    }
    let mut int: i128 = 0;
    let mut frac = 0f64;
    for k in 0..ndigits {
        let d = i128::from(word(4 + k)?);
        let power = weight - k as i64;
        if power >= 0 {
            let scale = 10_000i128
                .checked_pow(u32::try_from(power)?)
                .ok_or_else(|| conversion("a NUMERIC too large".into()))?;
            int = d
                .checked_mul(scale)
                .and_then(|v| int.checked_add(v))
                .ok_or_else(|| conversion("a NUMERIC too large".into()))?;
        } else {
            frac += d as f64 * 10_000f64.powi(i32::try_from(power)?);
        }
    }
    let negative = sign == 0x4000;
    if frac == 0.0 {
        let v = i64::try_from(int).map_err(|_| conversion("a NUMERIC too large".into()))?;
        Ok(Value::Integer(if negative { -v } else { v }))
    } else {
        let v = int as f64 + frac;
        Ok(Value::Real(if negative { -v } else { v }))
    }
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn placeholders_are_numbered_outside_quotes() {
        assert_eq!(
            translate("SELECT a FROM t WHERE b = ?1 AND c = ?2 OR d = ?1"),
            "SELECT a FROM t WHERE b = $1 AND c = $2 OR d = $1"
        );
        assert_eq!(translate("VALUES (?, ?, ?)"), "VALUES ($1, $2, $3)");
        assert_eq!(
            translate("SELECT '?1 is kept', \"a?b\" FROM t WHERE x = ?1"),
            "SELECT '?1 is kept', \"a?b\" FROM t WHERE x = $1"
        );
        assert_eq!(translate("x = ?3, y = ?"), "x = $3, y = $4");
    }
}

/// Where and as whom a worker logs in to the team store. The server's certificate must be
/// signed by the OCMW's own CA (`ca_pem`, pinned at enrolment): no other CA is trusted.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub struct Link {
    pub host: String,
    pub port: u16,
    pub database: String,
    /// The login's role name on the server.
    pub login: String,
    pub password: String,
    pub ca_pem: String,
    /// The OCMW's name, as `tandem-server init --ocmw` was given it (shown before joining).
    #[serde(default)]
    pub ocmw: String,
}

impl std::fmt::Debug for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}@{}:{}/{}",
            self.login, self.host, self.port, self.database
        )
    }
}

/// The TLS connector that trusts the OCMW's CA only and checks the server's host name.
pub fn tls(ca_pem: &str) -> Result<postgres_openssl::MakeTlsConnector> {
    use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
    let bad = |e: openssl::error::ErrorStack| Error::TeamStore {
        detail: format!("TLS: {e}"),
    };
    let mut builder = SslConnector::builder(SslMethod::tls_client()).map_err(bad)?;
    let certs = openssl::x509::X509::stack_from_pem(ca_pem.as_bytes()).map_err(bad)?;
    if certs.is_empty() {
        return Err(Error::TeamStore {
            detail: "TLS: no CA certificate in the enrolment".into(),
        });
    }
    // A fresh store: the system's CAs are not trusted for the team server.
    let mut store = openssl::x509::store::X509StoreBuilder::new().map_err(bad)?;
    for c in certs {
        store.add_cert(c).map_err(bad)?;
    }
    builder.set_verify_cert_store(store.build()).map_err(bad)?;
    builder.set_verify(SslVerifyMode::PEER);
    builder
        .set_min_proto_version(Some(openssl::ssl::SslVersion::TLS1_2))
        .map_err(bad)?;
    Ok(postgres_openssl::MakeTlsConnector::new(builder.build()))
}

/// Connects with `config` over TLS trusting `ca_pem` only. SQLCipher keys its connections
/// through the same OpenSSL (on Linux, the system's); a TLS handshake beside a keying in another
/// thread has been seen to make the keying fail ("An error occurred with PRAGMA key") in the
/// parallel tests: handshakes take the keyings' lock, one at a time.
pub fn open_client(config: &postgres::Config, ca_pem: &str) -> Result<Client> {
    let tls = tls(ca_pem)?;
    let _one = crate::vault::keying_lock();
    config.connect(tls).map_err(pg_error)
}

/// Logs in over TLS (required, never plain text) and checks the server's schema version.
pub fn connect(link: &Link) -> Result<super::Db> {
    let mut config = postgres::Config::new();
    config
        .host(&link.host)
        .port(link.port)
        .dbname(&link.database)
        .user(&link.login)
        .password(&link.password)
        .ssl_mode(postgres::config::SslMode::Require)
        .connect_timeout(std::time::Duration::from_secs(10))
        .application_name("tandem");
    // SQLCipher keys its connections through the same OpenSSL (on Linux, the system's); a
    // TLS handshake beside a keying in another thread has been seen to make the keying fail
    // ("An error occurred with PRAGMA key") in the parallel tests: one at a time, as keyings are.
    let mut client = open_client(&config, &link.ca_pem)?;
    super::team_schema::check_version(&mut client)?;
    Ok(super::Db::team(Conn::new(client)))
}

/// The team store the vault `vault` says this worker joined, if any.
pub fn linked(vault: &super::Db) -> Result<Option<Link>> {
    use super::OptionalExtension;
    let text: Option<String> = vault
        .query_row("SELECT link FROM team_link WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    match text {
        None => Ok(None),
        Some(t) => serde_json::from_str(&t)
            .map(Some)
            .map_err(|e| Error::VaultCorrupt {
                detail: format!("the team link cannot be read: {e}"),
            }),
    }
}

/// Keeps `link` in the vault (replacing an earlier one).
pub fn keep_link(vault: &super::Db, link: &Link) -> Result<()> {
    let text = serde_json::to_string(link).map_err(|e| Error::InvalidInput {
        detail: e.to_string(),
    })?;
    vault.execute(
        "INSERT INTO team_link (id, link, enrolled_at) VALUES (1, ?1, ?2)
         ON CONFLICT(id) DO UPDATE SET link = excluded.link, enrolled_at = excluded.enrolled_at",
        super::params![text, crate::now_utc()],
    )?;
    Ok(())
}

/// Sets the logged-in role's own password: only its SCRAM verifier is sent (it holds no quote).
pub fn set_password(db: &super::Db, password: &str) -> Result<()> {
    let verifier = super::team_schema::scram_verifier(password);
    db.execute_batch(&format!("ALTER ROLE CURRENT_USER PASSWORD '{verifier}'"))
}
