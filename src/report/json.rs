//! `-o json`: the stable machine-readable document (docs/json-output.md).
//!
//! The document is built field by field here rather than derived from
//! `Finding`, so that internal changes cannot silently change the contract.
//! It is streamed: one finding's value at a time, so that 20k findings do
//! not stand in memory twice (the whole document as a `Value` was the peak
//! of a 50k-resource run).

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use super::Reporter;
use crate::check::Report;
use crate::finding::{Finding, Location, display_path};

/// Bumped only on incompatible changes to the document.
pub const JSON_VERSION: u32 = 1;

/// How many findings are rendered side by side before they are written:
/// enough to keep every core busy, few enough that the output never stands
/// in memory whole.
const FINDINGS_PER_WRITE: usize = 4096;

pub struct JsonReporter;

/// The document is serde_json's pretty form, written piece by piece: each
/// top-level value, and each finding on every core, is rendered on its own
/// at its depth (`Nested`).
impl Reporter for JsonReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        // The keys in the sorted order of a JSON object.
        out.write_all(b"{\n  \"approval_problems\": ")?;
        write_nested(out, &report.approval_problems, 1)?;
        out.write_all(b",\n  \"baseline\": ")?;
        write_nested(out, &report.baseline, 1)?;
        out.write_all(b",\n  \"findings\": ")?;
        write_findings(out, &report.findings)?;
        out.write_all(b",\n  \"plans\": ")?;
        write_nested(out, &report.plan_summaries, 1)?;
        out.write_all(b",\n  \"policy_sets\": ")?;
        write_nested(out, &report.policy_sets, 1)?;
        out.write_all(b",\n  \"summary\": ")?;
        write_nested(out, &report.summary, 1)?;
        out.write_all(b",\n  \"version\": ")?;
        write_nested(out, &JSON_VERSION, 1)?;
        out.write_all(b"\n}\n")
    }
}

/// The findings array, as serde_json's pretty printer lays it out at depth 1.
fn write_findings(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    if findings.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    for (chunk_index, chunk) in findings.chunks(FINDINGS_PER_WRITE).enumerate() {
        let rendered: Vec<Vec<u8>> = chunk
            .par_iter()
            .enumerate()
            .map(|(index, item)| {
                let first = chunk_index == 0 && index == 0;
                let mut text = Vec::with_capacity(2048);
                text.extend_from_slice(if first { b"\n    " } else { b",\n    " });
                render_nested(&mut text, &finding(item), 2)?;
                Ok(text)
            })
            .collect::<io::Result<_>>()?;
        for text in rendered {
            out.write_all(&text)?;
        }
    }
    out.write_all(b"\n  ]")
}

/// A top-level value (its object keys sorted like every other object in
/// the document).
fn write_nested<T: Serialize>(out: &mut dyn Write, value: &T, depth: usize) -> io::Result<()> {
    let mut text = Vec::new();
    render_nested(&mut text, &serde_json::to_value(value)?, depth)?;
    out.write_all(&text)
}

/// Appends `value` pretty-printed as if it stood `depth` levels deep.
fn render_nested(text: &mut Vec<u8>, value: &Value, depth: usize) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(
        text,
        Nested {
            depth,
            has_value: false,
        },
    );
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// serde_json's pretty layout (two spaces a level), started `depth` levels
/// deep: written in one pass, with no re-indenting afterwards.
struct Nested {
    depth: usize,
    /// Whether the innermost open array or object has a member yet.
    has_value: bool,
}

impl Nested {
    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(out)?;
        }
        out.write_all(bracket)
    }

    fn member<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        if !first {
            out.write_all(b",")?;
        }
        self.new_line(out)
    }

    fn new_line<W: ?Sized + Write>(&self, out: &mut W) -> io::Result<()> {
        const SPACES: &[u8] = &[b' '; 64];
        out.write_all(b"\n")?;
        let mut left = self.depth * 2;
        while left > 0 {
            let run = left.min(SPACES.len());
            out.write_all(&SPACES[..run])?;
            left -= run;
        }
        Ok(())
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.member(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.member(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
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
