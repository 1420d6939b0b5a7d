//! The shape of a command: its name, its handler, what it needs, one line of help; the areas' tables are made of these.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::error::{Error, Result};

/// The session a handler runs in (the vault, the settings, the idle clock).
pub use crate::api::Tandem as Ctx;

/// What a handler does with its JSON arguments.
pub type Handler = fn(&mut Ctx, Value) -> Result<Value>;

/// What a client must do before calling a command (the CLI unlocks when it says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// An unlocked vault.
    Unlock,
    /// Nothing: it works on a locked vault, or without one.
    Nothing,
    /// The vault when there is one (else it works without: the pure calculation).
    UnlockIfThere,
}

/// One command of an area's table.
#[derive(Clone, Copy)]
pub struct Command {
    /// The name clients call, `area.verb`; unique across all tables.
    pub name: &'static str,
    pub handler: Handler,
    pub needs: Needs,
    /// Polled in the background by the window: does not count as the worker's activity.
    pub passive: bool,
    /// One line for `tandem-cli commands` and `app.commands`' readers.
    pub doc: &'static str,
}

impl Command {
    /// A command that needs the vault unlocked and counts as activity.
    pub const fn new(name: &'static str, doc: &'static str, handler: Handler) -> Command {
        Command {
            name,
            handler,
            needs: Needs::Unlock,
            passive: false,
            doc,
        }
    }

    /// Works on a locked vault, or without one.
    pub const fn without_unlock(mut self) -> Command {
        self.needs = Needs::Nothing;
        self
    }

    /// Uses the vault when there is one, else works without it.
    pub const fn unlock_if_there(mut self) -> Command {
        self.needs = Needs::UnlockIfThere;
        self
    }

    /// Does not count as the worker's activity.
    pub const fn passive(mut self) -> Command {
        self.passive = true;
        self
    }
}

/// How many commands of `tables` pass `keep` (a const fn: the lists are derived when compiling).
pub(crate) const fn count(tables: &[&[Command]], keep: Filter) -> usize {
    walk(tables, keep, &mut [])
}

/// The names of the commands of `tables` that pass `keep`, in table order.
pub(crate) const fn names<const N: usize>(
    tables: &[&[Command]],
    keep: Filter,
) -> [&'static str; N] {
    let mut out = [""; N];
    walk(tables, keep, &mut out);
    out
}

/// Goes through `tables` in order: counts the commands that pass `keep` and writes their names
/// into `out` while it has room.
const fn walk(tables: &[&[Command]], keep: Filter, out: &mut [&'static str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < tables.len() {
        let mut j = 0;
        while j < tables[i].len() {
            if keep.takes(&tables[i][j]) {
                if n < out.len() {
                    out[n] = tables[i][j].name;
                }
                n += 1;
            }
            j += 1;
        }
        i += 1;
    }
    n
}

/// Which commands a derived list holds.
#[derive(Clone, Copy)]
pub(crate) enum Filter {
    All,
    WithoutUnlock,
    Passive,
}

impl Filter {
    const fn takes(self, c: &Command) -> bool {
        match self {
            Filter::All => true,
            Filter::WithoutUnlock => matches!(c.needs, Needs::Nothing),
            Filter::Passive => c.passive,
        }
    }
}

/// No arguments (an empty object or null).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NoArgs {}

/// `{"id": ...}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct IdArgs {
    pub id: i64,
}

/// `{"person_id": ...}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PersonArgs {
    pub person_id: i64,
}

/// The arguments as the type the handler wants; null counts as `{}`.
pub(crate) fn parse<T: DeserializeOwned>(args: Value) -> Result<T> {
    let args = if args.is_null() { json!({}) } else { args };
    serde_json::from_value(args).map_err(|e| Error::InvalidInput {
        detail: e.to_string(),
    })
}

/// A result as JSON.
pub(crate) fn to_value<T: Serialize>(v: T) -> Result<Value> {
    serde_json::to_value(v).map_err(|e| Error::Storage {
        detail: e.to_string(),
    })
}

/// A document an area makes as PDF (`document.save`, `share.record`, `tandem-cli document`).
#[derive(Clone, Copy)]
pub struct Document {
    /// What clients call it: `report`, `receipt`, ...
    pub kind: &'static str,
    /// The person the document with this id is about (refuses an unknown id).
    pub person_of: fn(&crate::store::Db, i64) -> Result<i64>,
    pub render: Render,
}

/// The PDF and a file name that holds no personal data, from the id, the language asked for,
/// the version asked for (reports) and a time stamp for the name.
pub type Render = fn(
    &crate::store::Db,
    i64,
    Option<crate::i18n::Lang>,
    Option<i64>,
    &str,
) -> Result<(Vec<u8>, String)>;

/// Whether no two of `names` are the same (a const fn: checked when compiling).
pub(crate) const fn unique(names: &[&str]) -> bool {
    let mut i = 0;
    while i < names.len() {
        let mut j = i + 1;
        while j < names.len() {
            if same(names[i], names[j]) {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// One list of the field the window offers (`app.vocabulary`): its name and its terms.
#[derive(Clone, Copy)]
pub struct List {
    /// The key in `app.vocabulary`'s answer: `conditions`, `resource_kinds`, ...
    pub name: &'static str,
    /// The terms, in the order the window shows them, from the core's own consts and enums.
    pub terms: fn() -> Vec<Term>,
}

/// One value of a list, with the `i18n.catalog` key of its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term {
    pub value: &'static str,
    pub key: String,
    /// The group it is chosen in (resource kinds: `income`, `capital`, `exempt`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<&'static str>,
}

/// The terms of `values`, each labelled by `prefix` + value.
pub fn terms<'a>(prefix: &str, values: impl IntoIterator<Item = &'a &'static str>) -> Vec<Term> {
    values
        .into_iter()
        .map(|v| Term {
            value: v,
            key: format!("{prefix}{v}"),
            group: None,
        })
        .collect()
}
