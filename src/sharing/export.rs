//! The person's own copy (right of access): everything stored about them, as a readable PDF
//! in their language and as machine-readable JSON, both built from the schema itself.

use crate::store::Db;
use base64::Engine;
use serde_json::{json, Map, Value};

use super::file;
use crate::audit;
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::pdf::{self, Block, DocumentSpec};

/// The two files of one export.
pub struct Export {
    pub pdf: Vec<u8>,
    pub json: Vec<u8>,
}

fn tr(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    i18n::catalogs().message(lang, id, args)
}

/// The drawn images inside a stored JSON text (`"png_base64"` fields, e.g. signatures).
fn pictures(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                match x {
                    Value::String(b) if k == "png_base64" => out.push(b.clone()),
                    _ => pictures(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| pictures(x, out)),
        _ => {}
    }
}

/// What replaces an image's code in the printed text (the image is drawn below it).
pub const IMAGE_MARK: &str = "[image]";

/// A stored value as the person reads it, and the images to draw below it.
fn readable(lang: Lang, v: &Value) -> (String, Vec<Vec<u8>>) {
    match v {
        Value::Null => (tr(lang, "doc-export-null", &[]), vec![]),
        Value::String(s) if s.is_empty() => (tr(lang, "doc-export-blank", &[]), vec![]),
        Value::String(s) => {
            let mut codes = Vec::new();
            if s.contains("png_base64") {
                if let Ok(j) = serde_json::from_str::<Value>(s) {
                    pictures(&j, &mut codes);
                }
            }
            let mut text = s.clone();
            let mut pngs = Vec::new();
            for code in codes.iter().filter(|c| !c.is_empty()) {
                text = text.replace(code.as_str(), IMAGE_MARK);
                if let Ok(png) = base64::engine::general_purpose::STANDARD.decode(code) {
                    pngs.push(png);
                }
            }
            (text, pngs)
        }
        Value::Object(o) => {
            let bytes = o
                .get("base64")
                .and_then(Value::as_str)
                .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
                .unwrap_or_default();
            (
                tr(
                    lang,
                    "doc-export-blob",
                    &[
                        ("bytes", bytes.len().to_string()),
                        ("sha", pdf::sha256_hex(&bytes)),
                    ],
                ),
                vec![],
            )
        }
        other => (other.to_string(), vec![]),
    }
}

/// Builds both files and records the export in the audit trail (one transaction).
/// `lang` defaults to the person's language, else the profile's.
pub fn build(conn: &Db, person_id: i64, lang: Option<Lang>) -> Result<Export> {
    let tx = conn.transaction()?;
    let person = crate::person::load(&tx, person_id)?;
    let profile = crate::profile::required(&tx)?;
    let lang = profile.document_language(&person, lang);
    let tables = file::dump(&tx, person_id)?;
    let columns: Vec<Vec<String>> = file::tables(&tx)?.into_iter().map(|t| t.columns).collect();
    let entries = audit::for_person(&tx, person_id)?;
    let now = chrono::Utc::now();
    let made_on = crate::i18n::date(lang, chrono::Local::now().date_naive());

    let mut file_json = Map::new();
    for (name, rows) in &tables {
        file_json.insert(
            name.clone(),
            Value::Array(rows.iter().cloned().map(Value::Object).collect()),
        );
    }
    let json = serde_json::to_vec_pretty(&json!({
        "format": "tandem-person-export",
        "version": 1,
        "exported_at": crate::now_utc(),
        "language": lang,
        "controller": {
            "ocmw_name": profile.ocmw_name,
            "ocmw_address": profile.ocmw_address,
            "worker_name": profile.worker_name,
        },
        "person_id": person_id,
        "file": file_json,
        "audit": entries,
    }))
    .map_err(|e| Error::Storage {
        detail: e.to_string(),
    })?;

    let title = tr(lang, "doc-export-title", &[]);
    let mut blocks = vec![
        Block::Title(title.clone()),
        Block::Paragraph(tr(lang, "doc-export-intro", &[])),
        Block::KeyValues(vec![
            (
                tr(lang, "doc-export-person", &[]),
                person.display_name.clone(),
            ),
            (
                tr(lang, "doc-export-controller", &[]),
                [profile.ocmw_name.as_str(), profile.ocmw_address.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            (
                tr(lang, "doc-export-worker", &[]),
                profile.worker_name.clone(),
            ),
            (tr(lang, "doc-export-made-on", &[]), made_on.clone()),
        ]),
        Block::Note(tr(lang, "doc-export-rights", &[])),
    ];
    // First the file in plain words; then, as an annex, everything stored, as stored.
    blocks.extend(super::letter::blocks(
        lang,
        &tables,
        &entries,
        &profile.worker_name,
    ));
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading(tr(lang, "doc-copy-annex", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-copy-annex-intro", &[])));
    for ((name, rows), columns) in tables.iter().zip(&columns) {
        let table_title = tr(lang, &format!("doc-export-table-{name}"), &[]);
        blocks.push(Block::Heading(table_title.clone()));
        if rows.is_empty() {
            blocks.push(Block::Paragraph(tr(lang, "doc-export-empty", &[])));
        }
        for (n, row) in rows.iter().enumerate() {
            if rows.len() > 1 {
                blocks.push(Block::Subheading(tr(
                    lang,
                    "doc-export-row",
                    &[("table", table_title.clone()), ("n", (n + 1).to_string())],
                )));
            }
            let mut pairs = Vec::new();
            let mut images = Vec::new();
            for col in columns {
                let v = &row[col];
                let label = tr(lang, &format!("doc-export-col-{col}"), &[]);
                let (text, pngs) = readable(lang, v);
                for png in pngs {
                    images.push((label.clone(), png));
                }
                pairs.push((label, text));
            }
            blocks.push(Block::KeyValues(pairs));
            for (label, png) in images {
                blocks.push(Block::Image {
                    png,
                    width_mm: 60.0,
                    caption: Some(label),
                });
            }
        }
    }
    blocks.push(Block::Heading(tr(lang, "doc-export-audit", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-export-audit-intro", &[])));
    if entries.is_empty() {
        blocks.push(Block::Paragraph(tr(lang, "doc-export-empty", &[])));
    } else {
        blocks.push(Block::Table {
            headers: vec![
                tr(lang, "doc-export-audit-at", &[]),
                tr(lang, "doc-export-audit-action", &[]),
                tr(lang, "doc-export-audit-detail", &[]),
            ],
            rows: entries
                .iter()
                .map(|e| vec![e.at.clone(), e.action.clone(), e.detail.to_string()])
                .collect(),
            widths: vec![2.2, 2.2, 5.0],
        });
    }
    let mut spec = DocumentSpec {
        title: title.clone(),
        author: profile.ocmw_name.clone(),
        subject: title,
        language: lang.code().into(),
        created: now,
        header: Some(profile.ocmw_name.clone()),
        footer: tr(lang, "doc-export-footer", &[("date", made_on)]),
        page_label: pdf::page_label(lang),
        blocks,
        mark: Some(audit::mark(&tx)?),
    };
    // A stored signature that is not a readable image must not stop the person's copy:
    // the text already says a signature is there; print it without the pictures.
    let pdf = match pdf::render(&spec) {
        Err(Error::InvalidInput { .. }) => {
            spec.blocks.retain(|b| !matches!(b, Block::Image { .. }));
            pdf::render(&spec)?
        }
        other => other?,
    };
    audit::append(
        &tx,
        "person.export",
        Some(person_id),
        &json!({"pdf_sha256": pdf::sha256_hex(&pdf), "json_sha256": pdf::sha256_hex(&json)}),
    )?;
    tx.commit()?;
    Ok(Export { pdf, json })
}
