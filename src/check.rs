//! `tfguard check` as a library call: plans and an engine in, a [`Report`] out.

use serde::Serialize;

use crate::approvals::{ApprovalProblem, Approvals, SetStatus};
use crate::date::Date;
use crate::engine::{Engine, EvalError, Progress, Selection};
use crate::finding::{Finding, Outcome, Severity, Status};
use crate::owners::Ownership;
use crate::plan::Plan;
use crate::source::SourceMap;
use crate::stamp::stamp_all;

/// How to check, beyond the policies themselves.
#[derive(Debug, Default)]
pub struct CheckOptions {
    pub selection: Selection,
    /// The Terraform configuration, for `.tf` locations and inline ignores.
    pub sources: Option<SourceMap>,
    /// The day ignore expiry dates are compared with; today when `None`.
    pub today: Option<Date>,
    /// Told about evaluation progress (a progress bar on a terminal).
    pub progress: Option<std::sync::Arc<dyn Progress>>,
    /// Policy sets and the approvals ledger; the defaults (no owners, no
    /// approvals) when `None`.
    pub approvals: Option<Approvals>,
    /// `--unknown=fail`: findings about values only known after apply fail
    /// like any other, instead of being reported as `unknown`.
    pub unknown_fails: bool,
    /// Who owns each finding (`[[owners]]` rules and CODEOWNERS).
    pub ownership: Option<Ownership>,
    /// The baseline and how to name it in messages (`--baseline`).
    pub baseline: Option<(crate::baseline::Baseline, String)>,
}

impl std::fmt::Debug for dyn Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}

/// Counts shown in every output format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Resource changes in scope, over all plans.
    pub resources: usize,
    /// Open findings of failure level that block.
    pub failures: usize,
    /// Open findings of failure level in advisory policy sets (never block).
    pub advisory: usize,
    /// Open findings of warning level.
    pub warnings: usize,
    /// Open findings (failures, advisory, warnings) by severity.
    pub severities: SeverityCounts,
    /// Findings acknowledged by approvals (none until approvals exist).
    pub acknowledged: usize,
    /// Findings suppressed by inline ignore comments.
    pub ignored: usize,
    /// Findings about values only known after apply (not failing by default).
    pub unknown: usize,
    /// Findings already in the baseline file.
    pub baselined: usize,
}

/// Open findings per severity, most severe first when shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SeverityCounts {
    pub critical: usize,
    pub high: usize,
    pub medium: usize,
    pub low: usize,
    pub info: usize,
}

impl SeverityCounts {
    fn add(&mut self, severity: Severity) {
        *match severity {
            Severity::Critical => &mut self.critical,
            Severity::High => &mut self.high,
            Severity::Medium => &mut self.medium,
            Severity::Low => &mut self.low,
            Severity::Info => &mut self.info,
        } += 1;
    }

    /// Non-zero counts, most severe first: `[(Severity::High, 2), ...]`.
    pub fn nonzero(&self) -> Vec<(Severity, usize)> {
        [
            (Severity::Critical, self.critical),
            (Severity::High, self.high),
            (Severity::Medium, self.medium),
            (Severity::Low, self.low),
            (Severity::Info, self.info),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect()
    }
}

/// What one plan was, for reporters that mention it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanSummary {
    pub file: String,
    pub format_version: String,
    pub terraform_version: Option<String>,
    /// Terraform stopped part-way: what was there was checked, but the plan is incomplete.
    pub errored: bool,
    pub resources: usize,
}

/// The result of checking one or more plans.
#[derive(Debug)]
pub struct Report {
    pub plans: Vec<Plan>,
    pub plan_summaries: Vec<PlanSummary>,
    /// Sorted by [`Finding::sort_key`].
    pub findings: Vec<Finding>,
    pub summary: Summary,
    /// The configuration the findings point into, for reporters that quote it.
    pub sources: Option<SourceMap>,
    /// Things worth knowing that are not findings (shown with `--verbose`).
    pub notes: Vec<String>,
    /// Per policy set: enforcement, failures, approvals required and had.
    pub policy_sets: Vec<SetStatus>,
    /// Approvals that do not count (expired, not an owner, bad signature)
    /// or match no finding. Always shown.
    pub approval_problems: Vec<ApprovalProblem>,
    /// The baseline file the findings were matched against, if any.
    pub baseline: Option<String>,
}

impl Report {
    /// Whether any finding blocks.
    pub fn has_blocking(&self, fail_on_warn: bool) -> bool {
        self.findings.iter().any(|f| f.is_blocking(fail_on_warn))
    }
}

/// Evaluates `engine` on every plan, maps findings to the configuration and
/// applies inline ignores, and collects sorted findings.
pub fn check(
    engine: &Engine,
    plans: Vec<Plan>,
    options: CheckOptions,
) -> Result<Report, EvalError> {
    let selection = options.selection;
    let mut findings = Vec::new();
    let mut plan_summaries = Vec::new();
    let mut summary = Summary::default();
    for plan in &plans {
        let evaluation =
            engine.evaluate_with_progress(plan, selection, options.progress.as_deref())?;
        let resources_in_scope = evaluation.resources_in_scope;
        // The results are consumed as they are stamped, and one plan's
        // findings become the list without a copy: at 50k resources each of
        // these buffers is tens of megabytes at the run's peak.
        let mut stamped = stamp_all(plan, evaluation.results);
        if options.unknown_fails {
            for finding in stamped.iter_mut().filter(|f| f.status == Status::Unknown) {
                finding.status = Status::Open;
            }
        }
        if findings.is_empty() {
            findings = stamped;
        } else {
            findings.append(&mut stamped);
        }
        summary.resources += resources_in_scope;
        plan_summaries.push(PlanSummary {
            file: plan.name.clone(),
            format_version: plan.format_version.clone(),
            terraform_version: plan.terraform_version.clone(),
            errored: plan.errored,
            resources: evaluation.resources_in_scope,
        });
    }
    let mut notes = Vec::new();
    let today = options.today.unwrap_or_else(Date::today);
    if let Some(sources) = &options.sources {
        let applied = sources.apply(&mut findings, today);
        findings.extend(applied.warnings);
        notes.extend(sources.notes.iter().cloned());
        if applied.unmapped > 0 {
            notes.push(format!(
                "{} finding(s) name resources with no block in the configuration; they point at the plan JSON",
                applied.unmapped
            ));
        }
    }
    if let Some(ownership) = &options.ownership {
        ownership.apply(&mut findings, &plans);
        notes.extend(ownership.notes.iter().cloned());
    }
    if let Some((baseline, file)) = &options.baseline {
        let warnings = baseline.apply(&mut findings, today, file);
        findings.extend(warnings);
    }
    let approvals = options.approvals.unwrap_or_default();
    let (policy_sets, approval_problems) = approvals.apply(&mut findings, today);
    // In place: a stable sort's scratch buffer is half the findings again
    // (13 MB at 50k resources). Equal keys are equal findings, and the
    // unstable sort is deterministic for the same input order.
    findings.sort_unstable_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    for finding in &findings {
        let outcome = finding.outcome();
        match outcome {
            Outcome::Fail => summary.failures += 1,
            Outcome::Advisory => summary.advisory += 1,
            Outcome::Warn => summary.warnings += 1,
            Outcome::Ignored => summary.ignored += 1,
            Outcome::Acknowledged => summary.acknowledged += 1,
            Outcome::Unknown => summary.unknown += 1,
            Outcome::Baselined => summary.baselined += 1,
        }
        if matches!(outcome, Outcome::Fail | Outcome::Advisory | Outcome::Warn) {
            summary.severities.add(finding.severity);
        }
    }
    Ok(Report {
        plans,
        plan_summaries,
        findings,
        summary,
        sources: options.sources,
        notes,
        policy_sets,
        approval_problems,
        baseline: options.baseline.map(|(_, file)| file),
    })
}
