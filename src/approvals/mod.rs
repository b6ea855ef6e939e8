//! Policy sets, owners and approvals: the controlled way out of a
//! soft-mandatory failure.
//!
//! Every finding is assigned to a policy set, which decides its enforcement.
//! A failing soft-mandatory finding becomes `acknowledged` once enough
//! distinct, current owners have approved its fingerprint in the ledger (and
//! signed, when the set requires it). Approvals that do not count are said
//! so, never silently dropped. Nothing here decides exit codes.

mod approve;
mod ledger;
mod sign;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::config::{Approvers, Config, ConfigError, PolicySet};
use crate::date::Date;
use crate::finding::{
    ApprovalRecord, Enforcement, Finding, Level, Status, Suppression, TFGUARD_SET,
};
use crate::policy::is_builtin;

pub use approve::{ApprovalRequest, Refused, Signer};
pub use ledger::{Approval, Ledger, LedgerError};
pub use sign::{AllowedSigners, NAMESPACE, SignError, sign};

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
    /// The fewest valid approvals by set owners any failing finding of the set has.
    pub have: usize,
    /// `approvers = "finding-owners"`: each finding also needs an approval
    /// from one of its owners.
    pub needs_finding_owner: bool,
    /// Failing findings with enough approvals from set owners that still
    /// wait for one from an owner of the finding.
    pub awaiting_finding_owner: usize,
    /// Valid approvals of current failing findings, per user (sorted), with
    /// the fingerprints each approved: what Atlantis's `Approvals` lists.
    pub approvers: Vec<(String, Vec<String>)>,
}

/// An approval that does not count, or that matches no finding: always
/// shown, in the block of the set it names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ApprovalProblem {
    pub policy_set: String,
    pub message: String,
}

impl Approvals {
    /// The ledger and allowed signers `config` names. Without a
    /// `tfguard.toml` there are no owners, so no ledger is read: failures
    /// simply fail.
    pub fn load(config: Config) -> Result<Self, ApprovalsError> {
        if !config.is_configured() {
            return Ok(Self {
                config,
                ..Self::default()
            });
        }
        let ledger = Ledger::load(&config.ledger)?;
        let signers = match &config.allowed_signers {
            Some(path) => Some(AllowedSigners::load(path)?),
            None => None,
        };
        Ok(Self {
            config,
            ledger,
            signers,
        })
    }

    /// Why an approval of a finding owned by `finding_owners` does not
    /// count for `set` today, if it does not.
    pub fn rejection(
        &self,
        approval: &Approval,
        set: &PolicySet,
        finding_owners: &[String],
        today: Date,
    ) -> Option<String> {
        let who = format!(
            "approval by {} of {} ({})",
            approval.user,
            approval.code,
            approval.address.as_deref().unwrap_or("plan")
        );
        if let Some(expires) = &approval.expires
            && Date::parse(expires).is_none_or(|d| d < today)
        {
            return Some(format!("{who} expired on {expires}"));
        }
        if let Some(why) = self.refusal(&approval.user, set, Some(finding_owners)) {
            return Some(format!("{who} does not count: {why}"));
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
    /// approved ones, and returns per-set status (none without a
    /// `tfguard.toml`) and the problems found.
    pub fn apply(
        &self,
        findings: &mut [Finding],
        today: Date,
    ) -> (Vec<SetStatus>, Vec<ApprovalProblem>) {
        let mut problems = BTreeSet::new();
        let mut approvers: Vec<BTreeMap<String, BTreeSet<String>>> =
            vec![BTreeMap::new(); self.config.policy_sets.len()];
        let mut used = vec![false; self.ledger.approvals.len()];
        let mut have: Vec<Option<usize>> = vec![None; self.config.policy_sets.len()];
        let mut awaiting = vec![0; self.config.policy_sets.len()];
        for finding in findings.iter_mut() {
            if finding.policy_set == TFGUARD_SET {
                continue;
            }
            let builtin = is_builtin(&finding.policy.file);
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
                match self.rejection(approval, set, &finding.owners, today) {
                    Some(message) => {
                        problems.insert(ApprovalProblem {
                            policy_set: set.name.clone(),
                            message,
                        });
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
            for approval in &valid {
                approvers[set_index]
                    .entry(approval.user.clone())
                    .or_default()
                    .insert(approval.fingerprint.clone());
            }
            // Only the set's owners count towards `approve_count`; with
            // `approvers = "finding-owners"` one approval must also come
            // from an owner of the finding (possibly the same person).
            let by_set_owners = valid
                .iter()
                .filter(|a| self.config.is_owner(&a.user, set))
                .count();
            let finding_owner_approved = set.approvers == Approvers::SetOwners
                || valid
                    .iter()
                    .any(|a| self.config.is_finding_owner(&a.user, &finding.owners));
            if set.approvers == Approvers::FindingOwners && finding.owners.is_empty() {
                problems.insert(ApprovalProblem {
                    policy_set: set.name.clone(),
                    message: format!(
                        "{} ({}) has no owners, and policy set {} needs an approval from an owner of the finding: add an [[owners]] rule or a CODEOWNERS entry for it",
                        finding.code,
                        finding.address.as_deref().unwrap_or("plan"),
                        set.name
                    ),
                });
            }
            if by_set_owners >= set.approve_count && finding_owner_approved {
                acknowledge(finding, &valid, &self.config);
            } else {
                if by_set_owners >= set.approve_count {
                    awaiting[set_index] += 1;
                }
                let slot = &mut have[set_index];
                *slot = Some(slot.map_or(by_set_owners, |h| h.min(by_set_owners)));
            }
        }
        for (approval, used) in self.ledger.approvals.iter().zip(used) {
            if !used {
                problems.insert(ApprovalProblem {
                    policy_set: approval.policy_set.clone(),
                    message: format!(
                        "unused approval by {} of {} ({}), fingerprint {}: no current finding has it (prune with `tfguard approvals prune PLAN`)",
                        approval.user,
                        approval.code,
                        approval.address.as_deref().unwrap_or("plan"),
                        approval.fingerprint
                    ),
                });
            }
        }
        if !self.config.is_configured() {
            // No configuration, no owners: nothing to say about approvals.
            return (Vec::new(), problems.into_iter().collect());
        }
        let statuses = self
            .config
            .policy_sets
            .iter()
            .zip(have)
            .zip(approvers)
            .zip(awaiting)
            .map(|(((set, have), approvers), awaiting_finding_owner)| {
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
                    needs_finding_owner: set.approvers == Approvers::FindingOwners,
                    awaiting_finding_owner,
                    approvers: approvers
                        .into_iter()
                        .map(|(user, fingerprints)| (user, fingerprints.into_iter().collect()))
                        .collect(),
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
    #[error(transparent)]
    Refused(#[from] Refused),
}
