//! Baselines: adopting tfguard on existing infrastructure without a wall of
//! old findings.
//!
//! `tfguard baseline` writes the fingerprints of the current open findings.
//! A later check marks findings whose fingerprint is in the file (and not
//! expired) `baselined`: shown, never failing. Fingerprints hang on code,
//! address, attribute and message, never on lines or file names (unlike
//! Checkov's baseline, which matches address and check id only, so a
//! finding that moved is silently absorbed), so a re-plan with shifted
//! lines keeps matching. Entries that match nothing any more become
//! `stale-baseline` warnings, so the file can be pruned.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::finding::{
    Enforcement, Finding, Fingerprint, Level, PolicyLocation, Severity, SourceLocation, Status,
    Suppression, TFGUARD_SET, display_path,
};

/// The file name `tfguard baseline` writes by default.
pub const BASELINE_FILE: &str = "tfguard-baseline.json";

/// The format this version reads and writes.
pub const BASELINE_VERSION: u32 = 1;

/// One known finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub code: String,
    pub address: Option<String>,
    /// The attribute path as text (`ingress[0].cidr_blocks`), when there is one.
    pub attribute: Option<String>,
    pub message: String,
    /// RFC 3339, UTC: when the entry was written.
    pub time: String,
    /// `YYYY-MM-DD`: the last day the entry matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// The entry's line in the file it was read from, so a warning about
    /// it points there; 1 for entries not read from a file.
    #[serde(skip)]
    pub line: usize,
}

/// A baseline file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<BaselineEntry>,
}

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{path}: cannot read the baseline: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: invalid baseline: {message}")]
    Invalid { path: String, message: String },
    #[error("{path}: cannot write the baseline: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

impl Baseline {
    /// The open findings of a check (failures, advisory failures and
    /// warnings; not ignored, acknowledged or unknown ones), sorted.
    pub fn of(findings: &[Finding], time: &str) -> Self {
        let mut entries: Vec<BaselineEntry> = findings
            .iter()
            .filter(|f| f.status == Status::Open && f.policy_set != TFGUARD_SET)
            .map(|f| BaselineEntry {
                fingerprint: f.fingerprint.0.clone(),
                code: f.code.clone(),
                address: f.address.clone(),
                attribute: (!f.attribute.is_empty()).then(|| display_path(&f.attribute)),
                message: f.message.clone(),
                time: time.to_owned(),
                expires: None,
                line: 1,
            })
            .collect();
        entries.sort_by(|a, b| {
            (&a.code, &a.address, &a.fingerprint).cmp(&(&b.code, &b.address, &b.fingerprint))
        });
        entries.dedup_by(|a, b| a.fingerprint == b.fingerprint);
        Self {
            version: BASELINE_VERSION,
            entries,
        }
    }

    /// Reads a baseline; a missing or malformed file is an error naming it
    /// (a baseline that silently read as empty would fail every old finding,
    /// one that read as everything would pass new ones).
    pub fn load(path: &Path) -> Result<Self, BaselineError> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: display.clone(),
            source,
        })?;
        let invalid = |message: String| BaselineError::Invalid {
            path: display.clone(),
            message,
        };
        let mut baseline: Self = serde_json::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        for entry in &mut baseline.entries {
            entry.line = text
                .lines()
                .position(|l| l.contains(&entry.fingerprint))
                .map_or(1, |n| n + 1);
        }
        if baseline.version != BASELINE_VERSION {
            return Err(invalid(format!(
                "version {} (this tfguard reads version {BASELINE_VERSION})",
                baseline.version
            )));
        }
        for entry in &baseline.entries {
            if let Some(expires) = &entry.expires
                && Date::parse(expires).is_none()
            {
                return Err(invalid(format!(
                    "entry {}: expires {expires:?} is not a YYYY-MM-DD date",
                    entry.fingerprint
                )));
            }
        }
        Ok(baseline)
    }

    /// Writes the baseline atomically, as JSON meant for review.
    pub fn save(&self, path: &Path) -> Result<(), BaselineError> {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        crate::atomic::replace_file(path, text.as_bytes(), || Ok(())).map_err(|source| {
            BaselineError::Write {
                path: path.display().to_string(),
                source,
            }
        })
    }

    /// Marks the open findings in the baseline `baselined`, and returns a
    /// warning for every entry that matched nothing or has expired. `file`
    /// is how the baseline is named in messages.
    pub fn apply(&self, findings: &mut [Finding], today: Date, file: &str) -> Vec<Finding> {
        // By fingerprint: 20k findings against a 20k-entry baseline is one
        // lookup each, not a scan.
        let mut current: BTreeMap<&str, &BaselineEntry> = BTreeMap::new();
        for entry in self.entries.iter().filter(|e| !is_expired(e, today)) {
            // The first entry for a fingerprint wins, as in the file's order.
            current.entry(entry.fingerprint.as_str()).or_insert(entry);
        }
        let mut matched = BTreeSet::new();
        for finding in findings
            .iter_mut()
            .filter(|f| f.status == Status::Open && f.policy_set != TFGUARD_SET)
        {
            let Some(entry) = current.get(finding.fingerprint.0.as_str()) else {
                continue;
            };
            matched.insert(entry.fingerprint.clone());
            finding.status = Status::Baselined;
            finding.suppression = Some(Suppression {
                kind: "baseline".to_owned(),
                reason: format!("in the baseline since {}", entry.time),
                expires: entry.expires.clone(),
                file: file.to_owned(),
                line: 0,
                approvals: Vec::new(),
            });
        }
        self.entries
            .iter()
            .filter(|e| !matched.contains(&e.fingerprint))
            .map(|entry| warning(entry, today, file))
            .collect()
    }
}

fn is_expired(entry: &BaselineEntry, today: Date) -> bool {
    entry
        .expires
        .as_deref()
        .and_then(Date::parse)
        .is_some_and(|d| d < today)
}

/// A `stale-baseline` (or `expired-baseline`) warning about one entry.
fn warning(entry: &BaselineEntry, today: Date, file: &str) -> Finding {
    let what = format!(
        "{} {}",
        entry.code,
        entry.address.as_deref().unwrap_or("(plan)")
    );
    let (code, message) = if is_expired(entry, today) {
        (
            "expired-baseline",
            format!(
                "baseline entry {} ({what}) expired on {}; the finding fails again if it is still there",
                entry.fingerprint,
                entry.expires.as_deref().unwrap_or_default()
            ),
        )
    } else {
        (
            "stale-baseline",
            format!(
                "baseline entry {} ({what}) matches no current finding; remove it from {file}",
                entry.fingerprint
            ),
        )
    };
    Finding {
        code: code.to_owned(),
        aliases: Default::default(),
        title: Some("Baseline entry matches nothing".into()),
        description: Some(
            "Baseline entries should name current findings; stale ones would hide a finding that comes back."
                .into(),
        ),
        help_uri: None,
        severity: Severity::Low,
        level: Level::Warning,
        status: Status::Open,
        fingerprint: Fingerprint::compute(code, Some(file), &[], &message),
        message,
        address: None,
        attribute: Vec::new(),
        policy: PolicyLocation {
            file: "tfguard".to_owned(),
            line: 0,
        },
        policy_set: TFGUARD_SET.to_owned(),
        enforcement: Enforcement::Advisory,
        plan_location: None,
        // At the entry, so every format (SARIF and GitHub annotations
        // included) can point at the line to delete.
        source_location: Some(SourceLocation {
            file: file.to_owned(),
            line: entry.line.max(1),
            column: 1,
            end_line: entry.line.max(1),
            start: 0,
            end: 0,
            value_from: None,
            module_calls: Vec::new(),
        }),
        suppression: None,
        owners: Vec::new(),
        metadata: serde_json::Map::new(),
    }
}
