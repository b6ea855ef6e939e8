//! `-o junit`: JUnit XML for GitLab, Jenkins and Azure DevOps.
//!
//! One test suite per check (finding code), one test case per check and
//! resource: failing findings are failures, warnings pass with the warning in
//! `system-out` (they do not fail the run either), ignored findings are
//! skipped with their reason. Each plan
//! also gets a `tfguard` suite with one case that passes when the plan has no
//! blocking finding, so a clean run still reports a passing test.

use std::collections::BTreeMap;
use std::io::{self, Write};

use quick_junit::{NonSuccessKind, Report as JunitReport, TestCase, TestCaseStatus, TestSuite};

use super::Reporter;
use crate::check::Report;
use crate::finding::{Finding, Level, Status};

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
        for plan in &report.plan_summaries {
            let blocking = report.findings.iter().any(|f| {
                f.status == Status::Open
                    && f.level == Level::Failure
                    && f.plan_location
                        .as_ref()
                        .is_some_and(|l| l.file == plan.file)
            });
            let status = if blocking {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                status.set_message("the plan has failing findings");
                status
            } else {
                TestCaseStatus::success()
            };
            let mut case = TestCase::new(format!("check {}", plan.file), status);
            case.set_classname("tfguard");
            let mut suite = TestSuite::new(format!("tfguard {}", plan.file));
            suite.add_test_case(case);
            junit.add_test_suite(suite);
        }
        junit.add_test_suites(suites.into_values());
        let xml = junit.to_string().map_err(io::Error::other)?;
        out.write_all(xml.as_bytes())?;
        writeln!(out)
    }
}

fn test_case(finding: &Finding) -> TestCase {
    let name = finding.address.clone().unwrap_or_else(|| "plan".to_owned());
    let status = match (finding.status, finding.level) {
        (Status::Ignored | Status::Acknowledged | Status::Unknown, _) => {
            let mut status = TestCaseStatus::skipped();
            if let Some(suppression) = &finding.suppression {
                status.set_message(format!(
                    "{}: {}",
                    finding.status.as_str(),
                    suppression.reason
                ));
            }
            status
        }
        (Status::Open, Level::Failure) => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status.set_message(finding.message.clone());
            status.set_type(finding.severity.as_str());
            status.set_description(description(finding));
            status
        }
        (Status::Open, Level::Warning) => TestCaseStatus::success(),
    };
    let warning = finding.status == Status::Open && finding.level == Level::Warning;
    let mut case = TestCase::new(name, status);
    case.set_classname(finding.code.clone());
    if warning {
        case.set_system_out(format!("warning: {}", description(finding)));
    }
    case
}

fn description(finding: &Finding) -> String {
    let mut lines = vec![
        format!("{} ({})", finding.code, finding.severity),
        finding.message.clone(),
    ];
    if let Some(source) = &finding.source_location {
        lines.push(format!("at {}:{}", source.file, source.line));
    } else if let Some(plan) = &finding.plan_location {
        lines.push(format!("at {}:{}:{}", plan.file, plan.line, plan.column));
    }
    if let Some(uri) = &finding.help_uri {
        lines.push(uri.clone());
    }
    lines.join("\n")
}
