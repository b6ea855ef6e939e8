//! `tfguard atlantis`: a custom policy check for Atlantis.
//!
//! Atlantis decides pass or fail from the text of each `run` step (one per
//! policy set, by position) and loses the text on a non-zero exit. So this
//! mode always exits 0 once it has something to say, even for errors, which
//! become a failing block: it fails closed in the text instead. A failing
//! block starts with `FAIL` lines and carries Conftest's summary line, which
//! Atlantis parses; lines contain nothing that changes between re-plans of
//! the same findings, so Atlantis's sticky approvals keep working.

use std::process::ExitCode;

use serde_json::json;
use tfguard::approvals::{Approvals, SetStatus, TFGUARD_SET};
use tfguard::check::Report;
use tfguard::finding::{Enforcement, Finding, Level, Status};
use tfguard::plan::PlanInput;

use crate::cli::AtlantisArgs;
use crate::errors::Failure;
use crate::settings::CheckSettings;
use crate::{Policies, evaluate, print_stdout};

pub fn run_atlantis(args: AtlantisArgs) -> ExitCode {
    let showfile = args
        .showfile
        .clone()
        .or_else(|| std::env::var("SHOWFILE").ok())
        .filter(|s| !s.is_empty());
    let blocks = match showfile {
        None => Err(
            "SHOWFILE is not set (run this from an Atlantis policy_check step, or pass --showfile)"
                .to_owned(),
        ),
        Some(showfile) => blocks(args, &showfile).map_err(|e| e.to_string()),
    };
    let (text, results) = match blocks {
        Ok(blocks) => blocks,
        // Fail closed in the text Atlantis reads, since it drops the output
        // of a failing command.
        Err(message) => {
            let block = format!(
                "FAIL - tfguard - error - {message}\n\n1 test, 0 passed, 0 warnings, 1 failure, 0 exceptions\n"
            );
            let result = json!({
                "PolicySetName": "tfguard",
                "PolicyOutput": block,
                "Passed": false,
                "ReqApprovalCount": 0,
                "Approvals": [],
                "Hashes": [],
            });
            (block, vec![result])
        }
    };
    if let Some(path) = std::env::var_os("POLICYCHECKFILE").filter(|p| !p.is_empty()) {
        let document = serde_json::to_string_pretty(&results).unwrap_or_default();
        if let Err(e) = std::fs::write(&path, document + "\n") {
            crate::errors::warn(&format!(
                "error: cannot write POLICYCHECKFILE {}: {e}",
                std::path::Path::new(&path).display()
            ));
            return ExitCode::from(2);
        }
    }
    match print_stdout(text.as_bytes()) {
        Ok(code) => code,
        Err(failure) => {
            failure.print();
            ExitCode::from(2)
        }
    }
}

fn blocks(args: AtlantisArgs, showfile: &str) -> Result<(String, Vec<serde_json::Value>), Failure> {
    let mut settings = CheckSettings::resolve(vec![PlanInput::from_arg(showfile)], args.options)?;
    // Atlantis runs steps in the project folder, and says so in DIR.
    if settings.config_dir.is_none()
        && let Some(dir) = std::env::var_os("DIR").map(std::path::PathBuf::from)
        && tfguard::source::has_configuration(&dir)
    {
        settings.config_dir = Some(dir);
    }
    let approvals = Approvals::load(settings.config_file.as_deref())?;
    let valid_approvals = approvals.ledger.approvals.clone();
    let sets = approvals.config.policy_sets.clone();
    if let Some(only) = &args.policy_set
        && !sets.iter().any(|s| &s.name == only)
    {
        return Err(Failure::NotFound(format!("unknown policy set {only:?}")));
    }
    let policies = Policies::load(&settings, &approvals.config)?;
    let plans = settings.load_plans(|_| {})?;
    let report = evaluate(&settings, &policies, approvals, plans, None)?;
    let mut text = String::new();
    let mut results = Vec::new();
    for status in report
        .policy_sets
        .iter()
        .filter(|s| args.policy_set.as_ref().is_none_or(|only| &s.name == only))
    {
        let block = block(&report, status);
        let failing: Vec<&Finding> = of_set(&report, &status.name)
            .filter(|f| blocks_set(f))
            .collect();
        let approvers: Vec<serde_json::Value> = valid_approvals
            .iter()
            .filter(|a| a.policy_set == status.name)
            .map(|a| json!({ "Approver": a.user, "Hashes": [a.fingerprint] }))
            .collect();
        results.push(json!({
            "PolicySetName": status.name,
            "PolicyOutput": block,
            "Passed": failing.is_empty(),
            "ReqApprovalCount": status.required,
            "Approvals": approvers,
            "Hashes": failing.iter().map(|f| f.fingerprint.0.clone()).collect::<Vec<_>>(),
        }));
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&block);
    }
    Ok((text, results))
}

fn of_set<'r>(report: &'r Report, set: &'r str) -> impl Iterator<Item = &'r Finding> + 'r {
    report
        .findings
        .iter()
        .filter(move |f| f.policy_set == set && f.policy_set != TFGUARD_SET)
}

/// Whether a finding fails its set: open, failure level, not advisory.
fn blocks_set(finding: &Finding) -> bool {
    finding.status == Status::Open
        && finding.level == Level::Failure
        && finding.enforcement != Enforcement::Advisory
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn line(kind: &str, finding: &Finding) -> String {
    let file = finding
        .plan_location
        .as_ref()
        .map_or("plan", |l| l.file.as_str());
    let mut line = format!("{kind} - {file} - {} - {}", finding.code, finding.message);
    if let Some(address) = &finding.address
        && !finding.message.contains(address.as_str())
    {
        line.push_str(&format!(" ({address})"));
    }
    if let Some(suppression) = &finding.suppression {
        line.push_str(&format!(
            " [{}: {}]",
            finding.status.as_str(),
            suppression.reason
        ));
    }
    line
}

/// One policy set's text: FAIL lines first (Atlantis reads a leading FAIL),
/// then WARN and EXCP lines, the approval status, and Conftest's summary.
fn block(report: &Report, status: &SetStatus) -> String {
    let mut fails = Vec::new();
    let mut warns = Vec::new();
    let mut exceptions = Vec::new();
    for finding in of_set(report, &status.name) {
        match finding.status {
            Status::Open if blocks_set(finding) => fails.push(line("FAIL", finding)),
            Status::Open | Status::Unknown => warns.push(line("WARN", finding)),
            Status::Ignored | Status::Acknowledged => exceptions.push(line("EXCP", finding)),
        }
    }
    let checked = report
        .summary
        .resources
        .max(fails.len() + warns.len() + exceptions.len());
    let passed = checked - fails.len() - warns.len() - exceptions.len();
    let mut text = String::new();
    for l in fails.iter().chain(&warns).chain(&exceptions) {
        text.push_str(l);
        text.push('\n');
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(&format!(
        "policy set {} ({}): requires {}, have {}\n",
        status.name,
        status.enforcement.as_str(),
        plural(status.required, "approval", "approvals"),
        status.have
    ));
    text.push_str(&format!(
        "{}, {passed} passed, {}, {}, {}\n",
        plural(checked, "test", "tests"),
        plural(warns.len(), "warning", "warnings"),
        plural(fails.len(), "failure", "failures"),
        plural(exceptions.len(), "exception", "exceptions"),
    ));
    text
}
