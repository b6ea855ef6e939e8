//! The Rego front end: OPA's compiler rewrites that regorus lacks, applied
//! before regorus sees a policy, so that regorus evaluates what OPA would.
//!
//! Each stage reads the module as parsed (regorus's AST, `regorus::unstable`)
//! and returns text edits ([`edit`]); the text is parsed again before the
//! next stage. No stage inserts a line break, so locations stay on the
//! user's lines. The stages, in order, and the OPA compiler stage each one
//! mirrors (docs/engine.md has the details):
//!
//! 1. [`bodies`] `expand_bodies` (Rego v0): one rule per body, as OPA's parser.
//! 2. [`imports`] `resolve_imports`: references through import aliases are
//!    written in full (`ResolveRefs`).
//! 3. [`locals`] `rewrite_locals`: a local variable that shares its name
//!    with a rule of the package gets a name of its own (`RewriteLocalVars`).
//! 4. [`negation`] `hoist_negated_operands`: the operands of a call under
//!    `not` are evaluated outside the negation (`RewriteExprTerms` and
//!    `RewriteDynamicTerms`).
//! 5. [`with_values`] `rewrite_with_values`: a computed `with` value is
//!    assigned to a local before its statement (`RewriteWithModifiers`).
//! 6. [`calls`] `resolve_builtins`: built-ins whose OPA semantics regorus
//!    does not have are routed to tfguard's extensions (Go `fmt` for
//!    `sprintf`, the deprecated v0 built-ins, iteration over a scalar), and
//!    built-ins a plan gate must not run (network) are refused
//!    (`CheckBuiltins`, `CheckUndefinedFuncs`).
//!
//! A module that does not parse is passed on unchanged: regorus then reports
//! the parse error on the user's own text.

mod bodies;
mod calls;
pub mod edit;
mod imports;
mod locals;
mod negation;
pub mod walk;
mod with_values;

use std::collections::{BTreeMap, BTreeSet};

use regorus::unstable::{Module, Parser, Rule, Source};

use crate::policy::{PolicyError, PolicyFile};
use edit::Edit;

pub use calls::EXTENSION_PREFIX;

/// What every stage may know about the other modules: the rule names of each
/// package (their first path component), for scoping and shadowing.
#[derive(Debug, Default)]
pub struct Packages {
    rules: BTreeMap<String, BTreeSet<String>>,
}

impl Packages {
    fn of(modules: &[(&PolicyFile, Module)]) -> Self {
        let mut rules: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (_, module) in modules {
            let names = rules.entry(package_of(module)).or_default();
            for rule in &module.policy {
                names.insert(rule_name(rule).to_owned());
            }
        }
        Self { rules }
    }

    /// Whether the package of `module` defines a rule or function `name`.
    fn defines(&self, module: &Module, name: &str) -> bool {
        self.rules
            .get(&package_of(module))
            .is_some_and(|names| names.contains(name))
    }
}

fn package_of(module: &Module) -> String {
    module.package.refr.span().text().to_owned()
}

/// The first component of a rule's name: `deny` for `deny contains x`,
/// `a` for `a.b[x]`.
fn rule_name(rule: &Rule) -> &str {
    let (refr, _) = walk::rule_head(rule);
    let text = refr.span().text();
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// Parses `text` as regorus would for `add_policy`.
pub(crate) fn parse(path: &str, text: &str, v0: bool) -> Option<Module> {
    let source = Source::from_contents(path.to_owned(), text.to_owned()).ok()?;
    let mut parser = Parser::new(&source).ok()?;
    if !v0 {
        parser.enable_rego_v1().ok()?;
    }
    parser.parse().ok()
}

/// One AST stage: the edits it makes to one module.
type Stage = fn(&Module, &str, &Packages) -> Result<Vec<Edit>, PolicyError>;

const STAGES: &[Stage] = &[
    imports::resolve,
    locals::rewrite,
    with_values::hoist,
    negation::hoist,
    calls::resolve,
];

/// The policies as regorus should see them, every stage applied.
pub fn normalise(files: &[PolicyFile], v0: bool) -> Result<Vec<PolicyFile>, PolicyError> {
    let mut texts: Vec<String> = files
        .iter()
        .map(|file| {
            if v0 {
                edit::apply(&file.text, bodies::expand(&file.path, &file.text))
            } else {
                file.text.clone()
            }
        })
        .collect();
    for stage in STAGES {
        let parsed: Vec<Option<Module>> = files
            .iter()
            .zip(&texts)
            .map(|(file, text)| parse(&file.path, text, v0))
            .collect();
        let modules: Vec<(&PolicyFile, Module)> = files
            .iter()
            .zip(parsed)
            .filter_map(|(file, module)| Some((file, module?)))
            .collect();
        let packages = Packages::of(&modules);
        for (index, file) in files.iter().enumerate() {
            let Some((_, module)) = modules.iter().find(|(f, _)| std::ptr::eq(*f, file)) else {
                continue;
            };
            let edits = stage(module, &texts[index], &packages)?;
            if !edits.is_empty() {
                texts[index] = edit::apply(&texts[index], edits);
            }
        }
    }
    Ok(files
        .iter()
        .zip(texts)
        .map(|(file, text)| PolicyFile {
            path: file.path.clone(),
            text,
        })
        .collect())
}
