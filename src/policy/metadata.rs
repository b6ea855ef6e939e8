//! OPA's `# METADATA` annotations, which regorus does not read.
//!
//! A METADATA block is a run of comment lines, starting with `# METADATA`,
//! holding YAML. As in OPA, a block right before `package` (or with `scope:
//! package` or `subpackages`) annotates the package; a block right before a
//! rule annotates that one definition (`scope: rule`, the default), or every
//! definition of the rule with `scope: document`.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use serde::Deserialize;

use super::metadata_blocks::{Block, blocks};
use crate::finding::Severity;

/// One link in `related_resources`: OPA allows `{ref, description}` or a bare string.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum RelatedResource {
    Url(String),
    Ref {
        #[serde(rename = "ref")]
        url: String,
    },
}

impl RelatedResource {
    pub fn url(&self) -> &str {
        match self {
            Self::Url(url) | Self::Ref { url } => url,
        }
    }
}

/// The tfguard keys under `custom`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Custom {
    pub id: Option<String>,
    pub severity: Option<String>,
    pub aliases: Option<Vec<String>>,
    /// Globs over resource types that make a package resource-level.
    pub resource_types: Option<Vec<String>>,
    /// Also evaluate on resources the plan deletes (deletion guardrails).
    pub include_removals: Option<bool>,
    /// Data paths (`tfguard.config.allowed_regions`) the package needs: it
    /// is not evaluated at all unless every one is given (`-d`), so
    /// guardrails that need configuration are off, and free, by default.
    pub requires_data: Option<Vec<String>>,
    pub remediation: Option<String>,
    /// Any other keys: allowed (OPA's `custom` is free-form), but checked for
    /// near misses of the keys above.
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

/// One METADATA block.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Annotations {
    pub scope: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub related_resources: Option<Vec<RelatedResource>>,
    #[serde(default)]
    pub custom: Custom,
    /// The block as OPA gives it to `rego.metadata.rule()` and `chain()`:
    /// every key as written, `scope` filled in, `related_resources` as
    /// `{ref}` objects.
    #[serde(skip)]
    pub json: serde_json::Value,
}

impl Annotations {
    /// `self` with every field that `rule` sets replaced: rule-level
    /// annotations override package-level ones.
    pub fn overridden_by(&self, rule: &Self) -> Self {
        Self {
            scope: rule.scope.clone().or_else(|| self.scope.clone()),
            title: rule.title.clone().or_else(|| self.title.clone()),
            description: rule
                .description
                .clone()
                .or_else(|| self.description.clone()),
            related_resources: rule
                .related_resources
                .clone()
                .or_else(|| self.related_resources.clone()),
            custom: Custom {
                id: rule.custom.id.clone().or_else(|| self.custom.id.clone()),
                severity: rule
                    .custom
                    .severity
                    .clone()
                    .or_else(|| self.custom.severity.clone()),
                aliases: rule
                    .custom
                    .aliases
                    .clone()
                    .or_else(|| self.custom.aliases.clone()),
                // Selection is per package: a rule cannot narrow it.
                resource_types: self.custom.resource_types.clone(),
                include_removals: self.custom.include_removals,
                requires_data: self.custom.requires_data.clone(),
                remediation: rule
                    .custom
                    .remediation
                    .clone()
                    .or_else(|| self.custom.remediation.clone()),
                other: self
                    .custom
                    .other
                    .clone()
                    .into_iter()
                    .chain(rule.custom.other.clone())
                    .collect(),
            },
            // The most specific block's own document.
            json: if rule.json.is_null() {
                self.json.clone()
            } else {
                rule.json.clone()
            },
        }
    }

    /// The first documentation link.
    pub fn help_uri(&self) -> Option<&str> {
        self.related_resources
            .as_deref()
            .and_then(|r| r.first())
            .map(RelatedResource::url)
    }
}

/// All annotations of one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileAnnotations {
    pub package: Option<Annotations>,
    /// `scope: document` blocks, by rule name; the first for a name wins.
    pub documents: BTreeMap<String, Annotations>,
    /// `scope: rule` blocks (the default), by the 1-based line of the rule
    /// definition they stand above.
    pub definitions: BTreeMap<usize, Annotations>,
}

impl FileAnnotations {
    /// What applies to the definition of `name` at `line`: the package's
    /// annotations, overridden by the rule's document-scope ones, overridden
    /// by the definition's own.
    pub fn for_definition(&self, name: &str, line: usize) -> Annotations {
        let mut annotations = self.package.clone().unwrap_or_default();
        for own in [self.documents.get(name), self.definitions.get(&line)]
            .into_iter()
            .flatten()
        {
            annotations = annotations.overridden_by(own);
        }
        annotations
    }
}

/// A METADATA block whose YAML does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid METADATA block: {message}")]
pub struct MetadataError {
    /// 1-based line of the `# METADATA` comment.
    pub line: usize,
    pub message: String,
}

/// [`parse`] for a loaded policy file, with the error located in it.
pub fn parse_file(file: &super::PolicyFile) -> Result<FileAnnotations, super::PolicyError> {
    located(
        file,
        parse_with(&file.text, true, super::is_builtin(&file.path)),
    )
}

/// [`parse_file`] with OPA's checks only (the YAML must parse), not
/// tfguard's own on `custom`: what `rego.metadata.*` reads in any policy.
pub fn parse_file_as_opa(file: &super::PolicyFile) -> Result<FileAnnotations, super::PolicyError> {
    located(
        file,
        parse_with(&file.text, false, super::is_builtin(&file.path)),
    )
}

fn located(
    file: &super::PolicyFile,
    parsed: Result<FileAnnotations, MetadataError>,
) -> Result<FileAnnotations, super::PolicyError> {
    parsed.map_err(|e| super::PolicyError::Rego {
        path: file.path.clone(),
        text: file.text.clone(),
        line: e.line,
        column: 1,
        message: e.to_string(),
    })
}

/// Reads every METADATA block of a Rego file.
pub fn parse(source: &str) -> Result<FileAnnotations, MetadataError> {
    parse_with(source, true, false)
}

/// [`parse`], with tfguard's checks on `custom` when `validating`; the
/// blocks of a `built_in` file are looked up in [`BUILT_IN_BLOCKS`].
fn parse_with(
    source: &str,
    validating: bool,
    built_in: bool,
) -> Result<FileAnnotations, MetadataError> {
    let lines: Vec<&str> = source.lines().collect();
    let mut annotations = FileAnnotations::default();
    for Block { header, yaml, end } in blocks(&lines) {
        let block = parse_block(&yaml, validating, built_in).map_err(|message| MetadataError {
            line: header + 1,
            message,
        })?;
        let target = (end..lines.len())
            .map(|i| (i + 1, lines[i].trim()))
            .find(|(_, l)| !l.is_empty() && !l.starts_with('#'));
        let (target_line, target) = target.unwrap_or((0, ""));
        let scope = match block.scope.clone() {
            Some(scope) => scope,
            None if target.starts_with("package ") => "package".to_owned(),
            None => "rule".to_owned(),
        };
        let scope = scope.as_str();
        let mut block = block;
        block.json = opa_json(std::mem::take(&mut block.json), scope);
        match scope {
            "package" | "subpackages" => {
                annotations.package.get_or_insert(block);
            }
            "document" => {
                if let Some(rule) = rule_name(target) {
                    annotations
                        .documents
                        .entry(rule.to_owned())
                        .or_insert(block);
                }
            }
            _ => {
                if rule_name(target).is_some() {
                    annotations.definitions.entry(target_line).or_insert(block);
                }
            }
        }
    }
    Ok(annotations)
}

/// Rejects values tfguard would otherwise ignore silently: an unknown
/// severity, or a misspelt `resource_types` that would quietly turn a
/// resource-level package into a plan-level one outside the namespaces run.
fn validate(annotations: &Annotations) -> Result<(), String> {
    if let Some(severity) = &annotations.custom.severity
        && Severity::parse(severity).is_none()
    {
        return Err(format!(
            "custom.severity {severity:?} is not one of critical, high, medium, low, info"
        ));
    }
    for key in annotations.custom.other.keys() {
        let normalised: String = key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if matches!(
            normalised.as_str(),
            "resourcetype" | "resourcetypes" | "resources" | "types"
        ) {
            return Err(format!(
                "custom.{key} is not a tfguard key; did you mean custom.resource_types?"
            ));
        }
    }
    Ok(())
}

/// A block as OPA's annotations document: the YAML as written
/// (`document`), with the scope and `related_resources` in OPA's shape.
fn opa_json(document: serde_json::Value, scope: &str) -> serde_json::Value {
    let mut json = document;
    if !json.is_object() {
        json = serde_json::json!({});
    }
    if let Some(object) = json.as_object_mut() {
        object.insert("scope".to_owned(), scope.into());
        if let Some(serde_json::Value::Array(authors)) = object.get_mut("authors") {
            for author in authors {
                if let serde_json::Value::String(text) = author {
                    *author = opa_author(text);
                }
            }
        }
        if let Some(serde_json::Value::Array(resources)) = object.get_mut("related_resources") {
            for resource in resources {
                if let serde_json::Value::String(url) = resource {
                    *resource = serde_json::json!({"ref": url});
                }
            }
        }
    }
    json
}

/// `"Jane Doe <jane@example.com>"` as OPA's `{name, email}`.
fn opa_author(text: &str) -> serde_json::Value {
    let text = text.trim();
    match text.rsplit_once('<') {
        Some((name, email)) if email.ends_with('>') => {
            let mut author = serde_json::Map::new();
            if !name.trim().is_empty() {
                author.insert("name".to_owned(), name.trim().into());
            }
            author.insert(
                "email".to_owned(),
                email.trim_end_matches('>').trim().into(),
            );
            serde_json::Value::Object(author)
        }
        _ => serde_json::json!({"name": text}),
    }
}

/// The block's annotations, with the YAML as written in `json` (`Null`
/// when it is not a JSON document).
///
/// The YAML is parsed once, into JSON (the built-in library's blocks at
/// build time: [`BUILT_IN_BLOCKS`]), and the annotations read from that. A
/// block that does not read that way (a key that is not a string, a value
/// of the wrong type) is parsed again straight into the annotations, which
/// keeps YAML's accepted blocks and its located error messages.
fn parse_block(yaml: &str, validating: bool, built_in: bool) -> Result<Annotations, String> {
    if yaml.trim().is_empty() {
        return Ok(Annotations::default());
    }
    let json = built_in
        .then(|| BUILT_IN_BLOCKS.get(yaml).cloned())
        .flatten()
        .or_else(|| yaml_serde::from_str::<serde_json::Value>(yaml).ok());
    let read = json.and_then(|json| {
        let annotations = Annotations::deserialize(&json).ok()?;
        Some(Annotations {
            json,
            ..annotations
        })
    });
    let annotations = match read {
        Some(annotations) => annotations,
        None => yaml_serde::from_str::<Annotations>(yaml).map_err(|e| e.to_string())?,
    };
    if validating {
        validate(&annotations)?;
    }
    Ok(annotations)
}

/// The built-in library's METADATA blocks, by their YAML text, parsed to
/// JSON by the build script (`build.rs`): parsing the YAML of 400 blocks
/// was the biggest part of every run's start. The blocks of other files
/// are parsed when read, so a run of the user's policies alone never reads
/// the table.
static BUILT_IN_BLOCKS: LazyLock<HashMap<String, serde_json::Value>> = LazyLock::new(|| {
    serde_json::from_str(include_str!(concat!(
        env!("OUT_DIR"),
        "/builtin_metadata.json"
    )))
    .unwrap_or_default()
});

/// The `custom` keys of a built-in file's package block, read by the
/// build script (`build.rs`): what decides whether the check is compiled
/// for a plan, so that a run leaves out the checks its plans cannot need
/// before it reads their METADATA (three quarters of the library's files,
/// for a typical plan).
pub fn built_in_selector(path: &str) -> Option<&'static Custom> {
    static SELECTORS: LazyLock<HashMap<String, Custom>> = LazyLock::new(|| {
        serde_json::from_str(include_str!(concat!(
            env!("OUT_DIR"),
            "/builtin_selectors.json"
        )))
        .unwrap_or_default()
    });
    SELECTORS.get(path)
}

/// The rule a line defines: the identifier it starts with.
fn rule_name(line: &str) -> Option<&str> {
    let line = line.strip_prefix("default ").unwrap_or(line).trim_start();
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(line.len());
    let name = &line[..end];
    (!name.is_empty() && name != "import").then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str = r#"# METADATA
# title: S3 buckets must not be public
# description: |
#   Public ACLs expose objects.
# related_resources:
# - ref: https://example.com/s3
# custom:
#   id: aws-s3-no-public-acl
#   severity: high
#   aliases: [AVD-AWS-0086, CKV_AWS_20]
#   resource_types: ["aws_s3_bucket*"]
package builtin.aws.s3

import rego.v1

# METADATA
# title: Rule title
# custom:
#   severity: critical
deny contains msg if {
    msg := "x"
}

# an ordinary comment
warn_x contains "y" if true
"#;

    #[test]
    fn reads_package_and_rule_blocks() {
        let annotations = parse(POLICY).unwrap();
        let package = annotations.package.clone().unwrap();
        assert_eq!(package.custom.id.as_deref(), Some("aws-s3-no-public-acl"));
        assert_eq!(package.help_uri(), Some("https://example.com/s3"));
        assert_eq!(
            package.description.as_deref(),
            Some("Public ACLs expose objects.\n")
        );
        assert_eq!(
            package.custom.resource_types,
            Some(vec!["aws_s3_bucket*".to_owned()])
        );
        // `deny` is on line 20 of POLICY.
        let merged = annotations.for_definition("deny", 20);
        assert_eq!(merged.title.as_deref(), Some("Rule title"));
        assert_eq!(merged.custom.severity.as_deref(), Some("critical"));
        assert_eq!(merged.custom.id.as_deref(), Some("aws-s3-no-public-acl"));
        assert_eq!(annotations.for_definition("warn_x", 25), package);
    }

    /// The build script's table has every block of the built-in library,
    /// each as the YAML parses here: no built-in block is parsed at run
    /// time, and none differently.
    #[test]
    fn the_built_in_blocks_are_parsed_at_build_time() {
        let mut blocks_seen = 0;
        for file in crate::policy::builtin() {
            let lines: Vec<&str> = file.text.lines().collect();
            for block in blocks(&lines) {
                let parsed: serde_json::Value = yaml_serde::from_str(&block.yaml).unwrap();
                let built = BUILT_IN_BLOCKS.get(&block.yaml);
                assert_eq!(built, Some(&parsed), "{}:{}", file.path, block.header + 1);
                blocks_seen += 1;
            }
        }
        assert!(blocks_seen > 300, "{blocks_seen} blocks");
    }

    /// The build script's selectors are what the package blocks parse to
    /// here, for every built-in file, and none is missing.
    #[test]
    fn the_built_in_selectors_are_the_package_blocks() {
        let mut checks = 0;
        for file in crate::policy::builtin() {
            let parsed = parse_file(&file).unwrap();
            let expected = parsed.package.as_ref().map(|p| &p.custom);
            assert_eq!(built_in_selector(&file.path), expected, "{}", file.path);
            checks += usize::from(expected.is_some_and(|s| s.id.is_some()));
        }
        assert!(checks > 250, "{checks} checks");
    }

    #[test]
    fn bad_yaml_names_the_line() {
        let err = parse("package a\n\n# METADATA\n# title: [unclosed\ndeny if true\n").unwrap_err();
        assert_eq!(err.line, 3);
    }

    #[test]
    fn typos_that_would_hide_a_policy_are_errors() {
        let typo = "# METADATA\n# custom:\n#   resource_type: [aws_s3_bucket]\npackage a\n";
        assert!(
            parse(typo)
                .unwrap_err()
                .message
                .contains("did you mean custom.resource_types")
        );
        let severity = "# METADATA\n# custom:\n#   severity: hihg\npackage a\n";
        assert!(parse(severity).unwrap_err().message.contains("hihg"));
        let no_space = "#METADATA\n# custom:\n#   resource_types: [x]\npackage a\n";
        let annotations = parse(no_space).unwrap();
        assert_eq!(
            annotations.package.unwrap().custom.resource_types,
            Some(vec!["x".to_owned()])
        );
        let free_form = "# METADATA\n# custom:\n#   owner: platform\npackage a\n";
        assert!(parse(free_form).is_ok());
    }

    #[test]
    fn plain_string_related_resources() {
        let annotations =
            parse("# METADATA\n# related_resources:\n# - https://x.test\npackage a\n").unwrap();
        assert_eq!(
            annotations.package.unwrap().help_uri(),
            Some("https://x.test")
        );
    }
}
