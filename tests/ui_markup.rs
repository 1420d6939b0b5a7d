//! The window never turns data into markup: no HTML sinks in ui/*.js, no inline scripts or
//! handlers in index.html (the CSP forbids them too; this catches them before the window does).

use std::path::Path;

#[test]
fn user_text_is_never_interpreted_as_markup() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let mut found = Vec::new();
    let mut scripts = 0;
    for entry in std::fs::read_dir(&ui).unwrap().flatten() {
        let path = entry.path();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
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
                    if line.contains(sink) {
                        found.push(format!("{name}:{}: {sink}: {}", n + 1, line.trim()));
                    }
                }
            }
        }
        if name.ends_with(".html") {
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
