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

use fantoccini::ClientBuilder;
use serde_json::json;

#[path = "../../webdriver/flows.rs"]
mod flows;
#[path = "../../webdriver/shared.rs"]
mod shared;
// The tests' PostgreSQL and its teams (tests/common/team.rs).
#[path = "../../common/team.rs"]
#[allow(dead_code)]
mod team;
use shared::{free_port, Driver, Window};
use tandem::Tandem;
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

    /// What the window's CSP blocked so far (collected by the injected script).
    async fn csp_violations(&self) -> serde_json::Value {
        self.c
            .execute("return window.__tandemCspViolations || [];", vec![])
            .await
            .expect("read CSP violations")
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_window_scenarios_in_chromium() {
    let tmp = tempfile::tempdir().expect("temp dir");
    // The core reads the documents folder from the environment (set before any thread).
    std::env::set_var("TANDEM_DOCUMENTS", tmp.path().join("documents"));
    let harness = tandem_chromium::start(&workspace().join("ui"), &tmp.path().join("vault"));
    let port = free_port();
    let _driver = start_driver(port);
    tokio::time::timeout(Duration::from_secs(600), flow(port, &harness))
        .await
        .expect("the Chromium test did not finish within 10 minutes");
    assert!(
        Path::new(&tmp.path().join("vault"))
            .join("tandem.db")
            .is_file(),
        "the real core wrote the vault"
    );
}

/// The scenarios of the WebKit window test (tests/webdriver/flows.rs), in the same order:
/// onboarding, a request to its calculation, the report read together and signed, the
/// support plan, the settings, then sharing, together mode and backups.
async fn flow(port: u16, harness: &tandem_chromium::Harness) {
    let w = Window::open(port, &harness.url).await;
    flows::onboard(&w, PASS, true).await;
    flows::request_to_calculation(&w).await;
    flows::report_flow(&w).await;
    flows::plan_flow(&w).await;

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

    flows::sharing_together_backups(&w, PASS, &|path| harness.answer_next_choice(path)).await;

    let csp = w.csp_violations().await;
    assert_eq!(csp, json!([]), "the window's CSP blocked something");
    w.c.close().await.ok();
}

/// Issue 19, the team in the window (Chromium, the engine of WebView2): a worker enrols with
/// the code `tandem-server add-worker` prints (read first: server, OCMW, certificate), the top
/// bar says the store; the lead's room shows the team's deadlines by reference and gives a
/// cover; the secretary sets a session. Against the throw-away PostgreSQL of
/// `tests/team/with-postgres` (skipped, said aloud, without it).
#[tokio::test(flavor = "multi_thread")]
async fn the_team_screens_in_chromium() {
    let Some(server) = team::server() else { return };
    let tmp = tempfile::tempdir().expect("temp dir");
    std::env::set_var("TANDEM_DOCUMENTS", tmp.path().join("documents"));
    // The sync PostgreSQL client may not block inside the test's runtime: a thread of its own.
    let bart_dir = tmp.path().join("bart");
    let links = std::thread::spawn(move || {
        let (_team, links) = server.team(&[
            ("anna", tandem::store::team_schema::Role::Worker),
            ("bart", tandem::store::team_schema::Role::Worker),
            ("lena", tandem::store::team_schema::Role::Lead),
            ("sara", tandem::store::team_schema::Role::Secretary),
        ]);
        // Bart works in the core directly: a request received 40 days ago (its decision overdue).
        let mut bart = Tandem::new(&bart_dir).with_kdf(tandem::vault::KdfParams::TESTING);
        bart.call(
            "vault.create",
            json!({"passphrase": PASS, "profile": {"worker_name": "Bart Werker",
                   "ocmw_name": "OCMW Proefstad", "language": "en"}}),
        )
        .unwrap();
        bart.enrol(&tandem::store::enrol::encode(&links[1]))
            .unwrap();
        let person = bart
            .call("person.create", json!({"display_name": "Zora Synthetic"}))
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let received = (chrono::Local::now().date_naive() - chrono::Duration::days(40)).to_string();
        bart.call(
            "request.create",
            json!({"person_id": person, "received_on": received}),
        )
        .unwrap();
        // The lead gives Anna Bart's file for a week (the lead's window gives it again).
        let mut lead = Tandem::new(bart_dir.with_file_name("lead-core"))
            .with_kdf(tandem::vault::KdfParams::TESTING);
        lead.call(
            "vault.create",
            json!({"passphrase": PASS, "profile": {"worker_name": "Lena Lead",
                   "ocmw_name": "OCMW Proefstad", "language": "en"}}),
        )
        .unwrap();
        lead.work_in_team(&links[2]).unwrap();
        let until = (chrono::Local::now().date_naive() + chrono::Duration::days(7)).to_string();
        lead.call(
            "team.cover.give",
            json!({"person_id": person, "worker": links[0].login, "until": until}),
        )
        .unwrap();
        links
    })
    .join()
    .expect("the team and Bart's file");
    let code = |i: usize| tandem::store::enrol::encode(&links[i]);
    let port = free_port();
    let _driver = start_driver(port);
    tokio::time::timeout(Duration::from_secs(600), async {
        // Anna enrols in the window.
        let anna = tandem_chromium::start(&workspace().join("ui"), &tmp.path().join("anna"));
        let w = Window::open(port, &anna.url).await;
        flows::onboard(&w, PASS, false).await;
        flows::enrol_in_team(&w, &code(0), "team-01-enrolment-read", "team-02-joined").await;
        let store = w.text("#topbar-store").await;
        assert!(
            store.contains("anna"),
            "the top bar says the store: {store}"
        );
        // Bart's file, followed through the lead's cover: the banner says whose and until when.
        w.click("#set-back").await;
        w.visible("#screen-main").await;
        w.text_contains("#person-list", "Zora Synthetic").await;
        w.click("#person-list button[data-id]").await;
        w.visible("#cover-banner").await;
        w.text_contains("#cover-banner", "bart").await;
        w.shot("team-05-cover-banner").await;
        w.c.close().await.ok();

        // The lead: the team room is their home; Bart's overdue file by reference, no name.
        let lena = tandem_chromium::start(&workspace().join("ui"), &tmp.path().join("lena"));
        let w = Window::open(port, &lena.url).await;
        flows::onboard(&w, PASS, false).await;
        flows::enrol_in_team(&w, &code(2), "", "").await;
        w.click("#set-back").await;
        w.visible("#screen-team").await;
        let rows = w.text_contains("#team-deadline-rows", "bart").await;
        assert!(!rows.contains("Zora"), "a name in the lead's view: {rows}");
        w.select("#cover-worker", &links[0].login).await;
        w.click("#cover-give").await;
        w.text_contains("#team-cover-rows", "anna").await;
        w.shot("team-03-lead").await;
        w.axe("team-lead").await;
        w.c.close().await.ok();

        // The secretary sets a session.
        let sara = tandem_chromium::start(&workspace().join("ui"), &tmp.path().join("sara"));
        let w = Window::open(port, &sara.url).await;
        flows::onboard(&w, PASS, false).await;
        flows::enrol_in_team(&w, &code(3), "", "").await;
        w.click("#set-back").await;
        w.visible("#screen-team").await;
        w.fill("#session-place", "Raadzaal").await;
        w.click("#session-add").await;
        w.visible("#agenda-box").await;
        w.shot("team-04-secretary").await;
        w.axe("team-secretary").await;
        w.c.close().await.ok();
    })
    .await
    .expect("the team screens did not finish within 10 minutes");
}
