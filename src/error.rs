//! Typed errors of the core: a stable code for scripts, Fluent arguments for a translated message.

use serde::Serialize;

/// Every failure the command surface can report. Each variant maps to a stable `code`
/// (what scripts and the UI test against) and to a Fluent message `error-<code>`.
#[derive(Debug, thiserror::Error, Clone, PartialEq)]
pub enum Error {
    #[error("the vault is locked")]
    Locked,
    #[error("there is no vault in this folder")]
    VaultMissing,
    #[error("a vault already exists in this folder")]
    VaultExists,
    #[error("wrong passphrase or recovery code")]
    WrongSecret,
    #[error("the current passphrase of this vault is wrong")]
    WrongCurrentSecret,
    /// The database is older than its sealed last state: old data was put back.
    #[error("the vault was rolled back: {detail}")]
    VaultRolledBack { detail: String },
    #[error("the vault's seal is missing (the vault has been sealed since {since})")]
    VaultSealMissing { since: String },
    #[error("the vault is open in another Tandem window or tandem-cli")]
    VaultInUse,
    #[error("not a Tandem backup: {detail}")]
    BackupFormat { detail: String },
    #[error("passphrase shorter than {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("{field} is required")]
    Required { field: String },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: String, max: usize },
    #[error("{field}: invalid date")]
    InvalidDate { field: String },
    #[error("{field}: date in the future")]
    DateInFuture { field: String },
    #[error("{field}: invalid e-mail address")]
    InvalidEmail { field: String },
    #[error("{field}: {value:?} is not one of the choices")]
    InvalidChoice { field: String, value: String },
    #[error("{field} must be between {min} and {max}")]
    OutOfRange { field: String, min: i64, max: i64 },
    /// A code of the file reference prefix: letters and digits only, at most `max`.
    #[error("{field}: only letters and digits, at most {max}")]
    InvalidCode { field: String, max: usize },
    #[error("invalid input: {detail}")]
    InvalidInput { detail: String },
    #[error("national register number: invalid characters")]
    NrnCharacters { field: String },
    #[error("national register number: {count} digits instead of 11")]
    NrnLength { field: String, count: usize },
    #[error("national register number: impossible month {month}")]
    NrnMonth { field: String, month: u32 },
    #[error("national register number: impossible day {day}")]
    NrnDay { field: String, day: u32 },
    #[error("national register number: check digits do not match")]
    NrnChecksum { field: String },
    #[error("no {what} with id {id}")]
    NotFound { what: String, id: String },
    #[error("unknown command {command}")]
    UnknownCommand { command: String },
    #[error("no amounts row for {date}")]
    NoAmountRow { date: String },
    #[error("no socio-professional exemption amount for {date}")]
    NoSpExemption { date: String },
    #[error("a refusal must rest on a condition found not met, or on a withdrawal")]
    RefusalGround { field: String },
    #[error("a person outside the nationality groups is routed to the equivalent leefloon")]
    RefusalNationality { field: String },
    #[error("{field} is before {other}")]
    DateOrder { field: String, other: String },
    #[error("{field}: a written reason is required")]
    ReasonRequired { field: String },
    #[error("the report has not been read together with the person")]
    ReportNotRead,
    #[error("the file changed since the report was read together")]
    ReportChanged,
    #[error("this report version is frozen")]
    ReportFrozen,
    #[error("this report version was already sent")]
    ReportSent,
    /// A decision letter would lack a mention the law requires (the appeal period would not
    /// start): `missing` lists the profile fields to fill, comma-separated.
    #[error("the decision letter lacks required mentions: {missing}")]
    LetterIncomplete { missing: String },
    /// The report goes to the committee with open points: the worker must say why.
    #[error("the report has open points: {points}")]
    ReportNotReady { points: String },
    #[error("this person already has a support plan that is not ended")]
    PlanExists,
    #[error("this support plan has ended")]
    PlanEnded,
    #[error("no consent of the person for this recipient and purpose")]
    ConsentMissing,
    #[error("the consent for this recipient and purpose was withdrawn")]
    ConsentWithdrawn,
    #[error("the consent for this recipient and purpose is not current")]
    ConsentExpired,
    #[error("the consent does not cover {parts}")]
    ConsentScope { parts: String },
    #[error("{field}: a condition of shared professional secrecy is not met")]
    ShareConditions { field: String },
    #[error("wrong passphrase, or the hand-over file was changed or damaged")]
    HandoverWrong,
    #[error("not a hand-over this version can read: {detail}")]
    HandoverFormat { detail: String },
    #[error("this hand-over was already imported")]
    HandoverDuplicate,
    #[error("the file is not closed")]
    FileNotClosed,
    #[error("the retention period runs until {date}")]
    RetentionRunning { date: String },
    #[error("the file's last activity is on {date}: it cannot be closed before that")]
    ClosedBeforeActivity { date: String },
    #[error("the right ended on {date}")]
    RightEnded { date: String },
    #[error("a right is still running in this file")]
    RightRunning,
    /// `request.undo` with no change of the request left to put back.
    #[error("there is no change of this request to undo")]
    NothingToUndo,
    /// A change of the right waits for its revision decision.
    #[error("the change of {date} waits for its revision decision")]
    ChangePending { date: String },
    #[error("no change waits for a revision decision")]
    NoChangePending,
    #[error("an appeal against this decision, lodged on {date}, waits for its outcome")]
    AppealPending { date: String },
    #[error("the outcome of this appeal was recorded on {date}")]
    AppealJudged { date: String },
    #[error("the request was refused: the right a judgment grants is recorded by the decision that carries it out")]
    JudgmentWithoutRight,
    #[error("the observation names someone of the vault ({count} times)")]
    ObservationIdentifies { count: usize },
    #[error("this signal file was already merged")]
    SignalDuplicate,
    #[error("storage error: {detail}")]
    Storage { detail: String },
    /// A query that must find a row found none (`OptionalExtension::optional` turns it into
    /// `None`); reported as a storage error.
    #[error("storage error: no row")]
    NoRow,
    /// A value the schema refuses (a CHECK, NOT NULL, UNIQUE or foreign-key rule); reported
    /// as a storage error unless the caller knows better.
    #[error("storage error: {detail}")]
    Constraint { detail: String },
    /// The team store (PostgreSQL) could not be reached, or refused what was asked.
    #[error("team server: {detail}")]
    TeamStore { detail: String },
    /// A team's command asked by a login of another role (`lead`, `secretary`, `worker`), or
    /// outside a team (`team`).
    #[error("for the team's {role} only")]
    TeamRole { role: String },
    #[error("vault damaged: {detail}")]
    VaultCorrupt { detail: String },
}

impl Error {
    /// The stable machine code, e.g. `wrong-secret`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Locked => "locked",
            Error::VaultMissing => "vault-missing",
            Error::VaultExists => "vault-exists",
            Error::WrongSecret => "wrong-secret",
            Error::WrongCurrentSecret => "wrong-current-secret",
            Error::VaultRolledBack { .. } => "vault-rolled-back",
            Error::VaultSealMissing { .. } => "vault-seal-missing",
            Error::VaultInUse => "vault-in-use",
            Error::BackupFormat { .. } => "backup-format",
            Error::PassphraseTooShort { .. } => "passphrase-too-short",
            Error::Required { .. } => "required",
            Error::TooLong { .. } => "too-long",
            Error::InvalidDate { .. } => "invalid-date",
            Error::DateInFuture { .. } => "date-in-future",
            Error::InvalidEmail { .. } => "invalid-email",
            Error::InvalidChoice { .. } => "invalid-choice",
            Error::OutOfRange { .. } => "out-of-range",
            Error::InvalidCode { .. } => "invalid-code",
            Error::InvalidInput { .. } => "invalid-input",
            Error::NrnCharacters { .. } => "nrn-characters",
            Error::NrnLength { .. } => "nrn-length",
            Error::NrnMonth { .. } => "nrn-month",
            Error::NrnDay { .. } => "nrn-day",
            Error::NrnChecksum { .. } => "nrn-checksum",
            Error::NotFound { .. } => "not-found",
            Error::UnknownCommand { .. } => "unknown-command",
            Error::NoAmountRow { .. } => "no-amount-row",
            Error::NoSpExemption { .. } => "no-sp-exemption",
            Error::RefusalGround { .. } => "refusal-ground",
            Error::RefusalNationality { .. } => "refusal-nationality",
            Error::DateOrder { .. } => "date-order",
            Error::ReasonRequired { .. } => "reason-required",
            Error::ReportNotRead => "report-not-read",
            Error::ReportChanged => "report-changed",
            Error::ReportFrozen => "report-frozen",
            Error::ReportSent => "report-sent",
            Error::LetterIncomplete { .. } => "letter-incomplete",
            Error::ReportNotReady { .. } => "report-not-ready",
            Error::PlanExists => "plan-exists",
            Error::PlanEnded => "plan-ended",
            Error::ConsentMissing => "consent-missing",
            Error::ConsentWithdrawn => "consent-withdrawn",
            Error::ConsentExpired => "consent-expired",
            Error::ConsentScope { .. } => "consent-scope",
            Error::ShareConditions { .. } => "share-conditions",
            Error::HandoverWrong => "handover-wrong",
            Error::HandoverFormat { .. } => "handover-format",
            Error::HandoverDuplicate => "handover-duplicate",
            Error::FileNotClosed => "file-not-closed",
            Error::RetentionRunning { .. } => "retention-running",
            Error::ClosedBeforeActivity { .. } => "closed-before-activity",
            Error::RightEnded { .. } => "right-ended",
            Error::RightRunning => "right-running",
            Error::NothingToUndo => "nothing-to-undo",
            Error::ChangePending { .. } => "change-pending",
            Error::NoChangePending => "no-change-pending",
            Error::AppealPending { .. } => "appeal-pending",
            Error::AppealJudged { .. } => "appeal-judged",
            Error::JudgmentWithoutRight => "judgment-without-right",
            Error::ObservationIdentifies { .. } => "observation-identifies",
            Error::SignalDuplicate => "signal-duplicate",
            Error::Storage { .. } | Error::NoRow | Error::Constraint { .. } => "storage",
            Error::VaultCorrupt { .. } => "vault-corrupt",
            Error::TeamStore { .. } => "team-store",
            Error::TeamRole { .. } => "team-role",
        }
    }

    /// The input field the error is about (a path such as `household.0.name`), if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Required { field }
            | Error::TooLong { field, .. }
            | Error::InvalidDate { field }
            | Error::DateInFuture { field }
            | Error::InvalidEmail { field }
            | Error::InvalidChoice { field, .. }
            | Error::OutOfRange { field, .. }
            | Error::InvalidCode { field, .. }
            | Error::NrnCharacters { field }
            | Error::NrnLength { field, .. }
            | Error::NrnMonth { field, .. }
            | Error::NrnDay { field, .. }
            | Error::NrnChecksum { field }
            | Error::RefusalGround { field }
            | Error::RefusalNationality { field }
            | Error::DateOrder { field, .. }
            | Error::ReasonRequired { field }
            | Error::ShareConditions { field } => Some(field),
            Error::PassphraseTooShort { .. } => Some("passphrase"),
            Error::WrongCurrentSecret => Some("current_passphrase"),
            _ => None,
        }
    }

    /// Arguments of the Fluent message. `field` holds the field path; the translator turns it
    /// into the field's label.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let mut args = Vec::new();
        if let Some(field) = self.field() {
            args.push(("field", field.to_string()));
        }
        match self {
            Error::PassphraseTooShort { min } => args.push(("min", min.to_string())),
            Error::TooLong { max, .. } | Error::InvalidCode { max, .. } => {
                args.push(("max", max.to_string()))
            }
            Error::InvalidChoice { value, .. } => args.push(("value", value.clone())),
            Error::OutOfRange { min, max, .. } => {
                args.push(("min", min.to_string()));
                args.push(("max", max.to_string()));
            }
            Error::InvalidInput { detail }
            | Error::Storage { detail }
            | Error::Constraint { detail }
            | Error::VaultCorrupt { detail }
            | Error::TeamStore { detail }
            | Error::VaultRolledBack { detail }
            | Error::HandoverFormat { detail }
            | Error::BackupFormat { detail } => args.push(("detail", detail.clone())),
            Error::ConsentScope { parts } => args.push(("parts", parts.clone())),
            Error::TeamRole { role } => args.push(("role", role.clone())),
            Error::RetentionRunning { date }
            | Error::ClosedBeforeActivity { date }
            | Error::RightEnded { date }
            | Error::ChangePending { date }
            | Error::AppealPending { date }
            | Error::AppealJudged { date } => args.push(("date", date.clone())),
            Error::VaultSealMissing { since } => args.push(("since", since.clone())),
            Error::LetterIncomplete { missing } => args.push(("missing", missing.clone())),
            Error::ReportNotReady { points } => args.push(("points", points.clone())),
            Error::NrnLength { count, .. } => args.push(("count", count.to_string())),
            Error::ObservationIdentifies { count } => args.push(("count", count.to_string())),
            Error::NrnMonth { month, .. } => args.push(("month", format!("{month:02}"))),
            Error::NrnDay { day, .. } => args.push(("day", format!("{day:02}"))),
            Error::NotFound { what, id } => {
                args.push(("what", what.clone()));
                args.push(("id", id.clone()));
            }
            Error::UnknownCommand { command } => args.push(("command", command.clone())),
            Error::NoAmountRow { date } | Error::NoSpExemption { date } => {
                args.push(("date", date.clone()))
            }
            Error::DateOrder { other, .. } => args.push(("other", other.clone())),
            Error::NoRow => args.push(("detail", "no row".to_string())),
            _ => {}
        }
        args
    }

    /// Re-address a field error to a nested path (e.g. `name` → `household.2.name`).
    pub fn within(self, prefix: &str) -> Error {
        let nest = |f: String| format!("{prefix}.{f}");
        match self {
            Error::Required { field } => Error::Required { field: nest(field) },
            Error::TooLong { field, max } => Error::TooLong {
                field: nest(field),
                max,
            },
            Error::InvalidDate { field } => Error::InvalidDate { field: nest(field) },
            Error::DateInFuture { field } => Error::DateInFuture { field: nest(field) },
            Error::InvalidEmail { field } => Error::InvalidEmail { field: nest(field) },
            Error::InvalidChoice { field, value } => Error::InvalidChoice {
                field: nest(field),
                value,
            },
            Error::ReasonRequired { field } => Error::ReasonRequired { field: nest(field) },
            Error::OutOfRange { field, min, max } => Error::OutOfRange {
                field: nest(field),
                min,
                max,
            },
            other => other,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match &e {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRow,
            rusqlite::Error::SqliteFailure(f, _)
                if f.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                Error::Constraint {
                    detail: e.to_string(),
                }
            }
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
                Error::VaultCorrupt {
                    detail: "the database cannot be decrypted or is not a database".into(),
                }
            }
            rusqlite::Error::SqliteFailure(f, _)
                if f.code == rusqlite::ErrorCode::DatabaseCorrupt =>
            {
                Error::VaultCorrupt {
                    detail: "the database is corrupt".into(),
                }
            }
            _ => Error::Storage {
                detail: e.to_string(),
            },
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Storage {
            detail: e.to_string(),
        }
    }
}

/// What a client receives on failure: the stable code, a translated message, and the field.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct ErrorReply {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
