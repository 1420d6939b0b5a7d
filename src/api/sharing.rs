//! The commands of consent and sharing: consents, the gated share log, the person's own
//! export, the hand-over bundle, closing and erasing a file.

use base64::Engine;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{documents_dir, parse, to_value, write_atomically, PersonArgs, Tandem};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::sharing::{self, handover, retention};

/// Whether `command` is one of this module's.
pub(super) fn handles(command: &str) -> bool {
    matches!(
        command,
        "consent.give"
            | "consent.withdraw"
            | "consent.list"
            | "share.record"
            | "share.list"
            | "person.export"
            | "handover.export"
            | "handover.import"
            | "person.close"
            | "person.reopen"
            | "person.erase"
            | "retention.due"
    )
}

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
    passphrase: String,
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

impl Tandem {
    pub(super) fn call_sharing(&mut self, command: &str, args: Value) -> Result<Value> {
        match command {
            "consent.give" => {
                let a: sharing::NewConsent = parse(args)?;
                to_value(sharing::give(self.vault()?.conn_mut(), a)?)
            }
            "consent.withdraw" => {
                let a: WithdrawArgs = parse(args)?;
                to_value(sharing::withdraw(
                    self.vault()?.conn_mut(),
                    a.consent_id,
                    a.withdrawn_on,
                )?)
            }
            "consent.list" => {
                let a: PersonArgs = parse(args)?;
                to_value(sharing::consents(self.vault()?.conn(), a.person_id)?)
            }
            "share.record" => {
                let a: sharing::ShareArgs = parse(args)?;
                self.share(a)
            }
            "share.list" => {
                let a: PersonArgs = parse(args)?;
                to_value(sharing::shares(self.vault()?.conn(), a.person_id)?)
            }
            "person.export" => {
                let a: ExportArgs = parse(args)?;
                let dir = documents_dir();
                crate::vault::private::create_dir(&dir)?;
                let base = dir.join(format!("tandem-export-{}-{}", a.person_id, stamp()));
                let (pdf, json) = self.person_export(a.person_id, a.lang, &base)?;
                Ok(json!({
                    "pdf": pdf.0, "pdf_bytes": pdf.1, "json": json.0, "json_bytes": json.1,
                }))
            }
            "handover.export" => {
                let a: handover::ExportArgs = parse(args)?;
                let kdf = self.kdf;
                let dir = documents_dir();
                crate::vault::private::create_dir(&dir)?;
                let path = dir.join(format!(
                    "tandem-handover-{}-{}.tandem",
                    a.person_id,
                    stamp()
                ));
                let conn = self.vault()?.conn_mut();
                let (_, share_id) =
                    handover::export(conn, &a, kdf, |bytes| write_atomically(&path, bytes))?;
                Ok(json!({
                    "path": path.to_string_lossy(),
                    "share": sharing::share(conn, share_id)?,
                }))
            }
            "handover.import" => {
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
                let id = handover::import(self.vault()?.conn_mut(), &bytes, &a.passphrase)?;
                Ok(json!({ "person_id": id }))
            }
            "person.close" => {
                let a: CloseArgs = parse(args)?;
                let years = self.settings.retention_years;
                let today = self.today();
                to_value(retention::close(
                    self.vault()?.conn_mut(),
                    a.person_id,
                    a.closed_on,
                    years,
                    today,
                )?)
            }
            "person.reopen" => {
                let a: PersonArgs = parse(args)?;
                to_value(retention::reopen(self.vault()?.conn_mut(), a.person_id)?)
            }
            "retention.due" => {
                let a: DueArgs = parse(args)?;
                let today = a.today.unwrap_or_else(|| self.today());
                to_value(retention::due(self.vault()?.conn(), today)?)
            }
            "person.erase" => {
                let a: PersonArgs = parse(args)?;
                let today = self.today();
                retention::erase(self.vault()?.conn_mut(), a.person_id, today)?;
                Ok(json!({ "erased": true }))
            }
            other => Err(Error::UnknownCommand {
                command: other.chars().take(100).collect(),
            }),
        }
    }

    /// `share.record`: through the gate, then (for a document) the PDF saved for the
    /// recipient, then the log entry. If the log cannot be written, the file is removed.
    fn share(&mut self, a: sharing::ShareArgs) -> Result<Value> {
        let (parts, what) = sharing::share_parts(&a)?;
        let to = a.recipient();
        let today = crate::today().format("%Y-%m-%d").to_string();
        sharing::gate(
            self.vault()?.conn(),
            a.person_id,
            &to,
            &parts,
            &a.conditions,
            &today,
        )?;
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
            let conn = self.vault()?.conn_mut();
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
        let e = sharing::export::build(self.vault()?.conn_mut(), person_id, lang)?;
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
