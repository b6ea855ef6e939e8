//! The Rego front end: OPA's compiler rewrites that regorus lacks, applied
//! before regorus sees a policy, so that regorus evaluates what OPA would.
//!
//! Each stage reads the module as parsed (regorus's AST, `regorus::unstable`)
//! and returns text edits ([`edit`]); the text is parsed again before the
//! next stage. No stage inserts a line break before the file's last line,
//! so locations stay on the user's lines. The stages, in order, and the OPA compiler stage each one
//! mirrors (docs/engine.md has the details):
//!
//! 1. `bodies.rs`: `expand_bodies` (Rego v0): one rule per body, as OPA's parser.
//!    Then `constants.rs`: `hoist_constants`: a rule's literal table of 100
//!    scalars or more moves into a data document the rule reads, built once
//!    instead of per query (an optimisation, not an OPA stage; same answers).
//! 2. `definitions.rs`: `rewrite_metadata_calls`: `rego.metadata.rule()` and
//!    `rego.metadata.chain()` become the annotations they return
//!    (`RewriteRegoMetadataCalls`); for `tfguard check`, annotated
//!    definitions of a partial-set rule get names of their own.
//! 3. `imports.rs`: `resolve_imports`: references through import aliases are
//!    written in full (`ResolveRefs`). Then `with_targets.rs`:
//!    `resolve_with_targets`: a `with` target naming a rule of the package
//!    is written `data.<package>.<rule>` (`ResolveRefs` too).
//! 4. `locals.rs`: `rewrite_locals`: a local variable that shares its name
//!    with a rule of the package gets a name of its own (`RewriteLocalVars`).
//! 5. `with_values.rs`: `rewrite_with_values`: a computed `with` value is
//!    assigned to a local before its statement (`RewriteWithModifiers`).
//! 6. `negation.rs`: `hoist_negated_operands`: the operands of a call under
//!    `not` are evaluated outside the negation (`RewriteExprTerms` and
//!    `RewriteDynamicTerms`).
//! 7. `inline.rs`: `inline_functions`: in the built-in library, a call of
//!    a one-expression function is written as that expression (an
//!    optimisation for regorus's VM, not an OPA stage; same answers). After
//!    `hoist_negated_operands`, so that `not f(x)` stays a negation of
//!    what `f` computes, undefined included; on the module the next stage
//!    reads too, their edits applied together.
//! 8. `calls.rs`: `resolve_builtins`: built-ins whose OPA semantics regorus
//!    does not have are routed to tfguard's extensions (Go `fmt` for
//!    `sprintf`, the deprecated v0 built-ins, iteration over a scalar), and
//!    built-ins a plan gate must not run (network) are refused
//!    (`CheckBuiltins`, `CheckUndefinedFuncs`).
//!
//! A module that does not parse is passed on unchanged: regorus then reports
//! the parse error on the user's own text.

mod bodies;
mod calls;
mod constants;
mod definitions;
pub mod edit;
mod hoist;
mod imports;
mod inline;
mod locals;
mod negation;
mod sources;
pub mod walk;
mod with_targets;
mod with_values;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use regorus::unstable::{Module, Parser, Source};

use crate::policy::metadata::{self, FileAnnotations};
use crate::policy::{PolicyError, PolicyFile};
use edit::Edit;

pub use calls::{DEPRECATED, EXTENSION_PREFIX};
pub use definitions::defined_rule;
pub use sources::{Located, Sources};

/// What every stage may know about the other modules. No stage adds a
/// rule or changes a rule's name as the other stages see it, so this is
/// computed once.
#[derive(Debug, Default)]
pub struct Context {
    /// The rule names of each package (their first path component), for
    /// scoping and shadowing.
    rules: BTreeMap<String, BTreeSet<String>>,
    /// The function names of each package (a subset of `rules`).
    functions: BTreeMap<String, BTreeSet<String>>,
    /// The functions (`data.<package>.<name>`) some `with` replaces.
    mocked_functions: BTreeSet<String>,
    /// The built-in library's functions that `inline_functions` writes
    /// out at their call sites, by `data.<package>.<name>`.
    templates: BTreeMap<String, inline::Template>,
    /// Each file's METADATA, by path, as OPA reads it.
    annotations: BTreeMap<String, FileAnnotations>,
    /// Each file's index in the list, by path.
    file_index: BTreeMap<String, usize>,
    /// `(package, rule)` of the partial-set rules whose definitions each get
    /// a name of their own (see `definitions.rs`).
    split: BTreeSet<(String, String)>,
    /// Each package's `scope: package` block, from whichever of its files
    /// has one first.
    package_blocks: BTreeMap<String, serde_json::Value>,
    /// What `with` replaces anywhere (`with sprintf as v`): such a built-in
    /// is left to regorus, whose `with` can replace it.
    mocked: BTreeSet<String>,
}

impl Context {
    fn of<'m>(
        files: &[PolicyFile],
        modules: impl Iterator<Item = &'m Module> + Clone,
        per_definition: bool,
        inline_functions: bool,
        annotations: Option<&BTreeMap<String, FileAnnotations>>,
    ) -> Result<Self, PolicyError> {
        let mut rules: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut functions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for module in modules.clone() {
            let names = rules.entry(package_of(module)).or_default();
            names.extend(module.policy.iter().map(|r| walk::rule_name(r).to_owned()));
            let names = functions.entry(package_of(module)).or_default();
            names.extend(
                module
                    .policy
                    .iter()
                    .filter(|r| !walk::rule_head(r).1.is_empty())
                    .map(|r| walk::rule_name(r).to_owned()),
            );
        }
        let annotations = match annotations {
            Some(annotations) => annotations.clone(),
            None => files
                .iter()
                .map(|file| Ok((file.path.clone(), metadata::parse_file_as_opa(file)?)))
                .collect::<Result<BTreeMap<_, _>, PolicyError>>()?,
        };
        let file_index = files
            .iter()
            .enumerate()
            .map(|(index, file)| (file.path.clone(), index))
            .collect();
        let split = if per_definition {
            definitions::to_split(modules.clone(), &annotations)
        } else {
            BTreeSet::new()
        };
        let mut package_blocks = BTreeMap::new();
        for module in modules.clone() {
            let block = annotations
                .get(module.package.span.source.get_path())
                .and_then(|a| a.package.as_ref());
            if let Some(block) = block {
                package_blocks
                    .entry(package_of(module))
                    .or_insert_with(|| block.json.clone());
            }
        }
        let targets: Vec<(&Module, Vec<String>)> = modules
            .clone()
            .map(|module| (module, with_targets::targets_of(module)))
            .collect();
        let mocked_functions = with_targets::mocked_functions(&targets, &functions);
        let mocked: BTreeSet<String> = targets.into_iter().flat_map(|(_, texts)| texts).collect();
        let templates = if inline_functions {
            inline::templates(modules.clone(), &mocked_functions, &mocked)
        } else {
            BTreeMap::new()
        };
        Ok(Self {
            rules,
            functions,
            mocked_functions,
            templates,
            annotations,
            file_index,
            split,
            package_blocks,
            mocked,
        })
    }

    /// Whether the package of `module` defines a rule or function `name`.
    fn defines(&self, module: &Module, name: &str) -> bool {
        self.rules
            .get(&package_of(module))
            .is_some_and(|names| names.contains(name))
    }

    /// The METADATA of the file `module` was parsed from.
    fn annotations_of(&self, module: &Module) -> Option<&FileAnnotations> {
        self.annotations.get(module.package.span.source.get_path())
    }
}

/// A stage's refusal of what it cannot rewrite as OPA evaluates it, at
/// `span` of the text the stage read.
fn refusal(span: &regorus::unstable::Span, message: String) -> PolicyError {
    PolicyError::Rego {
        path: span.source.get_path().clone(),
        text: span.source.get_contents().clone(),
        line: span.line as usize,
        column: span.col as usize,
        message,
    }
}

/// A stage's error, located in what an earlier stage made of `file`, on the
/// user's own text and column.
fn on_user_text(error: PolicyError, file: &PolicyFile, rewritten: &str) -> PolicyError {
    match error {
        PolicyError::Rego {
            path,
            line,
            column,
            message,
            ..
        } => {
            let mut sources = Sources::default();
            sources.insert(&file.path, &file.text, rewritten);
            PolicyError::Rego {
                column: sources.user_column(&path, line, column),
                path,
                text: file.text.clone(),
                line,
                message,
            }
        }
        other => other,
    }
}

/// The package path without `data.`: `a.b`.
fn package_of(module: &Module) -> String {
    module.package.refr.span().text().to_owned()
}

/// Parses `text` as regorus would for `add_policy`.
fn parse(path: &str, text: &str, v0: bool) -> Option<Module> {
    let source = Source::from_contents(path.to_owned(), text.to_owned()).ok()?;
    let mut parser = Parser::new(&source).ok()?;
    if !v0 {
        parser.enable_rego_v1().ok()?;
    }
    parser.parse().ok()
}

/// One AST stage: the edits it makes to one module.
type Stage = fn(&Module, &str, &Context) -> Result<Vec<Edit>, PolicyError>;

const STAGES: &[Stage] = &[
    definitions::rewrite,
    imports::resolve,
    with_targets::resolve,
    locals::rewrite,
    with_values::hoist,
    negation::hoist,
    inline_and_resolve_builtins,
];

/// The last stage: `inline_functions` and `resolve_builtins` read the same
/// module and their edits are applied together (see `inline.rs`), so no
/// file is parsed again for it.
fn inline_and_resolve_builtins(
    module: &Module,
    text: &str,
    context: &Context,
) -> Result<Vec<Edit>, PolicyError> {
    let mut edits = inline::rewrite(module, text, context)?;
    edits.extend(calls::resolve(module, text, context)?);
    Ok(edits)
}

/// Every stage on one file: its final text, and its module as parsed
/// before the first stage edited it.
fn run_stages(
    file: &PolicyFile,
    mut text: String,
    mut current: Option<Module>,
    context: &Context,
    v0: bool,
) -> Result<(String, Option<Module>), PolicyError> {
    let mut written = None;
    for (number, stage) in STAGES.iter().enumerate() {
        let last = number + 1 == STAGES.len();
        let Some(module) = &current else {
            break;
        };
        let edits = stage(module, &text, context).map_err(|e| on_user_text(e, file, &text))?;
        if edits.is_empty() {
            continue;
        }
        text = edit::apply(&text, edits);
        // No stage reads what the last one made; regorus parses it.
        let parsed = if last {
            None
        } else {
            parse(&file.path, &text, v0)
        };
        let before = std::mem::replace(&mut current, parsed);
        if written.is_none() {
            written = before;
        }
    }
    Ok((text, written.or(current)))
}

/// What the front end made of the policies.
pub struct Normalised {
    /// What regorus parses: the same files, in the same order, rewritten.
    pub files: Vec<PolicyFile>,
    /// Each file's module as the user wrote it, for OPA's compile checks
    /// (a v0 rule with several bodies as expanded: regorus parses no other
    /// form); files that do not parse are left out.
    pub written: Vec<Module>,
    /// To put regorus's locations back on the user's columns.
    pub sources: Sources,
    /// The literal values `hoist_constants` moved, as one data document.
    pub constants: Option<regorus::Value>,
}

/// The policies as regorus should see them, every stage applied. Each file
/// is parsed once, and again only after a stage other than the last edited
/// it.
///
/// With `inline_functions` (`tfguard check`'s VM), the built-in library's
/// one-expression functions are written out where it calls them.
///
/// With `per_definition` (`tfguard check`), every definition of a
/// partial-set rule that has METADATA of its own gets a rule name of its
/// own, so that each finding carries the annotations of the definition that
/// produced it; `tfguard test` counts definitions as Conftest does and
/// leaves them.
///
/// `annotations` are the files' METADATA when the caller has read them
/// already (by path); otherwise they are read here, as OPA reads them.
/// `data` are the data documents the policies will see (see
/// `hoist_constants`).
pub fn normalise(
    files: &[PolicyFile],
    v0: bool,
    per_definition: bool,
    inline_functions: bool,
    annotations: Option<&BTreeMap<String, FileAnnotations>>,
    data: &[serde_json::Value],
) -> Result<Normalised, PolicyError> {
    let texts: Vec<String> = files
        .iter()
        .map(|file| {
            if v0 {
                edit::apply(&file.text, bodies::expand(&file.path, &file.text))
            } else {
                file.text.clone()
            }
        })
        .collect();
    let current: Vec<Option<Module>> = files
        .par_iter()
        .zip(&texts)
        .map(|(file, text)| parse(&file.path, text, v0))
        .collect();
    // Same-length edits: the parsed modules' offsets stay valid for the
    // first stage, so nothing is parsed again for it. The two read the
    // modules independently (the literal tables are most of the hoisting:
    // on another core).
    let (context, constants) = rayon::join(
        || {
            Context::of(
                files,
                current.iter().flatten(),
                per_definition,
                inline_functions,
                annotations,
            )
        },
        || constants::hoist(&current, data),
    );
    let context = context?;
    let staged = files
        .par_iter()
        .zip(texts)
        .zip(current)
        .zip(constants.edits)
        .map(|(((file, mut text), module), constant_edits)| {
            if !constant_edits.is_empty() {
                text = edit::apply(&text, constant_edits);
            }
            run_stages(file, text, module, &context, v0)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (texts, written): (Vec<String>, Vec<Option<Module>>) = staged.into_iter().unzip();
    let written = written.into_iter().flatten().collect();
    let mut sources = Sources::default();
    for (file, text) in files.iter().zip(&texts) {
        sources.insert(&file.path, &file.text, text);
    }
    let files = files
        .iter()
        .zip(texts)
        .map(|(file, text)| PolicyFile {
            path: file.path.clone(),
            text,
        })
        .collect();
    Ok(Normalised {
        files,
        written,
        sources,
        constants: constants.document,
    })
}
