//! Walking regorus's parsed modules: every expression and statement of a
//! rule, those inside comprehensions and `every` bodies included. Shared by
//! the front end's stages and OPA's compile checks.

use regorus::unstable::{Expr, ExprRef, Import, Literal, LiteralStmt, Query, Rule, RuleHead, Span};

/// A rule's name as written (`deny`, `a.b[x]`) and its arguments, if a function.
pub fn rule_head(rule: &Rule) -> (&ExprRef, &[ExprRef]) {
    match rule {
        Rule::Spec { head, .. } => match head {
            RuleHead::Compr { refr, .. } | RuleHead::Set { refr, .. } => (refr, &[]),
            RuleHead::Func { refr, args, .. } => (refr, args),
        },
        Rule::Default { refr, args, .. } => (refr, args),
    }
}

/// What a walk over a rule calls back: every expression and every statement,
/// those inside comprehensions and `every` bodies included.
pub trait Visitor {
    fn expr(&mut self, _expr: &Expr) {}
    fn stmt(&mut self, _stmt: &LiteralStmt) {}
}

/// Walks a rule: head, arguments, values, bodies.
pub fn visit_rule(rule: &Rule, v: &mut impl Visitor) {
    match rule {
        Rule::Spec { head, bodies, .. } => {
            match head {
                RuleHead::Compr { refr, assign, .. } => {
                    visit_expr(refr, v);
                    if let Some(assign) = assign {
                        visit_expr(&assign.value, v);
                    }
                }
                RuleHead::Set { refr, key, .. } => {
                    visit_expr(refr, v);
                    if let Some(key) = key {
                        visit_expr(key, v);
                    }
                }
                RuleHead::Func {
                    refr, args, assign, ..
                } => {
                    visit_expr(refr, v);
                    args.iter().for_each(|a| visit_expr(a, v));
                    if let Some(assign) = assign {
                        visit_expr(&assign.value, v);
                    }
                }
            }
            for body in bodies {
                if let Some(assign) = &body.assign {
                    visit_expr(&assign.value, v);
                }
                visit_query(&body.query, v);
            }
        }
        Rule::Default {
            refr, args, value, ..
        } => {
            visit_expr(refr, v);
            args.iter().for_each(|a| visit_expr(a, v));
            visit_expr(value, v);
        }
    }
}

pub fn visit_query(query: &Query, v: &mut impl Visitor) {
    for stmt in &query.stmts {
        v.stmt(stmt);
        statement_exprs(stmt)
            .into_iter()
            .for_each(|e| visit_expr(e, v));
        if let Literal::Every { query, .. } = &stmt.literal {
            visit_query(query, v);
        }
    }
}

pub fn visit_expr(expr: &Expr, v: &mut impl Visitor) {
    v.expr(expr);
    let (exprs, query) = children(expr);
    exprs.into_iter().for_each(|e| visit_expr(e, v));
    if let Some(query) = query {
        visit_query(query, v);
    }
}

/// The expressions a statement holds directly: its literal's operands (an
/// `every`'s domain, not its body) and its `with` modifiers.
pub fn statement_exprs(stmt: &LiteralStmt) -> Vec<&Expr> {
    let mut exprs: Vec<&Expr> = match &stmt.literal {
        Literal::SomeVars { .. } => Vec::new(),
        Literal::SomeIn {
            key,
            value,
            collection,
            ..
        } => key
            .iter()
            .chain([value, collection])
            .map(|e| e.as_ref())
            .collect(),
        Literal::Expr { expr, .. } | Literal::NotExpr { expr, .. } => vec![expr],
        Literal::Every { domain, .. } => vec![domain],
    };
    for with in &stmt.with_mods {
        exprs.push(&with.refr);
        exprs.push(&with.r#as);
    }
    exprs
}

/// The expressions directly inside `expr`, and the query of a comprehension.
pub fn children(expr: &Expr) -> (Vec<&Expr>, Option<&Query>) {
    match expr {
        Expr::Array { items, .. } | Expr::Set { items, .. } => {
            (items.iter().map(|i| i.as_ref()).collect(), None)
        }
        Expr::Object { fields, .. } => (
            fields
                .iter()
                .flat_map(|(_, k, v)| [k.as_ref(), v.as_ref()])
                .collect(),
            None,
        ),
        Expr::ArrayCompr { term, query, .. } | Expr::SetCompr { term, query, .. } => {
            (vec![term], Some(query))
        }
        Expr::ObjectCompr {
            key, value, query, ..
        } => (vec![key, value], Some(query)),
        Expr::Call { fcn, params, .. } => (
            std::iter::once(fcn)
                .chain(params)
                .map(|e| e.as_ref())
                .collect(),
            None,
        ),
        Expr::UnaryExpr { expr, .. } | Expr::RefDot { refr: expr, .. } => (vec![expr], None),
        Expr::RefBrack { refr, index, .. } => (vec![refr, index], None),
        Expr::BinExpr { lhs, rhs, .. }
        | Expr::BoolExpr { lhs, rhs, .. }
        | Expr::ArithExpr { lhs, rhs, .. }
        | Expr::AssignExpr { lhs, rhs, .. } => (vec![lhs, rhs], None),
        Expr::Membership {
            key,
            value,
            collection,
            ..
        } => (
            key.iter()
                .chain([value, collection])
                .map(|e| e.as_ref())
                .collect(),
            None,
        ),
        _ => (Vec::new(), None),
    }
}

/// The variables a pattern (`x`, `[x, y]`, `{"k": x}`) binds, `_` excluded.
pub fn pattern_vars(pattern: &Expr) -> Vec<&Expr> {
    match pattern {
        Expr::Var { span, .. } if span.text() != "_" => vec![pattern],
        Expr::Array { items, .. } => items.iter().flat_map(|i| pattern_vars(i)).collect(),
        Expr::Object { fields, .. } => fields
            .iter()
            .flat_map(|(_, _, v)| pattern_vars(v))
            .collect(),
        _ => Vec::new(),
    }
}

/// The first component of a rule's name: `deny` for `deny contains x`,
/// `a` for `a.b[x]`.
pub fn rule_name(rule: &Rule) -> &str {
    let text = rule_head(rule).0.span().text();
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The name an import binds: its alias, else its last segment (`data.a.b`
/// and `data.a["b"]` bind `b`).
pub fn import_alias(import: &Import) -> String {
    if let Some(alias) = &import.r#as {
        return alias.text().to_owned();
    }
    match import.refr.as_ref() {
        Expr::RefDot { field, .. } => field.0.text().to_owned(),
        Expr::RefBrack { index, .. } => match index.as_ref() {
            Expr::String { value, .. } | Expr::RawString { value, .. } => value
                .as_string()
                .map_or_else(|_| index.span().text().to_owned(), |s| s.to_string()),
            other => other.span().text().to_owned(),
        },
        other => other.span().text().to_owned(),
    }
}

/// The first `_` in `expr` outside the comprehensions in it (each a query of
/// its own, where `_` iterates safely).
pub fn wildcard(expr: &Expr) -> Option<&Span> {
    match expr {
        Expr::Var { span, .. } if span.text() == "_" => Some(span),
        Expr::ArrayCompr { .. } | Expr::SetCompr { .. } | Expr::ObjectCompr { .. } => None,
        _ => children(expr).0.into_iter().find_map(wildcard),
    }
}

/// Where a reference starts: regorus's span of `a.b` begins at the dot.
pub fn leftmost(expr: &Expr) -> &Span {
    match expr {
        Expr::RefDot { refr, .. } | Expr::RefBrack { refr, .. } => leftmost(refr),
        other => other.span(),
    }
}

/// A reference as written, from its leftmost name to its end (`data.a.f`).
pub fn ref_text(expr: &Expr) -> &str {
    let span = expr.span();
    let start = leftmost(expr).start as usize;
    let contents = span.source.get_contents();
    contents
        .get(start..span.end as usize)
        .unwrap_or(span.text())
}
