//! `tfguard atlantis`: one text block per policy set, as Atlantis's custom
//! policy check reads them, and the `POLICYCHECKFILE` document.
//!
//! Atlantis decides pass or fail from each `run` step's text (one step per
//! policy set, by position): a set fails when its text starts with `FAIL`
//! or its Conftest-style summary counts a failure. So blocking failures
//! come first as `FAIL` lines; advisory failures, warnings and unknowns are
//! `WARN` lines and suppressed findings `EXCP` lines, each marked with its
//! outcome. Lines hold nothing that changes between re-plans of the same
//! findings, so Atlantis's sticky approvals keep working.

use std::io::{self, Write};

use serde::Serialize;

use super::{Reporter, count, set_line};
use crate::approvals::SetStatus;
use crate::check::Report;
use crate::finding::{Finding, Outcome, TFGUARD_SET};

/// The block name when there is no `tfguard.toml`, and so no policy sets.
pub const UNCONFIGURED_SET: &str = "tfguard";

/// Renders the blocks of every set, or of one (`--policy-set`).
pub struct AtlantisReporter {
    pub only_set: Option<String>,
}

impl Reporter for AtlantisReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(text(&results(report, self.only_set.as_deref())).as_bytes())
    }
}

/// What the step prints: the blocks of `results`, a blank line apart.
pub fn text(results: &[PolicySetResult]) -> String {
    let blocks: Vec<&str> = results.iter().map(|r| r.policy_output.as_str()).collect();
    blocks.join("\n")
}

/// One entry of `POLICYCHECKFILE`, in Atlantis's own field names.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PolicySetResult {
    pub policy_set_name: String,
    pub policy_output: String,
    pub passed: bool,
    pub req_approval_count: usize,
    pub approvals: Vec<SetApproval>,
    /// Fingerprints of the blocking findings.
    pub hashes: Vec<String>,
}

/// Who approved which fingerprints, as Atlantis records approvals.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetApproval {
    pub approver: String,
    pub hashes: Vec<String>,
}

/// The result of each policy set (or of `only_set`); without a
/// `tfguard.toml`, one block with every finding that says so.
pub fn results(report: &Report, only_set: Option<&str>) -> Vec<PolicySetResult> {
    if report.policy_sets.is_empty() {
        let findings: Vec<&Finding> = report.findings.iter().collect();
        let note = "no tfguard.toml found (looked from the project folder up to the repository root): \
                    failures fail, and only Atlantis's approve_policies can override them";
        return vec![result(report, UNCONFIGURED_SET, &findings, note, None)];
    }
    report
        .policy_sets
        .iter()
        .filter(|s| only_set.is_none_or(|only| s.name == only))
        .map(|status| {
            let findings: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.policy_set == status.name && f.policy_set != TFGUARD_SET)
                .collect();
            result(
                report,
                &status.name,
                &findings,
                &set_line(status),
                Some(status),
            )
        })
        .collect()
}

/// The error block: a run that could not check fails closed in the text
/// Atlantis reads, since Atlantis drops the output of a failing command.
pub fn error_result(message: &str) -> PolicySetResult {
    PolicySetResult {
        policy_set_name: UNCONFIGURED_SET.to_owned(),
        policy_output: format!(
            "FAIL - tfguard - error - {message}\n\n1 test, 0 passed, 0 warnings, 1 failure, 0 exceptions\n"
        ),
        passed: false,
        req_approval_count: 0,
        approvals: Vec::new(),
        hashes: Vec::new(),
    }
}

/// `POLICYCHECKFILE` after this step: the entries other steps wrote (one
/// step per set) are kept, and this step's sets replace theirs. Text that
/// is not such a document is replaced, and said so in the second value.
pub fn merge_policy_check_file(
    existing: Option<&str>,
    new: Vec<PolicySetResult>,
) -> (String, Option<String>) {
    let (mut merged, problem): (Vec<PolicySetResult>, _) =
        match existing.map(str::trim).filter(|t| !t.is_empty()) {
            None => (Vec::new(), None),
            Some(text) => match serde_json::from_str(text) {
                Ok(entries) => (entries, None),
                Err(e) => (
                    Vec::new(),
                    Some(format!(
                        "its earlier content is not policy set results ({e}); replaced"
                    )),
                ),
            },
        };
    for entry in new {
        match merged
            .iter_mut()
            .find(|m| m.policy_set_name == entry.policy_set_name)
        {
            Some(slot) => *slot = entry,
            None => merged.push(entry),
        }
    }
    let text = serde_json::to_string_pretty(&merged).unwrap_or_default() + "\n";
    (text, problem)
}

fn result(
    report: &Report,
    name: &str,
    findings: &[&Finding],
    approval_line: &str,
    status: Option<&SetStatus>,
) -> PolicySetResult {
    let mut fails = Vec::new();
    let mut warns = Vec::new();
    let mut exceptions = Vec::new();
    for finding in findings {
        match finding.outcome() {
            Outcome::Fail => fails.push(line("FAIL", finding)),
            Outcome::Advisory | Outcome::Warn | Outcome::Unknown => {
                warns.push(line("WARN", finding));
            }
            Outcome::Ignored | Outcome::Acknowledged | Outcome::Baselined => {
                exceptions.push(line("EXCP", finding));
            }
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
    for problem in report
        .approval_problems
        .iter()
        .filter(|p| p.policy_set == name)
    {
        text.push_str(&format!("approval problem: {}\n", problem.message));
    }
    text.push_str(approval_line);
    text.push('\n');
    text.push_str(&format!(
        "{}, {passed} passed, {}, {}, {}\n",
        count(checked, "test", "tests"),
        count(warns.len(), "warning", "warnings"),
        count(fails.len(), "failure", "failures"),
        count(exceptions.len(), "exception", "exceptions"),
    ));
    PolicySetResult {
        policy_set_name: name.to_owned(),
        passed: fails.is_empty(),
        req_approval_count: status.map_or(0, |s| s.required),
        approvals: status.map_or_else(Vec::new, |s| {
            s.approvers
                .iter()
                .map(|(user, hashes)| SetApproval {
                    approver: user.clone(),
                    hashes: hashes.clone(),
                })
                .collect()
        }),
        hashes: findings
            .iter()
            .filter(|f| f.outcome() == Outcome::Fail)
            .map(|f| f.fingerprint.0.clone())
            .collect(),
        policy_output: text,
    }
}

/// `FAIL - plan.json - code - message (address) [acknowledged: reason]`.
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
    let outcome = finding.outcome();
    match (&finding.suppression, outcome) {
        (Some(suppression), _) => line.push_str(&format!(
            " [{}: {}]",
            outcome.marker().to_ascii_lowercase(),
            suppression.reason
        )),
        (None, Outcome::Advisory | Outcome::Unknown) => {
            line.push_str(&format!(" [{}]", outcome.marker().to_ascii_lowercase()));
        }
        (None, _) => {}
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, passed: bool) -> PolicySetResult {
        PolicySetResult {
            policy_set_name: name.to_owned(),
            passed,
            ..error_result(name)
        }
    }

    #[test]
    fn each_step_keeps_the_other_sets() {
        let (first, _) = merge_policy_check_file(None, vec![entry("security", false)]);
        let (second, _) = merge_policy_check_file(Some(&first), vec![entry("cost", true)]);
        let (third, problem) =
            merge_policy_check_file(Some(&second), vec![entry("security", true)]);
        assert_eq!(problem, None);
        let merged: Vec<PolicySetResult> = serde_json::from_str(&third).unwrap();
        let names: Vec<(&str, bool)> = merged
            .iter()
            .map(|m| (m.policy_set_name.as_str(), m.passed))
            .collect();
        assert_eq!(names, [("security", true), ("cost", true)]);
        let (_, problem) = merge_policy_check_file(Some("not json"), vec![]);
        assert!(problem.is_some());
    }
}
