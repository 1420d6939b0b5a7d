//! What both window tests share (the real window through tauri-driver, and Chromium): a free port, axe-core and the keyboard check on every screen they visit.
//!
//! Included by `tests/e2e/tests/window.rs` and `tests/chromium/tests/ui.rs` as a module
//! (`#[path]`); not a test target of its own.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::{Client, Locator};
use serde_json::json;

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// The repository's root (both test crates sit two folders below it).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("workspace root")
        .to_path_buf()
}

/// axe-core's script, installed by `./dev test` into target/npm (or `AXE_JS`).
pub fn axe_source() -> String {
    let path = std::env::var_os("AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/npm/node_modules/axe-core/axe.min.js"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core is needed at {} ({e}): ./dev test installs it with npm",
            path.display()
        )
    })
}

/// Runs axe-core (WCAG 2.1 A and AA rules) on the page `c` shows and fails on any serious or
/// critical violation, naming the rule and the elements; then checks that the keyboard reaches
/// every visible control. `engine` names the browser in the failure.
pub async fn check_accessibility(c: &Client, screen: &str, engine: &str) {
    let loaded = c
        .execute("return typeof window.axe !== 'undefined';", vec![])
        .await
        .expect("look for axe");
    if loaded != json!(true) {
        c.execute(&format!("{}\nreturn true;", axe_source()), vec![])
            .await
            .expect("inject axe-core");
    }
    let result = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {runOnly: {type: 'tag',
                 values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(r => done({passes: r.passes.length, violations: r.violations
                   .filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => ({id: v.id, impact: v.impact, help: v.help,
                               nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + '  ' + n.html.slice(0, 160))}))}))
               .catch(e => done({passes: 0, violations: [{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]}));",
            vec![],
        )
        .await
        .expect("run axe-core");
    assert!(
        result["passes"].as_u64().unwrap_or(0) > 10,
        "axe-core did not really run on {screen}: {result}"
    );
    let mut violations = result["violations"].as_array().cloned().unwrap_or_default();
    // Keyboard: every visible control can take the focus (no tabindex="-1" on a button,
    // a link or a field that is not disabled), and no positive tabindex reorders them.
    let unreachable = c
        .execute(
            "const seen = el => el.getClientRects().length > 0 && !el.closest('[hidden],[inert]');
             const controls = [...document.querySelectorAll('button, a[href], input, select, textarea')]
               .filter(el => seen(el) && !el.disabled && el.tabIndex < 0);
             const reordered = [...document.querySelectorAll('[tabindex]')].filter(el => el.tabIndex > 0);
             return controls.concat(reordered)
               .map(el => el.outerHTML.slice(0, 160));",
            vec![],
        )
        .await
        .expect("keyboard check");
    if let Some(list) = unreachable.as_array().filter(|l| !l.is_empty()) {
        violations.push(json!({"id": "keyboard", "impact": "serious",
                               "help": "controls that the keyboard cannot reach", "nodes": list}));
    }
    // One heading hierarchy per screen: the first heading shown is the only h1, and no level
    // is skipped on the way down (h1 → h2 → h3).
    let headings = c
        .execute(
            "const seen = el => el.getClientRects().length > 0 && !el.closest('[hidden],[inert]');
             const hs = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].filter(seen);
             const level = h => h.hasAttribute('aria-level') ? Number(h.getAttribute('aria-level')) : Number(h.tagName.slice(1));
             const name = h => h.tagName.toLowerCase() + ' ' + (h.id ? '#' + h.id + ' ' : '') + JSON.stringify(h.textContent.trim().slice(0, 60));
             const out = [];
             let prev = 0;
             for (const h of hs) {
               const l = level(h);
               if (prev === 0 && l !== 1) out.push('the first heading is not an h1: ' + name(h));
               else if (prev !== 0 && l === 1) out.push('a second h1: ' + name(h));
               else if (prev !== 0 && l > prev + 1) out.push('h' + prev + ' then ' + name(h));
               prev = l;
             }
             return out;",
            vec![],
        )
        .await
        .expect("heading check");
    if let Some(list) = headings.as_array().filter(|l| !l.is_empty()) {
        violations.push(json!({"id": "headings", "impact": "serious",
                               "help": "one heading hierarchy per screen (h1 → h2 → h3)", "nodes": list}));
    }
    assert!(
        violations.is_empty(),
        "accessibility violations on screen {screen} ({engine}):\n{}",
        serde_json::to_string_pretty(&violations).unwrap_or_default()
    );
}

/// The window under test, whichever engine draws it; each test adds its own ways to open it and
/// its own steps.
pub struct Window {
    pub c: Client,
    /// Where screenshots go.
    pub shots: PathBuf,
    /// Named in failures: "WebKit" (the real window) or "Chromium".
    pub engine: &'static str,
}

impl Window {
    pub async fn fill(&self, css: &str, text: &str) {
        let el = self
            .c
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        el.clear().await.ok();
        el.send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing in {css}: {e}"));
    }

    /// Finds and clicks `css`, again if the list re-rendered under the pointer (a stale node).
    pub async fn click(&self, css: &str) {
        let start = Instant::now();
        loop {
            let attempt = match self.c.find(Locator::Css(css)).await {
                Ok(el) => {
                    // Centre it first: the fixed top bar and footer must not cover it.
                    if let Ok(arg) = serde_json::to_value(&el) {
                        let _ = self
                            .c
                            .execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg])
                            .await;
                    }
                    el.click().await
                }
                Err(e) => Err(e),
            };
            match attempt {
                Ok(()) => return,
                Err(e) if start.elapsed() < Duration::from_secs(10) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(150)).await;
                }
                Err(e) => panic!("clicking {css}: {e}"),
            }
        }
    }

    pub async fn scroll_to(&self, css: &str) {
        let el = self
            .c
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        let arg = serde_json::to_value(&el).expect("element reference");
        self.c
            .execute("arguments[0].scrollIntoView({block: 'start'});", vec![arg])
            .await
            .expect("scroll");
    }

    pub async fn text(&self, css: &str) -> String {
        self.c
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .text()
            .await
            .unwrap_or_default()
    }

    /// Waits until the text of `css` contains `needle`.
    pub async fn text_contains(&self, css: &str, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let t = self.text(css).await;
            if t.contains(needle) {
                return t;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{css} never contained {needle:?}; it reads {t:?}"
            );
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// A screenshot of the screen as it is, and an accessibility check of it.
    pub async fn shot(&self, name: &str) {
        let png = self.c.screenshot().await.expect("screenshot");
        std::fs::write(self.shots.join(format!("{name}.png")), png).expect("write screenshot");
        self.axe(name).await;
    }

    /// axe-core and the keyboard check on the screen as it is (`shared::check_accessibility`).
    pub async fn axe(&self, screen: &str) {
        check_accessibility(&self.c, screen, self.engine).await;
    }
}

/// A WebDriver server and everything it started (the browser, the app), stopped when the test
/// ends, even on failure: it runs in its own process group and the whole group is killed.
pub struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            let group = format!("-{}", self.0.id());
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `cmd` (a WebDriver server told to listen on `port`) in its own process group and
/// waits until it listens; `missing` says how to install it when it cannot start.
pub fn start_driver(mut cmd: Command, port: u16, missing: &str) -> Driver {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("{missing} ({e})"));
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the WebDriver server did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Driver(child)
}

/// The steps both engines take the same way.
impl Window {
    /// Waits until `css` is in the page and not `hidden`; on failure, a screenshot
    /// (`failure.png`) and what the screen read instead.
    pub async fn visible(&self, css: &str) {
        let found = self
            .c
            .wait()
            .at_most(Duration::from_secs(30))
            .for_element(Locator::Css(&format!("{css}:not([hidden])")))
            .await;
        if let Err(e) = found {
            if let Ok(png) = self.c.screenshot().await {
                let _ = std::fs::write(self.shots.join("failure.png"), png);
            }
            let body = self
                .c
                .execute("return document.body.innerText;", vec![])
                .await
                .unwrap_or_default();
            panic!(
                "{css} did not appear ({}): {e}; the screen reads {body}",
                self.engine
            );
        }
    }

    /// Waits until `css` has non-empty text and returns it.
    pub async fn text_appears(&self, css: &str) -> String {
        let start = Instant::now();
        loop {
            let t = self.text(css).await;
            if !t.trim().is_empty() {
                return t;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{css} stayed empty"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn select(&self, css: &str, value: &str) {
        let el = self
            .c
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        // In the middle of the screen first: at its edge the fixed banner can cover the list
        // (WebKit's driver then fails the choice without a message).
        let arg = serde_json::to_value(&el).expect("element reference");
        self.c
            .execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg])
            .await
            .expect("scroll");
        el.select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("choosing {value} in {css}: {e}"));
    }

    /// Draws a wavy stroke on a signature pad with the mouse (real WebDriver pointer input).
    pub async fn draw_signature(&self, css: &str) {
        self.scroll_to(css).await;
        let pad = self
            .c
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        let mut mouse = MouseActions::new("mouse".into())
            .then(PointerAction::MoveToElement {
                element: pad,
                duration: None,
                x: -120.0,
                y: 0.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            });
        for i in 0..12 {
            let dy = if i % 2 == 0 { 18.0 } else { -18.0 };
            mouse = mouse.then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(40)),
                x: 20.0,
                y: dy,
            });
        }
        mouse = mouse.then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
        self.c
            .perform_actions(mouse)
            .await
            .unwrap_or_else(|e| panic!("drawing on {css}: {e}"));
    }

    /// True when `css` is rendered: found, and neither it nor an ancestor is display: none.
    pub async fn displayed(&self, css: &str) -> bool {
        match self.c.find(Locator::Css(css)).await {
            Ok(el) => el.is_displayed().await.unwrap_or(false),
            Err(_) => false,
        }
    }

    /// Waits until `css` is rendered (`wanted` true) or no longer rendered (false).
    pub async fn displayed_becomes(&self, css: &str, wanted: bool) {
        let start = Instant::now();
        while self.displayed(css).await != wanted {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{css}: displayed never became {wanted}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Everything the page shows as text (what a reader or a screen reader can reach).
    pub async fn body_text(&self) -> String {
        self.c
            .execute("return document.body.innerText;", vec![])
            .await
            .expect("body text")
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
    /// Waits until the field's value (as the screens read it) is `wanted`.
    pub async fn value_becomes(&self, css: &str, wanted: &str) {
        let start = Instant::now();
        loop {
            let v = self
                .c
                .execute(
                    "const e = document.querySelector(arguments[0]); return e ? e.value : null;",
                    vec![json!(css)],
                )
                .await
                .expect("value");
            if v.as_str() == Some(wanted) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{css} is {v}, not {wanted:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
