//! `-o markdown`: a pull-request comment body (also the GitHub job summary).
//!
//! A headline verdict, a table per policy set, then the details folded in a
//! `<details>` block per resource. The body stays under GitHub's comment
//! limit: past it, the rest is left out with a note saying how much.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Reporter, count, counts_line, set_line};
use crate::check::Report;
use crate::finding::{Enforcement, Finding, Outcome};

/// GitHub rejects comments longer than 65,536 characters; keep a margin for
/// the truncation note.
pub const MAX_COMMENT_CHARS: usize = 65_536;
const BUDGET: usize = MAX_COMMENT_CHARS - 1_024;

pub struct MarkdownReporter;

impl Reporter for MarkdownReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(render(report).as_bytes())
    }
}

fn icon(finding: &Finding) -> &'static str {
    match finding.outcome() {
        Outcome::Fail => "❌",
        Outcome::Advisory => "ℹ️",
        Outcome::Warn => "⚠️",
        Outcome::Unknown => "❔",
        Outcome::Ignored => "💤",
        Outcome::Acknowledged => "✅",
        Outcome::Baselined => "📌",
    }
}

/// A table cell: no pipes or line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
        .replace('\r', "")
        .replace('\n', "<br>")
}

fn headline(report: &Report) -> String {
    let summary = &report.summary;
    let blocking = report
        .findings
        .iter()
        .filter(|f| f.is_blocking(false))
        .count();
    let verdict = if blocking > 0 {
        format!(
            "❌ tfguard: {} {} this plan",
            count(blocking, "failing finding", "failing findings"),
            if blocking == 1 { "blocks" } else { "block" }
        )
    } else {
        "✅ tfguard: no failing findings".to_owned()
    };
    let mut line = format!("## {verdict}\n\n{}\n\n", counts_line(summary));
    for problem in &report.approval_problems {
        let _ = writeln!(
            line,
            "> ⚠️ policy set `{}`: {}",
            problem.policy_set,
            problem.message.replace('\n', " ")
        );
    }
    if !report.approval_problems.is_empty() {
        line.push('\n');
    }
    line
}

fn location(finding: &Finding) -> String {
    finding
        .primary_location()
        .map_or_else(String::new, |at| format!("`{}:{}`", at.file, at.line))
}

pub fn render(report: &Report) -> String {
    let mut body = headline(report);
    // Without a tfguard.toml there are no policy sets to speak of: one table.
    let configured = !report.policy_sets.is_empty();
    let mut by_set: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for finding in &report.findings {
        let set = if configured {
            finding.policy_set.as_str()
        } else {
            ""
        };
        by_set.entry(set).or_default().push(finding);
    }
    let mut left_out = 0;
    for (set, findings) in &by_set {
        let mut section = if configured {
            format!("### Policy set `{set}`\n\n")
        } else {
            "### Findings\n\n".to_owned()
        };
        if let Some(status) = report.policy_sets.iter().find(|s| s.name == *set) {
            let _ = writeln!(section, "{}\n", set_line(status));
            if status.enforcement == Enforcement::SoftMandatory && status.failing > 0 {
                let _ = writeln!(
                    section,
                    "An owner of `{set}` can approve with:\n\n```sh\ntfguard approve --policy-set {set} --user <you> --reason \"<why>\" <plan.json>\n```\n"
                );
            }
        }
        section.push_str(
            "| | Check | Severity | Resource | Message | Where |\n|---|---|---|---|---|---|\n",
        );
        for finding in findings {
            let _ = writeln!(
                section,
                "| {} | `{}` | {} | {} | {} | {} |",
                icon(finding),
                cell(&finding.code),
                finding.severity,
                finding
                    .address
                    .as_deref()
                    .map_or_else(String::new, |a| format!("`{}`", cell(a))),
                cell(&finding.message),
                location(finding),
            );
        }
        section.push('\n');
        if body.len() + section.len() > BUDGET {
            left_out += findings.len();
            continue;
        }
        body.push_str(&section);
    }
    let mut by_resource: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for finding in &report.findings {
        by_resource
            .entry(finding.address.as_deref().unwrap_or("(plan)"))
            .or_default()
            .push(finding);
    }
    let mut details_left_out = 0;
    for (address, findings) in &by_resource {
        let mut details = format!(
            "<details><summary><code>{}</code>: {}</summary>\n\n",
            address.replace('<', "&lt;"),
            count(findings.len(), "finding", "findings")
        );
        for finding in findings {
            let _ = write!(
                details,
                "- {} **{}** ({}): {}",
                icon(finding),
                finding.code,
                finding.severity,
                finding.message.replace('\n', " ")
            );
            let location = location(finding);
            if !location.is_empty() {
                let _ = write!(details, " at {location}");
            }
            if let Some(uri) = &finding.help_uri {
                let _ = write!(details, " ([docs]({uri}))");
            }
            if let Some(suppression) = &finding.suppression {
                let _ = write!(
                    details,
                    "\n  - ignored: {}",
                    suppression.reason.replace('\n', " ")
                );
            }
            details.push('\n');
        }
        details.push_str("\n</details>\n\n");
        if body.len() + details.len() > BUDGET {
            details_left_out += 1;
            continue;
        }
        body.push_str(&details);
    }
    if left_out > 0 || details_left_out > 0 {
        let _ = writeln!(
            body,
            "> **Truncated** to stay under GitHub's comment limit: {left_out} table rows and {details_left_out} resource details left out. The job log and the SARIF/JSON reports have everything."
        );
    }
    body
}
