//! Tandem desktop shell: hands each UI call to the core's command surface, nothing more.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;
use tandem::{ErrorReply, Tandem};
use tauri::{Emitter, Manager};
use tauri_plugin_dialog::DialogExt;

#[cfg(windows)]
mod webview2;

struct Session(Mutex<Tandem>);

impl Session {
    fn get(&self) -> MutexGuard<'_, Tandem> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The one bridge: `invoke('call', {command, args})` runs a core command.
/// Async so that key derivation (about half a second) never freezes the window; on a blocking
/// thread, because the team store's client blocks on an async runtime of its own, which may
/// not start inside Tauri's.
#[tauri::command]
async fn call(
    app: tauri::AppHandle,
    command: String,
    args: Option<Value>,
) -> Result<Value, ErrorReply> {
    let worker = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        worker
            .state::<Session>()
            .get()
            .reply(&command, args.unwrap_or(Value::Null))
    })
    .await
    .unwrap_or_else(|e| {
        let session = app.state::<Session>();
        let session = session.get();
        Err(session.error_reply(&tandem::Error::Storage {
            detail: e.to_string(),
        }))
    })
}

/// Opens a saved document in the system's PDF viewer, to read or print it. The core checks
/// that the path is a PDF that Tandem saved in the documents folder.
#[tauri::command]
async fn open_document(state: tauri::State<'_, Session>, path: String) -> Result<(), ErrorReply> {
    let session = state.get();
    let file = tandem::api::saved_document(&path).map_err(|e| session.error_reply(&e))?;
    opener::open(&file).map_err(|e| {
        session.error_reply(&tandem::Error::Storage {
            detail: e.to_string(),
        })
    })
}

/// A backup now (into `folder`, else the automatic folder), reporting its progress as
/// `backup-progress` events `{done, total}` (pages) so that the window can show a bar.
#[tauri::command]
async fn backup(
    app: tauri::AppHandle,
    state: tauri::State<'_, Session>,
    folder: Option<String>,
) -> Result<Value, ErrorReply> {
    let mut session = state.get();
    let mut shown = u64::MAX;
    let result = session.backup_now(folder.as_deref(), &mut |done, total| {
        let percent = (done * 100).checked_div(total).unwrap_or(100);
        if percent != shown {
            shown = percent;
            let _ = app.emit(
                "backup-progress",
                serde_json::json!({"done": done, "total": total}),
            );
        }
    });
    match result {
        Ok(info) => serde_json::to_value(info).map_err(|e| {
            session.error_reply(&tandem::Error::Storage {
                detail: e.to_string(),
            })
        }),
        Err(e) => Err(session.error_reply(&e)),
    }
}

/// A folder (`kind` "folder") or an existing file ("file", `extensions` without the dot) chosen
/// in the system's dialog; `None` when the worker cancels. The path goes to the core as typed
/// paths did before: the core checks it.
#[tauri::command]
async fn choose(
    app: tauri::AppHandle,
    kind: String,
    extensions: Option<Vec<String>>,
    title: Option<String>,
) -> Result<Option<String>, String> {
    #[cfg(debug_assertions)]
    if let Some(answer) = test_choice() {
        return Ok(answer);
    }
    let mut dialog = app.dialog().file();
    if let Some(title) = title.filter(|t| !t.is_empty()) {
        dialog = dialog.set_title(title);
    }
    if let Some(extensions) = extensions.filter(|e| !e.is_empty()) {
        let refs: Vec<&str> = extensions.iter().map(String::as_str).collect();
        dialog = dialog.add_filter(refs.join(", "), &refs);
    }
    let picked = if kind == "folder" {
        dialog.blocking_pick_folder()
    } else {
        dialog.blocking_pick_file()
    };
    match picked {
        None => Ok(None),
        Some(path) => path
            .into_path()
            .map(|p| Some(p.to_string_lossy().into_owned()))
            .map_err(|e| e.to_string()),
    }
}

/// Window tests cannot drive the system's dialogs (GTK draws them outside the web view). In a
/// debug build only, and only when `TANDEM_TEST_CHOOSE` names a file, the dialog is not shown:
/// the answer is that file's one line (a path; empty or missing file = cancelled), and the file
/// is removed so that each answer serves once. A release build does not contain this function.
#[cfg(debug_assertions)]
fn test_choice() -> Option<Option<String>> {
    let file = std::env::var_os("TANDEM_TEST_CHOOSE").filter(|f| !f.is_empty())?;
    let answer = std::fs::read_to_string(&file).unwrap_or_default();
    let _ = std::fs::remove_file(&file);
    let path = answer.trim();
    Some((!path.is_empty()).then(|| path.to_string()))
}

/// `TANDEM_VAULT` if set (tests, a USB stick), else the platform's app-data folder.
fn vault_dir() -> PathBuf {
    std::env::var_os("TANDEM_VAULT")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(tandem::vault::default_dir)
        .unwrap_or_else(|| PathBuf::from("tandem-vault"))
}

fn main() {
    #[cfg(windows)]
    if !webview2::present() {
        std::process::exit(2);
    }
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(Session(Mutex::new(Tandem::new(vault_dir()))))
        .invoke_handler(tauri::generate_handler![
            call,
            open_document,
            backup,
            choose
        ])
        .setup(|app| {
            // Auto-lock even when the window is not asking anything.
            let handle = app.handle().clone();
            std::thread::spawn(move || loop {
                std::thread::sleep(Duration::from_secs(15));
                handle.state::<Session>().get().lock_if_idle();
            });
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|handle, event| {
            if let tauri::RunEvent::Exit = event {
                handle.state::<Session>().get().lock();
            }
        }),
        Err(e) => {
            eprintln!("Tandem could not start its window: {e}");
            std::process::exit(1);
        }
    }
}
