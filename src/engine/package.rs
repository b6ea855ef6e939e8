//! What the engine knows about each loaded package: its rules, their
//! annotations, and which resources it applies to.

use std::sync::Arc;

use globset::GlobSet;

use crate::finding::{Level, Severity};
use crate::policy::metadata::Annotations;

/// Which input a package's rules see.
#[derive(Debug, Clone)]
pub enum Scope {
    /// Conftest-style: `input` is the whole plan, evaluated once.
    Plan,
    /// `input` is one resource change whose type matches the selector
    /// (`custom.resource_types` in the package METADATA).
    Resources(GlobSet),
}

/// One `deny`/`warn`/`violation` rule of a package.
#[derive(Debug, Clone)]
pub struct Rule {
    /// The rule name, such as `deny_public`.
    pub name: String,
    /// The path `eval_rule` takes: `data.<package>.<rule>`.
    pub query: String,
    pub level: Level,
    pub file: String,
    pub line: usize,
    /// Package annotations overridden by the rule's own.
    pub annotations: Annotations,
    /// The package path without `data.`, for default codes (`main.deny`).
    pub package: String,
    /// Conftest's exception query for this rule, when its package has an
    /// `exception` rule: `data.<package>.exception[_][_] == "<name>"`.
    pub exception_query: Option<String>,
    /// What each of its findings says about it, built once.
    pub documentation: Documentation,
}

/// A rule's documentation as its findings carry it: shared, not copied
/// into each one.
#[derive(Debug, Clone)]
pub struct Documentation {
    pub aliases: Arc<[String]>,
    pub title: Option<Arc<str>>,
    /// The description, then the remediation, from METADATA.
    pub description: Option<Arc<str>>,
    pub help_uri: Option<Arc<str>>,
}

impl Documentation {
    pub fn of(annotations: &Annotations) -> Self {
        let custom = &annotations.custom;
        let description = match (&annotations.description, &custom.remediation) {
            (Some(d), Some(r)) => {
                Some(format!("{}\n\nRemediation: {}", d.trim_end(), r.trim_end()))
            }
            (Some(d), None) => Some(d.trim_end().to_owned()),
            (None, Some(r)) => Some(format!("Remediation: {}", r.trim_end())),
            (None, None) => None,
        };
        Self {
            aliases: custom.aliases.clone().unwrap_or_default().into(),
            title: annotations.title.as_deref().map(Arc::from),
            description: description.map(Arc::from),
            help_uri: annotations.help_uri().map(Arc::from),
        }
    }
}

impl Rule {
    /// METADATA `custom.id`, else `<package>.<rule>` (Conftest policies have no ids).
    pub fn code(&self) -> String {
        self.annotations
            .custom
            .id
            .clone()
            .unwrap_or_else(|| format!("{}.{}", self.package, self.name))
    }

    /// METADATA `custom.severity`, else a default by level: Conftest
    /// policies carry no severity, and a failing rule is at least worth a look.
    pub fn severity(&self) -> Severity {
        self.annotations
            .custom
            .severity
            .as_deref()
            .and_then(Severity::parse)
            .unwrap_or(match self.level {
                Level::Failure => Severity::Medium,
                Level::Warning => Severity::Low,
            })
    }
}

/// A package with at least one rule tfguard evaluates.
#[derive(Debug, Clone)]
pub struct Package {
    /// `data.` path, as regorus names it.
    pub path: String,
    pub scope: Scope,
    /// METADATA `custom.include_removals`: also sees resources the plan
    /// deletes (with `input.change.after` null), for deletion guardrails.
    pub include_removals: bool,
    pub rules: Vec<Rule>,
}

/// The name an `exception` rule uses for a policy rule, as Conftest
/// matches it: without a `violation_`, `deny_` or `warn_` prefix.
pub fn exception_name(rule: &str) -> &str {
    let name = rule.strip_prefix("violation_").unwrap_or(rule);
    let name = name.strip_prefix("deny_").unwrap_or(name);
    name.strip_prefix("warn_").unwrap_or(name)
}

/// Conftest's query for whether an exception covers `rule` in `package`.
pub fn exception_query(package: &str, rule: &str) -> String {
    format!(
        "data.{package}.exception[_][_] == {}",
        serde_json::Value::from(exception_name(rule))
    )
}

/// The level of a rule name, for names Conftest treats as policy rules:
/// `^(deny|violation)(_[a-zA-Z0-9]+)*$` fail, `^warn(_[a-zA-Z0-9]+)*$` warn.
pub fn rule_level(name: &str) -> Option<Level> {
    let (level, rest) = [
        ("deny", Level::Failure),
        ("violation", Level::Failure),
        ("warn", Level::Warning),
    ]
    .into_iter()
    .find_map(|(prefix, level)| name.strip_prefix(prefix).map(|rest| (level, rest)))?;
    let suffix_ok = rest.is_empty()
        || rest.strip_prefix('_').is_some_and(|parts| {
            parts
                .split('_')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
        });
    suffix_ok.then_some(level)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conftest_rule_names() {
        assert_eq!(rule_level("deny"), Some(Level::Failure));
        assert_eq!(rule_level("deny_public_acl"), Some(Level::Failure));
        assert_eq!(rule_level("violation_x1"), Some(Level::Failure));
        assert_eq!(rule_level("warn"), Some(Level::Warning));
        assert_eq!(rule_level("warn_a_b"), Some(Level::Warning));
        for name in ["denied", "deny_", "deny__x", "allow", "warning", "deny-x"] {
            assert_eq!(rule_level(name), None, "{name}");
        }
    }
}
