//! One vocabulary per language: every catalog (screens and documents) checked against src/i18n/glossary.toml.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde::Deserialize;

const LANGS: [&str; 4] = ["nl", "fr", "de", "en"];

#[derive(Deserialize)]
struct Glossary {
    address: Address,
    concept: Vec<Concept>,
}

#[derive(Deserialize)]
struct Address {
    person_facing: Vec<String>,
    informal: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct Concept {
    id: String,
    #[serde(default)]
    required: bool,
    nl: String,
    fr: String,
    de: String,
    en: String,
    rejected: BTreeMap<String, Vec<String>>,
}

impl Concept {
    fn term(&self, lang: &str) -> &str {
        match lang {
            "nl" => &self.nl,
            "fr" => &self.fr,
            "de" => &self.de,
            _ => &self.en,
        }
    }
}

/// One message of a catalog: where it is, its id, its words (placeables left out) and whether
/// it chooses a variant by a variable (a Fluent select).
struct Message {
    file: String,
    id: String,
    text: String,
    variables: Vec<String>,
    selects_on: Vec<String>,
}

fn glossary() -> Glossary {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/glossary.toml");
    let text = std::fs::read_to_string(&path).expect("glossary.toml is readable");
    toml::from_str(&text).expect("glossary.toml parses")
}

fn walk(pattern: &Pattern<&str>, m: &mut Message) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => m.text.push_str(value),
            PatternElement::Placeable { expression } => {
                m.text.push(' ');
                match expression {
                    Expression::Inline(inline) => inline_expr(inline, m),
                    Expression::Select { selector, variants } => {
                        if let InlineExpression::VariableReference { id } = selector {
                            m.selects_on.push(id.name.to_string());
                        }
                        for variant in variants {
                            walk(&variant.value, m);
                            m.text.push(' ');
                        }
                    }
                }
                m.text.push(' ');
            }
        }
    }
}

fn inline_expr(inline: &InlineExpression<&str>, m: &mut Message) {
    match inline {
        InlineExpression::StringLiteral { value } => m.text.push_str(value),
        InlineExpression::VariableReference { id } => m.variables.push(id.name.to_string()),
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(inner) = expression.as_ref() {
                inline_expr(inner, m);
            }
        }
        _ => {}
    }
}

/// Every message of every catalog file of `lang` (src/i18n/<lang>/*.ftl), documents included.
fn messages(lang: &str) -> Vec<Message> {
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/i18n")
        .join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("catalog folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    assert!(
        files.iter().any(|f| f.ends_with("documents.ftl")),
        "{lang}: documents.ftl is checked too"
    );
    let mut out = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("catalog is readable");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
        for entry in &resource.body {
            if let Entry::Message(msg) = entry {
                let mut m = Message {
                    file: format!("{lang}/{}", file.file_name().unwrap().to_string_lossy()),
                    id: msg.id.name.to_string(),
                    text: String::new(),
                    variables: Vec::new(),
                    selects_on: Vec::new(),
                };
                if let Some(value) = &msg.value {
                    walk(value, &mut m);
                }
                for attribute in &msg.attributes {
                    m.text.push(' ');
                    walk(&attribute.value, &mut m);
                }
                out.push(m);
            }
        }
    }
    out
}

/// `needle` in `text` as whole words (no letter or digit just before or after), case ignored.
fn uses(text: &str, needle: &str) -> bool {
    let text: Vec<char> = text.to_lowercase().chars().collect();
    let needle: Vec<char> = needle.to_lowercase().chars().collect();
    if needle.is_empty() || needle.len() > text.len() {
        return false;
    }
    (0..=text.len() - needle.len()).any(|i| {
        text[i..i + needle.len()] == needle[..]
            && (i == 0 || !text[i - 1].is_alphanumeric())
            && text
                .get(i + needle.len())
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

#[test]
fn whole_word_matching_is_what_the_checks_rely_on() {
    assert!(uses("Het OCMW beslist.", "ocmw"));
    assert!(uses("een persoon met gezinslast", "gezinslast"));
    assert!(!uses("Gezinslasten", "gezinslast"));
    assert!(!uses("jeugd", "je"));
    assert!(uses("Wie er bij je woont", "je"));
    assert!(uses(
        "l'exonération socioprofessionnelle",
        "exonération socioprofessionnelle"
    ));
}

#[test]
fn no_catalog_uses_a_rejected_variant() {
    let g = glossary();
    let mut found = Vec::new();
    for lang in LANGS {
        let all = messages(lang);
        for concept in &g.concept {
            for variant in concept.rejected.get(lang).into_iter().flatten() {
                for m in all.iter().filter(|m| uses(&m.text, variant)) {
                    found.push(format!(
                        "{} {}: \"{variant}\" (concept {}: say \"{}\")",
                        m.file,
                        m.id,
                        concept.id,
                        concept.term(lang)
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "rejected variants:\n{}", found.join("\n"));
}

#[test]
fn every_language_uses_the_glossary_terms() {
    let g = glossary();
    assert!(g.concept.len() >= 8, "the glossary lists the law's terms");
    let mut missing = Vec::new();
    for lang in LANGS {
        let all = messages(lang);
        for concept in g.concept.iter().filter(|c| c.required) {
            let term = concept.term(lang);
            if !all.iter().any(|m| uses(&m.text, term)) {
                missing.push(format!("{lang}: \"{term}\" ({})", concept.id));
            }
        }
        // Each concept lists its rejected variants per language, even when there are none.
        for concept in &g.concept {
            assert!(
                concept.rejected.contains_key(lang),
                "{}: rejected.{lang} missing",
                concept.id
            );
        }
    }
    assert!(
        missing.is_empty(),
        "terms never used:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_person_is_addressed_formally_where_they_read() {
    let g = glossary();
    let mut found = Vec::new();
    for lang in LANGS {
        let informal = g.address.informal.get(lang).cloned().unwrap_or_default();
        for m in messages(lang) {
            if !g.address.person_facing.iter().any(|p| m.id.starts_with(p)) {
                continue;
            }
            for word in &informal {
                if uses(&m.text, word) {
                    found.push(format!("{} {}: \"{word}\"", m.file, m.id));
                }
            }
        }
    }
    assert!(found.is_empty(), "informal address:\n{}", found.join("\n"));
}

#[test]
fn counts_choose_their_plural() {
    // A count beside its noun ("1 persoon gevonden", never "Gevonden: 1"): such a message
    // chooses its variant by the count.
    const COUNTS: [&str; 4] = ["count", "days", "entries", "months"];
    let mut found = Vec::new();
    for lang in LANGS {
        for m in messages(lang) {
            for var in m.variables.iter().filter(|v| COUNTS.contains(&v.as_str())) {
                if !m.selects_on.contains(var) {
                    found.push(format!("{} {}: ${var}", m.file, m.id));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "counts without plural:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_window_gets_the_plural_variants() {
    let plurals = tandem::i18n::catalogs().plurals(tandem::i18n::Lang::Nl);
    let due = plurals
        .get("due-overdue")
        .expect("due-overdue has plural variants");
    assert_eq!(due.var, "days");
    assert_eq!(due.default, "other");
    assert_eq!(due.variants["one"], "{ $days } dag te laat");
    assert_eq!(due.variants["other"], "{ $days } dagen te laat");
    let list = &plurals["list-count"];
    assert_eq!(list.variants["0"], "Niemand gevonden");
    // Documents and errors get numbers too: the variant follows the count.
    let cat = tandem::i18n::catalogs();
    let one = cat.message(
        tandem::i18n::Lang::Nl,
        "due-overdue",
        &[("days", "1".to_string())],
    );
    let many = cat.message(
        tandem::i18n::Lang::Nl,
        "due-overdue",
        &[("days", "29".to_string())],
    );
    assert_eq!(one, "1 dag te laat");
    assert_eq!(many, "29 dagen te laat");
}
