//! Edits of the ledger: recording approvals, clearing a set, pruning.
//!
//! The rules for who may approve live in [`Approvals::refusal`], shared with
//! the rules that decide whether a recorded approval still counts, so the
//! two can never disagree.

use std::collections::BTreeSet;

use super::{Approval, Approvals, ApprovalsError, Ledger};
use crate::config::{Approvers, PolicySet};
use crate::date::Date;
use crate::finding::{Enforcement, Finding, Level, Status};

/// One `tfguard approve`: who approves what, and why.
#[derive(Debug, Clone)]
pub struct ApprovalRequest {
    pub policy_set: String,
    pub user: String,
    pub reason: String,
    /// `YYYY-MM-DD`, the last day the approval counts.
    pub expires: Option<String>,
    /// Only these fingerprints; every failing finding of the set when empty.
    pub fingerprints: Vec<String>,
    /// The pull request's author, for `prevent_self_approve`.
    pub author: Option<String>,
    /// The plan the findings come from, as the user named it.
    pub plan: String,
    pub head_commit: Option<String>,
    pub pull_num: Option<String>,
    /// RFC 3339, UTC: when the approval is recorded.
    pub time: String,
    pub today: Date,
}

/// Signs the bytes of one ledger entry (an SSH key, in the binary).
pub type Signer<'a> = &'a dyn Fn(&[u8]) -> Result<String, ApprovalsError>;

/// Why a request or an edit is not allowed; nothing was written.
#[derive(Debug, thiserror::Error)]
#[error("approval refused: {0}")]
pub struct Refused(pub String);

impl Approvals {
    /// Why `user` cannot approve findings of `set`, if they cannot: of one
    /// finding with `finding_owners`, or, when `None`, of the set at all
    /// (for `approvers = "finding-owners"` that waits for the findings).
    pub fn refusal(
        &self,
        user: &str,
        set: &PolicySet,
        finding_owners: Option<&[String]>,
    ) -> Option<String> {
        match set.enforcement {
            Enforcement::HardMandatory => {
                return Some(format!(
                    "policy set {} is hard-mandatory: its failures cannot be approved",
                    set.name
                ));
            }
            Enforcement::Advisory => {
                return Some(format!(
                    "policy set {} is advisory: its failures do not block, so there is nothing to approve",
                    set.name
                ));
            }
            Enforcement::SoftMandatory => {}
        }
        if self.config.is_owner(user, set) {
            return None;
        }
        match (set.approvers, finding_owners) {
            (Approvers::SetOwners, _) => {
                Some(format!("{user} is not an owner of policy set {}", set.name))
            }
            (Approvers::FindingOwners, None) => None,
            (Approvers::FindingOwners, Some(owners)) => (!self
                .config
                .is_finding_owner(user, owners))
            .then(|| {
                format!(
                    "{user} is neither an owner of policy set {} nor an owner of the finding ({})",
                    set.name,
                    if owners.is_empty() {
                        "it has none".to_owned()
                    } else {
                        owners.join(", ")
                    }
                )
            }),
        }
    }

    /// Without a `tfguard.toml` there is no ledger to edit.
    fn configured(&self) -> Result<(), Refused> {
        if self.config.is_configured() {
            Ok(())
        } else {
            Err(Refused(
                "there is no tfguard.toml, so no policy set has owners who could approve (see docs/approvals.md)"
                    .to_owned(),
            ))
        }
    }

    /// Checks a request before anything is evaluated, so a refused approval
    /// costs no policy run. Returns the set it approves for.
    pub fn check_request(&self, request: &ApprovalRequest) -> Result<&PolicySet, Refused> {
        self.configured()?;
        let config = &self.config;
        let Some(set) = config.set(&request.policy_set) else {
            let names: Vec<&str> = config.policy_sets.iter().map(|s| s.name.as_str()).collect();
            return Err(Refused(format!(
                "unknown policy set {:?} (sets: {})",
                request.policy_set,
                names.join(", ")
            )));
        };
        if request.reason.trim().is_empty() {
            return Err(Refused(
                "--reason is empty; say why the finding is acceptable".to_owned(),
            ));
        }
        if let Some(why) = self.refusal(&request.user, set, None) {
            return Err(Refused(why));
        }
        if set.prevent_self_approve
            && let Some(author) = &request.author
            && author.eq_ignore_ascii_case(&request.user)
        {
            return Err(Refused(format!(
                "{} wrote this pull request, and policy set {} has prevent_self_approve",
                request.user, set.name
            )));
        }
        if let Some(expires) = &request.expires {
            match Date::parse(expires) {
                None => {
                    return Err(Refused(format!(
                        "--expires {expires:?} is not a YYYY-MM-DD date"
                    )));
                }
                Some(date) if date < request.today => {
                    return Err(Refused(format!("--expires {expires} is in the past")));
                }
                Some(_) => {}
            }
        }
        Ok(set)
    }

    /// Records `request` for the failing ones of `findings` (a check's
    /// result) in the ledger on disk; `sign` signs each entry's bytes.
    /// Returns how many entries were recorded.
    pub fn record(
        &self,
        request: &ApprovalRequest,
        findings: &[Finding],
        sign: Option<Signer<'_>>,
    ) -> Result<usize, ApprovalsError> {
        let policy_set = self.check_request(request)?;
        let set = policy_set.name.clone();
        let failing: Vec<_> = findings
            .iter()
            .filter(|f| {
                f.policy_set == set
                    && f.level == Level::Failure
                    && matches!(f.status, Status::Open | Status::Acknowledged)
            })
            .collect();
        for fingerprint in &request.fingerprints {
            if !failing.iter().any(|f| &f.fingerprint.0 == fingerprint) {
                return Err(Refused(format!(
                    "fingerprint {fingerprint} is not a failing finding of policy set {set} in {}",
                    request.plan
                ))
                .into());
            }
        }
        let requested: Vec<_> = failing
            .into_iter()
            .filter(|f| {
                request.fingerprints.is_empty() || request.fingerprints.contains(&f.fingerprint.0)
            })
            .collect();
        if requested.is_empty() {
            return Err(Refused(format!(
                "policy set {set} has no failing findings in {}",
                request.plan
            ))
            .into());
        }
        // With `approvers = "finding-owners"`, a finding owner who is not an
        // owner of the set approves only the findings they own.
        let mut targets = Vec::new();
        let mut refusals = Vec::new();
        for finding in requested {
            match self.refusal(&request.user, policy_set, Some(&finding.owners)) {
                None => targets.push(finding),
                Some(why) => refusals.push(format!("{}: {why}", finding.fingerprint)),
            }
        }
        if !request.fingerprints.is_empty() && !refusals.is_empty() {
            return Err(Refused(refusals.join("; ")).into());
        }
        if targets.is_empty() {
            return Err(Refused(format!(
                "{} is neither an owner of policy set {set} nor an owner of any of its failing findings in {}",
                request.user, request.plan
            ))
            .into());
        }
        let mut entries = Vec::new();
        for finding in &targets {
            let mut approval = Approval {
                fingerprint: finding.fingerprint.0.clone(),
                policy_set: set.clone(),
                code: finding.code.clone(),
                address: finding.address.clone(),
                user: request.user.clone(),
                time: request.time.clone(),
                reason: request.reason.trim().to_owned(),
                expires: request.expires.clone(),
                head_commit: request.head_commit.clone(),
                pull_num: request.pull_num.clone(),
                plan: request.plan.clone(),
                signature: None,
            };
            if let Some(sign) = sign {
                approval.signature = Some(sign(&approval.signed_bytes())?);
            }
            entries.push(approval);
        }
        Ledger::update(&self.config.ledger, |ledger| {
            for approval in entries {
                // A user approving the same finding again replaces their entry.
                ledger.approvals.retain(|a| {
                    !(a.fingerprint == approval.fingerprint
                        && a.policy_set == approval.policy_set
                        && a.user.eq_ignore_ascii_case(&approval.user))
                });
                ledger.approvals.push(approval);
            }
        })?;
        Ok(targets.len())
    }

    /// Removes every approval of `set` from the ledger on disk; returns how
    /// many there were.
    pub fn clear(&self, set: &str) -> Result<usize, ApprovalsError> {
        self.configured()?;
        Ok(Ledger::update(&self.config.ledger, |ledger| {
            let before = ledger.approvals.len();
            ledger.approvals.retain(|a| a.policy_set != set);
            before - ledger.approvals.len()
        })?)
    }

    /// Drops from the ledger on disk the approvals that expired before
    /// `today` and, given the current findings, those that match none of
    /// them. Returns (expired, unused).
    pub fn prune(
        &self,
        today: Date,
        current: Option<&[Finding]>,
    ) -> Result<(usize, usize), ApprovalsError> {
        self.configured()?;
        Ok(Ledger::update(&self.config.ledger, |ledger| {
            prune(&mut ledger.approvals, today, current)
        })?)
    }
}

/// See [`Approvals::prune`].
fn prune(
    approvals: &mut Vec<Approval>,
    today: Date,
    current: Option<&[Finding]>,
) -> (usize, usize) {
    let before = approvals.len();
    approvals.retain(|a| {
        a.expires
            .as_deref()
            .and_then(Date::parse)
            .is_none_or(|d| d >= today)
    });
    let expired = before - approvals.len();
    let Some(findings) = current else {
        return (expired, 0);
    };
    let current: BTreeSet<(&str, &str)> = findings
        .iter()
        .map(|f| (f.policy_set.as_str(), f.fingerprint.0.as_str()))
        .collect();
    let kept = approvals.len();
    approvals.retain(|a| current.contains(&(a.policy_set.as_str(), a.fingerprint.as_str())));
    (expired, kept - approvals.len())
}
