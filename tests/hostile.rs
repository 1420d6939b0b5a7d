//! Hostile input, as property tests: malformed, oversized and damaged input for every entry
//! point (the national register number parser, every command, the hand-over reader, the vault
//! files). Nothing may panic, every refusal is a clear error, and a refusal writes nothing.

mod common;

use std::cell::RefCell;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use base64::Engine;
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{TestError, TestRunner};
use serde_json::{json, Map, Value};
use tandem::api::COMMANDS;
use tandem::person::nrn;
use tandem::sharing::handover::{self, MAGIC};
use tandem::vault::KdfParams;
use tandem::{ErrorReply, Tandem};

use common::PASS;

/// The hand-over passphrase of the bundles made here.
const HANDOVER_PASS: &str = "hand-over words 2026";
/// The recipient every consent made here is for (so that the gate can pass).
const ORG: &str = "OCMW Nabijstad";
const ROLE: &str = "social worker";
const PURPOSE: &str = "continuity of the file after moving";
const PARTS: [&str; 5] = ["identity", "household", "income", "report", "plan"];

/// Commands that change the session or the files beside the vault: tested with fixed input.
const SESSION: &[&str] = &[
    "vault.create",
    "vault.unlock",
    "vault.lock",
    "vault.change_passphrase",
    "vault.rekey",
    "vault.new_recovery_code",
    "settings.set",
    // Backups (work in progress in the tree) read and write folders named by the client.
    "backup.list",
    "backup.create",
    "backup.restore",
];

/// Keys that name files or folders: only ever generated pointing inside a temporary folder.
const PATH_KEYS: &[&str] = &["path", "folder", "dir", "file", "out"];

const NEW_PERSON_KEYS: &[&str] = &[
    "display_name",
    "first_name",
    "last_name",
    "birth_date",
    "nrn",
    "address",
    "phone",
    "email",
    "language",
    "household",
];

const PERSON_KEYS: &[&str] = &[
    "id",
    "display_name",
    "first_name",
    "last_name",
    "birth_date",
    "nrn",
    "address",
    "phone",
    "email",
    "language",
    "household",
];

/// The argument names of each command, written out by hand from the argument structs.
const KEYS: &[(&str, &[&str])] = &[
    ("app.status", &[]),
    ("app.commands", &[]),
    ("i18n.catalog", &["lang"]),
    ("settings.get", &[]),
    ("vault.verify", &[]),
    ("document.check", &["path"]),
    ("session.activity", &[]),
    ("profile.get", &[]),
    (
        "profile.set",
        &[
            "worker_name",
            "ocmw_name",
            "ocmw_address",
            "labour_court_address",
            "language",
            "ocmw_phone",
            "ocmw_email",
            "ocmw_hours",
            "deciding_body",
            "deciding_body_name",
            "signatory_1_name",
            "signatory_1_role",
            "signatory_2_name",
            "signatory_2_role",
            "payment_frequency",
            "ocmw_code",
            "worker_code",
        ],
    ),
    ("person.create", NEW_PERSON_KEYS),
    ("person.get", &["id"]),
    ("person.update", PERSON_KEYS),
    ("person.search", &["query", "limit"]),
    ("audit.verify", &[]),
    ("audit.person", &["id"]),
    (
        "request.create",
        &[
            "person_id",
            "received_on",
            "kind",
            "other_label",
            "received_by",
        ],
    ),
    ("request.get", &["id"]),
    ("request.undo", &["id"]),
    ("request.list", &["person_id"]),
    (
        "request.update",
        &[
            "id",
            "received_on",
            "kind",
            "other_label",
            "received_by",
            "receipt_given_on",
            "hearing_notice_given_on",
            "withdrawn_on",
            "socio_professional_exemption",
            "sp_shortage_months",
            "sp_months_elsewhere",
        ],
    ),
    (
        "condition.set",
        &[
            "request_id",
            "condition",
            "finding",
            "explanation",
            "detail",
        ],
    ),
    (
        "evidence.add",
        &[
            "request_id",
            "condition",
            "kind",
            "description",
            "seen_on",
            "bank_reason",
        ],
    ),
    ("evidence.remove", &["id"]),
    (
        "visit.add",
        &[
            "request_id",
            "visited_on",
            "announced",
            "unannounced_reason",
            "purposes",
            "findings",
        ],
    ),
    ("visit.remove", &["id"]),
    (
        "resource.add",
        &[
            "request_id",
            "kind",
            "whose",
            "amount_cents",
            "period",
            "counted",
            "motivation",
            "description",
            "member",
            "months",
            "counted_yearly_cents",
            "legal_ground",
            "unbuilt",
            "share_percent",
            "sold_on",
            "sold_right",
            "deductions_cents",
        ],
    ),
    ("resource.remove", &["id"]),
    ("category.set", &["request_id", "category", "reason"]),
    (
        "income.calculate",
        &[
            "date",
            "category",
            "resources",
            "socio_professional_exemption",
            "sp_months_used",
            "sp_shortage_months",
            "children_in_care",
        ],
    ),
    (
        "income.override",
        &["request_id", "yearly_cents", "motivation"],
    ),
    (
        "decision.record",
        &[
            "request_id",
            "decided_on",
            "outcome",
            "category",
            "yearly_cents",
            "start_on",
            "grounds",
            "refusal_condition",
            "notified_on",
            "notified_how",
            "amount_motivation",
            "letter_sent_on",
            "start_motivation",
        ],
    ),
    ("deadlines.list", &["within_days", "today"]),
    ("amounts.list", &[]),
    (
        "amounts.add",
        &[
            "valid_from",
            "cohabitant_year_cents",
            "single_year_cents",
            "family_year_cents",
            "sp_exemption_month_cents",
            "sp_exemption_shortage_month_cents",
            "source",
        ],
    ),
    ("report.compose", &["request_id", "proposal", "lang"]),
    ("report.for_request", &["request_id"]),
    ("report.get", &["report_id"]),
    ("report.read_together", &["report_id"]),
    ("report.remarks", &["report_id", "text"]),
    (
        "report.sign",
        &[
            "report_id",
            "signer",
            "png_base64",
            "on_paper",
            "declined",
            "reason",
        ],
    ),
    ("report.send", &["report_id", "readiness_reason"]),
    ("report.readiness", &["report_id"]),
    ("report.versions", &["report_id"]),
    ("document.save", &["kind", "id", "number", "lang"]),
    ("document.copy", &["path", "folder"]),
    ("plan.for_person", &["person_id"]),
    ("plan.answer", &["person_id", "wants"]),
    ("plan.open", &["person_id"]),
    ("plan.get", &["plan_id"]),
    ("plan.goal.add", &["plan_id", "text", "wished_date"]),
    ("plan.goal.status", &["goal_id", "status"]),
    (
        "plan.commitment.add",
        &["plan_id", "text", "who", "by_when"],
    ),
    ("plan.commitment.done", &["commitment_id", "done"]),
    ("plan.meeting.add", &["plan_id", "met_on", "note"]),
    ("plan.pause", &["plan_id"]),
    ("plan.resume", &["plan_id"]),
    ("plan.end", &["plan_id"]),
    (
        "consent.give",
        &[
            "person_id",
            "recipient_organisation",
            "recipient_role",
            "purpose",
            "covers",
            "given_on",
            "ends_on",
        ],
    ),
    ("consent.withdraw", &["consent_id", "withdrawn_on"]),
    ("consent.list", &["person_id"]),
    (
        "share.record",
        &[
            "person_id",
            "recipient_organisation",
            "recipient_role",
            "purpose",
            "parts",
            "what",
            "document",
            "conditions",
        ],
    ),
    ("share.list", &["person_id"]),
    ("person.export", &["person_id", "lang"]),
    (
        "handover.export",
        &[
            "person_id",
            "recipient_organisation",
            "recipient_role",
            "purpose",
            "conditions",
            "passphrase",
        ],
    ),
    // Twice: a bundle, or a file (both at once is refused before anything is read).
    ("handover.import", &["bundle", "passphrase"]),
    ("handover.import", &["path", "passphrase"]),
    ("person.close", &["person_id", "closed_on"]),
    ("person.reopen", &["person_id"]),
    ("retention.due", &["today"]),
    ("person.erase", &["person_id"]),
    ("right.get", &["id"]),
    (
        "right.review",
        &[
            "request_id",
            "reviewed_on",
            "visited_on",
            "no_visit_reason",
            "conditions",
            "note",
            "next_review_on",
        ],
    ),
    (
        "right.end",
        &[
            "request_id",
            "ended_on",
            "reason",
            "condition",
            "detail",
            "decided_on",
            "notified_on",
            "notified_how",
        ],
    ),
    (
        "right.change",
        &[
            "request_id",
            "changed_on",
            "what",
            "condition",
            "detail",
            "category",
            "centre_error",
        ],
    ),
    (
        "right.revise",
        &[
            "request_id",
            "decided_on",
            "grounds",
            "yearly_cents",
            "amount_motivation",
            "notified_on",
            "notified_how",
        ],
    ),
    (
        "right.revision_notified",
        &["revision_id", "notified_on", "notified_how"],
    ),
    ("right.indexation", &["valid_from"]),
    (
        "right.appeal",
        &[
            "request_id",
            "against",
            "revision_id",
            "lodged_on",
            "court",
            "note",
        ],
    ),
    (
        "right.appeal_outcome",
        &[
            "appeal_id",
            "outcome",
            "outcome_on",
            "from_on",
            "category",
            "yearly_cents",
            "note",
        ],
    ),
    ("right.appeals", &["id"]),
    (
        "right.end_notified",
        &["request_id", "notified_on", "notified_how"],
    ),
    ("rights.screen", &["person_id", "on", "lang"]),
    (
        "rights.record",
        &[
            "person_id",
            "right",
            "status",
            "requested_on",
            "event_on",
            "note",
        ],
    ),
    ("rights.deadlines", &["within_days", "today"]),
    (
        "caseload.list",
        &[
            "filter",
            "stage",
            "query",
            "sort",
            "descending",
            "offset",
            "limit",
            "today",
            "lang",
        ],
    ),
];

const DATE_KEYS: &[&str] = &[
    "received_on",
    "sold_on",
    "letter_sent_on",
    "receipt_given_on",
    "hearing_notice_given_on",
    "withdrawn_on",
    "seen_on",
    "visited_on",
    "decided_on",
    "start_on",
    "notified_on",
    "given_on",
    "ends_on",
    "closed_on",
    "reviewed_on",
    "next_review_on",
    "ended_on",
    "changed_on",
    "met_on",
    "wished_date",
    "by_when",
    "valid_from",
    "today",
    "date",
    "birth_date",
    "lodged_on",
    "outcome_on",
    "from_on",
    "requested_on",
    "event_on",
    "on",
];

const BOOL_KEYS: &[&str] = &[
    "announced",
    "unbuilt",
    "counted",
    "cohabits",
    "minor",
    "wants",
    "done",
    "declined",
    "on_paper",
    "socio_professional_exemption",
    "secrecy_bound",
    "necessary_only",
    "informed_consent",
    "centre_error",
];

const NRN_CODES: &[&str] = &[
    "nrn-characters",
    "nrn-length",
    "nrn-month",
    "nrn-day",
    "nrn-checksum",
];

// ---------------------------------------------------------------- shared helpers

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Never write a regressions file beside the tests.
        failure_persistence: None,
        max_shrink_iters: 200,
        max_shrink_time: 20_000,
        ..ProptestConfig::default()
    }
}

/// `TANDEM_DOCUMENTS` is one folder for the whole binary: whoever looks at its contents, or
/// runs a command that writes there, holds this lock.
fn documents_lock() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    common::documents();
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn entries(t: &mut Tandem) -> i64 {
    t.call("audit.verify", json!({})).unwrap()["entries"]
        .as_i64()
        .unwrap()
}

fn persons(t: &mut Tandem) -> i64 {
    t.call("person.search", json!({"query": ""})).unwrap()["total"]
        .as_i64()
        .unwrap()
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// At most `max` characters of a long text (inputs of 100,000 characters stay readable).
fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let head: String = s.chars().take(max).collect();
    format!("{head}…[{} chars]", s.chars().count())
}

/// A refusal a client can show: a code, a translated message (not the bare message id,
/// which is what a missing catalog entry gives), no unfilled placeable.
fn clear(e: &ErrorReply) -> Result<(), TestCaseError> {
    clear_echoing(e, false)
}

/// As [`clear`]; `echoes` says that the input itself holds a `{$`, which a message may
/// quote back.
fn clear_echoing(e: &ErrorReply, echoes: bool) -> Result<(), TestCaseError> {
    prop_assert!(!e.code.is_empty(), "empty error code: {e:?}");
    prop_assert!(!e.message.trim().is_empty(), "empty message for {}", e.code);
    prop_assert!(
        !e.message.starts_with("error-"),
        "no catalog entry for {}: {}",
        e.code,
        short(&e.message, 200)
    );
    prop_assert!(
        echoes || !(e.message.contains("{$") || e.message.contains("{ $")),
        "unfilled placeable in the message for {}: {}",
        e.code,
        short(&e.message, 200)
    );
    Ok(())
}

fn failure_text<T: std::fmt::Debug>(e: TestError<T>) -> String {
    match e {
        TestError::Fail(reason, value) => format!(
            "{}\n    minimal input: {}",
            short(&reason.to_string(), 600),
            short(&format!("{value:?}"), 600)
        ),
        TestError::Abort(reason) => format!("aborted: {reason}"),
    }
}

fn run<S: Strategy>(
    cases: u32,
    strategy: &S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> Result<(), String> {
    TestRunner::new(config(cases))
        .run(strategy, test)
        .map_err(failure_text)
}

// Strategies with regular expressions are slow to build in a debug build: each is built
// once per test thread and then shared.
thread_local! {
    static HOSTILE_STRING: BoxedStrategy<String> = build_hostile_string();
    static HOSTILE_NUMBER: BoxedStrategy<Value> = build_hostile_number();
    static KEY_NAME: BoxedStrategy<String> = build_key_name();
    static HOSTILE_LEAF: BoxedStrategy<Value> = build_hostile_leaf();
    static HOSTILE_VALUE: BoxedStrategy<Value> = build_hostile_value();
    static TEXT: BoxedStrategy<Value> = build_text();
}

fn hostile_string() -> BoxedStrategy<String> {
    HOSTILE_STRING.with(Clone::clone)
}

fn hostile_number() -> BoxedStrategy<Value> {
    HOSTILE_NUMBER.with(Clone::clone)
}

fn key_name() -> BoxedStrategy<String> {
    KEY_NAME.with(Clone::clone)
}

fn hostile_leaf() -> BoxedStrategy<Value> {
    HOSTILE_LEAF.with(Clone::clone)
}

fn hostile_value() -> BoxedStrategy<Value> {
    HOSTILE_VALUE.with(Clone::clone)
}

fn text() -> BoxedStrategy<Value> {
    TEXT.with(Clone::clone)
}

// ---------------------------------------------------------------- hostile values

fn deep(depth: usize) -> Value {
    (0..depth).fold(json!(1), |v, i| {
        if i % 2 == 0 {
            json!([v])
        } else {
            json!({ "id": v })
        }
    })
}

fn build_hostile_string() -> BoxedStrategy<String> {
    let long: Vec<String> = vec![
        "a".repeat(100_000),
        "\u{20ac}".repeat(40_000),
        "e\u{301}\u{302}\u{303}".repeat(3_000),
        "\u{202e}\u{0}<b>".repeat(20_000),
        format!("{} ", "Kim".repeat(66)),
    ];
    let fixed: Vec<String> = vec![
        String::new(),
        " ".into(),
        "\u{202e}fdp.exe\u{202c}".into(),
        "<script>alert(1)</script>".into(),
        "2025-02-30".into(),
        "0000-00-00".into(),
        "99999-01-01".into(),
        "+262143-12-31".into(),
        "-262144-01-01".into(),
        "2025-13-01".into(),
        "2025-00-10".into(),
        "2025-1-1".into(),
        "2025-01-01T00:00:00Z".into(),
        "-1".into(),
        "9223372036854775808".into(),
        "1e308".into(),
        "NaN".into(),
        "'; DROP TABLE person; --".into(),
        "\" OR 1=1 --".into(),
        "%s%n%x {0} {$field} { $x }".into(),
        "\u{0}".into(),
        "a\u{0}b".into(),
        "\u{feff}\u{200b}\u{2028}".into(),
        "\r\n\t\u{1b}[31m".into(),
        "\u{d7ff}\u{10ffff}\u{fffd}".into(),
        "null".into(),
        "true".into(),
        "Kim \u{202e}tseT".into(),
    ];
    prop_oneof![
        2 => prop::sample::select(long),
        5 => prop::sample::select(fixed),
        2 => prop::collection::vec(0u32..0x20, 1..64)
            .prop_map(|v| v.into_iter().filter_map(char::from_u32).collect()),
        3 => any::<String>(),
        1 => "[0-9 ./-]{0,30}",
    ]
    .boxed()
}

fn build_hostile_number() -> BoxedStrategy<Value> {
    let fixed = vec![
        json!(-1),
        json!(0),
        json!(i64::MAX),
        json!(i64::MIN),
        json!(u64::MAX),
        json!(u64::from(u32::MAX) + 1),
        json!(i64::MAX / 24 + 1),
        json!(1e308),
        json!(-1e308),
        json!(0.5),
        json!(1.0),
        json!(-0.0),
        json!(f64::MIN_POSITIVE),
        json!(1e-308),
    ];
    prop_oneof![
        3 => prop::sample::select(fixed),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(Value::from),
    ]
    .boxed()
}

/// Names for keys of generated objects: the real ones (so that a nested object looks right)
/// and others; never one that names a file.
fn build_key_name() -> BoxedStrategy<String> {
    let mut real: Vec<String> = KEYS
        .iter()
        .flat_map(|(_, k)| k.iter().map(|s| s.to_string()))
        .collect();
    real.sort();
    real.dedup();
    prop_oneof![
        4 => prop::sample::select(real),
        1 => "[a-z_]{1,12}",
        1 => any::<String>(),
    ]
    .prop_filter("no key that names a file", |k| {
        !PATH_KEYS.contains(&k.as_str())
    })
    .boxed()
}

fn build_hostile_leaf() -> BoxedStrategy<Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        3 => hostile_number(),
        5 => hostile_string().prop_map(Value::String),
    ]
    .boxed()
}

fn build_hostile_value() -> BoxedStrategy<Value> {
    let tree = hostile_leaf().prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key_name(), inner), 0..5)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    });
    prop_oneof![
        40 => tree,
        1 => Just(deep(400)),
        1 => Just(json!([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])),
    ]
    .boxed()
}

// ---------------------------------------------------------------- plausible values

/// What the generated commands may point at: files in a temporary folder only.
struct Ctx {
    png: String,
    sealed_b64: String,
    paths: Vec<String>,
}

fn date_value() -> BoxedStrategy<Value> {
    prop_oneof![
        3 => (1990i32..2030, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
        1 => Just(json!("2025-03-03")),
    ]
    .boxed()
}

fn pick(choices: &[&str]) -> BoxedStrategy<Value> {
    let owned: Vec<String> = choices.iter().map(|s| s.to_string()).collect();
    prop::sample::select(owned).prop_map(Value::String).boxed()
}

fn build_text() -> BoxedStrategy<Value> {
    "[A-Za-z][A-Za-z ]{0,19}".prop_map(Value::String).boxed()
}

/// A value of the right type and shape for `key` (so that some calls pass and the deeper
/// checks are reached).
fn good(key: &str, ctx: &Ctx) -> BoxedStrategy<Value> {
    match key {
        "id" | "person_id" | "request_id" | "report_id" | "plan_id" | "consent_id" | "goal_id"
        | "commitment_id" => prop_oneof![
            3 => Just(json!(1)),
            1 => (0i64..4).prop_map(Value::from),
        ]
        .boxed(),
        k if DATE_KEYS.contains(&k) => date_value(),
        k if k.ends_with("_cents") => (0i64..5_000_000).prop_map(Value::from).boxed(),
        k if BOOL_KEYS.contains(&k) => any::<bool>().prop_map(Value::Bool).boxed(),
        "within_days" | "limit" | "number" => (-2i64..400).prop_map(Value::from).boxed(),
        "months" | "share_percent" | "sp_shortage_months" | "sp_months_elsewhere"
        | "sp_months_used" | "children_in_care" => (-1i64..110).prop_map(Value::from).boxed(),
        "sold_right" => pick(&["full", "usufruct", "bare_ownership"]),
        "lang" | "language" => pick(&["nl", "fr", "de", "en"]),
        "kind" => pick(&[
            "leefloon",
            "equivalent",
            "other",
            "document",
            "home_visit",
            "statement",
            "bank_statement",
            "wages",
            "benefit",
            "savings",
            "real_estate",
            "property_sale",
            "exempt_other",
            "family_allowance_applicant",
            "report",
            "receipt",
            "decision",
            "plan",
        ]),
        "condition" | "refusal_condition" => pick(&[
            "residence",
            "age",
            "nationality",
            "resources",
            "work_readiness",
            "other_benefits",
        ]),
        "finding" => pick(&["met", "not_met", "to_check"]),
        "category" => pick(&["cohabitant", "single", "family"]),
        "period" => pick(&["month", "year"]),
        "whose" => pick(&[
            "applicant",
            "partner",
            "parent",
            "adult_child",
            "maintenance_debtor",
            "other",
        ]),
        "outcome" => pick(&["granted", "refused", "partly_granted"]),
        "notified_how" => pick(&["registered_letter", "handed_over"]),
        "relation" => pick(&["partner", "parent", "child", "other"]),
        "signer" => pick(&["worker", "person"]),
        "status" => pick(&["active", "paused", "reached", "dropped"]),
        "recipient_organisation" => Just(json!(ORG)).boxed(),
        "recipient_role" => Just(json!(ROLE)).boxed(),
        "purpose" => Just(json!(PURPOSE)).boxed(),
        "passphrase" => pick(&[PASS, HANDOVER_PASS, "short"]),
        "png_base64" => Just(json!(ctx.png)).boxed(),
        "bundle" => prop_oneof![
            Just(json!(ctx.sealed_b64)),
            prop::collection::vec(any::<u8>(), 0..300).prop_map(|b| json!(b64(&b))),
        ]
        .boxed(),
        "path" => prop::sample::select(ctx.paths.clone())
            .prop_map(Value::String)
            .boxed(),
        "nrn" => pick(&["87.06.05-123.44", "93.05.18-223.61", "01.02.03-004.67"]),
        "email" => pick(&["kim@example.org"]),
        "phone" => pick(&["+32 470 00 00 00"]),
        "covers" | "parts" => prop::sample::subsequence(PARTS.to_vec(), 0..=5)
            .prop_map(|p| json!(p))
            .boxed(),
        "purposes" => prop::sample::subsequence(vec!["residence", "household", "resources"], 0..=3)
            .prop_map(|p| json!(p))
            .boxed(),
        "conditions" => (any::<bool>(), any::<bool>(), any::<bool>())
            .prop_map(|(a, b, c)| {
                json!({"secrecy_bound": a || b, "necessary_only": b || c, "informed_consent": a || c})
            })
            .boxed(),
        "document" => (pick(&["report", "receipt", "decision", "plan"]), 0i64..3)
            .prop_map(|(kind, id)| json!({"kind": kind, "id": id}))
            .boxed(),
        "household" => Just(json!([{"name": "Kim Junior", "relation": "child", "minor": true}]))
            .boxed(),
        "resources" => prop::collection::vec(
            (
                pick(&["wages", "benefit", "gift"]),
                pick(&["applicant", "parent"]),
                0i64..1_000_000,
            )
                .prop_map(|(k, w, a)| {
                    json!({"kind": k, "whose": w, "amount_cents": a, "period": "month"})
                }),
            0..3,
        )
        .prop_map(Value::Array)
        .boxed(),
        "detail" => prop::sample::select(vec![
            json!({}),
            json!({"group": "eu"}),
            json!({"assimilation": "pregnant"}),
            json!({"obstacles": ["health", "studies"]}),
        ])
        .boxed(),
        _ => text(),
    }
}

/// Dates that do not exist, or exist only at the edge of the calendar.
fn bad_date() -> BoxedStrategy<Value> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "2025-02-30", "2023-02-29", "2024-02-29", "0000-00-00", "0000-01-01", "0001-01-01",
            "1000-01-01", "1899-12-31", "99999-01-01", "+262143-12-31", "-262144-01-01",
            "+262142-12-31", "2025-13-01", "2025-00-10", "2025-01-32", "2025-1-1", "9999-12-31",
            "2099-12-31", "2025-01-01T00:00:00Z", "2025-01-01 ", " 2025-01-01", "2025/01/01",
        ])
        .prop_map(Value::from),
        1 => hostile_string().prop_map(Value::String),
    ]
    .boxed()
}

/// A wrong value for `key`: of the key's own type half of the time (so that the checks
/// behind the parser are reached), anything otherwise. A path is only ever one inside the
/// temporary folder (or not a string at all).
fn hostile_for(key: &str, ctx: &Ctx) -> BoxedStrategy<Value> {
    if PATH_KEYS.contains(&key) {
        return prop_oneof![
            hostile_value().prop_filter("a path is never a free string", |v| !v.is_string()),
            prop::sample::select(ctx.paths.clone()).prop_map(Value::String),
        ]
        .boxed();
    }
    let typed = match key {
        k if DATE_KEYS.contains(&k) => bad_date(),
        k if k == "id"
            || k.ends_with("_id")
            || k.ends_with("_cents")
            || [
                "within_days",
                "limit",
                "number",
                "months",
                "share_percent",
                "sp_shortage_months",
                "sp_months_elsewhere",
                "sp_months_used",
                "children_in_care",
            ]
            .contains(&k) =>
        {
            hostile_number()
        }
        k if BOOL_KEYS.contains(&k) => hostile_leaf(),
        "covers" | "parts" | "purposes" => prop::collection::vec(hostile_string(), 0..4)
            .prop_map(|v| json!(v))
            .boxed(),
        "household" => prop::collection::vec(
            (hostile_string(), hostile_string(), hostile_leaf()),
            0..3,
        )
        .prop_map(|m| {
            json!(m
                .into_iter()
                .map(|(n, r, c)| json!({"name": n, "relation": r, "cohabits": c}))
                .collect::<Vec<_>>())
        })
        .boxed(),
        "resources" => prop::collection::vec(
            (hostile_string(), hostile_number(), hostile_string()),
            0..3,
        )
        .prop_map(|r| {
            json!(r
                .into_iter()
                .map(|(k, a, w)| json!({"kind": k, "whose": w, "amount_cents": a, "period": "year"}))
                .collect::<Vec<_>>())
        })
        .boxed(),
        "conditions" => prop::collection::vec(hostile_leaf(), 3)
            .prop_map(|v| {
                json!({"secrecy_bound": v[0], "necessary_only": v[1], "informed_consent": v[2]})
            })
            .boxed(),
        "document" => (hostile_string(), hostile_number())
            .prop_map(|(kind, id)| json!({"kind": kind, "id": id}))
            .boxed(),
        "detail" => (
            prop::sample::select(vec!["group", "assimilation", "obstacles", "other"]),
            hostile_value(),
        )
            .prop_map(|(k, v)| json!({ k: v }))
            .boxed(),
        _ => hostile_string().prop_map(Value::String).boxed(),
    };
    prop_oneof![3 => typed, 1 => hostile_value()].boxed()
}

fn object(keys: &[&str], values: Vec<Option<Value>>, extra: Option<(String, Value)>) -> Value {
    let mut m = Map::new();
    for (k, v) in keys.iter().zip(values) {
        if let Some(v) = v {
            m.insert(k.to_string(), v);
        }
    }
    if let Some((k, v)) = extra {
        m.insert(k, v);
    }
    Value::Object(m)
}

/// The arguments of one command: a wrong type altogether, a random mix, the right keys with
/// one or two wrong values (or missing), or all right.
fn args_for(name: &str, keys: &'static [&'static str], ctx: &Ctx) -> BoxedStrategy<Value> {
    let good = |k: &str, ctx: &Ctx| match (name, k) {
        // Person 1 is needed by every other command; person 2 is there to be erased.
        ("person.erase", "person_id") => prop::sample::select(vec![2i64, 0, -1, 999])
            .prop_map(Value::from)
            .boxed(),
        // One way of signing at a time.
        ("report.sign", "on_paper" | "declined") => Just(json!(false)).boxed(),
        _ => good(k, ctx),
    };
    let goods: Vec<BoxedStrategy<Value>> = keys.iter().map(|k| good(k, ctx)).collect();
    let bads: Vec<BoxedStrategy<Value>> = keys.iter().map(|k| hostile_for(k, ctx)).collect();
    let mixed: Vec<BoxedStrategy<Option<Value>>> = keys
        .iter()
        .map(|k| {
            prop::option::weighted(0.7, prop_oneof![good(k, ctx), hostile_for(k, ctx)].boxed())
                .boxed()
        })
        .collect();
    let extra = || prop::option::weighted(0.15, (key_name(), hostile_value()));
    let all_good = (goods.clone(), extra())
        .prop_map(move |(g, x)| object(keys, g.into_iter().map(Some).collect(), x));
    let random = (mixed, extra()).prop_map(move |(m, x)| object(keys, m, x));
    let n = keys.len();
    let spoilt: BoxedStrategy<Value> = if n == 0 {
        (key_name(), hostile_value())
            .prop_map(|(k, v)| object(&[], vec![], Some((k, v))))
            .boxed()
    } else {
        (
            goods,
            bads,
            prop::sample::subsequence((0..n).collect::<Vec<_>>(), 1..=n.min(2)),
            prop::bool::weighted(0.2),
        )
            .prop_map(move |(g, b, which, remove)| {
                let values = g
                    .into_iter()
                    .zip(b)
                    .enumerate()
                    .map(|(i, (g, b))| match (which.contains(&i), remove) {
                        (false, _) => Some(g),
                        (true, true) => None,
                        (true, false) => Some(b),
                    })
                    .collect();
                object(keys, values, None)
            })
            .boxed()
    };
    prop_oneof![
        2 => hostile_value().prop_filter("no free path at the top", |v| {
            !v.as_object().is_some_and(|m| PATH_KEYS.iter().any(|k| m.contains_key(*k)))
        }),
        2 => random,
        5 => spoilt,
        2 => all_good,
    ]
    .boxed()
}

// ---------------------------------------------------------------- 1. national register number

fn nrn_check(first9: u64, born_2000: bool) -> u64 {
    let n = if born_2000 {
        2_000_000_000 + first9
    } else {
        first9
    };
    97 - n % 97
}

/// A valid number: (digits, written form, century, bis, birth date if known).
fn valid_nrn() -> impl Strategy<Value = (String, String, u32, bool, Option<NaiveDate>)> {
    (
        (1900i32..=2099, 1u32..=12, 1u32..=31)
            .prop_filter_map("a real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        1u64..=998,
        prop::sample::select(vec![0u32, 20, 40]),
        0u8..3,
        0u8..4,
    )
        .prop_map(|(date, serial, bis, unknown, style)| {
            let yy = u64::from(date.year() as u32 % 100);
            let (mm, dd) = match unknown {
                0 => (date.month(), date.day()),
                1 => (date.month(), 0),
                _ => (0, 0),
            };
            let mm = u64::from(mm + bis);
            let first9 = yy * 10_000_000 + mm * 100_000 + u64::from(dd) * 1_000 + serial;
            let check = nrn_check(first9, date.year() >= 2000);
            let digits = format!("{first9:09}{check:02}");
            let d = &digits;
            let written = match style {
                0 => digits.clone(),
                1 => format!(
                    "{}.{}.{}-{}.{}",
                    &d[0..2],
                    &d[2..4],
                    &d[4..6],
                    &d[6..9],
                    &d[9..11]
                ),
                2 => format!("{} {} {}", &d[0..6], &d[6..9], &d[9..11]),
                _ => format!(
                    "{}/{}/{}-{}/{}",
                    &d[0..2],
                    &d[2..4],
                    &d[4..6],
                    &d[6..9],
                    &d[9..11]
                ),
            };
            let century = if date.year() >= 2000 { 2000 } else { 1900 };
            let birth = (unknown == 0).then_some(date);
            (digits, written, century, bis > 0, birth)
        })
}

fn nrn_input() -> BoxedStrategy<String> {
    prop_oneof![
        3 => any::<String>(),
        2 => prop::collection::vec(any::<char>(), 0..3_000).prop_map(|c| c.into_iter().collect()),
        3 => "[0-9 ./-]{0,40}",
        3 => "[0-9]{11}",
        2 => "[0-9]{2}[.]?[0-9]{2}[.]?[0-9]{2}[-]?[0-9]{3}[.]?[0-9]{2}",
        1 => "[0-9\u{660}-\u{669}\u{ff10}-\u{ff19}\u{0}-\u{1f}\u{202e}]{0,20}",
        1 => (1usize..200_000).prop_map(|n| "1".repeat(n)),
        1 => hostile_string(),
    ]
    .boxed()
}

#[test]
fn the_nrn_parser_answers_every_string_without_panic() {
    let r = run(1_000, &nrn_input(), |input| {
        match nrn::parse(&input, "nrn") {
            Ok(n) => {
                prop_assert_eq!(n.digits.len(), 11);
                prop_assert!(n.digits.bytes().all(|b| b.is_ascii_digit()));
                prop_assert!(n.century == 1900 || n.century == 2000);
            }
            Err(e) => {
                prop_assert!(NRN_CODES.contains(&e.code()), "{:?}", e);
                prop_assert_eq!(e.field(), Some("nrn"));
            }
        }
        Ok(())
    });
    if let Err(e) = r {
        panic!("{e}");
    }
}

#[test]
fn a_valid_nrn_parses_and_one_changed_digit_is_refused() {
    let r = run(
        2_000,
        &valid_nrn(),
        |(digits, written, century, bis, birth)| {
            let n = nrn::parse(&written, "nrn");
            prop_assert!(n.is_ok(), "{written} refused: {:?}", n);
            let n = n.unwrap();
            prop_assert_eq!(&n.digits, &digits);
            prop_assert_eq!(n.century, century);
            prop_assert_eq!(n.bis, bis);
            prop_assert_eq!(n.birth_date, birth);
            Ok(())
        },
    );
    if let Err(e) = r {
        panic!("{e}");
    }
    let changed = (valid_nrn(), 0usize..11, 1u8..10);
    let r = run(3_000, &changed, |((digits, _, century, _, _), pos, add)| {
        let mut bytes = digits.clone().into_bytes();
        bytes[pos] = b'0' + (bytes[pos] - b'0' + add) % 10;
        let changed = String::from_utf8(bytes).unwrap();
        match nrn::parse(&changed, "nrn") {
            Err(e) => prop_assert!(NRN_CODES.contains(&e.code())),
            // The two century rules differ by 2 000 000 000 ≡ 68 (mod 97): a change of ±6 in
            // the second digit of the year moves a number from one rule to the other. That is
            // the scheme itself; within one rule, mod 97 catches every one-digit change.
            Ok(n) => prop_assert!(
                pos == 1 && n.century != century,
                "{digits} changed at {pos} into {changed} is accepted as {n:?}"
            ),
        }
        Ok(())
    });
    if let Err(e) = r {
        panic!("{e}");
    }
}

// ---------------------------------------------------------------- 2. every command

/// A vault with one of everything (ids 1), and person 2 to be closed or erased.
fn fixture(dir: &Path) -> Tandem {
    let mut t = common::open(dir, "Wanda Hostile");
    let calls = [
        (
            "person.create",
            json!({"display_name": "Kim Test", "nrn": "87.06.05-123.44", "birth_date": "1987-06-05",
                   "household": [{"name": "Kim Junior", "relation": "child", "minor": true}]}),
        ),
        ("person.create", json!({"display_name": "Sam Spare"})),
        (
            "request.create",
            json!({"person_id": 1, "received_on": "2025-03-03"}),
        ),
        (
            "consent.give",
            json!({"person_id": 1, "recipient_organisation": ORG, "recipient_role": ROLE,
                   "purpose": PURPOSE, "covers": PARTS}),
        ),
        (
            "evidence.add",
            json!({"request_id": 1, "condition": "resources", "kind": "document", "description": "payslip"}),
        ),
        (
            "visit.add",
            json!({"request_id": 1, "visited_on": "2025-03-05", "purposes": ["residence"], "findings": "lives there"}),
        ),
        (
            "resource.add",
            json!({"request_id": 1, "kind": "wages", "whose": "applicant", "amount_cents": 100_000, "period": "month"}),
        ),
        ("report.compose", json!({"request_id": 1})),
        ("plan.open", json!({"person_id": 1})),
        (
            "plan.goal.add",
            json!({"plan_id": 1, "text": "find a flat"}),
        ),
        (
            "plan.commitment.add",
            json!({"plan_id": 1, "text": "call the landlord", "who": "Kim"}),
        ),
    ];
    for (name, args) in calls {
        if let Err(e) = t.call(name, args.clone()) {
            panic!("fixture {name} {args}: {e:?}");
        }
    }
    t
}

fn context(tmp: &Path) -> Ctx {
    let junk = tmp.join("junk");
    fs::create_dir_all(&junk).unwrap();
    let sealed = handover::seal(
        &serde_json::to_vec(&json!({"format": "not a file"})).unwrap(),
        HANDOVER_PASS,
        KdfParams::TESTING,
    )
    .unwrap();
    let random: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let mut magic_junk = MAGIC.to_vec();
    magic_junk.extend_from_slice(&random[..300]);
    for (name, bytes) in [
        ("junk.bin", random.as_slice()),
        ("empty", &[][..]),
        ("sealed.tandem", sealed.as_slice()),
        ("magic.tandem", magic_junk.as_slice()),
    ] {
        fs::write(junk.join(name), bytes).unwrap();
    }
    let j = junk.to_string_lossy().into_owned();
    Ctx {
        png: common::png_base64(),
        sealed_b64: b64(&sealed),
        paths: vec![
            format!("{j}/junk.bin"),
            format!("{j}/empty"),
            format!("{j}/sealed.tandem"),
            format!("{j}/magic.tandem"),
            format!("{j}/missing.tandem"),
            j.clone(),
            format!("{j}/"),
            format!("{j}/{}", "a".repeat(5_000)),
            format!("{j}/a\u{0}b"),
            format!("{j}/\u{202e}x.tandem"),
        ],
    }
}

/// One command with one input: no panic; a refusal is clear and writes nothing (no audit
/// entry, no file in the documents folder, no change beside the vault); the session stays
/// unlocked.
fn one_call(t: &RefCell<Tandem>, name: &str, args: Value) -> Result<(), TestCaseError> {
    let mut t = t.borrow_mut();
    let dir = t.dir().to_path_buf();
    let keyslots = fs::read(dir.join("keyslots.json")).unwrap();
    let settings = fs::read(dir.join("settings.json")).unwrap();
    let before = entries(&mut t);
    let echoes = {
        let text = args.to_string();
        text.contains("{$") || text.contains("{ $")
    };
    let reply = {
        let _docs = documents_lock();
        let docs = listing(common::documents());
        let reply = t.reply(name, args);
        if reply.is_err() {
            prop_assert_eq!(
                listing(common::documents()),
                docs,
                "a refused {} left a file in the documents folder",
                name
            );
        }
        reply
    };
    if let Err(e) = &reply {
        clear_echoing(e, echoes)?;
        prop_assert_eq!(
            entries(&mut t),
            before,
            "a refused {} ({}) wrote to the audit trail",
            name,
            e.code
        );
    }
    prop_assert!(t.is_unlocked(), "{name} locked the session");
    prop_assert!(fs::read(dir.join("keyslots.json")).unwrap() == keyslots);
    prop_assert!(fs::read(dir.join("settings.json")).unwrap() == settings);
    Ok(())
}

#[test]
fn every_command_refuses_hostile_json_clearly_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let ctx = context(tmp.path());
    let t = RefCell::new(fixture(&tmp.path().join("vault")));
    let mut failures = Vec::new();
    for (name, _) in KEYS {
        assert!(COMMANDS.contains(name), "{name} is not a command");
    }
    // Commands added later without a key list get generic input (never a path).
    let later = COMMANDS
        .iter()
        .filter(|c| !SESSION.contains(c) && !KEYS.iter().any(|(n, _)| n == *c))
        .map(|c| (*c, &[][..]));
    for (name, keys) in KEYS.iter().copied().chain(later) {
        let mut strategy = args_for(name, keys, &ctx);
        if name == "person.erase" {
            strategy = strategy
                .prop_filter("person 1 stays", |a| a["person_id"] != json!(1))
                .boxed();
        }
        if let Err(e) = run(16, &strategy, |args| one_call(&t, name, args)) {
            failures.push(format!("{name}: {e}"));
        }
    }
    let mut t = t.into_inner();
    let v = t.call("vault.verify", json!({})).unwrap();
    assert_eq!(v["ok"], json!(true), "{v}");
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

// Found by this file (fixed): `report.sign` once checked only the 8-byte PNG signature, so an
// image that could not be drawn was stored and the report could not be frozen or printed.
/// A signature image that `report.sign` accepts must be one the report can draw: an image
/// that only starts like a PNG is refused when it is given, not later, when the report is
/// drawn or frozen.
#[test]
fn an_accepted_signature_image_can_be_drawn() {
    let real = base64::engine::general_purpose::STANDARD
        .decode(common::png_base64())
        .unwrap();
    let mut junk = b"\x89PNG\r\n\x1a\n".to_vec();
    junk.extend_from_slice(b"not an image at all");
    let mut bad_data = real[..33].to_vec(); // signature and a valid IHDR chunk
    bad_data.extend_from_slice(&[0xA5; 64]);
    let mut failures = Vec::new();
    for (what, png) in [
        ("PNG signature then text", junk),
        ("real PNG cut in half", real[..real.len() / 2].to_vec()),
        ("valid header, junk data", bad_data),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let mut t = fixture(&tmp.path().join("v"));
        t.call("report.read_together", json!({"report_id": 1}))
            .unwrap();
        let signed = t.reply(
            "report.sign",
            json!({"report_id": 1, "signer": "worker", "png_base64": b64(&png)}),
        );
        match signed {
            Err(e) => {
                if let Err(why) = clear(&e) {
                    failures.push(format!("{what}: {why}"));
                }
            }
            Ok(_) => {
                let document = {
                    let _docs = documents_lock();
                    t.reply("document.save", json!({"kind": "report", "id": 1}))
                };
                let person = t.reply(
                    "report.sign",
                    json!({"report_id": 1, "signer": "person", "on_paper": true}),
                );
                if let (Err(e), _) | (_, Err(e)) = (&document, &person) {
                    failures.push(format!(
                        "{what}: accepted by report.sign, then document.save -> {:?}, \
                         report.sign (person, on paper) -> {:?}; first refusal: {}",
                        document.as_ref().map(|_| "ok").map_err(|e| &e.code),
                        person.as_ref().map(|_| "ok").map_err(|e| &e.code),
                        e.message
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The commands that change the session or the files beside the vault, with fixed hostile
/// input: refused clearly, the key slots, the settings and the audit trail unchanged.
#[test]
fn session_commands_refuse_hostile_input_and_keep_the_vault() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let mut t = common::open(&dir, "Wanda Session");
    let long = "p".repeat(100_000);
    let profile = json!({"worker_name": "W", "ocmw_name": "O", "language": "en"});
    let snapshot = |dir: &Path| {
        (
            fs::read(dir.join("keyslots.json")).unwrap(),
            fs::read(dir.join("settings.json")).unwrap(),
        )
    };
    let files = snapshot(&dir);
    // (`[]` is left out: serde reads a struct without fields from an empty array, so
    // `vault.lock []` locks, as `vault.lock {}` does.)
    let wrong_types = [
        json!(1),
        json!("x"),
        json!([1]),
        json!(true),
        json!(1e308),
        json!({"\u{202e}": 1}),
        deep(200),
    ];

    // Unlocked: every one of these is refused and changes nothing.
    let mut cases: Vec<(&str, Value)> = Vec::new();
    for w in &wrong_types {
        for name in [
            "vault.create",
            "vault.unlock",
            "vault.lock",
            "vault.change_passphrase",
            "settings.set",
        ] {
            cases.push((name, w.clone()));
        }
    }
    cases.extend([
        ("vault.create", json!({"passphrase": PASS, "profile": profile})),
        ("vault.create", json!({"passphrase": 1, "profile": profile})),
        ("vault.create", json!({"passphrase": PASS, "profile": {"worker_name": long, "ocmw_name": "O", "language": "en"}})),
        ("vault.create", json!({"passphrase": PASS, "profile": {"worker_name": "W", "ocmw_name": "O", "language": "xx"}})),
        ("vault.lock", json!({"now": true})),
        ("vault.unlock", json!({"passphrase": PASS, "recovery_code": PASS})),
        ("vault.unlock", json!({"passphrase": null})),
        ("vault.unlock", json!({"passphrase": ["x"]})),
        ("vault.change_passphrase", json!({"current_passphrase": "wrong passphrase", "new_passphrase": "a new passphrase"})),
        ("vault.change_passphrase", json!({"current_passphrase": long, "new_passphrase": "a new passphrase"})),
        ("vault.change_passphrase", json!({"current_passphrase": PASS, "new_passphrase": "short"})),
        ("vault.change_passphrase", json!({"current_passphrase": PASS, "new_passphrase": "\u{0}\u{0}\u{0}"})),
        ("vault.change_passphrase", json!({"current_passphrase": PASS})),
        ("vault.change_passphrase", json!({"current_passphrase": PASS, "recovery_code": "AAAA", "new_passphrase": "a new passphrase"})),
        ("vault.change_passphrase", json!({"recovery_code": "\u{202e}0000-0000", "new_passphrase": "a new passphrase"})),
        ("vault.change_passphrase", json!({"current_passphrase": PASS, "new_passphrase": 12_345_678_901i64})),
        ("vault.rekey", json!({"current_passphrase": "wrong passphrase"})),
        ("vault.rekey", json!({"current_passphrase": long})),
        ("vault.rekey", json!({"current_passphrase": PASS, "remove_old_backups": "yes"})),
        ("vault.rekey", json!({})),
        ("vault.new_recovery_code", json!({"current_passphrase": "wrong passphrase"})),
        ("vault.new_recovery_code", json!({"current_passphrase": null})),
        ("settings.set", json!({"auto_lock_minutes": -1})),
        ("settings.set", json!({"auto_lock_minutes": 0})),
        ("settings.set", json!({"auto_lock_minutes": 1e308})),
        ("settings.set", json!({"auto_lock_minutes": 10.5})),
        ("settings.set", json!({"auto_lock_minutes": u64::from(u32::MAX) + 1})),
        ("settings.set", json!({"auto_lock_minutes": u32::MAX})),
        ("settings.set", json!({"auto_lock_minutes": "10"})),
        ("settings.set", json!({"retention_years": 0})),
        ("settings.set", json!({"retention_years": u32::MAX})),
        ("settings.set", json!({"language": "xx"})),
        ("settings.set", json!({"language": "\u{202e}nl"})),
        ("settings.set", json!({"language": null, "auto_lock_minutes": 121})),
        ("settings.set", json!({"theme": "dark"})),
    ]);
    let before = entries(&mut t);
    for (name, args) in cases {
        let shown = short(&args.to_string(), 120);
        match t.reply(name, args) {
            Ok(v) => panic!(
                "{name} {shown} was accepted: {}",
                short(&v.to_string(), 200)
            ),
            Err(e) => {
                if let Err(why) = clear(&e) {
                    panic!("{name} {shown}: {why}");
                }
            }
        }
        assert!(t.is_unlocked(), "{name} {shown} locked the session");
        assert!(snapshot(&dir) == files, "{name} {shown} changed a file");
        assert_eq!(
            entries(&mut t),
            before,
            "{name} {shown} wrote to the audit trail"
        );
    }

    // Locked: hostile unlocks are refused and leave the database as it is. A plain lock and
    // unlock first, to know what one cycle records.
    // (The first cycle may back up what came before it; a second one records only itself.)
    t.call("vault.lock", json!({})).unwrap();
    t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
    let first = entries(&mut t);
    t.call("vault.lock", json!({})).unwrap();
    t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
    let cycle = entries(&mut t) - first;
    let before = entries(&mut t);
    t.call("vault.lock", json!({})).unwrap();
    let db = fs::read(dir.join("tandem.db")).unwrap();
    for args in [
        json!({}),
        json!(null),
        json!({"passphrase": "wrong passphrase"}),
        json!({"passphrase": long}),
        json!({"passphrase": ""}),
        json!({"passphrase": "\u{0}"}),
        json!({"passphrase": "\u{202e}sutcac"}),
        json!({"recovery_code": "0000-0000-0000-0000-0000-0000-0000-0000"}),
        json!({"recovery_code": long}),
        json!({"recovery_code": "\u{202e}<script>"}),
        json!({"passphrase": PASS, "recovery_code": "x"}),
        json!({"passphrase": 1}),
        json!({"passphrase": PASS, "extra": 1}),
    ] {
        let shown = short(&args.to_string(), 120);
        let e = t.reply("vault.unlock", args).unwrap_err();
        if let Err(why) = clear(&e) {
            panic!("vault.unlock {shown}: {why}");
        }
        assert!(!t.is_unlocked());
        assert!(
            fs::read(dir.join("tandem.db")).unwrap() == db && snapshot(&dir) == files,
            "vault.unlock {shown} changed a file"
        );
    }
    t.call("vault.unlock", json!({"passphrase": PASS})).unwrap();
    assert_eq!(
        entries(&mut t),
        before + cycle,
        "a refused unlock was recorded"
    );
    let v = t.call("vault.verify", json!({})).unwrap();
    assert_eq!(v["ok"], json!(true), "{v}");
    drop(t);

    // A new vault from hostile input: refused, and no vault left behind.
    let empty = tmp.path().join("new");
    let mut n = Tandem::new(&empty).with_kdf(KdfParams::TESTING);
    let long = "w".repeat(100_000);
    for args in [
        json!({}),
        json!({"passphrase": "short", "profile": profile}),
        json!({"passphrase": PASS, "profile": {"worker_name": long, "ocmw_name": "O", "language": "en"}}),
        json!({"passphrase": PASS, "profile": {"worker_name": "\u{0}", "ocmw_name": "O", "language": "en"}}),
        json!({"passphrase": PASS, "profile": {"worker_name": " ", "ocmw_name": "O", "language": "en"}}),
        json!({"passphrase": PASS, "profile": {"worker_name": "W", "ocmw_name": "O", "language": "xx"}}),
        json!({"passphrase": PASS, "profile": {"worker_name": "W", "ocmw_name": "O"}}),
        json!({"passphrase": PASS, "profile": "W"}),
        json!({"passphrase": PASS, "profile": profile, "x": 1}),
    ] {
        let shown = short(&args.to_string(), 120);
        let e = n.reply("vault.create", args).unwrap_err();
        if let Err(why) = clear(&e) {
            panic!("vault.create {shown}: {why}");
        }
        assert!(
            !tandem::vault::exists(&empty) && !empty.join("tandem.db").exists(),
            "vault.create {shown} left a vault behind"
        );
    }
}

// ---------------------------------------------------------------- 3. the hand-over reader

const HANDOVER_CODES: &[&str] = &["handover-wrong", "handover-format"];

#[derive(Debug, Clone)]
enum Cut {
    Flip(Index, u8),
    Truncate(Index),
    Extend(Vec<u8>),
}

fn cut() -> impl Strategy<Value = Cut> {
    prop_oneof![
        3 => (any::<Index>(), 1u8..=255).prop_map(|(i, x)| Cut::Flip(i, x)),
        2 => any::<Index>().prop_map(Cut::Truncate),
        1 => prop::collection::vec(any::<u8>(), 1..64).prop_map(Cut::Extend),
    ]
}

fn apply(bytes: &[u8], c: &Cut) -> Vec<u8> {
    let mut b = bytes.to_vec();
    match c {
        Cut::Flip(i, x) => {
            let i = i.index(b.len());
            b[i] ^= x;
        }
        Cut::Truncate(i) => b.truncate(i.index(b.len())),
        Cut::Extend(more) => b.extend_from_slice(more),
    }
    b
}

/// A bundle header written by hand: MAGIC, length, JSON, then `junk`.
fn header(kdf: Value, salt: &str, nonce: &str, junk: &[u8]) -> Vec<u8> {
    let h = serde_json::to_vec(&json!({"kdf": kdf, "salt": salt, "nonce": nonce})).unwrap();
    let mut b = MAGIC.to_vec();
    b.extend_from_slice(&(h.len() as u32).to_be_bytes());
    b.extend_from_slice(&h);
    b.extend_from_slice(junk);
    b
}

struct Receiver {
    t: Tandem,
}

impl Receiver {
    /// Reads the bundle directly and imports it: both refuse with a hand-over code, and the
    /// receiving vault keeps its persons and its audit trail.
    fn refuses(&mut self, bytes: &[u8], pass: &str) -> Result<(), TestCaseError> {
        match handover::open(bytes, pass) {
            Ok(_) => prop_assert!(false, "a damaged bundle opened"),
            Err(e) => prop_assert!(HANDOVER_CODES.contains(&e.code()), "{:?}", e),
        }
        let before = (persons(&mut self.t), entries(&mut self.t));
        let r = self.t.reply(
            "handover.import",
            json!({"bundle": b64(bytes), "passphrase": pass}),
        );
        match r {
            Ok(v) => prop_assert!(false, "a damaged bundle was imported: {v}"),
            Err(e) => {
                clear(&e)?;
                prop_assert!(HANDOVER_CODES.contains(&e.code.as_str()), "{:?}", e);
            }
        }
        prop_assert_eq!((persons(&mut self.t), entries(&mut self.t)), before);
        Ok(())
    }
}

/// A real export (through the command, consent covering all five parts) and a sealed bundle.
fn bundles(tmp: &Path) -> (Vec<u8>, Vec<u8>) {
    let mut a = common::open(&tmp.join("a"), "Anna Sender");
    let p = a
        .call(
            "person.create",
            json!({"display_name": "Kim Handover", "nrn": "93.05.18-223.61", "address": "Kerkstraat 1"}),
        )
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    a.call(
        "request.create",
        json!({"person_id": p, "received_on": "2025-03-03"}),
    )
    .unwrap();
    a.call(
        "consent.give",
        json!({"person_id": p, "recipient_organisation": ORG, "recipient_role": ROLE,
               "purpose": PURPOSE, "covers": PARTS}),
    )
    .unwrap();
    let path = {
        let _docs = documents_lock();
        let out = a
            .call(
                "handover.export",
                json!({"person_id": p, "recipient_organisation": ORG, "recipient_role": ROLE,
                       "purpose": PURPOSE, "passphrase": HANDOVER_PASS,
                       "conditions": {"secrecy_bound": true, "necessary_only": true, "informed_consent": true}}),
            )
            .unwrap();
        PathBuf::from(out["path"].as_str().unwrap())
    };
    let exported = fs::read(path).unwrap();
    let sealed = handover::seal(
        &serde_json::to_vec(&json!({"format": "tandem-handover", "file": {}})).unwrap(),
        HANDOVER_PASS,
        KdfParams::TESTING,
    )
    .unwrap();
    (exported, sealed)
}

#[test]
fn the_hand_over_reader_refuses_damage_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (exported, sealed) = bundles(tmp.path());
    let mut b = common::open(&tmp.path().join("b"), "Bert Receiver");
    b.call("person.create", json!({"display_name": "Already Here"}))
        .unwrap();
    let b = RefCell::new(Receiver { t: b });
    let mut failures = Vec::new();

    let arbitrary = prop::collection::vec(any::<u8>(), 0..2_048);
    if let Err(e) = run(200, &arbitrary, |bytes| {
        b.borrow_mut().refuses(&bytes, HANDOVER_PASS)
    }) {
        failures.push(format!("arbitrary bytes: {e}"));
    }

    let after_magic = prop::collection::vec(any::<u8>(), 0..2_048).prop_map(|rest| {
        let mut b = MAGIC.to_vec();
        b.extend(rest);
        b
    });
    if let Err(e) = run(200, &after_magic, |bytes| {
        b.borrow_mut().refuses(&bytes, HANDOVER_PASS)
    }) {
        failures.push(format!("bytes after the magic: {e}"));
    }

    // Headers that parse, with costs and sizes of every kind (none big enough to matter
    // if it were accepted: a larger memory cost is only ever above the limit).
    let costs = (
        prop_oneof![
            prop::sample::select(vec![0u64, 1, 7, 8, 64, 1_024]),
            (4 * 1024 * 1024 + 1u64)..=u64::from(u32::MAX),
        ],
        prop::sample::select(vec![0u64, 1, 2, 64, 65, u64::from(u32::MAX)]),
        prop::sample::select(vec![0u64, 1, 2, 16, 17, 1_000, u64::from(u32::MAX)]),
        "[0-9a-f]{0,40}",
        "[0-9a-fx]{0,60}",
        prop::collection::vec(any::<u8>(), 0..200),
    )
        .prop_map(|(m, i, l, salt, nonce, junk)| {
            header(
                json!({"memory_kib": m, "iterations": i, "lanes": l}),
                &salt,
                &nonce,
                &junk,
            )
        });
    if let Err(e) = run(150, &costs, |bytes| {
        let started = Instant::now();
        b.borrow_mut().refuses(&bytes, HANDOVER_PASS)?;
        prop_assert!(started.elapsed() < Duration::from_secs(3));
        Ok(())
    }) {
        failures.push(format!("hand-made headers: {e}"));
    }

    for (what, real) in [("exported", &exported), ("sealed", &sealed)] {
        let damaged = cut().prop_map(|c| (c.clone(), apply(real, &c)));
        if let Err(e) = run(96, &damaged, |(_, bytes)| {
            b.borrow_mut().refuses(&bytes, HANDOVER_PASS)
        }) {
            failures.push(format!("{what} bundle, damaged: {e}"));
        }
    }

    // Absurd costs in the header: refused at once, before any key derivation.
    let salt = "00".repeat(16);
    let nonce = "11".repeat(24);
    for kdf in [
        json!({"memory_kib": 4_000_000_000u32, "iterations": 1, "lanes": 1}),
        json!({"memory_kib": u32::MAX, "iterations": u32::MAX, "lanes": u32::MAX}),
        json!({"memory_kib": 1024, "iterations": u32::MAX, "lanes": 1}),
        json!({"memory_kib": 1024, "iterations": 1, "lanes": 0}),
        json!({"memory_kib": 1024, "iterations": 1, "lanes": 1_000_000}),
    ] {
        let bytes = header(kdf.clone(), &salt, &nonce, &[7u8; 64]);
        let started = Instant::now();
        let e = handover::open(&bytes, HANDOVER_PASS).unwrap_err();
        assert_eq!(e.code(), "handover-wrong", "{kdf}");
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{kdf} took {:?}",
            started.elapsed()
        );
        if let Err(why) = b.borrow_mut().refuses(&bytes, HANDOVER_PASS) {
            failures.push(format!("{kdf}: {why}"));
        }
    }

    // The undamaged bundles: the wrong passphrase is refused, the right one opens them (so
    // that the damage above is what was refused).
    let mut b = b.into_inner();
    if let Err(why) = b.refuses(&exported, "not the hand-over words") {
        failures.push(format!("wrong passphrase: {why}"));
    }
    assert!(handover::open(&sealed, HANDOVER_PASS).is_ok());
    let before = persons(&mut b.t);
    b.t.call(
        "handover.import",
        json!({"bundle": b64(&exported), "passphrase": HANDOVER_PASS}),
    )
    .unwrap();
    assert_eq!(persons(&mut b.t), before + 1);
    let v = b.t.call("vault.verify", json!({})).unwrap();
    assert_eq!(v["ok"], json!(true), "{v}");
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

// Found by this file (fixed): the key derivation runs before the content is authenticated,
// and a forged header once could ask for 4 GiB and 64 passes (minutes per attempt); the cost
// is now capped at `handover::MAX_KDF` (256 MiB, 4 passes, 4 lanes).
#[test]
fn a_hand_over_header_with_costly_kdf_is_refused_quickly() {
    let bytes = header(
        json!({"memory_kib": 256 * 1024, "iterations": 64, "lanes": 1}),
        &"00".repeat(16),
        &"11".repeat(24),
        &[7u8; 64],
    );
    let started = Instant::now();
    let e = handover::open(&bytes, HANDOVER_PASS).unwrap_err();
    assert_eq!(e.code(), "handover-wrong");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "a forged header cost {:?} before it was refused",
        started.elapsed()
    );
}

// ---------------------------------------------------------------- 4. damaged vault files

const UNLOCK_CODES: &[&str] = &["vault-corrupt", "wrong-secret", "storage", "vault-missing"];

/// The files of a closed vault with a few persons, made once.
fn pristine() -> &'static Vec<(String, Vec<u8>)> {
    static FILES: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let mut t = common::open(&dir, "Vera Vault");
        for i in 0..12 {
            let p = t
                .call(
                    "person.create",
                    json!({"display_name": format!("Person {i} {}", "x".repeat(150)),
                           "address": "y".repeat(400)}),
                )
                .unwrap()["id"]
                .as_i64()
                .unwrap();
            t.call(
                "request.create",
                json!({"person_id": p, "received_on": "2025-03-03"}),
            )
            .unwrap();
        }
        drop(t);
        let mut files = Vec::new();
        for e in fs::read_dir(&dir).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                files.push((
                    e.file_name().to_string_lossy().into_owned(),
                    fs::read(e.path()).unwrap(),
                ));
            }
        }
        assert!(files.iter().any(|(n, _)| n == "tandem.db"));
        assert!(files.iter().any(|(n, _)| n == "keyslots.json"));
        files
    })
}

fn pristine_file(name: &str) -> Vec<u8> {
    pristine()
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, b)| b.clone())
        .unwrap()
}

/// Lays the pristine files in a fresh folder, damages one, and unlocks: no panic; an
/// unlock either works (then `vault.verify` answers) or is refused with one of the vault's
/// codes and leaves the damaged files as they were.
fn unlock_damaged(file: &str, damaged: Vec<u8>) -> Result<(), TestCaseError> {
    let tmp = tempfile::tempdir().unwrap();
    for (name, bytes) in pristine() {
        fs::write(tmp.path().join(name), bytes).unwrap();
    }
    fs::write(tmp.path().join(file), &damaged).unwrap();
    let snapshot = || {
        (
            fs::read(tmp.path().join("keyslots.json")).ok(),
            fs::read(tmp.path().join("tandem.db")).ok(),
        )
    };
    let before = snapshot();
    let echoes = {
        let text = String::from_utf8_lossy(&damaged);
        text.contains("{$") || text.contains("{ $")
    };
    let mut t = Tandem::new(tmp.path()).with_kdf(KdfParams::TESTING);
    match t.reply("vault.unlock", json!({"passphrase": PASS})) {
        Ok(_) => {
            if let Err(e) = t.reply("vault.verify", json!({})) {
                clear_echoing(&e, echoes)?;
            }
        }
        Err(e) => {
            clear_echoing(&e, echoes)?;
            prop_assert!(UNLOCK_CODES.contains(&e.code.as_str()), "{:?}", e);
            prop_assert!(!t.is_unlocked());
            prop_assert!(snapshot() == before, "a refused unlock changed {}", file);
        }
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum SlotDamage {
    Flip(Index, u8),
    Set(Index, u8),
    Truncate(Index),
    Replace(Value),
    Bytes(Vec<u8>),
    Field(usize, &'static str, Value),
}

/// Values for a key slot's fields; a memory cost is either small or above the limit, never
/// gigabytes that would be accepted.
fn slot_value(field: &'static str) -> BoxedStrategy<Value> {
    match field {
        "memory_kib" => prop_oneof![
            prop::sample::select(vec![
                json!(0),
                json!(1),
                json!(7),
                json!(8),
                json!(4096),
                json!(-1),
                json!(1.5),
                json!("1024"),
                json!(null),
                json!(u64::from(u32::MAX) + 1),
            ]),
            ((4 * 1024 * 1024 + 1u64)..=u64::from(u32::MAX)).prop_map(Value::from),
        ]
        .boxed(),
        "iterations" | "lanes" => prop_oneof![
            prop::sample::select(vec![0u64, 1, 2, 64, 65, 1_000, u64::from(u32::MAX)])
                .prop_map(Value::from),
            hostile_leaf().prop_filter("not a plain small number", |v| !v.is_number()),
        ]
        .boxed(),
        _ => prop_oneof![
            hostile_value(),
            "[0-9a-f]{0,100}".prop_map(Value::String),
            Just(json!("passphrase")),
            Just(json!("recovery_code")),
            Just(json!("argon2id")),
        ]
        .boxed(),
    }
}

fn slot_damage() -> impl Strategy<Value = SlotDamage> {
    let fields: Vec<&'static str> = vec![
        "kind",
        "kdf",
        "memory_kib",
        "iterations",
        "lanes",
        "salt",
        "nonce",
        "wrapped_key",
        "format",
        "slots",
        "params",
    ];
    prop_oneof![
        3 => (any::<Index>(), 1u8..=255).prop_map(|(i, x)| SlotDamage::Flip(i, x)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(i, x)| SlotDamage::Set(i, x)),
        2 => any::<Index>().prop_map(SlotDamage::Truncate),
        1 => hostile_value().prop_map(SlotDamage::Replace),
        1 => prop::collection::vec(any::<u8>(), 0..600).prop_map(SlotDamage::Bytes),
        4 => (0usize..2, prop::sample::select(fields))
            .prop_flat_map(|(slot, field)| (Just(slot), Just(field), slot_value(field)))
            .prop_map(|(s, f, v)| SlotDamage::Field(s, f, v)),
    ]
}

fn damage_slots(pristine: &[u8], d: &SlotDamage) -> Vec<u8> {
    let mut b = pristine.to_vec();
    match d {
        SlotDamage::Flip(i, x) => {
            let i = i.index(b.len());
            b[i] ^= x;
        }
        SlotDamage::Set(i, x) => {
            let i = i.index(b.len());
            b[i] = *x;
        }
        SlotDamage::Truncate(i) => b.truncate(i.index(b.len())),
        SlotDamage::Replace(v) => b = serde_json::to_vec(v).unwrap(),
        SlotDamage::Bytes(bytes) => b.clone_from(bytes),
        SlotDamage::Field(slot, field, v) => {
            let mut j: Value = serde_json::from_slice(pristine).unwrap();
            match *field {
                "format" | "slots" => j[*field] = v.clone(),
                "memory_kib" | "iterations" | "lanes" => {
                    j["slots"][*slot]["params"][*field] = v.clone()
                }
                _ => j["slots"][*slot][*field] = v.clone(),
            }
            b = serde_json::to_vec_pretty(&j).unwrap();
        }
    }
    b
}

#[test]
fn damaged_key_slots_never_panic_and_are_refused_clearly() {
    let keyslots = pristine_file("keyslots.json");
    let r = run(40, &slot_damage(), |d| {
        unlock_damaged("keyslots.json", damage_slots(&keyslots, &d))
    });
    if let Err(e) = r {
        panic!("{e}");
    }
    // Fixed cases: absurd costs refused at once; the file gone or a folder.
    let mut j: Value = serde_json::from_slice(&keyslots).unwrap();
    j["slots"][0]["params"]["memory_kib"] = json!(4_000_000_000u32);
    let started = Instant::now();
    unlock_damaged("keyslots.json", serde_json::to_vec(&j).unwrap()).unwrap();
    assert!(started.elapsed() < Duration::from_secs(2));
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("tandem.db"), pristine_file("tandem.db")).unwrap();
    let mut t = Tandem::new(tmp.path()).with_kdf(KdfParams::TESTING);
    let e = t
        .reply("vault.unlock", json!({"passphrase": PASS}))
        .unwrap_err();
    assert_eq!(e.code, "vault-missing");
    fs::create_dir(tmp.path().join("keyslots.json")).unwrap();
    let e = t
        .reply("vault.unlock", json!({"passphrase": PASS}))
        .unwrap_err();
    assert!(UNLOCK_CODES.contains(&e.code.as_str()), "{e:?}");
}

#[derive(Debug, Clone)]
enum DbDamage {
    FlipFirstPage(Index, u8),
    FlipBeyond(Index, u8),
    Truncate(Index),
}

#[test]
fn a_damaged_database_never_panics_and_is_refused_clearly() {
    let db = pristine_file("tandem.db");
    assert!(db.len() > 4096 * 3, "the pristine vault is too small");
    let damage = prop_oneof![
        (any::<Index>(), 1u8..=255).prop_map(|(i, x)| DbDamage::FlipFirstPage(i, x)),
        (any::<Index>(), 1u8..=255).prop_map(|(i, x)| DbDamage::FlipBeyond(i, x)),
        any::<Index>().prop_map(DbDamage::Truncate),
    ];
    let r = run(40, &damage, |d| {
        let mut b = db.clone();
        match &d {
            DbDamage::FlipFirstPage(i, x) => b[i.index(4096)] ^= x,
            DbDamage::FlipBeyond(i, x) => b[4096 + i.index(db.len() - 4096)] ^= x,
            DbDamage::Truncate(i) => b.truncate(1 + i.index(db.len() - 1)),
        }
        unlock_damaged("tandem.db", b)
    });
    if let Err(e) = r {
        panic!("{e}");
    }
    // The database gone: refused as damaged.
    let tmp = tempfile::tempdir().unwrap();
    fs::write(
        tmp.path().join("keyslots.json"),
        pristine_file("keyslots.json"),
    )
    .unwrap();
    let mut t = Tandem::new(tmp.path()).with_kdf(KdfParams::TESTING);
    let e = t
        .reply("vault.unlock", json!({"passphrase": PASS}))
        .unwrap_err();
    assert_eq!(e.code, "vault-corrupt");
}

// Found by this file (fixed): a tandem.db of zero bytes once unlocked as a new, empty vault
// (and the automatic backups would then have rotated the good ones away).
/// A database emptied to zero bytes (a failed copy, a full disk) is damage, not a new vault.
#[test]
fn an_emptied_database_is_refused_not_opened_as_a_new_vault() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, bytes) in pristine() {
        fs::write(tmp.path().join(name), bytes).unwrap();
    }
    fs::write(tmp.path().join("tandem.db"), b"").unwrap();
    let mut t = Tandem::new(tmp.path()).with_kdf(KdfParams::TESTING);
    let r = t.reply("vault.unlock", json!({"passphrase": PASS}));
    let size = fs::metadata(tmp.path().join("tandem.db")).unwrap().len();
    match r {
        Err(e) => {
            assert!(UNLOCK_CODES.contains(&e.code.as_str()), "{e:?}");
            assert_eq!(size, 0, "a refused unlock wrote to the emptied database");
        }
        Ok(_) => panic!(
            "an emptied tandem.db unlocked as an empty vault ({} persons) and was rewritten \
             ({size} bytes)",
            persons(&mut t)
        ),
    }
}
