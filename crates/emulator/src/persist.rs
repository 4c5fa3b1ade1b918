//! The state file: JSON, written atomically (a temporary file in the same folder,
//! flushed to disk, then renamed over the old one), so a crash at any moment leaves
//! either the previous complete file or the new complete file.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::state::State;

/// The format marker of state files.
const FORMAT: u32 = 1;

#[derive(Serialize)]
struct FileOut<'a> {
    format: u32,
    state: &'a State,
}

#[derive(Deserialize)]
struct FileIn {
    format: u32,
    state: State,
}

/// The prefix of temporary files next to `path` (`.state.json.tmp-`).
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.tmp-")
}

fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

impl State {
    /// Reads a state file. `Ok(None)` when the file does not exist. Temporary files
    /// left next to it by an interrupted save are removed: they never hold the state.
    pub fn load_file(path: &Path) -> Result<Option<State>, Error> {
        remove_stray_temps(path);
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(Error::StateRead {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let file: FileIn = serde_json::from_slice(&bytes).map_err(|e| Error::StateFormat {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        if file.format != FORMAT {
            return Err(Error::StateFormat {
                path: path.to_path_buf(),
                message: format!("format {} (this emulator reads {FORMAT})", file.format),
            });
        }
        Ok(Some(file.state))
    }

    /// Writes the state to `path` atomically: to a temporary file in the same folder,
    /// flushed to disk, then renamed over `path` (and the folder flushed).
    pub fn save_file(&self, path: &Path) -> Result<(), Error> {
        let bytes = serde_json::to_vec(&FileOut {
            format: FORMAT,
            state: self,
        })
        .map_err(|e| Error::StateWrite {
            path: path.to_path_buf(),
            source: std::io::Error::other(e),
        })?;
        write_atomically(path, &bytes).map_err(|source| Error::StateWrite {
            path: path.to_path_buf(),
            source,
        })
    }
}

/// Checks, before anything is served, that a save to `path` can work: `path` is not
/// a folder and its folder takes new files (a temporary file is created and removed).
pub(crate) fn check_writable(path: &Path) -> Result<(), Error> {
    let fail = |source| Error::StateWrite {
        path: path.to_path_buf(),
        source,
    };
    if path.is_dir() {
        return Err(fail(std::io::Error::other("it is a folder, not a file")));
    }
    let temp = temp_path(path);
    create_temp(&temp).map_err(fail)?;
    fs::remove_file(&temp).map_err(fail)
}

fn temp_path(path: &Path) -> PathBuf {
    folder(path).join(format!(
        "{}{}-{:08x}",
        temp_prefix(path),
        std::process::id(),
        fastrand::u32(..)
    ))
}

/// A new file only its owner can read and write (the state holds the app's data).
fn create_temp(temp: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(temp)
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = folder(path);
    let temp = temp_path(path);
    // The file replaced keeps its permissions; a new one is private to its owner.
    let permissions = fs::metadata(path).ok().map(|m| m.permissions());
    let result = (|| {
        let mut file = create_temp(&temp)?;
        if let Some(permissions) = permissions {
            // Set on the open file, so the umask does not apply.
            file.set_permissions(permissions)?;
        }
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)?;
        // The rename itself is durable once the folder is flushed. Not every
        // platform can open a folder; the file is complete either way.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Removes the temporary files that interrupted saves of other processes left. Those
/// of this process are left alone: they may belong to a save in progress (an
/// emulator of this process saving while something loads the same file).
fn remove_stray_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let ours = format!("{prefix}{}-", std::process::id());
    let Ok(entries) = fs::read_dir(folder(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && !name.starts_with(&ours) {
            tracing::warn!(file = %entry.path().display(), "removing a temporary file of an interrupted save");
            let _ = fs::remove_file(entry.path());
        }
    }
}
