//! Stage `rewrite_locals`: a variable declared in a query (`some x`,
//! `some x in xs`, `x := ...`, `every x in xs`) or a function argument that
//! has the name of a rule of the same package is local to its scope, as in
//! OPA, where `RewriteLocalVars` gives every local a unique name. regorus
//! takes such a name for the rule ("var used before definition"), so the
//! local is renamed here, within its scope only.

use regorus::unstable::{Expr, Literal, LiteralStmt, Module, Query, Rule, RuleHead, Span};

use super::edit::Edit;
use super::walk::{Visitor, visit_expr, visit_query};
use super::{Packages, PolicyError};

/// The name a shadowing local gets.
fn renamed(name: &str) -> String {
    format!("__tfguard_local_{name}")
}

pub fn rewrite(
    module: &Module,
    _text: &str,
    packages: &Packages,
) -> Result<Vec<Edit>, PolicyError> {
    let mut edits = Vec::new();
    let shadows = |name: &str| name != "_" && packages.defines(module, name);
    for rule in &module.policy {
        let Rule::Spec { head, bodies, .. } = rule.as_ref() else {
            continue;
        };
        // Function arguments: the whole definition is their scope.
        if let RuleHead::Func { args, assign, .. } = head {
            for name in args.iter().flat_map(|a| pattern_vars(a)) {
                if !shadows(&name) {
                    continue;
                }
                let mut uses = Uses::new(&name);
                args.iter().for_each(|a| visit_expr(a, &mut uses));
                if let Some(assign) = assign {
                    visit_expr(&assign.value, &mut uses);
                }
                for body in bodies {
                    if let Some(assign) = &body.assign {
                        visit_expr(&assign.value, &mut uses);
                    }
                    visit_query(&body.query, &mut uses);
                }
                edits.extend(uses.edits());
            }
        }
        let head_terms: Vec<&Expr> = match head {
            RuleHead::Set { key, .. } => key.iter().map(|k| k.as_ref()).collect(),
            RuleHead::Compr { assign, .. } | RuleHead::Func { assign, .. } => {
                assign.iter().map(|a| a.value.as_ref()).collect()
            }
        };
        if bodies.is_empty() {
            // `f(x) := [y | ...]`: the comprehension is a scope of its own.
            head_terms
                .iter()
                .for_each(|t| nested(t, &shadows, &mut edits));
        }
        for body in bodies {
            let mut terms = head_terms.clone();
            if let Some(assign) = &body.assign {
                terms.push(&assign.value);
            }
            scope(&body.query, &terms, &shadows, &mut edits);
        }
    }
    Ok(edits)
}

/// Renames the shadowing locals `query` declares (and `bound`, the
/// variables an `every` binds for it), in `query` and in `terms` (the head or
/// comprehension term that belongs to its scope), then looks into the queries
/// nested in it.
fn scope(query: &Query, terms: &[&Expr], shadows: &dyn Fn(&str) -> bool, edits: &mut Vec<Edit>) {
    scope_with(query, terms, Vec::new(), shadows, edits);
}

fn scope_with(
    query: &Query,
    terms: &[&Expr],
    bound: Vec<String>,
    shadows: &dyn Fn(&str) -> bool,
    edits: &mut Vec<Edit>,
) {
    let mut names = declared(query);
    names.extend(bound);
    for name in names {
        if !shadows(&name) {
            continue;
        }
        let mut uses = Uses::new(&name);
        terms.iter().for_each(|t| visit_expr(t, &mut uses));
        visit_query(query, &mut uses);
        edits.extend(uses.edits());
    }
    for stmt in &query.stmts {
        match &stmt.literal {
            Literal::SomeVars { .. } => {}
            Literal::SomeIn {
                key,
                value,
                collection,
                ..
            } => {
                key.iter().for_each(|k| nested(k, shadows, edits));
                nested(value, shadows, edits);
                nested(collection, shadows, edits);
            }
            Literal::Expr { expr, .. } | Literal::NotExpr { expr, .. } => {
                nested(expr, shadows, edits)
            }
            Literal::Every {
                key,
                value,
                domain,
                query,
                ..
            } => {
                nested(domain, shadows, edits);
                let bound = key
                    .iter()
                    .chain(std::iter::once(value))
                    .map(|s| s.text().to_owned())
                    .collect();
                scope_with(query, &[], bound, shadows, edits);
            }
        }
        for with in &stmt.with_mods {
            nested(&with.refr, shadows, edits);
            nested(&with.r#as, shadows, edits);
        }
    }
    terms.iter().for_each(|t| nested(t, shadows, edits));
}

/// The comprehensions inside `expr`, each a scope of its own.
fn nested(expr: &Expr, shadows: &dyn Fn(&str) -> bool, edits: &mut Vec<Edit>) {
    match expr {
        Expr::ArrayCompr { term, query, .. } | Expr::SetCompr { term, query, .. } => {
            scope(query, &[term], shadows, edits);
        }
        Expr::ObjectCompr {
            key, value, query, ..
        } => scope(query, &[key, value], shadows, edits),
        Expr::Array { items, .. } | Expr::Set { items, .. } => {
            items.iter().for_each(|i| nested(i, shadows, edits));
        }
        Expr::Object { fields, .. } => {
            for (_, key, value) in fields {
                nested(key, shadows, edits);
                nested(value, shadows, edits);
            }
        }
        Expr::Call { fcn, params, .. } => {
            nested(fcn, shadows, edits);
            params.iter().for_each(|p| nested(p, shadows, edits));
        }
        Expr::UnaryExpr { expr, .. } | Expr::RefDot { refr: expr, .. } => {
            nested(expr, shadows, edits)
        }
        Expr::RefBrack { refr, index, .. } => {
            nested(refr, shadows, edits);
            nested(index, shadows, edits);
        }
        Expr::BinExpr { lhs, rhs, .. }
        | Expr::BoolExpr { lhs, rhs, .. }
        | Expr::ArithExpr { lhs, rhs, .. }
        | Expr::AssignExpr { lhs, rhs, .. } => {
            nested(lhs, shadows, edits);
            nested(rhs, shadows, edits);
        }
        Expr::Membership {
            key,
            value,
            collection,
            ..
        } => {
            key.iter().for_each(|k| nested(k, shadows, edits));
            nested(value, shadows, edits);
            nested(collection, shadows, edits);
        }
        _ => {}
    }
}

/// The names `query`'s own statements declare (not those of nested queries).
fn declared(query: &Query) -> Vec<String> {
    let mut names = Vec::new();
    for stmt in &query.stmts {
        match &stmt.literal {
            Literal::SomeVars { vars, .. } => {
                names.extend(vars.iter().map(|v| v.text().to_owned()))
            }
            Literal::SomeIn { key, value, .. } => {
                names.extend(key.iter().flat_map(|k| pattern_vars(k)));
                names.extend(pattern_vars(value));
            }
            Literal::Expr { expr, .. } => {
                if let Expr::AssignExpr { op, lhs, .. } = expr.as_ref()
                    && matches!(op, regorus::unstable::AssignOp::ColEq)
                {
                    names.extend(pattern_vars(lhs));
                }
            }
            Literal::NotExpr { .. } | Literal::Every { .. } => {}
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The variables a pattern (`x`, `[x, y]`, `{"k": x}`) binds.
fn pattern_vars(pattern: &Expr) -> Vec<String> {
    match pattern {
        Expr::Var { span, .. } => vec![span.text().to_owned()],
        Expr::Array { items, .. } => items.iter().flat_map(|i| pattern_vars(i)).collect(),
        Expr::Object { fields, .. } => fields
            .iter()
            .flat_map(|(_, _, v)| pattern_vars(v))
            .collect(),
        _ => Vec::new(),
    }
}

/// Every occurrence of one variable name in what it visits.
struct Uses<'n> {
    name: &'n str,
    spans: Vec<Span>,
}

impl<'n> Uses<'n> {
    fn new(name: &'n str) -> Self {
        Self {
            name,
            spans: Vec::new(),
        }
    }

    fn edits(self) -> impl Iterator<Item = Edit> {
        let name = renamed(self.name);
        self.spans
            .into_iter()
            .map(move |s| Edit::replace(s.start as usize, s.end as usize, name.clone()))
    }
}

impl Visitor for Uses<'_> {
    fn expr(&mut self, expr: &Expr) {
        if let Expr::Var { span, .. } = expr
            && span.text() == self.name
        {
            self.spans.push(span.clone());
        }
    }

    fn stmt(&mut self, stmt: &LiteralStmt) {
        match &stmt.literal {
            Literal::SomeVars { vars, .. } => {
                self.spans
                    .extend(vars.iter().filter(|v| v.text() == self.name).cloned());
            }
            Literal::Every { key, value, .. } => {
                self.spans.extend(
                    key.iter()
                        .chain(std::iter::once(value))
                        .filter(|v| v.text() == self.name)
                        .cloned(),
                );
            }
            _ => {}
        }
    }
}
