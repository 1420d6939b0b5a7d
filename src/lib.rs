//! Tandem core: the vault, persons, audit trail, translations and the one command surface.

pub mod api;
pub mod audit;
pub mod bench;
pub mod caseload;
pub mod command;
pub mod committee;
pub mod demo;
pub mod error;
pub mod i18n;
pub mod income;
pub mod pdf;
pub mod person;
pub mod profile;
pub mod report;
pub mod rights;
pub mod settings;
pub mod sharing;
pub mod signals;
pub mod store;
pub mod support;
pub mod team;
pub mod validate;
pub mod vault;

pub use api::Tandem;
pub use error::{Error, ErrorReply, Result};

/// The current time in UTC, as stored (RFC 3339, seconds).
pub fn now_utc() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Today's date on this computer's calendar.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
