//! Who owns a finding: the teams of the `[[owners]]` rules that match it,
//! in file order, then the CODEOWNERS owners of its `.tf` file.
//!
//! Owners only route: they change nothing but `Finding::owners`, and a
//! finding no rule matches simply has none.

mod codeowners;
mod rules;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub use codeowners::CodeOwners;
pub use rules::{OwnerRule, OwnerRules, Subject};

use crate::finding::{Finding, SourceLocation};
use crate::plan::Plan;

/// The owner rules and the repository's CODEOWNERS, ready to apply.
#[derive(Debug, Default)]
pub struct Ownership {
    rules: OwnerRules,
    codeowners: Option<CodeOwners>,
    /// CODEOWNERS lines skipped, or a file that could not be read.
    pub notes: Vec<String>,
}

/// The planned-value keys that hold tags: AWS and Azure `tags` (and AWS
/// `tags_all`, which adds the provider's `default_tags`), Google `labels`.
const TAG_KEYS: [&str; 3] = ["tags_all", "tags", "labels"];

impl Ownership {
    /// `rules`, plus the CODEOWNERS of the repository at `root` when
    /// `codeowners` is on and the `.tf` configuration (hence `root`) is known.
    pub fn new(rules: OwnerRules, root: Option<&Path>, codeowners: bool) -> Self {
        let (codeowners, notes) = match root {
            Some(root) if codeowners => CodeOwners::find(root),
            _ => (None, Vec::new()),
        };
        Self {
            rules,
            codeowners,
            notes,
        }
    }

    /// Whether there is anything to apply.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty() && self.codeowners.is_none()
    }

    /// Sets every finding's owners.
    pub fn apply(&self, findings: &mut [Finding], plans: &[Plan]) {
        if self.is_empty() {
            return;
        }
        let plans: HashMap<&str, &Plan> = plans.iter().map(|p| (p.name.as_str(), p)).collect();
        let mut tags: HashMap<(String, String), BTreeMap<String, String>> = HashMap::new();
        for finding in findings.iter_mut() {
            let change = finding
                .plan_location
                .as_ref()
                .and_then(|at| plans.get(at.file.as_str()))
                .zip(finding.address.as_deref())
                .and_then(|(plan, address)| Some((*plan, plan.resource(address)?)));
            let resource_tags = match change {
                Some((plan, change)) if self.rules.reads_tags() => Some(
                    &*tags
                        .entry((plan.name.clone(), change.address.clone()))
                        .or_insert_with(|| planned_tags(plan, change)),
                ),
                _ => None,
            };
            let file = finding.source_location.as_ref().and_then(repository_file);
            let subject = Subject {
                address: finding.address.as_deref(),
                resource_type: change.map(|(_, c)| c.resource_type.as_str()),
                file,
                tags: resource_tags,
            };
            let mut owners: Vec<String> = Vec::new();
            let from_codeowners = self
                .codeowners
                .as_ref()
                .zip(file)
                .map_or(&[][..], |(codeowners, file)| codeowners.owners_of(file));
            for owner in self
                .rules
                .teams_of(&subject)
                .chain(from_codeowners.iter().map(String::as_str))
            {
                if !owners.iter().any(|o| o == owner) {
                    owners.push(owner.to_owned());
                }
            }
            finding.owners = owners;
        }
    }
}

/// The file of a location that is part of the repository: the location's
/// own, unless it is in a module Terraform downloaded (`.terraform/`), where
/// the innermost `module` call in the repository stands for it.
fn repository_file(location: &SourceLocation) -> Option<&str> {
    let downloaded = |file: &str| file.split('/').any(|part| part == ".terraform");
    std::iter::once(location.file.as_str())
        .chain(location.module_calls.iter().rev().map(|c| c.file.as_str()))
        .find(|file| !downloaded(file))
}

/// String tags of the planned values; unknown or non-string ones are left
/// out, since a rule can only match what the plan states.
fn planned_tags(plan: &Plan, change: &crate::plan::ResourceChange) -> BTreeMap<String, String> {
    let mut tags = BTreeMap::new();
    for key in TAG_KEYS {
        if let Some(serde_json::Value::Object(map)) = plan.planned_value(change, key) {
            for (name, value) in map {
                if let serde_json::Value::String(value) = value {
                    tags.entry(name).or_insert(value);
                }
            }
        }
    }
    tags
}
