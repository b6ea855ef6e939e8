//! Reporters: one per output format, all reading the same [`Report`].
//!
//! A reporter only renders: it never evaluates, filters or changes findings.

mod github;
mod human;
mod json;
mod junit;
mod markdown;
mod sarif;

use std::io::{self, Write};

pub use github::{GithubReporter, escape_data, escape_property};
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    pub color: bool,
    /// Terminal width for wrapping, when known.
    pub width: Option<usize>,
}

impl Format {
    pub fn reporter(self, style: Style) -> Box<dyn Reporter> {
        match self {
            Self::Human => Box::new(HumanReporter::new(style)),
            Self::Json => Box::new(JsonReporter),
            Self::Sarif => Box::new(SarifReporter),
            Self::Junit => Box::new(JunitReporter),
            Self::Github => Box::new(GithubReporter),
            Self::Markdown => Box::new(MarkdownReporter),
        }
    }
}

/// `1 failure`, `2 failures`.
pub(crate) fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// `12 resources checked, 1 failure, 2 warnings[, 1 acknowledged][, 3 ignored]`,
/// as the human and Markdown summaries start.
pub(crate) fn counts_line(summary: &crate::check::Summary) -> String {
    let mut line = format!(
        "{} checked, {}, {}",
        count(summary.resources, "resource", "resources"),
        count(summary.failures, "failure", "failures"),
        count(summary.warnings, "warning", "warnings"),
    );
    if summary.acknowledged > 0 {
        line.push_str(&format!(", {} acknowledged", summary.acknowledged));
    }
    if summary.ignored > 0 {
        line.push_str(&format!(", {} ignored", summary.ignored));
    }
    line
}
