//! Compile checks OPA makes and regorus does not, over regorus's parsed
//! modules (`regorus::unstable`), with OPA's messages.
//!
//! Always: a variable declared with `some` must be used. With strict mode
//! (`conftest test --strict`, `opa check --strict`) also: unused local
//! assignments, unused function arguments, unused and duplicate imports, and
//! deprecated built-ins (regorus accepts some of them in Rego v0). regorus
//! itself already rejects rules and variables named `input` or `data`.
//!
//! OPA stops at the first compiler stage that has errors; these are all
//! reported at once.
//!
//! Shadowing is not modelled: a name counts as used when any other occurrence
//! of it exists in the rule. That can miss an unused variable that a nested
//! scope shadows, but it never reports a variable that is used.

use regorus::unstable::{
    AssignOp, Expr, ExprRef, Literal, LiteralStmt, Module, Query, Rule, RuleHead, Span,
};

/// One violation, located in its policy file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CompileError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// OPA's error category: `rego_compile_error` or `rego_type_error`.
    pub category: &'static str,
    pub message: String,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file, self.line, self.category, self.message
        )
    }
}

/// Built-ins OPA's strict mode rejects as deprecated.
const DEPRECATED_BUILTINS: &[&str] = &[
    "all",
    "any",
    "cast_array",
    "cast_boolean",
    "cast_null",
    "cast_object",
    "cast_set",
    "cast_string",
    "net.cidr_overlap",
    "re_match",
    "set_diff",
];

/// Every violation in the engine's modules, sorted by location: those OPA
/// always reports, and with `strict` those of its strict mode.
pub fn compile_errors(engine: &mut regorus::Engine, strict: bool) -> Vec<CompileError> {
    let mut errors = Vec::new();
    for module in engine.get_modules().iter() {
        for rule in &module.policy {
            check_rule(rule, strict, &mut errors);
        }
        if strict {
            check_imports(module, &mut errors);
        }
    }
    errors.sort();
    errors.dedup();
    errors
}

fn error(span: &Span, message: String) -> CompileError {
    CompileError {
        file: span.source.get_path().clone(),
        line: span.line as usize,
        column: span.col as usize,
        category: "rego_compile_error",
        message,
    }
}

/// Strict mode: each import is used, and no two share a name.
fn check_imports(module: &Module, errors: &mut Vec<CompileError>) {
    let mut module_vars = Occurrences::default();
    for rule in &module.policy {
        visit_rule(rule, &mut module_vars);
    }
    let mut aliases: Vec<&str> = Vec::new();
    for import in &module.imports {
        let path = import.refr.span().text();
        if path == "rego.v1" || path.starts_with("future.") {
            continue;
        }
        let alias = import.r#as.as_ref().map_or_else(
            || path.rsplit('.').next().unwrap_or(path),
            |alias| alias.text(),
        );
        let written = import.span.text();
        if aliases.contains(&alias) {
            errors.push(error(
                &import.span,
                format!("import must not shadow {written}"),
            ));
        }
        aliases.push(alias);
        if !module_vars.vars.iter().any(|(name, _)| name == alias) {
            errors.push(error(&import.span, format!("{written} unused")));
        }
    }
}

/// Every variable occurrence in a rule (name and byte offset) and every call
/// of a deprecated built-in.
#[derive(Default)]
struct Occurrences {
    vars: Vec<(String, u32)>,
    deprecated: Vec<CompileError>,
}

impl Occurrences {
    /// Whether `name` occurs anywhere but at byte offset `at`.
    fn used_elsewhere(&self, name: &str, at: u32) -> bool {
        self.vars.iter().any(|(n, pos)| n == name && *pos != at)
    }
}

impl Visitor for Occurrences {
    fn expr(&mut self, expr: &Expr) {
        if let Some(name) = var_name(expr) {
            self.vars.push((name.to_owned(), expr.span().start));
        }
        if let Expr::Call { fcn, span, .. } = expr {
            let name = fcn.span().text();
            if DEPRECATED_BUILTINS.contains(&name) {
                self.deprecated.push(CompileError {
                    category: "rego_type_error",
                    ..error(
                        span,
                        format!("deprecated built-in function calls in expression: {name}"),
                    )
                });
            }
        }
    }
}

/// Checks each statement's declarations against the rule's occurrences:
/// `some` always, `:=` in strict mode.
struct Declarations<'a> {
    occurrences: &'a Occurrences,
    strict: bool,
    errors: &'a mut Vec<CompileError>,
}

impl Visitor for Declarations<'_> {
    fn stmt(&mut self, stmt: &LiteralStmt) {
        match &stmt.literal {
            Literal::Expr { expr, .. } if self.strict => {
                let Expr::AssignExpr {
                    op: AssignOp::ColEq,
                    lhs,
                    ..
                } = expr.as_ref()
                else {
                    return;
                };
                for var in declared_vars(lhs) {
                    let name = var.span().text();
                    if !self.occurrences.used_elsewhere(name, var.span().start) {
                        self.errors
                            .push(error(var.span(), format!("assigned var {name} unused")));
                    }
                }
            }
            Literal::SomeVars { vars, .. } => {
                for var in vars {
                    let name = var.text();
                    if name != "_" && !self.occurrences.vars.iter().any(|(n, _)| n == name) {
                        self.errors
                            .push(error(var, format!("declared var {name} unused")));
                    }
                }
            }
            _ => {}
        }
    }
}

fn check_rule(rule: &Rule, strict: bool, errors: &mut Vec<CompileError>) {
    let args = match rule {
        Rule::Spec {
            head: RuleHead::Func { args, .. },
            ..
        } => &args[..],
        _ => &[][..],
    };
    let mut occurrences = Occurrences::default();
    visit_rule(rule, &mut occurrences);
    visit_rule(
        rule,
        &mut Declarations {
            occurrences: &occurrences,
            strict,
            errors,
        },
    );
    if !strict {
        return;
    }
    errors.append(&mut occurrences.deprecated);
    for var in args.iter().flat_map(|a| declared_vars(a)) {
        let name = var.span().text();
        if !occurrences.used_elsewhere(name, var.span().start) {
            errors.push(error(
                var.span(),
                format!("unused argument {name}. (hint: use _ (wildcard variable) instead)"),
            ));
        }
    }
}

/// The name of a variable expression, `_` excluded.
fn var_name(expr: &Expr) -> Option<&str> {
    match expr {
        Expr::Var { span, .. } if span.text() != "_" => Some(span.text()),
        _ => None,
    }
}

/// The variables a pattern (`x`, `[x, y]`, `{"k": x}`) binds.
fn declared_vars(pattern: &Expr) -> Vec<&Expr> {
    match pattern {
        Expr::Var { .. } => var_name(pattern).map(|_| pattern).into_iter().collect(),
        Expr::Array { items, .. } => items.iter().flat_map(|i| declared_vars(i)).collect(),
        Expr::Object { fields, .. } => fields
            .iter()
            .flat_map(|(_, _, v)| declared_vars(v))
            .collect(),
        _ => Vec::new(),
    }
}

/// What a walk over a rule calls back: every expression and every statement,
/// those inside comprehensions and `every` bodies included.
trait Visitor {
    fn expr(&mut self, _expr: &Expr) {}
    fn stmt(&mut self, _stmt: &LiteralStmt) {}
}

/// Walks a rule: head, arguments, values, bodies.
fn visit_rule(rule: &Rule, v: &mut impl Visitor) {
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

fn visit_query(query: &Query, v: &mut impl Visitor) {
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

fn visit_expr(expr: &Expr, v: &mut impl Visitor) {
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
