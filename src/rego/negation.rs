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
//! iterate (`_`) are left alone: OPA rejects those inside `not`. A module
//! that imports OPA's `not` keyword (`future.keywords.not`, or
//! `future.keywords`) negates the operands too, and is left as written.

use regorus::unstable::{AssignOp, BoolOp, Expr, Literal, LiteralStmt, Module};

use super::edit::Edit;
use super::hoist::Hoister;
use super::walk::{Visitor, children, visit_rule, wildcard};
use super::{Context, PolicyError};

pub fn hoist(module: &Module, text: &str, context: &Context) -> Result<Vec<Edit>, PolicyError> {
    // With OPA's `not` keyword (`import future.keywords.not`, or every
    // future keyword), the negation covers its operands too.
    let negates_operands = module.imports.iter().any(|import| {
        matches!(
            import.refr.span().text(),
            "future.keywords.not" | "future.keywords"
        )
    });
    if negates_operands {
        return Ok(Vec::new());
    }
    let mut negations = Negations {
        module,
        context,
        hoister: Hoister::new(text, "__tfguard_not"),
    };
    for rule in &module.policy {
        visit_rule(rule, &mut negations);
    }
    Ok(negations.hoister.edits)
}

struct Negations<'a> {
    module: &'a Module,
    context: &'a Context,
    hoister: Hoister<'a>,
}

impl Visitor for Negations<'_> {
    fn stmt(&mut self, stmt: &LiteralStmt) {
        let Literal::NotExpr { expr, .. } = &stmt.literal else {
            return;
        };
        let bare_refs = match expr.as_ref() {
            Expr::Call { .. }
            | Expr::ArithExpr { .. }
            | Expr::BinExpr { .. }
            | Expr::Membership { .. } => true,
            Expr::BoolExpr { op, .. } => !matches!(op, BoolOp::Eq),
            Expr::AssignExpr {
                op: AssignOp::Eq, ..
            } => false,
            _ => return,
        };
        let mut operands = children(expr).0;
        if matches!(expr.as_ref(), Expr::Call { .. }) {
            // The function's name is not an operand.
            operands.remove(0);
        }
        let hoisted: Vec<&Expr> = operands
            .into_iter()
            .filter(|operand| self.dynamic(operand, bare_refs) && wildcard(operand).is_none())
            .collect();
        let with: String = stmt
            .with_mods
            .iter()
            .map(|w| format!(" {}", w.span.text()))
            .collect();
        self.hoister.hoist(stmt, &hoisted, &with);
    }
}

impl Negations<'_> {
    /// Whether OPA evaluates `operand` outside the negation: a call or a
    /// composite holding a reference or call always; a bare reference (or a
    /// rule's name) when `bare_refs`.
    fn dynamic(&self, operand: &Expr, bare_refs: bool) -> bool {
        match operand {
            Expr::Var { span, .. } => bare_refs && self.context.defines(self.module, span.text()),
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
