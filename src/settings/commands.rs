//! The commands of the settings kept beside the vault: read them, change some of them.

use serde::Deserialize;
use serde_json::json;

use crate::audit;
use crate::command::{parse, to_value, Command, NoArgs};
use crate::i18n::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsPatch {
    #[serde(default)]
    language: Option<Lang>,
    #[serde(default)]
    auto_lock_minutes: Option<u32>,
    #[serde(default)]
    retention_years: Option<u32>,
    #[serde(default)]
    backups_keep: Option<u32>,
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "settings.get",
        "The settings: {language, auto_lock_minutes, retention_years, backups_keep}.",
        |t, args| {
            parse::<NoArgs>(args)?;
            to_value(t.settings())
        },
    )
    .without_unlock()
    .passive(),
    Command::new(
        "settings.set",
        "Changes the settings given (the others stay); answers all of them.",
        |t, args| {
            let a: SettingsPatch = parse(args)?;
            let mut s = t.settings();
            if let Some(l) = a.language {
                s.language = l;
            }
            if let Some(m) = a.auto_lock_minutes {
                s.auto_lock_minutes = m;
            }
            if let Some(y) = a.retention_years {
                s.retention_years = y;
            }
            if let Some(k) = a.backups_keep {
                s.backups_keep = k;
            }
            s.save(t.dir())?;
            t.set_settings(s);
            // Once the vault is open, a change of settings is in its trail.
            if t.is_unlocked() {
                let tx = t.db()?.transaction()?;
                audit::append(
                    &tx,
                    "settings.set",
                    None,
                    &json!({
                        "language": s.language,
                        "auto_lock_minutes": s.auto_lock_minutes,
                        "retention_years": s.retention_years,
                        "backups_keep": s.backups_keep,
                    }),
                )?;
                tx.commit()?;
            }
            to_value(t.settings())
        },
    )
    .without_unlock(),
];
