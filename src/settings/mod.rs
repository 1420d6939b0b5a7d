//! Settings kept beside the vault in plain JSON: only choices that hold no personal data.

pub mod commands;

use std::fs;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Lang;

pub const FILE_NAME: &str = "settings.json";
pub const AUTO_LOCK_RANGE: (u32, u32) = (1, 120);
pub const RETENTION_RANGE: (u32, u32) = (1, 30);
pub const BACKUPS_KEEP_RANGE: (u32, u32) = (1, 100);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The language of the screens (documents follow the person's language).
    pub language: Lang,
    /// The vault locks itself after this many minutes without activity.
    pub auto_lock_minutes: u32,
    /// A closed file is kept this many years, then listed for erasure.
    #[serde(default = "default_retention_years")]
    pub retention_years: u32,
    /// How many automatic backups are kept (the oldest go first).
    #[serde(default = "default_backups_keep")]
    pub backups_keep: u32,
}

fn default_backups_keep() -> u32 {
    7
}

fn default_retention_years() -> u32 {
    5
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: system_language(),
            auto_lock_minutes: 10,
            retention_years: default_retention_years(),
            backups_keep: default_backups_keep(),
        }
    }
}

/// The language of the operating system when it is one of ours, else Dutch.
fn system_language() -> Lang {
    let env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    Lang::parse(env.get(..2).unwrap_or("")).unwrap_or(Lang::Nl)
}

impl Settings {
    /// Reads the settings; a missing or unreadable file gives the defaults (it holds nothing
    /// that cannot be chosen again).
    pub fn load(dir: &Path) -> Settings {
        fs::read_to_string(dir.join(FILE_NAME))
            .ok()
            .and_then(|t| serde_json::from_str::<Settings>(&t).ok())
            .filter(|s| s.check().is_ok())
            .unwrap_or_default()
    }

    pub fn check(&self) -> Result<()> {
        let (min, max) = AUTO_LOCK_RANGE;
        if !(min..=max).contains(&self.auto_lock_minutes) {
            return Err(Error::OutOfRange {
                field: "auto_lock_minutes".into(),
                min: min.into(),
                max: max.into(),
            });
        }
        for (value, (min, max), field) in [
            (self.retention_years, RETENTION_RANGE, "retention_years"),
            (self.backups_keep, BACKUPS_KEEP_RANGE, "backups_keep"),
        ] {
            if !(min..=max).contains(&value) {
                return Err(Error::OutOfRange {
                    field: field.into(),
                    min: min.into(),
                    max: max.into(),
                });
            }
        }
        Ok(())
    }

    /// Writes atomically (temporary file, then rename).
    pub fn save(&self, dir: &Path) -> Result<()> {
        self.check()?;
        fs::create_dir_all(dir)?;
        let tmp = dir.join(format!("{FILE_NAME}.tmp"));
        {
            let mut f = fs::File::create(&tmp)?;
            crate::vault::private::file(&tmp)?;
            f.write_all(
                serde_json::to_string_pretty(self)
                    .map_err(|e| Error::Storage {
                        detail: e.to_string(),
                    })?
                    .as_bytes(),
            )?;
            f.sync_all()?;
        }
        fs::rename(&tmp, dir.join(FILE_NAME))?;
        Ok(())
    }
}
