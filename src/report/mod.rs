//! The social report: composed from the income side only, read together with the person,
//! their remarks, co-signed (or declined), frozen as versioned PDFs with a fingerprint.
//! Never imports the support plan.

pub mod commands;

pub mod compose;
pub mod letters;

use crate::store::{params, Db, OptionalExtension};
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::audit;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::income;
use crate::pdf::{self, Block, DocumentSpec, SignatureSlot};
use compose::{tr, Part, Section};

/// A signature as recorded: drawn on the pad (PNG), on paper, or (the person) declined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    pub kind: String,
    pub at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub png_base64: Option<String>,
}

impl Signature {
    /// Without the image, for the screen (the PNG stays in the vault and the PDF).
    fn public(&self) -> Signature {
        Signature {
            png_base64: None,
            ..self.clone()
        }
    }
}

struct Version {
    id: i64,
    number: i64,
    status: String,
    lang: Lang,
    remarks: Option<String>,
    read_together_on: Option<String>,
    read_fingerprint: Option<String>,
    worker: Option<Signature>,
    person: Option<Signature>,
    fingerprint: Option<String>,
    frozen_at: Option<String>,
    sent_on: Option<String>,
    content: Option<String>,
    /// The revision this version is about (None: the decision on the request).
    revision_id: Option<i64>,
}

fn sig(text: Option<String>) -> Option<Signature> {
    text.and_then(|t| serde_json::from_str(&t).ok())
}

const VERSION_COLUMNS: &str = "id, number, status, lang, remarks, read_together_on, \
    read_fingerprint, worker_signature, person_signature, fingerprint, frozen_at, sent_on, content, \
    revision_id";

fn version_from_row(r: &crate::store::Row) -> crate::error::Result<Version> {
    let lang: String = r.get(3)?;
    Ok(Version {
        id: r.get(0)?,
        number: r.get(1)?,
        status: r.get(2)?,
        lang: Lang::parse(&lang).unwrap_or(Lang::Nl),
        remarks: r.get(4)?,
        read_together_on: r.get(5)?,
        read_fingerprint: r.get(6)?,
        worker: sig(r.get(7)?),
        person: sig(r.get(8)?),
        fingerprint: r.get(9)?,
        frozen_at: r.get(10)?,
        sent_on: r.get(11)?,
        content: r.get(12)?,
        revision_id: r.get(13)?,
    })
}

fn latest(conn: &Db, report_id: i64) -> Result<Version> {
    conn.query_row(
        &format!(
            "SELECT {VERSION_COLUMNS} FROM report_version WHERE report_id = ?1
             ORDER BY number DESC LIMIT 1"
        ),
        [report_id],
        version_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: "report".into(),
        id: report_id.to_string(),
    })
}

struct ReportRow {
    request_id: i64,
    proposal: String,
}

fn report_row(conn: &Db, report_id: i64) -> Result<ReportRow> {
    conn.query_row(
        "SELECT request_id, proposal FROM report WHERE id = ?1",
        [report_id],
        |r| {
            Ok(ReportRow {
                request_id: r.get(0)?,
                proposal: r.get(1)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: "report".into(),
        id: report_id.to_string(),
    })
}

/// The language of a new report: the person's preferred language, else the profile's.
fn report_language(conn: &Db, request_id: i64) -> Result<Lang> {
    let person_id = income::person_of(conn, request_id)?;
    let person = crate::person::load(conn, person_id)?;
    Ok(crate::profile::required(conn)?.document_language(&person, None))
}

/// The live sections of a (non-frozen) version, from the current file.
fn live_sections(conn: &Db, report_id: i64, v: &Version) -> Result<Vec<Section>> {
    let row = report_row(conn, report_id)?;
    let view = income::view::build(conn, row.request_id, v.lang)?;
    let person = crate::person::load(conn, view.person_id)?;
    let profile = crate::profile::required(conn)?;
    let revision = v
        .revision_id
        .map(|id| income::periods::revision(conn, id))
        .transpose()?;
    Ok(compose::sections(
        v.lang,
        &view,
        &person,
        &profile,
        &row.proposal,
        v.remarks.as_deref(),
        revision.as_ref(),
    ))
}

/// Fingerprint of what was read: the composed income sections, without remarks or
/// signatures (those are added during and after the reading).
fn reading_fingerprint(sections: &[Section]) -> String {
    let without_remarks = &sections[..sections.len().saturating_sub(1)];
    pdf::sha256_hex(
        serde_json::to_string(without_remarks)
            .unwrap_or_default()
            .as_bytes(),
    )
}

fn short(fp: &str) -> String {
    fp.chars().take(8).collect()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComposeArgs {
    pub request_id: i64,
    /// The worker's proposal and motivation, in their own words.
    #[serde(default)]
    pub proposal: Option<String>,
    #[serde(default)]
    pub lang: Option<Lang>,
    /// For a revision of the running right (art. 22 of the law of 26 May 2002): the change
    /// the report is about. Absent: the report on the request itself.
    #[serde(default)]
    pub revision_id: Option<i64>,
}

/// Makes (or refreshes) the current draft. After a frozen version, a new version starts,
/// which needs a new reading together. A version composed for a revision names it.
pub fn compose(conn: &Db, a: ComposeArgs) -> Result<i64> {
    let person_id = income::person_of(conn, a.request_id)?;
    if let Some(id) = a.revision_id {
        if income::periods::revision(conn, id)?.request_id != a.request_id {
            return Err(Error::NotFound {
                what: "revision".into(),
                id: id.to_string(),
            });
        }
    }
    let proposal = a
        .proposal
        .as_deref()
        .map(|p| crate::validate::text(p, "proposal", 10_000, true))
        .transpose()?;
    let tx = conn.transaction()?;
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM report WHERE request_id = ?1",
            [a.request_id],
            |r| r.get(0),
        )
        .optional()?;
    let report_id = match existing {
        Some(id) => id,
        None => {
            tx.execute(
                "INSERT INTO report (request_id, created_at) VALUES (?1, ?2)",
                params![a.request_id, crate::now_utc()],
            )?;
            tx.last_insert_rowid()?
        }
    };
    if let Some(p) = &proposal {
        tx.execute(
            "UPDATE report SET proposal = ?1 WHERE id = ?2",
            params![p, report_id],
        )?;
    }
    let lang = match a.lang {
        Some(l) => l,
        None => report_language(&tx, a.request_id)?,
    };
    let current = latest(&tx, report_id).ok();
    let number = match &current {
        Some(v) if v.frozen_at.is_none() => {
            // Refreshing a draft: the reading (if any) must be done again.
            tx.execute(
                "UPDATE report_version SET status = 'draft', lang = ?1, read_together_on = NULL,
                        read_fingerprint = NULL, worker_signature = NULL, person_signature = NULL,
                        revision_id = ?2
                 WHERE id = ?3",
                params![lang.code(), a.revision_id, v.id],
            )?;
            v.number
        }
        Some(v) => {
            insert_version(&tx, report_id, v.number + 1, lang, a.revision_id)?;
            v.number + 1
        }
        None => {
            insert_version(&tx, report_id, 1, lang, a.revision_id)?;
            1
        }
    };
    audit::append(
        &tx,
        "report.compose",
        Some(person_id),
        &json!({"report_id": report_id, "version": number, "revision_id": a.revision_id}),
    )?;
    tx.commit()?;
    Ok(report_id)
}

fn insert_version(
    conn: &Db,
    report_id: i64,
    number: i64,
    lang: Lang,
    revision_id: Option<i64>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO report_version (report_id, number, lang, revision_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            report_id,
            number,
            lang.code(),
            revision_id,
            crate::now_utc()
        ],
    )?;
    Ok(())
}

pub fn for_request(conn: &Db, request_id: i64) -> Result<Option<i64>> {
    income::person_of(conn, request_id)?;
    conn.query_row(
        "SELECT id FROM report WHERE request_id = ?1",
        [request_id],
        |r| r.get(0),
    )
    .optional()
}

fn versions_list(conn: &Db, report_id: i64) -> Result<Vec<serde_json::Value>> {
    let mut stmt = conn.prepare(
        "SELECT number, status, fingerprint, pdf_sha256, frozen_at, sent_on, lang, revision_id
         FROM report_version WHERE report_id = ?1 ORDER BY number DESC",
    )?;
    let rows = stmt
        .query_map([report_id], |r| {
            let fp: Option<String> = r.get(2)?;
            Ok(json!({
                "number": r.get::<_, i64>(0)?,
                "status": r.get::<_, String>(1)?,
                "fingerprint": fp.as_deref().map(short),
                "content_sha256": fp,
                "pdf_sha256": r.get::<_, Option<String>>(3)?,
                "frozen_at": r.get::<_, Option<String>>(4)?,
                "sent_on": r.get::<_, Option<String>>(5)?,
                "lang": r.get::<_, String>(6)?,
                "revision_id": r.get::<_, Option<i64>>(7)?,
            }))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn versions(conn: &Db, report_id: i64) -> Result<Vec<serde_json::Value>> {
    report_row(conn, report_id)?;
    versions_list(conn, report_id)
}

/// The report as the screen shows it: the current version's sections, status, remarks and
/// signatures (without the images), and the list of versions.
pub fn get(conn: &Db, report_id: i64) -> Result<serde_json::Value> {
    let row = report_row(conn, report_id)?;
    let v = latest(conn, report_id)?;
    let sections: Vec<Section> = match &v.content {
        Some(c) => serde_json::from_str::<Frozen>(c)
            .map(|f| f.sections)
            .unwrap_or_default(),
        None => live_sections(conn, report_id, &v)?,
    };
    let person_id = income::person_of(conn, row.request_id)?;
    let person = crate::person::load(conn, person_id)?;
    Ok(json!({
        "report_id": report_id,
        "request_id": row.request_id,
        "person_display_name": person.display_name,
        "proposal": row.proposal,
        "current": {
            "number": v.number,
            "status": v.status,
            "lang": v.lang,
            "remarks": v.remarks,
            "read_together_on": v.read_together_on,
            "sent_on": v.sent_on,
            "worker_signature": v.worker.as_ref().map(Signature::public),
            "person_signature": v.person.as_ref().map(Signature::public),
            "fingerprint": v.fingerprint.as_deref().map(short),
            "revision_id": v.revision_id,
            "sections": sections,
        },
        "versions": versions_list(conn, report_id)?,
    }))
}

/// What a frozen version keeps: exactly what was printed.
#[derive(Debug, Serialize, Deserialize)]
struct Frozen {
    sections: Vec<Section>,
    read_together_on: Option<String>,
    worker: Option<Signature>,
    person: Option<Signature>,
}

fn open_version(conn: &Db, report_id: i64) -> Result<(Version, i64)> {
    let row = report_row(conn, report_id)?;
    let v = latest(conn, report_id)?;
    if v.status == "sent" {
        return Err(Error::ReportSent);
    }
    if v.frozen_at.is_some() {
        return Err(Error::ReportFrozen);
    }
    let person_id = income::person_of(conn, row.request_id)?;
    Ok((v, person_id))
}

/// The worker and the person have read the current version together.
pub fn read_together(conn: &Db, report_id: i64) -> Result<()> {
    let tx = conn.transaction()?;
    let (v, person_id) = open_version(&tx, report_id)?;
    let fp = reading_fingerprint(&live_sections(&tx, report_id, &v)?);
    tx.execute(
        "UPDATE report_version SET status = 'read_together', read_together_on = ?1,
                read_fingerprint = ?2 WHERE id = ?3",
        params![crate::today().format("%Y-%m-%d").to_string(), fp, v.id],
    )?;
    audit::append(
        &tx,
        "report.read_together",
        Some(person_id),
        &json!({"report_id": report_id, "version": v.number}),
    )?;
    tx.commit()?;
    Ok(())
}

/// The person's remarks in their own words; `""` records "no remarks".
pub fn remarks(conn: &Db, report_id: i64, text: &str) -> Result<()> {
    let text = crate::validate::text(text, "text", 20_000, true)?;
    let tx = conn.transaction()?;
    let (v, person_id) = open_version(&tx, report_id)?;
    tx.execute(
        "UPDATE report_version SET remarks = ?1 WHERE id = ?2",
        params![text, v.id],
    )?;
    audit::append(
        &tx,
        "report.remarks",
        Some(person_id),
        &json!({"report_id": report_id, "version": v.number, "empty": text.is_empty()}),
    )?;
    tx.commit()?;
    Ok(())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignArgs {
    pub report_id: i64,
    pub signer: String,
    #[serde(default)]
    pub png_base64: Option<String>,
    #[serde(default)]
    pub on_paper: Option<bool>,
    #[serde(default)]
    pub declined: Option<bool>,
    #[serde(default)]
    pub reason: Option<String>,
}

/// Largest signature image accepted (decoded).
const MAX_SIGNATURE_BYTES: usize = 2 * 1024 * 1024;

fn check_png(b64: &str) -> Result<Vec<u8>> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .map_err(|_| Error::InvalidInput {
            detail: "png_base64: not base64".into(),
        })?;
    if bytes.len() > MAX_SIGNATURE_BYTES || !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err(Error::InvalidInput {
            detail: "png_base64: not a PNG image of at most 2 MB".into(),
        });
    }
    // Decoded whole now, so that a signature accepted here can always be printed later.
    pdf::check_png(&bytes).map_err(|_| Error::InvalidInput {
        detail: "png_base64: not a readable PNG image".into(),
    })?;
    Ok(bytes)
}

/// Records a signature. Needs the version to have been read together, unchanged since.
/// When both have signed (or the person declined), the version is frozen.
pub fn sign(conn: &Db, a: SignArgs) -> Result<()> {
    let signer = match a.signer.as_str() {
        "worker" | "person" => a.signer.clone(),
        other => {
            return Err(Error::InvalidChoice {
                field: "signer".into(),
                value: other.chars().take(20).collect(),
            })
        }
    };
    let declined = a.declined == Some(true);
    let on_paper = a.on_paper == Some(true);
    let chosen = [a.png_base64.is_some(), on_paper, declined]
        .iter()
        .filter(|x| **x)
        .count();
    if chosen != 1 {
        return Err(Error::InvalidInput {
            detail: "give one of png_base64, on_paper: true or declined: true".into(),
        });
    }
    if declined && signer == "worker" {
        return Err(Error::InvalidInput {
            detail: "only the person may decline to sign".into(),
        });
    }
    let png = a.png_base64.as_deref().map(check_png).transpose()?;
    let reason = a
        .reason
        .as_deref()
        .map(|r| crate::validate::text(r, "reason", 2000, true))
        .transpose()?
        .filter(|r| !r.is_empty());
    let signature = Signature {
        kind: if declined {
            "declined"
        } else if on_paper {
            "on_paper"
        } else {
            "drawn"
        }
        .into(),
        at: crate::now_utc(),
        reason: if declined { reason } else { None },
        png_base64: png
            .as_ref()
            .map(|b| base64::engine::general_purpose::STANDARD.encode(b)),
    };
    let tx = conn.transaction()?;
    let (mut v, person_id) = open_version(&tx, a.report_id)?;
    if v.status != "read_together" {
        return Err(Error::ReportNotRead);
    }
    let live = live_sections(&tx, a.report_id, &v)?;
    if v.read_fingerprint.as_deref() != Some(reading_fingerprint(&live).as_str()) {
        tx.execute(
            "UPDATE report_version SET status = 'draft', read_together_on = NULL,
                    read_fingerprint = NULL, worker_signature = NULL, person_signature = NULL
             WHERE id = ?1",
            [v.id],
        )?;
        tx.commit()?;
        return Err(Error::ReportChanged);
    }
    let column = if signer == "worker" {
        v.worker = Some(signature.clone());
        "worker_signature"
    } else {
        v.person = Some(signature.clone());
        "person_signature"
    };
    tx.execute(
        &format!("UPDATE report_version SET {column} = ?1 WHERE id = ?2"),
        params![serde_json::to_string(&signature).unwrap_or_default(), v.id],
    )?;
    audit::append(
        &tx,
        "report.sign",
        Some(person_id),
        &json!({"report_id": a.report_id, "version": v.number, "signer": signer, "kind": signature.kind}),
    )?;
    if v.worker.is_some() && v.person.is_some() {
        let status = if v.person.as_ref().map(|p| p.kind.as_str()) == Some("declined") {
            "declined"
        } else {
            "signed"
        };
        freeze(&tx, a.report_id, &v, live, status, person_id)?;
    }
    tx.commit()?;
    Ok(())
}

/// Renders the version's PDF from its sections and signatures and keeps it, with its
/// fingerprint, for good.
fn freeze(
    conn: &Db,
    report_id: i64,
    v: &Version,
    sections: Vec<Section>,
    status: &str,
    person_id: i64,
) -> Result<()> {
    let frozen = Frozen {
        sections,
        read_together_on: v.read_together_on.clone(),
        worker: v.worker.clone(),
        person: v.person.clone(),
    };
    let content = serde_json::to_string(&frozen).map_err(|e| Error::Storage {
        detail: e.to_string(),
    })?;
    let fingerprint = pdf::sha256_hex(content.as_bytes());
    let profile = crate::profile::get(conn)?;
    let bytes = render(
        v.lang,
        &frozen,
        v.number,
        Some(&fingerprint),
        profile.as_ref(),
        &names(conn, report_id)?,
    )?;
    let pdf_sha = pdf::sha256_hex(&bytes);
    conn.execute(
        "UPDATE report_version SET status = ?1, content = ?2, fingerprint = ?3, pdf = ?4,
                pdf_sha256 = ?5, frozen_at = ?6 WHERE id = ?7",
        params![
            status,
            content,
            fingerprint,
            bytes,
            pdf_sha,
            crate::now_utc(),
            v.id
        ],
    )?;
    audit::append(
        conn,
        "report.freeze",
        Some(person_id),
        &json!({"report_id": report_id, "version": v.number, "status": status, "pdf_sha256": pdf_sha}),
    )?;
    Ok(())
}

/// One point a report should not go to the committee with, unnoticed.
#[derive(Debug, Clone, serde::Serialize, PartialEq)]
pub struct Point {
    /// Stable: `to-check`, `no-evidence`, `no-household`, `resources-met-no-amount`,
    /// `resources-not-met-amount`.
    pub code: String,
    /// The condition it is about, when it is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// In plain words, in the screen's language.
    pub text: String,
}

/// What is missing or weak in the report's request before it goes to the committee:
/// conditions still to check or without evidence, no household when the category rests on
/// one, a resources finding the calculation contradicts.
pub fn readiness(conn: &Db, report_id: i64, lang: Lang) -> Result<Vec<Point>> {
    let row = report_row(conn, report_id)?;
    let v = income::view::build(conn, row.request_id, lang)?;
    let ui = |id: &str, args: &[(&str, String)]| crate::i18n::catalogs().message(lang, id, args);
    let mut points = Vec::new();
    for c in &v.conditions {
        let name = ui(&format!("condition-{}", c.condition), &[]);
        if c.finding == "to_check" {
            points.push(Point {
                code: "to-check".into(),
                condition: Some(c.condition.clone()),
                text: ui("readiness-to-check", &[("condition", name.clone())]),
            });
        }
        if c.evidence.is_empty() {
            points.push(Point {
                code: "no-evidence".into(),
                condition: Some(c.condition.clone()),
                text: ui("readiness-no-evidence", &[("condition", name)]),
            });
        }
    }
    let person = crate::person::load(conn, v.person_id)?;
    if let Some(category) = v.category.chosen {
        if category != income::calc::Category::Single && person.household.is_empty() {
            points.push(Point {
                code: "no-household".into(),
                condition: None,
                text: ui(
                    "readiness-no-household",
                    &[(
                        "category",
                        ui(&format!("category-{}", category.code()), &[]),
                    )],
                ),
            });
        }
    }
    let yearly = v.calculation.get("yearly_cents").and_then(|y| y.as_i64());
    let resources = v.conditions.iter().find(|c| c.condition == "resources");
    match (resources.map(|c| c.finding.as_str()), yearly) {
        (Some("met"), Some(0)) => points.push(Point {
            code: "resources-met-no-amount".into(),
            condition: Some("resources".into()),
            text: ui("readiness-resources-met-no-amount", &[]),
        }),
        (Some("not_met"), Some(y)) if y > 0 => points.push(Point {
            code: "resources-not-met-amount".into(),
            condition: Some("resources".into()),
            text: ui("readiness-resources-not-met-amount", &[]),
        }),
        _ => {}
    }
    Ok(points)
}

/// Marks the current version as sent to the committee, freezing it first if needed
/// (signing is never required to send). With open points (see [`readiness`]) the worker must
/// say why it goes as it is; the reason is kept with the version.
pub fn send(conn: &Db, report_id: i64, reason: Option<&str>) -> Result<()> {
    let open = readiness(conn, report_id, Lang::En)?.len();
    let reason = crate::validate::text(reason.unwrap_or(""), "readiness_reason", 2000, true)?;
    if open > 0 && reason.is_empty() {
        return Err(Error::ReportNotReady {
            points: open.to_string(),
        });
    }
    let tx = conn.transaction()?;
    let row = report_row(&tx, report_id)?;
    let person_id = income::person_of(&tx, row.request_id)?;
    let v = latest(&tx, report_id)?;
    if v.status == "sent" {
        return Err(Error::ReportSent);
    }
    if v.frozen_at.is_none() {
        let sections = live_sections(&tx, report_id, &v)?;
        let status = v.status.clone();
        freeze(&tx, report_id, &v, sections, &status, person_id)?;
    }
    tx.execute(
        "UPDATE report_version SET status = 'sent', sent_on = ?1, readiness_reason = ?2
         WHERE id = ?3",
        params![
            crate::today().format("%Y-%m-%d").to_string(),
            (!reason.is_empty()).then_some(&reason),
            v.id
        ],
    )?;
    audit::append(
        &tx,
        "report.send",
        Some(person_id),
        &json!({"report_id": report_id, "version": v.number, "open_points": open}),
    )?;
    tx.commit()?;
    Ok(())
}

/// The PDF of version `number` (default: the latest). Frozen versions give the kept bytes;
/// a draft is rendered now, marked as a draft.
pub fn pdf_bytes(
    conn: &Db,
    report_id: i64,
    number: Option<i64>,
    lang: Option<Lang>,
) -> Result<(Vec<u8>, i64)> {
    let v = match number {
        None => latest(conn, report_id)?,
        Some(n) => conn
            .query_row(
                &format!(
                    "SELECT {VERSION_COLUMNS} FROM report_version WHERE report_id = ?1 AND number = ?2"
                ),
                params![report_id, n],
                version_from_row,
            )
            .optional()?
            .ok_or_else(|| Error::NotFound {
                what: "report version".into(),
                id: n.to_string(),
            })?,
    };
    if v.frozen_at.is_some() {
        let bytes: Vec<u8> = conn.query_row(
            "SELECT pdf FROM report_version WHERE id = ?1",
            [v.id],
            |r| r.get(0),
        )?;
        return Ok((bytes, v.number));
    }
    let mut draft = v;
    if let Some(l) = lang {
        draft.lang = l;
    }
    let frozen = Frozen {
        sections: live_sections(conn, report_id, &draft)?,
        read_together_on: draft.read_together_on.clone(),
        worker: draft.worker.clone(),
        person: draft.person.clone(),
    };
    let profile = crate::profile::get(conn)?;
    Ok((
        render(
            draft.lang,
            &frozen,
            draft.number,
            None,
            profile.as_ref(),
            &names(conn, report_id)?,
        )?,
        draft.number,
    ))
}

fn part_blocks(part: &Part) -> Block {
    match part {
        Part::Paragraph { text } => Block::Paragraph(text.clone()),
        Part::Note { text } => Block::Note(text.clone()),
        Part::Keyvalues { pairs } => Block::KeyValues(pairs.clone()),
        Part::List { items } => Block::Bullets(items.clone()),
        Part::Table {
            headers,
            rows,
            widths,
        } => Block::Table {
            headers: headers.clone(),
            rows: rows.clone(),
            widths: widths.clone(),
        },
    }
}

/// Who a report is about and by whom, for every page's footer and under the signatures.
struct Names {
    reference: String,
    person: String,
    worker: String,
    /// The journal's mark when the version is rendered.
    journal: String,
}

fn names(conn: &Db, report_id: i64) -> Result<Names> {
    let row = report_row(conn, report_id)?;
    let person: String = conn.query_row(
        "SELECT p.display_name FROM income_request r
         JOIN person p ON p.id = r.person_id WHERE r.id = ?1",
        [row.request_id],
        |r| r.get(0),
    )?;
    Ok(Names {
        reference: crate::income::reference_of(conn, row.request_id)?,
        person,
        worker: crate::profile::get(conn)?
            .map(|p| p.worker_name)
            .unwrap_or_default(),
        journal: crate::audit::mark(conn)?,
    })
}

/// A signature place with the signer's name printed under it.
fn signature_slot(lang: Lang, label: &str, s: &Option<Signature>, name: &str) -> SignatureSlot {
    let mut slot = unnamed_slot(lang, label, s);
    if !name.is_empty() {
        slot.caption = format!("{name} · {}", slot.caption);
    }
    slot
}

fn unnamed_slot(lang: Lang, label: &str, s: &Option<Signature>) -> SignatureSlot {
    let day = |at: &str| compose::date(lang, at.get(..10).unwrap_or(at));
    match s {
        None => SignatureSlot {
            label: tr(lang, label, &[]),
            png: None,
            caption: tr(lang, "doc-signature-line", &[]),
        },
        Some(sig) => match sig.kind.as_str() {
            "drawn" => SignatureSlot {
                label: tr(lang, label, &[]),
                png: sig
                    .png_base64
                    .as_deref()
                    .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok()),
                caption: tr(lang, "doc-signed-drawn", &[("date", day(&sig.at))]),
            },
            "declined" => SignatureSlot {
                label: tr(lang, label, &[]),
                png: None,
                caption: match &sig.reason {
                    Some(r) => tr(
                        lang,
                        "doc-declined-reason",
                        &[("date", day(&sig.at)), ("reason", r.clone())],
                    ),
                    None => tr(lang, "doc-declined", &[("date", day(&sig.at))]),
                },
            },
            _ => SignatureSlot {
                label: tr(lang, label, &[]),
                png: None,
                caption: tr(lang, "doc-signed-paper", &[]),
            },
        },
    }
}

fn render(
    lang: Lang,
    f: &Frozen,
    number: i64,
    fingerprint: Option<&str>,
    profile: Option<&crate::profile::Profile>,
    names: &Names,
) -> Result<Vec<u8>> {
    let mut blocks = vec![Block::Title(tr(lang, "doc-report-title", &[]))];
    for s in &f.sections {
        blocks.push(Block::Heading(s.heading.clone()));
        blocks.extend(s.blocks.iter().map(part_blocks));
    }
    blocks.push(Block::Heading(tr(lang, "doc-section-signatures", &[])));
    blocks.push(Block::Paragraph(match &f.read_together_on {
        Some(d) => tr(
            lang,
            "doc-read-together",
            &[("date", compose::date(lang, d))],
        ),
        None => tr(lang, "doc-not-read-together", &[]),
    }));
    blocks.push(Block::SignatureBlock(vec![
        signature_slot(lang, "doc-sign-worker", &f.worker, &names.worker),
        signature_slot(lang, "doc-sign-person", &f.person, &names.person),
    ]));
    let footer = match fingerprint {
        Some(fp) => tr(
            lang,
            "doc-footer-version",
            &[("number", number.to_string()), ("fingerprint", short(fp))],
        ),
        None => tr(lang, "doc-footer-draft", &[("number", number.to_string())]),
    };
    // The file reference and the person's name on every page.
    let footer = format!("{} · {} · {footer}", names.reference, names.person);
    let spec = DocumentSpec {
        title: tr(lang, "doc-report-title", &[]),
        author: profile
            .map(|p| format!("{} · {}", p.worker_name, p.ocmw_name))
            .unwrap_or_default(),
        subject: tr(lang, "doc-report-subtitle", &[]),
        language: lang.code().into(),
        created: chrono::Utc::now(),
        header: profile.map(|p| p.ocmw_name.clone()),
        footer,
        page_label: pdf::page_label(lang),
        blocks,
        mark: Some(names.journal.clone()),
    };
    pdf::render(&spec)
}
