//! The command tables: every command is reachable through the router and documented in
//! `tandem-cli commands`, names are unique, the lists are derived from the tables, and
//! `app.vocabulary` is what validation accepts, translated in all four languages.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use serde_json::{json, Value};
use tandem::api::{all_commands, COMMANDS, PASSIVE, WITHOUT_UNLOCK};
use tandem::command::Needs;
use tandem::vault::KdfParams;
use tandem::{ErrorReply, Tandem};

#[test]
fn every_command_in_the_tables_is_reachable_through_the_router() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = Tandem::new(tmp.path().join("vault")).with_kdf(KdfParams::TESTING);
    for c in all_commands() {
        // Arguments no command takes: each must be refused by its own handler, by name.
        let e = t.reply(c.name, json!("not an object")).unwrap_err();
        assert_ne!(e.code, "unknown-command", "{} is not routed", c.name);
        assert_eq!(e.code, "invalid-input", "{}: {e:?}", c.name);
    }
    // And the router can say no.
    let e = t.reply("no.such_command", json!({})).unwrap_err();
    assert_eq!(e.code, "unknown-command");
}

#[test]
fn every_command_is_documented_in_tandem_cli_commands() {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem-cli"))
        .arg("commands")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), COMMANDS.len(), "{text}");
    for c in all_commands() {
        assert!(!c.doc.trim().is_empty(), "{} has no doc line", c.name);
        assert!(!c.doc.contains('\n'), "{}: one line of doc", c.name);
        assert!(
            lines
                .iter()
                .any(|l| l.split_whitespace().next() == Some(c.name)
                    && l.trim_end().ends_with(c.doc)),
            "{} is not listed with its doc:\n{text}",
            c.name
        );
    }
}

#[test]
fn command_names_are_unique_across_tables() {
    let names: Vec<&str> = all_commands().map(|c| c.name).collect();
    let set: BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(set.len(), names.len(), "a name is in two tables: {names:?}");
}

#[test]
fn the_lists_of_commands_are_derived_from_the_tables() {
    let names: Vec<&str> = all_commands().map(|c| c.name).collect();
    assert_eq!(COMMANDS, names.as_slice());
    let locked: Vec<&str> = all_commands()
        .filter(|c| c.needs == Needs::Nothing)
        .map(|c| c.name)
        .collect();
    assert_eq!(WITHOUT_UNLOCK, locked.as_slice());
    let passive: Vec<&str> = all_commands()
        .filter(|c| c.passive)
        .map(|c| c.name)
        .collect();
    assert_eq!(PASSIVE, passive.as_slice());
    // The sets as they were kept by hand before the tables (plus the vocabulary).
    let set = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    let was = |l: &[&str]| set(l);
    assert_eq!(
        set(WITHOUT_UNLOCK),
        was(&[
            "app.status",
            "app.commands",
            "app.vocabulary",
            "i18n.catalog",
            "settings.get",
            "settings.set",
            "vault.create",
            "vault.unlock",
            "vault.lock",
            "backup.list",
            "backup.restore",
        ])
    );
    assert_eq!(
        set(PASSIVE),
        was(&[
            "app.status",
            "app.commands",
            "app.vocabulary",
            "i18n.catalog",
            "settings.get",
            "deadlines.list",
            "retention.due",
            // The rights' deadlines join the deadlines panel's refresh.
            "rights.deadlines",
        ])
    );
    assert_eq!(
        COMMANDS.len(),
        122,
        "77 before the tables, app.vocabulary, right.get, right.review, right.end, document.copy, \
         request.undo, right.change, right.revise, right.revision_notified, right.indexation, \
         the 7 signals.* commands, caseload.list, right.appeal, right.appeal_outcome, right.appeals, right.end_notified, rights.deadlines, rights.screen and rights.record, \
         the 12 team.* and the 8 committee.* commands (issue 19)"
    );
}

fn vocabulary(t: &mut Tandem) -> Value {
    t.call("app.vocabulary", json!({})).unwrap()
}

fn values(v: &Value, list: &str) -> Vec<String> {
    v[list]
        .as_array()
        .unwrap_or_else(|| panic!("no list {list}"))
        .iter()
        .map(|t| t["value"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_vocabulary_key_is_translated_in_all_four_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = Tandem::new(tmp.path().join("vault"));
    let v = vocabulary(&mut t);
    let lists = v.as_object().unwrap();
    for name in [
        "conditions",
        "findings",
        "evidence_kinds",
        "resource_kinds",
        "resource_groups",
        "whose",
        "categories",
        "relations",
        "visit_purposes",
        "goal_statuses",
        "parts",
        "document_kinds",
    ] {
        assert!(lists.contains_key(name), "no list {name}");
    }
    for lang in ["nl", "fr", "de", "en"] {
        let catalog = t.call("i18n.catalog", json!({"lang": lang})).unwrap();
        for (name, terms) in lists {
            for term in terms.as_array().unwrap() {
                let key = term["key"].as_str().unwrap();
                assert!(
                    catalog["messages"][key].is_string(),
                    "{name}: {key} is not in the {lang} catalog"
                );
            }
        }
    }
    // Resource kinds carry their group, one of the groups listed.
    let groups = values(&v, "resource_groups");
    for k in v["resource_kinds"].as_array().unwrap() {
        assert!(
            groups.contains(&k["group"].as_str().unwrap().to_string()),
            "{k}"
        );
    }
    assert_eq!(
        values(&v, "conditions"),
        tandem::income::CONDITIONS.map(String::from)
    );
}

/// Refused for this value (as a choice of `field`, or as an unknown variant of it).
fn refuses(reply: &Result<Value, ErrorReply>, field: &str) -> bool {
    match reply {
        Ok(_) => false,
        Err(e) => {
            (e.code == "invalid-choice"
                && e.field
                    .as_deref()
                    .is_some_and(|f| f.rsplit('.').next() == Some(field)))
                || (e.code == "invalid-input" && e.message.contains("variant"))
        }
    }
}

#[test]
fn the_vocabulary_is_what_validation_accepts() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = common::open(&tmp.path().join("vault"), "Worker");
    let v = vocabulary(&mut t);
    let person = common::id(
        t.call(
            "person.create",
            json!({"display_name": "Applicant", "birth_date": "1990-01-15"}),
        )
        .unwrap(),
        "id",
    );
    let request = common::id(
        t.call(
            "request.create",
            json!({"person_id": person, "received_on": "2026-03-02"}),
        )
        .unwrap(),
        "id",
    );
    let plan = common::id(
        t.call("plan.open", json!({"person_id": person})).unwrap(),
        "id",
    );
    let goal = t
        .call(
            "plan.goal.add",
            json!({"plan_id": plan, "text": "A driving licence"}),
        )
        .unwrap()["goals"][0]["id"]
        .clone();
    // (list, command, field, the arguments with the value in them)
    type Args = Box<dyn Fn(&str) -> Value>;
    let cases: Vec<(&str, &str, &str, Args)> = vec![
        (
            "resource_kinds",
            "resource.add",
            "kind",
            Box::new(
                move |k| json!({"request_id": request, "kind": k, "whose": "applicant", "amount_cents": 1000, "period": "month"}),
            ),
        ),
        (
            "whose",
            "resource.add",
            "whose",
            Box::new(
                move |w| json!({"request_id": request, "kind": "wages", "whose": w, "amount_cents": 1000, "period": "month"}),
            ),
        ),
        (
            "periods",
            "resource.add",
            "period",
            Box::new(
                move |p| json!({"request_id": request, "kind": "wages", "whose": "applicant", "amount_cents": 1000, "period": p}),
            ),
        ),
        (
            "sold_rights",
            "resource.add",
            "sold_right",
            Box::new(move |r| {
                json!({"request_id": request, "kind": "property_sale", "whose": "applicant", "amount_cents": 1000,
                   "sold_on": "2024-01-01", "sold_right": r})
            }),
        ),
        (
            "conditions",
            "condition.set",
            "condition",
            Box::new(
                move |c| json!({"request_id": request, "condition": c, "finding": "to_check"}),
            ),
        ),
        (
            "findings",
            "condition.set",
            "finding",
            Box::new(
                move |f| json!({"request_id": request, "condition": "residence", "finding": f, "explanation": "Seen at home."}),
            ),
        ),
        (
            "evidence_kinds",
            "evidence.add",
            "kind",
            Box::new(move |k| {
                json!({"request_id": request, "condition": "residence", "kind": k, "description": "A paper",
                   "bank_reason": "No other source."})
            }),
        ),
        (
            "visit_purposes",
            "visit.add",
            "purposes",
            Box::new(
                move |p| json!({"request_id": request, "visited_on": "2026-03-03", "purposes": [p]}),
            ),
        ),
        (
            "categories",
            "category.set",
            "category",
            Box::new(move |c| json!({"request_id": request, "category": c, "reason": "As found."})),
        ),
        (
            "request_kinds",
            "request.create",
            "kind",
            Box::new(move |k| json!({"person_id": person, "received_on": "2026-03-02", "kind": k})),
        ),
        (
            "relations",
            "person.create",
            "relation",
            Box::new(
                |r| json!({"display_name": "Other", "household": [{"name": "Member", "relation": r}]}),
            ),
        ),
        (
            "goal_statuses",
            "plan.goal.status",
            "status",
            Box::new(move |s| json!({"goal_id": goal, "status": s})),
        ),
    ];
    for (list, command, field, args) in &cases {
        let listed = values(&v, list);
        assert!(!listed.is_empty(), "{list}");
        for value in &listed {
            let reply = t.reply(command, args(value));
            assert!(
                !refuses(&reply, field),
                "{list}: {value} is listed but {command} refuses it: {reply:?}"
            );
        }
        let reply = t.reply(command, args("not_in_the_list"));
        assert!(
            refuses(&reply, field),
            "{list}: {command} takes a {field} that is not listed: {reply:?}"
        );
    }
}
