//! Stage `hoist_constants`: the literal value of a rule (`services :=
//! {"s3", "ec2", ...}`, no body) moves into a data document, and the rule
//! reads it from there (`services := data.__tfguard_constants.c0`).
//! regorus evaluates a rule again for every query, so a 5,000-string table
//! was rebuilt for every resource and check; a data document is built once
//! and shared. The rule stays where it was, with the same value, so every
//! reference, `with` replacement and conflict between definitions behaves
//! as before; only the work of building the value is gone.
//!
//! So does a table written as JSON, `json.unmarshal` of a string literal
//! (`actions := json.unmarshal(`{...}`)`), whose value is what the
//! built-in returns: a raw string is one token for regorus's parser,
//! where the same table as Rego literals is thousands (the IAM action
//! tables, `policies/lib/aws_iam_actions.rego`). Not where a `with`
//! replaces `json.unmarshal` or the package defines a `json`.
//!
//! Left as written:
//! - scalars and tables of fewer than [`MIN_LEAVES`] scalars, cheaper to
//!   build than to look up;
//! - an object literal with a duplicate key (that error stays regorus's);
//! - every rule, when a policy reads `data` as a whole (`walk(data)`,
//!   `import data`), which would see the extra document;
//! - when a data file defines `__tfguard_constants` itself.
//!
//! This stage reads literal values from the AST; it never evaluates. The
//! new text has the same length and line breaks as the literal, so the
//! parsed modules' offsets stay valid for the next stage and every
//! location stays on the user's lines and columns.

use std::collections::{BTreeMap, BTreeSet};

use regorus::Value;
use regorus::unstable::{Expr, Module, Rule, RuleHead};

use super::edit::Edit;
use super::walk::{Visitor, visit_rule};

/// The data document the hoisted values live in.
const DOCUMENT: &str = "__tfguard_constants";

/// What the stage takes out of the modules: the edits of each module (in
/// the modules' order) and the data document holding the values.
pub struct Constants {
    pub edits: Vec<Vec<Edit>>,
    pub document: Option<Value>,
}

/// Hoists the literal values of `modules` (`None` for a file that does not
/// parse). `data` are the data documents the policies will see.
pub fn hoist(modules: &[Option<Module>], data: &[serde_json::Value]) -> Constants {
    let skip = data.iter().any(|d| d.get(DOCUMENT).is_some())
        || modules.iter().flatten().any(reads_all_data);
    // `json.unmarshal` is the built-in unless a `with` replaces it.
    let unmarshal_replaced = modules.iter().flatten().any(|module| {
        super::with_targets::targets_of(module)
            .iter()
            .any(|target| target == "json.unmarshal" || target == "json")
    });
    // ... and unless the package defines a `json` of its own.
    let own_json: BTreeSet<&str> = modules
        .iter()
        .flatten()
        .filter(|module| {
            module
                .policy
                .iter()
                .any(|rule| super::walk::rule_name(rule) == "json")
        })
        .map(|module| module.package.refr.span().text())
        .collect();
    let mut values = BTreeMap::new();
    let edits = modules
        .iter()
        .map(|module| match module {
            Some(module) if !skip => {
                let fold =
                    !unmarshal_replaced && !own_json.contains(module.package.refr.span().text());
                module
                    .policy
                    .iter()
                    .filter_map(|rule| {
                        let (start, text, value) = literal_value(rule, fold)?;
                        let key = format!("c{}", values.len());
                        let edit = replacement(start, text, &format!("data.{DOCUMENT}.{key}"))?;
                        values.insert(Value::from(key), value);
                        Some(edit)
                    })
                    .collect()
            }
            _ => Vec::new(),
        })
        .collect();
    let document = (!values.is_empty()).then(|| {
        let mut root = BTreeMap::new();
        root.insert(Value::from(DOCUMENT), Value::from(values));
        Value::from(root)
    });
    Constants { edits, document }
}

/// Where a bodiless complete rule's composite literal (or, with
/// `fold_unmarshal`, its `json.unmarshal` of a string literal) is, as its
/// start offset and text, and its value. The literal's own span is not
/// used: regorus's span of an object or set starts at its last element, so
/// the text is read from after the rule's `:=` or `=` to the rule's end.
fn literal_value(rule: &Rule, fold_unmarshal: bool) -> Option<(usize, &str, Value)> {
    let Rule::Spec {
        span,
        head: RuleHead::Compr {
            assign: Some(assign),
            ..
        },
        bodies,
    } = rule
    else {
        return None;
    };
    if !bodies.is_empty() {
        return None;
    }
    let folded = fold_unmarshal
        .then(|| unmarshalled(&assign.value))
        .flatten();
    let is_call = folded.is_some();
    let value = match folded {
        Some(value) => value,
        None if leaves(&assign.value) >= MIN_LEAVES => literal(&assign.value)?,
        None => return None,
    };
    let rule_text = span.text();
    let from = (assign.span.start.checked_sub(span.start)?) as usize;
    let after_op = rule_text.get(from..)?.trim_start_matches([':', '=']);
    let text = after_op.trim_start();
    let start = span.start as usize + (rule_text.len() - text.len());
    let delimited = if is_call {
        text.starts_with("json.unmarshal(") && text.ends_with(')')
    } else {
        matches!(
            (text.chars().next(), text.chars().last()),
            (Some('{'), Some('}')) | (Some('['), Some(']'))
        )
    };
    delimited.then_some(())?;
    Some((start, text, value))
}

/// The value of `json.unmarshal` of a string literal that holds a table
/// of [`MIN_LEAVES`] scalars or more: JSON in a raw string is one token
/// for regorus's parser, where the same table as Rego literals is
/// thousands (the IAM action tables took longer to parse than every other
/// file a plan needs). The value is what `json.unmarshal` makes of it.
fn unmarshalled(expr: &Expr) -> Option<Value> {
    let Expr::Call { fcn, params, .. } = expr else {
        return None;
    };
    let [Expr::String { value, .. } | Expr::RawString { value, .. }] =
        params.iter().map(AsRef::as_ref).collect::<Vec<&Expr>>()[..]
    else {
        return None;
    };
    if fcn.span().text() != "json.unmarshal" {
        return None;
    }
    let value = Value::from_json_str(value.as_string().ok()?).ok()?;
    (value_leaves(&value) >= MIN_LEAVES).then_some(value)
}

/// The scalars in a value (keys included).
fn value_leaves(value: &Value) -> usize {
    match value {
        Value::Array(items) => items.iter().map(value_leaves).sum(),
        Value::Set(items) => items.iter().map(value_leaves).sum(),
        Value::Object(fields) => fields
            .iter()
            .map(|(k, v)| value_leaves(k) + value_leaves(v))
            .sum(),
        _ => 1,
    }
}

/// The smallest table worth hoisting, in scalars (keys included). Reading
/// a data document costs regorus a walk over every loaded module on the
/// first reference of each query (about 40 µs with regula's 239 files),
/// while a literal of a few dozen scalars is built in a few: below this,
/// hoisting was measured to slow regula's library down by a fifth.
const MIN_LEAVES: usize = 100;

/// The scalars in an array, set or object expression (0 for anything else).
fn leaves(expr: &Expr) -> usize {
    let scalar = |e: &Expr| {
        if matches!(
            e,
            Expr::Array { .. } | Expr::Set { .. } | Expr::Object { .. }
        ) {
            leaves(e)
        } else {
            1
        }
    };
    match expr {
        Expr::Array { items, .. } | Expr::Set { items, .. } => {
            items.iter().map(|i| scalar(i)).sum()
        }
        Expr::Object { fields, .. } => fields.iter().map(|(_, k, v)| scalar(k) + scalar(v)).sum(),
        _ => 0,
    }
}

/// The value of a literal expression; `None` for anything else.
fn literal(expr: &Expr) -> Option<Value> {
    match expr {
        Expr::String { value, .. }
        | Expr::RawString { value, .. }
        | Expr::Number { value, .. }
        | Expr::Bool { value, .. }
        | Expr::Null { value, .. } => Some(value.clone()),
        Expr::Array { items, .. } => items
            .iter()
            .map(|item| literal(item))
            .collect::<Option<Vec<_>>>()
            .map(Value::from),
        Expr::Set { items, .. } => items
            .iter()
            .map(|item| literal(item))
            .collect::<Option<BTreeSet<_>>>()
            .map(Value::from),
        Expr::Object { fields, .. } => {
            let mut object = BTreeMap::new();
            for (_, key, value) in fields {
                if object.insert(literal(key)?, literal(value)?).is_some() {
                    return None;
                }
            }
            Some(Value::from(object))
        }
        _ => None,
    }
}

/// `reference` in place of the literal `text` at offset `start`, padded
/// with spaces and the literal's line breaks to its length; `None` when the
/// literal has too few characters besides line breaks to hold it.
fn replacement(start: usize, text: &str, reference: &str) -> Option<Edit> {
    let mut to_drop = reference.len();
    let mut rest = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => rest.push(c),
            _ if to_drop >= c.len_utf8() => to_drop -= c.len_utf8(),
            // What is left of a wide character: spaces, to the same length.
            _ => {
                rest.push_str(&" ".repeat(c.len_utf8() - to_drop));
                to_drop = 0;
            }
        }
    }
    if to_drop > 0 {
        return None;
    }
    Some(Edit::replace(
        start,
        start + text.len(),
        format!("{reference}{rest}"),
    ))
}

/// Whether the module reads the whole `data` document: a bare `data` that
/// is not the root of a reference, or `import data`.
fn reads_all_data(module: &Module) -> bool {
    if module
        .imports
        .iter()
        .any(|import| import.refr.span().text() == "data")
    {
        return true;
    }
    let mut uses = DataUses::default();
    for rule in &module.policy {
        visit_rule(rule, &mut uses);
    }
    uses.vars.difference(&uses.roots).next().is_some()
}

/// Where `data` occurs as a variable, and where as a reference's root (by
/// offset).
#[derive(Default)]
struct DataUses {
    vars: BTreeSet<u32>,
    roots: BTreeSet<u32>,
}

impl Visitor for DataUses {
    fn expr(&mut self, expr: &Expr) {
        match expr {
            Expr::Var { span, .. } if span.text() == "data" => {
                self.vars.insert(span.start);
            }
            Expr::RefDot { refr, .. } | Expr::RefBrack { refr, .. } => {
                if let Expr::Var { span, .. } = refr.as_ref() {
                    self.roots.insert(span.start);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regorus::unstable::{Parser, Source};

    fn module(text: &str) -> Module {
        let source = Source::from_contents("p.rego".to_owned(), text.to_owned()).unwrap();
        let mut parser = Parser::new(&source).unwrap();
        parser.enable_rego_v1().unwrap();
        parser.parse().unwrap()
    }

    fn hoisted(texts: &[&str]) -> (Vec<String>, Option<Value>) {
        let modules: Vec<_> = texts.iter().map(|t| Some(module(t))).collect();
        let constants = hoist(&modules, &[]);
        let rewritten = texts
            .iter()
            .zip(constants.edits)
            .map(|(text, edits)| super::super::edit::apply(text, edits))
            .collect();
        (rewritten, constants.document)
    }

    /// `count` strings, one per line.
    fn strings(count: usize) -> String {
        (0..count).map(|i| format!("\t\"s{i}\",\n")).collect()
    }

    #[test]
    fn a_big_literal_table_moves_to_data_with_its_lines_and_length_kept() {
        let text = format!(
            "package p\n\ntable := {{\n\t\"é\": {{\n{}\t}},\n\t\"b\": [1, 2],\n}}\n\nsmall := [1, 2, 3]\n\nx := 1\n",
            strings(100)
        );
        let (rewritten, document) = hoisted(&[&text]);
        let rewritten = &rewritten[0];
        assert_eq!(rewritten.len(), text.len());
        assert_eq!(rewritten.lines().count(), text.lines().count());
        assert!(rewritten.starts_with("package p\n\ntable := data.__tfguard_constants.c0"));
        // Small tables and scalars: as written.
        assert!(rewritten.ends_with("small := [1, 2, 3]\n\nx := 1\n"));
        let document = document.unwrap();
        let value = &document[DOCUMENT]["c0"];
        assert_eq!(value["b"], Value::from_json_str("[1, 2]").unwrap());
        let set = value["é"].as_set().unwrap();
        assert_eq!(set.len(), 100, "a set stays a set");
        assert!(set.contains(&Value::from("s99")));
    }

    #[test]
    fn a_big_table_in_json_unmarshal_of_a_literal_is_hoisted_as_its_value() {
        let json = format!(
            "{{\"a\": [{}], \"b\": {{}}}}",
            (0..120)
                .map(|i| format!("\"s{i}\""))
                .collect::<Vec<_>>()
                .join(",\n")
        );
        let text = format!(
            "package p\n\nt := json.unmarshal(`{json}`)\n\nsmall := json.unmarshal(`[1]`)\n"
        );
        let (rewritten, document) = hoisted(&[&text]);
        assert_eq!(rewritten[0].len(), text.len());
        assert_eq!(rewritten[0].lines().count(), text.lines().count());
        assert!(rewritten[0].starts_with("package p\n\nt := data.__tfguard_constants.c0"));
        assert!(rewritten[0].ends_with("small := json.unmarshal(`[1]`)\n"));
        let document = document.unwrap();
        assert_eq!(
            document[DOCUMENT]["c0"],
            Value::from_json_str(&json).unwrap()
        );
        // Not the built-in: a `with` replaces it, or the package has a `json`.
        for other in [
            "package q\n\nx if {\n\tdata.p.t with json.unmarshal as f\n}\n\nf(_) := 1\n",
            "package p\n\njson := {\"unmarshal\": 1}\n",
        ] {
            let (rewritten, document) = hoisted(&[&text, other]);
            assert_eq!(rewritten[0], text, "{other}");
            assert!(document.is_none(), "{other}");
        }
    }

    #[test]
    fn bodies_computed_values_duplicate_keys_and_whole_data_reads_stay() {
        let many = strings(120);
        let kept = [
            format!("package p\n\nt := {{\n{many}}} if input.x\n"),
            format!("package p\n\nt := {{\"a\": 1, \"a\": 2, \"b\": [\n{many}]}}\n"),
            format!("package p\n\nt := [input.a,\n{many}]\n"),
        ];
        for text in &kept {
            let (rewritten, document) = hoisted(&[text]);
            assert_eq!(&rewritten[0], text);
            assert!(document.is_none(), "{text}");
        }
        let table = format!("package p\n\nt := [\n{many}]\n");
        for reader in [
            "package q\n\nall := walk(data)\n",
            "package q\n\nimport data\n\nx := data.p.t\n",
        ] {
            let (rewritten, document) = hoisted(&[&table, reader]);
            assert_eq!(rewritten[0], table, "{reader}");
            assert!(document.is_none());
        }
        let (rewritten, _) = hoisted(&[&table, "package q\n\nx := data.p.t[0]\n"]);
        assert_ne!(
            rewritten[0], table,
            "a reference into data is no whole read"
        );
    }
}
