//! The commands of the audit trail: verify the chain, a person's trail, and check a document's
//! journal mark against it.

use std::path::Path;

use serde::Deserialize;
use serde_json::json;

use super::{self as audit};
use crate::command::{parse, to_value, Command, IdArgs, NoArgs};
use crate::error::Error;
use crate::i18n;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PathArgs {
    path: String,
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "audit.verify",
        "Checks the hash chain of the audit trail.",
        |t, args| {
            parse::<NoArgs>(args)?;
            to_value(audit::verify(t.db()?)?)
        },
    ),
    Command::new(
        "audit.person",
        "A person's audit trail {id}: every read, change, export and share.",
        |t, args| {
            let a: IdArgs = parse(args)?;
            to_value(audit::for_person(t.db()?, a.id)?)
        },
    ),
    // A document Tandem made, against the journal now: its mark must still be there.
    Command::new(
        "document.check",
        "Checks a document's journal mark against the trail {path}; answers {found, ok, mark, message}.",
        |t, args| {
            let a: PathArgs = parse(args)?;
            let path = Path::new(&a.path);
            let meta = std::fs::metadata(path).map_err(|_| Error::NotFound {
                what: "file".into(),
                id: a.path.chars().take(200).collect(),
            })?;
            if !meta.is_file() || meta.len() > 256 * 1024 * 1024 {
                return Err(Error::InvalidInput {
                    detail: "not a document file".into(),
                });
            }
            let bytes = std::fs::read(path)?;
            let lang = t.language();
            let conn = t.db()?;
            let (found, ok, mark) = match audit::mark_in_pdf(&bytes) {
                None => (false, false, String::new()),
                Some(m) => {
                    let c = audit::check_mark(conn, &m)?;
                    (true, c.ok, m)
                }
            };
            let said = match (found, ok) {
                (false, _) => "document-check-no-mark",
                (true, true) => "document-check-ok",
                (true, false) => "document-check-rewritten",
            };
            Ok(json!({
                "found": found,
                "ok": ok,
                "mark": mark,
                "message": i18n::catalogs().message(lang, said, &[("mark", mark.clone())]),
            }))
        },
    ),
];
