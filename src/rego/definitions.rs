//! Stage `rewrite_metadata_calls`, and per-definition annotations.
//!
//! OPA's `RewriteRegoMetadataCalls` replaces `rego.metadata.rule()` and
//! `rego.metadata.chain()` by the annotations of the rule definition the call
//! is written in; regorus has neither, so this stage writes them as literals:
//! `rule()` is the definition's own block (`{}` without one), `chain()` the
//! path and annotations from the definition outwards (its own block, the
//! rule's `scope: document` block, the package's).
//!
//! A METADATA block above a definition annotates that definition only (OPA's
//! `scope: rule`). For `tfguard check` to give each finding the id, title and
//! severity of the definition that produced it, every definition of a
//! partial-set rule that has a block of its own is renamed
//! (`__tfguard_def<file>_<line>_<rule>`, read back by [`defined_rule`]), and
//! a line after the file's last gathers them under the rule's own name, so
//! `data.pkg.deny` keeps its value for every other reader.

use std::collections::{BTreeMap, BTreeSet};

use regorus::unstable::{Expr, Module, Rule, RuleHead};

use super::edit::Edit;
use super::walk::{Visitor, rule_head, rule_name, visit_rule};
use super::{Context, PolicyError, package_of};
use crate::policy::metadata::FileAnnotations;

const PREFIX: &str = "__tfguard_def";

/// The rule a renamed definition belongs to: `deny` for
/// `__tfguard_def0_12_deny`.
pub fn defined_rule(name: &str) -> Option<&str> {
    let rest = name.strip_prefix(PREFIX)?;
    let (_, rest) = rest.split_once('_')?;
    let (_, rule) = rest.split_once('_')?;
    Some(rule)
}

/// The partial-set rules to split: those with a definition that has a
/// METADATA block of its own.
pub fn to_split<'m>(
    modules: impl Iterator<Item = &'m Module>,
    annotations: &BTreeMap<String, FileAnnotations>,
) -> BTreeSet<(String, String)> {
    let mut split = BTreeSet::new();
    for module in modules {
        let Some(file) = annotations.get(module.package.span.source.get_path()) else {
            continue;
        };
        for rule in &module.policy {
            if is_set_definition(rule)
                && file.definitions.contains_key(&(rule.span().line as usize))
            {
                split.insert((package_of(module), rule_name(rule).to_owned()));
            }
        }
    }
    split
}

/// `p contains x if ...` or v0's `p[x] { ... }`, named by a bare identifier.
fn is_set_definition(rule: &Rule) -> bool {
    matches!(
        rule,
        Rule::Spec {
            head: RuleHead::Set { .. },
            ..
        }
    ) && rule_head(rule).0.span().text() == rule_name(rule)
}

pub fn rewrite(module: &Module, text: &str, context: &Context) -> Result<Vec<Edit>, PolicyError> {
    let empty = FileAnnotations::default();
    let annotations = context.annotations_of(module).unwrap_or(&empty);
    let package = package_of(module);
    let file = module.package.span.source.get_path();
    let file_index = context.file_index.get(file).copied().unwrap_or(0);
    let mut edits = Vec::new();
    let mut gathered = String::new();
    for rule in &module.policy {
        let name = rule_name(rule);
        let line = rule.span().line as usize;
        let mut calls = MetadataCalls::default();
        visit_rule(rule, &mut calls);
        if !calls.found.is_empty() {
            let own = annotations.definitions.get(&line).map(|a| a.json.clone());
            let rule_value = own.clone().unwrap_or_else(|| serde_json::json!({}));
            let chain = chain(&package, name, own, annotations, context);
            for (start, end, is_chain) in calls.found {
                let value = if is_chain { &chain } else { &rule_value };
                edits.push(Edit::replace(start, end, value.to_string()));
            }
        }
        if context.split.contains(&(package.clone(), name.to_owned())) && is_set_definition(rule) {
            let span = rule_head(rule).0.span();
            let renamed = format!("{PREFIX}{file_index}_{line}_{name}");
            edits.push(Edit::replace(
                span.start as usize,
                span.end as usize,
                renamed.clone(),
            ));
            gathered.push_str(&if module.rego_v1 {
                format!("\n{name} contains __tfguard_result if some __tfguard_result in {renamed}")
            } else {
                format!("\n{name}[__tfguard_result] {{ __tfguard_result := {renamed}[_] }}")
            });
        }
    }
    if !gathered.is_empty() {
        // After the last line: no line of the user's moves.
        edits.push(Edit::insert(text.len(), gathered));
    }
    Ok(edits)
}

/// `rego.metadata.chain()` for the definition of `name`: its own block, the
/// rule's document-scope block, the package's (from any of its files), each
/// with its path.
fn chain(
    package: &str,
    name: &str,
    own: Option<serde_json::Value>,
    annotations: &FileAnnotations,
    context: &Context,
) -> serde_json::Value {
    let package_path: Vec<&str> = package.split('.').collect();
    let mut rule_path = package_path.clone();
    rule_path.push(name);
    let mut entries = Vec::new();
    let mut first = serde_json::json!({"path": rule_path});
    if let Some(own) = own {
        first["annotations"] = own;
    }
    entries.push(first);
    if let Some(document) = annotations.documents.get(name) {
        entries.push(serde_json::json!({"path": rule_path, "annotations": document.json}));
    }
    if let Some(block) = context.package_blocks.get(package) {
        entries.push(serde_json::json!({"path": package_path, "annotations": block}));
    }
    serde_json::Value::Array(entries)
}

/// The spans of `rego.metadata.rule()` (false) and `chain()` (true) calls.
#[derive(Default)]
struct MetadataCalls {
    found: Vec<(usize, usize, bool)>,
}

impl Visitor for MetadataCalls {
    fn expr(&mut self, expr: &Expr) {
        if let Expr::Call {
            span, fcn, params, ..
        } = expr
            && params.is_empty()
        {
            let is_chain = match fcn.span().text() {
                "rego.metadata.rule" => false,
                "rego.metadata.chain" => true,
                _ => return,
            };
            self.found
                .push((span.start as usize, span.end as usize, is_chain));
        }
    }
}
