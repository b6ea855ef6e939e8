//! The approvals ledger: a JSON file committed next to the code, one entry
//! per owner approval of one finding fingerprint.

use std::path::Path;

use serde::{Deserialize, Serialize};

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

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    pub version: u32,
    pub approvals: Vec<Approval>,
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
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Self {
                    version: 1,
                    approvals: Vec::new(),
                });
            }
            Err(source) => {
                return Err(LedgerError::Read {
                    path: display,
                    source,
                });
            }
        };
        let ledger: Self = serde_json::from_str(&text).map_err(|e| LedgerError::Invalid {
            path: display.clone(),
            message: e.to_string(),
        })?;
        if ledger.version != 1 {
            return Err(LedgerError::Invalid {
                path: display,
                message: format!("unsupported version {}", ledger.version),
            });
        }
        Ok(ledger)
    }

    /// Writes the ledger sorted, so diffs in review show only what changed.
    pub fn save(&mut self, path: &Path) -> Result<(), LedgerError> {
        let error = |source| LedgerError::Write {
            path: path.display().to_string(),
            source,
        };
        self.version = 1;
        self.approvals.sort_by(|a, b| {
            (&a.policy_set, &a.fingerprint, &a.user, &a.time).cmp(&(
                &b.policy_set,
                &b.fingerprint,
                &b.user,
                &b.time,
            ))
        });
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(error)?;
        }
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        std::fs::write(path, text).map_err(error)
    }
}
