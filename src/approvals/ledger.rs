//! The approvals ledger: a JSON file committed next to the code, one entry
//! per owner approval of one finding fingerprint.
//!
//! Every change is a read-modify-write under an exclusive lock on
//! `<ledger>.lock`, written to a temporary file in the same folder, synced,
//! and renamed over the ledger. So approvals given at the same moment are
//! all kept, and a crash mid-write leaves the old ledger whole.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::atomic::{folder_of, replace_file};

/// The ledger format this version reads and writes.
pub const LEDGER_VERSION: u32 = 1;

/// One approval, as recorded by `tfguard approve`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    pub fingerprint: String,
    pub policy_set: String,
    pub code: String,
    pub address: Option<String>,
    pub user: String,
    /// RFC 3339, UTC.
    pub time: String,
    pub reason: String,
    /// `YYYY-MM-DD`: the approval counts through this day (UTC).
    pub expires: Option<String>,
    pub head_commit: Option<String>,
    pub pull_num: Option<String>,
    /// The plan file the approval was given on.
    pub plan: String,
    /// An SSH signature (`ssh-keygen -Y sign` format) over [`Approval::signed_bytes`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

impl Approval {
    /// The bytes a signature covers: the entry as JSON, without the signature.
    /// Any change to any field invalidates the signature.
    pub fn signed_bytes(&self) -> Vec<u8> {
        let unsigned = Self {
            signature: None,
            ..self.clone()
        };
        serde_json::to_vec(&unsigned).unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    pub version: u32,
    pub approvals: Vec<Approval>,
}

impl Default for Ledger {
    fn default() -> Self {
        Self {
            version: LEDGER_VERSION,
            approvals: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("{path}: cannot read the approvals ledger: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: invalid approvals ledger: {message}")]
    Invalid { path: String, message: String },
    #[error("{path}: cannot write the approvals ledger: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

impl Ledger {
    /// Reads the ledger; a missing file is an empty ledger, a broken one an
    /// error (never silently empty, which would drop approvals).
    pub fn load(path: &Path) -> Result<Self, LedgerError> {
        let display = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(source) => {
                return Err(LedgerError::Read {
                    path: display,
                    source,
                });
            }
        };
        Self::parse(&text).map_err(|message| LedgerError::Invalid {
            path: display,
            message,
        })
    }

    /// The ledger in `text`, checked for a version this tfguard knows.
    pub fn parse(text: &str) -> Result<Self, String> {
        #[derive(Deserialize)]
        struct Versioned {
            version: u32,
        }
        // The version first: a newer ledger may not parse as this one.
        let Versioned { version } = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if version > LEDGER_VERSION {
            return Err(format!(
                "written by a newer tfguard (ledger version {version}; this one reads version {LEDGER_VERSION}): upgrade tfguard"
            ));
        }
        if version != LEDGER_VERSION {
            return Err(format!("unsupported version {version}"));
        }
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    /// Applies `change` to the ledger at `path` as it is on disk now, under
    /// an exclusive lock, and writes the result atomically. Returns what
    /// `change` returned.
    pub fn update<T>(path: &Path, change: impl FnOnce(&mut Self) -> T) -> Result<T, LedgerError> {
        let error = |source| LedgerError::Write {
            path: path.display().to_string(),
            source,
        };
        std::fs::create_dir_all(folder_of(path)).map_err(error)?;
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock_path(path))
            .map_err(error)?;
        lock.lock().map_err(error)?;
        let mut ledger = Self::load(path)?;
        let result = change(&mut ledger);
        ledger.write(path, || Ok(()))?;
        // Dropping the file releases the lock.
        drop(lock);
        Ok(result)
    }

    /// Writes the ledger sorted, so diffs in review show only what changed:
    /// a temporary file in the same folder, synced, then renamed over
    /// `path`. `before_rename` runs between the two (tests use it to crash).
    fn write(
        &mut self,
        path: &Path,
        before_rename: impl FnOnce() -> std::io::Result<()>,
    ) -> Result<(), LedgerError> {
        let error = |source| LedgerError::Write {
            path: path.display().to_string(),
            source,
        };
        self.version = LEDGER_VERSION;
        self.approvals.sort_by(|a, b| {
            (&a.policy_set, &a.fingerprint, &a.user, &a.time).cmp(&(
                &b.policy_set,
                &b.fingerprint,
                &b.user,
                &b.time,
            ))
        });
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        replace_file(path, text.as_bytes(), before_rename).map_err(error)
    }
}

/// The lock file beside the ledger: the ledger itself is replaced by
/// renames, so a lock on it would not be shared by the next writer.
fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn approval(user: &str) -> Approval {
        Approval {
            fingerprint: "f".repeat(32),
            policy_set: "security".to_owned(),
            code: "c".to_owned(),
            address: None,
            user: user.to_owned(),
            time: "2026-12-01T00:00:00Z".to_owned(),
            reason: "ok".to_owned(),
            expires: None,
            head_commit: None,
            pull_num: None,
            plan: "plan.json".to_owned(),
            signature: None,
        }
    }

    #[test]
    fn a_crash_before_the_rename_leaves_the_old_ledger_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("approvals.json");
        Ledger::update(&path, |l| l.approvals.push(approval("alice"))).unwrap();
        let before = std::fs::read_to_string(&path).unwrap();
        let mut changed = Ledger::load(&path).unwrap();
        changed.approvals.push(approval("bob"));
        let crashed = changed.write(&path, || Err(std::io::Error::other("power cut")));
        assert!(crashed.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        // No temporary file is left beside it.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn threads_updating_at_once_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("approvals.json");
        std::thread::scope(|scope| {
            for i in 0..16 {
                let path = &path;
                scope.spawn(move || {
                    Ledger::update(path, |l| l.approvals.push(approval(&format!("u{i}")))).unwrap();
                });
            }
        });
        assert_eq!(Ledger::load(&path).unwrap().approvals.len(), 16);
    }

    #[test]
    fn a_newer_ledger_is_refused_by_name() {
        let message = Ledger::parse(r#"{"version": 2, "entries": {}}"#).unwrap_err();
        assert!(message.contains("written by a newer tfguard"), "{message}");
        assert!(Ledger::parse("{").is_err());
    }
}
