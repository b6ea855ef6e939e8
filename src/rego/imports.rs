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

use regorus::unstable::{AssignOp, Expr, Literal, LiteralStmt, Module};

use super::edit::Edit;
use super::walk::{Visitor, import_alias, pattern_vars, rule_head, visit_rule};
use super::{Context, PolicyError};

pub fn resolve(module: &Module, _text: &str, _context: &Context) -> Result<Vec<Edit>, PolicyError> {
    let aliases: BTreeMap<String, &str> = module
        .imports
        .iter()
        .map(|import| (import_alias(import), import.refr.span().text()))
        .filter(|(alias, path)| {
            (path.starts_with("data.") || *path == "input" || path.starts_with("input."))
                && alias != path
        })
        .collect();
    if aliases.is_empty() {
        return Ok(Vec::new());
    }
    let mut edits = Vec::new();
    for rule in &module.policy {
        let mut locals = Locals::default();
        rule_head(rule).1.iter().for_each(|arg| locals.pattern(arg));
        visit_rule(rule, &mut locals);
        visit_rule(
            rule,
            &mut Uses {
                aliases: &aliases,
                locals: &locals.names,
                edits: &mut edits,
            },
        );
    }
    Ok(edits)
}

/// Every name a rule declares as a local.
#[derive(Default)]
pub(super) struct Locals {
    pub names: BTreeSet<String>,
}

impl Locals {
    pub(super) fn pattern(&mut self, pattern: &Expr) {
        self.names.extend(
            pattern_vars(pattern)
                .into_iter()
                .map(|v| v.span().text().to_owned()),
        );
    }
}

impl Visitor for Locals {
    fn expr(&mut self, expr: &Expr) {
        if let Expr::AssignExpr {
            op: AssignOp::ColEq,
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
                self.names
                    .extend(key.iter().chain([value]).map(|v| v.text().to_owned()));
            }
            _ => {}
        }
    }
}

struct Uses<'a> {
    aliases: &'a BTreeMap<String, &'a str>,
    locals: &'a BTreeSet<String>,
    edits: &'a mut Vec<Edit>,
}

impl Visitor for Uses<'_> {
    fn expr(&mut self, expr: &Expr) {
        if let Expr::Var { span, .. } = expr
            && !self.locals.contains(span.text())
            && let Some(path) = self.aliases.get(span.text())
        {
            self.edits
                .push(Edit::replace(span.start as usize, span.end as usize, *path));
        }
    }
}
