//! What the engine knows about each loaded package: its rules, their
//! annotations, and which resources it applies to.

use globset::GlobSet;

use crate::finding::Level;
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
