//! `--group-by`: the sections the people-facing formats show findings in.
//!
//! Grouping only orders what is shown: a finding with two owners appears in
//! both owners' sections, and within a section findings keep report order.

use std::collections::BTreeMap;

use crate::finding::{Finding, Severity};

/// What `--group-by` groups on: one section per owner (`[[owners]]` rules,
/// CODEOWNERS; unowned last), per check code, per severity (most severe
/// first) or per plan file. (Plain comments on the variants: per-value help
/// would switch clap's whole `--help` to its long layout.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    Owner,
    Check,
    Severity,
    Plan,
}

impl GroupBy {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Owner => "owner",
            Self::Check => "check",
            Self::Severity => "severity",
            Self::Plan => "plan",
        }
    }
}

/// The heading of findings that no rule gives an owner.
pub const NO_OWNER: &str = "no owner";

/// One section: its heading as written (an owner, a code, a severity, a
/// plan file) and its findings.
pub struct Group<'r> {
    pub heading: String,
    pub findings: Vec<&'r Finding>,
}

/// Sections in a stable order: owners, codes and plans sorted (unowned
/// last), severities most severe first.
pub fn groups<'r>(findings: impl Iterator<Item = &'r Finding>, by: GroupBy) -> Vec<Group<'r>> {
    // Keys sort as (rank, text): rank puts "no owner" last and severities in order.
    let mut sections: BTreeMap<(u8, String), Vec<&'r Finding>> = BTreeMap::new();
    for finding in findings {
        for key in keys(finding, by) {
            sections.entry(key).or_default().push(finding);
        }
    }
    sections
        .into_iter()
        .map(|((_, heading), findings)| Group { heading, findings })
        .collect()
}

fn keys(finding: &Finding, by: GroupBy) -> Vec<(u8, String)> {
    match by {
        GroupBy::Owner if finding.owners.is_empty() => vec![(1, NO_OWNER.to_owned())],
        GroupBy::Owner => finding.owners.iter().map(|o| (0, o.clone())).collect(),
        GroupBy::Check => vec![(0, finding.code.clone())],
        GroupBy::Severity => {
            let rank = Severity::Critical as u8 - finding.severity as u8;
            vec![(rank, finding.severity.as_str().to_owned())]
        }
        GroupBy::Plan => vec![(
            0,
            finding
                .plan_location
                .as_ref()
                .map_or_else(String::new, |at| at.file.clone()),
        )],
    }
}
