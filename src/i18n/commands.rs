//! The command of translations: the window's catalog in one language.

use serde::Deserialize;
use serde_json::json;

use super::{self as i18n, Lang};
use crate::command::{parse, Command};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogArgs {
    #[serde(default)]
    lang: Option<Lang>,
}

pub(crate) const COMMANDS: &[Command] = &[Command::new(
    "i18n.catalog",
    "The window's messages {lang (the session's)}: {lang, messages, plurals (per id: var, variants, default)}.",
    |t, args| {
        let a: CatalogArgs = parse(args)?;
        let lang = a.lang.unwrap_or(t.language());
        let catalogs = i18n::catalogs();
        Ok(json!({"lang": lang, "messages": catalogs.catalog(lang), "plurals": catalogs.plurals(lang)}))
    },
)
.without_unlock()
.passive()];
