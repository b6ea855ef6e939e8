//! `-o github`: GitHub Actions workflow commands, one annotation per finding.
//!
//! `::error` for blocking failures, `::warning` for warnings and advisory
//! failures, `::notice` for ignored, acknowledged and unknown findings, each at the `.tf` line when known (else the plan JSON), escaped
//! as the runner requires. The job summary (`$GITHUB_STEP_SUMMARY`) is the
//! Markdown reporter's output, written by the command line.

use std::io::{self, Write};

use super::{Reporter, counts_line};
use crate::check::Report;
use crate::finding::{Finding, Outcome};

pub struct GithubReporter;

impl Reporter for GithubReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for finding in &report.findings {
            writeln!(out, "{}", annotation(finding))?;
        }
        writeln!(out, "{}", counts_line(&report.summary))
    }
}

fn annotation(finding: &Finding) -> String {
    let command = match finding.outcome() {
        Outcome::Fail => "error",
        Outcome::Advisory | Outcome::Warn => "warning",
        Outcome::Unknown | Outcome::Ignored | Outcome::Acknowledged | Outcome::Baselined => {
            "notice"
        }
    };
    let mut properties = Vec::new();
    if let Some(at) = finding.primary_location() {
        properties.push(("file", at.file.to_owned()));
        properties.push(("line", at.line.to_string()));
        properties.push(("endLine", at.end_line.max(at.line).to_string()));
        properties.push(("col", at.column.to_string()));
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
