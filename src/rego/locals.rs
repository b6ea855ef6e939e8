//! Stage `rewrite_locals`: a variable declared in a query (`some x`,
//! `some x in xs`, `x := ...`, `every x in xs`) or a function argument that
//! has the name of a rule of the same package is local to its scope, as in
//! OPA, where `RewriteLocalVars` gives every local a unique name. regorus
//! takes such a name for the rule ("var used before definition"), so the
//! local is renamed here, within its scope only. A `some` declaration after
//! a query's first statement is moved to its front (see
//! `declarations_first`).

use regorus::unstable::{
    AssignOp, Expr, Literal, LiteralStmt, Module, Query, Rule, RuleHead, Span,
};

use super::edit::Edit;
use super::walk::{Visitor, children, pattern_vars, statement_exprs, visit_expr, visit_query};
use super::{Context, PolicyError};

pub fn rewrite(module: &Module, _text: &str, context: &Context) -> Result<Vec<Edit>, PolicyError> {
    let mut renamer = Renamer {
        shadows: &|name: &str| context.defines(module, name),
        edits: Vec::new(),
    };
    for rule in &module.policy {
        let Rule::Spec { head, bodies, .. } = rule.as_ref() else {
            continue;
        };
        let head_terms: Vec<&Expr> = match head {
            RuleHead::Set { key, .. } => key.iter().map(|k| k.as_ref()).collect(),
            RuleHead::Compr { assign, .. } | RuleHead::Func { assign, .. } => {
                assign.iter().map(|a| a.value.as_ref()).collect()
            }
        };
        // Function arguments: the whole definition is their scope.
        if let RuleHead::Func { args, .. } = head {
            for arg in args.iter().flat_map(|a| pattern_vars(a)) {
                renamer.rename(arg.span().text(), |uses| {
                    args.iter().for_each(|a| visit_expr(a, uses));
                    head_terms.iter().for_each(|t| visit_expr(t, uses));
                    for body in bodies {
                        body.assign.iter().for_each(|a| visit_expr(&a.value, uses));
                        visit_query(&body.query, uses);
                    }
                });
            }
        }
        if bodies.is_empty() {
            // `f(x) := [y | ...]`: the comprehension is a scope of its own.
            head_terms.iter().for_each(|t| renamer.nested(t));
        }
        for body in bodies {
            let mut terms = head_terms.clone();
            terms.extend(body.assign.iter().map(|a| a.value.as_ref()));
            renamer.scope(&body.query, &terms, Vec::new());
        }
    }
    Ok(renamer.edits)
}

/// The name a local that shadows a rule gets.
fn renamed(name: &str) -> String {
    format!("__tfguard_local_{name}")
}

struct Renamer<'a> {
    /// Whether a name is a rule of the module's package.
    shadows: &'a dyn Fn(&str) -> bool,
    edits: Vec<Edit>,
}

impl Renamer<'_> {
    /// Renames every occurrence of `name` that `walk` visits, if it shadows a rule.
    fn rename(&mut self, name: &str, walk: impl FnOnce(&mut Uses<'_>)) {
        if name == "_" || !(self.shadows)(name) {
            return;
        }
        let mut uses = Uses {
            name,
            spans: Vec::new(),
        };
        walk(&mut uses);
        let renamed = renamed(name);
        self.edits.extend(
            uses.spans
                .iter()
                .map(|s| Edit::replace(s.start as usize, s.end as usize, renamed.clone())),
        );
    }

    /// `some x` after the first statement of a query moves to the front of
    /// it: in OPA a declaration holds for its whole query, while regorus
    /// rejects one that follows a statement that binds more than once
    /// ("duplicated definition of local variable").
    fn declarations_first(&mut self, query: &Query) {
        let later: Vec<&LiteralStmt> = query
            .stmts
            .iter()
            .skip_while(|s| matches!(s.literal, Literal::SomeVars { .. }))
            .filter(|s| matches!(s.literal, Literal::SomeVars { .. }))
            .collect();
        let Some(first) = query.stmts.first() else {
            return;
        };
        if later.is_empty() {
            return;
        }
        let mut names = Vec::new();
        for stmt in later {
            if let Literal::SomeVars { vars, .. } = &stmt.literal {
                names.extend(vars.iter().map(|v| match v.text() {
                    name if name != "_" && (self.shadows)(name) => renamed(name),
                    name => name.to_owned(),
                }));
            }
            self.edits.push(Edit::replace(
                stmt.span.start as usize,
                stmt.span.end as usize,
                "true",
            ));
        }
        self.edits.push(Edit::insert(
            first.span.start as usize,
            format!("some {}; ", names.join(", ")),
        ));
    }

    /// Renames the shadowing locals `query` declares (and `bound`, the
    /// variables an `every` binds for it), in `query` and in `terms` (the head
    /// or comprehension term of its scope), then the scopes nested in it.
    fn scope(&mut self, query: &Query, terms: &[&Expr], bound: Vec<String>) {
        self.declarations_first(query);
        let mut names = declared(query);
        names.extend(bound);
        for name in &names {
            self.rename(name, |uses| {
                terms.iter().for_each(|t| visit_expr(t, uses));
                visit_query(query, uses);
            });
        }
        for stmt in &query.stmts {
            statement_exprs(stmt)
                .into_iter()
                .for_each(|e| self.nested(e));
            if let Literal::Every {
                key, value, query, ..
            } = &stmt.literal
            {
                let bound = key
                    .iter()
                    .chain([value])
                    .map(|s| s.text().to_owned())
                    .collect();
                self.scope(query, &[], bound);
            }
        }
        terms.iter().for_each(|t| self.nested(t));
    }

    /// The comprehensions inside `expr`, each a scope of its own.
    fn nested(&mut self, expr: &Expr) {
        match (expr, children(expr)) {
            (
                Expr::ArrayCompr { .. } | Expr::SetCompr { .. } | Expr::ObjectCompr { .. },
                (terms, Some(query)),
            ) => {
                self.scope(query, &terms, Vec::new());
            }
            (_, (exprs, _)) => exprs.into_iter().for_each(|e| self.nested(e)),
        }
    }
}

/// The names `query`'s own statements declare (not those of nested queries).
fn declared(query: &Query) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for stmt in &query.stmts {
        let patterns: Vec<&Expr> = match &stmt.literal {
            Literal::SomeVars { vars, .. } => {
                names.extend(vars.iter().map(|v| v.text().to_owned()));
                Vec::new()
            }
            Literal::SomeIn { key, value, .. } => {
                key.iter().chain([value]).map(|e| e.as_ref()).collect()
            }
            Literal::Expr { expr, .. } => match expr.as_ref() {
                Expr::AssignExpr {
                    op: AssignOp::ColEq,
                    lhs,
                    ..
                } => vec![lhs],
                _ => Vec::new(),
            },
            Literal::NotExpr { .. } | Literal::Every { .. } => Vec::new(),
        };
        names.extend(
            patterns
                .into_iter()
                .flat_map(pattern_vars)
                .map(|v| v.span().text().to_owned()),
        );
    }
    names.sort();
    names.dedup();
    names
}

/// Every occurrence of one variable name in what it visits.
struct Uses<'n> {
    name: &'n str,
    spans: Vec<Span>,
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
        let declared: Vec<&Span> = match &stmt.literal {
            Literal::SomeVars { vars, .. } => vars.iter().collect(),
            Literal::Every { key, value, .. } => key.iter().chain([value]).collect(),
            _ => Vec::new(),
        };
        self.spans.extend(
            declared
                .into_iter()
                .filter(|v| v.text() == self.name)
                .cloned(),
        );
    }
}
