//! The router: the areas' command tables in one list, the lists derived from them, and the
//! documents of both sides. The one file of `api/` that knows both sides of the wall.

use serde::Deserialize;
use serde_json::{json, Value};

use super::{copy_saved_file, save_document, saved_file, SESSION};
use crate::command::{
    self, count, names, parse, terms, Command, Ctx, Document, Filter, List, Needs, NoArgs, Term,
};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::{
    audit, caseload, committee, i18n, income, person, profile, report, rights, settings, sharing,
    signals, support, team, vault,
};

/// Every area's table, in the order `app.commands` and `tandem-cli commands` list them.
const TABLES: &[&[Command]] = &[
    SESSION,
    APP,
    i18n::commands::COMMANDS,
    settings::commands::COMMANDS,
    vault::commands::COMMANDS,
    profile::commands::COMMANDS,
    person::commands::COMMANDS,
    audit::commands::COMMANDS,
    income::commands::COMMANDS,
    report::commands::COMMANDS,
    support::commands::COMMANDS,
    sharing::commands::COMMANDS,
    signals::commands::COMMANDS,
    caseload::commands::COMMANDS,
    rights::commands::COMMANDS,
    team::commands::COMMANDS,
    committee::commands::COMMANDS,
];

/// The lists of the field of every area (`app.vocabulary`).
const VOCABULARY: &[&[List]] = &[
    &[List {
        name: "document_kinds",
        terms: || terms("share-doc-kind-", DOCUMENT_KINDS),
    }],
    person::commands::VOCABULARY,
    profile::commands::VOCABULARY,
    income::commands::VOCABULARY,
    sharing::commands::VOCABULARY,
    support::commands::VOCABULARY,
    signals::commands::VOCABULARY,
    caseload::commands::VOCABULARY,
    rights::commands::VOCABULARY,
    team::commands::VOCABULARY,
];

/// Every list of the field: its name and its terms (value, i18n key, group).
pub fn vocabulary() -> Vec<(&'static str, Vec<Term>)> {
    VOCABULARY
        .iter()
        .flat_map(|l| l.iter())
        .map(|l| (l.name, (l.terms)()))
        .collect()
}

/// The documents of both sides, in the order they are listed.
const DOCUMENTS: &[&[Document]] = &[
    report::commands::DOCUMENTS,
    support::commands::DOCUMENTS,
    rights::commands::DOCUMENTS,
];

const ALL: [&str; count(TABLES, Filter::All)] = names(TABLES, Filter::All);
const LOCKED: [&str; count(TABLES, Filter::WithoutUnlock)] = names(TABLES, Filter::WithoutUnlock);
const BACKGROUND: [&str; count(TABLES, Filter::Passive)] = names(TABLES, Filter::Passive);

/// The names of all commands, for help texts and clients (derived from the tables).
pub const COMMANDS: &[&str] = &ALL;

/// Commands that work on a locked vault (or without one).
pub const WITHOUT_UNLOCK: &[&str] = &LOCKED;

/// Commands that do not count as the worker's activity: the window polls them in the
/// background (the status, the home screen's deadlines and erasures due), so counting them
/// would keep the vault open for as long as the laptop is on. Real input reaches the core as
/// `session.activity` (typing, clicks) or as the commands it triggers.
pub const PASSIVE: &[&str] = &BACKGROUND;

/// The documents `document.save` and `tandem-cli document` produce.
pub const DOCUMENT_KINDS: &[&str] = &KINDS;
const KINDS: [&str; kinds_count()] = kinds();

// Two commands of one name would make one of them unreachable: refused when compiling.
const _: () = assert!(command::unique(&ALL), "two commands share a name");

const fn kinds_count() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < DOCUMENTS.len() {
        n += DOCUMENTS[i].len();
        i += 1;
    }
    n
}

const fn kinds() -> [&'static str; kinds_count()] {
    let mut out = [""; kinds_count()];
    let (mut n, mut i) = (0, 0);
    while i < DOCUMENTS.len() {
        let mut j = 0;
        while j < DOCUMENTS[i].len() {
            out[n] = DOCUMENTS[i][j].kind;
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// Every command of every table, in table order (name, handler, needs, passive, doc).
pub fn all_commands() -> impl Iterator<Item = &'static Command> {
    TABLES.iter().flat_map(|t| t.iter())
}

/// The command of this name, if there is one.
pub fn find(name: &str) -> Option<&'static Command> {
    all_commands().find(|c| c.name == name)
}

/// What a client must do before calling `name` (None: no such command).
pub fn needs(name: &str) -> Option<Needs> {
    find(name).map(|c| c.needs)
}

/// The document of this kind; an unknown kind is refused.
pub(super) fn document(kind: &str) -> Result<&'static Document> {
    DOCUMENTS
        .iter()
        .flat_map(|d| d.iter())
        .find(|d| d.kind == kind)
        .ok_or_else(|| Error::InvalidChoice {
            field: "kind".into(),
            value: kind.chars().take(30).collect(),
        })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentArgs {
    kind: String,
    id: i64,
    #[serde(default)]
    number: Option<i64>,
    #[serde(default)]
    lang: Option<Lang>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CopyArgs {
    path: String,
    folder: String,
}

/// `app.commands` (a named function: a closure in the table would make the lists derived
/// from the table depend on themselves).
fn command_names(_: &mut Ctx, args: Value) -> Result<Value> {
    parse::<NoArgs>(args)?;
    Ok(json!(COMMANDS))
}

/// The commands about all areas at once: the list of commands, and the documents.
const APP: &[Command] = &[
    Command::new(
        "app.commands",
        "The names of all commands.",
        command_names,
    )
    .without_unlock()
    .passive(),
    Command::new(
        "app.vocabulary",
        "The field's lists, one source for the window: {name: [{value, key, group?}]}, key = the i18n.catalog label (see docs/architecture.md).",
        |_, args| {
            parse::<NoArgs>(args)?;
            let lists: serde_json::Map<String, Value> = vocabulary()
                .into_iter()
                .map(|(name, terms)| (name.to_string(), json!(terms)))
                .collect();
            Ok(Value::Object(lists))
        },
    )
    .without_unlock()
    .passive(),
    Command::new(
        "document.save",
        "Saves a document as PDF in the documents folder {kind: report|receipt|to_bring|end|decision|revision|plan|rights, id, number, lang}; answers {path, bytes}.",
        |t, args| {
            let a: DocumentArgs = parse(args)?;
            let (bytes, name) = t.document(&a.kind, a.id, a.lang, a.number)?;
            save_document(&name, &bytes)
        },
    ),
    Command::new(
        "document.copy",
        "Copies a file saved in the documents folder {path (pdf, json or tandem)} into a folder chosen in the system's dialog {folder}; never replaces a file there; answers {path}.",
        |t, args| {
            let a: CopyArgs = parse(args)?;
            let from = saved_file(&a.path, &["pdf", "json", "tandem"])?;
            let conn = t.db()?;
            let tx = conn.transaction()?;
            let (to, bytes) = copy_saved_file(&from, &a.folder)?;
            // Copied and journaled together, or neither: the copy goes when the journal fails.
            let journaled = audit::append(
                &tx,
                "document.copy",
                None,
                &json!({
                    "file": from.file_name().map(|n| n.to_string_lossy().into_owned()),
                    "sha256": crate::pdf::sha256_hex(&bytes),
                }),
            )
            .and_then(|_| tx.commit());
            if let Err(e) = journaled {
                let _ = std::fs::remove_file(&to);
                return Err(e);
            }
            Ok(json!({"path": to.to_string_lossy()}))
        },
    ),
];
