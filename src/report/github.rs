//! `-o github`: GitHub Actions workflow commands, one annotation per finding.
//!
//! `::error` for failures, `::warning` for warnings, `::notice` for ignored
//! findings, each at the `.tf` line when known (else the plan JSON), escaped
//! as the runner requires. The job summary (`$GITHUB_STEP_SUMMARY`) is the
//! Markdown reporter's output, written by the command line.

use std::io::{self, Write};

use super::{Reporter, count};
use crate::check::Report;
use crate::finding::{Finding, Level, Status};

pub struct GithubReporter;

impl Reporter for GithubReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for finding in &report.findings {
            writeln!(out, "{}", annotation(finding))?;
        }
        let summary = &report.summary;
        writeln!(
            out,
            "{} checked, {}, {}, {} ignored",
            count(summary.resources, "resource", "resources"),
            count(summary.failures, "failure", "failures"),
            count(summary.warnings, "warning", "warnings"),
            summary.ignored,
        )
    }
}

fn annotation(finding: &Finding) -> String {
    let command = match (finding.status, finding.level) {
        (Status::Ignored | Status::Acknowledged | Status::Unknown, _) => "notice",
        (_, Level::Failure) => "error",
        (_, Level::Warning) => "warning",
    };
    let mut properties = Vec::new();
    if let Some(source) = &finding.source_location {
        properties.push(("file", source.file.clone()));
        properties.push(("line", source.line.to_string()));
        properties.push(("endLine", source.end_line.max(source.line).to_string()));
        properties.push(("col", source.column.to_string()));
    } else if let Some(plan) = &finding.plan_location {
        properties.push(("file", plan.file.clone()));
        properties.push(("line", plan.line.to_string()));
        properties.push(("col", plan.column.to_string()));
    }
    let title = match &finding.title {
        Some(title) => format!("{} ({}): {title}", finding.code, finding.severity),
        None => format!("{} ({})", finding.code, finding.severity),
    };
    properties.push(("title", title));
    let properties: Vec<String> = properties
        .into_iter()
        .map(|(key, value)| format!("{key}={}", escape_property(&value)))
        .collect();
    let mut message = finding.message.clone();
    if let Some(address) = &finding.address {
        message.push_str(&format!("\nresource: {address}"));
    }
    if let Some(suppression) = &finding.suppression {
        message.push_str(&format!(
            "\n{}: {}",
            finding.status.as_str(),
            suppression.reason
        ));
    }
    if let Some(uri) = &finding.help_uri {
        message.push_str(&format!("\n{uri}"));
    }
    format!(
        "::{command} {}::{}",
        properties.join(","),
        escape_data(&message)
    )
}

/// Escapes a command's message: `%`, `\r` and `\n`.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as data, plus `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_requires() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
