//! Raw flags and the environment resolved into settings, in one place.

use std::io::IsTerminal;
use std::path::PathBuf;

use tfguard::plan::{PlanInput, TerraformBin};
use tfguard::policy::{self, PolicyError};
use tfguard::report::{Format, Style};
use tfguard::{EngineOptions, Selection};

use clap::ValueEnum;
use tfguard::conftest::{ConftestConfig, OutputFormat, RenderOptions};

use crate::cli::{CheckOptionArgs, RegoVersion, TestArgs, UnknownMode};

/// A combination of flags that cannot work.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error(transparent)]
    Policy(#[from] PolicyError),
    #[error("{0}")]
    Usage(String),
}

/// Colour only on a terminal, and never with `--no-color` or a non-empty
/// `NO_COLOR` (no-color.org).
pub fn use_color(is_terminal: bool, no_color_flag: bool) -> bool {
    is_terminal && !no_color_flag && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Where policies come from.
pub enum PolicySource {
    /// The configured policy sets' paths, and the built-in library unless
    /// the configuration turns it off.
    Configured,
    Paths {
        paths: Vec<PathBuf>,
        with_builtin: bool,
    },
}

/// Everything `check` needs, decided.
pub struct CheckSettings {
    pub plans: Vec<PlanInput>,
    pub terraform: TerraformBin,
    pub policies: PolicySource,
    pub ignore: globset::GlobSet,
    pub data: Vec<PathBuf>,
    /// Without the check filter, which needs tfguard.toml: see [`CheckSettings::engine_options`].
    pub engine: EngineOptions,
    pub checks: Vec<String>,
    pub skip_checks: Vec<String>,
    pub min_severity: Option<tfguard::Severity>,
    pub selection: Selection,
    /// `--config-dir`; see [`CheckSettings::configuration_dir`] for the fallbacks.
    pub config_dir: Option<PathBuf>,
    /// `--config`, else `tfguard.toml` in the current folder when present.
    pub config_file: Option<PathBuf>,
    pub unknown_fails: bool,
    pub verbose: bool,
    /// Where each report goes; `None` is stdout. At most one goes to stdout.
    pub outputs: Vec<(Format, Option<PathBuf>)>,
    /// `$GITHUB_STEP_SUMMARY`, when a `github` output is asked for: the
    /// Markdown report is appended there as the job summary.
    pub step_summary: Option<PathBuf>,
    pub style: Style,
    pub fail_on_warn: bool,
    pub no_fail: bool,
}

impl CheckSettings {
    /// Reads every plan input, in order; `before` runs before each (for
    /// the progress bar).
    pub fn load_plans(
        &self,
        before: impl Fn(&PlanInput),
    ) -> Result<Vec<tfguard::Plan>, tfguard::PlanError> {
        self.plans
            .iter()
            .map(|input| {
                before(input);
                tfguard::Plan::load(input, &self.terraform)
            })
            .collect()
    }

    /// Engine options with the check selection: flags, else tfguard.toml.
    pub fn engine_options(
        &self,
        config: &tfguard::approvals::Config,
    ) -> Result<EngineOptions, PolicyError> {
        let pick = |flags: &[String],
                    configured: &[String]|
         -> Result<Option<globset::GlobSet>, PolicyError> {
            let globs = if flags.is_empty() { configured } else { flags };
            if globs.is_empty() {
                Ok(None)
            } else {
                policy::glob_set(globs).map(Some)
            }
        };
        let mut options = self.engine.clone();
        options.checks = tfguard::engine::CheckFilter {
            only: pick(&self.checks, &config.checks)?,
            skip: pick(&self.skip_checks, &config.skip_checks)?,
            min_severity: self.min_severity.or(config.min_severity),
        };
        Ok(options)
    }

    /// The Terraform configuration: `--config-dir`, else `config_dir` in
    /// tfguard.toml, else the current folder when it holds `.tf` files.
    pub fn configuration_dir(&self, config: &tfguard::approvals::Config) -> Option<PathBuf> {
        self.config_dir
            .clone()
            .or_else(|| config.config_dir.clone())
            .or_else(|| {
                std::env::current_dir()
                    .ok()
                    .filter(|dir| tfguard::source::has_configuration(dir))
            })
    }

    /// Resolves the options `check` and `plan` share; `plans` are the inputs
    /// (empty for `plan`, which makes its own).
    pub fn resolve(plans: Vec<PlanInput>, args: CheckOptionArgs) -> Result<Self, SettingsError> {
        let config_dir = match args.config_dir {
            Some(dir) if !dir.is_dir() => {
                return Err(SettingsError::Usage(format!(
                    "--config-dir {}: not a folder",
                    dir.display()
                )));
            }
            dir => dir,
        };
        let namespaces = if args.all_namespaces {
            None
        } else {
            Some(policy::glob_set(&args.namespaces)?)
        };
        let policies = if args.policies.is_empty() {
            PolicySource::Configured
        } else {
            PolicySource::Paths {
                paths: args.policies,
                with_builtin: args.builtin,
            }
        };
        let color = use_color(std::io::stdout().is_terminal(), args.no_color);
        let mut outputs: Vec<(Format, Option<PathBuf>)> = args
            .outputs
            .into_iter()
            .map(|o| (o.format, o.file))
            .collect();
        if outputs.is_empty() {
            outputs.push((Format::Human, None));
        }
        if outputs.iter().filter(|(_, file)| file.is_none()).count() > 1 {
            return Err(SettingsError::Usage(
                "only one -o format can go to stdout; give the others a file (-o sarif=results.sarif)"
                    .to_owned(),
            ));
        }
        Ok(Self {
            plans,
            terraform: TerraformBin(args.terraform_bin),
            policies,
            ignore: policy::glob_set(&args.ignore)?,
            data: args.data,
            engine: EngineOptions {
                rego_v0: args.rego_version == RegoVersion::V0,
                namespaces,
                checks: tfguard::engine::CheckFilter::default(),
            },
            checks: args.checks,
            skip_checks: args.skip_checks,
            min_severity: args.severity,
            selection: Selection {
                all_resources: args.all_resources,
            },
            config_dir,
            config_file: args.config,
            unknown_fails: args.unknown == UnknownMode::Fail,
            verbose: args.verbose,
            step_summary: outputs
                .iter()
                .any(|(format, _)| *format == Format::Github)
                .then(|| std::env::var_os("GITHUB_STEP_SUMMARY"))
                .flatten()
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            outputs,
            style: Style { color, width: None },
            fail_on_warn: args.fail_on_warn,
            no_fail: args.no_fail,
        })
    }
}

/// `tfguard test`'s flags after Conftest's precedence: command line, then
/// `CONFTEST_*` variables (both through clap), then `conftest.toml` in the
/// current folder, then Conftest's defaults.
pub struct TestSettings {
    pub policies: Vec<PathBuf>,
    pub namespaces: Option<Vec<String>>,
    pub data: Vec<PathBuf>,
    pub output: OutputFormat,
    pub render: RenderOptions,
    pub no_fail: bool,
    pub fail_on_warn: bool,
    pub quiet: bool,
    pub combine: bool,
    pub strict: bool,
    pub show_builtin_errors: bool,
    pub trace: bool,
    pub rego_v0: bool,
}

impl TestSettings {
    pub fn resolve(args: &TestArgs, config: &ConftestConfig) -> Result<Self, SettingsError> {
        let policies = layered(&args.policies, config.policy.values(), "policy");
        let namespaces = layered(&args.namespaces, config.namespace.values(), "main");
        let output = named(args.output, &config.output, "output", OutputFormat::Stdout)?;
        let rego_version = named(
            args.rego_version,
            &config.rego_version,
            "rego-version",
            RegoVersion::V1,
        )?;
        Ok(Self {
            policies,
            namespaces: (!(args.all_namespaces || config.all_namespaces)).then_some(namespaces),
            data: layered_or_empty(&args.data, config.data.values()),
            output,
            render: RenderOptions {
                color: !(args.no_color || config.no_color),
                suppress_exceptions: args.suppress_exceptions || config.suppress_exceptions,
                working_dir: std::env::current_dir().ok(),
            },
            no_fail: args.no_fail || config.no_fail,
            fail_on_warn: args.fail_on_warn || config.fail_on_warn,
            quiet: args.quiet || config.quiet,
            combine: args.combine || config.combine,
            strict: args.strict || config.strict,
            show_builtin_errors: args.show_builtin_errors || config.show_builtin_errors,
            trace: args.trace || config.trace,
            rego_v0: rego_version == RegoVersion::V0,
        })
    }
}

/// A list flag: the command line's (or `CONFTEST_*`'s) values, else
/// `conftest.toml`'s.
fn layered_or_empty<T: From<String> + Clone>(given: &[T], configured: Vec<String>) -> Vec<T> {
    if given.is_empty() {
        configured.into_iter().map(T::from).collect()
    } else {
        given.to_vec()
    }
}

/// [`layered_or_empty`], falling back to Conftest's one default value.
fn layered<T: From<String> + Clone>(given: &[T], configured: Vec<String>, default: &str) -> Vec<T> {
    let values = layered_or_empty(given, configured);
    if values.is_empty() {
        vec![T::from(default.to_owned())]
    } else {
        values
    }
}

/// A choice flag: the command line's, else `conftest.toml`'s `key` parsed
/// as the flag would be, else the default.
fn named<T: ValueEnum>(
    given: Option<T>,
    configured: &Option<String>,
    key: &str,
    default: T,
) -> Result<T, SettingsError> {
    match (given, configured) {
        (Some(value), _) => Ok(value),
        (None, Some(name)) => T::from_str(name, true)
            .map_err(|_| SettingsError::Usage(format!("conftest.toml: unknown {key} '{name}'"))),
        (None, None) => Ok(default),
    }
}
