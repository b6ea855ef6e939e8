//! Stage `resolve_imports`: a reference through an import alias
//! (`import data.fugue` then `fugue.resources(...)`, `import input as
//! tfplan` then `tfplan.x`) is written as the full reference it stands for,
//! as OPA's `ResolveRefs` does. regorus resolves some aliases of packages
//! and of their parents to the wrong document, which shows as a false
//! "recursion detected" or an empty set depending on load order.
//!
//! A name the rule declares itself (an argument, `some`, `:=`, `every`)
//! is a local, not the import, and stays.

use std::collections::{BTreeMap, BTreeSet};

use regorus::unstable::{Expr, Literal, LiteralStmt, Module, Rule, RuleHead};

use super::edit::Edit;
use super::walk::{Visitor, visit_rule};
use super::{Packages, PolicyError};

pub fn resolve(
    module: &Module,
    _text: &str,
    _packages: &Packages,
) -> Result<Vec<Edit>, PolicyError> {
    let mut aliases: BTreeMap<String, String> = BTreeMap::new();
    for import in &module.imports {
        let path = import.refr.span().text();
        if !(path.starts_with("data.") || path == "input" || path.starts_with("input.")) {
            continue;
        }
        let alias = match &import.r#as {
            Some(span) => span.text().to_owned(),
            None => last_component(path),
        };
        if alias != path {
            aliases.insert(alias, path.to_owned());
        }
    }
    if aliases.is_empty() {
        return Ok(Vec::new());
    }
    let mut edits = Vec::new();
    for rule in &module.policy {
        let mut locals = Locals::default();
        visit_rule(rule, &mut locals);
        if let Rule::Spec {
            head: RuleHead::Func { args, .. },
            ..
        } = rule.as_ref()
        {
            for arg in args {
                locals.pattern(arg);
            }
        }
        let mut uses = Uses {
            aliases: &aliases,
            locals: &locals.names,
            edits: &mut edits,
        };
        visit_rule(rule, &mut uses);
    }
    Ok(edits)
}

/// The name an unaliased import binds: `lib` for `data.x.lib`, `max` for
/// `data.limits["max"]`.
fn last_component(path: &str) -> String {
    let trimmed = path.trim_end_matches(']');
    let tail = trimmed
        .rsplit(['.', '['])
        .next()
        .unwrap_or(trimmed)
        .trim_matches(|c| c == '"' || c == '\'');
    tail.to_owned()
}

/// Every name a rule declares as a local.
#[derive(Default)]
struct Locals {
    names: BTreeSet<String>,
}

impl Locals {
    fn pattern(&mut self, expr: &Expr) {
        match expr {
            Expr::Var { span, .. } => {
                self.names.insert(span.text().to_owned());
            }
            Expr::Array { items, .. } => items.iter().for_each(|i| self.pattern(i)),
            Expr::Object { fields, .. } => fields.iter().for_each(|(_, _, v)| self.pattern(v)),
            _ => {}
        }
    }
}

impl Visitor for Locals {
    fn expr(&mut self, expr: &Expr) {
        if let Expr::AssignExpr {
            op: regorus::unstable::AssignOp::ColEq,
            lhs,
            ..
        } = expr
        {
            self.pattern(lhs);
        }
    }

    fn stmt(&mut self, stmt: &LiteralStmt) {
        match &stmt.literal {
            Literal::SomeVars { vars, .. } => {
                self.names.extend(vars.iter().map(|v| v.text().to_owned()));
            }
            Literal::SomeIn { key, value, .. } => {
                key.iter().for_each(|k| self.pattern(k));
                self.pattern(value);
            }
            Literal::Every { key, value, .. } => {
                self.names.extend(
                    key.iter()
                        .chain(std::iter::once(value))
                        .map(|v| v.text().to_owned()),
                );
            }
            _ => {}
        }
    }
}

struct Uses<'a> {
    aliases: &'a BTreeMap<String, String>,
    locals: &'a BTreeSet<String>,
    edits: &'a mut Vec<Edit>,
}

impl Visitor for Uses<'_> {
    fn expr(&mut self, expr: &Expr) {
        if let Expr::Var { span, .. } = expr
            && !self.locals.contains(span.text())
            && let Some(path) = self.aliases.get(span.text())
        {
            self.edits.push(Edit::replace(
                span.start as usize,
                span.end as usize,
                path.clone(),
            ));
        }
    }
}
