//! `-o json`: the stable machine-readable document (docs/json-output.md).
//!
//! The document is built field by field here rather than derived from
//! `Finding`, so that internal changes cannot silently change the contract.
//! It is streamed: one finding's value at a time, so that 20k findings do
//! not stand in memory twice (the whole document as a `Value` was the peak
//! of a 50k-resource run).

use std::io::{self, Write};

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::{Value, json};

use super::Reporter;
use crate::check::Report;
use crate::finding::{Finding, Location, display_path};

/// Bumped only on incompatible changes to the document.
pub const JSON_VERSION: u32 = 1;

pub struct JsonReporter;

impl Reporter for JsonReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &Document(report))?;
        writeln!(out)
    }
}

/// The document, its keys in the sorted order of a JSON object.
struct Document<'r>(&'r Report);

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        let mut map = serializer.serialize_map(Some(7))?;
        map.serialize_entry(
            "approval_problems",
            &sorted::<_, S::Error>(&report.approval_problems)?,
        )?;
        map.serialize_entry("baseline", &report.baseline)?;
        map.serialize_entry("findings", &Findings(&report.findings))?;
        map.serialize_entry("plans", &sorted::<_, S::Error>(&report.plan_summaries)?)?;
        map.serialize_entry("policy_sets", &sorted::<_, S::Error>(&report.policy_sets)?)?;
        map.serialize_entry("summary", &sorted::<_, S::Error>(&report.summary)?)?;
        map.serialize_entry("version", &JSON_VERSION)?;
        map.end()
    }
}

/// `value` as a JSON value, so its object keys are sorted like every other
/// object in the document.
fn sorted<T: Serialize, E: serde::ser::Error>(value: &T) -> Result<Value, E> {
    serde_json::to_value(value).map_err(E::custom)
}

/// Each finding's value is built, written and dropped in turn.
struct Findings<'r>(&'r [Finding]);

impl Serialize for Findings<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for item in self.0 {
            seq.serialize_element(&finding(item))?;
        }
        seq.end()
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
        "owners": finding.owners,
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
