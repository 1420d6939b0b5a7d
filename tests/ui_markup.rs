//! The window never turns data into markup: no HTML sinks in ui/**/*.js but the one that puts each
//! screen's constant markup (ui/screens/<screen>/markup.js, no interpolation) into its room, no
//! inline scripts or handlers in index.html or that markup (the CSP forbids them too; this catches
//! them before the window does).

use std::path::{Path, PathBuf};

/// The one markup sink: rooms.js puts each screen's constant markup module into its container.
const ROOMS_SINK: (&str, &str) = (
    "rooms.js",
    "for (const [name, html] of Object.entries(MARKUP)) $(`screen-${name}`).innerHTML = html;",
);

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn user_text_is_never_interpreted_as_markup() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let mut found = Vec::new();
    let mut scripts = 0;
    for path in files_under(&ui) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let markup = name == "markup.js";
        if markup && text.contains("${") {
            found.push(format!(
                "{}: markup must be constant (no ${{…}})",
                path.display()
            ));
        }
        if name.ends_with(".js") {
            scripts += 1;
            for sink in [
                "innerHTML",
                "outerHTML",
                "insertAdjacentHTML",
                "document.write",
                "eval(",
                "new Function",
                "createContextualFragment",
                "DOMParser",
                "srcdoc",
            ] {
                for (n, line) in text.lines().enumerate() {
                    if line.contains(sink) && (name.as_str(), line.trim()) != ROOMS_SINK {
                        found.push(format!("{name}:{}: {sink}: {}", n + 1, line.trim()));
                    }
                }
            }
        }
        if name.ends_with(".html") || markup {
            for (n, line) in text.lines().enumerate() {
                let l = line.to_ascii_lowercase();
                let inline_script = l.contains("<script") && !l.contains(" src=");
                let handler = l
                    .split_whitespace()
                    .any(|w| w.starts_with("on") && w.contains("=\""));
                let style_attr = l.contains(" style=\"");
                if inline_script || handler || style_attr {
                    found.push(format!("{name}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(scripts > 5, "the ui/ scripts were not found");
    assert!(
        found.is_empty(),
        "markup sinks or inline code:\n{}",
        found.join("\n")
    );
}
