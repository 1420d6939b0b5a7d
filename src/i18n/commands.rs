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
    "The window's messages {lang (the session's)}: {lang, messages}.",
    |t, args| {
        let a: CatalogArgs = parse(args)?;
        let lang = a.lang.unwrap_or(t.language());
        Ok(json!({"lang": lang, "messages": i18n::catalogs().catalog(lang)}))
    },
)
.without_unlock()
.passive()];
