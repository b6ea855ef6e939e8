//! Stage `hoist_negated_operands`: in `not f(input.x)`, OPA evaluates the
//! operands of the call before the negation (its compiler moves them into
//! assignments of their own, `RewriteExprTerms` and `RewriteDynamicTerms`),
//! so an undefined operand makes the whole body undefined rather than the
//! `not` true. regorus negates the undefined call. This stage writes what
//! OPA's compiler does: `__tfguard_not0 := input.x; not f(__tfguard_not0)`,
//! with the statement's `with` modifiers on the assignment too.
//!
//! What OPA hoists, measured against its engine: every operand of a call,
//! of an operator other than `==`/`=`, and of `in` that is a reference, a
//! call or a composite holding one; for `==` and `=`, only calls and
//! composites (a bare reference stays under the `not`). Operands that
//! iterate (`_`) are left alone: OPA rejects those inside `not`.

use regorus::unstable::{AssignOp, BoolOp, Expr, Literal, LiteralStmt, Module};

use super::edit::Edit;
use super::walk::{Visitor, visit_rule};
use super::{Packages, PolicyError};

pub fn hoist(module: &Module, text: &str, packages: &Packages) -> Result<Vec<Edit>, PolicyError> {
    let mut hoister = Hoister {
        module,
        packages,
        text,
        edits: Vec::new(),
        count: 0,
    };
    for rule in &module.policy {
        visit_rule(rule, &mut hoister);
    }
    Ok(hoister.edits)
}

struct Hoister<'a> {
    module: &'a Module,
    packages: &'a Packages,
    text: &'a str,
    edits: Vec<Edit>,
    count: usize,
}

impl Visitor for Hoister<'_> {
    fn stmt(&mut self, stmt: &LiteralStmt) {
        let Literal::NotExpr { expr, .. } = &stmt.literal else {
            return;
        };
        let (operands, bare_refs): (Vec<&Expr>, bool) = match expr.as_ref() {
            Expr::Call { params, .. } => (params.iter().map(|p| p.as_ref()).collect(), true),
            Expr::BoolExpr { op, lhs, rhs, .. } => (vec![lhs, rhs], !matches!(op, BoolOp::Eq)),
            Expr::AssignExpr {
                op: AssignOp::Eq,
                lhs,
                rhs,
                ..
            } => (vec![lhs, rhs], false),
            Expr::ArithExpr { lhs, rhs, .. } | Expr::BinExpr { lhs, rhs, .. } => {
                (vec![lhs, rhs], true)
            }
            Expr::Membership {
                key,
                value,
                collection,
                ..
            } => {
                let mut all: Vec<&Expr> = key.iter().map(|k| k.as_ref()).collect();
                all.push(value);
                all.push(collection);
                (all, true)
            }
            _ => return,
        };
        let with: String = stmt
            .with_mods
            .iter()
            .map(|w| format!(" {}", w.span.text()))
            .collect();
        let mut assignments = String::new();
        for operand in operands {
            if !self.dynamic(operand, bare_refs) || iterates(operand) {
                continue;
            }
            let span = operand.span();
            let name = format!("__tfguard_not{}", self.count);
            self.count += 1;
            let value = &self.text[span.start as usize..span.end as usize];
            assignments.push_str(&format!("{name} := {value}{with}; "));
            self.edits
                .push(Edit::replace(span.start as usize, span.end as usize, name));
        }
        if !assignments.is_empty() {
            let end = stmt
                .with_mods
                .iter()
                .map(|w| w.span.end)
                .fold(stmt.span.end, u32::max);
            let (start, end) = (stmt.span.start as usize, end as usize);
            self.edits.extend(super::edit::before_statement(
                self.text,
                start,
                end,
                assignments,
            ));
        }
    }
}

impl Hoister<'_> {
    /// Whether OPA evaluates `operand` outside the negation: a call or a
    /// composite holding a reference or call always; a bare reference (or a
    /// rule's name) when `bare_refs`.
    fn dynamic(&self, operand: &Expr, bare_refs: bool) -> bool {
        match operand {
            Expr::Var { span, .. } => bare_refs && self.packages.defines(self.module, span.text()),
            Expr::RefDot { .. } | Expr::RefBrack { .. } => bare_refs,
            Expr::Call { .. }
            | Expr::ArithExpr { .. }
            | Expr::BinExpr { .. }
            | Expr::BoolExpr { .. }
            | Expr::Membership { .. } => true,
            Expr::Array { items, .. } | Expr::Set { items, .. } => {
                items.iter().any(|i| self.dynamic(i, true))
            }
            Expr::Object { fields, .. } => fields
                .iter()
                .any(|(_, k, v)| self.dynamic(k, true) || self.dynamic(v, true)),
            _ => false,
        }
    }
}

/// Whether `expr` mentions `_` (iteration, which OPA refuses under `not`).
fn iterates(expr: &Expr) -> bool {
    struct Wildcard(bool);
    impl Visitor for Wildcard {
        fn expr(&mut self, expr: &Expr) {
            if let Expr::Var { span, .. } = expr {
                self.0 |= span.text() == "_";
            }
        }
    }
    let mut found = Wildcard(false);
    super::walk::visit_expr(expr, &mut found);
    found.0
}
