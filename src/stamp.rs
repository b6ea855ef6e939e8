//! The one place that turns a rule's raw result into a [`Finding`].
//!
//! Code, aliases, severity, docs link, locations, redaction and fingerprint
//! are all decided here, so policies and reporters never do it themselves.

use crate::engine::RuleResult;
use crate::finding::{
    Finding, Fingerprint, Location, PathStep, PolicyLocation, Status, Suppression,
};
use crate::plan::{Locator, Plan};

/// Stamps every result of one plan, in parallel (locating an attribute and
/// redacting a message is per finding work; 20k findings at 50k resources),
/// keeping the results' order. Each result is consumed by its finding, so
/// the two never both stand whole in memory.
pub fn stamp_all(plan: &Plan, results: Vec<RuleResult<'_>>) -> Vec<Finding> {
    use rayon::prelude::*;
    // Built once, before the workers need them.
    plan.prepare_lookups();
    // A resource's results lie side by side, as evaluated, and each worker
    // stamps a run of them in turn: the locator reads a resource's values
    // once for all their locations.
    results
        .into_par_iter()
        .map_init(Locator::default, |locator, result| {
            stamp(plan, result, locator)
        })
        .collect()
}

fn stamp(plan: &Plan, result: RuleResult<'_>, locator: &mut Locator) -> Finding {
    let rule = result.rule;
    let documentation = &rule.documentation;
    let code = rule.code();
    let severity = rule.severity();

    // An explicit `address` wins: plan-level rules use it to attach a
    // result to a resource.
    let change = match &result.result.address {
        Some(address) => plan.resource(address),
        None => result.resource.map(|i| &plan.resource_changes[i]),
    };
    let address = result
        .result
        .address
        .clone()
        .or_else(|| change.map(|c| c.address.clone()));
    let redactor = plan.redactor();
    // Keys of maps (tags, environment variables) can be sensitive values too.
    let path: Vec<PathStep> = result
        .result
        .path
        .iter()
        .map(|step| match step {
            PathStep::Key(key) => PathStep::Key(redactor.redact(key)),
            PathStep::Index(i) => PathStep::Index(*i),
        })
        .collect();
    let plan_location = match change {
        Some(change) => plan.location_with(change, &path, locator),
        None => Location::start_of(&plan.name),
    };

    let message = redactor.redact(&result.result.message);
    let mut metadata = serde_json::Value::Object(result.result.metadata);
    redactor.redact_json(&mut metadata);
    let metadata = match metadata {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    let fingerprint = Fingerprint::compute(&code, address.as_deref(), &path, &message);
    Finding {
        code,
        aliases: documentation.aliases.clone(),
        title: documentation.title.clone(),
        description: documentation.description.clone(),
        help_uri: documentation.help_uri.clone(),
        severity,
        level: rule.level,
        status: if result.exception.is_some() {
            Status::Ignored
        } else if result.result.unknown {
            Status::Unknown
        } else {
            Status::Open
        },
        message,
        address,
        attribute: path,
        // Assigned from the configuration by `approvals`, after stamping.
        enforcement: crate::finding::Enforcement::default(),
        policy_set: String::new(),
        policy: PolicyLocation {
            file: rule.file.clone(),
            line: rule.line,
        },
        plan_location: Some(plan_location),
        source_location: None,
        suppression: result.exception.as_ref().map(|query| Suppression {
            kind: "exception".to_owned(),
            reason: format!("a Conftest exception rule covers it ({query})"),
            expires: None,
            file: rule.file.clone(),
            line: rule.line,
            approvals: Vec::new(),
        }),
        // Assigned by `owners`, after the `.tf` location is known.
        owners: Vec::new(),
        metadata,
        fingerprint,
    }
}
