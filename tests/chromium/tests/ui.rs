//! The window's UI in headless Chromium (the engine of WebView2, Tandem's webview on Windows),
//! through chromedriver, answered by the real core via the harness; axe-core on every screen.
//!
//! Run by `./dev test` (check_windows). Needs `chromium` and `chromedriver` (Debian's
//! `chromium` and `chromium-driver`) and axe-core in target/npm. Screenshots of every screen
//! land in `target/e2e-screens/chromium/`. Elements are found by id only, so that the test
//! holds whether the screens live in `ui/index.html` or in `ui/screens/<name>/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};
use serde_json::json;

#[path = "../../webdriver/shared.rs"]
mod shared;
use shared::{free_port, Driver, Window};
use tandem_chromium::workspace;

const PASS: &str = "chromium passphrase 2026";

fn screens_dir() -> PathBuf {
    let d = workspace().join("target/e2e-screens/chromium");
    std::fs::create_dir_all(&d).expect("create target/e2e-screens/chromium");
    d
}

fn start_driver(port: u16) -> Driver {
    let mut cmd = Command::new(std::env::var("CHROMEDRIVER").unwrap_or("chromedriver".into()));
    cmd.arg(format!("--port={port}"));
    shared::start_driver(
        cmd,
        port,
        "chromedriver must be installed (Debian: chromium-driver)",
    )
}

impl Window {
    async fn open(port: u16, url: &str) -> Window {
        let mut caps = serde_json::Map::new();
        let mut args = vec![
            "--headless=new",
            "--disable-gpu",
            "--window-size=1280,800",
            "--lang=en-GB",
            "--no-first-run",
            "--disable-dev-shm-usage",
        ];
        // Chromium's sandbox cannot start as root (CI runs as root).
        if Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout.starts_with(b"0"))
        {
            args.push("--no-sandbox");
        }
        let mut options = json!({ "args": args });
        if let Ok(bin) = std::env::var("CHROMIUM") {
            options["binary"] = json!(bin);
        }
        caps.insert("goog:chromeOptions".into(), options);
        let mut builder = ClientBuilder::rustls().expect("TLS setup");
        builder.capabilities(caps);
        let c = tokio::time::timeout(
            Duration::from_secs(60),
            builder.connect(&format!("http://127.0.0.1:{port}")),
        )
        .await
        .expect("Chromium did not start within 60 s")
        .expect("WebDriver session with Chromium");
        c.goto(url).await.expect("open the UI");
        Window {
            c,
            shots: screens_dir(),
            engine: "Chromium",
        }
    }

    async fn visible(&self, css: &str) {
        let found = self
            .c
            .wait()
            .at_most(Duration::from_secs(30))
            .for_element(Locator::Css(&format!("{css}:not([hidden])")))
            .await;
        if let Err(e) = found {
            // What the screen showed instead: a screenshot and its text, for the failure.
            if let Ok(png) = self.c.screenshot().await {
                let _ = std::fs::write(self.shots.join("failure.png"), png);
            }
            let body = self
                .c
                .execute("return document.body.innerText;", vec![])
                .await
                .unwrap_or_default();
            panic!("{css} did not appear: {e}; the screen reads {body}");
        }
    }

    async fn select(&self, css: &str, value: &str) {
        self.c
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("choosing {value} in {css}: {e}"));
    }

    /// What the window's CSP blocked so far (collected by the injected script).
    async fn csp_violations(&self) -> serde_json::Value {
        self.c
            .execute("return window.__tandemCspViolations || [];", vec![])
            .await
            .expect("read CSP violations")
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn onboarding_person_request_calculation_settings() {
    let tmp = tempfile::tempdir().expect("temp dir");
    // The core reads the documents folder from the environment (set before any thread).
    std::env::set_var("TANDEM_DOCUMENTS", tmp.path().join("documents"));
    let harness = tandem_chromium::start(&workspace().join("ui"), &tmp.path().join("vault"));
    let port = free_port();
    let _driver = start_driver(port);
    tokio::time::timeout(Duration::from_secs(300), flow(port, &harness.url))
        .await
        .expect("the Chromium test did not finish within 5 minutes");
    assert!(
        Path::new(&tmp.path().join("vault"))
            .join("tandem.db")
            .is_file(),
        "the real core wrote the vault"
    );
}

async fn flow(port: u16, url: &str) {
    let w = Window::open(port, url).await;

    // Onboarding: the worker profile and a passphrase, then the recovery code shown once.
    w.visible("#screen-onboarding").await;
    w.select("#lang-select", "en").await;
    w.text_contains("#screen-onboarding h1", "").await;
    w.fill("#onb-worker", "Wendy Werker").await;
    w.fill("#onb-ocmw", "OCMW Synthetica").await;
    w.fill("#onb-ocmw-address", "Dorpsplein 1, 9999 Nergensdorp")
        .await;
    w.fill(
        "#onb-court-address",
        "Arbeidsrechtbank, Gerechtsstraat 2, 9999 Nergensdorp",
    )
    .await;
    w.fill("#onb-passphrase", PASS).await;
    w.fill("#onb-passphrase2", PASS).await;
    w.shot("01-onboarding").await;
    w.click("#onb-submit").await;
    w.visible("#screen-recovery").await;
    let code = w.text_contains("#recovery-code", "-").await;
    assert_eq!(code.trim().len(), 39, "recovery code looks wrong: {code:?}");
    w.shot("02-recovery-code").await;
    w.click("#recovery-confirm").await;
    w.click("#recovery-continue").await;
    w.visible("#screen-main").await;

    // A person, saved by the core.
    w.click("#new-person").await;
    w.fill("#p-display-name", "Zoë Testmans").await;
    w.fill("#p-last-name", "Testmans").await;
    w.click("#p-save").await;
    w.text_contains("#p-status", "").await;
    w.shot("03-person-saved").await;

    // A request received today, to its calculation.
    w.visible("#request-new").await;
    w.click("#request-new").await;
    w.visible("#rq-create").await;
    w.click("#rq-create").await;
    w.visible("#screen-request").await;
    for c in [
        "residence",
        "age",
        "nationality",
        "resources",
        "work_readiness",
        "other_benefits",
    ] {
        w.visible(&format!("#cond-tile-{c}")).await;
    }
    w.click("#cond-tile-residence").await;
    w.visible("#cond-residence").await;
    w.click("#cond-residence-finding-met").await;
    w.fill(
        "#cond-residence-explanation",
        "Lives at the address since 2021; visit on record.",
    )
    .await;
    w.text_contains("#req-save-state", "Saved").await;
    w.shot("04-request-conditions").await;

    // €500 of wages a month, category single: €15,770.41 − €5,750 = €10,020.41 a year.
    w.scroll_to("#resources").await;
    w.select("#res-kind", "wages").await;
    w.select("#res-whose", "applicant").await;
    w.fill("#res-amount", "500,00").await;
    w.select("#res-period", "month").await;
    w.click("#res-add").await;
    w.text_contains("#resource-rows", "500").await;
    w.scroll_to("#category").await;
    w.click("#cat-choice-single").await;
    w.text_contains("#calc-yearly", "10,020.41").await;
    w.text_contains("#calc-monthly", "835.03").await;
    w.text_contains("#calc-steps", "€250.00").await;
    w.scroll_to("#calculation").await;
    w.shot("05-request-calculation").await;

    // Settings, with the dated amounts table from the core.
    w.click("#req-back").await;
    w.visible("#screen-main").await;
    w.click("#settings-button").await;
    w.visible("#screen-settings").await;
    w.text_contains("#amounts-rows", "2025-02-01").await;
    w.shot("06-settings").await;
    w.click("#set-back").await;
    w.visible("#screen-main").await;
    w.shot("07-home").await;

    let csp = w.csp_violations().await;
    assert_eq!(csp, json!([]), "the window's CSP blocked something");
    w.c.close().await.ok();
}
