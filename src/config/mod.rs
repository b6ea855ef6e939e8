//! `tfguard.toml`, the project's configuration: which checks run, where the
//! Terraform configuration is, who owns which findings, and the policy sets
//! with their owners, enforcement and ledger.
//!
//! The policy sets mirror Atlantis's server-side `policies:` block:
//! top-level owners and `approve_count` apply to every set; set owners only
//! to theirs. Unknown keys are errors, so a misspelt setting never silently
//! weakens a gate.

mod owners_key;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::finding::{Enforcement, Severity};
use crate::owners::OwnerRules;

/// The file name looked for in the current folder and its parents.
pub const CONFIG_FILE: &str = "tfguard.toml";

/// Names of the sets that exist without configuration.
pub const BUILTIN_SET: &str = "builtin";
pub const DEFAULT_SET: &str = "default";

/// Who may approve a policy set's failures (Atlantis's `owners`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetOwners {
    #[serde(default)]
    pub users: Vec<String>,
    #[serde(default)]
    pub teams: Vec<String>,
}

impl SetOwners {
    fn extend(&mut self, other: &SetOwners) {
        self.users.extend(other.users.iter().cloned());
        self.teams.extend(other.teams.iter().cloned());
    }
}

/// Whose approvals a policy set needs besides its owners'.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Approvers {
    /// `approve_count` approvals from the set's owners.
    #[default]
    SetOwners,
    /// As `set-owners`, and one of the approvals must come from an owner of
    /// the finding itself (`[[owners]]` rules, CODEOWNERS).
    FindingOwners,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApprovals {
    file: Option<PathBuf>,
    allowed_signers: Option<PathBuf>,
    /// Owners of every set; the home for them when the top-level `owners`
    /// key holds `[[owners]]` rules.
    owners: Option<SetOwners>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicySet {
    name: String,
    #[serde(default)]
    paths: Vec<PathBuf>,
    /// The built-in library's findings belong to this set.
    #[serde(default)]
    builtin: bool,
    owners: Option<SetOwners>,
    #[serde(default)]
    approvers: Approvers,
    approve_count: Option<usize>,
    #[serde(default)]
    enforcement: Enforcement,
    #[serde(default)]
    prevent_self_approve: bool,
    #[serde(default)]
    require_signed: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    approvals: RawApprovals,
    /// Either the owners of every policy set (`owners = { users, teams }`,
    /// as in Atlantis) or the `[[owners]]` rules: see [`owners_key`].
    owners: Option<toml::Value>,
    /// Whether CODEOWNERS adds finding owners (default true).
    codeowners: Option<bool>,
    approve_count: Option<usize>,
    /// Whether the built-in library runs when no `--policy` is given.
    builtin: Option<bool>,
    /// The Terraform configuration folder, for `.tf` locations and inline ignores.
    terraform_dir: Option<PathBuf>,
    /// Check selection, as `--check`, `--skip-check` and `--severity`.
    #[serde(default)]
    checks: Vec<String>,
    #[serde(default)]
    skip_checks: Vec<String>,
    severity: Option<String>,
    /// As `--policy-timeout`: `"60s"`, `"2m"`; `"0s"` for no bound.
    policy_timeout: Option<String>,
    /// As `--baseline`: the baseline file, relative to this file.
    baseline: Option<PathBuf>,
    #[serde(default, rename = "policy_set")]
    policy_sets: Vec<RawPolicySet>,
    #[serde(default)]
    teams: BTreeMap<String, Vec<String>>,
}

/// One policy set, with top-level defaults applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicySet {
    pub name: String,
    /// Policy folders or files, resolved against the config file's folder.
    pub paths: Vec<PathBuf>,
    pub builtin: bool,
    /// Top-level owners plus the set's own.
    pub owners: SetOwners,
    pub approvers: Approvers,
    pub approve_count: usize,
    pub enforcement: Enforcement,
    pub prevent_self_approve: bool,
    pub require_signed: bool,
}

/// The resolved configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the config was read from; `None` for the defaults.
    pub path: Option<PathBuf>,
    pub ledger: PathBuf,
    pub allowed_signers: Option<PathBuf>,
    /// Configured sets in file order, then the implicit `builtin` and
    /// `default` sets when no configured set takes their place.
    pub policy_sets: Vec<PolicySet>,
    pub teams: BTreeMap<String, Vec<String>>,
    /// The `[[owners]]` rules, compiled, in file order.
    pub owner_rules: OwnerRules,
    /// Whether CODEOWNERS adds finding owners.
    pub codeowners: bool,
    pub run_builtin: bool,
    /// `terraform_dir`, resolved against the config file's folder.
    pub terraform_dir: Option<PathBuf>,
    pub checks: Vec<String>,
    pub skip_checks: Vec<String>,
    pub min_severity: Option<Severity>,
    pub policy_timeout: Option<std::time::Duration>,
    /// `baseline`, resolved against the config file's folder.
    pub baseline: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

impl Default for Config {
    fn default() -> Self {
        Self::resolve(
            None,
            Path::new("."),
            RawConfig::default(),
            SetOwners::default(),
            OwnerRules::default(),
        )
    }
}

impl Config {
    /// The configuration a run uses: `explicit` (`--config`) when given,
    /// else the nearest `tfguard.toml` in `start` or a parent folder, up to
    /// the repository root (the first folder with `.git`), as ruff and
    /// Trivy look; the defaults when there is none.
    pub fn discover(explicit: Option<&Path>, start: &Path) -> Result<Self, ConfigError> {
        match explicit {
            Some(path) => Self::load(path),
            None => match find_upwards(start) {
                Some(path) => Self::load(&path),
                None => Ok(Self::default()),
            },
        }
    }

    /// Whether a `tfguard.toml` was read, rather than the defaults used.
    pub fn is_configured(&self) -> bool {
        self.path.is_some()
    }

    /// Reads one `tfguard.toml`.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let path = path.to_path_buf();
        let display = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Io {
            path: display.clone(),
            source,
        })?;
        let raw: RawConfig = toml::from_str(&text).map_err(|e| ConfigError::Invalid {
            path: display.clone(),
            message: e.message().to_owned(),
        })?;
        let mut names = std::collections::BTreeSet::new();
        for set in &raw.policy_sets {
            if !names.insert(set.name.clone()) {
                return Err(ConfigError::Invalid {
                    path: display,
                    message: format!("policy set {:?} is declared twice", set.name),
                });
            }
            if set.approve_count == Some(0) {
                return Err(ConfigError::Invalid {
                    path: display,
                    message: format!(
                        "policy set {:?}: approve_count must be at least 1",
                        set.name
                    ),
                });
            }
        }
        if raw.approvals.allowed_signers.is_none()
            && raw.policy_sets.iter().any(|s| s.require_signed)
        {
            return Err(ConfigError::Invalid {
                path: display,
                message: "a policy set has require_signed = true but [approvals] allowed_signers is not set"
                    .to_owned(),
            });
        }
        if let Some(severity) = &raw.severity
            && Severity::parse(severity).is_none()
        {
            return Err(ConfigError::Invalid {
                path: display,
                message: format!(
                    "severity {severity:?} is not one of info, low, medium, high, critical"
                ),
            });
        }
        let policy_timeout = match &raw.policy_timeout {
            Some(text) => Some(
                parse_duration(text).map_err(|message| ConfigError::Invalid {
                    path: display.clone(),
                    message: format!("policy_timeout: {message}"),
                })?,
            ),
            None => None,
        };
        let invalid = |message: String| ConfigError::Invalid {
            path: display.clone(),
            message,
        };
        let (mut owners, rules) = match raw.owners.clone() {
            None => (SetOwners::default(), OwnerRules::default()),
            Some(value) => match owners_key::parse(value).map_err(invalid)? {
                owners_key::OwnersKey::SetOwners(owners) => (owners, OwnerRules::default()),
                owners_key::OwnersKey::Rules(rules) => (
                    SetOwners::default(),
                    OwnerRules::compile(rules).map_err(invalid)?,
                ),
            },
        };
        if let Some(more) = &raw.approvals.owners {
            owners.extend(more);
        }
        let base = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        let mut config = Self::resolve(Some(path), &base, raw, owners, rules);
        config.policy_timeout = policy_timeout;
        Ok(config)
    }

    fn resolve(
        path: Option<PathBuf>,
        base: &Path,
        raw: RawConfig,
        owners: SetOwners,
        owner_rules: OwnerRules,
    ) -> Self {
        let join = |p: &Path| {
            if p.is_absolute() || base.as_os_str().is_empty() {
                p.to_path_buf()
            } else {
                base.join(p)
            }
        };
        let default_count = raw.approve_count.unwrap_or(1).max(1);
        let set = |name: &str, builtin: bool| PolicySet {
            name: name.to_owned(),
            paths: Vec::new(),
            builtin,
            owners: owners.clone(),
            approvers: Approvers::SetOwners,
            approve_count: default_count,
            enforcement: Enforcement::SoftMandatory,
            prevent_self_approve: false,
            require_signed: false,
        };
        let mut policy_sets: Vec<PolicySet> = raw
            .policy_sets
            .iter()
            .map(|s| {
                let mut owners = owners.clone();
                if let Some(own) = &s.owners {
                    owners.extend(own);
                }
                PolicySet {
                    name: s.name.clone(),
                    paths: s.paths.iter().map(|p| join(p)).collect(),
                    builtin: s.builtin,
                    owners,
                    approvers: s.approvers,
                    approve_count: s.approve_count.unwrap_or(default_count),
                    enforcement: s.enforcement,
                    prevent_self_approve: s.prevent_self_approve,
                    require_signed: s.require_signed,
                }
            })
            .collect();
        if !policy_sets.iter().any(|s| s.builtin)
            && !policy_sets.iter().any(|s| s.name == BUILTIN_SET)
        {
            policy_sets.push(set(BUILTIN_SET, true));
        }
        if !policy_sets.iter().any(|s| s.name == DEFAULT_SET) {
            policy_sets.push(set(DEFAULT_SET, false));
        }
        Self {
            path,
            ledger: join(
                &raw.approvals
                    .file
                    .clone()
                    .unwrap_or_else(|| PathBuf::from(".tfguard/approvals.json")),
            ),
            allowed_signers: raw.approvals.allowed_signers.as_deref().map(join),
            policy_sets,
            teams: raw.teams,
            owner_rules,
            codeowners: raw.codeowners.unwrap_or(true),
            run_builtin: raw.builtin.unwrap_or(true),
            terraform_dir: raw.terraform_dir.as_deref().map(join),
            checks: raw.checks.clone(),
            skip_checks: raw.skip_checks.clone(),
            min_severity: raw.severity.as_deref().and_then(Severity::parse),
            policy_timeout: None,
            baseline: raw.baseline.as_deref().map(join),
        }
    }

    pub fn set(&self, name: &str) -> Option<&PolicySet> {
        self.policy_sets.iter().find(|s| s.name == name)
    }

    /// Policy paths of every configured set, for runs without `--policy`.
    pub fn policy_paths(&self) -> Vec<PathBuf> {
        self.policy_sets
            .iter()
            .flat_map(|s| s.paths.clone())
            .collect()
    }

    /// The set a policy file belongs to: the built-in library's set, the
    /// first set whose paths contain the file, else `default`.
    pub fn set_for_policy(&self, policy_file: &str, builtin: bool) -> &PolicySet {
        let found = if builtin {
            self.policy_sets.iter().find(|s| s.builtin)
        } else {
            let file = canonical(Path::new(policy_file));
            self.policy_sets
                .iter()
                .find(|s| s.paths.iter().any(|p| file.starts_with(canonical(p))))
        };
        found
            .or_else(|| self.set(DEFAULT_SET))
            .unwrap_or(&self.policy_sets[0])
    }

    /// Whether `user` may approve for `set`: a listed user or a member of a
    /// listed team, compared case-insensitively as Atlantis does.
    pub fn is_owner(&self, user: &str, set: &PolicySet) -> bool {
        let user = user.to_lowercase();
        set.owners.users.iter().any(|u| u.to_lowercase() == user)
            || set
                .owners
                .teams
                .iter()
                .any(|team| self.is_member(&user, team))
    }

    /// Whether `user` is one of a finding's `owners`: the owner names the
    /// user (`alice`, `@alice`, or an e-mail address), or a `[teams]` entry
    /// of that name (`platform`, `@org/platform`) lists the user.
    pub fn is_finding_owner(&self, user: &str, owners: &[String]) -> bool {
        let user = user.trim_start_matches('@').to_lowercase();
        owners.iter().any(|owner| {
            owner.trim_start_matches('@').to_lowercase() == user || self.is_member(&user, owner)
        })
    }

    /// `user` (lower-case) is listed in the `[teams]` entry `team`.
    fn is_member(&self, user: &str, team: &str) -> bool {
        self.teams.get(team).is_some_and(|members| {
            members
                .iter()
                .any(|m| m.trim_start_matches('@').to_lowercase() == user)
        })
    }
}

/// A duration as people write it (`60s`, `2m`, `1h30m`, `500ms`); a bare
/// number is seconds.
pub fn parse_duration(text: &str) -> Result<std::time::Duration, String> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Ok(std::time::Duration::from_secs(seconds));
    }
    humantime::parse_duration(text)
        .map_err(|e| format!("{text:?} is not a duration like 60s or 2m ({e})"))
}

/// The nearest `tfguard.toml` from `start` upwards, stopping at the
/// repository root so a checkout never picks up a stranger's file above it.
fn find_upwards(start: &Path) -> Option<PathBuf> {
    let start = canonical(start);
    for dir in start.ancestors() {
        let candidate = dir.join(CONFIG_FILE);
        if candidate.is_file() {
            return Some(candidate);
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tfguard.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path)
    }

    #[test]
    fn sets_inherit_top_level_owners_and_count() {
        let config = parse(
            r#"
owners = { users = ["root"] }
approve_count = 2
[teams]
platform = ["Carol"]
[[policy_set]]
name = "security"
paths = ["policies/security"]
owners = { users = ["alice"], teams = ["platform"] }
enforcement = "hard-mandatory"
[[policy_set]]
name = "cost"
approve_count = 1
enforcement = "advisory"
"#,
        )
        .unwrap();
        let names: Vec<&str> = config.policy_sets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["security", "cost", "builtin", "default"]);
        let security = config.set("security").unwrap();
        assert_eq!(security.approve_count, 2);
        assert_eq!(security.enforcement, Enforcement::HardMandatory);
        assert!(config.is_owner("ROOT", security));
        assert!(config.is_owner("alice", security));
        assert!(config.is_owner("carol", security));
        assert!(!config.is_owner("mallory", security));
        assert_eq!(config.set("cost").unwrap().approve_count, 1);
        assert!(!config.is_owner("alice", config.set("cost").unwrap()));
    }

    #[test]
    fn owner_rules_move_set_owners_under_approvals() {
        let config = parse(
            r#"
[[owners]]
team = "@org/storage"
types = ["aws_s3_*"]
[approvals]
owners = { users = ["root"] }
[[policy_set]]
name = "security"
approvers = "finding-owners"
[teams]
"@org/storage" = ["@Sam"]
"#,
        )
        .unwrap();
        assert!(!config.owner_rules.is_empty());
        let security = config.set("security").unwrap();
        assert_eq!(security.approvers, Approvers::FindingOwners);
        assert!(config.is_owner("root", security));
        assert!(config.is_finding_owner("sam", &["@org/storage".to_owned()]));
        assert!(config.is_finding_owner("@ana", &["ana".to_owned()]));
        assert!(!config.is_finding_owner("root", &["@org/storage".to_owned()]));
        // The Atlantis form still works when there are no rules.
        let legacy = parse("owners = { users = [\"root\"] }\n").unwrap();
        assert!(legacy.owner_rules.is_empty());
        assert!(legacy.is_owner("root", legacy.set(BUILTIN_SET).unwrap()));
    }

    #[test]
    fn discovery_stops_at_the_repository_root() {
        let root = tempfile::tempdir().unwrap();
        let repo = root.path().join("repo");
        let sub = repo.join("infra/prod");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(root.path().join(CONFIG_FILE), "approve_count = 3\n").unwrap();
        std::fs::create_dir(repo.join(".git")).unwrap();
        assert!(!Config::discover(None, &sub).unwrap().is_configured());
        std::fs::write(repo.join(CONFIG_FILE), "approve_count = 2\n").unwrap();
        let found = Config::discover(None, &sub).unwrap();
        assert_eq!(found.path.unwrap(), canonical(&repo.join(CONFIG_FILE)));
    }

    #[test]
    fn typos_and_duplicates_are_errors() {
        assert!(parse("[[policy_set]]\nname = \"a\"\nenforcment = \"advisory\"\n").is_err());
        assert!(parse("[[policy_set]]\nname = \"a\"\n[[policy_set]]\nname = \"a\"\n").is_err());
        assert!(parse("[[policy_set]]\nname = \"a\"\nenforcement = \"soft\"\n").is_err());
        assert!(parse("[[policy_set]]\nname = \"a\"\napprove_count = 0\n").is_err());
    }
}
