//! `tfguard approve` and `tfguard approvals list|clear|prune`: settings in,
//! the library's ledger edits, one line out.

use std::process::ExitCode;

use tfguard::approvals::{Approvals, ApprovalsError, Signer, sign};
use tfguard::config::Config;
use tfguard::date::Date;
use tfguard::report::listing;

use crate::checks::{evaluate, load_plans_and_policies};
use crate::cli::ApprovalsCommand;
use crate::errors::Failure;
use crate::output::print_stdout;
use crate::settings::{ApproveSettings, CheckSettings, Env};

pub fn run_approve(settings: ApproveSettings) -> Result<ExitCode, Failure> {
    let check = &settings.check;
    let approvals = Approvals::load(check.config.clone())?;
    // Refused before any policy runs.
    approvals
        .check_request(&settings.request)
        .map_err(ApprovalsError::from)?;
    let (plans, policies) = load_plans_and_policies(check, |_| {})?;
    let report = evaluate(check, &policies, plans, None)?;
    let signer = settings
        .sign
        .as_deref()
        .map(|key| move |bytes: &[u8]| sign(key, bytes).map_err(ApprovalsError::from));
    let recorded = approvals.record(
        &settings.request,
        &report.findings,
        signer.as_ref().map(|s| s as Signer<'_>),
    )?;
    let line = format!(
        "recorded {recorded} approval(s) by {} for policy set {} in {}\n",
        settings.request.user,
        settings.request.policy_set,
        approvals.config.ledger.display()
    );
    print_stdout(line.as_bytes())
}

pub fn run_approvals(
    command: ApprovalsCommand,
    env: &Env,
    verbose: bool,
) -> Result<ExitCode, Failure> {
    match command {
        ApprovalsCommand::List { output, config } => {
            let approvals = Approvals::load(Config::discover(config.as_deref(), &env.cwd)?)?;
            let text = listing::ledger(
                &approvals.ledger.approvals,
                &approvals.config.ledger,
                output,
            );
            print_stdout(text.as_bytes())
        }
        ApprovalsCommand::Clear { policy_set, config } => {
            let approvals = Approvals::load(Config::discover(config.as_deref(), &env.cwd)?)?;
            let cleared = approvals.clear(&policy_set)?;
            let line = format!("cleared {cleared} approval(s) of policy set {policy_set}\n");
            print_stdout(line.as_bytes())
        }
        ApprovalsCommand::Prune { plans, policy } => {
            let check = CheckSettings::resolve(&plans, policy, &env.cwd, verbose)?;
            let approvals = Approvals::load(check.config.clone())?;
            let report = if check.plans.is_empty() {
                None
            } else {
                let (plans, policies) = load_plans_and_policies(&check, |_| {})?;
                Some(evaluate(&check, &policies, plans, None)?)
            };
            let (expired, unused) = approvals.prune(
                Date::today(),
                report.as_ref().map(|r| r.findings.as_slice()),
            )?;
            let line = format!("pruned {expired} expired and {unused} unused approval(s)\n");
            print_stdout(line.as_bytes())
        }
    }
}
