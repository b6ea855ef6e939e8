//! Replacing a file so that readers see the old text or the new, never a
//! mix: the ledger and the baseline are both written this way.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder `path` is in (`.` for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `text` to a temporary file in `path`'s folder, syncs it, and
/// renames it over `path`, then syncs the folder so the rename is durable.
/// `before_rename` runs between the write and the rename (tests use it to
/// crash there).
pub(crate) fn replace_file(
    path: &Path,
    text: &[u8],
    before_rename: impl FnOnce() -> std::io::Result<()>,
) -> std::io::Result<()> {
    let folder = folder_of(path);
    let mut temporary = tempfile::NamedTempFile::new_in(&folder)?;
    temporary.write_all(text)?;
    temporary.as_file().sync_all()?;
    before_rename()?;
    temporary.persist(path).map_err(|e| e.error)?;
    if let Ok(dir) = std::fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}
