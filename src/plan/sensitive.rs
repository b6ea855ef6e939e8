//! Keeps values that Terraform marks sensitive out of every output.
//!
//! Plans carry sensitive values in clear text; only the `*_sensitive` masks
//! say which ones they are. Policies may quote any value in a message, so
//! findings are redacted where they are built, against every sensitive value
//! of the plan (resources, outputs, and sensitive root variables).

use std::collections::BTreeSet;

use aho_corasick::{AhoCorasick, MatchKind};
use rayon::prelude::*;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use serde_json::value::RawValue;

use super::Plan;

/// What replaces a sensitive value.
pub const REDACTED: &str = "(sensitive value)";

/// Values shorter than this are redacted only where they are a whole string
/// value, since replacing every `a` or `80` inside messages would garble them.
const MIN_SUBSTRING_LEN: usize = 4;

/// Replaces every sensitive value of one plan.
#[derive(Debug, Default)]
pub struct Redactor {
    values: BTreeSet<String>,
    substrings: Option<AhoCorasick>,
}

#[derive(Deserialize)]
struct ResourceValues<'a> {
    #[serde(borrow)]
    change: Option<ChangeValues<'a>>,
}

/// A change's values and masks, all kept raw: a mask is parsed only when
/// it can mark something (the text `true` is in it), and then its values.
#[derive(Deserialize)]
struct ChangeValues<'a> {
    #[serde(borrow)]
    before: Option<&'a RawValue>,
    #[serde(borrow)]
    after: Option<&'a RawValue>,
    #[serde(borrow)]
    before_sensitive: Option<&'a RawValue>,
    #[serde(borrow)]
    after_sensitive: Option<&'a RawValue>,
}

/// The top-level parts of a plan that can carry sensitive values besides
/// `resource_changes`: as JSON text (`Parts<&str>`), or where they lie in
/// it (`Parts<Range<usize>>`, found while a [`Plan`] is parsed, so
/// redaction does not read the whole text again). Each is read as generic
/// JSON when its shape is unexpected, so such a part is skipped alone
/// instead of hiding every sensitive value.
#[derive(Debug, Default, Clone)]
pub(super) struct Parts<T> {
    pub output_changes: Option<T>,
    pub variables: Option<T>,
    pub configuration: Option<T>,
    pub resource_drift: Option<T>,
    pub prior_state: Option<T>,
    pub planned_values: Option<T>,
}

impl<T> Parts<T> {
    /// Each part through `f`; a part `f` gives nothing for is left out.
    pub(super) fn map<U>(self, f: impl Fn(T) -> Option<U>) -> Parts<U> {
        Parts {
            output_changes: self.output_changes.and_then(&f),
            variables: self.variables.and_then(&f),
            configuration: self.configuration.and_then(&f),
            resource_drift: self.resource_drift.and_then(&f),
            prior_state: self.prior_state.and_then(&f),
            planned_values: self.planned_values.and_then(&f),
        }
    }
}

impl<'a> Parts<&'a str> {
    /// Finds the parts, and the elements of `resource_changes`, in plan
    /// text that was not parsed into a [`Plan`]: one read of the whole text.
    fn find(text: &'a str) -> (Self, Vec<&'a RawValue>) {
        #[derive(Deserialize)]
        struct Raw<'a, Changes> {
            resource_changes: Option<Changes>,
            #[serde(borrow)]
            output_changes: Option<&'a RawValue>,
            #[serde(borrow)]
            variables: Option<&'a RawValue>,
            #[serde(borrow)]
            configuration: Option<&'a RawValue>,
            #[serde(borrow)]
            resource_drift: Option<&'a RawValue>,
            #[serde(borrow)]
            prior_state: Option<&'a RawValue>,
            #[serde(borrow)]
            planned_values: Option<&'a RawValue>,
        }
        fn parts<'a, C>(raw: Raw<'a, C>) -> (Parts<&'a str>, Option<C>) {
            let parts = Parts {
                output_changes: raw.output_changes,
                variables: raw.variables,
                configuration: raw.configuration,
                resource_drift: raw.resource_drift,
                prior_state: raw.prior_state,
                planned_values: raw.planned_values,
            };
            (parts.map(|r| Some(r.get())), raw.resource_changes)
        }
        // `resource_changes` of another shape than a list hides only its
        // own values: the text is then read again for the other parts.
        if let Ok(raw) = serde_json::from_str::<Raw<'_, Vec<&RawValue>>>(text) {
            let (parts, changes) = parts(raw);
            return (parts, changes.unwrap_or_default());
        }
        match serde_json::from_str::<Raw<'_, IgnoredAny>>(text) {
            Ok(raw) => (parts(raw).0, Vec::new()),
            Err(_) => (Self::default(), Vec::new()),
        }
    }
}

fn parse_part(text: Option<&str>) -> Value {
    text.and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or(Value::Null)
}

impl Redactor {
    pub(super) fn for_plan(plan: &Plan) -> Self {
        let changes = plan
            .resource_changes
            .par_iter()
            .filter(|change| change.masks_sensitive)
            .map(|change| plan.resource_text(change));
        let parts = plan.parts.clone().map(|span| plan.text().get(span));
        Self::new(values_of(changes, &parts))
    }

    /// The redactor for plan JSON that was not parsed into a [`Plan`]
    /// (`tfguard test` reads inputs as Conftest does); empty for JSON that
    /// is not a plan.
    pub fn for_plan_text(text: &str) -> Self {
        Self::new(Self::sensitive_values(text))
    }

    /// Every value `text` (plan JSON) marks sensitive.
    pub fn sensitive_values(text: &str) -> BTreeSet<String> {
        let (parts, changes) = Parts::find(text);
        values_of(changes.par_iter().map(|c| c.get()), &parts)
    }

    /// A redactor for an explicit set of values.
    pub fn new(values: BTreeSet<String>) -> Self {
        let long: Vec<&String> = values
            .iter()
            .filter(|v| v.chars().count() >= MIN_SUBSTRING_LEN)
            .collect();
        let substrings = if long.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(long)
                .ok()
        };
        Self { values, substrings }
    }

    /// Whether the plan marks nothing sensitive.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// `text` with every sensitive value replaced by `(sensitive value)`.
    pub fn redact(&self, text: &str) -> String {
        if self.values.contains(text) {
            return REDACTED.to_owned();
        }
        match &self.substrings {
            Some(matcher) => matcher.replace_all(text, &vec![REDACTED; matcher.patterns_len()]),
            None => text.to_owned(),
        }
    }

    /// Redacts every string (and number) inside a JSON value in place.
    pub fn redact_json(&self, value: &mut Value) {
        match value {
            Value::String(s) => *s = self.redact(s),
            Value::Number(n) if self.values.contains(&n.to_string()) => {
                *value = Value::String(REDACTED.to_owned());
            }
            Value::Array(items) => items.iter_mut().for_each(|v| self.redact_json(v)),
            Value::Object(map) => {
                let entries = std::mem::take(map);
                *map = entries
                    .into_iter()
                    .map(|(key, mut value)| {
                        self.redact_json(&mut value);
                        (self.redact(&key), value)
                    })
                    .collect();
            }
            _ => {}
        }
    }
}

/// The sensitive values of the resource changes (their texts, each read
/// on whichever core is free) and, beside them, of the other parts.
fn values_of<'a>(
    changes: impl ParallelIterator<Item = &'a str>,
    parts: &Parts<&str>,
) -> BTreeSet<String> {
    let resource_values = || {
        changes
            .map(|text| {
                let mut found = BTreeSet::new();
                // A change of another shape hides only its own values.
                if let Ok(ResourceValues { change: Some(c) }) = serde_json::from_str(text) {
                    c.collect(&mut found);
                }
                found
            })
            .reduce(BTreeSet::new, |mut a, b| {
                a.extend(b);
                a
            })
    };
    let other_values = || {
        let mut found = BTreeSet::new();
        collect_parts(parts, &mut found);
        found
    };
    let (mut values, others) = rayon::join(resource_values, other_values);
    values.extend(others);
    values
}

/// Outputs, sensitive root variables, drift, and the state and planned
/// values (`sensitive_values` masks, including data sources read at plan time).
fn collect_parts(parts: &Parts<&str>, out: &mut BTreeSet<String>) {
    // The state-shaped parts hold every resource's values again: each is
    // read on a core of its own, beside the small parts.
    let (small, (prior, planned)) = rayon::join(
        || small_parts_values(parts),
        || {
            rayon::join(
                || state_values(parts.prior_state, State::Prior),
                || state_values(parts.planned_values, State::Planned),
            )
        },
    );
    out.extend(small);
    out.extend(prior);
    out.extend(planned);
}

/// The sensitive values of the outputs, the drift and the variables.
fn small_parts_values(parts: &Parts<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Value::Object(outputs) = parse_part(parts.output_changes) {
        for change in outputs.values() {
            collect_change(change, &mut out);
        }
    }
    if let Value::Array(drift) = parse_part(parts.resource_drift) {
        for resource in &drift {
            collect_change(&resource["change"], &mut out);
        }
    }
    let configuration = parse_part(parts.configuration);
    if let Value::Object(variables) = parse_part(parts.variables) {
        for (name, variable) in &variables {
            if configuration["root_module"]["variables"][name]["sensitive"] == Value::Bool(true) {
                collect_masked(&variable["value"], &Value::Bool(true), &mut out);
            }
        }
    }
    out
}

/// Which state-shaped part: `prior_state` holds its modules under
/// `values`, `planned_values` at the top.
#[derive(Clone, Copy)]
enum State {
    Prior,
    Planned,
}

/// `prior_state`, read as [`StateValues`].
#[derive(Deserialize)]
struct PriorState<'a> {
    #[serde(borrow)]
    values: Option<StateValues<'a>>,
}

/// A state-shaped part read without building its resources' values (most
/// of the plan's bytes again): only a resource whose mask marks something
/// sensitive has its values parsed. A part of any other shape is read
/// whole instead, as generic JSON (`state_values`), with the same result.
#[derive(Deserialize)]
struct StateValues<'a> {
    #[serde(borrow)]
    root_module: Option<StateModule<'a>>,
    #[serde(default)]
    outputs: Value,
}

#[derive(Deserialize)]
struct StateModule<'a> {
    #[serde(borrow, default)]
    resources: Vec<StateResource<'a>>,
    #[serde(borrow, default)]
    child_modules: Vec<StateModule<'a>>,
}

#[derive(Deserialize)]
struct StateResource<'a> {
    #[serde(borrow)]
    values: Option<&'a RawValue>,
    #[serde(default)]
    sensitive_values: Value,
}

impl StateModule<'_> {
    fn collect(&self, out: &mut BTreeSet<String>) {
        for resource in &self.resources {
            if !mask_has_sensitive(&resource.sensitive_values) {
                continue;
            }
            let values = resource
                .values
                .and_then(|raw| serde_json::from_str(raw.get()).ok())
                .unwrap_or(Value::Null);
            collect_masked(&values, &resource.sensitive_values, out);
        }
        for child in &self.child_modules {
            child.collect(out);
        }
    }
}

/// The sensitive values of a state-shaped part (`prior_state`,
/// `planned_values`): those of its modules' resources and its outputs.
fn state_values(text: Option<&str>, state: State) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let Some(text) = text else { return out };
    let read = match state {
        State::Prior => serde_json::from_str::<PriorState<'_>>(text).map(|p| p.values),
        State::Planned => serde_json::from_str::<StateValues<'_>>(text).map(Some),
    };
    match read {
        Ok(Some(values)) => {
            if let Some(root) = &values.root_module {
                root.collect(&mut out);
            }
            collect_outputs(&values.outputs, &mut out);
        }
        Ok(None) => {}
        Err(_) => {
            let part = parse_part(Some(text));
            let values = match state {
                State::Prior => &part["values"],
                State::Planned => &part,
            };
            collect_module_values(&values["root_module"], &mut out);
            collect_outputs(&values["outputs"], &mut out);
        }
    }
    out
}

fn collect_change(change: &Value, out: &mut BTreeSet<String>) {
    for (value, mask) in
        ["before", "after"].map(|k| (&change[k], &change[format!("{k}_sensitive")]))
    {
        collect_masked(value, mask, out);
    }
}

/// A state-shaped module: `resources[{values, sensitive_values}]` and `child_modules`.
fn collect_module_values(module: &Value, out: &mut BTreeSet<String>) {
    if let Value::Array(resources) = &module["resources"] {
        for resource in resources {
            collect_masked(&resource["values"], &resource["sensitive_values"], out);
        }
    }
    if let Value::Array(children) = &module["child_modules"] {
        for child in children {
            collect_module_values(child, out);
        }
    }
}

fn collect_outputs(outputs: &Value, out: &mut BTreeSet<String>) {
    if let Value::Object(outputs) = outputs {
        for output in outputs.values() {
            if output["sensitive"] == Value::Bool(true) {
                collect_masked(&output["value"], &Value::Bool(true), out);
            }
        }
    }
}

impl ChangeValues<'_> {
    fn collect(&self, out: &mut BTreeSet<String>) {
        for (raw, mask) in [
            (self.before, self.before_sensitive),
            (self.after, self.after_sensitive),
        ] {
            let Some(mask) = mask.filter(|m| m.get().contains("true")) else {
                continue;
            };
            let mask: Value = serde_json::from_str(mask.get()).unwrap_or(Value::Null);
            if let Some(raw) = raw
                && mask_has_sensitive(&mask)
                && let Ok(value) = serde_json::from_str::<Value>(raw.get())
            {
                collect_masked(&value, &mask, out);
            }
        }
    }
}

fn mask_has_sensitive(mask: &Value) -> bool {
    match mask {
        Value::Bool(b) => *b,
        Value::Array(items) => items.iter().any(mask_has_sensitive),
        Value::Object(map) => map.values().any(mask_has_sensitive),
        _ => false,
    }
}

/// Walks `value` and `mask` together; under a `true` mask every scalar leaf is sensitive.
fn collect_masked(value: &Value, mask: &Value, out: &mut BTreeSet<String>) {
    match (value, mask) {
        (_, Value::Bool(true)) => collect_leaves(value, true, out),
        (Value::Object(values), Value::Object(masks)) => {
            for (key, mask) in masks {
                if let Some(value) = values.get(key) {
                    collect_masked(value, mask, out);
                }
            }
        }
        (Value::Array(values), Value::Array(masks)) => {
            for (value, mask) in values.iter().zip(masks) {
                collect_masked(value, mask, out);
            }
        }
        _ => {}
    }
}

/// `hide_keys`: an object straight under the mask is a map (`tags`), whose
/// keys may say too much; an object inside an array is a block element
/// (`kube_config[0]`), whose keys are the provider's attribute names
/// (`host`, `username`), and hiding those would redact ordinary words.
fn collect_leaves(value: &Value, hide_keys: bool, out: &mut BTreeSet<String>) {
    match value {
        Value::String(s) if !s.is_empty() => {
            // Policies may quote a value JSON-encoded (`sprintf("%v", [obj])`),
            // where a multi-line key appears with `\n` escapes.
            if let Ok(quoted) = serde_json::to_string(s)
                && quoted.len() > s.len() + 2
            {
                out.insert(quoted[1..quoted.len() - 1].to_owned());
            }
            out.insert(s.clone());
        }
        Value::Number(n) => {
            out.insert(n.to_string());
        }
        Value::Array(items) => items.iter().for_each(|v| collect_leaves(v, false, out)),
        Value::Object(map) => {
            for (key, value) in map {
                // A sensitive map hides its keys too (`tags`, `environment`).
                if hide_keys {
                    out.insert(key.clone());
                }
                collect_leaves(value, true, out);
            }
        }
        _ => {}
    }
}

/// A copy of `value` with every part that `mask` marks sensitive replaced.
pub(super) fn mask_value(value: &Value, mask: &Value) -> Value {
    match (value, mask) {
        (Value::Null, _) => Value::Null,
        (_, Value::Bool(true)) => Value::String(REDACTED.to_owned()),
        (Value::Object(values), Value::Object(masks)) => Value::Object(
            values
                .iter()
                .map(|(k, v)| {
                    let masked = masks.get(k).map_or_else(|| v.clone(), |m| mask_value(v, m));
                    (k.clone(), masked)
                })
                .collect(),
        ),
        (Value::Array(values), Value::Array(masks)) => Value::Array(
            values
                .iter()
                .enumerate()
                .map(|(i, v)| masks.get(i).map_or_else(|| v.clone(), |m| mask_value(v, m)))
                .collect(),
        ),
        _ => value.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_values_under_masks() {
        let plan = Plan::parse(
            "p.json",
            r#"{"format_version":"1.2","resource_changes":[{"address":"a.b","type":"a","change":{
              "actions":["create"],
              "after":{"password":"hunter22","user":"admin","nested":[{"k":"s3cr3t-token"}],"port":8080},
              "after_sensitive":{"password":true,"nested":[{"k":true}]}}}],
              "variables":{"db_pass":{"value":"var-secret"}},
              "configuration":{"root_module":{"variables":{"db_pass":{"sensitive":true}}}}}"#
                .to_owned(),
        )
        .unwrap();
        let redactor = plan.redactor();
        assert_eq!(
            redactor.redact("password hunter22 for admin, token s3cr3t-token, var-secret"),
            "password (sensitive value) for admin, token (sensitive value), (sensitive value)"
        );
        let mut json = serde_json::json!({"v": ["hunter22", "ok"]});
        redactor.redact_json(&mut json);
        assert_eq!(json, serde_json::json!({"v": ["(sensitive value)", "ok"]}));
    }

    /// A sensitive block (a list of objects, AKS's `kube_config`) hides its
    /// values, not the provider's attribute names; a sensitive map hides both.
    #[test]
    fn block_attribute_names_stay_readable() {
        let plan = Plan::parse(
            "p.json",
            r#"{"format_version":"1.2","resource_changes":[{"address":"a.b","type":"a","change":{
              "actions":["create"],
              "after":{"kube_config":[{"host":"https://k8s.example","token":"t0ken-value"}],"labels":{"owner-secret":"x1"}},
              "after_sensitive":{"kube_config":true,"labels":true}}}]}"#
                .to_owned(),
        )
        .unwrap();
        assert_eq!(
            plan.redactor()
                .redact("encryption at host, token t0ken-value, label owner-secret"),
            "encryption at host, token (sensitive value), label (sensitive value)"
        );
    }

    /// The state-shaped parts are read as typed views where they have the
    /// expected shape, and as generic JSON where not: both find the values
    /// of a child module's data source and a sensitive output.
    #[test]
    fn state_shaped_parts_in_any_shape() {
        let module = r#"{"resources":[{"address":"data.x.y","values":{"secret":"d4ta-secret","id":"i"},"sensitive_values":{"secret":true}},
            {"address":"data.x.z","values":{"plain":"visible"},"sensitive_values":{}}],
            "child_modules":[{"resources":[{"values":{"pw":"ch1ld-secret"},"sensitive_values":{"pw":true}}]}]}"#;
        let outputs = r#"{"o":{"sensitive":true,"value":"0utput-secret"}}"#;
        let found = |parts: &str| {
            let text = format!(r#"{{"format_version":"1.2","resource_changes":[],{parts}}}"#);
            Redactor::sensitive_values(&text)
        };
        let expected: BTreeSet<String> = ["d4ta-secret", "ch1ld-secret", "0utput-secret"]
            .map(str::to_owned)
            .into();
        let planned = format!(r#""planned_values":{{"root_module":{module},"outputs":{outputs}}}"#);
        let prior =
            format!(r#""prior_state":{{"values":{{"root_module":{module},"outputs":{outputs}}}}}"#);
        assert_eq!(found(&planned), expected);
        assert_eq!(found(&prior), expected);
        // Unexpected shapes beside the expected ones (an object of resources,
        // a child module that is not an object) skip only themselves.
        let odd = format!(
            r#""planned_values":{{"root_module":{{"resources":[{{"values":{{"k":"0dd-secret"}},"sensitive_values":{{"k":true}}}}],"child_modules":[1, {module}]}},"outputs":{outputs}}},"prior_state":{{"values":{{"root_module":{{"resources":{{"a":1}}}}}}}}"#
        );
        let mut with_odd = expected.clone();
        with_odd.insert("0dd-secret".to_owned());
        assert_eq!(found(&odd), with_odd);
    }

    #[test]
    fn short_values_only_as_whole_strings() {
        let redactor = Redactor::new(["ab".to_owned()].into());
        assert_eq!(redactor.redact("ab"), REDACTED);
        assert_eq!(redactor.redact("about"), "about");
    }

    #[test]
    fn masks_values_structurally() {
        let value = serde_json::json!({"a": "x", "b": {"c": "y", "d": "z"}});
        let mask = serde_json::json!({"b": {"c": true}});
        assert_eq!(
            mask_value(&value, &mask),
            serde_json::json!({"a": "x", "b": {"c": REDACTED, "d": "z"}})
        );
    }
}
