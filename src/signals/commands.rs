//! The commands of the collective signals: the figures of a period, observations, the exports and the merge of signal files.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value};

use super::observations::{self, NewObservation};
use super::publish::{self, Signal};
use super::Period;
use crate::api::{documents_dir, write_atomically};
use crate::audit;
use crate::command::{parse, terms, to_value, Command, Ctx, List};
use crate::error::{Error, Result};
use crate::i18n::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodArgs {
    from: NaiveDate,
    to: NaiveDate,
}

impl PeriodArgs {
    fn period(&self) -> Result<Period> {
        Period::new(self.from, self.to)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportArgs {
    from: NaiveDate,
    to: NaiveDate,
    /// `pdf` (to read), `json` (to merge) or `csv` (to read in a spreadsheet).
    format: String,
    /// The language of the PDF (else the app's).
    #[serde(default)]
    lang: Option<Lang>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextArgs {
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IdArgs {
    id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MergeArgs {
    /// Signal files (JSON) to add up: two or more.
    paths: Vec<String>,
}

/// The largest signal file read for a merge.
const MAX_SIGNAL_BYTES: u64 = 4 * 1024 * 1024;
/// The most signal files one merge adds up.
const MAX_MERGE: usize = 500;

fn save(t: &mut Ctx, name: &str, bytes: &[u8], what: &Value) -> Result<Value> {
    let dir = documents_dir();
    crate::vault::private::create_dir(&dir)?;
    let path = dir.join(name);
    write_atomically(&path, bytes)?;
    let conn = t.db()?;
    let tx = conn.transaction()?;
    audit::append(&tx, "signals.export", None, what)?;
    tx.commit()?;
    Ok(json!({"path": path.to_string_lossy(), "bytes": bytes.len()}))
}

fn stamp() -> String {
    chrono::Utc::now().format("%Y%m%d-%H%M%S").to_string()
}

fn read_signal(path: &str) -> Result<Signal> {
    let not_found = || Error::NotFound {
        what: "signal file".into(),
        id: path.chars().take(200).collect(),
    };
    let meta = std::fs::metadata(path).map_err(|_| not_found())?;
    if !meta.is_file() {
        return Err(not_found());
    }
    if meta.len() > MAX_SIGNAL_BYTES {
        return Err(Error::InvalidInput {
            detail: format!("{path}: too large for a signal file"),
        });
    }
    let text = std::fs::read_to_string(path).map_err(|_| Error::InvalidInput {
        detail: format!("{path}: not a signal file (not text)"),
    })?;
    publish::read(&text)
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "signals.figures",
        "The published figures of a period {from, to}: counts (fewer than 5 hidden, the rest rounded to 5), the individualisation gap, observations.",
        |t, args| {
            let a: PeriodArgs = parse(args)?;
            let period = a.period()?;
            to_value(publish::signal(t.db()?, &period)?)
        },
    ),
    Command::new(
        "signals.scan",
        "What in a text names someone of the vault {text}: [{kind: name|nrn|address|phone, found}].",
        |t, args| {
            let a: TextArgs = parse(args)?;
            let text = crate::validate::text(&a.text, "text", observations::MAX_TEXT, true)?;
            to_value(observations::identity_scan(t.db()?, &text)?)
        },
    ),
    Command::new(
        "signals.observation.add",
        "Records a structural observation {theme, text, from, to, situations}; refused while it names someone of the vault.",
        |t, args| {
            let a: NewObservation = parse(args)?;
            to_value(observations::add(t.db()?, a)?)
        },
    ),
    Command::new(
        "signals.observation.list",
        "The observations whose period meets {from, to}.",
        |t, args| {
            let a: PeriodArgs = parse(args)?;
            let period = a.period()?;
            to_value(observations::list(t.db()?, &period)?)
        },
    ),
    Command::new(
        "signals.observation.remove",
        "Removes an observation {id}.",
        |t, args| {
            let a: IdArgs = parse(args)?;
            observations::remove(t.db()?, a.id)?;
            Ok(json!({"removed": a.id}))
        },
    ),
    Command::new(
        "signals.export",
        "Saves the signal of a period {from, to, format: pdf|json|csv, lang} in the documents folder; answers {path, bytes}.",
        |t, args| {
            let a: ExportArgs = parse(args)?;
            let period = Period::new(a.from, a.to)?;
            let signal = publish::signal(t.db()?, &period)?;
            let (bytes, ext) = match a.format.as_str() {
                "pdf" => {
                    let lang = a.lang.unwrap_or(t.language());
                    let conn = t.db()?;
                    let ocmw = crate::profile::get(conn)?
                        .map(|p| p.ocmw_name)
                        .unwrap_or_default();
                    let mark = audit::mark(conn)?;
                    (super::document::render(&signal, lang, &ocmw, &mark)?, "pdf")
                }
                "json" => (
                    serde_json::to_vec_pretty(&signal).map_err(|e| Error::Storage {
                        detail: e.to_string(),
                    })?,
                    "json",
                ),
                "csv" => (publish::csv(&signal).into_bytes(), "csv"),
                _ => {
                    return Err(Error::InvalidChoice {
                        field: "format".into(),
                        value: a.format,
                    })
                }
            };
            // The signal's own random id in the name: two exports in one second never collide.
            let id: String = signal
                .files
                .iter()
                .next()
                .map(|f| f.chars().take(8).collect())
                .unwrap_or_default();
            let name = format!(
                "tandem-signal-{}-{}-{}-{id}.{ext}",
                period.from,
                period.to,
                stamp()
            );
            save(
                t,
                &name,
                &bytes,
                &json!({"format": ext, "from": period.from, "to": period.to}),
            )
        },
    ),
    Command::new(
        "signals.merge",
        "Adds up signal files of one period {paths: [json files]} (a file in two of them is refused) and saves the merged signal; answers {path, bytes, signal}.",
        |t, args| {
            let a: MergeArgs = parse(args)?;
            if a.paths.len() < 2 || a.paths.len() > MAX_MERGE {
                return Err(Error::OutOfRange {
                    field: "paths".into(),
                    min: 2,
                    max: MAX_MERGE as i64,
                });
            }
            let signals = a
                .paths
                .iter()
                .map(|p| read_signal(p))
                .collect::<Result<Vec<_>>>()?;
            let merged = publish::merge(&signals)?;
            let bytes = serde_json::to_vec_pretty(&merged).map_err(|e| Error::Storage {
                detail: e.to_string(),
            })?;
            let name = format!(
                "tandem-signal-{}-{}-merged-{}.json",
                merged.period.from,
                merged.period.to,
                stamp()
            );
            let mut answer = save(
                t,
                &name,
                &bytes,
                &json!({"format": "json", "merged": signals.len()}),
            )?;
            answer["signal"] = to_value(&merged)?;
            Ok(answer)
        },
    ),
];

/// The themes of an observation (`signal-theme-*`).
pub(crate) const VOCABULARY: &[List] = &[List {
    name: "signal_themes",
    terms: || terms("signal-theme-", &observations::THEMES),
}];
