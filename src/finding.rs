//! The one type every stage after evaluation works with.
//!
//! A [`Finding`] is plain data: reporters render it, later stages (ignores,
//! approvals) change its [`Status`], and nothing here knows how it is shown.

use std::fmt;
use std::sync::Arc;

use serde::Serialize;

/// Policy set of findings tfguard makes itself (about ignore comments):
/// no configuration can approve them away.
pub const TFGUARD_SET: &str = "tfguard";

/// How bad a finding is, from METADATA `custom.severity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    /// Parses the METADATA spelling; `None` for anything else so the caller
    /// can report the bad value instead of guessing.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "info" | "informational" => Some(Self::Info),
            "low" => Some(Self::Low),
            "medium" | "moderate" => Some(Self::Medium),
            "high" => Some(Self::High),
            "critical" => Some(Self::Critical),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a finding blocks (`deny`/`violation` rules) or only warns (`warn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Failure,
    Warning,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Failure => "failure",
            Self::Warning => "warning",
        }
    }
}

/// What later stages decided about a finding. Only `Open` findings count
/// towards the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Open,
    /// Suppressed by an inline ignore comment; see [`Finding::suppression`].
    Ignored,
    /// Approved by enough policy owners; see [`Finding::suppression`].
    Acknowledged,
    /// The check depends on a value Terraform only knows after apply; not
    /// failing unless `--unknown=fail`.
    Unknown,
    /// Known already: its fingerprint is in the baseline file
    /// (`tfguard baseline`); shown, never failing.
    Baselined,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Ignored => "ignored",
            Self::Acknowledged => "acknowledged",
            Self::Unknown => "unknown",
            Self::Baselined => "baselined",
        }
    }
}

/// How a policy set's failures are enforced, as in Sentinel and Atlantis.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Enforcement {
    /// Failures are reported but never block.
    Advisory,
    /// Failures block until enough owners approve them.
    #[default]
    SoftMandatory,
    /// Failures always block; approvals are refused.
    HardMandatory,
}

impl Enforcement {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Advisory => "advisory",
            Self::SoftMandatory => "soft-mandatory",
            Self::HardMandatory => "hard-mandatory",
        }
    }
}

/// One owner's approval of a finding, as shown with acknowledged findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApprovalRecord {
    pub user: String,
    /// RFC 3339, UTC.
    pub time: String,
    pub reason: String,
    /// `YYYY-MM-DD`, after which the approval no longer counts.
    pub expires: Option<String>,
    pub signed: bool,
}

/// Why a finding does not count: who or what suppressed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppression {
    /// `inline` for ignore comments, `exception` for Conftest exception
    /// rules, `approval` for owner approvals, `baseline` for the baseline.
    pub kind: String,
    pub reason: String,
    /// `YYYY-MM-DD`, when the suppression ends (the earliest approval expiry).
    pub expires: Option<String>,
    /// Where the suppression is written (the comment, or the approvals ledger).
    pub file: String,
    /// The comment's line; 0 for the ledger.
    pub line: usize,
    /// For `approval`: who approved, when, why and until when.
    pub approvals: Vec<ApprovalRecord>,
}

/// A `module` block on the way from the root module to a resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleCall {
    pub name: String,
    pub file: String,
    pub line: usize,
}

/// Where in the `.tf` configuration a finding is, relative to the repository root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceLocation {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    /// Byte range in the file.
    pub start: usize,
    pub end: usize,
    /// Where a non-literal value comes from (`var.cidr`, set by a module call).
    pub value_from: Option<String>,
    /// Module calls from the root to the block, outermost first.
    pub module_calls: Vec<ModuleCall>,
}

/// A position in a file: 1-based line and column (in characters), plus the
/// byte range the position covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
}

impl Location {
    /// The start of a file: where plan-wide findings point.
    pub fn start_of(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            line: 1,
            column: 1,
            start: 0,
            end: 0,
        }
    }
}

/// Where the rule that produced a finding is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyLocation {
    pub file: String,
    pub line: usize,
}

/// One step of an attribute path: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(untagged)]
pub enum PathStep {
    Key(String),
    Index(usize),
}

impl fmt::Display for PathStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Key(key) => f.write_str(key),
            Self::Index(index) => write!(f, "{index}"),
        }
    }
}

/// Renders a path the way Terraform users read it: `ingress[0].cidr_blocks`.
pub fn display_path(path: &[PathStep]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            PathStep::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            PathStep::Index(index) => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// A stable identity for a finding across re-generated plans: it depends on
/// what the finding says, never on where or when the plan was produced.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Fingerprint(pub String);

impl Fingerprint {
    /// Hashes the identifying parts with SHA-256 and keeps 16 bytes (32 hex
    /// characters): short enough to type in `approve --fingerprint`, long
    /// enough never to collide in practice.
    pub fn compute(code: &str, address: Option<&str>, path: &[PathStep], message: &str) -> Self {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        for part in [code, address.unwrap_or(""), &display_path(path), message] {
            hasher.update(part.as_bytes());
            // A separator that cannot occur in the parts keeps ("ab","c") and
            // ("a","bc") apart.
            hasher.update([0u8]);
        }
        let digest = hasher.finalize();
        // Written digit by digit: a `format!` per byte was a third of the
        // cost of a finding's fingerprint.
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut hex = String::with_capacity(32);
        for byte in &digest[..16] {
            hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
            hex.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
        }
        Self(hex)
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a finding amounts to once status, level and enforcement are
/// combined: the one fact every reporter's marker and colour comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// An open failure that blocks.
    Fail,
    /// An open failure of an advisory policy set: shown, never blocking.
    Advisory,
    /// An open warning (blocking only with `--fail-on-warn`).
    Warn,
    /// About a value known only after apply.
    Unknown,
    /// Suppressed by an inline ignore comment.
    Ignored,
    /// Approved by enough owners.
    Acknowledged,
    /// In the baseline: known before, not new.
    Baselined,
}

impl Outcome {
    /// The word reporters print before a finding; each outcome has its own.
    pub fn marker(self) -> &'static str {
        match self {
            Self::Fail => "FAIL",
            Self::Advisory => "ADVISORY",
            Self::Warn => "WARN",
            Self::Unknown => "UNKNOWN",
            Self::Ignored => "IGNORED",
            Self::Acknowledged => "ACKNOWLEDGED",
            Self::Baselined => "BASELINED",
        }
    }
}

/// Where a person should look first: the `.tf` line when the configuration
/// is known, else the plan JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrimaryLocation<'a> {
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    /// Whether this is the `.tf` configuration (else the plan).
    pub in_source: bool,
}

/// One policy result about one plan (and usually one resource in it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// METADATA `custom.id`, else `<package>.<rule>`.
    pub code: String,
    /// The rule's documentation is shared by all its findings (`Arc`): one
    /// check can have 20k findings, and its description is the longest text
    /// in each.
    pub aliases: Arc<[String]>,
    pub title: Option<Arc<str>>,
    /// Longer explanation and remediation, from METADATA.
    pub description: Option<Arc<str>>,
    /// Documentation link, from METADATA `related_resources`.
    pub help_uri: Option<Arc<str>>,
    pub severity: Severity,
    pub level: Level,
    pub status: Status,
    /// Already redacted: sensitive plan values never reach a finding.
    pub message: String,
    /// Resource address, when the finding is about one resource.
    pub address: Option<String>,
    /// Attribute path inside the resource's planned values, when the policy named one.
    pub attribute: Vec<PathStep>,
    pub policy: PolicyLocation,
    /// The policy set the rule belongs to (`tfguard.toml`; `builtin` for the
    /// built-in library and `default` for other policies when unconfigured).
    pub policy_set: String,
    /// How the policy set enforces failures.
    pub enforcement: Enforcement,
    /// Where in the plan JSON the resource (or attribute) is.
    pub plan_location: Option<Location>,
    /// Where in the `.tf` configuration the resource (or attribute) is.
    pub source_location: Option<SourceLocation>,
    /// Set when the finding is suppressed (status `ignored`).
    pub suppression: Option<Suppression>,
    /// Who owns it: teams of matching `[[owners]]` rules, then CODEOWNERS
    /// owners of its `.tf` file (see `owners`); empty when none match.
    pub owners: Vec<String>,
    /// Extra keys of an object result, redacted like the message.
    pub metadata: serde_json::Map<String, serde_json::Value>,
    pub fingerprint: Fingerprint,
}

impl Finding {
    /// See [`Outcome`].
    pub fn outcome(&self) -> Outcome {
        match (self.status, self.level) {
            (Status::Ignored, _) => Outcome::Ignored,
            (Status::Acknowledged, _) => Outcome::Acknowledged,
            (Status::Unknown, _) => Outcome::Unknown,
            (Status::Baselined, _) => Outcome::Baselined,
            (Status::Open, Level::Warning) => Outcome::Warn,
            (Status::Open, Level::Failure) if self.enforcement == Enforcement::Advisory => {
                Outcome::Advisory
            }
            (Status::Open, Level::Failure) => Outcome::Fail,
        }
    }

    /// See [`PrimaryLocation`]; `None` only for findings made without a plan.
    pub fn primary_location(&self) -> Option<PrimaryLocation<'_>> {
        match (&self.source_location, &self.plan_location) {
            (Some(source), _) => Some(PrimaryLocation {
                file: &source.file,
                line: source.line,
                column: source.column,
                end_line: source.end_line,
                in_source: true,
            }),
            (None, Some(plan)) => Some(PrimaryLocation {
                file: &plan.file,
                line: plan.line,
                column: plan.column,
                end_line: plan.line,
                in_source: false,
            }),
            (None, None) => None,
        }
    }

    /// Whether this finding makes the run fail, given the `--fail-on-warn` choice.
    pub fn is_blocking(&self, fail_on_warn: bool) -> bool {
        match self.outcome() {
            Outcome::Fail => true,
            Outcome::Warn => fail_on_warn,
            _ => false,
        }
    }

    /// The deterministic report order: by plan file, then address, then
    /// code, then attribute path and message, so that rayon's completion
    /// order never shows.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            self.plan_location.as_ref().map(|l| l.file.as_str()),
            self.address.as_deref(),
            self.source_location
                .as_ref()
                .map(|l| (l.file.as_str(), l.line)),
            self.code.as_str(),
            &self.attribute,
            self.message.as_str(),
            &self.fingerprint,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_like_terraform() {
        let path = vec![
            PathStep::Key("ingress".into()),
            PathStep::Index(0),
            PathStep::Key("cidr_blocks".into()),
        ];
        assert_eq!(display_path(&path), "ingress[0].cidr_blocks");
    }

    #[test]
    fn fingerprints_depend_only_on_content() {
        let a = Fingerprint::compute("x", Some("aws_s3_bucket.a"), &[], "msg");
        let b = Fingerprint::compute("x", Some("aws_s3_bucket.a"), &[], "msg");
        let c = Fingerprint::compute("x", Some("aws_s3_bucket.b"), &[], "msg");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.0.len(), 32);
        let split_1 = Fingerprint::compute("ab", Some("c"), &[], "");
        let split_2 = Fingerprint::compute("a", Some("bc"), &[], "");
        assert_ne!(split_1, split_2);
    }
}
