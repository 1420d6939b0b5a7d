//! Translations: the Fluent catalogs (nl, fr, de, en) for the UI, errors and documents.

pub mod commands;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The catalog files of one language, in the order they are loaded.
macro_rules! catalog_parts {
    ($lang:literal) => {
        [
            include_str!(concat!($lang, "/app.ftl")),
            include_str!(concat!($lang, "/income.ftl")),
            include_str!(concat!($lang, "/report.ftl")),
            include_str!(concat!($lang, "/support.ftl")),
            include_str!(concat!($lang, "/sharing.ftl")),
            include_str!(concat!($lang, "/backups.ftl")),
            include_str!(concat!($lang, "/right.ftl")),
            include_str!(concat!($lang, "/periods.ftl")),
            include_str!(concat!($lang, "/signals.ftl")),
            include_str!(concat!($lang, "/caseload.ftl")),
            include_str!(concat!($lang, "/documents.ftl")),
            include_str!(concat!($lang, "/daywork.ftl")),
            include_str!(concat!($lang, "/request_page.ftl")),
            include_str!(concat!($lang, "/rights.ftl")),
            include_str!(concat!($lang, "/team.ftl")),
        ]
    };
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    Fr,
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nl, Lang::Fr, Lang::De, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// How a date is written for a reader of this language: 30/11/2026 (nl, fr, en),
    /// 30.11.2026 (de).
    pub fn date_format(self) -> &'static str {
        match self {
            Lang::De => "%d.%m.%Y",
            _ => "%d/%m/%Y",
        }
    }

    /// The catalog sources shipped inside the binary: one file per area of the screens
    /// (`src/i18n/<lang>/<part>.ftl`), then the documents' (`documents.ftl`, ids starting
    /// with `doc-`). A new area adds its own file to `catalog_parts!` below.
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::Nl => &catalog_parts!("nl"),
            Lang::Fr => &catalog_parts!("fr"),
            Lang::De => &catalog_parts!("de"),
            Lang::En => &catalog_parts!("en"),
        }
    }
}

/// A date as a reader of `lang` writes it.
pub fn date(lang: Lang, d: chrono::NaiveDate) -> String {
    d.format(lang.date_format()).to_string()
}

/// A stored `YYYY-MM-DD` date as a reader of `lang` writes it (anything else as it is).
pub fn iso_date(lang: Lang, iso: &str) -> String {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map(|d| date(lang, d))
        .unwrap_or_else(|_| iso.to_string())
}

pub struct I18n {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
}

/// The catalogs, parsed once.
pub fn catalogs() -> &'static I18n {
    static I18N: OnceLock<I18n> = OnceLock::new();
    I18N.get_or_init(I18n::load)
}

impl I18n {
    fn load() -> I18n {
        let bundles = Lang::ALL
            .into_iter()
            .map(|lang| {
                let langid = lang
                    .code()
                    .parse()
                    .unwrap_or_else(|_| unic_langid::langid!("en"));
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                bundle.set_use_isolating(false);
                for source in lang.sources() {
                    // A syntax error in a shipped catalog is caught by the tests; at run time
                    // the messages that did parse are still used.
                    let res = FluentResource::try_new(source.to_string())
                        .unwrap_or_else(|(res, _errors)| res);
                    let _ = bundle.add_resource(res);
                }
                (lang, bundle)
            })
            .collect();
        I18n { bundles }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or(&self.bundles[0])
            .1
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundle(lang);
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// The message `id` in `lang`, falling back to English, then to the id itself.
    pub fn message(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            // A small whole number is passed as a number, so that a plural variant
            // (`[one]`, `*[other]`) is chosen by it; anything else (references, amounts) as text.
            match v.parse::<i64>() {
                Ok(n) if v.len() <= 6 && n.to_string() == *v => fargs.set(*k, n),
                _ => fargs.set(*k, v.clone()),
            }
        }
        self.format(lang, id, Some(&fargs))
            .or_else(|| self.format(Lang::En, id, Some(&fargs)))
            .unwrap_or_else(|| id.to_string())
    }

    /// The message `id` in `lang` with number arguments too (a Fluent number chooses the
    /// plural form: "1 dag te laat", "29 dagen te laat").
    pub fn message_n(
        &self,
        lang: Lang,
        id: &str,
        args: &[(&str, String)],
        numbers: &[(&str, i64)],
    ) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for (k, n) in numbers {
            fargs.set(*k, *n);
        }
        self.format(lang, id, Some(&fargs))
            .or_else(|| self.format(Lang::En, id, Some(&fargs)))
            .unwrap_or_else(|| id.to_string())
    }

    /// Every message of a catalog, for the UI. Variables stay as `{$name}` placeholders.
    pub fn catalog(&self, lang: Lang) -> BTreeMap<String, String> {
        message_ids(lang)
            .into_iter()
            .filter(|id| !id.starts_with("doc-"))
            .filter_map(|id| self.format(lang, &id, None).map(|text| (id, text)))
            .collect()
    }

    /// The messages of a catalog that choose a variant by a count (a Fluent select on a
    /// variable, such as `{ $count -> [one] … *[other] … }`), for the UI: the variable's name,
    /// each variant's text (with `{$name}` placeholders) and the default variant's key.
    pub fn plurals(&self, lang: Lang) -> BTreeMap<String, Plural> {
        let mut out = BTreeMap::new();
        each_message(lang, |m| {
            if m.id.name.starts_with("doc-") {
                return;
            }
            if let Some(plural) = m.value.as_ref().and_then(plural_of) {
                out.insert(m.id.name.to_string(), plural);
            }
        });
        out
    }

    /// The label of an input field by its path: `household.0.name` → `field-household-name`.
    pub fn field_label(&self, lang: Lang, path: &str) -> String {
        let key = path
            .split('.')
            .filter(|part| part.parse::<usize>().is_err())
            .collect::<Vec<_>>()
            .join("-")
            .replace('_', "-");
        let id = format!("field-{key}");
        match self.format(lang, &id, None) {
            Some(label) => label,
            None => path.to_string(),
        }
    }

    /// The error as a sentence that tells the user what is wrong and what to do.
    pub fn error_message(&self, lang: Lang, err: &Error) -> String {
        let args: Vec<(&str, String)> = err
            .args()
            .into_iter()
            .map(|(k, v)| {
                if k == "field" || k == "other" {
                    (k, self.field_label(lang, &v))
                } else if k == "parts" {
                    // Parts of a file in words: "income, plan" → "income and decisions, …".
                    let words: Vec<String> = v
                        .split(", ")
                        .map(|p| self.message(lang, &format!("part-{p}"), &[]))
                        .collect();
                    (k, words.join(", "))
                } else if k == "what" {
                    // What was not found, in words ("request" → "aanvraag").
                    let id = format!("what-{}", v.replace(' ', "-"));
                    (k, self.format(lang, &id, None).unwrap_or(v))
                } else if k == "date" || k == "since" {
                    // A date in the language's convention (30/11/2026, 30.11.2026).
                    (k, iso_date(lang, &v))
                } else if k == "missing" {
                    // Profile fields to fill: "labour_court_address, deciding_body" in words.
                    let words: Vec<String> =
                        v.split(", ").map(|f| self.field_label(lang, f)).collect();
                    (k, words.join(", "))
                } else {
                    (k, v)
                }
            })
            .collect();
        self.message(lang, &format!("error-{}", err.code()), &args)
    }
}

/// A message whose text depends on a count: see [`I18n::plurals`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plural {
    /// The variable the variant is chosen by (`count`, `days`…).
    pub var: String,
    /// Each variant's key (`one`, `other`, `0`…) and its whole text.
    pub variants: BTreeMap<String, String>,
    /// The key of the default variant.
    pub default: String,
}

type Pattern<'s> = fluent_syntax::ast::Pattern<&'s str>;

/// Text of a pattern made of text and `{ $var }` placeables only (`None` for anything else).
fn flat_text(pattern: &Pattern) -> Option<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                text.push_str("{ $");
                text.push_str(id.name);
                text.push_str(" }");
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => text.push_str(value),
            _ => return None,
        }
    }
    Some(text)
}

/// The variants of a pattern with one select on a variable (text before and after kept).
fn plural_of(pattern: &Pattern) -> Option<Plural> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
    let position = pattern.elements.iter().position(|e| {
        matches!(
            e,
            PatternElement::Placeable {
                expression: Expression::Select { .. }
            }
        )
    })?;
    let side = |elements: &[PatternElement<&str>]| {
        flat_text(&fluent_syntax::ast::Pattern {
            elements: elements.to_vec(),
        })
    };
    let before = side(&pattern.elements[..position])?;
    let after = side(&pattern.elements[position + 1..])?;
    let PatternElement::Placeable {
        expression: Expression::Select { selector, variants },
    } = &pattern.elements[position]
    else {
        return None;
    };
    let InlineExpression::VariableReference { id } = selector else {
        return None;
    };
    let mut plural = Plural {
        var: id.name.to_string(),
        variants: BTreeMap::new(),
        default: String::new(),
    };
    for variant in variants {
        let key = match &variant.key {
            VariantKey::Identifier { name } => name.to_string(),
            VariantKey::NumberLiteral { value } => value.to_string(),
        };
        let text = format!("{before}{}{after}", flat_text(&variant.value)?);
        if variant.default {
            plural.default = key.clone();
        }
        plural.variants.insert(key, text);
    }
    Some(plural)
}

/// Every message of a language's catalog files, parsed from their sources, file by file in
/// load order (a file with a syntax error gives the messages that did parse; the tests catch
/// the error itself).
fn each_message(lang: Lang, mut f: impl FnMut(&fluent_syntax::ast::Message<&str>)) {
    for source in lang.sources().iter().copied() {
        let res = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                f(m);
            }
        }
    }
}

/// The message ids of a language's catalogs, read from their sources.
pub fn message_ids(lang: Lang) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    each_message(lang, |m| {
        ids.insert(m.id.name.to_string());
    });
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogs_parse_without_errors() {
        for lang in Lang::ALL {
            for source in lang.sources().iter().copied() {
                if let Err((_, errors)) = fluent_syntax::parser::parse(source) {
                    panic!("{} catalog has syntax errors: {errors:?}", lang.code());
                }
            }
        }
    }

    #[test]
    fn no_message_is_defined_in_two_files() {
        for lang in Lang::ALL {
            let mut seen = BTreeSet::new();
            each_message(lang, |m| {
                assert!(
                    seen.insert(m.id.name.to_string()),
                    "{}: {} is defined twice",
                    lang.code(),
                    m.id.name
                );
            });
        }
    }

    #[test]
    fn every_language_has_every_key() {
        let en = message_ids(Lang::En);
        assert!(en.len() > 50, "the English catalog looks empty");
        for lang in Lang::ALL {
            let ids = message_ids(lang);
            let missing: Vec<_> = en.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}.ftl: missing {missing:?}, not in en.ftl {extra:?}",
                lang.code()
            );
        }
    }

    #[test]
    fn every_error_code_has_a_message() {
        let samples = [
            Error::Locked,
            Error::VaultMissing,
            Error::VaultExists,
            Error::WrongSecret,
            Error::PassphraseTooShort { min: 10 },
            Error::Required {
                field: "display_name".into(),
            },
            Error::TooLong {
                field: "phone".into(),
                max: 50,
            },
            Error::InvalidDate {
                field: "birth_date".into(),
            },
            Error::DateInFuture {
                field: "birth_date".into(),
            },
            Error::InvalidEmail {
                field: "email".into(),
            },
            Error::InvalidChoice {
                field: "language".into(),
                value: "es".into(),
            },
            Error::InvalidCode {
                field: "worker_code".into(),
                max: 8,
            },
            Error::OutOfRange {
                field: "auto_lock_minutes".into(),
                min: 1,
                max: 120,
            },
            Error::InvalidInput { detail: "x".into() },
            Error::NrnCharacters {
                field: "nrn".into(),
            },
            Error::NrnLength {
                field: "nrn".into(),
                count: 3,
            },
            Error::NrnMonth {
                field: "nrn".into(),
                month: 13,
            },
            Error::NrnDay {
                field: "nrn".into(),
                day: 32,
            },
            Error::NrnChecksum {
                field: "nrn".into(),
            },
            Error::NotFound {
                what: "person".into(),
                id: "9".into(),
            },
            Error::UnknownCommand {
                command: "x".into(),
            },
            Error::Storage { detail: "x".into() },
            Error::VaultCorrupt { detail: "x".into() },
        ];
        let i18n = catalogs();
        for lang in Lang::ALL {
            let ids = message_ids(lang);
            for e in &samples {
                let id = format!("error-{}", e.code());
                assert!(ids.contains(&id), "{}.ftl lacks {id}", lang.code());
                let text = i18n.error_message(lang, e);
                assert!(
                    !text.contains("{$"),
                    "{id} in {}: unresolved variable: {text}",
                    lang.code()
                );
                if let Some(field) = e.field() {
                    let label = i18n.field_label(lang, field);
                    assert_ne!(
                        label,
                        field,
                        "no label for field {field} in {}",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn no_isolation_marks_and_nested_field_labels() {
        let i18n = catalogs();
        let msg = i18n.error_message(
            Lang::Nl,
            &Error::Required {
                field: "household.2.name".into(),
            },
        );
        assert!(!msg.contains('\u{2068}') && !msg.contains('\u{2069}'));
        assert!(msg.contains(&i18n.field_label(Lang::Nl, "household_name")));
    }
}
