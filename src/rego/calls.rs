//! Stage `resolve_builtins`: calls to built-ins whose OPA semantics regorus
//! lacks go to tfguard's extensions (`engine/builtins`), and built-ins that a
//! plan gate must never run are refused, as OPA's `CheckBuiltins` refuses
//! what its capabilities leave out. A function of the module's package with
//! the same name shadows the built-in and is left alone.
//!
//! - `sprintf`: Go's `fmt` verbs, widths and flags, as OPA formats.
//! - `json.patch`: a failing operation is an error, as in OPA (regorus
//!   makes it undefined even when strict).
//! - Rego v0 only, the deprecated built-ins OPA still runs there: `re_match`
//!   is `regex.match`; `any`, `all`, `set_diff` and the `cast_*` family are
//!   extensions.
//! - `some x in xs`: OPA iterates nothing when `xs` is not a collection;
//!   regorus's interpreter errors, so the collection goes through
//!   `iterable` (not in the built-in library, which runs on the VM).
//! - `[k, v] = walk(x)`: written `walk(x, [k, v])`.
//! - A built-in that a `with` anywhere replaces (`with sprintf as v`) keeps
//!   regorus's own, which `with` can replace; an extension cannot be.
//! - Network built-ins (`http.send`, `net.lookup_ip_addr`): refused.

use std::collections::BTreeSet;

use regorus::unstable::{Expr, Literal, LiteralStmt, Module, Span};

use super::edit::Edit;
use super::walk::{Visitor, leftmost, visit_rule};
use super::{Context, PolicyError, refusal};

/// The prefix of every extension the front end routes calls to;
/// `engine::builtins` registers each under `<prefix><name>`.
pub const EXTENSION_PREFIX: &str = "__tfguard_";

/// Built-ins that reach the network: never run from a plan gate.
const NETWORK: &[&str] = &["http.send", "net.lookup_ip_addr", "opa.runtime"];

/// Built-ins whose OPA semantics regorus lacks, run as extensions
/// `<prefix><name with _ for .>`, with their arity.
const ROUTED: &[(&str, usize)] = &[("sprintf", 2), ("json.patch", 2)];

/// Deprecated built-ins (Rego v0) that run as extensions, with their arity;
/// `re_match` is `regex.match`.
pub const DEPRECATED: &[(&str, usize)] = &[
    ("any", 1),
    ("all", 1),
    ("set_diff", 2),
    ("cast_array", 1),
    ("cast_set", 1),
    ("cast_string", 1),
    ("cast_boolean", 1),
    ("cast_null", 1),
    ("cast_object", 1),
];

/// What this stage makes of a call of the built-in `name` with `arity`
/// arguments in the built-in library (Rego v1), where no rule of the
/// package is named so: the name it calls then, or `None` when the stage
/// rewrites more than the name or refuses the call. `mocked` are the
/// built-ins some `with` replaces.
pub fn library_call(name: &str, arity: usize, mocked: &BTreeSet<String>) -> Option<String> {
    if NETWORK.contains(&name)
        || name == "walk"
        || name == "re_match"
        || DEPRECATED.iter().any(|(n, _)| *n == name)
    {
        return None;
    }
    match ROUTED.iter().find(|(n, _)| *n == name) {
        Some(_) if mocked.contains(name) => Some(name.to_owned()),
        Some((_, routed_arity)) if *routed_arity == arity => Some(extension(name)),
        Some(_) => None,
        None => Some(name.to_owned()),
    }
}

/// The extension a routed built-in `name` runs as.
fn extension(name: &str) -> String {
    format!("{EXTENSION_PREFIX}{}", name.replace('.', "_"))
}

pub fn resolve(module: &Module, text: &str, context: &Context) -> Result<Vec<Edit>, PolicyError> {
    let mut resolver = Resolver {
        module,
        built_in: crate::policy::is_builtin(module.package.span.source.get_path()),
        context,
        text,
        edits: Vec::new(),
        refused: None,
    };
    for rule in &module.policy {
        visit_rule(rule, &mut resolver);
    }
    match resolver.refused {
        Some(error) => Err(error),
        None => Ok(resolver.edits),
    }
}

struct Resolver<'a> {
    module: &'a Module,
    /// A file of the built-in library, whose checks run on regorus's VM:
    /// the VM iterates nothing over a non-collection, as OPA does, so its
    /// `some x in xs` needs no `iterable` (a host call, 7% of the VM's
    /// time). Where the interpreter runs them, such an iteration is an
    /// error, never a wrong answer; `tests/optimisations.rs` holds the two
    /// to the same results on the plan corpus and attribute variants.
    built_in: bool,
    context: &'a Context,
    text: &'a str,
    edits: Vec<Edit>,
    refused: Option<PolicyError>,
}

impl Visitor for Resolver<'_> {
    fn expr(&mut self, expr: &Expr) {
        if let Expr::AssignExpr { lhs, rhs, .. } = expr {
            self.walk_output(expr, lhs, rhs);
            self.walk_output(expr, rhs, lhs);
        }
        let Expr::Call { fcn, .. } = expr else {
            return;
        };
        let span = fcn.span();
        let name = span.text();
        let head = name.split('.').next().unwrap_or(name);
        if self.context.defines(self.module, head) {
            return;
        }
        let deprecated = || DEPRECATED.iter().filter(|_| !self.module.rego_v1);
        let routed = ROUTED.iter().chain(deprecated()).find(|(n, _)| *n == name);
        if NETWORK.contains(&name) {
            self.refuse(leftmost(fcn), name);
        } else if let Some((_, arity)) = routed
            && !self.context.mocked.contains(name)
        {
            let target = extension(name);
            let Expr::Call { params, .. } = expr else {
                return;
            };
            if params.len() == arity + 1 {
                // `f(x, out)`: extensions take no output argument. The
                // arguments are taken as written, up to the last comma (a
                // string's span leaves its quotes out).
                let whole = expr.span();
                let output = params[*arity].span();
                let open = span.end as usize + 1;
                let Some(comma) = self.text[..output.start as usize].rfind(',') else {
                    return;
                };
                self.edits.push(Edit::replace(
                    whole.start as usize,
                    whole.end as usize,
                    format!(
                        "{} = {target}({})",
                        output.text(),
                        self.text[open..comma].trim()
                    ),
                ));
            } else {
                self.route(span, &target);
            }
        } else if !self.module.rego_v1 && name == "re_match" {
            self.route(span, "regex.match");
        }
    }

    fn stmt(&mut self, stmt: &LiteralStmt) {
        if let Literal::SomeIn { collection, .. } = &stmt.literal
            && !is_collection_literal(collection)
            && !self.built_in
        {
            let span = collection.span();
            self.edits.push(Edit::insert(
                span.start as usize,
                format!("{EXTENSION_PREFIX}iterable("),
            ));
            self.edits.push(Edit::insert(span.end as usize, ")"));
        }
    }
}

impl Resolver<'_> {
    /// `[k, v] = walk(x)`: regorus gives no result for the value form, so it
    /// is written in the output-argument form `walk(x, [k, v])`, which it
    /// evaluates as OPA does.
    fn walk_output(&mut self, whole: &Expr, pattern: &Expr, call: &Expr) {
        let Expr::Call { fcn, params, .. } = call else {
            return;
        };
        if fcn.span().text() != "walk"
            || params.len() != 1
            || self.context.defines(self.module, "walk")
            || !matches!(pattern, Expr::Array { .. } | Expr::Var { .. })
        {
            return;
        }
        let span = whole.span();
        self.edits.push(Edit::replace(
            span.start as usize,
            span.end as usize,
            format!(
                "walk({}, {})",
                params[0].span().text(),
                pattern.span().text()
            ),
        ));
    }

    fn route(&mut self, span: &Span, to: &str) {
        self.edits
            .push(Edit::replace(span.start as usize, span.end as usize, to));
    }

    fn refuse(&mut self, span: &Span, name: &str) {
        if self.refused.is_none() {
            self.refused = Some(refusal(
                span,
                format!(
                    "{name} is refused: a plan check makes no network calls (give the data with --data instead)"
                ),
            ));
        }
    }
}

/// Literal arrays, sets, objects and comprehensions are always collections.
fn is_collection_literal(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::Array { .. }
            | Expr::Set { .. }
            | Expr::Object { .. }
            | Expr::ArrayCompr { .. }
            | Expr::SetCompr { .. }
            | Expr::ObjectCompr { .. }
    )
}
