//! Build script of the desktop shell: lets tauri-build embed the config, the icons and the ui/.
fn main() {
    tauri_build::build()
}
