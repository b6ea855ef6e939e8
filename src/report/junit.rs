//! `-o junit`: JUnit XML for GitLab, Jenkins and Azure DevOps.
//!
//! One test suite per check (finding code), one test case per finding:
//! blocking failures are failures, so the failure count is the number of
//! failing findings; warnings and advisory failures pass with the finding in
//! `system-out` (they do not fail the run either); ignored, acknowledged
//! and unknown findings are skipped with their reason.

use std::collections::BTreeMap;
use std::io::{self, Write};

use quick_junit::{NonSuccessKind, Report as JunitReport, TestCase, TestCaseStatus, TestSuite};

use super::Reporter;
use crate::check::Report;
use crate::finding::{Finding, Outcome};

pub struct JunitReporter;

impl Reporter for JunitReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let mut junit = JunitReport::new("tfguard");
        let mut suites: BTreeMap<&str, TestSuite> = BTreeMap::new();
        for finding in &report.findings {
            let suite = suites
                .entry(finding.code.as_str())
                .or_insert_with(|| TestSuite::new(finding.code.as_str()));
            suite.add_test_case(test_case(finding));
        }
        junit.add_test_suites(suites.into_values());
        let xml = junit.to_string().map_err(io::Error::other)?;
        out.write_all(xml.as_bytes())?;
        writeln!(out)
    }
}

fn test_case(finding: &Finding) -> TestCase {
    let name = finding.address.clone().unwrap_or_else(|| "plan".to_owned());
    let outcome = finding.outcome();
    let status = match outcome {
        Outcome::Ignored | Outcome::Acknowledged | Outcome::Unknown | Outcome::Baselined => {
            let mut status = TestCaseStatus::skipped();
            let why = finding
                .suppression
                .as_ref()
                .map_or("known only after apply", |s| s.reason.as_str());
            status.set_message(format!("{}: {why}", outcome.marker().to_ascii_lowercase()));
            status
        }
        Outcome::Fail => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status.set_message(finding.message.clone());
            status.set_type(finding.severity.as_str());
            status.set_description(description(finding));
            status
        }
        Outcome::Warn | Outcome::Advisory => TestCaseStatus::success(),
    };
    let mut case = TestCase::new(name, status);
    case.set_classname(finding.code.clone());
    if matches!(outcome, Outcome::Warn | Outcome::Advisory) {
        case.set_system_out(format!(
            "{}: {}",
            outcome.marker().to_ascii_lowercase(),
            description(finding)
        ));
    }
    case
}

fn description(finding: &Finding) -> String {
    let mut lines = vec![
        format!("{} ({})", finding.code, finding.severity),
        finding.message.clone(),
    ];
    if let Some(at) = finding.primary_location() {
        lines.push(format!("at {}:{}:{}", at.file, at.line, at.column));
    }
    if let Some(uri) = &finding.help_uri {
        lines.push(uri.to_string());
    }
    lines.join("\n")
}
