//! Constructs regorus's compiled VM answers differently from OPA, found by
//! comparing it with the interpreter; where a policy the VM would run has
//! one, the VM is not used.
//!
//! regorus 0.14.1's VM gives `undefined`, not the `else` value, when a rule
//! body followed by `else` iterates (`some x in xs`, `xs[_]`) and finds no
//! solution: `f(xs) := true if { some x in xs; x == 1 } else := false` is
//! undefined for `f([2])`. A comprehension in that body is not affected.

use regorus::unstable::{Expr, Literal, Module, Rule};

use crate::rego::walk;

/// The first rule of `module` with a body the VM would answer wrongly: its
/// name and line.
pub fn iterating_body_before_else(module: &Module) -> Option<(String, u32)> {
    module.policy.iter().find_map(|rule| {
        let Rule::Spec { bodies, .. } = rule.as_ref() else {
            return None;
        };
        bodies
            .windows(2)
            .filter(|pair| pair[1].is_else)
            .map(|pair| &pair[0])
            .find(|body| body.query.stmts.iter().any(iterates))
            .map(|body| (walk::rule_name(rule).to_owned(), body.span.line))
    })
}

/// Whether a statement may iterate: `some`, `every`, or a reference with a
/// variable index outside comprehensions (a bound variable is counted too:
/// telling them apart would need the body's bindings, and a false alarm
/// only costs the VM's speed).
fn iterates(stmt: &regorus::unstable::LiteralStmt) -> bool {
    match &stmt.literal {
        Literal::SomeVars { .. } | Literal::SomeIn { .. } | Literal::Every { .. } => true,
        Literal::Expr { .. } | Literal::NotExpr { .. } => walk::statement_exprs(stmt)
            .into_iter()
            .any(indexes_with_variable),
    }
}

fn indexes_with_variable(expr: &Expr) -> bool {
    match expr {
        Expr::RefBrack { index, .. } if matches!(index.as_ref(), Expr::Var { .. }) => true,
        Expr::ArrayCompr { .. } | Expr::SetCompr { .. } | Expr::ObjectCompr { .. } => false,
        other => walk::children(other)
            .0
            .into_iter()
            .any(indexes_with_variable),
    }
}

#[cfg(test)]
mod tests {
    use super::iterating_body_before_else;

    fn found(rules: &str) -> Option<(String, u32)> {
        let text = format!("package p\n\nimport rego.v1\n\n{rules}\n");
        let source = regorus::unstable::Source::from_contents("p.rego".into(), text).unwrap();
        let mut parser = regorus::unstable::Parser::new(&source).unwrap();
        parser.enable_rego_v1().unwrap();
        iterating_body_before_else(&parser.parse().unwrap())
    }

    #[test]
    fn iteration_before_else_is_found() {
        for (rules, name) in [
            (
                "f(xs) := true if {\n\tsome x in xs\n\tx == 1\n} else := false",
                "f",
            ),
            ("r := 1 if {\n\tinput.xs[_] == 1\n} else := 2", "r"),
            (
                "r := 1 if {\n\tsome i\n\tinput.xs[i] == 1\n} else := 2",
                "r",
            ),
            (
                "r := 1 if {\n\tevery x in input.xs { x == 1 }\n} else := 2",
                "r",
            ),
            (
                "r := 1 if {\n\tfalse\n} else := 2 if {\n\tsome x in input.xs\n} else := 3",
                "r",
            ),
        ] {
            assert_eq!(
                found(rules).map(|(rule, _)| rule),
                Some(name.to_owned()),
                "{rules}"
            );
        }
        assert_eq!(
            found("a := 1\n\nr := 1 if {\n\tsome x in input.xs\n} else := 2")
                .unwrap()
                .1,
            7
        );
    }

    #[test]
    fn comprehensions_and_the_last_body_are_not_iteration_before_else() {
        for rules in [
            "r := 1 if {\n\txs := [x | some x in input.xs]\n\tcount(xs) > 0\n} else := 2",
            "r := 1 if {\n\tfalse\n} else := 2 if {\n\tsome x in input.xs\n}",
            "r contains x if {\n\tsome x in input.xs\n}",
            "r := 1 if {\n\tinput.xs[0] == 1\n} else := 2",
        ] {
            assert_eq!(found(rules), None, "{rules}");
        }
    }
}
