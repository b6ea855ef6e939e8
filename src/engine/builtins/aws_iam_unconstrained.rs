//! `tfguard.aws_iam_unconstrained(statements, candidates, deny_regex,
//! tables)`: which of the candidate actions each statement allows without
//! a resource or condition constraint, as `policies/lib/aws_iam.rego`
//! decided it in Rego (`unconstrained` and `statement_unconstrained`).
//!
//! The checks that ask (privilege escalation, data exfiltration,
//! credential exposure) called five library functions per statement, and
//! regorus's VM spends some 7,000 instructions on each call: a sixth of
//! what an IAM policy cost. Here it is one host call per check.
//!
//! - `statements`: the normalised statements (`aws_iam.statements`);
//! - `candidates`: concrete actions, in lower case;
//! - `deny_regex`: one expression for the policy's Deny patterns, `""`
//!   without any (`_deny_regex`);
//! - `tables`: `[services, wildcard_only_actions, wildcard_only_prefixes]`
//!   (`aws_iam_actions.rego`).
//!
//! The value is an array, in the order of `statements`, of
//! `{"statement": s, "actions": set}` for each statement that allows some
//! candidate not named by a Deny statement; where the Rego was undefined
//! for a statement (not Allow, a condition, no Action), it has no entry.
//! Each step is the Rego it replaces, with the same built-ins' semantics
//! (`regex.match` is the same `regex` crate regorus calls, `lower` is
//! Rust's `to_lowercase`); `tests/properties.rs` holds the two to the same
//! answers on arbitrary documents.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::{Result, anyhow};
use regex::Regex;
use regorus::Value;

use super::aws_iam::get;

const NAME: &str = "tfguard.aws_iam_unconstrained";

/// `tfguard.aws_iam_unconstrained(statements, candidates, deny_regex, tables)`.
pub fn unconstrained(args: Vec<Value>) -> Result<Value> {
    let [statements, candidates, deny_regex, tables] =
        <[Value; 4]>::try_from(args).map_err(|_| anyhow!("{NAME}: expects 4 arguments"))?;
    let candidates = strings_of(&candidates, "candidates")?;
    let tables = Tables::of(&tables)?;
    let deny_regex = match &deny_regex {
        Value::String(text) => text.as_ref(),
        _ => return Err(anyhow!("{NAME}: deny_regex must be a string")),
    };
    // `denied_among(candidates)`.
    let denied: BTreeSet<&str> = if deny_regex.is_empty() {
        BTreeSet::new()
    } else {
        let mut denied = BTreeSet::new();
        for &candidate in &candidates {
            if matches(deny_regex, candidate)? {
                denied.insert(candidate);
            }
        }
        denied
    };
    let statements: Vec<&Value> = match &statements {
        Value::Array(items) => items.iter().collect(),
        Value::Set(items) => items.iter().collect(),
        _ => return Err(anyhow!("{NAME}: statements must be an array or a set")),
    };
    let mut entries = Vec::new();
    for statement in statements {
        let Some(actions) = statement_unconstrained(statement, &candidates, &tables)? else {
            continue;
        };
        let actions: BTreeSet<Value> = actions
            .into_iter()
            .filter(|a| !denied.contains(a))
            .map(Value::from)
            .collect();
        if !actions.is_empty() {
            entries.push(Value::from(BTreeMap::from([
                (Value::from("statement"), statement.clone()),
                (Value::from("actions"), Value::from(actions)),
            ])));
        }
    }
    Ok(Value::from(entries))
}

/// `_statement_unconstrained(s, candidates)`: `None` where it is undefined.
fn statement_unconstrained<'c>(
    s: &Value,
    candidates: &BTreeSet<&'c str>,
    tables: &Tables,
) -> Result<Option<BTreeSet<&'c str>>> {
    if get(s, "effect") != Some(&Value::from("Allow")) || holds(get(s, "has_condition")) {
        return Ok(None);
    }
    let Some(covered) = covered(s, candidates)? else {
        return Ok(None);
    };
    // `_restricted_to(s, actions)`.
    if contains(get(s, "resources"), "*") {
        return Ok(Some(covered));
    }
    let mut restricted = BTreeSet::new();
    for action in covered {
        if !restrictable(action, tables)? {
            restricted.insert(action);
        }
    }
    Ok(Some(restricted))
}

/// `_covered(s, candidates)`: `None` where no branch of the `else` chain
/// holds.
fn covered<'c>(s: &Value, candidates: &BTreeSet<&'c str>) -> Result<Option<BTreeSet<&'c str>>> {
    let patterns = get(s, "action_patterns");
    let not_patterns = get(s, "not_action_patterns");
    let is_true = |object: Option<&Value>, key: &str| holds(object.and_then(|o| get(o, key)));
    let count = |key: &str| get(s, key).and_then(length);
    let all_resources = contains(get(s, "resources"), "*");
    if is_true(patterns, "every") {
        return Ok(Some(candidates.clone()));
    }
    if count("actions").is_some_and(|n| n > 0) && !is_true(patterns, "wildcard") {
        let exact = patterns.and_then(|p| get(p, "exact"));
        return Ok(Some(
            candidates
                .iter()
                .copied()
                .filter(|c| contains(exact, c))
                .collect(),
        ));
    }
    if is_true(patterns, "wildcard") {
        // Without a regex the comprehension's body never holds.
        let mut matched = BTreeSet::new();
        if let Some(regex) = regex_of(patterns)? {
            for &candidate in candidates {
                if matches(regex, candidate)? {
                    matched.insert(candidate);
                }
            }
        }
        return Ok(Some(matched));
    }
    let no_actions = count("actions") == Some(0);
    if no_actions
        && count("not_actions").is_some_and(|n| n > 0)
        && all_resources
        && !is_true(not_patterns, "wildcard")
    {
        let exact = not_patterns.and_then(|p| get(p, "exact"));
        return Ok(Some(
            candidates
                .iter()
                .copied()
                .filter(|c| !contains(exact, c))
                .collect(),
        ));
    }
    if no_actions && is_true(not_patterns, "wildcard") && all_resources {
        // Without a regex, `not regex.match(..)` holds for every candidate.
        let regex = regex_of(not_patterns)?;
        let mut unmatched = BTreeSet::new();
        for &candidate in candidates {
            let matched = match regex {
                Some(regex) => matches(regex, candidate)?,
                None => false,
            };
            if !matched {
                unmatched.insert(candidate);
            }
        }
        return Ok(Some(unmatched));
    }
    Ok(None)
}

/// `restrictable(action)`: the action can be limited to resource ARNs.
fn restrictable(action: &str, tables: &Tables) -> Result<bool> {
    let lower = action.to_lowercase();
    if matches!(lower.as_str(), "*" | "*:*") {
        return Ok(true);
    }
    let parts: Vec<&str> = lower.split(':').collect();
    let [service, name] = parts[..] else {
        return Ok(false);
    };
    if service.contains(['*', '?']) && service != "*" {
        return Ok(true);
    }
    Ok(contains(Some(tables.services), service) && !wildcard_only(service, name, tables)?)
}

/// `_wildcard_only(service, name)`: the action works on "*" only.
fn wildcard_only<'t>(service: &str, name: &str, tables: &Tables<'t>) -> Result<bool> {
    let service_key = Value::from(service);
    let of_service = |table: &'t Value| match table {
        Value::Object(fields) => fields.get(&service_key),
        _ => None,
    };
    if contains(of_service(tables.wildcard_only_actions), name) {
        return Ok(true);
    }
    // `regex.split("[*?]", name)[0]`.
    let literal = name.split(['*', '?']).next().unwrap_or_default();
    let no_prefixes = Value::from(Vec::new());
    let prefixes = of_service(tables.wildcard_only_prefixes).unwrap_or(&no_prefixes);
    for prefix in elements(prefixes) {
        let Value::String(prefix) = prefix else {
            return Err(anyhow!("{NAME}: a wildcard-only prefix must be a string"));
        };
        if literal.starts_with(prefix.as_ref()) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The action tables of `aws_iam_actions.rego`.
struct Tables<'t> {
    services: &'t Value,
    wildcard_only_actions: &'t Value,
    wildcard_only_prefixes: &'t Value,
}

impl<'t> Tables<'t> {
    fn of(tables: &'t Value) -> Result<Self> {
        match tables {
            Value::Array(items) => match items.as_slice() {
                [services, actions, prefixes] => Ok(Self {
                    services,
                    wildcard_only_actions: actions,
                    wildcard_only_prefixes: prefixes,
                }),
                _ => Err(anyhow!("{NAME}: tables must be three values")),
            },
            _ => Err(anyhow!("{NAME}: tables must be an array")),
        }
    }
}

/// The strings of a set or an array; anything else in it is an error, as
/// `lower` and `regex.match` of it would be.
fn strings_of<'v>(value: &'v Value, what: &str) -> Result<BTreeSet<&'v str>> {
    elements(value)
        .map(|item| match item {
            Value::String(text) => Ok(text.as_ref()),
            _ => Err(anyhow!("{NAME}: {what} must be strings")),
        })
        .collect()
}

/// What `some x in value` iterates: the members of an array or set, the
/// values of an object, nothing of anything else.
fn elements(value: &Value) -> Box<dyn Iterator<Item = &Value> + '_> {
    match value {
        Value::Array(items) => Box::new(items.iter()),
        Value::Set(items) => Box::new(items.iter()),
        Value::Object(fields) => Box::new(fields.values()),
        _ => Box::new(std::iter::empty()),
    }
}

/// `text in collection`: a member of an array or set, or a value of an
/// object, as Rego's `in` reads them.
fn contains(collection: Option<&Value>, text: &str) -> bool {
    let wanted = Value::from(text);
    match collection {
        Some(Value::Set(items)) => items.contains(&wanted),
        Some(value) => elements(value).any(|item| *item == wanted),
        None => false,
    }
}

/// `count(x)` of a collection or string; `None` where `count` is an error.
fn length(value: &Value) -> Option<usize> {
    match value {
        Value::Array(items) => Some(items.len()),
        Value::Set(items) => Some(items.len()),
        Value::Object(fields) => Some(fields.len()),
        Value::String(text) => Some(text.chars().count()),
        _ => None,
    }
}

/// The `regex` of a statement's `action_patterns` (`aws_iam_patterns`);
/// `regex.match` of anything but a string is an error.
fn regex_of(patterns: Option<&Value>) -> Result<Option<&str>> {
    match patterns.and_then(|p| get(p, "regex")) {
        Some(Value::String(text)) => Ok(Some(text.as_ref())),
        Some(_) => Err(anyhow!("{NAME}: a pattern set's regex must be a string")),
        None => Ok(None),
    }
}

/// Whether a reference, as a statement of its own, holds: it is defined
/// and not `false`.
fn holds(value: Option<&Value>) -> bool {
    value.is_some_and(|v| *v != Value::from(false))
}

/// The most expressions a thread keeps compiled: a plan's IAM policies have
/// a few distinct ones each.
const REGEX_CACHE_SIZE: usize = 256;

/// `regex.match(pattern, text)`, each expression compiled once per thread.
fn matches(pattern: &str, text: &str) -> Result<bool> {
    thread_local! {
        static COMPILED: RefCell<HashMap<String, Regex>> = RefCell::new(HashMap::new());
    }
    COMPILED.with(|compiled| {
        let mut compiled = compiled.borrow_mut();
        if let Some(regex) = compiled.get(pattern) {
            return Ok(regex.is_match(text));
        }
        let regex = Regex::new(pattern).map_err(|e| anyhow!("{NAME}: {e}"))?;
        let found = regex.is_match(text);
        if compiled.len() >= REGEX_CACHE_SIZE {
            compiled.clear();
        }
        compiled.insert(pattern.to_owned(), regex);
        Ok(found)
    })
}
