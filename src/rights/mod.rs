//! Rights the person may be missing: a screener against non-take-up that works on what the file already holds, with the rules as reviewed data (`catalog/`), and where things stand for each right.
//!
//! Reads the person and the income side, never the support plan; nothing on the income side
//! reads this area. The legal brief with every source is `docs/legal/rights-screener.md`.

pub mod catalog;
pub mod commands;
pub mod document;
pub mod screen;
pub mod status;

use chrono::NaiveDate;

use crate::i18n::Lang;

/// A message of the catalogs in `lang`.
pub(crate) fn tr(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    crate::i18n::catalogs().message(lang, id, args)
}

/// A stored day ("2026-03-02", or the start of a timestamp).
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

/// A day as stored.
pub(crate) fn date_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
