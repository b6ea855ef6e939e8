//! `-o markdown`: a pull-request comment body (also the GitHub job summary).
//!
//! A headline verdict, a table per policy set, then the details folded in a
//! `<details>` block per resource. The body stays under GitHub's comment
//! limit: past it, the rest is left out with a note saying how much.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::group::{GroupBy, groups};
use super::{Reporter, count, counts_line, set_line};
use crate::check::Report;
use crate::finding::{Enforcement, Finding, Outcome};

/// GitHub rejects comments longer than 65,536 characters; keep a margin for
/// the truncation note.
pub const MAX_COMMENT_CHARS: usize = 65_536;
const BUDGET: usize = MAX_COMMENT_CHARS - 1_024;

pub struct MarkdownReporter {
    /// `--group-by`: one section per group instead of per policy set.
    pub group_by: Option<GroupBy>,
}

impl Reporter for MarkdownReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(render(report, self.group_by).as_bytes())
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

/// The approval hint of a soft-mandatory set with failures.
fn approve_hint(set: &str) -> String {
    format!(
        "An owner of `{set}` can approve with:\n\n```sh\ntfguard approve --policy-set {set} --user <you> --reason \"<why>\" <plan.json>\n```\n"
    )
}

/// One table of findings; the owners column only when some finding has owners.
fn table(findings: &[&Finding], with_owners: bool) -> String {
    let mut table = if with_owners {
        "| | Check | Severity | Resource | Message | Where | Owners |\n|---|---|---|---|---|---|---|\n"
    } else {
        "| | Check | Severity | Resource | Message | Where |\n|---|---|---|---|---|---|\n"
    }
    .to_owned();
    for finding in findings {
        let _ = write!(
            table,
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
        if with_owners {
            let _ = write!(table, " {} |", cell(&finding.owners.join(", ")));
        }
        table.push('\n');
    }
    table.push('\n');
    table
}

/// The sections of the default layout: one per policy set (one in all
/// without a tfguard.toml, where there are no sets to speak of).
fn set_sections(report: &Report, with_owners: bool) -> Vec<(String, usize)> {
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
    by_set
        .into_iter()
        .map(|(set, findings)| {
            let mut section = if configured {
                format!("### Policy set `{set}`\n\n")
            } else {
                "### Findings\n\n".to_owned()
            };
            if let Some(status) = report.policy_sets.iter().find(|s| s.name == set) {
                let _ = writeln!(section, "{}\n", set_line(status));
                if status.enforcement == Enforcement::SoftMandatory && status.failing > 0 {
                    let _ = writeln!(section, "{}", approve_hint(set));
                }
            }
            section.push_str(&table(&findings, with_owners));
            (section, findings.len())
        })
        .collect()
}

/// `--group-by`: the policy sets' status first, then one section per group,
/// headed by the group as written so that `### @org/team` mentions the team.
fn grouped_sections(report: &Report, by: GroupBy, with_owners: bool) -> Vec<(String, usize)> {
    let mut sections = Vec::new();
    let active: Vec<_> = report
        .policy_sets
        .iter()
        .filter(|s| s.failing > 0 || s.acknowledged > 0)
        .collect();
    if !active.is_empty() {
        let mut status = String::new();
        for set in &active {
            let _ = writeln!(status, "- {}", set_line(set));
        }
        status.push('\n');
        for set in active
            .iter()
            .filter(|s| s.enforcement == Enforcement::SoftMandatory && s.failing > 0)
        {
            let _ = writeln!(status, "{}", approve_hint(&set.name));
        }
        sections.push((status, 0));
    }
    for group in groups(report.findings.iter(), by) {
        let heading = match by {
            GroupBy::Owner | GroupBy::Severity => group.heading.clone(),
            GroupBy::Check | GroupBy::Plan => format!("`{}`", group.heading),
        };
        let section = format!(
            "### {heading}\n\n{}\n\n{}",
            count(group.findings.len(), "finding", "findings"),
            table(&group.findings, with_owners && by != GroupBy::Owner)
        );
        sections.push((section, group.findings.len()));
    }
    sections
}

pub fn render(report: &Report, group_by: Option<GroupBy>) -> String {
    let mut body = headline(report);
    let with_owners = report.findings.iter().any(|f| !f.owners.is_empty());
    let sections = match group_by {
        None => set_sections(report, with_owners),
        Some(by) => grouped_sections(report, by, with_owners),
    };
    let mut left_out = 0;
    for (section, findings) in sections {
        if body.len() + section.len() > BUDGET {
            left_out += findings;
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
