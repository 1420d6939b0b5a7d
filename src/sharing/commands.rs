//! The commands of consent and sharing: consents, the gated share log, the person's own
//! export, the hand-over bundle, closing and erasing a file.

use base64::Engine;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{self as sharing, handover, retention};
use crate::api::{documents_dir, write_atomically};
use crate::command::{parse, terms, to_value, Command, Ctx, List, PersonArgs};
use crate::error::{Error, Result};
use crate::i18n::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WithdrawArgs {
    consent_id: i64,
    #[serde(default)]
    withdrawn_on: Option<chrono::NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportArgs {
    person_id: i64,
    #[serde(default)]
    lang: Option<Lang>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportArgs {
    #[serde(default)]
    bundle: Option<String>,
    #[serde(default)]
    path: Option<String>,
    passphrase: crate::vault::secret_text::SecretText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CloseArgs {
    person_id: i64,
    #[serde(default)]
    closed_on: Option<chrono::NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DueArgs {
    #[serde(default)]
    today: Option<chrono::NaiveDate>,
}

fn stamp() -> String {
    chrono::Local::now().format("%Y%m%d-%H%M%S").to_string()
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "consent.give",
        "The person's consent to share parts of the file with a recipient for a purpose.",
        |t, args| {
            let a: sharing::NewConsent = parse(args)?;
            to_value(sharing::give(t.db()?, a)?)
        },
    ),
    Command::new(
        "consent.withdraw",
        "Withdraws a consent {consent_id, withdrawn_on}.",
        |t, args| {
            let a: WithdrawArgs = parse(args)?;
            to_value(sharing::withdraw(
                t.db()?,
                a.consent_id,
                a.withdrawn_on,
            )?)
        },
    ),
    Command::new(
        "consent.list",
        "A person's consents {person_id}, given and withdrawn.",
        |t, args| {
            let a: PersonArgs = parse(args)?;
            to_value(sharing::consents(t.db()?, a.person_id)?)
        },
    ),
    Command::new(
        "share.record",
        "Shares parts or a document through the consent gate, saved and logged; answers {share, path}.",
        |t, args| {
            let a: sharing::ShareArgs = parse(args)?;
            t.share(a)
        },
    ),
    Command::new(
        "share.list",
        "What was shared of a person's file {person_id}, with whom and why.",
        |t, args| {
            let a: PersonArgs = parse(args)?;
            to_value(sharing::shares(t.db()?, a.person_id)?)
        },
    ),
    Command::new(
        "person.export",
        "The person's own copy of everything stored about them (PDF and JSON in the documents folder).",
        |t, args| {
            let a: ExportArgs = parse(args)?;
            let dir = documents_dir();
            crate::vault::private::create_dir(&dir)?;
            let base = dir.join(format!("tandem-export-{}-{}", a.person_id, stamp()));
            let (pdf, json) = t.person_export(a.person_id, a.lang, &base)?;
            Ok(json!({
                "pdf": pdf.0, "pdf_bytes": pdf.1, "json": json.0, "json_bytes": json.1,
            }))
        },
    ),
    Command::new(
        "handover.export",
        "An encrypted hand-over bundle of a file for another OCMW (consent-gated, logged).",
        |t, args| {
            let a: handover::ExportArgs = parse(args)?;
            let kdf = t.kdf();
            let dir = documents_dir();
            crate::vault::private::create_dir(&dir)?;
            let path = dir.join(format!(
                "tandem-handover-{}-{}.tandem",
                a.person_id,
                stamp()
            ));
            let conn = t.db()?;
            let (_, share_id) =
                handover::export(conn, &a, kdf, |bytes| write_atomically(&path, bytes))?;
            Ok(json!({
                "path": path.to_string_lossy(),
                "share": sharing::share(conn, share_id)?,
            }))
        },
    ),
    Command::new(
        "handover.import",
        "Imports a hand-over bundle {bundle (base64) or path, passphrase}; answers {person_id}.",
        |t, args| {
            let a: ImportArgs = parse(args)?;
            let bytes = match (&a.bundle, &a.path) {
                (Some(b), None) => base64::engine::general_purpose::STANDARD
                    .decode(b.trim())
                    .map_err(|_| Error::HandoverFormat {
                        detail: "the bundle is not base64".into(),
                    })?,
                (None, Some(p)) => {
                    let len = std::fs::metadata(p)?.len();
                    if len > handover::MAX_BYTES as u64 {
                        return Err(Error::HandoverFormat {
                            detail: "the file is too large to be a hand-over".into(),
                        });
                    }
                    std::fs::read(p)?
                }
                _ => {
                    return Err(Error::InvalidInput {
                        detail: "give either bundle (base64) or path".into(),
                    })
                }
            };
            let id = handover::import(t.db()?, &bytes, &a.passphrase)?;
            Ok(json!({ "person_id": id }))
        },
    ),
    Command::new(
        "person.close",
        "Closes a file {person_id, closed_on}: its erasure falls due after the retention years.",
        |t, args| {
            let a: CloseArgs = parse(args)?;
            let years = t.settings().retention_years;
            let today = t.today();
            to_value(retention::close(
                t.db()?,
                a.person_id,
                a.closed_on,
                years,
                today,
            )?)
        },
    ),
    Command::new(
        "person.reopen",
        "Reopens a closed file {person_id}.",
        |t, args| {
            let a: PersonArgs = parse(args)?;
            to_value(retention::reopen(t.db()?, a.person_id)?)
        },
    ),
    Command::new(
        "retention.due",
        "Closed files whose erasure is due {today}: the home screen polls it.",
        |t, args| {
            let a: DueArgs = parse(args)?;
            let today = a.today.unwrap_or_else(|| t.today());
            to_value(retention::due(t.db()?, today)?)
        },
    )
    .passive(),
    Command::new(
        "person.erase",
        "Erases a closed file whose retention has run out {person_id} (the trail keeps that it was).",
        |t, args| {
            let a: PersonArgs = parse(args)?;
            let today = t.today();
            retention::erase(t.db()?, a.person_id, today)?;
            Ok(json!({ "erased": true }))
        },
    ),
];

impl Ctx {
    /// `share.record`: through the gate, then (for a document) the PDF saved for the
    /// recipient, then the log entry. If the log cannot be written, the file is removed.
    fn share(&mut self, a: sharing::ShareArgs) -> Result<Value> {
        let (parts, what) = sharing::share_parts(&a)?;
        let to = a.recipient();
        let today = crate::today().format("%Y-%m-%d").to_string();
        sharing::gate(self.db()?, a.person_id, &to, &parts, &a.conditions, &today)?;
        let mut saved: Option<(std::path::PathBuf, String)> = None;
        if let Some(d) = &a.document {
            if self.document_person(&d.kind, d.id)? != a.person_id {
                return Err(Error::InvalidInput {
                    detail: "document: it belongs to another person's file".into(),
                });
            }
            let (bytes, name) = self.document(&d.kind, d.id, d.lang, d.number)?;
            let dir = documents_dir();
            crate::vault::private::create_dir(&dir)?;
            let path = dir.join(name.replace(".pdf", "-shared.pdf"));
            write_atomically(&path, &bytes)?;
            saved = Some((path, crate::pdf::sha256_hex(&bytes)));
        }
        let what = match (&a.document, what.is_empty()) {
            (Some(d), true) => format!("{} {}", d.kind, d.id),
            _ => what,
        };
        let logged = (|| {
            let conn = self.db()?;
            let tx = conn.transaction()?;
            let consent = sharing::gate(&tx, a.person_id, &to, &parts, &a.conditions, &today)?;
            let id = sharing::log(
                &tx,
                sharing::ShareEntry {
                    person_id: a.person_id,
                    consent: &consent,
                    parts: &parts,
                    what: &what,
                    kind: if a.document.is_some() {
                        "document"
                    } else {
                        "copy"
                    },
                    document_sha256: saved.as_ref().map(|s| s.1.as_str()),
                    conditions: &a.conditions,
                },
            )?;
            tx.commit()?;
            sharing::share(conn, id)
        })();
        match logged {
            Ok(share) => Ok(json!({
                "share": share,
                "path": saved.map(|s| s.0.to_string_lossy().into_owned()),
            })),
            Err(e) => {
                if let Some((path, _)) = saved {
                    let _ = std::fs::remove_file(path);
                }
                Err(e)
            }
        }
    }

    /// Writes the person's own export beside `base` (`.pdf` and `.json`); returns each
    /// file's path and size.
    pub fn person_export(
        &mut self,
        person_id: i64,
        lang: Option<Lang>,
        base: &std::path::Path,
    ) -> Result<((String, usize), (String, usize))> {
        let e = sharing::export::build(self.db()?, person_id, lang)?;
        let pdf = base.with_extension("pdf");
        let json = base.with_extension("json");
        write_atomically(&pdf, &e.pdf)?;
        write_atomically(&json, &e.json)?;
        Ok((
            (pdf.to_string_lossy().into_owned(), e.pdf.len()),
            (json.to_string_lossy().into_owned(), e.json.len()),
        ))
    }
}

/// The lists of sharing, for the window (`app.vocabulary`).
pub(crate) const VOCABULARY: &[List] = &[List {
    name: "parts",
    terms: || terms("part-", &sharing::PARTS),
}];
