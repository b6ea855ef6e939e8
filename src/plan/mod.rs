//! Reading `terraform show -json` plans.
//!
//! The plan text is parsed once. Each `resource_changes[]` element is kept as
//! a byte range into that text: its small header (address, type, actions) is
//! read eagerly, its values are converted for Rego only when a policy wants
//! them, and the byte range gives plan locations for free.

mod decode;
mod excerpt;
mod kinds;
mod load;
pub(crate) mod locate;
mod sensitive;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::value::RawValue;

use crate::finding::{Location, PathStep};

pub use decode::DecodeError;
pub use excerpt::Excerpt;
pub use kinds::kinds_named_in;
pub use load::{PlanInput, TerraformBin, plan_and_show, read_plan_bytes};
pub use sensitive::Redactor;

/// Decodes input bytes the way plans are read: BOMs, UTF-16, and the
/// setup-terraform wrapper line.
pub fn decode_text(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, DecodeError> {
    decode::decode(bytes)
}

/// Why a plan could not be read. Every variant names what to do next.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("{name}: cannot read: {source}")]
    Io {
        name: String,
        source: std::io::Error,
    },
    #[error("{name}: {source}")]
    Decode { name: String, source: DecodeError },
    #[error("{name}:{line}:{column}: invalid JSON: {message}")]
    Json {
        name: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{name}: this is Terraform state, not a plan; run `terraform plan -out=tfplan && terraform show -json tfplan > plan.json` and check that"
    )]
    State { name: String },
    #[error(
        "{name}: not a Terraform plan (no `format_version` and `resource_changes`); produce one with `terraform show -json tfplan`"
    )]
    NotAPlan { name: String },
    /// Well-formed JSON that is not what the plan format allows.
    #[error("{name}:{line}:{column}: not a valid plan: {message}")]
    Shape {
        name: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{name}: unsupported plan format_version {version:?} (this tfguard reads 0.x and 1.x)")]
    UnsupportedVersion { name: String, version: String },
    #[error("running `{bin} plan` failed: {message}")]
    TerraformPlan { bin: String, message: String },
    #[error("{name}: is a binary plan file, and running `{bin}` to read it failed: {message}")]
    Terraform {
        name: String,
        bin: String,
        message: String,
    },
}

/// Whether a resource change is a managed resource or a data source read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Managed,
    Data,
}

/// The members of the last resource change a location was asked in
/// ([`Plan::location_with`]): a resource's findings are stamped in turn,
/// and a database instance has a dozen over sixty attributes, so its
/// values are read once for all of them instead of once each.
#[derive(Default)]
pub struct Locator {
    /// The change (by where it starts in the plan) and its values' members.
    last: Option<(usize, locate::Members)>,
}

impl Locator {
    fn members_of(&mut self, change: &ResourceChange, values: &str) -> &locate::Members {
        let key = change.span.start;
        if self.last.as_ref().is_some_and(|(start, _)| *start != key) {
            self.last = None;
        }
        &self
            .last
            .get_or_insert_with(|| (key, locate::Members::of(values)))
            .1
    }
}

/// The small part of a `resource_changes[]` element that selection needs.
#[derive(Debug, Clone)]
pub struct ResourceChange {
    pub address: String,
    pub mode: Mode,
    pub resource_type: String,
    pub actions: Vec<String>,
    /// Set for deposed objects; with `address` it is the unique key.
    pub deposed: Option<String>,
    /// Byte range of the whole element in [`Plan::text`].
    pub span: Range<usize>,
    /// Byte range in [`Plan::text`] of the values findings point into:
    /// `change.after`, or `change.before` when the plan only removes the
    /// object. Kept from parsing, so a finding's location reads only them.
    values: Option<Range<usize>>,
    /// Whether a `*_sensitive` mask may mark a value: the text `true` is in
    /// one. False means none does, and redaction skips the change without
    /// reading it again.
    pub masks_sensitive: bool,
}

impl ResourceChange {
    fn has_action(&self, action: &str) -> bool {
        self.actions.iter().any(|a| a == action)
    }

    /// True when the plan only deletes (or forgets) this object, so no
    /// configuration will exist after apply.
    pub fn is_removal_only(&self) -> bool {
        !self.has_action("create")
            && !self.has_action("update")
            && (self.has_action("delete") || self.has_action("forget"))
    }

    /// True when nothing changes (`no-op`, or a data source `read`). An empty
    /// action list is malformed, and is checked rather than skipped.
    pub fn is_unchanged(&self) -> bool {
        !self.actions.is_empty() && self.actions.iter().all(|a| a == "no-op" || a == "read")
    }

    /// The name type selectors match: `aws_s3_bucket`, or `data.aws_iam_policy_document`.
    pub fn selector_name(&self) -> String {
        match self.mode {
            Mode::Managed => self.resource_type.clone(),
            Mode::Data => format!("data.{}", self.resource_type),
        }
    }
}

/// The text of the bytes [`read_plan_bytes`] read, reusing them: without
/// a byte-order mark, from UTF-16, the wrapper line blanked (`decode.rs`).
pub fn decode_plan(name: &str, bytes: Vec<u8>) -> Result<String, PlanError> {
    decode::decode_owned(bytes).map_err(|source| PlanError::Decode {
        name: name.to_owned(),
        source,
    })
}

/// A loaded plan.
#[derive(Debug)]
pub struct Plan {
    /// The path as the user gave it, or `<stdin>`; used in every location.
    pub name: String,
    pub format_version: String,
    pub terraform_version: Option<String>,
    /// Terraform stopped part-way; what is there is still checked.
    pub errored: bool,
    pub resource_changes: Vec<ResourceChange>,
    /// Byte range of `configuration.provider_config`: small, and what
    /// region and default-tag checks need, so it is given to every policy.
    provider_config: Option<Range<usize>>,
    /// Where the parts that can hold sensitive values lie in `text`.
    parts: sensitive::Parts<Range<usize>>,
    text: String,
    text_index: OnceLock<TextIndex>,
    redactor: OnceLock<Redactor>,
    by_address: OnceLock<HashMap<String, usize>>,
}

#[derive(Deserialize)]
struct RawPlan<'a> {
    format_version: Option<serde_json::Value>,
    terraform_version: Option<String>,
    #[serde(borrow, default)]
    resource_changes: Option<Vec<&'a RawValue>>,
    #[serde(borrow)]
    planned_values: Option<&'a RawValue>,
    #[serde(borrow)]
    resource_drift: Option<&'a RawValue>,
    #[serde(borrow)]
    output_changes: Option<&'a RawValue>,
    #[serde(borrow)]
    prior_state: Option<&'a RawValue>,
    #[serde(borrow)]
    variables: Option<&'a RawValue>,
    values: Option<IgnoredAny>,
    #[serde(borrow)]
    configuration: Option<&'a RawValue>,
    #[serde(default)]
    errored: bool,
}

#[derive(Deserialize)]
struct RawConfiguration<'a> {
    #[serde(borrow)]
    provider_config: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct RawResourceChange<'a> {
    address: String,
    #[serde(default = "managed")]
    mode: Mode,
    #[serde(rename = "type")]
    resource_type: String,
    deposed: Option<String>,
    #[serde(borrow)]
    change: RawChangeHeader<'a>,
}

fn managed() -> Mode {
    Mode::Managed
}

#[derive(Deserialize)]
struct RawChangeHeader<'a> {
    actions: Vec<String>,
    #[serde(borrow)]
    before: Option<&'a RawValue>,
    #[serde(borrow)]
    after: Option<&'a RawValue>,
    #[serde(borrow)]
    after_unknown: Option<&'a RawValue>,
    #[serde(borrow)]
    before_sensitive: Option<&'a RawValue>,
    #[serde(borrow)]
    after_sensitive: Option<&'a RawValue>,
}

/// The actions Terraform writes (`forget` since 1.7).
const ACTIONS: &[&str] = &["no-op", "create", "read", "update", "delete", "forget"];

impl RawChangeHeader<'_> {
    /// What the plan format forbids here, if anything: values are objects
    /// (or null), masks objects or booleans, actions Terraform's own.
    fn shape_error(&self) -> Option<String> {
        if let Some(action) = self.actions.iter().find(|a| !ACTIONS.contains(&a.as_str())) {
            return Some(format!(
                "`change.actions` holds {action:?}, not one of {}",
                ACTIONS.join(", ")
            ));
        }
        let kind = |raw: &RawValue| match raw.get().as_bytes().first() {
            Some(b'{') => "an object",
            Some(b'[') => "an array",
            Some(b'"') => "a string",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            _ => "a number",
        };
        let values = [("before", self.before), ("after", self.after)];
        for (field, raw) in values {
            if let Some(raw) = raw
                && !matches!(kind(raw), "an object" | "null")
            {
                return Some(format!(
                    "`change.{field}` must be an object or null, not {}",
                    kind(raw)
                ));
            }
        }
        let masks = [
            ("after_unknown", self.after_unknown),
            ("before_sensitive", self.before_sensitive),
            ("after_sensitive", self.after_sensitive),
        ];
        for (field, raw) in masks {
            if let Some(raw) = raw
                && !matches!(kind(raw), "an object" | "a boolean" | "null")
            {
                return Some(format!(
                    "`change.{field}` must be an object or a boolean, not {}",
                    kind(raw)
                ));
            }
        }
        None
    }
}

/// The byte range of `part`, a slice of the text that starts at `base`.
fn range_in(base: usize, part: &str) -> Range<usize> {
    let start = part.as_ptr() as usize - base;
    start..start + part.len()
}

impl Plan {
    /// Parses plan JSON text (already decoded). `name` is used in errors
    /// and locations.
    pub fn parse(name: &str, text: String) -> Result<Self, PlanError> {
        let raw: RawPlan<'_> = serde_json::from_str(&text).map_err(|e| json_error(name, &e))?;
        let is_plan = raw.resource_changes.is_some()
            || raw.planned_values.is_some()
            || raw.resource_drift.is_some()
            || raw.output_changes.is_some();
        let name = name.to_owned();
        if !is_plan {
            return Err(if raw.values.is_some() {
                PlanError::State { name }
            } else {
                PlanError::NotAPlan { name }
            });
        }
        let format_version = match raw.format_version {
            Some(serde_json::Value::String(version)) => version,
            Some(other) => {
                return Err(PlanError::UnsupportedVersion {
                    name,
                    version: other.to_string(),
                });
            }
            None => return Err(PlanError::NotAPlan { name }),
        };
        let major = format_version.split('.').next().unwrap_or("");
        if major != "0" && major != "1" {
            return Err(PlanError::UnsupportedVersion {
                name,
                version: format_version,
            });
        }
        let base = text.as_ptr() as usize;
        let resource_changes = raw
            .resource_changes
            .unwrap_or_default()
            .par_iter()
            .map(|element| {
                let slice = element.get();
                let start = slice.as_ptr() as usize - base;
                let header: RawResourceChange<'_> = serde_json::from_str(slice).map_err(|e| {
                    // serde's position is inside the element; make it absolute.
                    let inner = offset_of(slice, e.line(), e.column());
                    let (line, column) = TextIndex::new(&text).line_column(&text, start + inner);
                    PlanError::Json {
                        name: name.clone(),
                        line,
                        column,
                        message: format!("malformed resource change: {}", strip_position(&e)),
                    }
                })?;
                if let Some(message) = header.change.shape_error() {
                    let (line, column) = TextIndex::new(&text).line_column(&text, start);
                    return Err(PlanError::Shape {
                        name: name.clone(),
                        line,
                        column,
                        message: format!("resource change {}: {message}", header.address),
                    });
                }
                let mut change = ResourceChange {
                    address: header.address,
                    mode: header.mode,
                    resource_type: header.resource_type,
                    actions: header.change.actions,
                    deposed: header.deposed,
                    span: start..start + slice.len(),
                    values: None,
                    masks_sensitive: [
                        header.change.before_sensitive,
                        header.change.after_sensitive,
                    ]
                    .into_iter()
                    .flatten()
                    .any(|mask| mask.get().contains("true")),
                };
                let values = if change.is_removal_only() {
                    header.change.before
                } else {
                    header.change.after
                };
                change.values = values.map(|v| range_in(base, v.get()));
                Ok(change)
            })
            .collect::<Result<Vec<_>, PlanError>>()?;
        if let Some(configuration) = raw.configuration
            && !configuration.get().starts_with('{')
        {
            let start = configuration.get().as_ptr() as usize - base;
            let (line, column) = TextIndex::new(&text).line_column(&text, start);
            return Err(PlanError::Shape {
                name,
                line,
                column,
                message: "`configuration` must be an object".to_owned(),
            });
        }
        let provider_config = raw
            .configuration
            .and_then(|c| serde_json::from_str::<RawConfiguration<'_>>(c.get()).ok())
            .and_then(|c| c.provider_config)
            .map(|p| range_in(base, p.get()));
        let parts = sensitive::Parts {
            output_changes: raw.output_changes,
            variables: raw.variables,
            configuration: raw.configuration,
            resource_drift: raw.resource_drift,
            prior_state: raw.prior_state,
            planned_values: raw.planned_values,
        }
        .map(|r| Some(range_in(base, r.get())));
        let terraform_version = raw.terraform_version;
        let errored = raw.errored;
        Ok(Self {
            name,
            format_version,
            terraform_version,
            errored,
            resource_changes,
            provider_config,
            parts,
            text,
            text_index: OnceLock::new(),
            redactor: OnceLock::new(),
            by_address: OnceLock::new(),
        })
    }

    /// Decodes and parses plan bytes already read (for example from `terraform show`).
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Self, PlanError> {
        let text = decode::decode(bytes).map_err(|source| PlanError::Decode {
            name: name.to_owned(),
            source,
        })?;
        Self::parse(name, text.into_owned())
    }

    /// The whole plan JSON text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// `configuration.provider_config` as JSON text, when the plan has it.
    pub fn provider_config_text(&self) -> Option<&str> {
        self.provider_config.clone().map(|r| &self.text[r])
    }

    /// `configuration` as JSON text, when the plan has it: expressions and
    /// references, no values; what cross-resource checks need to pair
    /// resources.
    pub fn configuration_text(&self) -> Option<&str> {
        self.parts.configuration.clone().map(|r| &self.text[r])
    }

    /// The JSON text of one resource change.
    pub fn resource_text(&self, change: &ResourceChange) -> &str {
        &self.text[change.span.clone()]
    }

    /// The location of a resource change, or of one attribute of its planned
    /// values (`change.after`, or `change.before` when it is being removed)
    /// when `path` is given and can be found.
    pub fn location(&self, change: &ResourceChange, path: &[PathStep]) -> Location {
        self.location_with(change, path, &mut Locator::default())
    }

    /// [`Plan::location`], reading the change's values once for every
    /// location `locator` is asked in it one after another.
    pub fn location_with(
        &self,
        change: &ResourceChange,
        path: &[PathStep],
        locator: &mut Locator,
    ) -> Location {
        let range = match &change.values {
            Some(values) if !path.is_empty() => {
                let text = &self.text[values.clone()];
                locator
                    .members_of(change, text)
                    .locate(text, path)
                    .map(|r| r.start + values.start..r.end + values.start)
                    .unwrap_or_else(|| change.span.clone())
            }
            _ => change.span.clone(),
        };
        self.location_of(range)
    }

    fn location_of(&self, range: Range<usize>) -> Location {
        let index = self.text_index.get_or_init(|| TextIndex::new(&self.text));
        let (line, column) = index.line_column(&self.text, range.start);
        Location {
            file: self.name.clone(),
            line,
            column,
            start: range.start,
            end: range.end,
        }
    }

    /// One top-level key of a change's planned values (`change.after`),
    /// parsed from its span alone: reading one attribute of one resource
    /// never parses the rest of the plan.
    pub fn planned_value(&self, change: &ResourceChange, key: &str) -> Option<serde_json::Value> {
        let path = [
            PathStep::Key("change".into()),
            PathStep::Key("after".into()),
            PathStep::Key(key.into()),
        ];
        let text = self.resource_text(change);
        let range = locate::locate(text, &path)?;
        serde_json::from_str(&text[range]).ok()
    }

    /// The resource change at `address`: the current object, not a deposed
    /// one, when both are in the plan.
    pub fn resource(&self, address: &str) -> Option<&ResourceChange> {
        let index = self.by_address.get_or_init(|| {
            let mut map = HashMap::new();
            for (i, change) in self.resource_changes.iter().enumerate() {
                let current = change.deposed.is_none();
                map.entry(change.address.clone())
                    .and_modify(|existing: &mut usize| {
                        if current && self.resource_changes[*existing].deposed.is_some() {
                            *existing = i;
                        }
                    })
                    .or_insert(i);
            }
            map
        });
        index.get(address).map(|&i| &self.resource_changes[i])
    }

    /// The redactor for every value this plan marks sensitive; built on
    /// first use, since plans without findings never need it.
    pub fn redactor(&self) -> &Redactor {
        self.redactor.get_or_init(|| Redactor::for_plan(self))
    }

    /// Builds the redactor and the index locations use, side by side, so
    /// that workers stamping findings in parallel never wait for one of
    /// them being built on a single core.
    pub fn prepare_lookups(&self) {
        rayon::join(
            || self.redactor(),
            || self.text_index.get_or_init(|| TextIndex::new(&self.text)),
        );
    }

    /// Whether the plan text is one line, as `terraform show -json` writes
    /// it: then an excerpt's lines are not the plan's.
    pub fn is_one_line(&self) -> bool {
        let index = self.text_index.get_or_init(|| TextIndex::new(&self.text));
        index.line_starts.len() <= 1
            || (index.line_starts.len() == 2 && index.line_starts[1] >= self.text.len())
    }

    /// A redacted, pretty-printed view of one resource's values for human
    /// output, with the span of `path` inside it.
    pub fn excerpt(&self, change: &ResourceChange, path: &[PathStep]) -> Excerpt {
        Excerpt::new(self.resource_text(change), change.is_removal_only(), path)
    }
}

/// Line starts and character counts, so that a location costs a binary
/// search and a short count, even on one-line 100 MB plans.
#[derive(Debug)]
struct TextIndex {
    line_starts: Vec<usize>,
    /// Characters before each `BLOCK`-byte block of the text.
    chars_before_block: Vec<usize>,
}

const BLOCK: usize = 4096;

/// Counts characters in a byte range by counting UTF-8 lead bytes, so the
/// range need not fall on character boundaries.
fn count_chars(bytes: &[u8]) -> usize {
    // Plans are mostly ASCII, and checking that is several times cheaper
    // than counting.
    if bytes.is_ascii() {
        return bytes.len();
    }
    // A sum of 0/1 rather than a filtered count: the compiler vectorises it.
    bytes.iter().map(|&b| usize::from((b & 0xC0) != 0x80)).sum()
}

impl TextIndex {
    fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        // Counted on every core: the findings' workers wait for the index.
        let counts: Vec<usize> = text.as_bytes().par_chunks(BLOCK).map(count_chars).collect();
        let mut total = 0;
        let chars_before_block = counts
            .into_iter()
            .map(|count| {
                let before = total;
                total += count;
                before
            })
            .collect();
        Self {
            line_starts,
            chars_before_block,
        }
    }

    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let block = offset / BLOCK;
        let before = self.chars_before_block.get(block).copied().unwrap_or(0);
        before + count_chars(&text.as_bytes()[block * BLOCK..offset])
    }

    /// 1-based line, and 1-based column in characters.
    fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let line_index = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let line_start = self.line_starts[line_index];
        let column = self.chars_before(text, offset) - self.chars_before(text, line_start) + 1;
        (line_index + 1, column)
    }
}

/// The byte offset of serde's 1-based line and column within `text`.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// serde_json's message without its " at line N column M" suffix.
fn strip_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(head, _)| head)
        .to_owned()
}

fn json_error(name: &str, error: &serde_json::Error) -> PlanError {
    if error.classify() == serde_json::error::Category::Data {
        // Valid JSON of the wrong shape, such as an array or a string.
        return PlanError::NotAPlan {
            name: name.to_owned(),
        };
    }
    PlanError::Json {
        name: name.to_owned(),
        line: error.line().max(1),
        column: error.column().max(1),
        message: strip_position(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Plan, PlanError> {
        Plan::parse("p.json", text.to_owned())
    }

    #[test]
    fn reads_resource_headers_and_spans() {
        let text = r#"{"format_version":"1.2","resource_changes":[
 {"address":"a.b","mode":"managed","type":"a","name":"b","change":{"actions":["create"],"after":{"x":1}}},
 {"address":"data.c.d","mode":"data","type":"c","name":"d","change":{"actions":["read"]}}]}"#;
        let plan = parse(text).unwrap();
        assert_eq!(plan.resource_changes.len(), 2);
        let first = &plan.resource_changes[0];
        assert_eq!(first.address, "a.b");
        assert!(
            plan.resource_text(first)
                .starts_with("{\"address\":\"a.b\"")
        );
        let location = plan.location(first, &[]);
        assert_eq!((location.line, location.column), (2, 2));
        let attribute = plan.location(first, &[PathStep::Key("x".into())]);
        assert_eq!(&plan.text()[attribute.start..attribute.end], "1");
        assert_eq!(plan.resource_changes[1].selector_name(), "data.c");
    }

    #[test]
    fn rejects_state_other_json_and_new_majors() {
        assert!(matches!(
            parse(r#"{"format_version":"1.0","values":{}}"#),
            Err(PlanError::State { .. })
        ));
        assert!(matches!(
            parse(r#"{"format_version":"1.0","provider_schemas":{}}"#),
            Err(PlanError::NotAPlan { .. })
        ));
        assert!(matches!(parse("[1]"), Err(PlanError::NotAPlan { .. })));
        assert!(matches!(
            parse(r#"{"format_version":"2.0","resource_changes":[]}"#),
            Err(PlanError::UnsupportedVersion { .. })
        ));
    }

    #[test]
    fn json_errors_carry_line_and_column() {
        let err = parse("{\n  \"format_version\": \"1.2\",\n  oops\n}").unwrap_err();
        let PlanError::Json { line, column, .. } = err else {
            panic!("expected a JSON error, got {err}");
        };
        assert_eq!((line, column), (3, 3));
    }

    #[test]
    fn columns_count_characters_across_blocks() {
        let text = format!(
            "{}\n{}é{}x",
            "a".repeat(10),
            "é".repeat(5000),
            "b".repeat(3000)
        );
        let index = TextIndex::new(&text);
        let offset = text.rfind('x').unwrap();
        assert_eq!(index.line_column(&text, offset), (2, 8002));
        assert_eq!(index.line_column(&text, 0), (1, 1));
    }

    /// Truncated and corrupted plans are errors, never panics.
    #[test]
    fn damaged_plans_never_panic() {
        let text = include_str!("../../fixtures/plans/aws-starter.json");
        for end in (0..text.len()).step_by(7) {
            if text.is_char_boundary(end) {
                let _ = Plan::parse("p.json", text[..end].to_owned());
            }
        }
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2000 {
            let mut bytes = text.as_bytes().to_vec();
            for _ in 0..3 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let at = (seed >> 33) as usize % bytes.len();
                bytes[at] = b"{}[]\",:0an\\"[(seed >> 20) as usize % 11];
            }
            if let Ok(decoded) = decode::decode(&bytes)
                && let Ok(plan) = Plan::parse("p.json", decoded.into_owned())
            {
                for change in &plan.resource_changes {
                    let _ = plan.location(change, &[PathStep::Key("acl".into())]);
                    let _ = plan.excerpt(change, &[PathStep::Key("acl".into())]);
                }
                let _ = plan.redactor();
            }
        }
    }

    #[test]
    fn malformed_resource_changes_are_located_in_the_file() {
        let text = "{\"format_version\":\"1.2\",\"resource_changes\":[\n  {\"address\":\"a.b\",\"type\":\"a\",\n   \"change\":{\"actions\":[1]}}]}";
        let Err(PlanError::Json {
            line,
            column,
            message,
            ..
        }) = parse(text)
        else {
            panic!("expected a JSON error");
        };
        assert_eq!((line, column), (3, 25), "at the 1 in actions");
        assert!(
            message.starts_with("malformed resource change: invalid type"),
            "{message}"
        );
    }

    #[test]
    fn change_kinds() {
        let text = r#"{"format_version":"1.2","resource_changes":[
 {"address":"a.b","type":"a","change":{"actions":["delete"]}},
 {"address":"a.c","type":"a","change":{"actions":["delete","create"]}},
 {"address":"a.d","type":"a","change":{"actions":["no-op"]}}]}"#;
        let plan = parse(text).unwrap();
        let [delete, replace, noop] = &plan.resource_changes[..] else {
            panic!()
        };
        assert!(delete.is_removal_only() && !delete.is_unchanged());
        assert!(!replace.is_removal_only() && !replace.is_unchanged());
        assert!(noop.is_unchanged());
    }
}
