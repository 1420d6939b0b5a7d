//! Files and folders private to the user: 0700 folders and 0600 files on Unix; on Windows
//! they live in the user's own profile, whose access list already keeps others out.

use std::path::Path;

use crate::error::Result;

/// Makes a folder Tandem created readable by the user only.
pub fn dir(path: &Path) -> Result<()> {
    set(path, 0o700)
}

/// Creates a folder (and its parents) for Tandem's files, the user's only; a folder that is
/// already there (one the user chose) is left as it is.
pub fn create_dir(path: &Path) -> Result<()> {
    if !path.exists() {
        std::fs::create_dir_all(path)?;
        dir(path)?;
    }
    Ok(())
}

/// Makes a file Tandem wrote readable by the user only.
pub fn file(path: &Path) -> Result<()> {
    set(path, 0o600)
}

#[cfg(unix)]
fn set(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    Ok(())
}

#[cfg(not(unix))]
fn set(_path: &Path, _mode: u32) -> Result<()> {
    Ok(())
}
