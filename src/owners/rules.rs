//! `[[owners]]` rules: a team owns the findings of the resources a rule
//! matches, by address, `.tf` file, planned tags and resource type.
//!
//! Within a rule every criterion given must match (each list matches when
//! any of its globs does), so `types` plus `paths` narrows. Rules are tried
//! in file order and every matching rule adds its team.

use std::collections::BTreeMap;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use serde::Deserialize;

/// One `[[owners]]` table, as written in `tfguard.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnerRule {
    /// Any string: a team name, `@org/team`, an e-mail address.
    pub team: String,
    /// Resource address globs (`module.store*`); `*` and `?` are the only
    /// wildcards, so the brackets of `this["a"]` are literal.
    #[serde(default)]
    pub addresses: Vec<String>,
    /// `.tf` file globs relative to the repository root (`modules/store/**`).
    #[serde(default)]
    pub paths: Vec<String>,
    /// Tags (AWS, Azure) or labels (Google) the planned resource must carry.
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
    /// Resource type globs (`aws_s3_*`).
    #[serde(default)]
    pub types: Vec<String>,
}

/// The facts of one finding that rules are matched against.
#[derive(Debug, Default)]
pub struct Subject<'a> {
    pub address: Option<&'a str>,
    pub resource_type: Option<&'a str>,
    /// The `.tf` file, relative to the repository root.
    pub file: Option<&'a str>,
    pub tags: Option<&'a BTreeMap<String, String>>,
}

/// The rules of a `tfguard.toml`, compiled once.
#[derive(Debug, Clone, Default)]
pub struct OwnerRules {
    rules: Vec<Compiled>,
}

#[derive(Debug, Clone)]
struct Compiled {
    team: String,
    addresses: Option<GlobSet>,
    paths: Option<GlobSet>,
    types: Option<GlobSet>,
    tags: BTreeMap<String, String>,
}

impl OwnerRules {
    /// Compiles the globs; a bad glob, an empty team or a rule with no
    /// criterion is an error naming the rule.
    pub fn compile(rules: Vec<OwnerRule>) -> Result<Self, String> {
        let compiled = rules
            .into_iter()
            .enumerate()
            .map(|(index, rule)| {
                compile_rule(rule)
                    .map_err(|message| format!("[[owners]] rule {}: {message}", index + 1))
            })
            .collect::<Result<_, _>>()?;
        Ok(Self { rules: compiled })
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Whether any rule reads tags, so the planned tags need reading at all.
    pub fn reads_tags(&self) -> bool {
        self.rules.iter().any(|r| !r.tags.is_empty())
    }

    /// The teams of every rule that matches, in file order.
    pub fn teams_of<'a>(&'a self, subject: &'a Subject<'_>) -> impl Iterator<Item = &'a str> {
        self.rules
            .iter()
            .filter(move |rule| rule.matches(subject))
            .map(|rule| rule.team.as_str())
    }
}

impl Compiled {
    fn matches(&self, subject: &Subject<'_>) -> bool {
        let glob = |set: &Option<GlobSet>, value: Option<&str>| match set {
            None => true,
            Some(set) => value.is_some_and(|v| set.is_match(v)),
        };
        glob(&self.addresses, subject.address)
            && glob(&self.paths, subject.file)
            && glob(&self.types, subject.resource_type)
            && self.tags.iter().all(|(key, value)| {
                subject
                    .tags
                    .and_then(|tags| tags.get(key))
                    .is_some_and(|v| v == value)
            })
    }
}

fn compile_rule(rule: OwnerRule) -> Result<Compiled, String> {
    if rule.team.trim().is_empty() {
        return Err("team is empty".to_owned());
    }
    if rule.addresses.is_empty()
        && rule.paths.is_empty()
        && rule.tags.is_empty()
        && rule.types.is_empty()
    {
        return Err(format!(
            "team {:?} has no addresses, paths, tags or types; write addresses = [\"*\"] to own every resource",
            rule.team
        ));
    }
    let addresses: Vec<String> = rule.addresses.iter().map(|a| literal_brackets(a)).collect();
    Ok(Compiled {
        addresses: globs("addresses", &addresses, false)?,
        paths: globs("paths", &rule.paths, true)?,
        types: globs("types", &rule.types, false)?,
        tags: rule.tags,
        team: rule.team,
    })
}

/// `None` for an empty list: the criterion is not given.
fn globs(key: &str, patterns: &[String], path_like: bool) -> Result<Option<GlobSet>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = GlobBuilder::new(pattern.trim_start_matches("./"))
            .literal_separator(path_like)
            .backslash_escape(true)
            .build()
            .map_err(|e| format!("{key}: {e}"))?;
        builder.add(glob);
    }
    builder.build().map(Some).map_err(|e| format!("{key}: {e}"))
}

/// Addresses hold `[0]` and `["key"]`: keep them literal, not glob classes.
fn literal_brackets(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    for c in pattern.chars() {
        if matches!(c, '[' | ']' | '{' | '}') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(team: &str) -> OwnerRule {
        OwnerRule {
            team: team.to_owned(),
            addresses: Vec::new(),
            paths: Vec::new(),
            tags: BTreeMap::new(),
            types: Vec::new(),
        }
    }

    #[test]
    fn every_criterion_given_must_match() {
        let rules = OwnerRules::compile(vec![
            OwnerRule {
                types: vec!["aws_s3_*".into()],
                paths: vec!["modules/store/**".into()],
                ..rule("storage")
            },
            OwnerRule {
                addresses: vec!["aws_instance.web[\"a\"]".into()],
                ..rule("web")
            },
        ])
        .unwrap();
        let teams = |subject: Subject<'_>| {
            rules
                .teams_of(&subject)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let bucket = Subject {
            resource_type: Some("aws_s3_bucket"),
            file: Some("modules/store/main.tf"),
            ..Subject::default()
        };
        assert_eq!(teams(bucket), ["storage"]);
        let elsewhere = Subject {
            resource_type: Some("aws_s3_bucket"),
            file: Some("main.tf"),
            ..Subject::default()
        };
        assert!(teams(elsewhere).is_empty());
        let web = Subject {
            address: Some("aws_instance.web[\"a\"]"),
            ..Subject::default()
        };
        assert_eq!(teams(web), ["web"]);
    }

    #[test]
    fn a_rule_without_criteria_is_an_error() {
        let error = OwnerRules::compile(vec![rule("x")]).unwrap_err();
        assert!(error.contains("rule 1"), "{error}");
        assert!(OwnerRules::compile(vec![rule("")]).is_err());
    }
}
