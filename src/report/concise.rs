//! `-o concise`: one line per finding, as compilers and ruff print them, so
//! editors and `grep` can jump to the line.
//!
//! `file:line:col: SEVERITY code message [address] (owners: ...)`, with the
//! outcome appended when it is not a blocking failure, then the summary line.

use std::io::{self, Write};

use super::{Reporter, Style, counts_line, terminal_sections};
use crate::check::Report;
use crate::finding::{Finding, Outcome};

pub struct ConciseReporter {
    pub style: Style,
}

impl Reporter for ConciseReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let shown = report.findings.iter().filter(|f| self.style.shows(f));
        for (heading, findings) in terminal_sections(shown, self.style.group_by) {
            if let Some(heading) = heading {
                writeln!(out, "{heading}")?;
            }
            for finding in findings {
                writeln!(out, "{}", line(finding))?;
            }
        }
        for problem in &report.approval_problems {
            writeln!(out, "warning: {}", problem.message)?;
        }
        writeln!(out, "{}", counts_line(&report.summary))
    }
}

fn line(finding: &Finding) -> String {
    let mut line = match finding.primary_location() {
        Some(at) => format!("{}:{}:{}: ", at.file, at.line, at.column),
        None => String::new(),
    };
    line.push_str(&format!(
        "{} {} {}",
        finding.severity.as_str().to_ascii_uppercase(),
        finding.code,
        finding.message.replace('\n', " ")
    ));
    if let Some(address) = &finding.address {
        line.push_str(&format!(" [{address}]"));
    }
    if !finding.owners.is_empty() {
        line.push_str(&format!(" (owners: {})", finding.owners.join(", ")));
    }
    let outcome = finding.outcome();
    if outcome != Outcome::Fail {
        line.push_str(&format!(" ({})", outcome.marker().to_ascii_lowercase()));
    }
    line
}
