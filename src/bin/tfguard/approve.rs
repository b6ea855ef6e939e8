//! `tfguard approve` and `tfguard approvals list|clear|prune`.

use std::collections::BTreeSet;
use std::process::ExitCode;

use tfguard::approvals::{Approval, Approvals};
use tfguard::date::{Date, now_rfc3339};
use tfguard::finding::{Enforcement, Level, Status};
use tfguard::plan::PlanInput;

use crate::cli::{ApprovalsCommand, ApproveArgs};
use crate::errors::Failure;
use crate::settings::CheckSettings;
use crate::{Policies, evaluate, print_stdout};

fn refused(message: impl Into<String>) -> Failure {
    Failure::Refused(message.into())
}

/// The pull-request author: `--author`, else `PULL_AUTHOR` (Atlantis), else
/// `GITHUB_ACTOR` (GitHub Actions).
fn author(flag: Option<String>) -> Option<String> {
    flag.or_else(|| std::env::var("PULL_AUTHOR").ok())
        .or_else(|| std::env::var("GITHUB_ACTOR").ok())
        .filter(|a| !a.is_empty())
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

pub fn run_approve(args: ApproveArgs) -> Result<ExitCode, Failure> {
    let settings = CheckSettings::resolve(vec![PlanInput::from_arg(&args.plan)], args.options)?;
    let approvals = Approvals::load(settings.config_file.as_deref())?;
    let config = &approvals.config;
    let Some(set) = config.set(&args.policy_set).cloned() else {
        let names: Vec<&str> = config.policy_sets.iter().map(|s| s.name.as_str()).collect();
        return Err(refused(format!(
            "unknown policy set {:?} (sets: {})",
            args.policy_set,
            names.join(", ")
        )));
    };
    if args.reason.trim().is_empty() {
        return Err(refused(
            "--reason is empty; say why the finding is acceptable",
        ));
    }
    if set.enforcement == Enforcement::HardMandatory {
        return Err(refused(format!(
            "policy set {} is hard-mandatory: its failures cannot be approved",
            set.name
        )));
    }
    if !config.is_owner(&args.user, &set) {
        return Err(refused(format!(
            "{} is not an owner of policy set {}",
            args.user, set.name
        )));
    }
    if set.prevent_self_approve
        && let Some(author) = author(args.author)
        && author.eq_ignore_ascii_case(&args.user)
    {
        return Err(refused(format!(
            "{} wrote this pull request, and policy set {} has prevent_self_approve",
            args.user, set.name
        )));
    }
    if let Some(expires) = &args.expires {
        match Date::parse(expires) {
            None => {
                return Err(refused(format!(
                    "--expires {expires:?} is not a YYYY-MM-DD date"
                )));
            }
            Some(date) if date < Date::today() => {
                return Err(refused(format!("--expires {expires} is in the past")));
            }
            Some(_) => {}
        }
    }

    let policies = Policies::load(&settings, config)?;
    let plans = settings.load_plans(|_| {})?;
    let ledger_path = config.ledger.clone();
    let mut ledger = approvals.ledger.clone();
    let report = evaluate(&settings, &policies, approvals, plans, None)?;
    let failing: Vec<_> = report
        .findings
        .iter()
        .filter(|f| {
            f.policy_set == set.name
                && f.level == Level::Failure
                && matches!(f.status, Status::Open | Status::Acknowledged)
        })
        .collect();
    for fingerprint in &args.fingerprints {
        if !failing.iter().any(|f| &f.fingerprint.0 == fingerprint) {
            return Err(refused(format!(
                "fingerprint {fingerprint} is not a failing finding of policy set {} in {}",
                set.name, args.plan
            )));
        }
    }
    let targets: Vec<_> = failing
        .into_iter()
        .filter(|f| args.fingerprints.is_empty() || args.fingerprints.contains(&f.fingerprint.0))
        .collect();
    if targets.is_empty() {
        return Err(refused(format!(
            "policy set {} has no failing findings in {}",
            set.name, args.plan
        )));
    }
    let time = now_rfc3339();
    for finding in &targets {
        let mut approval = Approval {
            fingerprint: finding.fingerprint.0.clone(),
            policy_set: set.name.clone(),
            code: finding.code.clone(),
            address: finding.address.clone(),
            user: args.user.clone(),
            time: time.clone(),
            reason: args.reason.trim().to_owned(),
            expires: args.expires.clone(),
            head_commit: env("HEAD_COMMIT").or_else(|| env("GITHUB_SHA")),
            pull_num: env("PULL_NUM"),
            plan: args.plan.clone(),
            signature: None,
        };
        if let Some(key) = &args.sign {
            approval.signature = Some(
                tfguard::approvals::sign(key, &approval.signed_bytes())
                    .map_err(tfguard::approvals::ApprovalsError::from)?,
            );
        }
        // A user approving the same finding again replaces their entry.
        ledger.approvals.retain(|a| {
            !(a.fingerprint == approval.fingerprint
                && a.policy_set == approval.policy_set
                && a.user.eq_ignore_ascii_case(&approval.user))
        });
        ledger.approvals.push(approval);
    }
    ledger.save(&ledger_path)?;
    let line = format!(
        "recorded {} approval(s) by {} for policy set {} in {}\n",
        targets.len(),
        args.user,
        set.name,
        ledger_path.display()
    );
    print_stdout(line.as_bytes())
}

pub fn run_approvals(command: ApprovalsCommand) -> Result<ExitCode, Failure> {
    match command {
        ApprovalsCommand::List { json, config } => {
            let approvals = Approvals::load(config.as_deref())?;
            let ledger = &approvals.ledger;
            if json {
                let mut text = serde_json::to_string_pretty(&ledger.approvals).unwrap_or_default();
                text.push('\n');
                return print_stdout(text.as_bytes());
            }
            let mut text = String::new();
            for a in &ledger.approvals {
                text.push_str(&format!(
                    "{}\t{}\t{}\t{}\t{}\t{}\texpires {}\t{}{}\n",
                    a.policy_set,
                    a.fingerprint,
                    a.code,
                    a.address.as_deref().unwrap_or("-"),
                    a.user,
                    a.time,
                    a.expires.as_deref().unwrap_or("never"),
                    if a.signature.is_some() {
                        "signed\t"
                    } else {
                        ""
                    },
                    a.reason
                ));
            }
            text.push_str(&format!(
                "{} approval(s) in {}\n",
                ledger.approvals.len(),
                approvals.config.ledger.display()
            ));
            print_stdout(text.as_bytes())
        }
        ApprovalsCommand::Clear { policy_set, config } => {
            let approvals = Approvals::load(config.as_deref())?;
            let mut ledger = approvals.ledger;
            let before = ledger.approvals.len();
            ledger.approvals.retain(|a| a.policy_set != policy_set);
            ledger.save(&approvals.config.ledger)?;
            let line = format!(
                "cleared {} approval(s) of policy set {policy_set}\n",
                before - ledger.approvals.len()
            );
            print_stdout(line.as_bytes())
        }
        ApprovalsCommand::Prune { plans, options } => {
            let inputs = plans.iter().map(|p| PlanInput::from_arg(p)).collect();
            let settings = CheckSettings::resolve(inputs, options)?;
            let approvals = Approvals::load(settings.config_file.as_deref())?;
            let today = Date::today();
            let ledger_path = approvals.config.ledger.clone();
            let mut ledger = approvals.ledger.clone();
            let before = ledger.approvals.len();
            ledger.approvals.retain(|a| {
                a.expires
                    .as_deref()
                    .and_then(Date::parse)
                    .is_none_or(|d| d >= today)
            });
            let expired = before - ledger.approvals.len();
            let mut unused = 0;
            if !settings.plans.is_empty() {
                let policies = Policies::load(&settings, &approvals.config)?;
                let plans = settings.load_plans(|_| {})?;
                let report = evaluate(&settings, &policies, approvals, plans, None)?;
                let current: BTreeSet<(&str, &str)> = report
                    .findings
                    .iter()
                    .map(|f| (f.policy_set.as_str(), f.fingerprint.0.as_str()))
                    .collect();
                let kept = ledger.approvals.len();
                ledger
                    .approvals
                    .retain(|a| current.contains(&(a.policy_set.as_str(), a.fingerprint.as_str())));
                unused = kept - ledger.approvals.len();
            }
            ledger.save(&ledger_path)?;
            let line = format!("pruned {expired} expired and {unused} unused approval(s)\n");
            print_stdout(line.as_bytes())
        }
    }
}
