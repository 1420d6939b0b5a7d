//! Windows: before the window opens, checks that the WebView2 runtime is there, and if not says so in a message box.

use tandem::i18n::{catalogs, Lang};
use windows_sys::Win32::Globalization::GetUserDefaultUILanguage;
use windows_sys::Win32::UI::WindowsAndMessaging::{MessageBoxW, MB_ICONEXCLAMATION, MB_OK};

/// True when the WebView2 runtime answers. Otherwise the worker is told, in the language of
/// Windows, what is missing and what to do (the vault is not touched), and false is returned.
pub fn present() -> bool {
    let missing = match tauri::webview_version() {
        Ok(_) => return true,
        Err(e) => e.to_string(),
    };
    let lang = windows_language();
    let i18n = catalogs();
    let title = i18n.message(lang, "webview-missing-title", &[]);
    let body = i18n.message(lang, "webview-missing-body", &[]);
    // Also on stderr, for a start from a terminal (and the Wine test, which has no one to
    // click the box away).
    eprintln!("{title}: {body} ({missing})");
    let wide = |s: &str| s.encode_utf16().chain(Some(0)).collect::<Vec<u16>>();
    let (title, body) = (wide(&title), wide(&body));
    // SAFETY: both strings are NUL-terminated UTF-16 buffers that outlive the call; no owner window.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            body.as_ptr(),
            title.as_ptr(),
            MB_OK | MB_ICONEXCLAMATION,
        );
    }
    false
}

/// The language of the Windows user interface, if Tandem speaks it; else English.
fn windows_language() -> Lang {
    // SAFETY: no arguments, returns a LANGID.
    let langid = unsafe { GetUserDefaultUILanguage() };
    // The primary language is the low 10 bits (LANG_DUTCH 0x13, LANG_FRENCH 0x0c, LANG_GERMAN 0x07).
    match langid & 0x3ff {
        0x13 => Lang::Nl,
        0x0c => Lang::Fr,
        0x07 => Lang::De,
        _ => Lang::En,
    }
}
