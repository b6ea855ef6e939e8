//! Raw flags, the environment and `tfguard.toml` resolved into settings,
//! once and in one place. The environment is captured in [`Env`] before
//! anything runs; nothing reads it after resolution.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use tfguard::approvals::ApprovalRequest;
use tfguard::config::{CONFIG_FILE, Config, ConfigError};
use tfguard::conftest::{ConftestToml, OutputFormat, RenderOptions};
use tfguard::date::{Date, now_rfc3339};
use tfguard::pipeline::{PolicyOptions, PolicySource, RunOptions};
use tfguard::plan::{PlanInput, TerraformBin};
use tfguard::policy::{self, PolicyError};
use tfguard::report::{Format, Style};
use tfguard::{PlanError, Selection};

use crate::cli::{
    ApproveArgs, AtlantisArgs, OutputArgs, PolicyArgs, RegoVersion, TestArgs, UnknownMode,
};

/// A combination of flags that cannot work, or a file they name that
/// cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error(transparent)]
    Policy(#[from] PolicyError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error("{0}")]
    Usage(String),
}

/// The process environment, read once at start-up.
pub struct Env {
    pub cwd: PathBuf,
    vars: BTreeMap<String, String>,
    pub stdout_terminal: bool,
    pub stderr_terminal: bool,
}

/// Turns off the stack traces Rust libraries capture in their errors,
/// unless `RUST_LIB_BACKTRACE` asks for them: regorus's parser builds an
/// `anyhow` error at every backtracking step, and with `RUST_BACKTRACE` set
/// (common in CI images) each one walks the stack. That made a 1k-resource
/// `check` 1.5x slower (docs/PERFORMANCE.md), and tfguard never shows those
/// traces. Panics still follow `RUST_BACKTRACE`.
///
/// Must run first in `main`, before any thread exists.
#[allow(unsafe_code)]
pub fn no_library_backtraces() {
    if std::env::var_os("RUST_LIB_BACKTRACE").is_none() {
        // SAFETY: no other thread exists yet (see above), so nothing reads
        // or writes the environment at the same time.
        unsafe { std::env::set_var("RUST_LIB_BACKTRACE", "0") };
    }
}

impl Env {
    pub fn capture() -> Self {
        Self {
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            vars: std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
                .collect(),
            stdout_terminal: std::io::stdout().is_terminal(),
            stderr_terminal: std::io::stderr().is_terminal(),
        }
    }

    /// A variable's value; unset and empty are the same.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// Colour only on a terminal, and never with `--no-color` or a
    /// non-empty `NO_COLOR` (no-color.org).
    pub fn color(&self, terminal: bool, no_color_flag: bool) -> bool {
        terminal && !no_color_flag && self.var("NO_COLOR").is_none()
    }
}

/// Everything a command that checks plans needs, decided.
pub struct CheckSettings {
    pub plans: Vec<PlanInput>,
    pub terraform: TerraformBin,
    pub policy: PolicyOptions,
    pub run: RunOptions,
    pub config: Config,
    /// What `-v` prints: which configuration was used, and why.
    pub notes: Vec<String>,
    pub verbose: bool,
}

impl CheckSettings {
    /// Resolves the options every checking command shares. `project` is
    /// where the configuration is looked for and, when it holds `.tf`
    /// files, where their locations are read (the current folder, or
    /// `plan --chdir`, or Atlantis's `DIR`).
    pub fn resolve(
        plans: &[String],
        args: PolicyArgs,
        project: &Path,
        verbose: bool,
    ) -> Result<Self, SettingsError> {
        if let Some(dir) = args.terraform_dir.as_ref().filter(|d| !d.is_dir()) {
            return Err(SettingsError::Usage(format!(
                "--terraform-dir {}: not a folder",
                dir.display()
            )));
        }
        let config = Config::discover(args.config.as_deref(), project)?;
        let mut notes = vec![match &config.path {
            Some(path) => format!("using {}", path.display()),
            None => format!(
                "no {CONFIG_FILE} found from {} up to the repository root; using the defaults",
                project.display()
            ),
        }];
        let terraform_dir = args
            .terraform_dir
            .or_else(|| config.terraform_dir.clone())
            .or_else(|| tfguard::source::has_configuration(project).then(|| project.to_path_buf()));
        if let Some(dir) = &terraform_dir {
            notes.push(format!("reading .tf files in {}", dir.display()));
        }
        let namespaces = if args.all_namespaces {
            None
        } else {
            Some(policy::glob_set(&args.namespaces)?)
        };
        let source = if args.policies.is_empty() {
            PolicySource::Configured
        } else {
            PolicySource::Paths {
                paths: args.policies,
                with_builtin: args.builtin,
            }
        };
        Ok(Self {
            plans: PlanInput::expand(plans)?,
            terraform: TerraformBin(args.terraform.terraform_bin),
            policy: PolicyOptions {
                source,
                skip_files: policy::glob_set(&args.skip_policy_file)?,
                data: args.data,
                rego_v0: args.rego_version == RegoVersion::V0,
                namespaces,
                checks: args.checks,
                skip_checks: args.skip_checks,
                min_severity: args.severity,
                policy_timeout: args.policy_timeout,
                resource_kinds: None,
            },
            run: RunOptions {
                selection: Selection {
                    all_resources: args.all_resources,
                },
                terraform_dir,
                unknown_fails: args.unknown == UnknownMode::Fail,
                baseline: args.baseline.or_else(|| config.baseline.clone()),
            },
            config,
            notes,
            verbose,
        })
    }
}

/// Where the reports of `check` and `plan` go, and when they fail.
pub struct OutputSettings {
    /// Where each report goes; `None` is stdout. At most one goes to stdout.
    pub outputs: Vec<(Format, Option<PathBuf>)>,
    /// `$GITHUB_STEP_SUMMARY`, when a `github` output is asked for: the
    /// Markdown report is appended there as the job summary.
    pub step_summary: Option<PathBuf>,
    pub style: Style,
    pub fail_on_warn: bool,
    pub no_fail: bool,
    /// Whether a progress bar may be drawn on stderr.
    pub progress: bool,
}

impl OutputSettings {
    pub fn resolve(args: OutputArgs, env: &Env) -> Result<Self, SettingsError> {
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
        let step_summary = outputs
            .iter()
            .any(|(format, _)| *format == Format::Github)
            .then(|| env.var("GITHUB_STEP_SUMMARY").map(PathBuf::from))
            .flatten();
        Ok(Self {
            outputs,
            step_summary,
            style: Style {
                color: env.color(env.stdout_terminal, args.no_color),
                width: None,
                quiet: args.quiet,
                fail_on_warn: args.fail_on_warn,
                docs_url: env.var("TFGUARD_DOCS_URL").map(str::to_owned),
                group_by: args.group_by,
            },
            fail_on_warn: args.fail_on_warn,
            no_fail: args.no_fail,
            progress: env.stderr_terminal,
        })
    }
}

/// `tfguard approve`, decided.
pub struct ApproveSettings {
    pub check: CheckSettings,
    pub request: ApprovalRequest,
    pub sign: Option<PathBuf>,
}

impl ApproveSettings {
    /// The author is `--author`, else `PULL_AUTHOR` (Atlantis), else
    /// `GITHUB_ACTOR` (GitHub Actions); the commit `HEAD_COMMIT`, else
    /// `GITHUB_SHA`; the pull request `PULL_NUM`.
    pub fn resolve(args: ApproveArgs, env: &Env, verbose: bool) -> Result<Self, SettingsError> {
        let check = CheckSettings::resolve(
            std::slice::from_ref(&args.plan),
            args.policy,
            &env.cwd,
            verbose,
        )?;
        let owned = |v: Option<&str>| v.map(str::to_owned);
        let request = ApprovalRequest {
            policy_set: args.policy_set,
            user: args.user,
            reason: args.reason,
            expires: args.expires,
            fingerprints: args.fingerprints,
            author: args
                .author
                .or_else(|| owned(env.var("PULL_AUTHOR")))
                .or_else(|| owned(env.var("GITHUB_ACTOR"))),
            plan: args.plan,
            head_commit: owned(env.var("HEAD_COMMIT")).or_else(|| owned(env.var("GITHUB_SHA"))),
            pull_num: owned(env.var("PULL_NUM")),
            time: now_rfc3339(),
            today: Date::today(),
        };
        Ok(Self {
            check,
            request,
            sign: args.sign,
        })
    }
}

/// `tfguard atlantis`, decided.
pub struct AtlantisSettings {
    pub check: CheckSettings,
    pub only_set: Option<String>,
}

impl AtlantisSettings {
    /// The plan is `--showfile`, else `SHOWFILE`; the project folder is
    /// `DIR`, else the current folder.
    pub fn resolve(args: AtlantisArgs, env: &Env, verbose: bool) -> Result<Self, SettingsError> {
        let showfile = args
            .showfile
            .or_else(|| env.var("SHOWFILE").map(str::to_owned))
            .ok_or_else(|| {
                SettingsError::Usage(
                    "SHOWFILE is not set (run this from an Atlantis policy_check step, or pass --showfile)"
                        .to_owned(),
                )
            })?;
        let project = env
            .var("DIR")
            .map_or_else(|| env.cwd.clone(), PathBuf::from);
        let check = CheckSettings::resolve(&[showfile], args.policy, &project, verbose)?;
        if let Some(only) = &args.policy_set
            && check.config.is_configured()
            && check.config.set(only).is_none()
        {
            return Err(SettingsError::Usage(format!("unknown policy set {only:?}")));
        }
        Ok(Self {
            check,
            only_set: args.policy_set,
        })
    }
}

/// `tfguard test`'s flags after Conftest's precedence: command line, then
/// `CONFTEST_*` variables (both through clap), then `conftest.toml` in the
/// current folder, then Conftest's defaults.
pub struct TestSettings {
    pub inputs: Vec<PlanInput>,
    pub terraform: TerraformBin,
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
    /// `None` when `--policy-timeout 0`.
    pub policy_timeout: Option<std::time::Duration>,
    pub notes: Vec<String>,
}

impl TestSettings {
    pub fn resolve(
        args: TestArgs,
        config: &ConftestToml,
        env: &Env,
    ) -> Result<Self, SettingsError> {
        let policies = layered(&args.policies, config.policy.values(), "policy");
        let namespaces = layered(&args.namespaces, config.namespace.values(), "main");
        let output = named(args.output, &config.output, "output", OutputFormat::Stdout)?;
        let rego_version = named(
            args.rego_version,
            &config.rego_version,
            "rego-version",
            RegoVersion::V1,
        )?;
        let notes = vec![match &config.path {
            Some(path) => format!("using {}", path.display()),
            None => "no conftest.toml here; using the flags and Conftest's defaults".to_owned(),
        }];
        Ok(Self {
            inputs: PlanInput::expand(&args.files)?,
            terraform: TerraformBin(args.terraform.terraform_bin),
            policies,
            namespaces: (!(args.all_namespaces || config.all_namespaces)).then_some(namespaces),
            data: layered_or_empty(&args.data, config.data.values()),
            output,
            render: RenderOptions {
                color: env.color(env.stdout_terminal, args.no_color || config.no_color),
                suppress_exceptions: args.suppress_exceptions || config.suppress_exceptions,
                working_dir: Some(env.cwd.clone()),
            },
            no_fail: args.no_fail || config.no_fail,
            fail_on_warn: args.fail_on_warn || config.fail_on_warn,
            quiet: args.quiet || config.quiet,
            combine: args.combine || config.combine,
            strict: args.strict || config.strict,
            show_builtin_errors: args.show_builtin_errors || config.show_builtin_errors,
            trace: args.trace || config.trace,
            rego_v0: rego_version == RegoVersion::V0,
            policy_timeout: (!args.policy_timeout.is_zero()).then_some(args.policy_timeout),
            notes,
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
