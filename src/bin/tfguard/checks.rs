//! The commands that check plans: `check`, `plan` and `baseline`, and the steps
//! `approve`, `approvals prune` and `atlantis` share with them.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use tfguard::approvals::Approvals;
use tfguard::baseline::Baseline;
use tfguard::engine::Progress;
use tfguard::pipeline::Policies;
use tfguard::plan::{PlanInput, plan_and_show};
use tfguard::{Plan, Report};

use crate::errors::{Failure, warn};
use crate::output::write_reports;
use crate::progress;
use crate::settings::{CheckSettings, OutputSettings};

/// Exit 1 when something fails, unless `--no-fail`.
pub fn exit_code(fails: bool, no_fail: bool) -> ExitCode {
    if fails && !no_fail {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The notes `-v` asks for, on stderr.
pub fn print_notes(verbose: bool, notes: &[String]) {
    if verbose {
        for note in notes {
            warn(&format!("note: {note}"));
        }
    }
}

/// Policies, approvals and the evaluation every checking command shares;
/// warnings are printed, notes with `-v`.
pub fn evaluate(
    check: &CheckSettings,
    policies: &Policies,
    plans: Vec<Plan>,
    bar: Option<Arc<progress::Bar>>,
) -> Result<Report, Failure> {
    let approvals = Approvals::load(check.config.clone()).map_err(tfguard::Error::from)?;
    let report = policies.check(
        plans,
        &check.run,
        approvals,
        bar.clone().map(|b| b as Arc<dyn Progress>),
    );
    if let Some(bar) = &bar {
        // The bar must be gone before anything else is written.
        bar.finish();
    }
    let report = report?;
    print_notes(check.verbose, &report.notes);
    Ok(report)
}

/// Loads the policies `check` names, printing their warnings and the
/// settings' notes; compiled for checking `plans` only.
pub fn load_policies(check: &CheckSettings, plans: &[Plan]) -> Result<Policies, Failure> {
    print_notes(check.verbose, &check.notes);
    let policies = Policies::load(&check.policy.for_plans(plans), &check.config)?;
    warn_of(&policies);
    Ok(policies)
}

/// Loads the plans `check` names and the policies compiled for checking
/// them (at once, see [`tfguard::pipeline::load_plans_and_policies`]),
/// printing the policies' warnings and the settings' notes; `before` is
/// told of each plan before it is read.
pub fn load_plans_and_policies(
    check: &CheckSettings,
    before: impl Fn(&PlanInput),
) -> Result<(Vec<Plan>, Policies), Failure> {
    print_notes(check.verbose, &check.notes);
    let (plans, policies) = tfguard::pipeline::load_plans_and_policies(
        &check.plans,
        &check.terraform,
        &check.policy,
        &check.config,
        before,
    )?;
    warn_of(&policies);
    Ok((plans, policies))
}

fn warn_of(policies: &Policies) {
    for warning in &policies.warnings {
        warn(&format!("warning: {warning}"));
    }
}

pub fn run_check(check: &CheckSettings, output: &OutputSettings) -> Result<ExitCode, Failure> {
    let bar = progress::Bar::new(output.progress);
    let loaded = load_plans_and_policies(check, |input| {
        if let Some(bar) = &bar {
            bar.loading(&input.name());
        }
    });
    let (plans, policies) = match loaded {
        Ok(loaded) => loaded,
        Err(e) => {
            if let Some(bar) = &bar {
                bar.finish();
            }
            return Err(e);
        }
    };
    let report = evaluate(check, &policies, plans, bar)?;
    write_reports(&report, output)?;
    let code = exit_code(report.has_blocking(output.fail_on_warn), output.no_fail);
    // The process ends here: freeing the findings and the compiled
    // policies one allocation at a time only delays the exit (6 ms at 10k
    // resources); neither holds a file or a lock.
    std::mem::forget(report);
    std::mem::forget(policies);
    Ok(code)
}

/// `tfguard baseline`: the open findings, written to `out`. An existing
/// baseline is not applied: the new one holds every open finding.
pub fn run_baseline(mut check: CheckSettings, out: &std::path::Path) -> Result<ExitCode, Failure> {
    check.run.baseline = None;
    let (plans, policies) = load_plans_and_policies(&check, |_| {})?;
    let report = evaluate(&check, &policies, plans, None)?;
    let baseline = Baseline::of(&report.findings, &tfguard::date::now_rfc3339());
    baseline.save(out).map_err(tfguard::Error::from)?;
    let line = format!(
        "wrote {} baseline entries to {}\n",
        baseline.entries.len(),
        out.display()
    );
    crate::output::print_stdout(line.as_bytes())
}

/// `tfguard plan`: terraform plan, then check what it planned. The binary
/// plan is kept at `--out`, else written to a temporary folder and removed.
pub fn run_plan(
    check: &CheckSettings,
    output: &OutputSettings,
    out: Option<PathBuf>,
    chdir: Option<PathBuf>,
    terraform_args: &[String],
) -> Result<ExitCode, Failure> {
    // Configuration and policy errors show before terraform spends time
    // planning: the policies are compiled for no resource kind (the user's
    // and the helpers, no built-in check), then again for the plan's kinds
    // once terraform has written it, as `check` compiles them.
    load_policies(check, &[])?;
    let temporary = match out {
        Some(_) => None,
        None => Some(
            tempfile::tempdir().map_err(|e| Failure::Output("a temporary folder".to_owned(), e))?,
        ),
    };
    let out = match (out, &temporary) {
        (Some(out), _) => out,
        (None, Some(dir)) => dir.path().join("tfplan"),
        (None, None) => PathBuf::from("tfplan"),
    };
    let bytes = plan_and_show(&check.terraform, chdir.as_deref(), &out, terraform_args)?;
    let plan = Plan::from_bytes(&out.display().to_string(), &bytes)?;
    let options = check.policy.for_plans(std::slice::from_ref(&plan));
    let policies = Policies::load(&options, &check.config)?;
    let report = evaluate(check, &policies, vec![plan], None)?;
    write_reports(&report, output)?;
    if temporary.is_none() {
        warn(&format!(
            "plan saved to {0}; apply exactly what was checked with `terraform{1} apply {0}`",
            out.display(),
            chdir
                .map(|d| format!(" -chdir={}", d.display()))
                .unwrap_or_default()
        ));
    }
    Ok(exit_code(
        report.has_blocking(output.fail_on_warn),
        output.no_fail,
    ))
}
