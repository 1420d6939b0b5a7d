//! The checks an imported file passes before it is kept: the bounds, choices and dates the
//! commands enforce, and the fingerprints of frozen report versions, recomputed.

use crate::store::Db;
use crate::store::Value as Sql;

use super::file;
use crate::error::{Error, Result};
use crate::income::calc::{self, ResourceKind, Whose};

fn refuse(detail: String) -> Error {
    Error::HandoverFormat { detail }
}

/// Columns holding money in cents.
fn is_money(col: &str) -> bool {
    col.ends_with("_cents")
}

/// Columns holding a calendar date (`YYYY-MM-DD`).
fn is_date(col: &str) -> bool {
    col.ends_with("_on")
        || matches!(
            col,
            "birth_date" | "valid_from" | "wished_date" | "by_when" | "retention_until"
        )
}

/// Every value of the person's file as the commands would accept it: money within
/// 0..=€10,000,000 a line, real dates, known kinds of income and persons; frozen report
/// versions whose content and PDF match their fingerprints. Runs in the import's transaction,
/// so that a refusal leaves nothing behind.
pub fn check_person(conn: &Db, person_id: i64) -> Result<()> {
    for (name, rows) in file::dump(conn, person_id)? {
        for row in &rows {
            for (col, v) in row {
                if is_money(col) {
                    if let Some(c) = v.as_i64() {
                        if !(0..=calc::MAX_LINE_CENTS).contains(&c) {
                            return Err(refuse(format!("{name}.{col}: amount out of range")));
                        }
                    } else if !v.is_null() {
                        return Err(refuse(format!("{name}.{col}: not an amount")));
                    }
                }
                if is_date(col) {
                    if let Some(s) = v.as_str().filter(|s| !s.is_empty()) {
                        let ok = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                            .is_ok_and(|d| (1900..=2200).contains(&chrono::Datelike::year(&d)));
                        if !ok {
                            return Err(refuse(format!("{name}.{col}: not a date")));
                        }
                    }
                }
            }
            if name == "income_resource" {
                let text = |c: &str| row.get(c).and_then(|v| v.as_str()).unwrap_or("");
                if ResourceKind::parse(text("kind")).is_none()
                    || Whose::parse(text("whose")).is_none()
                {
                    return Err(refuse("income_resource: unknown kind or person".into()));
                }
            }
        }
    }
    check_frozen_reports(conn, person_id)
}

/// A frozen report version keeps its content and PDF with their SHA-256: recompute both.
/// A version marked signed, declined or sent must be frozen.
fn check_frozen_reports(conn: &Db, person_id: i64) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT v.status, v.content, v.fingerprint, v.pdf, v.pdf_sha256, v.frozen_at
         FROM report_version v JOIN report r ON r.id = v.report_id
         JOIN income_request q ON q.id = r.request_id WHERE q.person_id = ?1",
    )?;
    let rows = stmt.query_map([person_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Sql>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
        ))
    })?;
    for row in rows {
        let (status, content, fingerprint, pdf, pdf_sha, frozen_at) = row?;
        if frozen_at.is_none() {
            if status != "draft" && status != "read_together" {
                return Err(refuse(format!(
                    "report_version: marked {status} but not frozen"
                )));
            }
            continue;
        }
        let content = content.unwrap_or_default();
        if fingerprint.as_deref() != Some(&crate::pdf::sha256_hex(content.as_bytes())) {
            return Err(refuse(
                "report_version: the content does not match its fingerprint".into(),
            ));
        }
        let bytes = match pdf {
            Sql::Blob(b) => b,
            _ => Vec::new(),
        };
        if pdf_sha.as_deref() != Some(&crate::pdf::sha256_hex(&bytes)) {
            return Err(refuse(
                "report_version: the PDF does not match its fingerprint".into(),
            ));
        }
    }
    Ok(())
}
