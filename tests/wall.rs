//! The wall between help and control, enforced on the source: the income side (`income/`,
//! `report/`) never refers to the support plan, `support/` never refers to income, and in
//! `api/` only the router (which knows every area's table) sees the support plan.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(rust_files(&p));
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out
}

/// The names a `use crate::{...}` (or `super::`, `tandem::`) group brings in, one by one:
/// `use crate::{income, support};` names `support` without `crate::support` in the text.
fn grouped_names(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(at) = rest.find("use ") {
        let start = code.len() - rest.len() + at;
        let stmt = &code[start..code[start..].find(';').map_or(code.len(), |e| start + e)];
        let line = code[..start].matches('\n').count() + 1;
        let head = stmt[4..].trim_start();
        if ["crate::", "super::", "tandem::"]
            .iter()
            .any(|p| head.starts_with(p))
        {
            for word in stmt.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                if !word.is_empty() {
                    out.push((line, word.to_string()));
                }
            }
        }
        rest = &code[start + 4..];
    }
    out
}

/// Lines of code that name a module of the other side: `use` (also inside a group), `mod`,
/// or a path in code.
fn crossings(side: &str, forbidden: &[&str]) -> Vec<String> {
    crossings_except(side, forbidden, &[])
}

/// As [`crossings`], leaving out the files named in `allowed` (relative to `src/<side>/`).
fn crossings_except(side: &str, forbidden: &[&str], allowed: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(side);
    let mut found = Vec::new();
    for file in rust_files(&root) {
        if allowed.iter().any(|a| file == root.join(a)) {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for (n, word) in grouped_names(&text) {
            if forbidden.contains(&word.as_str()) {
                found.push(format!("{}:{n}: a use group names {word}", file.display()));
            }
        }
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for f in forbidden {
                let patterns = [
                    format!("crate::{f}"),
                    format!("super::{f}"),
                    format!("super::super::{f}"),
                    format!("mod {f}"),
                    format!("tandem::{f}"),
                ];
                if patterns.iter().any(|p| code.contains(p.as_str())) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn income_and_report_never_see_the_support_plan() {
    for side in [
        "income",
        "report",
        "caseload",
        "rights",
        "team",
        "committee",
    ] {
        let found = crossings(side, &["support"]);
        assert!(
            found.is_empty(),
            "the wall is broken:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn support_never_sees_income_or_the_report() {
    let found = crossings("support", &["income", "report"]);
    assert!(
        found.is_empty(),
        "the wall is broken:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    // The scanner itself must be able to fail: the report side does use income.
    assert!(!crossings("report", &["income"]).is_empty());
}

#[test]
fn in_api_only_the_router_sees_the_support_plan() {
    let found = crossings_except("api", &["support"], &["router.rs"]);
    assert!(
        found.is_empty(),
        "the wall is broken: only src/api/router.rs may know the support area:\n{}",
        found.join("\n")
    );
    // The router does know it (so the scan of api/ can fail), and only through its table.
    assert!(!crossings("api", &["support"]).is_empty());
}

#[test]
fn a_use_group_is_scanned_name_by_name() {
    let names = grouped_names("use crate::{audit, support};\nuse std::fmt; // support\n");
    assert!(names.contains(&(1, "support".to_string())));
    assert!(!names.iter().any(|(l, w)| *l == 2 && w == "support"));
}

/// The collective signals read two counts of the support side (answered yes, answered "not
/// now") through `support::answer_counts`, and nothing else of it: never a plan's words.
#[test]
fn signals_read_only_the_support_counts() {
    let found: Vec<String> = crossings("signals", &["support"])
        .into_iter()
        .filter(|l| !l.contains("crate::support::answer_counts("))
        .collect();
    assert!(
        found.is_empty(),
        "signals may use support::answer_counts only:\n{}",
        found.join("\n")
    );
    assert_eq!(
        crossings("signals", &["support"]).len(),
        1,
        "one call to support::answer_counts"
    );
    // And nothing on the income side reads the signals.
    for side in ["income", "report"] {
        assert!(
            crossings(side, &["signals"]).is_empty(),
            "{side} reads signals"
        );
    }
}

/// The rights screener reads the person and the income side, never the support plan, and
/// nothing on the income side reads it (issue "Rights the person may be missing").
#[test]
fn nothing_on_the_income_side_reads_the_rights_screener() {
    assert!(
        !crossings("rights", &["income"]).is_empty(),
        "the scan must see that the screener reads the income side"
    );
    for side in ["income", "report"] {
        let found = crossings(side, &["rights"]);
        assert!(
            found.is_empty(),
            "{side} reads the rights screener:\n{}",
            found.join("\n")
        );
    }
}
