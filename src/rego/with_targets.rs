//! Stage `resolve_with_targets`: the targets of `with`, and the calls of
//! the functions they replace, resolved as OPA's `ResolveRefs` resolves
//! every reference to a rule.
//!
//! - `with t as v` (or `with t.x as v`), `t` a rule of the module's own
//!   package: written `with data.<package>.t as v`. regorus looks a bare
//!   target up as a rule path of its own ("undefined rule").
//! - A function some `with` replaces (`with f as g`, `with data.lib.f as
//!   g`): regorus matches the replacement by spelling, so `with f` misses a
//!   call written `data.main.f(x)` and `with data.main.f` misses `f(x)`,
//!   silently. Every call of such a function and every target naming it
//!   is written in full, `data.<package>.f`, and then they match.
//! - The replacement: regorus finds a function of the module's own package
//!   by its short name only, so `data.<package>.g` is written `g`; a
//!   function of another package it ignores, silently, so that is refused.
//!
//! `input` and `data` stay as written, as do built-ins (`with count as f`).
//! Import aliases are already written out (`resolve_imports` runs first).

use std::collections::{BTreeMap, BTreeSet};

use regorus::unstable::{Expr, LiteralStmt, Module, Span};

use super::edit::Edit;
use super::walk::{Visitor, import_alias, leftmost, ref_text, visit_rule};
use super::{Context, PolicyError, package_of, refusal};

pub fn resolve(module: &Module, _text: &str, context: &Context) -> Result<Vec<Edit>, PolicyError> {
    let mut targets = Targets {
        module,
        context,
        package: package_of(module),
        edits: Vec::new(),
        refused: None,
    };
    for rule in &module.policy {
        visit_rule(rule, &mut targets);
    }
    match targets.refused {
        Some(error) => Err(error),
        None => Ok(targets.edits),
    }
}

/// The target of every `with` in `module`, as written (`f`, `data.lib.f`).
pub fn targets_of(module: &Module) -> Vec<String> {
    let mut targets = TargetTexts(Vec::new());
    for rule in &module.policy {
        visit_rule(rule, &mut targets);
    }
    targets.0
}

/// Every function (`data.<package>.<name>`) that some `with` replaces,
/// from each module's [`targets_of`], of the `functions` of each package.
pub fn mocked_functions(
    targets: &[(&Module, Vec<String>)],
    functions: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeSet<String> {
    let mut mocked = BTreeSet::new();
    for (module, texts) in targets {
        let package = package_of(module);
        for text in texts {
            if let Some(path) = resolve_path(module, &package, text)
                && is_function(&path, functions)
            {
                mocked.insert(path);
            }
        }
    }
    mocked
}

/// The full path (`data.a.f`) that `text` names in `module`: through an
/// import alias, or a rule name of its own package.
fn resolve_path(module: &Module, package: &str, text: &str) -> Option<String> {
    if text.starts_with("data.") {
        return Some(text.to_owned());
    }
    let head_end = text.find(['.', '[']).unwrap_or(text.len());
    let (head, rest) = text.split_at(head_end);
    if let Some(import) = module.imports.iter().find(|i| import_alias(i) == head) {
        let path = ref_text(&import.refr);
        return path.starts_with("data.").then(|| format!("{path}{rest}"));
    }
    rest.is_empty().then(|| format!("data.{package}.{head}"))
}

/// Whether `path` (`data.a.b.f`) is a function of `functions`.
fn is_function(path: &str, functions: &BTreeMap<String, BTreeSet<String>>) -> bool {
    let Some((package, name)) = path.trim_start_matches("data.").rsplit_once('.') else {
        return false;
    };
    functions.get(package).is_some_and(|f| f.contains(name))
}

struct TargetTexts(Vec<String>);

impl Visitor for TargetTexts {
    fn stmt(&mut self, stmt: &LiteralStmt) {
        self.0
            .extend(stmt.with_mods.iter().map(|w| ref_text(&w.refr).to_owned()));
    }
}

struct Targets<'a> {
    module: &'a Module,
    context: &'a Context,
    package: String,
    edits: Vec<Edit>,
    refused: Option<PolicyError>,
}

impl Targets<'_> {
    /// Writes the name at `span` (a function or rule of the module's
    /// package, spelled without its package) in full.
    fn write_in_full(&mut self, span: &Span) {
        self.edits.push(Edit::replace(
            span.start as usize,
            span.end as usize,
            format!("data.{}.{}", self.package, span.text()),
        ));
    }

    /// A function as a `with` replacement, as regorus finds it.
    fn replacement(&mut self, value: &Expr) {
        let text = ref_text(value);
        if !text.starts_with("data.") || !is_function(text, &self.context.functions) {
            return;
        }
        let own = format!("data.{}.", self.package);
        match text.strip_prefix(&own) {
            Some(name) if !name.contains(['.', '[']) => {
                let start = leftmost(value).start as usize;
                let end = value.span().end as usize;
                self.edits.push(Edit::replace(start, end, name));
            }
            _ => {
                if self.refused.is_none() {
                    self.refused = Some(refusal(
                        leftmost(value),
                        format!(
                            "`with ... as {text}`: regorus cannot replace a function by a function of another package (it would ignore the replacement); define the replacement in package {} and name it without its package",
                            self.package
                        ),
                    ));
                }
            }
        }
    }
}

impl Visitor for Targets<'_> {
    fn expr(&mut self, expr: &Expr) {
        if let Expr::Call { fcn, .. } = expr
            && let Expr::Var { span, .. } = fcn.as_ref()
            && self.context.mocked_functions.contains(&format!(
                "data.{}.{}",
                self.package,
                span.text()
            ))
        {
            self.write_in_full(span);
        }
    }

    fn stmt(&mut self, stmt: &LiteralStmt) {
        for with in &stmt.with_mods {
            self.replacement(&with.r#as);
            // The name a target starts from: `t` in `t`, `t.x`, `t["x"].y`.
            let root = leftmost(&with.refr);
            let name = root.text();
            if !matches!(name, "input" | "data") && self.context.defines(self.module, name) {
                self.write_in_full(root);
            }
        }
    }
}
