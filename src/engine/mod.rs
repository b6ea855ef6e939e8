//! Evaluating policies over a plan with regorus.
//!
//! The regorus engine is prepared once (policies parsed and compiled, data
//! added); each plan gets a clone, and each rayon worker a clone of that.
//! Plan-level packages run once per plan; resource-level packages run per
//! resource change, only on the changes whose type their selector matches.
//! Any evaluation error fails the run: nothing here turns an error into a pass.

mod builtins;
mod convert;
mod package;
mod result;
mod strict;
mod vm;
mod vm_refusals;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use globset::GlobSet;
use rayon::prelude::*;
use regorus::Value;

use crate::finding::{Level, Severity};
use crate::plan::{Mode, Plan, ResourceChange};
use crate::policy::metadata;
use crate::policy::{PolicyError, PolicyFile, glob_set};
use crate::rego::Sources;

pub use convert::{Strings, json_to_value};
pub use package::{
    Documentation, Package, Rule, Scope, exception_name, exception_query, rule_level,
};
pub use result::PolicyResult;
use strict::compile_errors;
use vm::{Batch, Machines, Programs};

/// Where a resource-level rule finds the whole plan for cross-resource checks.
pub const PLAN_DATA_PATH: &str = "data.tfguard.plan";

/// Where every rule finds the plan's `configuration.provider_config`; the
/// whole `configuration` block is at `data.tfguard.configuration`.
pub const PROVIDERS_DATA_PATH: &str = "data.tfguard.providers";

/// How policies are loaded.
#[derive(Debug, Clone, Default)]
pub struct EngineOptions {
    /// Parse with Rego v0 syntax instead of v1.
    pub rego_v0: bool,
    /// Plan-level namespaces to evaluate (globs); `None` means all.
    pub namespaces: Option<GlobSet>,
    /// Which checks run, by code or alias: `--check`, `--skip-check`, `--severity`.
    pub checks: CheckFilter,
    /// See [`CompileOptions::policy_timeout`].
    pub policy_timeout: Option<Duration>,
    /// The kinds of resource the engine will see, when known before it is
    /// built (see [`resource_kinds`]): built-in checks that select none of
    /// them are not compiled. regorus's cost per reference grows with the
    /// number of modules loaded, and a plan touches a few dozen of the
    /// library's hundreds of checks.
    pub resource_kinds: Option<BTreeSet<String>>,
    /// Every rule on regorus's interpreter, none on its compiled VM (see
    /// `vm`): the reference the VM's answers are compared with.
    pub interpreter_only: bool,
}

/// The selector names (`aws_s3_bucket`, `data.aws_iam_policy_document`) of
/// every resource change of `plans`, changed or not, for
/// [`EngineOptions::resource_kinds`].
pub fn resource_kinds(plans: &[Plan]) -> BTreeSet<String> {
    plans
        .iter()
        .flat_map(|plan| {
            plan.resource_changes
                .iter()
                .map(ResourceChange::selector_name)
        })
        .collect()
}

/// Selects rules by code or alias (globs) and minimum severity, before
/// anything is evaluated.
#[derive(Debug, Clone, Default)]
pub struct CheckFilter {
    /// Only these (any match of code or alias); `None` means all.
    pub only: Option<GlobSet>,
    /// Never these.
    pub skip: Option<GlobSet>,
    pub min_severity: Option<Severity>,
}

impl CheckFilter {
    fn selects(&self, rule: &Rule) -> bool {
        let aliases = rule.annotations.custom.aliases.clone().unwrap_or_default();
        self.selects_check(&rule.code(), &aliases, rule.severity())
    }

    fn selects_check(&self, code: &str, aliases: &[String], severity: Severity) -> bool {
        let names: Vec<&str> = std::iter::once(code)
            .chain(aliases.iter().map(String::as_str))
            .collect();
        let matches = |set: &GlobSet| names.iter().any(|n| set.is_match(n));
        self.only.as_ref().is_none_or(matches)
            && !self.skip.as_ref().is_some_and(matches)
            && self.min_severity.is_none_or(|min| severity >= min)
    }
}

/// Told how evaluation advances, for progress bars. Called from worker
/// threads, so implementations must be cheap and thread-safe.
pub trait Progress: Send + Sync {
    /// Evaluation of `plan` over `total` resource changes starts.
    fn start(&self, plan: &str, total: usize);
    /// `count` more resource changes were evaluated.
    fn advance(&self, count: usize);
}

/// Which resource changes are in scope.
#[derive(Debug, Clone, Copy, Default)]
pub struct Selection {
    /// Also check resources the plan does not change (`no-op`).
    pub all_resources: bool,
}

impl Selection {
    /// Removals have no configuration left to check; unchanged managed
    /// resources are only checked on request. Data sources are checked when
    /// they are read.
    pub fn includes(self, change: &ResourceChange) -> bool {
        if change.is_removal_only() {
            return false;
        }
        match change.mode {
            Mode::Data => self.all_resources || change.actions.iter().any(|a| a == "read"),
            Mode::Managed => self.all_resources || !change.is_unchanged(),
        }
    }
}

/// A rule that failed to evaluate: names the policy file and rule.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}: {}", self.location(), self.what())]
pub struct EvalError {
    pub file: String,
    pub line: usize,
    pub rule: String,
    pub address: Option<String>,
    pub message: String,
    /// Set when regorus located the error exactly; `file` and `line` are
    /// then its location rather than the rule's.
    pub column: Option<usize>,
}

impl EvalError {
    /// Preparing a plan's values for Rego failed (not a policy's fault).
    fn input(
        plan: &Plan,
        what: &str,
        change: Option<&ResourceChange>,
        error: &dyn std::fmt::Display,
    ) -> Self {
        Self {
            file: plan.name.clone(),
            line: 0,
            rule: what.to_owned(),
            address: change.map(|c| c.address.clone()),
            message: error.to_string(),
            column: None,
        }
    }

    /// `file:line:column` where regorus located the error, else the rule's `file:line`.
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (0, _) => self.file.clone(),
            (line, Some(column)) => format!("{}:{line}:{column}", self.file),
            (line, None) => format!("{}:{line}", self.file),
        }
    }

    /// What failed, without the location: ``rule `data.x.deny` failed on addr: message``.
    pub fn what(&self) -> String {
        let on = self
            .address
            .as_deref()
            .map(|a| format!(" on {a}"))
            .unwrap_or_default();
        format!("rule `{}` failed{on}: {}", self.rule, self.message)
    }
}

/// One result of one rule, tied to the resource it was evaluated on.
#[derive(Debug, Clone)]
pub struct RuleResult<'e> {
    pub rule: &'e Rule,
    /// Index into `plan.resource_changes` for resource-level rules.
    pub resource: Option<usize>,
    pub result: PolicyResult,
    /// The Conftest exception query that matched, when one covers the rule.
    pub exception: Option<String>,
}

/// Everything one plan produced.
#[derive(Debug)]
pub struct Evaluation<'e> {
    pub results: Vec<RuleResult<'e>>,
    /// Resource changes in scope of the selection.
    pub resources_in_scope: usize,
}

/// Loaded, compiled policies, ready to evaluate plans.
#[derive(Clone)]
pub struct Engine {
    regorus: regorus::Engine,
    packages: Vec<Package>,
    skipped: Vec<String>,
    /// Whether any policy mentions [`PLAN_DATA_PATH`], so the whole plan must be converted.
    wants_plan_data: bool,
    /// [`EngineOptions::resource_kinds`]: a resource of another kind would
    /// miss the checks left out, so it is an error, never a pass.
    resource_kinds: Option<BTreeSet<String>>,
    /// The built-in checks that run on regorus's compiled VM.
    programs: Programs,
    /// Why none does, when a policy has a construct the VM answers wrongly.
    vm_refusal: Option<String>,
    /// To say where and why an evaluation failed.
    located: Arc<Located>,
}

/// What turns a regorus error into an [`EvalError`]: the user's columns,
/// and the time limit a timed-out evaluation hit.
#[derive(Debug)]
struct Located {
    sources: Sources,
    policy_timeout: Option<Duration>,
}

impl Engine {
    /// Parses and compiles `files`, adds `data`, and finds the rules to run.
    pub fn new(
        files: &[PolicyFile],
        data: &[serde_json::Value],
        options: &EngineOptions,
    ) -> Result<Self, PolicyError> {
        // The built-in checks the plans cannot need are left out first, by
        // the selectors read at build time; then every file kept has its
        // METADATA read, on every core. The error reported is the first
        // file's in order, as when read one by one.
        let (files, pruned_selected) = match &options.resource_kinds {
            Some(kinds) => applicable(files, kinds, &options.checks)?,
            None => (std::borrow::Cow::Borrowed(files), false),
        };
        let files = files.as_ref();
        let parsed: Vec<_> = files.par_iter().map(metadata::parse_file).collect();
        let mut annotations = BTreeMap::new();
        for (file, parsed) in files.iter().zip(parsed) {
            annotations.insert(file.path.clone(), parsed?);
        }
        let compile_options = CompileOptions {
            rego_v0: options.rego_v0,
            strict: false,
            per_definition: true,
            lenient_builtins: false,
            policy_timeout: options.policy_timeout,
            inline_functions: !options.interpreter_only,
        };
        // The rules to run and the VM's programs are found and compiled on
        // a copy of the engine while regorus compiles the policies.
        let discover = |mut loaded: regorus::Engine, vm_refusal: Option<&str>| {
            let (packages, skipped) = packages(&mut loaded, &annotations, data, options)?;
            // The interpreter's answers are OPA's; the VM's only where it
            // has no construct it answers differently.
            let programs = if options.interpreter_only || vm_refusal.is_some() {
                Programs::default()
            } else {
                let queries = builtin_checks(packages.iter()).map(|r| r.query.as_str());
                // The checks of each kind the plans hold (removals apart)
                // form a batch: known kinds only, so only `check`'s engines
                // have them.
                let mut groups = BTreeSet::new();
                for kind in options.resource_kinds.iter().flatten() {
                    for removal in [false, true] {
                        let selected = selected_packages(&packages, kind, removal);
                        groups.insert(
                            builtin_checks(selected.into_iter())
                                .map(|r| r.query.as_str())
                                .collect::<Vec<_>>(),
                        );
                    }
                }
                let groups: Vec<Vec<&str>> = groups.into_iter().collect();
                Programs::compile(&loaded, files.len(), queries, &groups)
            };
            Ok::<_, PolicyError>((packages, skipped, programs))
        };
        let (
            Compiled {
                engine: regorus,
                sources,
                vm_refusal,
            },
            discovered,
        ) = compile_with(files, data, compile_options, Some(&annotations), discover)?;
        let (packages, skipped, programs) = discovered?;
        let policy_timeout = options.policy_timeout;
        // Running nothing and reporting a pass would fail open; selected
        // built-in checks left out because nothing in the plans is theirs
        // to check are a pass, as they would be if compiled.
        if packages.is_empty() && !pruned_selected {
            return Err(PolicyError::NoRules { skipped });
        }
        let wants_plan_data = files.iter().any(|f| mentions_plan_data(&f.text));
        Ok(Self {
            regorus,
            packages,
            programs,
            vm_refusal,
            skipped,
            wants_plan_data,
            resource_kinds: options.resource_kinds.clone(),
            located: Arc::new(Located {
                sources,
                policy_timeout,
            }),
        })
    }

    /// The packages that will be evaluated, in a fixed order.
    pub fn packages(&self) -> &[Package] {
        &self.packages
    }

    /// How many rules run on regorus's compiled VM rather than its
    /// interpreter (see `EngineOptions::interpreter_only`).
    pub fn rules_on_vm(&self) -> usize {
        self.programs.len()
    }

    /// Why no built-in check runs on the VM (`vm_refusals`): where the
    /// first construct it would answer wrongly is, and what it is.
    pub fn vm_refusal(&self) -> Option<&str> {
        self.vm_refusal.as_deref()
    }

    /// How many groups of checks (those of one resource kind) run on the
    /// VM as one program (`vm::Batch`).
    pub fn batches_on_vm(&self) -> usize {
        self.programs.batches()
    }

    /// Plan-level packages with rules that the namespace selection leaves
    /// out, so callers can say that they did not run.
    pub fn skipped_packages(&self) -> &[String] {
        &self.skipped
    }

    /// Evaluates every package on `plan`.
    pub fn evaluate(&self, plan: &Plan, selection: Selection) -> Result<Evaluation<'_>, EvalError> {
        self.evaluate_with_progress(plan, selection, None)
    }

    /// [`Engine::evaluate`], reporting progress per resource change.
    pub fn evaluate_with_progress(
        &self,
        plan: &Plan,
        selection: Selection,
        progress: Option<&dyn Progress>,
    ) -> Result<Evaluation<'_>, EvalError> {
        let has_plan_packages = self.packages.iter().any(|p| matches!(p.scope, Scope::Plan));
        let mut engine = self.regorus.clone();
        // Provider configuration (regions, default tags) and the module
        // configuration (references between resources) carry no values and
        // are small next to the plan: always there.
        for (key, text) in [
            ("providers", plan.provider_config_text()),
            ("configuration", plan.configuration_text()),
        ] {
            if let Some(text) = text {
                let value = Value::from_json_str(text)
                    .map_err(|e| EvalError::input(plan, PROVIDERS_DATA_PATH, None, &e))?;
                engine
                    .add_data(object("tfguard", object(key, value)))
                    .map_err(|e| EvalError::input(plan, PROVIDERS_DATA_PATH, None, &e))?;
            }
        }
        if has_plan_packages || self.wants_plan_data {
            let document = json_to_value(plan.text())
                .map_err(|e| EvalError::input(plan, PLAN_DATA_PATH, None, &e))?;
            if self.wants_plan_data {
                let plan_data = object("tfguard", object("plan", document.clone()));
                engine
                    .add_data(plan_data)
                    .map_err(|e| EvalError::input(plan, PLAN_DATA_PATH, None, &e))?;
            }
            engine.set_input(document);
        }
        // Adding data leaves the engine to be prepared again; do it once
        // here, not once in every worker's clone.
        engine
            .eval_query("true".to_owned(), false)
            .map_err(|e| EvalError::input(plan, PROVIDERS_DATA_PATH, None, &e))?;
        let in_scope: Vec<usize> = (0..plan.resource_changes.len())
            .filter(|&i| selection.includes(&plan.resource_changes[i]))
            .collect();
        // Deletion guardrails (`custom.include_removals`) also see removals.
        let watches_removals = self.packages.iter().any(|p| p.include_removals);
        let to_evaluate: Vec<usize> = (0..plan.resource_changes.len())
            .filter(|&i| {
                let change = &plan.resource_changes[i];
                selection.includes(change) || (watches_removals && change.is_removal_only())
            })
            .collect();

        let mut results = Vec::new();
        for package in self
            .packages
            .iter()
            .filter(|p| matches!(p.scope, Scope::Plan))
        {
            for rule in &package.rules {
                results.extend(eval_rule(&mut engine, &self.located, rule, None)?);
            }
        }
        if let Some(progress) = progress {
            progress.start(&plan.name, to_evaluate.len());
        }
        // Plan-level results first; appended, not extended, so the
        // resource results' buffer is never copied (20k results at 50k).
        let mut resource_results =
            self.evaluate_resources(&engine, plan, &to_evaluate, progress)?;
        if results.is_empty() {
            results = resource_results;
        } else {
            results.append(&mut resource_results);
        }
        Ok(Evaluation {
            results,
            resources_in_scope: in_scope.len(),
        })
    }

    fn evaluate_resources<'e>(
        &'e self,
        engine: &regorus::Engine,
        plan: &Plan,
        in_scope: &[usize],
        progress: Option<&dyn Progress>,
    ) -> Result<Vec<RuleResult<'e>>, EvalError> {
        // Selectors are matched once per distinct type (and removal or
        // not), not once per resource.
        let mut by_type: HashMap<(String, bool), KindChecks<'e>> = HashMap::new();
        for &index in in_scope {
            let change = &plan.resource_changes[index];
            let key = (change.selector_name(), change.is_removal_only());
            if let Some(kinds) = &self.resource_kinds
                && !kinds.contains(&key.0)
            {
                return Err(EvalError::input(
                    plan,
                    "input",
                    Some(change),
                    &format!(
                        "the policies were compiled for other resource kinds than {}",
                        key.0
                    ),
                ));
            }
            by_type.entry(key).or_insert_with_key(|(name, removal)| {
                let packages = selected_packages(&self.packages, name, *removal);
                let queries: Vec<String> = builtin_checks(packages.iter().copied())
                    .map(|r| r.query.clone())
                    .collect();
                KindChecks {
                    batch: self.programs.batch(&queries),
                    packages,
                }
            });
        }
        let data = engine.get_data();
        let timeout = self.located.policy_timeout;
        let per_resource: Vec<Result<Vec<RuleResult<'e>>, EvalError>> = in_scope
            .par_iter()
            .map_init(
                || {
                    let machines = Machines::new(&self.programs, data.clone(), timeout);
                    (engine.clone(), machines, Strings::for_resources())
                },
                |(engine, machines, strings), &index| {
                    if let Some(progress) = progress {
                        progress.advance(1);
                    }
                    let change = &plan.resource_changes[index];
                    let KindChecks { packages, batch } =
                        &by_type[&(change.selector_name(), change.is_removal_only())];
                    if packages.is_empty() {
                        return Ok(Vec::new());
                    }
                    let input = strings
                        .convert(plan.resource_text(change))
                        .map_err(|e| EvalError::input(plan, "input", Some(change), &e))?;
                    engine.set_input(input.clone());
                    // The batch's values, in the order of the rules below;
                    // without them (or when the batch fails), rule by rule.
                    let mut batched = batch.and_then(|batch| {
                        let values = machines.eval_batch(batch, &input).ok()?;
                        Some(batch.queries.iter().zip(values).peekable())
                    });
                    let mut results = Vec::new();
                    for package in packages {
                        for rule in &package.rules {
                            let resource = Some((index, change));
                            let from_batch = batched
                                .as_mut()
                                .and_then(|values| {
                                    values.next_if(|(query, _)| **query == rule.query)
                                })
                                .map(|(_, value)| Ok(value));
                            let value =
                                match from_batch.or_else(|| machines.eval(&rule.query, &input)) {
                                    Some(value) => value,
                                    None => engine.eval_rule(rule.query.clone()),
                                };
                            results.extend(rule_results(
                                engine,
                                &self.located,
                                rule,
                                resource,
                                value,
                            )?);
                        }
                    }
                    Ok(results)
                },
            )
            .collect();
        // The first error in plan order, so the same broken policy always
        // reports the same resource whatever the thread timing.
        let per_resource = per_resource.into_iter().collect::<Result<Vec<_>, _>>()?;
        Ok(per_resource.into_iter().flatten().collect())
    }
}

/// What runs on the resources of one kind (and removal or not): the
/// packages, and their built-in checks' batch when there is one.
struct KindChecks<'e> {
    packages: Vec<&'e Package>,
    batch: Option<&'e Batch>,
}

/// The packages whose selector matches the resource kind `name`; for a
/// removal, only those that watch removals.
fn selected_packages<'e>(packages: &'e [Package], name: &str, removal: bool) -> Vec<&'e Package> {
    packages
        .iter()
        .filter(|p| matches!(&p.scope, Scope::Resources(set) if set.is_match(name)))
        .filter(|p| !removal || p.include_removals)
        .collect()
}

/// The rules of `packages` that are built-in checks: those the VM may run.
fn builtin_checks<'e>(
    packages: impl Iterator<Item = &'e Package>,
) -> impl Iterator<Item = &'e Rule> {
    packages
        .filter(|p| matches!(p.scope, Scope::Resources(_)))
        .flat_map(|p| &p.rules)
        .filter(|r| crate::policy::is_builtin(&r.file))
}

fn eval_rule<'e>(
    engine: &mut regorus::Engine,
    located: &Located,
    rule: &'e Rule,
    resource: Option<(usize, &ResourceChange)>,
) -> Result<Vec<RuleResult<'e>>, EvalError> {
    let value = engine.eval_rule(rule.query.clone());
    rule_results(engine, located, rule, resource, value)
}

/// The results of `rule`'s `value` (or its error), with Conftest's
/// exception applied (queried on `engine`).
fn rule_results<'e>(
    engine: &mut regorus::Engine,
    located: &Located,
    rule: &'e Rule,
    resource: Option<(usize, &ResourceChange)>,
    value: anyhow::Result<Value>,
) -> Result<Vec<RuleResult<'e>>, EvalError> {
    let error = |message: String, at: Option<(String, usize, usize)>| EvalError {
        file: at
            .as_ref()
            .map_or_else(|| rule.file.clone(), |(file, _, _)| file.clone()),
        line: at.as_ref().map_or(rule.line, |(_, line, _)| *line),
        rule: rule.query.clone(),
        address: resource.map(|(_, c)| c.address.clone()),
        message,
        column: at.map(|(_, _, column)| column),
    };
    let failed = |e: anyhow::Error| {
        let text = e.to_string();
        if let Some(message) = timed_out(&text, located.policy_timeout) {
            return error(message, None);
        }
        let at = located.sources.locate(&text);
        error(at.message.to_owned(), at.at)
    };
    let value = value.map_err(failed)?;
    if value == Value::Undefined {
        return Ok(Vec::new());
    }
    let json = serde_json::to_value(&value).map_err(|e| error(e.to_string(), None))?;
    let results = result::results_of(json, &rule.name).map_err(|e| error(e, None))?;
    // As Conftest: the rule is evaluated, and an exception naming it turns
    // its results into exceptions.
    let exception = match &rule.exception_query {
        Some(query) if !results.is_empty() => {
            let matched = engine.eval_query(query.clone(), false).map_err(failed)?;
            (!matched.result.is_empty()).then(|| query.clone())
        }
        _ => None,
    };
    Ok(results
        .into_iter()
        .map(|result| RuleResult {
            rule,
            resource: resource.map(|(i, _)| i),
            result,
            exception: exception.clone(),
        })
        .collect())
}

/// `files` without the built-in checks that select none of `kinds`, and
/// whether `filter` selects any check left out. Only built-in checks with
/// an id and a severity are left out: they never reference each other (a
/// user's package may be read by another one), and their METADATA alone
/// says whether the filter selects them (as the build script read it:
/// [`metadata::built_in_selector`]).
fn applicable<'f>(
    files: &'f [PolicyFile],
    kinds: &BTreeSet<String>,
    filter: &CheckFilter,
) -> Result<(std::borrow::Cow<'f, [PolicyFile]>, bool), PolicyError> {
    let helpers = format!("{}lib/", crate::policy::BUILTIN_PREFIX);
    let mut kept = Vec::with_capacity(files.len());
    let mut left_out_selected = false;
    for file in files {
        let check = Some(&file.path)
            .filter(|path| crate::policy::is_builtin(path) && !path.starts_with(&helpers))
            .and_then(|path| metadata::built_in_selector(path));
        let left_out = match check {
            Some(metadata::Custom {
                id: Some(id),
                severity: Some(severity),
                aliases,
                resource_types: Some(types),
                ..
            }) => match Severity::parse(severity) {
                Some(severity) => {
                    let unused = !selects_any(types, kinds)?;
                    if unused {
                        let aliases = aliases.clone().unwrap_or_default();
                        left_out_selected |= filter.selects_check(id, &aliases, severity);
                    }
                    unused
                }
                None => false,
            },
            _ => false,
        };
        if !left_out {
            kept.push(file.clone());
        }
    }
    Ok((std::borrow::Cow::Owned(kept), left_out_selected))
}

/// Whether the `resource_types` globs match any of `kinds`. Most are plain
/// names, which match only themselves: no glob set is built for them
/// (building one per built-in check was a twentieth of compiling for a
/// plan, before anything else could start).
fn selects_any(types: &[String], kinds: &BTreeSet<String>) -> Result<bool, PolicyError> {
    let is_glob = |t: &String| t.contains(['*', '?', '[', ']', '{', '}', '\\']);
    if !types.iter().any(is_glob) {
        return Ok(types.iter().any(|t| kinds.contains(t)));
    }
    let set = glob_set(types)?;
    Ok(kinds.iter().any(|kind| set.is_match(kind)))
}

/// Whether a policy may read the whole plan: any reference into
/// `data.tfguard` other than the built-in helpers (`data.tfguard.lib`), the
/// provider configuration (`data.tfguard.providers`) and user settings
/// (`data.tfguard.config`); `import data.tfguard` then `tfguard.plan` counts.
fn mentions_plan_data(text: &str) -> bool {
    text.match_indices("data.tfguard").any(|(at, found)| {
        let rest = &text[at + found.len()..];
        !(rest.starts_with(".lib") || rest.starts_with(".providers") || rest.starts_with(".config"))
    })
}

/// Whether any data document has the dotted `path` (`tfguard.config.x`).
fn has_data(data: &[serde_json::Value], path: &str) -> bool {
    data.iter().any(|document| {
        path.split('.')
            .try_fold(document, |value, key| value.get(key))
            .is_some_and(|value| !value.is_null())
    })
}

/// `{key: value}` as a regorus object.
fn object(key: &str, value: Value) -> Value {
    Value::from(BTreeMap::from([(Value::from(key), value)]))
}

/// How [`compile`] reads policies.
#[derive(Debug, Clone, Copy, Default)]
pub struct CompileOptions {
    /// Rego v0 syntax instead of v1.
    pub rego_v0: bool,
    /// OPA's strict-mode compile checks too.
    pub strict: bool,
    /// Annotated definitions of a rule evaluate on their own (`check`; see
    /// `rego::normalise`).
    pub per_definition: bool,
    /// A built-in error makes the call undefined instead of failing the
    /// evaluation, as in OPA's (and Conftest's) default; `check` never.
    pub lenient_builtins: bool,
    /// The longest one evaluation (one rule on one input) may run, through
    /// regorus's execution timer; `None` for no bound.
    pub policy_timeout: Option<Duration>,
    /// The built-in library's one-expression functions are written out at
    /// their call sites (`rego::normalise`): for `check`'s VM, whose answers
    /// `tests/optimisations.rs` compares with the interpreter's on the
    /// library as written.
    pub inline_functions: bool,
}

/// The default `--policy-timeout`: far above any real policy (the whole
/// built-in library takes well under a second on 10k resources), low
/// enough that a runaway comprehension ends a CI job in a minute.
pub const DEFAULT_POLICY_TIMEOUT: Duration = Duration::from_secs(60);

/// regorus's execution timer for `limit`, interpreter and VM alike.
fn execution_timer(limit: Duration) -> regorus::utils::limits::ExecutionTimerConfig {
    regorus::utils::limits::ExecutionTimerConfig {
        limit,
        // Clock reads every 64 work units: cheap, and far finer than a second.
        check_interval: std::num::NonZeroU32::MIN.saturating_add(63),
    }
}

/// When a regorus error message is its execution timer firing (the text of
/// `regorus::LimitError::TimeLimitExceeded`, which errors carry as text once
/// they pass through the interpreter): what to say instead of regorus's
/// nanoseconds, naming the `limit`.
pub fn timed_out(message: &str, limit: Option<Duration>) -> Option<String> {
    // The interpreter's text, or the VM's (`Execution exceeded ...`).
    if !message
        .to_ascii_lowercase()
        .contains("execution exceeded time limit")
    {
        return None;
    }
    let limit = limit.map_or_else(
        || "?".to_owned(),
        |l| humantime::format_duration(l).to_string(),
    );
    Some(format!(
        "evaluation exceeded the policy timeout of {limit} (--policy-timeout, policy_timeout in tfguard.toml); nothing was decided, so the run fails"
    ))
}

/// A regorus engine with `files` parsed and compiled and `data` added; the
/// errors located in the policy files, OPA's compile checks included. The
/// [`Sources`] put later evaluation errors on the user's columns.
///
/// `annotations` are the files' METADATA, by path, when the caller has read
/// them already.
pub fn compile(
    files: &[PolicyFile],
    data: &[serde_json::Value],
    options: CompileOptions,
    annotations: Option<&BTreeMap<String, metadata::FileAnnotations>>,
) -> Result<Compiled, PolicyError> {
    compile_with(files, data, options, annotations, |_, _| ()).map(|(compiled, ())| compiled)
}

/// [`compile`], running `beside` while regorus compiles the policies: on a
/// copy of the engine with them loaded (its modules parsed, nothing
/// compiled), and with [`Compiled::vm_refusal`]. Its value is returned
/// only when the policies compile.
fn compile_with<R: Send>(
    files: &[PolicyFile],
    data: &[serde_json::Value],
    options: CompileOptions,
    annotations: Option<&BTreeMap<String, metadata::FileAnnotations>>,
    beside: impl FnOnce(regorus::Engine, Option<&str>) -> R + Send,
) -> Result<(Compiled, R), PolicyError> {
    let CompileOptions {
        rego_v0,
        strict,
        per_definition,
        lenient_builtins,
        policy_timeout,
        inline_functions,
    } = options;
    let mut regorus = regorus::Engine::new();
    regorus.set_rego_v0(rego_v0);
    if let Some(limit) = policy_timeout {
        regorus.set_execution_timer_config(execution_timer(limit));
    }
    regorus.set_strict_builtin_errors(!lenient_builtins);
    builtins::register(&mut regorus, !lenient_builtins).map_err(|e| PolicyError::Data {
        path: "builtins".to_owned(),
        message: e.to_string(),
    })?;
    // regorus parses what the front end made of each file: the same lines,
    // with OPA's compiler rewrites applied (see `rego`).
    let normalised = crate::rego::normalise(
        files,
        rego_v0,
        per_definition,
        inline_functions,
        annotations,
        data,
    )?;
    let sources = normalised.sources;
    if let Some(constants) = normalised.constants {
        regorus.add_data(constants).map_err(|e| PolicyError::Data {
            path: "constant rules".to_owned(),
            message: e.to_string(),
        })?;
    }
    for file in normalised.files {
        regorus
            .add_policy(file.path.clone(), file.text)
            .map_err(|e| rego_error(files, &sources, &file.path, &e.to_string()))?;
    }
    for document in data {
        regorus
            .add_data(Value::from(document.clone()))
            .map_err(|e| PolicyError::Data {
                path: "--data".to_owned(),
                message: e.to_string(),
            })?;
    }
    // Only tfguard's packages can be reached from a built-in check.
    let vm_refusal = normalised
        .written
        .iter()
        .filter(|module| {
            let package = module.package.refr.span().text();
            package == "tfguard" || package.starts_with("tfguard.")
        })
        .find_map(|module| {
            let (rule, line) = vm_refusals::iterating_body_before_else(module)?;
            let file = module.package.span.source.get_path();
            Some(format!("{file}:{line}: rule {rule} iterates before `else`"))
        });
    let loaded = regorus.clone();
    let (compiled, beside) = rayon::join(
        || {
            // regorus compiles lazily; compile now so that errors surface
            // as policy errors before any input is read.
            regorus
                .eval_query("true".to_owned(), false)
                .map_err(|e| rego_error(files, &sources, "", &e.to_string()))?;
            // The checks are about what the user wrote, not the rewrites.
            let errors = compile_errors(&normalised.written, strict);
            if errors.is_empty() {
                Ok(())
            } else {
                Err(PolicyError::Compile { errors })
            }
        },
        || beside(loaded, vm_refusal.as_deref()),
    );
    compiled?;
    Ok((
        Compiled {
            engine: regorus,
            sources,
            vm_refusal,
        },
        beside,
    ))
}

/// What [`compile`] made of the policies.
pub struct Compiled {
    /// regorus, with the policies and data loaded and compiled.
    pub engine: regorus::Engine,
    /// To put regorus's locations back on the user's lines.
    pub sources: Sources,
    /// Why regorus's VM must not run the built-in checks of these policies
    /// (`vm_refusals`): the first construct it would answer wrongly.
    pub vm_refusal: Option<String>,
}

/// One `deny`/`warn`/`violation` rule definition as written: a rule with
/// two bodies (two `deny contains ... if` blocks) is two definitions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleHead {
    pub file: String,
    /// The package path without `data.`.
    pub package: String,
    /// The rule's name (`deny`), also for a definition with a name of its own.
    pub name: String,
    /// The name of a definition that evaluates on its own (see
    /// `rego::normalise`), as regorus knows it.
    pub definition: Option<String>,
    pub level: Level,
    pub line: usize,
}

/// Every policy rule definition of the loaded modules, in load order.
pub fn rule_heads(engine: &mut regorus::Engine) -> Vec<RuleHead> {
    rule_definitions(engine)
        .into_iter()
        .filter_map(|(file, package, name, line)| {
            let (name, definition) = match crate::rego::defined_rule(&name) {
                Some(rule) => (rule.to_owned(), Some(name)),
                None => (name, None),
            };
            let level = rule_level(&name)?;
            Some(RuleHead {
                file,
                package,
                name,
                definition,
                level,
                line,
            })
        })
        .collect()
}

/// `(file, package, rule name, line)` of every rule definition, in load order.
///
/// Reads regorus's parsed modules (`regorus::unstable`), which is why the
/// regorus version is pinned exactly.
pub fn rule_definitions(engine: &mut regorus::Engine) -> Vec<(String, String, String, usize)> {
    let mut heads = Vec::new();
    for module in engine.get_modules().iter() {
        let file = module.package.span.source.get_path().clone();
        let package = module.package.refr.span().text().to_owned();
        for rule in &module.policy {
            heads.push((
                file.clone(),
                package.clone(),
                crate::rego::walk::rule_name(rule).to_owned(),
                rule.span().line as usize,
            ));
        }
    }
    heads
}

/// Collects the rules of every loaded module into packages, in the order
/// the files were given: those selected to run, and the names of plan-level
/// packages with rules that the namespace filter leaves out.
fn packages(
    engine: &mut regorus::Engine,
    annotations: &BTreeMap<String, metadata::FileAnnotations>,
    data: &[serde_json::Value],
    options: &EngineOptions,
) -> Result<(Vec<Package>, Vec<String>), PolicyError> {
    let mut packages: Vec<Package> = Vec::new();
    let with_exceptions: BTreeSet<String> = rule_definitions(engine)
        .into_iter()
        .filter(|(_, _, name, _)| name == "exception")
        .map(|(_, package, _, _)| package)
        .collect();
    let heads = rule_heads(engine);
    // Rules whose definitions evaluate on their own; the definitions under
    // the rule's own name only gather them.
    let split: BTreeSet<(String, String)> = heads
        .iter()
        .filter(|h| h.definition.is_some())
        .map(|h| (h.package.clone(), h.name.clone()))
        .collect();
    for head in heads {
        let gathers = split
            .iter()
            .any(|(package, name)| *package == head.package && *name == head.name);
        if head.definition.is_none() && gathers {
            continue;
        }
        let needs = annotations
            .get(&head.file)
            .and_then(|a| a.package.as_ref())
            .and_then(|p| p.custom.requires_data.as_ref());
        if needs.is_some_and(|paths| !paths.iter().all(|path| has_data(data, path))) {
            continue;
        }
        let path = format!("data.{}", head.package);
        let file_annotations = annotations.get(&head.file).cloned().unwrap_or_default();
        let package_annotations = file_annotations.package.clone().unwrap_or_default();
        let index = match packages.iter().position(|p| p.path == path) {
            Some(index) => index,
            None => {
                packages.push(Package {
                    path: path.clone(),
                    scope: Scope::Plan,
                    include_removals: false,
                    rules: Vec::new(),
                });
                packages.len() - 1
            }
        };
        if let Some(types) = &package_annotations.custom.resource_types {
            packages[index].scope = Scope::Resources(glob_set(types)?);
        }
        if package_annotations.custom.include_removals == Some(true) {
            packages[index].include_removals = true;
        }
        let query = format!(
            "{path}.{}",
            head.definition.as_deref().unwrap_or(&head.name)
        );
        if packages[index].rules.iter().any(|r| r.query == query) {
            continue;
        }
        let annotations = file_annotations.for_definition(&head.name, head.line);
        let rule = Rule {
            query,
            exception_query: with_exceptions
                .contains(&head.package)
                .then(|| exception_query(&head.package, &head.name)),
            documentation: Documentation::of(&annotations),
            annotations,
            name: head.name,
            level: head.level,
            file: head.file,
            line: head.line,
            package: head.package,
        };
        if options.checks.selects(&rule) {
            packages[index].rules.push(rule);
        }
    }
    packages.retain(|p| !p.rules.is_empty());
    let (selected, skipped): (Vec<Package>, Vec<Package>) =
        packages
            .into_iter()
            .partition(|p| match (&p.scope, &options.namespaces) {
                (Scope::Plan, Some(namespaces)) => {
                    namespaces.is_match(p.path.trim_start_matches("data."))
                }
                _ => true,
            });
    let skipped = skipped
        .into_iter()
        .map(|p| p.path.trim_start_matches("data.").to_owned())
        .collect();
    Ok((selected, skipped))
}

/// Turns a regorus parse or compile error into a located policy error.
fn rego_error(
    files: &[PolicyFile],
    sources: &Sources,
    fallback_path: &str,
    message: &str,
) -> PolicyError {
    let error = sources.locate(message);
    let located = error.at.and_then(|(path, line, column)| {
        let file = files.iter().find(|f| f.path == path)?;
        Some((file, line, column))
    });
    match located {
        Some((file, line, column)) => PolicyError::Rego {
            path: file.path.clone(),
            text: file.text.clone(),
            line,
            column,
            message: error.message.to_owned(),
        },
        None => PolicyError::Rego {
            path: fallback_path.to_owned(),
            text: String::new(),
            line: 0,
            column: 0,
            message: error.message.to_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_select_as_their_glob_set_does() {
        let kinds: BTreeSet<String> = ["aws_s3_bucket", "data.aws_iam_policy_document"]
            .map(String::from)
            .into();
        let cases: [&[&str]; 6] = [
            &["aws_s3_bucket"],
            &["aws_s3_bucket_acl", "aws_s3"],
            &["data.aws_iam_policy_document"],
            &["aws_s3_*"],
            &["data.aws_iam_*", "google_*"],
            &["azurerm_storage_account"],
        ];
        for types in cases {
            let types: Vec<String> = types.iter().map(|t| (*t).to_owned()).collect();
            let set = glob_set(&types).unwrap();
            let by_glob = kinds.iter().any(|kind| set.is_match(kind));
            assert_eq!(selects_any(&types, &kinds).unwrap(), by_glob, "{types:?}");
        }
    }
}
