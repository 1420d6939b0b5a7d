//! The commands of persons: create, read, update and search a person's file.

use serde::Deserialize;
use serde_json::json;

use super::{self as person, PersonDraft};
use crate::command::{parse, terms, to_value, Command, IdArgs, List};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SearchArgs {
    #[serde(default)]
    query: String,
    #[serde(default)]
    limit: Option<i64>,
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "person.create",
        "A new person's file (identity, household); answers {id}.",
        |t, args| {
            let d: PersonDraft = parse(args)?;
            let id = person::create(t.db()?, d)?;
            Ok(json!({ "id": id }))
        },
    ),
    Command::new(
        "person.get",
        "One person's file {id} with its household (the read is audited).",
        |t, args| {
            let a: IdArgs = parse(args)?;
            to_value(person::get(t.db()?, a.id)?)
        },
    ),
    Command::new(
        "person.update",
        "Changes a person's file (the whole draft with its id); answers the file.",
        |t, args| {
            let d: PersonDraft = parse(args)?;
            to_value(person::update(t.db()?, d)?)
        },
    ),
    Command::new(
        "person.search",
        "Persons whose name, number or address matches {query, limit}.",
        |t, args| {
            let a: SearchArgs = parse(args)?;
            to_value(person::search(t.db()?, &a.query, a.limit)?)
        },
    ),
];

/// The lists of a person's file, for the window (`app.vocabulary`).
pub(crate) const VOCABULARY: &[List] = &[
    List {
        name: "relations",
        terms: || terms("relation-", person::RELATIONS),
    },
    List {
        name: "languages",
        terms: || terms("language-", person::LANGUAGES),
    },
];
