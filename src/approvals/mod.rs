//! Policy sets, owners and approvals: the controlled way out of a
//! soft-mandatory failure.
//!
//! Every finding is assigned to a policy set, which decides its enforcement.
//! A failing soft-mandatory finding becomes `acknowledged` once enough
//! distinct, current owners have approved its fingerprint in the ledger (and
//! signed, when the set requires it). Approvals that do not count are said
//! so, never silently dropped. Nothing here decides exit codes.

mod config;
mod ledger;
mod sign;

use std::collections::BTreeSet;

use serde::Serialize;

use crate::date::Date;
use crate::finding::{ApprovalRecord, Enforcement, Finding, Level, Status, Suppression};
use crate::policy::BUILTIN_PREFIX;

pub use config::{BUILTIN_SET, CONFIG_FILE, Config, ConfigError, DEFAULT_SET, Owners, PolicySet};
pub use ledger::{Approval, Ledger, LedgerError};
pub use sign::{AllowedSigners, NAMESPACE, SignError, sign};

/// Policy set of findings tfguard makes itself (about ignore comments).
pub const TFGUARD_SET: &str = "tfguard";

/// What check knows about approvals: the configuration and the ledger.
#[derive(Debug, Default)]
pub struct Approvals {
    pub config: Config,
    pub ledger: Ledger,
    /// Needed only when a set has `require_signed`.
    pub signers: Option<AllowedSigners>,
}

/// Per policy set, for the summary: `requires N approval(s), have M`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetStatus {
    pub name: String,
    pub enforcement: Enforcement,
    pub required: usize,
    /// Open failing findings of the set (blocking unless advisory).
    pub failing: usize,
    pub acknowledged: usize,
    /// The fewest valid approvals any failing finding of the set has.
    pub have: usize,
}

impl Approvals {
    /// Loads the configuration (given, or `tfguard.toml` here, or defaults),
    /// its ledger, and allowed signers when any set requires signatures.
    pub fn load(config_path: Option<&std::path::Path>) -> Result<Self, ApprovalsError> {
        let config = Config::load(config_path)?;
        let ledger = Ledger::load(&config.ledger)?;
        let signers = match (
            &config.allowed_signers,
            config.policy_sets.iter().any(|s| s.require_signed),
        ) {
            (Some(path), _) => Some(AllowedSigners::load(path)?),
            (None, true) => {
                return Err(ApprovalsError::Config(ConfigError::Invalid {
                    path: config
                        .path
                        .as_ref()
                        .map_or_else(|| CONFIG_FILE.to_owned(), |p| p.display().to_string()),
                    message: "a policy set has require_signed = true but [approvals] allowed_signers is not set"
                        .to_owned(),
                }));
            }
            (None, false) => None,
        };
        Ok(Self {
            config,
            ledger,
            signers,
        })
    }

    /// Why an approval does not count for `set` today, if it does not.
    pub fn rejection(&self, approval: &Approval, set: &PolicySet, today: Date) -> Option<String> {
        let who = format!(
            "approval by {} of {} ({})",
            approval.user,
            approval.code,
            approval.address.as_deref().unwrap_or("plan")
        );
        if set.enforcement == Enforcement::HardMandatory {
            return Some(format!(
                "{who} does not count: policy set {} is hard-mandatory",
                set.name
            ));
        }
        if let Some(expires) = &approval.expires
            && Date::parse(expires).is_none_or(|d| d < today)
        {
            return Some(format!("{who} expired on {expires}"));
        }
        if !self.config.is_owner(&approval.user, set) {
            return Some(format!(
                "{who} does not count: {} is not an owner of policy set {}",
                approval.user, set.name
            ));
        }
        if set.require_signed {
            let verified = match (&approval.signature, &self.signers) {
                (Some(signature), Some(signers)) => {
                    signers.verifies(&approval.user, &approval.signed_bytes(), signature)
                }
                _ => false,
            };
            if !verified {
                return Some(format!(
                    "{who} does not count: policy set {} requires a signature that verifies against {}'s allowed key",
                    set.name, approval.user
                ));
            }
        }
        None
    }

    /// Assigns each finding its policy set and enforcement, acknowledges the
    /// approved ones, and returns per-set status and the problems found.
    pub fn apply(&self, findings: &mut [Finding], today: Date) -> (Vec<SetStatus>, Vec<String>) {
        let mut problems = BTreeSet::new();
        let mut used = vec![false; self.ledger.approvals.len()];
        let mut have: Vec<Option<usize>> = vec![None; self.config.policy_sets.len()];
        for finding in findings.iter_mut() {
            if finding.policy_set == TFGUARD_SET {
                continue;
            }
            let builtin = finding.policy.file.starts_with(BUILTIN_PREFIX);
            let set = self.config.set_for_policy(&finding.policy.file, builtin);
            let set_index = self
                .config
                .policy_sets
                .iter()
                .position(|s| s.name == set.name)
                .unwrap_or(0);
            finding.policy_set = set.name.clone();
            finding.enforcement = set.enforcement;
            let mut valid: Vec<&Approval> = Vec::new();
            for (index, approval) in self.ledger.approvals.iter().enumerate() {
                if approval.fingerprint != finding.fingerprint.0 || approval.policy_set != set.name
                {
                    continue;
                }
                used[index] = true;
                let failing = finding.status == Status::Open && finding.level == Level::Failure;
                if !failing {
                    continue;
                }
                match self.rejection(approval, set, today) {
                    Some(problem) => {
                        problems.insert(problem);
                    }
                    None if !valid
                        .iter()
                        .any(|v| v.user.eq_ignore_ascii_case(&approval.user)) =>
                    {
                        valid.push(approval);
                    }
                    None => {}
                }
            }
            if finding.status != Status::Open
                || finding.level != Level::Failure
                || set.enforcement != Enforcement::SoftMandatory
            {
                continue;
            }
            if valid.len() >= set.approve_count {
                acknowledge(finding, &valid, &self.config);
            } else {
                let slot = &mut have[set_index];
                *slot = Some(slot.map_or(valid.len(), |h| h.min(valid.len())));
            }
        }
        for (approval, used) in self.ledger.approvals.iter().zip(used) {
            if !used {
                problems.insert(format!(
                    "unused approval by {} of {} ({}), fingerprint {}: no current finding has it (prune with `tfguard approvals prune PLAN`)",
                    approval.user,
                    approval.code,
                    approval.address.as_deref().unwrap_or("plan"),
                    approval.fingerprint
                ));
            }
        }
        let statuses = self
            .config
            .policy_sets
            .iter()
            .zip(have)
            .map(|(set, have)| {
                let of_set = || findings.iter().filter(|f| f.policy_set == set.name);
                SetStatus {
                    name: set.name.clone(),
                    enforcement: set.enforcement,
                    required: set.approve_count,
                    failing: of_set()
                        .filter(|f| f.status == Status::Open && f.level == Level::Failure)
                        .count(),
                    acknowledged: of_set()
                        .filter(|f| f.status == Status::Acknowledged)
                        .count(),
                    have: have.unwrap_or(0),
                }
            })
            .collect();
        (statuses, problems.into_iter().collect())
    }
}

fn acknowledge(finding: &mut Finding, valid: &[&Approval], config: &Config) {
    let records: Vec<ApprovalRecord> = valid
        .iter()
        .map(|a| ApprovalRecord {
            user: a.user.clone(),
            time: a.time.clone(),
            reason: a.reason.clone(),
            expires: a.expires.clone(),
            signed: a.signature.is_some(),
        })
        .collect();
    let users: Vec<&str> = records.iter().map(|r| r.user.as_str()).collect();
    finding.status = Status::Acknowledged;
    finding.suppression = Some(Suppression {
        kind: "approval".to_owned(),
        reason: format!("approved by {}", users.join(", ")),
        expires: records.iter().filter_map(|r| r.expires.clone()).min(),
        file: config.ledger.display().to_string(),
        line: 0,
        approvals: records,
    });
}

#[derive(Debug, thiserror::Error)]
pub enum ApprovalsError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    #[error(transparent)]
    Sign(#[from] SignError),
}
