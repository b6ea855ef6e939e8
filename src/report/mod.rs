//! Reporters: one per output format, all reading the same [`Report`].
//!
//! A reporter only renders: it never evaluates, filters or changes findings.

pub mod atlantis;
mod concise;
mod github;
mod group;
mod human;
mod json;
mod junit;
pub mod listing;
mod markdown;
mod sarif;

use std::io::{self, Write};

pub use atlantis::AtlantisReporter;
pub use concise::ConciseReporter;
pub use github::{GithubReporter, escape_data, escape_property};
pub use group::{GroupBy, NO_OWNER};
pub use human::HumanReporter;
pub use json::JsonReporter;
pub use junit::JunitReporter;
pub use markdown::{MAX_COMMENT_CHARS, MarkdownReporter};
pub use sarif::{MAX_RESULTS as SARIF_MAX_RESULTS, MAX_TAGS as SARIF_MAX_TAGS, SarifReporter};

use crate::check::Report;

/// Renders a report in one format.
pub trait Reporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
}

/// The formats `-o/--output` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics with a labelled plan excerpt, then a summary line.
    Human,
    /// One line per finding (`file:line:col: SEVERITY code message [address]`), then a summary.
    Concise,
    /// The stable JSON document described in docs/json-output.md.
    Json,
    /// SARIF 2.1.0 for GitHub code scanning.
    Sarif,
    /// JUnit XML for GitLab, Jenkins, Azure DevOps.
    Junit,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// A pull-request comment body.
    Markdown,
}

/// How reporters should look; resolved from flags and the terminal once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Style {
    pub color: bool,
    /// Terminal width for wrapping, when known.
    pub width: Option<usize>,
    /// `--quiet`: the people-facing formats show only what blocks, and the summary.
    pub quiet: bool,
    /// `--fail-on-warn`: warnings block too, so `--quiet` shows them.
    pub fail_on_warn: bool,
    /// Where this version's documentation is published (`TFGUARD_DOCS_URL`,
    /// which the GitHub Action sets to its own repository): SARIF's
    /// `informationUri`, left out when unknown rather than made up.
    pub docs_url: Option<String>,
    /// `--group-by`: sections in the human, concise and Markdown formats.
    pub group_by: Option<GroupBy>,
}

impl Style {
    /// Whether a people-facing reporter shows `finding`.
    pub(crate) fn shows(&self, finding: &crate::Finding) -> bool {
        !self.quiet || finding.is_blocking(self.fail_on_warn)
    }
}

impl Format {
    pub fn reporter(self, style: Style) -> Box<dyn Reporter> {
        match self {
            Self::Human => Box::new(HumanReporter::new(style)),
            Self::Concise => Box::new(ConciseReporter { style }),
            Self::Json => Box::new(JsonReporter),
            Self::Sarif => Box::new(SarifReporter {
                information_uri: style.docs_url.clone(),
            }),
            Self::Junit => Box::new(JunitReporter),
            Self::Github => Box::new(GithubReporter),
            Self::Markdown => Box::new(MarkdownReporter {
                group_by: style.group_by,
            }),
        }
    }
}

/// The terminal formats' sections: with `--group-by`, each group started by
/// its line (`== owner @org/storage: 2 findings ==`); without, one section
/// and no line.
pub(crate) fn terminal_sections<'r>(
    findings: impl Iterator<Item = &'r crate::Finding>,
    group_by: Option<GroupBy>,
) -> Vec<(Option<String>, Vec<&'r crate::Finding>)> {
    match group_by {
        None => vec![(None, findings.collect())],
        Some(by) => group::groups(findings, by)
            .into_iter()
            .map(|group| {
                let line = format!(
                    "== {} {}: {} ==",
                    by.as_str(),
                    group.heading,
                    count(group.findings.len(), "finding", "findings")
                );
                (Some(line), group.findings)
            })
            .collect(),
    }
}

/// `1 failure`, `2 failures`.
pub(crate) fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// `12 resources checked, 1 failure (1 high), 2 warnings (2 low)[, 1 advisory]...`:
/// the summary every people-facing format ends with.
pub(crate) fn counts_line(summary: &crate::check::Summary) -> String {
    let mut line = format!(
        "{} checked, {}, {}",
        count(summary.resources, "resource", "resources"),
        count(summary.failures, "failure", "failures"),
        count(summary.warnings, "warning", "warnings"),
    );
    for (n, what) in [
        (summary.advisory, "advisory"),
        (summary.acknowledged, "acknowledged"),
        (summary.ignored, "ignored"),
        (summary.unknown, "unknown until apply"),
        (summary.baselined, "baselined"),
    ] {
        if n > 0 {
            line.push_str(&format!(", {n} {what}"));
        }
    }
    let severities = summary.severities.nonzero();
    if !severities.is_empty() {
        let parts: Vec<String> = severities
            .iter()
            .map(|(severity, n)| format!("{n} {severity}"))
            .collect();
        line.push_str(&format!("; open by severity: {}", parts.join(", ")));
    }
    line
}

/// `policy set security (soft-mandatory): 2 failing, requires 2 approval(s), have 1`
pub(crate) fn set_line(set: &crate::approvals::SetStatus) -> String {
    use crate::finding::Enforcement;
    let mut line = format!(
        "policy set {} ({}): {} failing",
        set.name,
        set.enforcement.as_str(),
        set.failing
    );
    if set.acknowledged > 0 {
        line.push_str(&format!(", {} acknowledged", set.acknowledged));
    }
    match set.enforcement {
        Enforcement::SoftMandatory if set.failing > 0 => line.push_str(&format!(
            ", requires {} per finding{}, have {}",
            count(set.required, "approval", "approvals"),
            if set.needs_finding_owner {
                " and one from an owner of the finding"
            } else {
                ""
            },
            set.have
        )),
        Enforcement::SoftMandatory => line.push_str(", nothing to approve"),
        Enforcement::HardMandatory => line.push_str(", cannot be approved"),
        Enforcement::Advisory => line.push_str(", advisory: does not block"),
    }
    if set.awaiting_finding_owner > 0 {
        line.push_str(&format!(
            " ({} awaiting an approval from an owner of the finding)",
            set.awaiting_finding_owner
        ));
    }
    line
}
