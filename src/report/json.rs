//! `-o json`: the stable machine-readable document (docs/json-output.md).
//!
//! The document is built field by field here rather than derived from
//! `Finding`, so that internal changes cannot silently change the contract.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Reporter;
use crate::check::Report;
use crate::finding::{Finding, Location, display_path};

/// Bumped only on incompatible changes to the document.
pub const JSON_VERSION: u32 = 1;

pub struct JsonReporter;

impl Reporter for JsonReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let document = json!({
            "version": JSON_VERSION,
            "summary": report.summary,
            "plans": report.plan_summaries,
            "policy_sets": report.policy_sets,
            "approval_problems": report.approval_problems,
            "findings": report.findings.iter().map(finding).collect::<Vec<_>>(),
        });
        serde_json::to_writer_pretty(&mut *out, &document)?;
        writeln!(out)
    }
}

fn finding(finding: &Finding) -> Value {
    json!({
        "code": finding.code,
        "aliases": finding.aliases,
        "title": finding.title,
        "severity": finding.severity,
        "level": finding.level,
        "status": finding.status,
        "message": finding.message,
        "address": finding.address,
        "attribute": (!finding.attribute.is_empty()).then(|| display_path(&finding.attribute)),
        "attribute_path": finding.attribute,
        "policy": finding.policy,
        "policy_set": finding.policy_set,
        "enforcement": finding.enforcement,
        "plan_location": finding.plan_location.as_ref().map(location),
        "source_location": finding.source_location,
        "suppression": finding.suppression,
        "help_uri": finding.help_uri,
        "metadata": finding.metadata,
        "fingerprint": finding.fingerprint,
    })
}

fn location(location: &Location) -> Value {
    json!({
        "file": location.file,
        "line": location.line,
        "column": location.column,
        "start": location.start,
        "end": location.end,
    })
}
