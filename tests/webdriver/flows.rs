//! The flows both window tests drive (the real window through tauri-driver, and the UI in Chromium): onboarding, a request to its calculation, the report read together and signed, the support plan, sharing, together mode and backups.
//!
//! Included by `tests/e2e/tests/window.rs` and `tests/chromium/tests/ui.rs` as a module
//! (`#[path]`), beside `shared.rs`; each engine opens its window and answers the system's
//! dialogs its own way (`answer`).

use fantoccini::Locator;
use serde_json::json;

use crate::shared::Window;

pub async fn onboard(w: &Window, pass: &str, shots: bool) {
    // Onboarding: the first run asks for the worker profile and a passphrase.
    w.visible("#screen-onboarding").await;
    w.select("#lang-select", "en").await;
    w.text_appears("#screen-onboarding h1").await;
    w.fill("#onb-worker", "Wendy Werker").await;
    w.fill("#onb-ocmw", "OCMW Synthetica").await;
    w.fill("#onb-ocmw-address", "Dorpsplein 1, 9999 Nergensdorp")
        .await;
    w.fill(
        "#onb-court-address",
        "Arbeidsrechtbank, Gerechtsstraat 2, 9999 Nergensdorp",
    )
    .await;
    w.fill("#onb-passphrase", pass).await;
    w.fill("#onb-passphrase2", pass).await;
    if shots {
        w.shot("01-onboarding").await;
    }
    w.click("#onb-submit").await;

    // The recovery code is shown once; continuing needs the confirmation.
    w.visible("#screen-recovery").await;
    let code = w.text_appears("#recovery-code").await;
    assert_eq!(code.trim().len(), 39, "recovery code looks wrong: {code:?}");
    if shots {
        w.shot("02-recovery-code").await;
    }
    w.click("#recovery-confirm").await;
    w.click("#recovery-continue").await;

    w.visible("#screen-main").await;
}

/// A person and a request received today, to its calculation: residence met, €500 of wages a
/// month, category single.
pub async fn request_to_calculation(w: &Window) {
    w.click("#new-person").await;
    w.fill("#p-display-name", "Rosalind").await;
    w.click("#p-save").await;
    w.text_appears("#p-status").await;

    // A new request from the person: received today, by the worker.
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
    let cards =
        w.c.find_all(Locator::Css("#conditions-list > section"))
            .await
            .expect("condition cards");
    assert_eq!(cards.len(), 6, "exactly six condition cards");
    let tiles =
        w.c.find_all(Locator::Css("#cond-tiles .cond-tile"))
            .await
            .expect("condition tiles");
    assert_eq!(tiles.len(), 6, "exactly six condition tiles");

    // Residence: its tile opens its card; met, with the worker's explanation, saved as typed.
    w.click("#cond-tile-residence").await;
    w.visible("#cond-residence").await;
    w.click("#cond-residence-finding-met").await;
    w.fill(
        "#cond-residence-explanation",
        "Lives at the address since 2021; visit on record.",
    )
    .await;
    w.text_contains("#req-save-state", "Saved").await;
    w.text_contains("#cond-tile-residence-finding", "met").await;
    w.shot("09-request-conditions").await;

    // Resources: €500 of wages a month.
    w.scroll_to("#resources").await;
    w.select("#res-kind", "wages").await;
    w.select("#res-whose", "applicant").await;
    w.fill("#res-amount", "500,00").await;
    w.select("#res-period", "month").await;
    w.click("#res-add").await;
    w.text_contains("#resource-rows", "500").await;

    // Category single, then the calculation with its steps:
    // €6,000 − €250 = €5,750 counted; €15,770.41 − €5,750 = €10,020.41 a year, €835.03 a month.
    w.scroll_to("#category").await;
    w.click("#cat-choice-single").await;
    w.text_contains("#calc-yearly", "10,020.41").await;
    w.text_contains("#calc-monthly", "835.03").await;
    let steps =
        w.c.find_all(Locator::Css("#calc-steps li"))
            .await
            .expect("calculation steps");
    assert!(steps.len() >= 4, "too few steps: {}", steps.len());
    w.text_contains("#calc-steps", "€250.00").await;
    w.scroll_to("#calculation").await;
    w.shot("10-request-calculation").await;
}

/// Compose → read together → remarks → both sign on the pad → frozen version → PDF saved.
pub async fn report_flow(w: &Window) {
    w.scroll_to("#report").await;
    w.fill(
        "#report-proposal",
        "I propose to grant the leefloon as a single person from the date of the request.",
    )
    .await;
    w.click("#report-compose").await;
    // Enabled once the composed report is there (compose may take a moment on a busy machine).
    w.visible("#report-review:not([disabled])").await;
    w.click("#report-review").await;
    w.visible("#screen-review").await;
    w.text_contains("#screen-review", "1. Residence").await;
    w.text_contains("#screen-review", "6. Claiming other benefits first")
        .await;
    w.shot("11-review-together").await;

    w.fill(
        "#review-remarks",
        "I started a new job last week; the first pay comes in March.",
    )
    .await;
    w.click("#review-remarks-save").await;
    w.text_appears("#review-remarks-status").await;
    w.click("#review-read-together").await;
    // The pads open once the reading is recorded.
    w.visible("#sign-worker:not([disabled])").await;
    w.draw_signature("#pad-worker").await;
    w.click("#sign-worker").await;
    // The worker's signature recorded first: its answer moves the focus (and the page) to the
    // person's pad, which must not happen while the person's stroke is drawn.
    w.text_appears("#sign-worker-status").await;
    w.visible("#sign-person:not([disabled])").await;
    w.draw_signature("#pad-person").await;
    w.shot("12-signature-pads").await;
    w.click("#sign-person").await;
    w.visible("#review-frozen").await;

    // Back on the request page: version 1 is frozen with its fingerprint.
    w.click("#review-back").await;
    w.visible("#screen-request").await;
    w.scroll_to("#report").await;
    w.text_contains("#report-versions", "1").await;
    w.click("#report-save-pdf").await;
    w.text_contains("#report", ".pdf").await;
    w.shot("13-report-signed").await;
}

/// Opens a support plan, adds a goal and a commitment, ends it, and sees that the income
/// request page reads exactly as before.
pub async fn plan_flow(w: &Window) {
    w.visible("#screen-request").await;
    let cards = [
        "#conditions-list",
        "#resource-rows",
        "#calc-steps",
        "#calc-yearly",
        "#cat-current",
        "#cat-proposal-reason",
    ];
    let mut before = Vec::new();
    for c in cards {
        before.push(w.text(c).await);
    }

    w.click("#req-back").await;
    w.visible("#screen-main").await;
    w.scroll_to("#support").await;
    w.click("#support-yes").await;
    w.visible("#screen-plan").await;
    // The plan is read from the core as the page opens: its fields take input once shown.
    w.click("#goal-text").await;
    w.fill("#goal-text", "Learn to cook simple meals for my son")
        .await;
    w.click("#goal-add").await;
    w.text_contains("#goal-list", "Learn to cook simple meals")
        .await;
    w.fill(
        "#commitment-text",
        "Check the right to a social energy tariff",
    )
    .await;
    w.fill("#commitment-who", "Wendy").await;
    w.click("#commitment-add").await;
    w.text_contains("#commitment-list", "social energy tariff")
        .await;
    w.shot("14-support-plan").await;
    w.scroll_to("#plan-end").await;
    w.click("#plan-end").await;
    w.text_contains("#plan-state", "Ended").await;
    w.shot("15-support-plan-ended").await;

    // The income side is unchanged by any of it.
    w.click("#plan-back").await;
    w.visible("#screen-main").await;
    w.click("#request-list button.request-item[data-id]").await;
    w.visible("#screen-request").await;
    w.text_contains("#calc-yearly", "10,020.41").await;
    for (c, b) in cards.iter().zip(before) {
        let after = w.text(c).await;
        assert_eq!(after, b, "{c} changed after the support plan");
        assert!(!after.contains("cook") && !after.contains("energy tariff"));
    }
}

/// Consent → a share through the gate → a refused share → the person's copy → together mode,
/// where nothing of the other person is on screen → back to the list → a backup and its
/// restore (the backup file chosen in the system's dialog, answered by `answer`).
pub async fn sharing_together_backups(w: &Window, pass: &str, answer: &dyn Fn(&str)) {
    const FIRST: &str = "Aurelia Eerstens";
    const SECOND: &str = "Bram Tweedeman";

    // Two persons; the second stays open.
    for name in [FIRST, SECOND] {
        w.click("#new-person").await;
        w.fill("#p-display-name", name).await;
        w.click("#p-save").await;
        w.text_appears("#p-status").await;
        w.text_contains("#person-list", name).await;
    }
    w.text_contains("#p-heading", SECOND).await;
    w.visible("#sharing").await;

    // The person's consent, covering every part of the file (given today by default).
    w.scroll_to("#sharing").await;
    w.fill("#consent-org", "CAW Synthetica").await;
    w.fill("#consent-role", "social worker").await;
    w.fill("#consent-purpose", "Help with finding a home").await;
    for part in ["identity", "household", "income", "report", "plan"] {
        w.click(&format!("#consent-part-{part}")).await;
    }
    w.click("#consent-give").await;
    w.text_contains("#consent-list", "CAW Synthetica").await;
    w.visible("#consent-list .consent-withdraw").await;

    // A share on that consent, with the three conditions of shared professional secrecy.
    w.c.find(Locator::Css("#share-consent"))
        .await
        .expect("#share-consent")
        .select_by_index(1)
        .await
        .expect("choosing the consent");
    w.fill("#share-what", "Household composition, by phone")
        .await;
    w.click("#share-part-household").await;
    for c in ["secrecy", "necessary", "consent"] {
        w.click(&format!("#share-cond-{c}")).await;
    }
    w.click("#share-submit:not([disabled])").await;
    w.text_contains("#share-log", "Household composition, by phone")
        .await;

    // One condition left unticked: nothing is shared, and the form says why.
    w.fill("#share-what", "Income details").await;
    w.click("#share-part-income").await;
    w.click("#share-cond-secrecy").await;
    w.click("#share-cond-necessary").await;
    w.click("#share-submit:not([disabled])").await;
    let refusal = w.text_appears("#share-error").await;
    assert!(!refusal.trim().is_empty());
    assert!(
        !w.text("#share-log").await.contains("Income details"),
        "a share without its three conditions was recorded"
    );

    // The person's own copy: saved, with its path shown.
    w.click("#person-export:not([disabled])").await;
    w.text_contains("#person-export-result", ".pdf").await;
    w.scroll_to("#sharing").await;
    w.shot("16-sharing").await;

    // Together mode: the banner, large type, and nothing about anyone else.
    w.visible("#together-toggle").await;
    w.click("#together-toggle").await;
    w.visible("#together-banner").await;
    assert!(w.displayed("#together-banner").await);
    w.displayed_becomes("#person-list", false).await;
    w.displayed_becomes("#search-input", false).await;
    w.displayed_becomes("#new-person", false).await;
    assert!(!w.displayed("#settings-button").await);
    let focused =
        w.c.execute(
            "return document.activeElement ? document.activeElement.id : '';",
            vec![],
        )
        .await
        .expect("active element");
    assert_eq!(focused.as_str(), Some("together-banner-title"));
    assert!(w.displayed("#sharing p.why").await, "no 'why we ask' text");
    let text = w.body_text().await;
    assert!(
        !text.contains(FIRST),
        "the other person is on screen in together mode"
    );
    assert!(text.contains(SECOND));
    w.shot("17-together-mode").await;

    // The worker's own hints are hidden while the person reads along; so is the footer (the
    // banner says what is true).
    assert!(
        !w.displayed("#share-doc-hint").await,
        "a worker's hint in together mode"
    );
    assert!(!w.displayed("#screen-footer").await);

    // Leaving is one button; the list of other persons stays closed until the worker opens it.
    w.click("#together-leave").await;
    w.displayed_becomes("#together-banner", false).await;
    w.displayed_becomes("#others-open", true).await;
    assert!(
        !w.displayed("#person-list").await,
        "the list came back by itself"
    );
    assert!(!w.displayed("#search-input").await);
    assert!(
        !w.body_text().await.contains(FIRST),
        "the other person is on screen right after together mode"
    );
    assert!(!w.displayed("#sharing p.why").await);
    assert!(w.displayed("#share-doc-hint").await);
    // One person's page: the footer says the screen can be read along.
    assert!(w.displayed("#screen-footer").await);
    assert_eq!(
        w.c.execute(
            "return document.getElementById('screen-footer').classList.contains('footer-warning');",
            vec![]
        )
        .await
        .expect("footer"),
        json!(false)
    );
    w.click("#others-open").await;
    w.displayed_becomes("#person-list", true).await;
    w.displayed_becomes("#search-input", true).await;
    w.text_contains("#person-list", FIRST).await;
    assert!(!w.displayed("#others-open").await);
    // Other persons listed: the footer warns instead.
    assert_eq!(
        w.c.execute(
            "return document.getElementById('screen-footer').classList.contains('footer-warning');",
            vec![]
        )
        .await
        .expect("footer"),
        json!(true)
    );

    // A backup with its progress, then a checked restore of it from the same screen. The
    // settings list no person: no footer there.
    w.click("#settings-button").await;
    w.visible("#backup-now").await;
    assert!(
        !w.displayed("#screen-footer").await,
        "the footer in the settings"
    );
    w.click("#backup-now:not([disabled])").await;
    let saved = w.text_contains("#backup-status", ".tandem-backup").await;
    let path = saved
        .split_whitespace()
        .find(|p| p.ends_with(".tandem-backup"))
        .expect("the saved backup's path")
        .to_string();
    w.scroll_to("#backups").await;
    w.shot("18-backups").await;
    // The backup file is chosen in the system's dialog (answered by the test, see
    // answer_next_dialog), never typed.
    answer(&path);
    w.click("#restore-path-choose").await;
    w.value_becomes("#restore-path", &path).await;
    w.fill("#restore-pass", pass).await;
    w.click("#restore-start:not([disabled])").await;
    w.visible("#restore-confirm").await;
    w.shot("19-restore-confirm").await;
    w.click("#restore-confirm:not([disabled])").await;
    w.text_contains("#restore-status", "before-restore").await;
    // The restored vault is open, with both persons.
    w.scroll_to("#set-back").await;
    w.click("#set-back").await;
    w.text_contains("#person-list", FIRST).await;
    w.text_contains("#person-list", SECOND).await;
}

/// Settings, Work in a team: the enrolment code read (a shot: server, OCMW, certificate), then
/// joined (a shot); the top bar then names the team.
pub async fn enrol_in_team(w: &Window, code: &str, read_shot: &str, joined_shot: &str) {
    w.click("#settings-button").await;
    w.visible("#screen-settings").await;
    w.scroll_to("#team-card").await;
    w.fill("#team-code", code).await;
    w.click("#team-read").await;
    w.visible("#team-preview").await;
    w.text_contains("#team-preview-ocmw", "OCMW Proefstad")
        .await;
    if !read_shot.is_empty() {
        w.scroll_to("#team-card").await;
        w.shot(read_shot).await;
    }
    w.click("#team-enrol").await;
    w.visible("#team-leave-box").await;
    w.text_contains("#topbar-store", "Team").await;
    if !joined_shot.is_empty() {
        w.scroll_to("#team-card").await;
        w.shot(joined_shot).await;
    }
}
