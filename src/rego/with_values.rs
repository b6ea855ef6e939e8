//! Stage `rewrite_with_values`: `r with input as v`, where `v` is computed
//! by rules, gets `v` assigned to a local before the statement, as OPA's
//! `RewriteWithModifiers` does. regorus computes `v` after it has set the
//! rule cache aside for the `with`, so rules that computing `v` evaluated
//! stay cached under the old input and `r` reads stale values.

use regorus::unstable::{Expr, LiteralStmt, Module};

use super::edit::Edit;
use super::hoist::Hoister;
use super::walk::{Visitor, visit_rule};
use super::{Context, PolicyError};

pub fn hoist(module: &Module, text: &str, _context: &Context) -> Result<Vec<Edit>, PolicyError> {
    let mut withs = Withs(Hoister::new(text, "__tfguard_with"));
    for rule in &module.policy {
        visit_rule(rule, &mut withs);
    }
    Ok(withs.0.edits)
}

struct Withs<'a>(Hoister<'a>);

impl Visitor for Withs<'_> {
    fn stmt(&mut self, stmt: &LiteralStmt) {
        let values: Vec<&Expr> = stmt
            .with_mods
            .iter()
            .map(|w| w.r#as.as_ref())
            .filter(|value| computed(value))
            .collect();
        self.0.hoist(stmt, &values, "");
    }
}

/// Whether evaluating `expr` may evaluate rules: a reference or a call.
/// (Composites are left as written: hoisting them is not needed for the
/// cases measured, and literal inputs in `_test.rego` files are the common
/// case.)
fn computed(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::RefDot { .. } | Expr::RefBrack { .. } | Expr::Call { .. }
    )
}
