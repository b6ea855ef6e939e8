//! Stage `inline_functions`: in the built-in library, a call of one of its
//! one-expression functions (`lib.unknown(["x"])`, `aws_data.value(p)`)
//! is written as that expression, with the call's arguments for the
//! parameters. An optimisation, not an OPA stage: regorus's VM spends
//! about 7,000 instructions on each function call (it copies the rule's
//! description), and most checks call these helpers on every resource.
//!
//! The rewrite keeps OPA's answers because it is narrow:
//! - the function is the package's only definition of its name, with no
//!   `else` and no `default`, and no `with` anywhere replaces it;
//! - its one expression reads only its parameters (each at least once, so
//!   an undefined argument still makes the call undefined), `input`,
//!   literals and built-in calls: no local, no rule, no `not`, no
//!   comprehension;
//! - the arguments are literals or references without iteration, so
//!   writing one twice computes the same value twice;
//! - a condition (`f(x) if expr`) is inlined only as a whole statement or
//!   under `not`, where `expr` succeeds exactly when the call does; a value
//!   (`f(x) := term`, no body) wherever the call is not the head of a
//!   reference;
//! - it runs after `hoist_negated_operands`: under `not`, regorus then
//!   evaluates `expr` as the function would, an undefined call inside it
//!   making the negation true (OPA's hoisting applies to what the user
//!   wrote, `not f(x)`, whose operands are the arguments).
//!
//! Only call sites in the built-in library change, and only on one line;
//! the definitions stay for user policies.
//!
//! It reads the same module as `resolve_builtins`, and their edits are
//! applied together: no parse between them. That holds because an inlined
//! call's arguments hold no call (the two never edit the same text) and
//! each template's built-ins are already routed as that stage routes them
//! (`calls::library_call`; a template with a built-in it rewrites more
//! than by name is not inlined).

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

use regorus::unstable::{Expr, Literal, LiteralStmt, Module, Rule, RuleHead};

use super::edit::Edit;
use super::imports::Locals;
use super::walk::{
    Visitor, children, import_alias, leftmost, ref_text, rule_head, rule_name, statement_exprs,
    visit_rule,
};
use super::{Context, PolicyError, calls, package_of};
use crate::policy::is_builtin;

/// A function's one expression with its parameters as holes.
#[derive(Debug)]
pub struct Template {
    /// Whether the function is a condition (`f(x) if expr`, value `true`)
    /// rather than a value (`f(x) := term`).
    condition: bool,
    params: usize,
    /// The expression's text, on one line, around its parameters' uses.
    pieces: Vec<Piece>,
    /// Parameters used as the head of a reference (`p.x`): only a name or
    /// a reference may stand for those.
    ref_heads: BTreeSet<usize>,
    /// The names the expression reads besides its parameters (`input`,
    /// `object`, `count`): a local of the caller with such a name would
    /// capture them.
    names: BTreeSet<String>,
}

#[derive(Debug)]
enum Piece {
    Text(String),
    Param(usize),
}

/// The inlinable functions of the built-in library, by `data.<package>.<name>`.
pub fn templates<'m>(
    modules: impl Iterator<Item = &'m Module> + Clone,
    mocked_functions: &BTreeSet<String>,
    mocked: &BTreeSet<String>,
) -> BTreeMap<String, Template> {
    let mut definitions: BTreeMap<String, usize> = BTreeMap::new();
    for module in modules.clone() {
        let package = package_of(module);
        for rule in &module.policy {
            let name = format!("data.{package}.{}", rule_name(rule));
            *definitions.entry(name).or_default() += 1;
        }
    }
    let mut templates = BTreeMap::new();
    for module in modules.filter(|m| is_builtin(m.package.span.source.get_path())) {
        let package = package_of(module);
        let imports: BTreeSet<String> = module.imports.iter().map(import_alias).collect();
        for rule in &module.policy {
            let name = format!("data.{package}.{}", rule_name(rule));
            if definitions.get(&name) != Some(&1) || mocked_functions.contains(&name) {
                continue;
            }
            let is_document = |root: &str| {
                imports.contains(root)
                    || definitions.contains_key(&format!("data.{package}.{root}"))
            };
            if let Some(template) = template(rule, is_document, mocked) {
                templates.insert(name, template);
            }
        }
    }
    templates
}

/// `rule` as a template, if it is a one-expression function whose
/// expression reads nothing `is_document` says is a rule or an import.
fn template(
    rule: &Rule,
    is_document: impl Fn(&str) -> bool,
    mocked: &BTreeSet<String>,
) -> Option<Template> {
    let Rule::Spec {
        head: RuleHead::Func {
            refr, args, assign, ..
        },
        bodies,
        ..
    } = rule
    else {
        return None;
    };
    if refr.span().text().contains(['.', '[']) {
        return None;
    }
    let (condition, expr) = match (assign, bodies.as_slice()) {
        (Some(assign), []) => (false, &assign.value),
        (None, [body]) if body.assign.is_none() && !body.is_else => {
            let [stmt] = body.query.stmts.as_slice() else {
                return None;
            };
            match &stmt.literal {
                Literal::Expr { expr, .. } if stmt.with_mods.is_empty() => (true, expr),
                _ => return None,
            }
        }
        _ => return None,
    };
    // A value stands where any term may, so it must be one term: an
    // operator (`a == b`, `a + b`) would bind to what surrounds the call.
    let one_term = matches!(
        expr.as_ref(),
        Expr::Call { .. }
            | Expr::Var { .. }
            | Expr::RefDot { .. }
            | Expr::RefBrack { .. }
            | Expr::Array { .. }
            | Expr::Set { .. }
            | Expr::Object { .. }
            | Expr::String { .. }
            | Expr::RawString { .. }
            | Expr::Number { .. }
            | Expr::Bool { .. }
            | Expr::Null { .. }
    );
    if !condition && !one_term {
        return None;
    }
    let mut params = Vec::new();
    for arg in args {
        match arg.as_ref() {
            Expr::Var { span, .. } if span.text() != "_" && !params.contains(&span.text()) => {
                params.push(span.text());
            }
            _ => return None,
        }
    }
    let (start, end) = extent(expr);
    let source = expr.span().source.get_contents();
    let text = source.get(start..end)?;
    // Joined onto one line below: a comment or a raw string could not be.
    if text.contains(['#', '`']) {
        return None;
    }
    let mut reads = Reads {
        params: &params,
        mocked,
        holes: Vec::new(),
        renames: Vec::new(),
        ref_heads: BTreeSet::new(),
        names: BTreeSet::new(),
        refused: false,
    };
    reads.expr(expr, false);
    let used: BTreeSet<usize> = reads.holes.iter().map(|h| h.2).collect();
    if reads.refused
        || used.len() != params.len()
        || reads.names.iter().any(|n| n == "data" || is_document(n))
    {
        return None;
    }
    // The parameters' uses, and the built-ins `resolve_builtins` routes,
    // which reads this module before these calls are written out.
    let mut cuts: Vec<(usize, usize, Piece)> = reads
        .holes
        .into_iter()
        .map(|(s, e, param)| (s, e, Piece::Param(param)))
        .chain(
            reads
                .renames
                .into_iter()
                .map(|(s, e, to)| (s, e, Piece::Text(to))),
        )
        .collect();
    cuts.sort_by_key(|cut| cut.0);
    let mut pieces = Vec::new();
    let mut at = start;
    for (s, e, piece) in cuts {
        pieces.push(Piece::Text(one_line(source.get(at..s)?)));
        pieces.push(piece);
        at = e;
    }
    pieces.push(Piece::Text(one_line(source.get(at..end)?)));
    Some(Template {
        condition,
        params: params.len(),
        pieces,
        ref_heads: reads.ref_heads,
        names: reads.names,
    })
}

/// `text` with each line break and the indentation after it as one space:
/// inside one expression, a line break is only white space.
fn one_line(text: &str) -> String {
    let mut lines = text.split('\n');
    let mut joined = lines.next().unwrap_or_default().to_owned();
    for line in lines {
        joined.push(' ');
        joined.push_str(line.trim_start());
    }
    joined
}

/// What a template's expression reads.
struct Reads<'p> {
    params: &'p [&'p str],
    /// The built-ins some `with` replaces.
    mocked: &'p BTreeSet<String>,
    holes: Vec<(usize, usize, usize)>,
    /// `(start, end, name)`: a built-in's name and what it is routed to.
    renames: Vec<(usize, usize, String)>,
    ref_heads: BTreeSet<usize>,
    names: BTreeSet<String>,
    refused: bool,
}

impl Reads<'_> {
    /// `expr`, which is the head of a reference when `ref_head`.
    fn expr(&mut self, expr: &Expr, ref_head: bool) {
        match expr {
            Expr::Var { span, .. } => match self.params.iter().position(|p| *p == span.text()) {
                Some(index) => {
                    self.holes
                        .push((span.start as usize, span.end as usize, index));
                    if ref_head {
                        self.ref_heads.insert(index);
                    }
                }
                None if span.text() == "_" => self.refused = true,
                None => {
                    self.names.insert(span.text().to_owned());
                }
            },
            Expr::ArrayCompr { .. }
            | Expr::SetCompr { .. }
            | Expr::ObjectCompr { .. }
            | Expr::AssignExpr { .. } => {
                self.refused = true;
            }
            Expr::RefDot { refr, .. } => self.expr(refr, true),
            Expr::RefBrack { refr, index, .. } => {
                self.expr(refr, true);
                self.expr(index, false);
            }
            Expr::Call { fcn, params, .. } => {
                // The function's name is read like any other name.
                self.expr(fcn, false);
                let name = ref_text(fcn);
                match calls::library_call(name, params.len(), self.mocked) {
                    Some(target) if target == name => {}
                    Some(target) => {
                        let (start, end) = extent(fcn);
                        self.renames.push((start, end, target));
                    }
                    None => self.refused = true,
                }
                params.iter().for_each(|p| self.expr(p, false));
            }
            other => children(other)
                .0
                .into_iter()
                .for_each(|child| self.expr(child, false)),
        }
    }
}

/// The byte range of `expr` in its source. regorus's spans are not quite
/// that: a reference's starts at its last dot, a string's leaves out the
/// quotes, and an object's starts at its last member.
fn extent(expr: &Expr) -> (usize, usize) {
    let source = expr.span().source.get_contents().as_bytes();
    let mut start = leftmost(expr).start as usize;
    let mut end = expr.span().end as usize;
    if let Expr::String { .. } | Expr::RawString { .. } = expr {
        if start > 0 && matches!(source.get(start - 1), Some(b'"' | b'`')) {
            start -= 1;
        }
        if matches!(source.get(end), Some(b'"' | b'`')) {
            end += 1;
        }
    }
    for child in children(expr).0 {
        let (s, e) = extent(child);
        start = start.min(s);
        end = end.max(e);
    }
    let open = match expr {
        Expr::Object { .. }
        | Expr::Set { .. }
        | Expr::SetCompr { .. }
        | Expr::ObjectCompr { .. } => Some(b'{'),
        Expr::Array { .. } | Expr::ArrayCompr { .. } => Some(b'['),
        _ => None,
    };
    if let Some(open) = open
        && source.get(start) != Some(&open)
    {
        let mut at = start;
        while at > 0 && source[at - 1].is_ascii_whitespace() {
            at -= 1;
        }
        if at > 0 && source[at - 1] == open {
            start = at - 1;
        }
    }
    (start, end)
}

pub fn rewrite(module: &Module, text: &str, context: &Context) -> Result<Vec<Edit>, PolicyError> {
    if context.templates.is_empty() || !is_builtin(module.package.span.source.get_path()) {
        return Ok(Vec::new());
    }
    let package = package_of(module);
    let mut edits = Vec::new();
    for rule in &module.policy {
        let mut sites = Sites {
            context,
            module,
            package: &package,
            rule,
            locals: OnceCell::new(),
            text,
            edits: &mut edits,
        };
        visit_rule(rule, &mut sites);
        // The values a rule's head and its `else` branches give.
        for value in head_values(rule) {
            sites.inline(value, false);
        }
    }
    Ok(edits)
}

/// Finds the calls to inline in one rule.
struct Sites<'a> {
    context: &'a Context,
    module: &'a Module,
    package: &'a str,
    rule: &'a Rule,
    /// The rule's locals, found only once it calls a template: most rules
    /// call none.
    locals: OnceCell<BTreeSet<String>>,
    text: &'a str,
    edits: &'a mut Vec<Edit>,
}

impl Sites<'_> {
    fn locals(&self) -> &BTreeSet<String> {
        self.locals.get_or_init(|| {
            let mut locals = Locals::default();
            rule_head(self.rule)
                .1
                .iter()
                .for_each(|arg| locals.pattern(arg));
            visit_rule(self.rule, &mut locals);
            locals.names
        })
    }

    /// The edit that writes `expr` inline, if it is a call of a template
    /// of the right kind (`condition`: in a statement's place).
    fn inline(&mut self, expr: &Expr, condition: bool) {
        let Expr::Call { fcn, params, .. } = expr else {
            return;
        };
        let Some(template) = self.template(fcn) else {
            return;
        };
        if template.condition != condition
            || params.len() != template.params
            || template
                .names
                .iter()
                .any(|n| self.locals().contains(n) || self.context.defines(self.module, n))
        {
            return;
        }
        let (start, end) = extent(expr);
        let Some(call) = self.text.get(start..end) else {
            return;
        };
        if call.contains('\n') {
            return;
        }
        let mut arguments = Vec::new();
        for (index, param) in params.iter().enumerate() {
            let simple = if template.ref_heads.contains(&index) {
                is_reference(param)
            } else {
                is_simple(param)
            };
            let (s, e) = extent(param);
            match self.text.get(s..e) {
                Some(argument) if simple => arguments.push(argument),
                _ => return,
            }
        }
        let mut inlined = String::new();
        for piece in &template.pieces {
            match piece {
                Piece::Text(text) => inlined.push_str(text),
                Piece::Param(param) => inlined.push_str(arguments[*param]),
            }
        }
        self.edits.push(Edit::replace(start, end, inlined));
    }

    /// The template `fcn` names: `data.<package>.<name>`, or a function of
    /// this package by its name.
    fn template(&self, fcn: &Expr) -> Option<&Template> {
        let name = ref_text(fcn);
        if name.starts_with("data.") {
            return self.context.templates.get(name);
        }
        if name.contains(['.', '[']) {
            return None;
        }
        let template = self
            .context
            .templates
            .get(&format!("data.{}.{name}", self.package))?;
        // A local of that name is not the function.
        (!self.locals().contains(name)).then_some(template)
    }
}

impl Visitor for Sites<'_> {
    fn expr(&mut self, expr: &Expr) {
        match expr {
            // A value whose call heads a reference (`f(x).y`) stays a call.
            Expr::RefDot { .. } | Expr::RefBrack { .. } => {}
            other => {
                for child in children(other).0 {
                    self.inline(child, false);
                }
            }
        }
    }

    fn stmt(&mut self, stmt: &LiteralStmt) {
        // A condition only where the call is the statement, or under `not`.
        if let Literal::Expr { expr, .. } | Literal::NotExpr { expr, .. } = &stmt.literal {
            self.inline(expr, true);
        }
        for expr in statement_exprs(stmt) {
            self.inline(expr, false);
        }
    }
}

/// The expressions a rule gives as its value or key.
fn head_values(rule: &Rule) -> Vec<&Expr> {
    let Rule::Spec { head, bodies, .. } = rule else {
        return Vec::new();
    };
    let mut values: Vec<&Expr> = match head {
        RuleHead::Compr { assign, .. } | RuleHead::Func { assign, .. } => {
            assign.iter().map(|a| a.value.as_ref()).collect()
        }
        RuleHead::Set { key, .. } => key.iter().map(|k| k.as_ref()).collect(),
    };
    values.extend(
        bodies
            .iter()
            .filter_map(|b| b.assign.as_ref())
            .map(|a| a.value.as_ref()),
    );
    values
}

/// A literal, a composite of simple terms, or a reference without
/// iteration: written twice, it is the same value twice.
fn is_simple(expr: &Expr) -> bool {
    match expr {
        Expr::String { .. }
        | Expr::RawString { .. }
        | Expr::Number { .. }
        | Expr::Bool { .. }
        | Expr::Null { .. } => true,
        Expr::Array { items, .. } | Expr::Set { items, .. } => items.iter().all(|i| is_simple(i)),
        Expr::Object { fields, .. } => fields.iter().all(|(_, k, v)| is_simple(k) && is_simple(v)),
        other => is_reference(other),
    }
}

/// A name (not `_`), or a reference from one by constant keys.
fn is_reference(expr: &Expr) -> bool {
    match expr {
        Expr::Var { span, .. } => span.text() != "_",
        Expr::RefDot { refr, .. } => is_reference(refr),
        Expr::RefBrack { refr, index, .. } => {
            matches!(index.as_ref(), Expr::String { .. } | Expr::Number { .. })
                && is_reference(refr)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::PolicyFile;

    fn file(path: &str, text: &str) -> PolicyFile {
        PolicyFile {
            path: path.to_owned(),
            text: text.to_owned(),
        }
    }

    /// The checks' text after the front end, the library as given.
    fn normalised(library: &str, check: &str, check_path: &str) -> String {
        let files = [
            file("builtin:lib/plan.rego", library),
            file(check_path, check),
        ];
        let normalised = super::super::normalise(&files, false, false, true, None, &[]).unwrap();
        normalised.files[1].text.clone()
    }

    const LIBRARY: &str = r#"package tfguard.lib

import rego.v1

unknown(path) if object.get(input.change.after_unknown, path, false) == true

value(path) := object.get(input.change.after, path, null)

result(attribute, name) := {
	"msg": sprintf("%s: %s", [input.address, name]),
	"path": [attribute],
}

unused(x, y) := x

reads_rule(x) := object.get(x, settings, null)

walked(x) := walk(x)

sum(x) := x + 1

settings := "a"

twice(x) := x

twice(x) := x
"#;

    #[test]
    fn one_expression_functions_are_written_at_their_call_sites() {
        let check = r#"package tfguard.aws.x

import data.tfguard.lib
import rego.v1

deny contains lib.result("a", "b") if {
	not lib.unknown(["a"])
	lib.value(["a"]) != true
	lib.unknown(input.paths.x)
}
"#;
        let text = normalised(LIBRARY, check, "builtin:aws/x.rego");
        assert_eq!(
            text.lines().nth(5).unwrap(),
            r#"deny contains { "msg": __tfguard_sprintf("%s: %s", [input.address, "b"]), "path": ["a"], } if {"#
        );
        assert_eq!(
            text.lines().nth(6).unwrap().trim(),
            r#"not object.get(input.change.after_unknown, ["a"], false) == true"#
        );
        assert_eq!(
            text.lines().nth(7).unwrap().trim(),
            r#"object.get(input.change.after, ["a"], null) != true"#
        );
        assert_eq!(
            text.lines().nth(8).unwrap().trim(),
            r#"object.get(input.change.after_unknown, input.paths.x, false) == true"#
        );
        assert_eq!(text.lines().count(), check.lines().count());
    }

    #[test]
    fn calls_that_could_answer_otherwise_stay_calls() {
        let check = r#"package tfguard.aws.x

import data.tfguard.lib
import rego.v1

deny contains "x" if {
	x := lib.unknown(["a"])
	some p in input.paths
	lib.unknown(input.paths[p])
	lib.unknown([q | some q in input.paths])
	lib.unused(1, 2)
	lib.reads_rule(input)
	lib.twice(1)
	lib.walked(input)
	lib.sum(1) * 2 == 4
	lib.value(["a"]).b
	lib.unknown(
		["a"])
}

mocked if lib.value(["a"]) with lib.value as "v"
"#;
        let text = normalised(LIBRARY, check, "builtin:aws/x.rego");
        let body: Vec<&str> = text.lines().skip(6).take(11).map(str::trim).collect();
        assert_eq!(
            body,
            [
                r#"x := data.tfguard.lib.unknown(["a"])"#,
                "some p in input.paths",
                "data.tfguard.lib.unknown(input.paths[p])",
                "data.tfguard.lib.unknown([q | some q in input.paths])",
                "data.tfguard.lib.unused(1, 2)",
                "data.tfguard.lib.reads_rule(input)",
                "data.tfguard.lib.twice(1)",
                "data.tfguard.lib.walked(input)",
                "data.tfguard.lib.sum(1) * 2 == 4",
                r#"data.tfguard.lib.value(["a"]).b"#,
                "data.tfguard.lib.unknown(",
            ]
        );
        assert!(
            text.contains(r#"mocked if data.tfguard.lib.value(["a"]) with"#),
            "{text}"
        );
        // A user's policy calls the library as written.
        let user = normalised(
            LIBRARY,
            check.replace("x :=", "y :=").as_str(),
            "policy/x.rego",
        );
        assert!(user.contains(r#"deny contains "x" if"#) && !user.contains("object.get"));
    }
}
