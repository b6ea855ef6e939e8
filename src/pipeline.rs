//! What every subcommand that checks plans shares: the policies that the
//! settings and `tfguard.toml` name, compiled once, and one evaluation of
//! them over plans into a [`Report`].

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use globset::GlobSet;

use crate::approvals::Approvals;
use crate::baseline::Baseline;
use crate::check::{CheckOptions, Report, check};
use crate::config::Config;
use crate::engine::{
    CheckFilter, DEFAULT_POLICY_TIMEOUT, Engine, EngineOptions, EvalError, Progress, Selection,
};
use crate::error::Error;
use crate::finding::Severity;
use crate::owners::Ownership;
use crate::plan::{self, Plan, PlanError, PlanInput, TerraformBin, read_plan_bytes};
use crate::policy::{self, PolicyError, PolicyFile};
use crate::source::SourceMap;

/// Where policies come from.
#[derive(Debug, Clone)]
pub enum PolicySource {
    /// The configured policy sets' paths, and the built-in library unless
    /// the configuration turns it off.
    Configured,
    /// `--policy` paths, with the built-in library on `--builtin`.
    Paths {
        paths: Vec<PathBuf>,
        with_builtin: bool,
    },
}

/// Which policies to load and which of their checks to run.
#[derive(Debug, Clone)]
pub struct PolicyOptions {
    pub source: PolicySource,
    /// `--skip-policy-file` globs.
    pub skip_files: GlobSet,
    pub data: Vec<PathBuf>,
    pub rego_v0: bool,
    /// Plan-level namespaces (globs); `None` means all.
    pub namespaces: Option<GlobSet>,
    /// `--check` ids; `tfguard.toml`'s `checks` when empty.
    pub checks: Vec<String>,
    /// `--skip-check` ids; `tfguard.toml`'s `skip_checks` when empty.
    pub skip_checks: Vec<String>,
    /// `--severity`, else `tfguard.toml`'s `severity`.
    pub min_severity: Option<Severity>,
    /// `--policy-timeout`, else `tfguard.toml`'s `policy_timeout`, else
    /// [`DEFAULT_POLICY_TIMEOUT`]; `Some(0)` means no bound.
    pub policy_timeout: Option<Duration>,
    /// See [`EngineOptions::resource_kinds`]; set by [`PolicyOptions::for_plans`].
    pub resource_kinds: Option<BTreeSet<String>>,
}

impl PolicyOptions {
    /// These options for checking `plans` only: the built-in checks that
    /// none of their resources could match are not compiled.
    pub fn for_plans(&self, plans: &[Plan]) -> Self {
        Self {
            resource_kinds: Some(crate::engine::resource_kinds(plans)),
            ..self.clone()
        }
    }
}

/// Reads `inputs` and compiles the policies `options` name for checking
/// them, both at once: the policies need only the resource kinds, which
/// the plans' texts name ([`plan::kinds_named_in`]) before they are
/// parsed, so compiling runs beside parsing rather than after it. Should
/// the parsed plans hold a kind the texts did not name, the policies are
/// compiled again for the plans' own kinds, as [`PolicyOptions::for_plans`].
///
/// `before` is called before each input is read. A plan's error comes
/// first, as when the plans are loaded before the policies.
pub fn load_plans_and_policies(
    inputs: &[PlanInput],
    terraform: &TerraformBin,
    options: &PolicyOptions,
    config: &Config,
    before: impl Fn(&PlanInput),
) -> Result<(Vec<Plan>, Policies), Error> {
    let texts = inputs
        .iter()
        .map(|input| {
            before(input);
            let name = input.name();
            let text = plan::decode_plan(&name, read_plan_bytes(input, terraform)?)?;
            Ok((name, text))
        })
        .collect::<Result<Vec<_>, PlanError>>()?;
    let named: BTreeSet<String> = texts
        .iter()
        .flat_map(|(_, text)| plan::kinds_named_in(text))
        .collect();
    let speculative = PolicyOptions {
        resource_kinds: Some(named.clone()),
        ..options.clone()
    };
    let (plans, policies) = rayon::join(
        || {
            texts
                .into_iter()
                .map(|(name, text)| Plan::parse(&name, text))
                .collect::<Result<Vec<_>, PlanError>>()
        },
        || Policies::load(&speculative, config),
    );
    let plans = plans?;
    // `named` holds each name with and without `data.`: a change's type
    // is enough to tell whether its kind is there.
    let named_all = plans
        .iter()
        .flat_map(|plan| &plan.resource_changes)
        .all(|change| named.contains(change.resource_type.as_str()));
    let policies = if named_all {
        policies?
    } else {
        Policies::load(&options.for_plans(&plans), config)?
    };
    Ok((plans, policies))
}

/// Policy files and the engine compiled from them.
pub struct Policies {
    pub files: Vec<PolicyFile>,
    pub engine: Engine,
    /// Worth a warning, always shown: plan-level packages left out by the
    /// namespace selection.
    pub warnings: Vec<String>,
}

impl Policies {
    pub fn load(options: &PolicyOptions, config: &Config) -> Result<Self, Error> {
        let (paths, with_builtin) = match &options.source {
            PolicySource::Configured => (config.policy_paths(), config.run_builtin),
            PolicySource::Paths {
                paths,
                with_builtin,
            } => (paths.clone(), *with_builtin),
        };
        let mut files = if paths.is_empty() {
            Vec::new()
        } else {
            policy::discover(&paths, &options.skip_files)?
        };
        if with_builtin {
            files.extend(policy::builtin());
        }
        let data = policy::load_data(&options.data)?;
        let timeout = options
            .policy_timeout
            .or(config.policy_timeout)
            .unwrap_or(DEFAULT_POLICY_TIMEOUT);
        let engine_options = EngineOptions {
            rego_v0: options.rego_v0,
            namespaces: options.namespaces.clone(),
            checks: check_filter(options, config)?,
            policy_timeout: (!timeout.is_zero()).then_some(timeout),
            interpreter_only: false,
            resource_kinds: options.resource_kinds.clone(),
        };
        let engine = Engine::new(&files, &data, &engine_options)?;
        let warnings = engine
            .skipped_packages()
            .iter()
            .map(|package| {
                format!(
                    "package {package} has policy rules but is not in the selected namespaces; it was not evaluated"
                )
            })
            .collect();
        Ok(Self {
            files,
            engine,
            warnings,
        })
    }

    /// Checks `plans`, with `.tf` locations from `terraform_dir` and the
    /// approvals of `approvals`.
    pub fn check(
        &self,
        plans: Vec<Plan>,
        run: &RunOptions,
        approvals: Approvals,
        progress: Option<Arc<dyn Progress>>,
    ) -> Result<Report, Error> {
        let baseline = match &run.baseline {
            Some(path) => Some((Baseline::load(path)?, path.display().to_string())),
            None => None,
        };
        let sources = run.terraform_dir.as_deref().map(SourceMap::load);
        let config = &approvals.config;
        let ownership = Ownership::new(
            config.owner_rules.clone(),
            sources.as_ref().map(SourceMap::root),
            config.codeowners,
        );
        let options = CheckOptions {
            baseline,
            ownership: Some(ownership),
            selection: run.selection,
            sources,
            today: None,
            progress,
            approvals: Some(approvals),
            unknown_fails: run.unknown_fails,
        };
        check(&self.engine, plans, options).map_err(|e| self.locate(e))
    }

    /// An evaluation error that regorus located in a policy file becomes a
    /// policy error with that file's text, to be shown like a parse error.
    fn locate(&self, error: EvalError) -> Error {
        let located = error.column.and_then(|column| {
            let file = self.files.iter().find(|f| f.path == error.file)?;
            Some((file, error.line, column))
        });
        match located {
            Some((file, line, column)) => Error::Policy(PolicyError::Rego {
                path: file.path.clone(),
                text: file.text.clone(),
                line,
                column,
                message: error.what(),
            }),
            None => Error::Eval(error),
        }
    }
}

/// How plans are checked, beyond the policies.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub selection: Selection,
    /// The Terraform configuration, for `.tf` locations and inline ignores.
    pub terraform_dir: Option<PathBuf>,
    /// `--unknown=fail`.
    pub unknown_fails: bool,
    /// `--baseline`, else `baseline` in `tfguard.toml`.
    pub baseline: Option<PathBuf>,
}

/// The check selection: flags when given, else `tfguard.toml`.
fn check_filter(options: &PolicyOptions, config: &Config) -> Result<CheckFilter, PolicyError> {
    let pick = |flags: &[String], configured: &[String]| -> Result<Option<GlobSet>, PolicyError> {
        let globs = if flags.is_empty() { configured } else { flags };
        if globs.is_empty() {
            Ok(None)
        } else {
            policy::glob_set(globs).map(Some)
        }
    };
    Ok(CheckFilter {
        only: pick(&options.checks, &config.checks)?,
        skip: pick(&options.skip_checks, &config.skip_checks)?,
        min_severity: options.min_severity.or(config.min_severity),
    })
}
