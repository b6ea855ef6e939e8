//! Moving expressions out of a statement into assignments to fresh locals
//! written just before it, as OPA's compiler does with its `__localN__`
//! variables. Shared by the stages that need OPA's evaluation order.

use regorus::unstable::{Expr, LiteralStmt};

use super::edit::Edit;

pub struct Hoister<'t> {
    text: &'t str,
    /// The fresh locals are `<prefix>0`, `<prefix>1`, ... within one module.
    prefix: &'static str,
    count: usize,
    pub edits: Vec<Edit>,
}

impl<'t> Hoister<'t> {
    pub fn new(text: &'t str, prefix: &'static str) -> Self {
        Self {
            text,
            prefix,
            count: 0,
            edits: Vec::new(),
        }
    }

    /// Each of `exprs` (inside `stmt`) becomes a fresh local assigned before
    /// `stmt`; `suffix` follows each assigned value (the statement's `with`
    /// modifiers, where they must apply to it too).
    pub fn hoist(&mut self, stmt: &LiteralStmt, exprs: &[&Expr], suffix: &str) {
        if exprs.is_empty() {
            return;
        }
        let mut assignments = String::new();
        for expr in exprs {
            let span = expr.span();
            let (start, end) = (span.start as usize, span.end as usize);
            let name = format!("{}{}", self.prefix, self.count);
            self.count += 1;
            assignments.push_str(&format!("{name} := {}{suffix}; ", &self.text[start..end]));
            self.edits.push(Edit::replace(start, end, name));
        }
        let start = stmt.span.start as usize;
        let end = stmt
            .with_mods
            .iter()
            .map(|w| w.span.end)
            .fold(stmt.span.end, u32::max) as usize;
        // A body written without braces (`p if not f(x)`) holds one
        // statement only, so it gets braces.
        if self.text[..start].trim_end().ends_with("if") {
            self.edits
                .push(Edit::insert(start, format!("{{ {assignments}")));
            self.edits.push(Edit::insert(end, " }"));
        } else {
            self.edits.push(Edit::insert(start, assignments));
        }
    }
}
