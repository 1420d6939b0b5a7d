//! The store seam: one connection type, `Db`, over the personal vault (SQLCipher) or the team store (PostgreSQL); every area reads and writes through it.
//!
//! The areas write their SQL once, with numbered placeholders (`?1`), and read cells through
//! `Row::get`. The vault runs it on SQLCipher as it is; the team store translates the
//! placeholders (`$1`) and converts the cells, so that the command surface, the UI and the CLI
//! do not know which store is behind them. Where the two dialects differ (dates, text
//! comparison, the schema's catalogue) the area asks `Db::dialect`.

pub mod enrol;
#[cfg(unix)]
pub mod server;
pub mod team;
pub mod team_schema;

use std::cell::Cell;

use crate::error::{Error, Result};

/// One cell, as both stores hold it: SQLite's storage classes, which the team store's columns
/// (BIGINT, DOUBLE PRECISION, TEXT, BYTEA) map to one for one.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// The SQL dialect behind a connection, for the few statements that differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// The personal vault: SQLCipher (SQLite).
    Sqlite,
    /// The team store: PostgreSQL.
    Postgres,
}

/// A connection to one store. Statements run one after another (the core is synchronous);
/// `transaction` opens a transaction, or a savepoint inside one.
pub struct Db {
    link: Link,
    /// How many transactions are open on this connection (the outer one and its savepoints).
    depth: Cell<u32>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Db({:?})", self.dialect())
    }
}

enum Link {
    Vault(rusqlite::Connection),
    Team(Box<team::Conn>),
}

impl Db {
    /// True when a team connection was closed by the server or the network.
    pub fn is_closed(&self) -> bool {
        match &self.link {
            Link::Vault(_) => false,
            Link::Team(t) => t.is_closed(),
        }
    }

    /// The personal vault's connection (already keyed and migrated).
    pub fn vault(conn: rusqlite::Connection) -> Db {
        Db {
            link: Link::Vault(conn),
            depth: Cell::new(0),
        }
    }

    /// A connection to the team store.
    pub fn team(conn: team::Conn) -> Db {
        Db {
            link: Link::Team(Box::new(conn)),
            depth: Cell::new(0),
        }
    }

    pub fn dialect(&self) -> Dialect {
        match self.link {
            Link::Vault(_) => Dialect::Sqlite,
            Link::Team(_) => Dialect::Postgres,
        }
    }

    pub fn is_team(&self) -> bool {
        self.dialect() == Dialect::Postgres
    }

    /// The SQLCipher connection under a vault (the vault's own keying, backups, migrations).
    pub(crate) fn sqlite(&self) -> Result<&rusqlite::Connection> {
        match &self.link {
            Link::Vault(c) => Ok(c),
            Link::Team(_) => Err(not_the_vault()),
        }
    }

    pub(crate) fn into_sqlite(self) -> Result<rusqlite::Connection> {
        match self.link {
            Link::Vault(c) => Ok(c),
            Link::Team(_) => Err(not_the_vault()),
        }
    }

    /// Runs one statement; answers the number of rows it changed.
    pub fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize> {
        let values = params.values();
        match &self.link {
            Link::Vault(c) => Ok(c.execute(sql, rusqlite::params_from_iter(lite(&values)))?),
            Link::Team(t) => t.execute(sql, &values),
        }
    }

    /// Runs statements without parameters, one after another.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.link {
            Link::Vault(c) => Ok(c.execute_batch(sql)?),
            Link::Team(t) => t.batch(sql),
        }
    }

    /// The first row of a query, read by `f`; `Error::NoRow` when there is none.
    pub fn query_row<T, P, F>(&self, sql: &str, params: P, f: F) -> Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T>,
    {
        self.prepare(sql)?.query_row(params, f)
    }

    pub fn prepare(&self, sql: &str) -> Result<Stmt<'_>> {
        Ok(Stmt {
            kind: match &self.link {
                Link::Vault(c) => StmtKind::Vault(c.prepare(sql)?),
                Link::Team(t) => StmtKind::Team(t, t.translate(sql)),
            },
        })
    }

    /// As `prepare`, kept ready for the next time the same SQL comes (SQLite's statement
    /// cache; the team store prepares each distinct statement once per connection anyway).
    pub fn prepare_cached(&self, sql: &str) -> Result<Stmt<'_>> {
        Ok(Stmt {
            kind: match &self.link {
                Link::Vault(c) => StmtKind::VaultCached(c.prepare_cached(sql)?),
                Link::Team(t) => StmtKind::Team(t, t.translate(sql)),
            },
        })
    }

    /// The id the last INSERT gave its row (in the team store: the last value of the
    /// session's sequences, which every id column draws from).
    pub fn last_insert_rowid(&self) -> Result<i64> {
        match &self.link {
            Link::Vault(c) => Ok(c.last_insert_rowid()),
            Link::Team(_) => self.query_row("SELECT lastval()", [], |r| r.get(0)),
        }
    }

    /// Opens a transaction (a savepoint when one is already open). It rolls back when dropped
    /// without `commit`.
    pub fn transaction(&self) -> Result<Tx<'_>> {
        let depth = self.depth.get();
        let sql = if depth == 0 {
            "BEGIN".to_string()
        } else {
            format!("SAVEPOINT tandem_{depth}")
        };
        self.execute_batch(&sql)?;
        self.depth.set(depth + 1);
        Ok(Tx {
            db: self,
            level: depth,
            open: true,
        })
    }

    /// The same as `transaction` (rusqlite's name for a transaction opened through a shared
    /// reference).
    pub fn unchecked_transaction(&self) -> Result<Tx<'_>> {
        self.transaction()
    }

    /// The ordinary tables of the schema, in the order they were created (the store's own
    /// and SQLite's virtual tables left out).
    pub fn tables(&self) -> Result<Vec<String>> {
        let sql = match self.dialect() {
            Dialect::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table'
                   AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'
                 ORDER BY rowid"
            }
            Dialect::Postgres => {
                // The server's own tables (cover grants, the schema's version) are not the
                // core's: the team tools manage them.
                "SELECT c.relname::text FROM pg_class c
                 WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace
                   AND c.relname NOT IN ('file_access', 'team_schema')
                 ORDER BY c.oid"
            }
        };
        self.prepare(sql)?.query_map([], |r| r.get(0))?.collect()
    }

    /// The columns of `table`, in their order.
    pub fn columns(&self, table: &str) -> Result<Vec<ColumnInfo>> {
        match self.dialect() {
            Dialect::Sqlite => self
                .prepare(&format!("PRAGMA table_info({})", quoted(table)))?
                .query_map([], |r| {
                    Ok(ColumnInfo {
                        name: r.get(1)?,
                        decl_type: r.get(2)?,
                        not_null: r.get(3)?,
                        pk: r.get(5)?,
                    })
                })?
                .collect(),
            Dialect::Postgres => self
                .prepare(
                    // Named as SQLite declares them; `owner_role`, set by the server, is
                    // not the core's.
                    "SELECT a.attname::text,
                            CASE format_type(a.atttypid, a.atttypmod)
                                WHEN 'bigint' THEN 'INTEGER' WHEN 'text' THEN 'TEXT'
                                WHEN 'bytea' THEN 'BLOB' WHEN 'double precision' THEN 'REAL'
                                ELSE format_type(a.atttypid, a.atttypmod) END,
                            a.attnotnull,
                            COALESCE(array_position(pk.conkey, a.attnum), 0)
                     FROM pg_attribute a
                     JOIN pg_class t ON t.oid = a.attrelid
                     LEFT JOIN pg_constraint pk ON pk.conrelid = t.oid AND pk.contype = 'p'
                     WHERE t.relname = ?1 AND t.relnamespace = current_schema()::regnamespace
                       AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'owner_role'
                     ORDER BY a.attnum",
                )?
                .query_map([table], |r| {
                    Ok(ColumnInfo {
                        name: r.get(0)?,
                        decl_type: r.get(1)?,
                        not_null: r.get(2)?,
                        pk: r.get(3)?,
                    })
                })?
                .collect(),
        }
    }

    /// The foreign keys of `table`: (its column, the table it points to, that table's column).
    pub fn foreign_keys(&self, table: &str) -> Result<Vec<ForeignKey>> {
        match self.dialect() {
            Dialect::Sqlite => self
                .prepare(&format!("PRAGMA foreign_key_list({})", quoted(table)))?
                .query_map([], |r| {
                    Ok(ForeignKey {
                        column: r.get(3)?,
                        table: r.get(2)?,
                        to: r
                            .get::<_, Option<String>>(4)?
                            .unwrap_or_else(|| "id".into()),
                    })
                })?
                .collect(),
            Dialect::Postgres => self
                .prepare(
                    "SELECT a.attname::text, rt.relname::text, ra.attname::text
                     FROM pg_constraint c
                     JOIN pg_class t ON t.oid = c.conrelid
                     JOIN pg_class rt ON rt.oid = c.confrelid
                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                     JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
                     WHERE c.contype = 'f' AND t.relname = ?1
                       AND t.relnamespace = current_schema()::regnamespace
                     ORDER BY c.oid",
                )?
                .query_map([table], |r| {
                    Ok(ForeignKey {
                        column: r.get(0)?,
                        table: r.get(1)?,
                        to: r.get(2)?,
                    })
                })?
                .collect(),
        }
    }
}

/// A column of a table, as the schema declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnInfo {
    pub name: String,
    /// The declared type (`TEXT`, `INTEGER`, `BLOB`, `REAL`; the team store's named so too).
    pub decl_type: String,
    pub not_null: bool,
    /// Its position in the primary key (1-based), 0 when not part of it.
    pub pk: i64,
}

/// A foreign key of one table: `column` points to `table`.`to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    pub column: String,
    pub table: String,
    pub to: String,
}

/// A table name as an SQL identifier.
pub fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn not_the_vault() -> Error {
    Error::Storage {
        detail: "this works on the personal vault only, not on the team store".into(),
    }
}

fn lite(values: &[Value]) -> impl Iterator<Item = rusqlite::types::Value> + '_ {
    values.iter().map(|v| match v {
        Value::Null => rusqlite::types::Value::Null,
        Value::Integer(i) => rusqlite::types::Value::Integer(*i),
        Value::Real(f) => rusqlite::types::Value::Real(*f),
        Value::Text(s) => rusqlite::types::Value::Text(s.clone()),
        Value::Blob(b) => rusqlite::types::Value::Blob(b.clone()),
    })
}

fn from_lite(v: rusqlite::types::ValueRef<'_>) -> Value {
    match v {
        rusqlite::types::ValueRef::Null => Value::Null,
        rusqlite::types::ValueRef::Integer(i) => Value::Integer(i),
        rusqlite::types::ValueRef::Real(f) => Value::Real(f),
        rusqlite::types::ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        rusqlite::types::ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

/// An open transaction or savepoint; rolled back when dropped without `commit`.
pub struct Tx<'a> {
    db: &'a Db,
    level: u32,
    open: bool,
}

impl Tx<'_> {
    pub fn commit(mut self) -> Result<()> {
        self.open = false;
        let sql = if self.level == 0 {
            "COMMIT".to_string()
        } else {
            format!("RELEASE SAVEPOINT tandem_{}", self.level)
        };
        let done = self.db.execute_batch(&sql);
        if done.is_err() {
            let _ = self.db.execute_batch(&self.undo_sql());
        }
        self.db.depth.set(self.level);
        done
    }

    pub fn rollback(mut self) -> Result<()> {
        self.open = false;
        self.db.depth.set(self.level);
        self.db.execute_batch(&self.undo_sql())
    }

    fn undo_sql(&self) -> String {
        if self.level == 0 {
            "ROLLBACK".to_string()
        } else {
            format!(
                "ROLLBACK TO SAVEPOINT tandem_{0}; RELEASE SAVEPOINT tandem_{0}",
                self.level
            )
        }
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.db.execute_batch(&self.undo_sql());
            self.db.depth.set(self.level);
        }
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.db
    }
}

/// A prepared statement.
pub struct Stmt<'a> {
    kind: StmtKind<'a>,
}

enum StmtKind<'a> {
    Vault(rusqlite::Statement<'a>),
    VaultCached(rusqlite::CachedStatement<'a>),
    Team(&'a team::Conn, String),
}

impl<'a> Stmt<'a> {
    fn lite(&mut self) -> Option<&mut rusqlite::Statement<'a>> {
        match &mut self.kind {
            StmtKind::Vault(s) => Some(s),
            StmtKind::VaultCached(s) => Some(s),
            StmtKind::Team(..) => None,
        }
    }

    /// Runs the query; its rows are read one by one with `Rows::next`.
    pub fn query<P: Params>(&mut self, params: P) -> Result<Rows<'_>> {
        let values = params.values();
        if let StmtKind::Team(t, sql) = &self.kind {
            return Ok(Rows::Team(t.query(sql, &values)?.into_iter(), None));
        }
        match self.lite() {
            Some(s) => Ok(Rows::Vault(
                s.query(rusqlite::params_from_iter(lite(&values)))?,
            )),
            None => Err(not_the_vault()),
        }
    }

    /// The first row, read by `f`; `Error::NoRow` when there is none.
    pub fn query_row<T, P, F>(&mut self, params: P, f: F) -> Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T>,
    {
        match self.query(params)?.next()? {
            Some(r) => f(&r),
            None => Err(Error::NoRow),
        }
    }

    /// Each row read by `f`; stops at the first error, which comes last.
    pub fn query_map<T, P, F>(
        &mut self,
        params: P,
        mut f: F,
    ) -> Result<std::vec::IntoIter<Result<T>>>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> Result<T>,
    {
        let mut out = Vec::new();
        let mut rows = self.query(params)?;
        loop {
            match rows.next() {
                Ok(Some(r)) => match f(&r) {
                    Ok(v) => out.push(Ok(v)),
                    Err(e) => {
                        out.push(Err(e));
                        break;
                    }
                },
                Ok(None) => break,
                Err(e) => {
                    out.push(Err(e));
                    break;
                }
            }
        }
        Ok(out.into_iter())
    }

    /// Runs a statement that returns no rows; the number of rows it changed.
    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize> {
        let values = params.values();
        if let StmtKind::Team(t, sql) = &self.kind {
            return t.execute_translated(sql, &values);
        }
        match self.lite() {
            Some(s) => Ok(s.execute(rusqlite::params_from_iter(lite(&values)))?),
            None => Err(not_the_vault()),
        }
    }

    /// Whether the query returns at least one row.
    pub fn exists<P: Params>(&mut self, params: P) -> Result<bool> {
        Ok(self.query(params)?.next()?.is_some())
    }

    /// The names of the query's columns.
    pub fn column_names(&self) -> Result<Vec<String>> {
        match &self.kind {
            StmtKind::Vault(s) => Ok(s.column_names().map(String::from).collect()),
            StmtKind::VaultCached(s) => Ok(s.column_names().map(String::from).collect()),
            StmtKind::Team(t, sql) => t.column_names(sql),
        }
    }
}

/// The rows of a query, read one at a time.
pub enum Rows<'a> {
    Vault(rusqlite::Rows<'a>),
    Team(std::vec::IntoIter<postgres::Row>, Option<postgres::Row>),
}

impl Rows<'_> {
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match self {
            Rows::Vault(r) => Ok(r.next()?.map(Row::Vault)),
            Rows::Team(it, current) => {
                *current = it.next();
                Ok(current.as_ref().map(Row::Team))
            }
        }
    }
}

/// One row of a query.
pub enum Row<'a> {
    Vault(&'a rusqlite::Row<'a>),
    Team(&'a postgres::Row),
}

impl Row<'_> {
    /// The cell at `idx` (0-based), as `T`.
    pub fn get<I: Column, T: FromValue>(&self, idx: I) -> Result<T> {
        let idx = idx.index();
        T::from_value(self.value(idx)?).map_err(|e| match e {
            Error::Storage { detail } => Error::Storage {
                detail: format!("column {idx}: {detail}"),
            },
            other => other,
        })
    }

    /// The cell at `idx` as it is stored.
    pub fn value(&self, idx: usize) -> Result<Value> {
        match self {
            Row::Vault(r) => Ok(from_lite(r.get_ref(idx)?)),
            Row::Team(r) => team::cell(r, idx),
        }
    }
}

/// A column's position in a row (0-based).
pub trait Column {
    fn index(self) -> usize;
}

impl Column for usize {
    fn index(self) -> usize {
        self
    }
}

/// A Rust value that can be a statement's parameter.
pub trait Bind {
    fn value(&self) -> Value;
}

impl<T: Bind + ?Sized> Bind for &T {
    fn value(&self) -> Value {
        (**self).value()
    }
}

impl<T: Bind> Bind for Option<T> {
    fn value(&self) -> Value {
        match self {
            Some(v) => v.value(),
            None => Value::Null,
        }
    }
}

impl Bind for Value {
    fn value(&self) -> Value {
        self.clone()
    }
}

impl Bind for str {
    fn value(&self) -> Value {
        Value::Text(self.to_string())
    }
}

impl Bind for String {
    fn value(&self) -> Value {
        Value::Text(self.clone())
    }
}

impl Bind for [u8] {
    fn value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}

impl Bind for Vec<u8> {
    fn value(&self) -> Value {
        Value::Blob(self.clone())
    }
}

impl Bind for bool {
    fn value(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

impl Bind for f64 {
    fn value(&self) -> Value {
        Value::Real(*self)
    }
}

macro_rules! bind_integer {
    ($($t:ty),*) => {$(
        impl Bind for $t {
            fn value(&self) -> Value {
                Value::Integer(i64::from(*self))
            }
        }
    )*};
}
bind_integer!(i64, i32, i16, i8, u32, u16, u8);

impl Bind for usize {
    fn value(&self) -> Value {
        // A count or an index: never near i64::MAX on any machine Tandem runs on.
        Value::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl Bind for u64 {
    fn value(&self) -> Value {
        Value::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

/// A type a cell can be read as.
pub trait FromValue: Sized {
    fn from_value(v: Value) -> Result<Self>;
}

fn wrong_type(want: &str, got: &Value) -> Error {
    let got = match got {
        Value::Null => "NULL",
        Value::Integer(_) => "an integer",
        Value::Real(_) => "a real number",
        Value::Text(_) => "text",
        Value::Blob(_) => "a blob",
    };
    Error::Storage {
        detail: format!("expected {want}, found {got}"),
    }
}

impl FromValue for Value {
    fn from_value(v: Value) -> Result<Self> {
        Ok(v)
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

impl FromValue for String {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Text(s) => Ok(s),
            other => Err(wrong_type("text", &other)),
        }
    }
}

impl FromValue for Vec<u8> {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Blob(b) => Ok(b),
            Value::Text(s) => Ok(s.into_bytes()),
            other => Err(wrong_type("a blob", &other)),
        }
    }
}

impl FromValue for f64 {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Real(f) => Ok(f),
            Value::Integer(i) => Ok(i as f64),
            other => Err(wrong_type("a number", &other)),
        }
    }
}

impl FromValue for bool {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Integer(i) => Ok(i != 0),
            other => Err(wrong_type("a yes/no", &other)),
        }
    }
}

macro_rules! from_integer {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            fn from_value(v: Value) -> Result<Self> {
                match v {
                    Value::Integer(i) => <$t>::try_from(i).map_err(|_| Error::Storage {
                        detail: format!("{i} is out of range for {}", stringify!($t)),
                    }),
                    other => Err(wrong_type("an integer", &other)),
                }
            }
        }
    )*};
}
from_integer!(i64, i32, i16, u64, u32, u16, u8, usize);

/// A statement's parameters: `params![a, b]`, `[a, b]` (one type), `[]`, or
/// `params_from_iter(values)`.
pub trait Params {
    fn values(self) -> Vec<Value>;
}

impl Params for &[&dyn Bind] {
    fn values(self) -> Vec<Value> {
        self.iter().map(|b| b.value()).collect()
    }
}

impl Params for [&dyn Bind; 0] {
    fn values(self) -> Vec<Value> {
        Vec::new()
    }
}

impl<T: Bind + ?Sized, const N: usize> Params for &[&T; N] {
    fn values(self) -> Vec<Value> {
        self.iter().map(|b| b.value()).collect()
    }
}

impl Params for Vec<Value> {
    fn values(self) -> Vec<Value> {
        self
    }
}

macro_rules! params_array {
    ($($n:literal)*) => {$(
        impl<T: Bind> Params for [T; $n] {
            fn values(self) -> Vec<Value> {
                self.iter().map(|b| b.value()).collect()
            }
        }
    )*};
}
params_array!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);

/// The parameters from an iterator of bindable values.
pub fn params_from_iter<I>(iter: I) -> Vec<Value>
where
    I: IntoIterator,
    I::Item: Bind,
{
    iter.into_iter().map(|b| b.value()).collect()
}

/// `params![a, b, c]`: parameters of different types.
#[macro_export]
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::store::Bind]
    };
    ($($param:expr),+ $(,)?) => {
        &[$(&$param as &dyn $crate::store::Bind),+] as &[&dyn $crate::store::Bind]
    };
}
pub use crate::params;

/// `query_row(…).optional()`: no row is `None`, not an error.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::NoRow) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
