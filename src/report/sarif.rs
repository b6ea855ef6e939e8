//! `-o sarif`: SARIF 2.1.0, as GitHub code scanning reads it.
//!
//! One rule per finding code, results located at the `.tf` line when known
//! (else the plan JSON), `partialFingerprints` from the finding fingerprint,
//! and `suppressions` for ignored findings. GitHub's hard limits (25,000
//! results and rules per run, 20 tags per rule, 1,000 locations per result)
//! are kept by truncating, with a notification saying so.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::{Value, json};

use super::Reporter;
use crate::check::Report;
use crate::finding::{Finding, Level, Outcome, Severity, Status};

/// GitHub rejects runs with more results than this.
pub const MAX_RESULTS: usize = 25_000;
/// GitHub rejects rules with more tags than this.
pub const MAX_TAGS: usize = 20;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub struct SarifReporter {
    /// `tool.driver.informationUri`, when the documentation's address is known.
    pub information_uri: Option<String>,
}

impl Reporter for SarifReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(
            &mut *out,
            &Document::new(report, self.information_uri.as_deref()),
        )?;
        writeln!(out)
    }
}

/// GitHub's numeric severity: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9
/// medium, 0.1 to 3.9 low.
fn security_severity(severity: Severity) -> Option<&'static str> {
    match severity {
        Severity::Critical => Some("9.5"),
        Severity::High => Some("8.0"),
        Severity::Medium => Some("5.5"),
        Severity::Low => Some("2.0"),
        Severity::Info => None,
    }
}

/// SARIF's level: `error` only for what blocks (or would, were it not
/// suppressed); advisory failures and warnings are `warning`.
fn level(finding: &Finding) -> &'static str {
    if finding.severity == Severity::Info {
        return "note";
    }
    match finding.outcome() {
        Outcome::Unknown => "note",
        Outcome::Advisory | Outcome::Warn => "warning",
        Outcome::Fail | Outcome::Ignored | Outcome::Acknowledged | Outcome::Baselined => {
            match finding.level {
                Level::Failure => "error",
                Level::Warning => "warning",
            }
        }
    }
}

/// A rule's readable `name`, distinct from its id as GitHub's SARIF rules
/// ask (SARIF1001): the code in Pascal case, `aws-s3-no-public-acl` →
/// `AwsS3NoPublicAcl`.
fn rule_name(code: &str) -> String {
    code.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

fn rule(finding: &Finding) -> Value {
    let title = finding.title.as_deref().unwrap_or(&finding.code);
    let mut tags: Vec<String> = vec!["terraform".to_owned(), "security".to_owned()];
    tags.extend(finding.aliases.iter().cloned());
    tags.truncate(MAX_TAGS);
    let mut properties = json!({ "tags": tags, "problem.severity": finding.severity.as_str() });
    if let Some(score) = security_severity(finding.severity) {
        properties["security-severity"] = json!(score);
    }
    let description = finding.description.as_deref().unwrap_or(title);
    let mut rule = json!({
        "id": finding.code,
        "name": rule_name(&finding.code),
        "shortDescription": { "text": title },
        "fullDescription": { "text": description },
        "help": { "text": description },
        "defaultConfiguration": { "level": level(finding) },
        "properties": properties,
    });
    if let Some(uri) = &finding.help_uri {
        rule["helpUri"] = json!(uri);
    }
    rule
}

fn location(finding: &Finding) -> Option<Value> {
    let at = finding.primary_location()?;
    let (uri, region) = (
        at.file,
        json!({
            "startLine": at.line,
            "startColumn": at.column,
            "endLine": at.end_line.max(at.line),
        }),
    );
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": artifact_uri(uri) },
            "region": region,
        }
    });
    if let Some(address) = &finding.address {
        location["logicalLocations"] =
            json!([{ "fullyQualifiedName": address, "kind": "resource" }]);
    }
    Some(location)
}

/// A file as SARIF names it: a relative path as it is (GitHub resolves it
/// against the checkout), an absolute one as a `file://` URI, since a
/// relative reference may not start with `/` (SARIF1004).
fn artifact_uri(path: &str) -> String {
    if !path.starts_with('/') {
        return path.to_owned();
    }
    let mut uri = String::from("file://");
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'.' | b'_' | b'~' => {
                uri.push(byte as char);
            }
            other => uri.push_str(&format!("%{other:02X}")),
        }
    }
    uri
}

/// One result; with a baseline in use, its `baselineState` says whether the
/// finding is new or was in the baseline.
fn result(finding: &Finding, rule_index: usize, baseline: bool) -> Value {
    let mut result = json!({
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": level(finding),
        "message": { "text": finding.message },
        "locations": location(finding).into_iter().collect::<Vec<_>>(),
        "partialFingerprints": { "tfguardFingerprint/v1": finding.fingerprint },
    });
    if baseline {
        result["baselineState"] = json!(if finding.status == Status::Baselined {
            "unchanged"
        } else {
            "new"
        });
    }
    if !finding.owners.is_empty() {
        result["properties"] = json!({ "owners": finding.owners });
    }
    // A baselined finding is known, not accepted: it keeps its alert.
    if let Some(suppression) = &finding.suppression
        && finding.status != Status::Baselined
    {
        result["suppressions"] = match finding.status {
            Status::Acknowledged => json!(suppression
                .approvals
                .iter()
                .map(|a| json!({
                    "kind": "external",
                    "status": "accepted",
                    "justification": format!("approved by {} at {}: {}", a.user, a.time, a.reason),
                }))
                .collect::<Vec<_>>()),
            _ => json!([{
                "kind": "inSource",
                "status": "accepted",
                "justification": suppression.reason,
                "location": {
                    "physicalLocation": {
                        "artifactLocation": { "uri": artifact_uri(&suppression.file) },
                        "region": { "startLine": suppression.line.max(1) },
                    }
                },
            }]),
        };
    }
    result
}

/// The SARIF log. The rules and the invocation are small values; the
/// results are written one by one, so that 20k findings do not stand in
/// memory a second time. Keys come out sorted, as in every JSON object here.
struct Document<'r> {
    report: &'r Report,
    /// Rule index by code, in first-seen order.
    rule_index: BTreeMap<&'r str, usize>,
    tool: Value,
    invocation: Value,
}

impl<'r> Document<'r> {
    fn new(report: &'r Report, information_uri: Option<&str>) -> Self {
        let mut rules: BTreeMap<&str, (usize, Value)> = BTreeMap::new();
        for finding in &report.findings {
            let next = rules.len();
            rules
                .entry(finding.code.as_str())
                .or_insert_with(|| (next, rule(finding)));
        }
        let rule_index = rules
            .iter()
            .map(|(code, (index, _))| (*code, *index))
            .collect();
        let mut ordered: Vec<(usize, Value)> = rules.into_values().collect();
        ordered.sort_by_key(|(index, _)| *index);
        let mut invocation = json!({ "executionSuccessful": true });
        if report.findings.len() > MAX_RESULTS {
            invocation["toolExecutionNotifications"] = json!([{
                "level": "warning",
                "message": { "text": format!(
                    "{} findings; only the first {MAX_RESULTS} are included (GitHub's limit per run)",
                    report.findings.len()
                )},
            }]);
        }
        let mut driver = json!({
            "name": "tfguard",
            "version": env!("CARGO_PKG_VERSION"),
            "rules": ordered.into_iter().map(|(_, r)| r).collect::<Vec<_>>(),
        });
        if let Some(uri) = information_uri {
            driver["informationUri"] = json!(uri);
        }
        Self {
            report,
            rule_index,
            tool: json!({ "driver": driver }),
            invocation,
        }
    }
}

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("$schema", SCHEMA)?;
        map.serialize_entry("runs", &[Run(self)])?;
        map.serialize_entry("version", "2.1.0")?;
        map.end()
    }
}

/// The one run of the log.
struct Run<'d, 'r>(&'d Document<'r>);

impl Serialize for Run<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("invocations", &[&self.0.invocation])?;
        map.serialize_entry("results", &Results(self.0))?;
        map.serialize_entry("tool", &self.0.tool)?;
        map.end()
    }
}

/// Each result's value is built, written and dropped in turn.
struct Results<'d, 'r>(&'d Document<'r>);

impl Serialize for Results<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let document = self.0;
        let findings = &document.report.findings;
        let baseline = document.report.baseline.is_some();
        let mut seq = serializer.serialize_seq(Some(findings.len().min(MAX_RESULTS)))?;
        for finding in findings.iter().take(MAX_RESULTS) {
            let index = document
                .rule_index
                .get(finding.code.as_str())
                .copied()
                .unwrap_or(0);
            seq.serialize_element(&result(finding, index, baseline))?;
        }
        seq.end()
    }
}
