//! The signal as a PDF people would rather look at than read: bars and short sentences, in the reader's language, with its method.

use super::cells::{Cell, Shown};
use super::figures::CONDITIONS;
use super::publish::{GapMoney, Signal};
use crate::error::Result;
use crate::i18n::{self, catalogs, Lang};
use crate::income::calc::money;
use crate::pdf::{self, Bar, Block, DocumentSpec};

fn tr(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    catalogs().message(lang, id, args)
}

/// A published count in words: `12`, "fewer than 5", "between 12 and 19".
pub fn count_text(lang: Lang, c: Cell) -> String {
    match c.shown() {
        Shown::Exactly(n) => n.to_string(),
        Shown::FewerThan5 => tr(lang, "signal-fewer-than-5", &[]),
        Shown::AtLeast(a) => tr(lang, "signal-at-least", &[("min", a.to_string())]),
        Shown::Between(a, b) => tr(
            lang,
            "signal-between",
            &[("min", a.to_string()), ("max", b.to_string())],
        ),
    }
}

/// A month `YYYY-MM` as its reader writes it: 02/2026 (nl, fr, en), 02.2026 (de).
pub fn month_text(lang: Lang, month: &str) -> String {
    match month.split_once('-') {
        Some((y, m)) if lang == Lang::De => format!("{m}.{y}"),
        Some((y, m)) => format!("{m}/{y}"),
        None => month.to_string(),
    }
}

fn label(lang: Lang, key: &str) -> String {
    tr(
        lang,
        &format!("signal-count-{}", key.replace(['.', '_'], "-")),
        &[],
    )
}

/// A count's bar: as long as its share of the largest shown; none when hidden.
fn bars(lang: Lang, s: &Signal, rows: &[(String, String)]) -> Block {
    let value = |k: &str| s.counts.get(k).copied().unwrap_or(Cell::exact(0));
    let largest = rows
        .iter()
        .map(|(k, _)| value(k))
        .filter(|c| c.is_exact())
        .map(|c| c.min)
        .max()
        .unwrap_or(0)
        .max(1);
    Block::Bars(
        rows.iter()
            .map(|(k, name)| {
                let c = value(k);
                Bar {
                    label: name.clone(),
                    share: if c.is_exact() {
                        c.min as f32 / largest as f32
                    } else {
                        0.0
                    },
                    value: count_text(lang, c),
                }
            })
            .collect(),
    )
}

fn key_values(lang: Lang, s: &Signal, keys: &[&str]) -> Block {
    Block::KeyValues(
        keys.iter()
            .map(|k| {
                (
                    label(lang, k),
                    count_text(lang, s.counts.get(*k).copied().unwrap_or(Cell::exact(0))),
                )
            })
            .collect(),
    )
}

fn euros(lang: Lang, e: Option<i64>) -> String {
    match e {
        Some(e) => money(lang, e.saturating_mul(100)),
        None => tr(lang, "doc-signal-gap-hidden", &[]),
    }
}

fn gap_pairs(lang: Lang, g: &GapMoney) -> (String, String) {
    (euros(lang, g.total_euros), euros(lang, g.means_test_euros))
}

/// The PDF of a signal in `lang`.
/// `mark` is the journal's state (see `audit::mark`), as on every document Tandem makes.
pub fn render(s: &Signal, lang: Lang, ocmw: &str, mark: &str) -> Result<Vec<u8>> {
    let from = i18n::date(lang, s.period.from);
    let to = i18n::date(lang, s.period.to);
    let mut blocks = vec![
        Block::Title(tr(lang, "doc-signal-title", &[])),
        Block::Paragraph(tr(
            lang,
            "doc-signal-period",
            &[("from", from.clone()), ("to", to.clone())],
        )),
        Block::Note(tr(lang, "doc-signal-intro", &[])),
        Block::Heading(tr(lang, "doc-signal-requests", &[])),
        key_values(
            lang,
            s,
            &[
                "requests.received",
                "requests.decided",
                "decisions.granted",
                "decisions.partly_granted",
                "decisions.refused",
                "requests.withdrawn",
                "requests.pending",
            ],
        ),
        Block::Subheading(tr(lang, "doc-signal-received-by-month", &[])),
    ];
    let months: Vec<(String, String)> = s
        .counts
        .keys()
        .filter_map(|k| {
            k.strip_prefix("received.")
                .map(|m| (k.clone(), month_text(lang, m)))
        })
        .collect();
    blocks.push(bars(lang, s, &months));
    blocks.push(Block::Heading(tr(lang, "doc-signal-refusals", &[])));
    let mut refusals: Vec<(String, String)> = CONDITIONS
        .iter()
        .map(|c| {
            (
                format!("refused.{c}"),
                tr(lang, &format!("condition-{c}"), &[]),
            )
        })
        .collect();
    refusals.push(("refused.withdrawn".into(), label(lang, "refused.withdrawn")));
    blocks.push(bars(lang, s, &refusals));
    blocks.push(Block::Heading(tr(lang, "doc-signal-categories", &[])));
    let categories: Vec<(String, String)> = ["cohabitant", "single", "family"]
        .iter()
        .map(|c| {
            (
                format!("granted.{c}"),
                tr(lang, &format!("category-{c}"), &[]),
            )
        })
        .collect();
    blocks.push(bars(lang, s, &categories));
    blocks.push(Block::Heading(tr(lang, "doc-signal-deadlines", &[])));
    blocks.push(key_values(
        lang,
        s,
        &[
            "decisions.within_30_days",
            "decisions.late",
            "notifications.within_8_days",
            "notifications.late",
            "notifications.not_recorded",
        ],
    ));
    if let Some(days) = s.median_days_late {
        blocks.push(Block::Paragraph(tr(
            lang,
            "doc-signal-median-late",
            &[("days", days.to_string())],
        )));
    }
    blocks.push(Block::Heading(tr(lang, "doc-signal-reports", &[])));
    blocks.push(key_values(
        lang,
        s,
        &[
            "visits.announced",
            "visits.unannounced",
            "reports.read_together",
            "reports.cosigned",
            "reports.signed_on_paper",
            "reports.declined",
            "reports.with_remarks",
        ],
    ));
    blocks.push(Block::Heading(tr(lang, "doc-signal-support", &[])));
    blocks.push(key_values(lang, s, &["support.wanted", "support.not_now"]));

    blocks.push(Block::Heading(tr(lang, "doc-signal-gap", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-signal-gap-intro", &[])));
    let (m_total, m_means) = gap_pairs(lang, &s.gap_monthly);
    let (p_total, p_means) = gap_pairs(lang, &s.gap_period);
    blocks.push(Block::KeyValues(vec![
        (
            label(lang, "granted.cohabitant"),
            count_text(
                lang,
                s.counts
                    .get("granted.cohabitant")
                    .copied()
                    .unwrap_or(Cell::exact(0)),
            ),
        ),
        (tr(lang, "doc-signal-gap-monthly", &[]), m_total),
        (tr(lang, "doc-signal-gap-means", &[]), m_means),
        (tr(lang, "doc-signal-gap-period", &[]), p_total),
        (tr(lang, "doc-signal-gap-means", &[]), p_means),
    ]));
    let largest = s
        .gap_by_month
        .values()
        .filter_map(|g| g.total_euros)
        .max()
        .unwrap_or(0)
        .max(1);
    if s.gap_by_month.values().any(|g| g.total_euros.is_some()) {
        blocks.push(Block::Subheading(tr(lang, "doc-signal-gap-by-month", &[])));
        blocks.push(Block::Bars(
            s.gap_by_month
                .iter()
                .map(|(m, g)| Bar {
                    label: month_text(lang, m),
                    share: g.total_euros.map_or(0.0, |e| e as f32 / largest as f32),
                    value: euros(lang, g.total_euros),
                })
                .collect(),
        ));
    }
    blocks.push(Block::Note(tr(lang, "doc-signal-gap-method", &[])));

    blocks.push(Block::Heading(tr(lang, "doc-signal-observations", &[])));
    if s.observations.is_empty() {
        blocks.push(Block::Paragraph(tr(
            lang,
            "doc-signal-no-observations",
            &[],
        )));
    }
    for o in &s.observations {
        blocks.push(Block::Subheading(tr(
            lang,
            "doc-signal-observation",
            &[
                ("theme", tr(lang, &format!("signal-theme-{}", o.theme), &[])),
                ("from", i18n::iso_date(lang, &o.from)),
                ("to", i18n::iso_date(lang, &o.to)),
                ("situations", o.situations.to_string()),
            ],
        )));
        blocks.push(Block::Paragraph(o.text.clone()));
    }
    if s.observations_left_out > 0 {
        blocks.push(Block::Note(tr(
            lang,
            "doc-signal-left-out",
            &[("count", s.observations_left_out.to_string())],
        )));
    }
    blocks.push(Block::Heading(tr(lang, "doc-signal-method-title", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-signal-method", &[])));
    let spec = DocumentSpec {
        title: tr(lang, "doc-signal-title", &[]),
        author: ocmw.to_string(),
        subject: tr(lang, "doc-signal-period", &[("from", from), ("to", to)]),
        language: lang.code().into(),
        created: chrono::Utc::now(),
        header: Some(ocmw.to_string()),
        footer: tr(
            lang,
            "doc-signal-footer",
            &[("files", s.files.len().to_string())],
        ),
        page_label: pdf::page_label(lang),
        blocks,
        mark: Some(mark.to_string()),
    };
    pdf::render(&spec)
}
