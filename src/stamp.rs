//! The one place that turns a rule's raw result into a [`Finding`].
//!
//! Code, aliases, severity, docs link, locations, redaction and fingerprint
//! are all decided here, so policies and reporters never do it themselves.

use std::collections::HashMap;

use crate::engine::RuleResult;
use crate::finding::{Finding, Fingerprint, Level, Location, PolicyLocation, Severity, Status};
use crate::plan::Plan;

/// Severity when METADATA names none: Conftest policies carry no severity,
/// and a failing rule is at least worth a look.
pub fn default_severity(level: Level) -> Severity {
    match level {
        Level::Failure => Severity::Medium,
        Level::Warning => Severity::Low,
    }
}

/// Stamps every result of one plan.
pub fn stamp_all(plan: &Plan, results: &[RuleResult<'_>]) -> Vec<Finding> {
    let needs_index = results.iter().any(|r| r.result.address.is_some());
    let by_address: HashMap<&str, usize> = if needs_index {
        let mut map = HashMap::new();
        for (index, change) in plan.resource_changes.iter().enumerate() {
            map.entry(change.address.as_str()).or_insert(index);
        }
        map
    } else {
        HashMap::new()
    };
    results
        .iter()
        .map(|result| stamp(plan, result, &by_address))
        .collect()
}

fn stamp(plan: &Plan, result: &RuleResult<'_>, by_address: &HashMap<&str, usize>) -> Finding {
    let rule = result.rule;
    let annotations = &rule.annotations;
    let custom = &annotations.custom;
    let code = custom
        .id
        .clone()
        .unwrap_or_else(|| format!("{}.{}", rule.package, rule.name));
    let severity = custom
        .severity
        .as_deref()
        .and_then(Severity::parse)
        .unwrap_or_else(|| default_severity(rule.level));

    // An explicit `address` wins: plan-level rules use it to attach a
    // result to a resource.
    let resource = match &result.result.address {
        Some(address) => by_address.get(address.as_str()).copied(),
        None => result.resource,
    };
    let change = resource.map(|i| &plan.resource_changes[i]);
    let address = result
        .result
        .address
        .clone()
        .or_else(|| change.map(|c| c.address.clone()));
    let path = result.result.path.clone();
    let plan_location = match change {
        Some(change) => plan.location(change, &path),
        None => Location::start_of(&plan.name),
    };

    let redactor = plan.redactor();
    let message = redactor.redact(&result.result.message);
    let mut metadata = serde_json::Value::Object(result.result.metadata.clone());
    redactor.redact_json(&mut metadata);
    let metadata = match metadata {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    let description = match (&annotations.description, &custom.remediation) {
        (Some(d), Some(r)) => Some(format!("{}\n\nRemediation: {}", d.trim_end(), r.trim_end())),
        (Some(d), None) => Some(d.trim_end().to_owned()),
        (None, Some(r)) => Some(format!("Remediation: {}", r.trim_end())),
        (None, None) => None,
    };
    let fingerprint = Fingerprint::compute(&code, address.as_deref(), &path, &message);
    Finding {
        code,
        aliases: custom.aliases.clone().unwrap_or_default(),
        title: annotations.title.clone(),
        description,
        help_uri: annotations.help_uri().map(str::to_owned),
        severity,
        level: rule.level,
        status: Status::Open,
        message,
        address,
        attribute: path,
        policy: PolicyLocation {
            file: rule.file.clone(),
            line: rule.line,
        },
        plan_location: Some(plan_location),
        source_location: None,
        suppression: None,
        metadata,
        fingerprint,
    }
}
