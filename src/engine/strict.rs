//! Compile checks OPA makes and regorus does not, over regorus's parsed
//! modules (`regorus::unstable`), with OPA's messages.
//!
//! Always, as OPA: a variable declared with `some` or bound by `every` must
//! be used (`some _` never is). Always for Rego v1 modules, and for every
//! module in strict mode: no duplicate imports, no deprecated built-ins, no
//! rule or variable named `input` or `data` (regorus already rejects those
//! in v1). In strict mode only (`conftest test --strict`, `opa check
//! --strict`): unused local assignments, unused function arguments and
//! unused imports.
//!
//! OPA stops at the first compiler stage that has errors; these are all
//! reported at once.
//!
//! Shadowing is not modelled: a name counts as used when any other occurrence
//! of it exists in the rule. That can miss an unused variable that a nested
//! scope shadows, but it never reports a variable that is used.

use std::collections::{BTreeMap, BTreeSet};

use regorus::unstable::{AssignOp, Expr, Literal, LiteralStmt, Module, Rule, RuleHead, Span};

use crate::policy::CompileError;
use crate::rego::walk::{Visitor, import_alias, pattern_vars, rule_head, visit_rule, wildcard};

/// Built-ins OPA deprecates: those the front end runs for v0 modules, and
/// two with names of their own here.
fn deprecated_builtin(name: &str) -> bool {
    crate::rego::DEPRECATED
        .iter()
        .any(|(deprecated, _)| *deprecated == name)
        || matches!(name, "re_match" | "net.cidr_overlap")
}

/// Names a rule or variable may not take.
const RESERVED: &[&str] = &["input", "data"];

/// Every violation in `modules` (the user's own, before the front end's
/// rewrites), sorted by location: those OPA always reports, and with
/// `strict` those of its strict mode.
pub fn compile_errors(modules: &[Module], strict: bool) -> Vec<CompileError> {
    // A call resolves to a function of the package before a built-in.
    let mut functions: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for module in modules.iter() {
        let package = functions
            .entry(module.package.refr.span().text())
            .or_default();
        for rule in &module.policy {
            if let Rule::Spec {
                head: RuleHead::Func { refr, .. },
                ..
            } = rule.as_ref()
            {
                package.insert(refr.span().text());
            }
        }
    }
    let mut errors = Vec::new();
    for module in modules.iter() {
        let mut checks = ModuleChecks {
            strict,
            v1_or_strict: strict || module.rego_v1,
            functions: &functions[module.package.refr.span().text()],
            errors: &mut errors,
        };
        for rule in &module.policy {
            checks.rule(rule);
        }
        checks.imports(module);
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

/// The checks of one module, and which of them apply.
struct ModuleChecks<'a> {
    strict: bool,
    /// The checks OPA makes for Rego v1 modules even without strict mode.
    v1_or_strict: bool,
    /// Functions the module's package defines (they shadow built-ins).
    functions: &'a BTreeSet<&'a str>,
    errors: &'a mut Vec<CompileError>,
}

impl ModuleChecks<'_> {
    fn rule(&mut self, rule: &Rule) {
        let (refr, args) = rule_head(rule);
        let written = refr.span().text();
        let name = written.split(['.', '[']).next().unwrap_or(written);
        if self.v1_or_strict && RESERVED.contains(&name) {
            self.errors.push(error(
                refr.span(),
                format!("rules must not shadow {name} (use a different rule name)"),
            ));
        }

        let mut occurrences = Occurrences::default();
        visit_rule(rule, &mut occurrences);
        // A `_` under `not` iterates, and a negation cannot bind: unsafe.
        for span in &occurrences.negated_wildcards {
            self.errors.push(CompileError {
                category: "rego_unsafe_var_error",
                ..error(span, "var _ is unsafe".to_owned())
            });
        }
        if self.v1_or_strict {
            for (span, name) in &occurrences.calls {
                if deprecated_builtin(name) && !self.functions.contains(name.as_str()) {
                    self.errors.push(CompileError {
                        category: "rego_type_error",
                        ..error(
                            span,
                            format!("deprecated built-in function calls in expression: {name}"),
                        )
                    });
                }
            }
        }
        visit_rule(
            rule,
            &mut Declarations {
                occurrences: &occurrences,
                strict: self.strict,
                reserved: self.v1_or_strict,
                errors: self.errors,
            },
        );
        if !self.strict || !matches!(rule, Rule::Spec { .. }) {
            return;
        }
        for var in args.iter().flat_map(|a| pattern_vars(a)) {
            let name = var.span().text();
            if !occurrences.used_elsewhere(name, var.span().start) {
                self.errors.push(error(
                    var.span(),
                    format!("unused argument {name}. (hint: use _ (wildcard variable) instead)"),
                ));
            }
        }
    }

    /// No two imports share a name (v1 or strict); each is used (strict).
    fn imports(&mut self, module: &Module) {
        let mut module_vars = Occurrences::default();
        for rule in &module.policy {
            visit_rule(rule, &mut module_vars);
        }
        let mut seen: Vec<(String, &str)> = Vec::new();
        for import in &module.imports {
            let path = import.refr.span().text();
            if path == "rego.v1" || path.starts_with("future.") {
                continue;
            }
            let alias = import_alias(import);
            let written = import.span.text();
            if let Some((_, first)) = seen.iter().find(|(name, _)| *name == alias) {
                if self.v1_or_strict {
                    self.errors.push(error(
                        &import.span,
                        format!("import must not shadow {first}"),
                    ));
                }
            } else {
                seen.push((alias.clone(), written));
            }
            if self.strict && !module_vars.used(&alias) {
                self.errors
                    .push(error(&import.span, format!("{written} unused")));
            }
        }
    }
}

/// Every variable occurrence in a rule (name and byte offset), every
/// function call (location and name as written), and every `_` directly
/// under a `not`.
#[derive(Default)]
struct Occurrences {
    vars: Vec<(String, u32)>,
    calls: Vec<(Span, String)>,
    negated_wildcards: Vec<Span>,
}

impl Occurrences {
    /// Whether `name` occurs anywhere but at byte offset `at`.
    fn used_elsewhere(&self, name: &str, at: u32) -> bool {
        self.vars.iter().any(|(n, pos)| n == name && *pos != at)
    }

    fn used(&self, name: &str) -> bool {
        self.vars.iter().any(|(n, _)| n == name)
    }
}

impl Visitor for Occurrences {
    fn expr(&mut self, expr: &Expr) {
        if let Some(name) = var_name(expr) {
            self.vars.push((name.to_owned(), expr.span().start));
        }
        if let Expr::Call { fcn, span, .. } = expr {
            self.calls
                .push((span.clone(), fcn.span().text().to_owned()));
        }
    }

    fn stmt(&mut self, stmt: &LiteralStmt) {
        if let Literal::NotExpr { expr, .. } = &stmt.literal
            && let Some(span) = wildcard(expr)
        {
            self.negated_wildcards.push(span.clone());
        }
    }
}

/// Checks each statement's declarations against the rule's occurrences:
/// `some` and `every` always, `:=` in strict mode, and reserved names.
struct Declarations<'a> {
    occurrences: &'a Occurrences,
    strict: bool,
    reserved: bool,
    errors: &'a mut Vec<CompileError>,
}

impl Declarations<'_> {
    fn declared_unused(&mut self, var: &Span) {
        let name = var.text();
        if name == "_" || !self.occurrences.used(name) {
            self.errors
                .push(error(var, format!("declared var {name} unused")));
        }
    }
}

impl Visitor for Declarations<'_> {
    fn stmt(&mut self, stmt: &LiteralStmt) {
        match &stmt.literal {
            Literal::Expr { expr, .. } => {
                let Expr::AssignExpr {
                    op: AssignOp::ColEq,
                    lhs,
                    ..
                } = expr.as_ref()
                else {
                    return;
                };
                for var in pattern_vars(lhs) {
                    let name = var.span().text();
                    if self.reserved && RESERVED.contains(&name) {
                        self.errors.push(error(
                            var.span(),
                            format!(
                                "variables must not shadow {name} (use a different variable name)"
                            ),
                        ));
                    } else if self.strict
                        && !self.occurrences.used_elsewhere(name, var.span().start)
                    {
                        self.errors
                            .push(error(var.span(), format!("assigned var {name} unused")));
                    }
                }
            }
            Literal::SomeVars { vars, .. } => vars.iter().for_each(|v| self.declared_unused(v)),
            Literal::Every { key, value, .. } => {
                for var in key.iter().chain([value]) {
                    if var.text() != "_" {
                        self.declared_unused(var);
                    }
                }
            }
            _ => {}
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
