//! The wall between help and control, enforced on the source: the income side (`income/`,
//! `report/`) never refers to the support plan, and `support/` never refers to income.

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

/// Lines of code that name a module of the other side: `use`, `mod`, or a path in code.
fn crossings(side: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(side);
    let mut found = Vec::new();
    for file in rust_files(&root) {
        let text = fs::read_to_string(&file).unwrap();
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
    for side in ["income", "report"] {
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
