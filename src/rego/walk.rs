//! Walking regorus's parsed modules: every expression and statement of a
//! rule, those inside comprehensions and `every` bodies included. Shared by
//! the front end's stages and OPA's compile checks.

use regorus::unstable::{Expr, ExprRef, Literal, LiteralStmt, Query, Rule, RuleHead};

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
        match &stmt.literal {
            Literal::SomeVars { .. } => {}
            Literal::SomeIn {
                key,
                value,
                collection,
                ..
            } => visit_membership(key.as_ref(), value, collection, v),
            Literal::Expr { expr, .. } | Literal::NotExpr { expr, .. } => visit_expr(expr, v),
            Literal::Every { domain, query, .. } => {
                visit_expr(domain, v);
                visit_query(query, v);
            }
        }
        for with in &stmt.with_mods {
            visit_expr(&with.refr, v);
            visit_expr(&with.r#as, v);
        }
    }
}

pub fn visit_expr(expr: &Expr, v: &mut impl Visitor) {
    v.expr(expr);
    match expr {
        Expr::Array { items, .. } | Expr::Set { items, .. } => {
            items.iter().for_each(|i| visit_expr(i, v));
        }
        Expr::Object { fields, .. } => {
            for (_, key, value) in fields {
                visit_expr(key, v);
                visit_expr(value, v);
            }
        }
        Expr::ArrayCompr { term, query, .. } | Expr::SetCompr { term, query, .. } => {
            visit_expr(term, v);
            visit_query(query, v);
        }
        Expr::ObjectCompr {
            key, value, query, ..
        } => {
            visit_expr(key, v);
            visit_expr(value, v);
            visit_query(query, v);
        }
        Expr::Call { fcn, params, .. } => {
            visit_expr(fcn, v);
            params.iter().for_each(|p| visit_expr(p, v));
        }
        Expr::UnaryExpr { expr, .. } => visit_expr(expr, v),
        Expr::RefDot { refr, .. } => visit_expr(refr, v),
        Expr::RefBrack { refr, index, .. } => {
            visit_expr(refr, v);
            visit_expr(index, v);
        }
        Expr::BinExpr { lhs, rhs, .. }
        | Expr::BoolExpr { lhs, rhs, .. }
        | Expr::ArithExpr { lhs, rhs, .. }
        | Expr::AssignExpr { lhs, rhs, .. } => {
            visit_expr(lhs, v);
            visit_expr(rhs, v);
        }
        Expr::Membership {
            key,
            value,
            collection,
            ..
        } => visit_membership(key.as_ref(), value, collection, v),
        _ => {}
    }
}

/// `key, value in collection`, as a `some` declaration or an expression.
fn visit_membership(key: Option<&ExprRef>, value: &Expr, collection: &Expr, v: &mut impl Visitor) {
    if let Some(key) = key {
        visit_expr(key, v);
    }
    visit_expr(value, v);
    visit_expr(collection, v);
}
