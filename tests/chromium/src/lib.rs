//! Test-only HTTP harness: serves `ui/` on localhost and answers the UI's `invoke` calls with
//! the real core (`tandem::Tandem::reply`), so that the window's UI runs in plain Chromium.
//!
//! The UI is served as it is, whatever its layout (`ui/index.html`, `ui/screens/<name>/…`):
//! the only change is one `<script src>` added at the top of `index.html`'s head, which
//! defines `window.__TAURI__.core.invoke` (what `ui/api.js` calls) as a `fetch` to the harness.
//! The window's Content-Security-Policy from `tauri.conf.json` is sent as a header, with
//! `connect-src 'self'` instead of Tauri's IPC origins, so that the UI is held to it here too.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};
use tandem::Tandem;

const INJECTED: &str = include_str!("harness.js");
const INJECTED_PATH: &str = "/__tandem/harness.js";
const INVOKE_PATH: &str = "/__tandem/invoke";

/// A running harness: its address, and the answers the system's dialogs are to give.
pub struct Harness {
    pub url: String,
    choices: Arc<Mutex<VecDeque<String>>>,
}

impl Harness {
    /// The path the next folder or file dialog answers (`choose`), as a worker picks it.
    pub fn answer_next_choice(&self, path: &str) {
        self.choices
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push_back(path.to_string());
    }
}

/// The workspace root (where `ui/` and `src-tauri/` are).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("workspace root")
        .to_path_buf()
}

/// Serves `ui_dir` on a free port of 127.0.0.1 and answers `invoke` with a core over
/// `vault_dir`. The server's threads live as long as the test process.
pub fn start(ui_dir: &Path, vault_dir: &Path) -> Harness {
    let listener = TcpListener::bind(("127.0.0.1", 0)).expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("local address"));
    let core = Arc::new(Mutex::new(Tandem::new(vault_dir)));
    let ui = Arc::new(ui_dir.to_path_buf());
    let csp = Arc::new(window_csp());
    let choices = Arc::new(Mutex::new(VecDeque::new()));
    let answers = choices.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (core, ui, csp, answers) = (core.clone(), ui.clone(), csp.clone(), answers.clone());
            std::thread::spawn(move || {
                let _ = serve(stream, &core, &ui, &csp, &answers);
            });
        }
    });
    Harness { url, choices }
}

/// The window's CSP from `src-tauri/tauri.conf.json`, IPC origins replaced by `'self'`.
fn window_csp() -> String {
    let conf = workspace().join("src-tauri/tauri.conf.json");
    let conf: Value = serde_json::from_slice(&std::fs::read(&conf).expect("tauri.conf.json"))
        .expect("tauri.conf.json is JSON");
    let Some(map) = conf["app"]["security"]["csp"].as_object() else {
        return String::new();
    };
    map.iter()
        .map(|(k, v)| {
            let v = if k == "connect-src" {
                "'self'"
            } else {
                v.as_str().unwrap_or("")
            };
            format!("{k} {v}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn serve(
    stream: TcpStream,
    core: &Mutex<Tandem>,
    ui: &Path,
    csp: &str,
    answers: &Mutex<VecDeque<String>>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("/").to_string();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = h.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body)?;
    let path = target.split(['?', '#']).next().unwrap_or("/");

    let (status, kind, bytes) = if method == "POST" && path == INVOKE_PATH {
        let answer = invoke(core, &body, answers);
        (
            "200 OK",
            "application/json",
            answer.to_string().into_bytes(),
        )
    } else if path == INJECTED_PATH {
        ("200 OK", "text/javascript", INJECTED.as_bytes().to_vec())
    } else {
        match file(ui, path) {
            Some((kind, bytes)) => ("200 OK", kind, bytes),
            None => ("404 Not Found", "text/plain", b"not found".to_vec()),
        }
    };
    let mut out = stream;
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {csp}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        bytes.len()
    )?;
    out.write_all(&bytes)?;
    out.flush()
}

/// One `invoke(cmd, args)` of the UI, answered by the core as the Tauri shell does
/// (src-tauri/src/main.rs): `{ok: value}` or `{error: {code, message, field?}}`. A dialog
/// (`choose`) answers the path the test queued, or nothing (cancelled).
fn invoke(core: &Mutex<Tandem>, body: &[u8], answers: &Mutex<VecDeque<String>>) -> Value {
    let request: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let args = &request["args"];
    let mut t = core.lock().unwrap_or_else(|p| p.into_inner());
    let result = match request["cmd"].as_str().unwrap_or("") {
        "call" => t.reply(
            args["command"].as_str().unwrap_or(""),
            args.get("args").cloned().unwrap_or(Value::Null),
        ),
        "open_document" => {
            // No PDF viewer here: the core's check of the path is what is exercised.
            tandem::api::saved_document(args["path"].as_str().unwrap_or(""))
                .map(|_| Value::Null)
                .map_err(|e| t.error_reply(&e))
        }
        "backup" => {
            let folder = args["folder"].as_str().map(str::to_string);
            match t.backup_now(folder.as_deref(), &mut |_, _| {}) {
                Ok(info) => serde_json::to_value(info).map_err(|e| {
                    t.error_reply(&tandem::Error::Storage {
                        detail: e.to_string(),
                    })
                }),
                Err(e) => Err(t.error_reply(&e)),
            }
        }
        "choose" => Ok(answers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop_front()
            .map_or(Value::Null, Value::String)),
        other => Err(t.error_reply(&tandem::Error::Storage {
            detail: format!("the harness does not know the Tauri command {other:?}"),
        })),
    };
    match result {
        Ok(v) => json!({ "ok": v }),
        Err(e) => json!({ "error": e }),
    }
}

/// A file of `ui/` (no way out of it), `index.html` with the harness script injected.
fn file(ui: &Path, path: &str) -> Option<(&'static str, Vec<u8>)> {
    let rel = path.trim_start_matches('/');
    let rel = if rel.is_empty() { "index.html" } else { rel };
    let rel = Path::new(rel);
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    let full = ui.join(rel);
    let bytes = std::fs::read(&full).ok()?;
    let kind = match full.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "text/plain; charset=utf-8",
    };
    if rel == Path::new("index.html") {
        let html = String::from_utf8(bytes).ok()?;
        let tag = format!("<script src=\"{INJECTED_PATH}\"></script>");
        let at = html.find("<head>").map(|i| i + "<head>".len()).unwrap_or(0);
        let mut out = html;
        out.insert_str(at, &tag);
        return Some((kind, out.into_bytes()));
    }
    Some((kind, bytes))
}
