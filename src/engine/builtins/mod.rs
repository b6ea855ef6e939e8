//! OPA builtins that regorus lacks or runs differently, added as regorus
//! extensions with OPA's semantics: `sprintf` with Go's `fmt` (`format`),
//! `json.patch` that fails as OPA's does (`json_patch`),
//! the deprecated v0 built-ins (`deprecated`), `net.cidr_intersects`,
//! `net.cidr_overlap` (OPA's deprecated name for `net.cidr_contains`),
//! `net.cidr_merge`, `net.cidr_contains_matches`, `regex.globs_match` and
//! `strings.render_template`; and the built-in library's own
//! `tfguard.aws_iam_statements` and `tfguard.aws_iam_patterns` (`aws_iam`),
//! and `tfguard.aws_iam_unconstrained` (`aws_iam_unconstrained`).

mod aws_iam;
mod aws_iam_unconstrained;
mod deprecated;
mod format;
mod json_patch;
mod strings;

use std::collections::BTreeSet;
use std::net::IpAddr;

use anyhow::{Result, anyhow, bail};
use ipnet::IpNet;
use regorus::Value;

use crate::rego::EXTENSION_PREFIX;

pub type Function = fn(Vec<Value>) -> Result<Value>;

/// Registers every extension on `engine`. With `strict` off (`tfguard test`
/// without `--show-builtin-errors`), an extension's error makes the call
/// undefined, as OPA's non-strict mode does for every built-in; regorus does
/// that for its own built-ins only.
pub fn register(engine: &mut regorus::Engine, strict: bool) -> Result<()> {
    for (name, arity, function) in extensions() {
        engine.add_extension(
            name,
            arity,
            Box::new(move |args: Vec<Value>| match function(args) {
                Err(_) if !strict => Ok(Value::Undefined),
                result => result,
            }),
        )?;
    }
    Ok(())
}

/// Every extension: the name a call reaches it by, its arity, and its code.
pub fn extensions() -> Vec<(String, u8, Function)> {
    let routed = |name: &str| format!("{EXTENSION_PREFIX}{name}");
    let mut extensions: Vec<(String, u8, Function)> = vec![
        (routed("sprintf"), 2, format::extension),
        (routed("json_patch"), 2, json_patch::extension),
        (routed("iterable"), 1, deprecated::iterable),
        (
            "tfguard.aws_iam_statements".to_owned(),
            2,
            aws_iam::statements,
        ),
        ("tfguard.aws_iam_patterns".to_owned(), 1, aws_iam::patterns),
        (
            "tfguard.aws_iam_unconstrained".to_owned(),
            4,
            aws_iam_unconstrained::unconstrained,
        ),
        ("net.cidr_intersects".to_owned(), 2, |args: Vec<Value>| {
            let a = net(&args[0], "net.cidr_intersects")?;
            let b = net(&args[1], "net.cidr_intersects")?;
            Ok(Value::from(
                a.contains(&b.network()) || b.contains(&a.network()),
            ))
        }),
        ("net.cidr_overlap".to_owned(), 2, |args: Vec<Value>| {
            let cidr = net(&args[0], "net.cidr_overlap")?;
            let other = net(&args[1], "net.cidr_overlap")?;
            Ok(Value::from(contains(&cidr, &other)))
        }),
        ("net.cidr_merge".to_owned(), 1, |args: Vec<Value>| {
            let nets = elements(&args[0], "net.cidr_merge")?
                .into_iter()
                .map(|v| net(&v, "net.cidr_merge"))
                .collect::<Result<Vec<_>>>()?;
            let merged: BTreeSet<Value> = IpNet::aggregate(&nets)
                .into_iter()
                .map(|n| Value::from(n.to_string()))
                .collect();
            Ok(Value::from(merged))
        }),
        (
            "net.cidr_contains_matches".to_owned(),
            2,
            |args: Vec<Value>| {
                let cidrs = keyed(&args[0])?;
                let others = keyed(&args[1])?;
                let mut matches = BTreeSet::new();
                for (key, cidr) in &cidrs {
                    let cidr = net(cidr, "net.cidr_contains_matches")?;
                    for (other_key, other) in &others {
                        if contains(&cidr, &net(other, "net.cidr_contains_matches")?) {
                            matches.insert(Value::from(vec![key.clone(), other_key.clone()]));
                        }
                    }
                }
                Ok(Value::from(matches))
            },
        ),
        ("regex.globs_match".to_owned(), 2, |args: Vec<Value>| {
            let first = args[0]
                .as_string()
                .map_err(|_| anyhow!("regex.globs_match: glob1 must be a string"))?;
            let second = args[1]
                .as_string()
                .map_err(|_| anyhow!("regex.globs_match: glob2 must be a string"))?;
            Ok(Value::from(strings::globs_match(first, second)?))
        }),
        (
            "strings.render_template".to_owned(),
            2,
            |args: Vec<Value>| {
                let template = args[0]
                    .as_string()
                    .map_err(|_| anyhow!("strings.render_template: template must be a string"))?;
                if args[1].as_object().is_err() {
                    bail!("strings.render_template: vars must be an object");
                }
                Ok(Value::from(strings::render_template(template, &args[1])?))
            },
        ),
    ];
    extensions.extend(
        deprecated::EXTENSIONS
            .iter()
            .map(|(name, arity, function)| (routed(name), *arity, *function)),
    );
    extensions
}

/// A CIDR, or a single address as a host network.
fn net(value: &Value, builtin: &str) -> Result<IpNet> {
    let text = value
        .as_string()
        .map_err(|_| anyhow!("{builtin}: operand must be a string, got {value}"))?;
    if let Ok(net) = text.parse::<IpNet>() {
        return Ok(net);
    }
    let address: IpAddr = text
        .parse()
        .map_err(|_| anyhow!("{builtin}: invalid CIDR or IP address {text:?}"))?;
    Ok(IpNet::from(address))
}

/// Whether `outer` contains all of `inner` (network and broadcast).
fn contains(outer: &IpNet, inner: &IpNet) -> bool {
    outer.contains(&inner.network()) && outer.contains(&inner.broadcast())
}

fn elements(value: &Value, builtin: &str) -> Result<Vec<Value>> {
    match value {
        Value::Array(items) => Ok(items.iter().cloned().collect()),
        Value::Set(items) => Ok(items.iter().cloned().collect()),
        _ => bail!("{builtin}: operand must be an array or set, got {value}"),
    }
}

/// `net.cidr_contains_matches` operands as (key, CIDR): a string is its own
/// key, arrays are keyed by index, sets by element, objects by key; an
/// element may be a string or an array whose first item is the CIDR.
fn keyed(value: &Value) -> Result<Vec<(Value, Value)>> {
    let first = |v: &Value| -> Result<Value> {
        match v {
            Value::String(_) => Ok(v.clone()),
            Value::Array(items) if !items.is_empty() => Ok(items[0].clone()),
            _ => bail!(
                "net.cidr_contains_matches: operand element must be a string or a non-empty array, got {v}"
            ),
        }
    };
    Ok(match value {
        Value::String(_) => vec![(value.clone(), value.clone())],
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| Ok((Value::from(i), first(v)?)))
            .collect::<Result<_>>()?,
        Value::Set(items) => items
            .iter()
            .map(|v| Ok((v.clone(), first(v)?)))
            .collect::<Result<_>>()?,
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| Ok((k.clone(), first(v)?)))
            .collect::<Result<_>>()?,
        _ => bail!(
            "net.cidr_contains_matches: operand must be a string, array, set or object, got {value}"
        ),
    })
}
