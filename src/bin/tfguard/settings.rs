//! Raw flags and the environment resolved into settings, in one place.

use std::io::IsTerminal;
use std::path::PathBuf;

use tfguard::plan::{PlanInput, TerraformBin};
use tfguard::policy::{self, PolicyError};
use tfguard::report::{Format, Style};
use tfguard::{EngineOptions, Selection};

use crate::cli::{CheckArgs, RegoVersion};

/// Colour only on a terminal, and never with `--no-color` or a non-empty
/// `NO_COLOR` (no-color.org).
pub fn use_color(is_terminal: bool, no_color_flag: bool) -> bool {
    is_terminal && !no_color_flag && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Where policies come from.
pub enum PolicySource {
    Builtin,
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
    pub engine: EngineOptions,
    pub selection: Selection,
    pub config_dir: Option<PathBuf>,
    pub verbose: bool,
    pub format: Format,
    pub style: Style,
    pub fail_on_warn: bool,
    pub no_fail: bool,
}

impl CheckSettings {
    pub fn resolve(args: CheckArgs) -> Result<Self, PolicyError> {
        let config_dir = match args.config_dir {
            Some(dir) if !dir.is_dir() => {
                return Err(PolicyError::Io {
                    path: dir.display().to_string(),
                    source: std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        "--config-dir is not a folder",
                    ),
                });
            }
            Some(dir) => Some(dir),
            None => std::env::current_dir()
                .ok()
                .filter(|dir| tfguard::source::has_configuration(dir)),
        };
        let namespaces = if args.all_namespaces {
            None
        } else {
            Some(policy::glob_set(&args.namespaces)?)
        };
        let policies = if args.policies.is_empty() {
            PolicySource::Builtin
        } else {
            PolicySource::Paths {
                paths: args.policies,
                with_builtin: args.builtin,
            }
        };
        let color = use_color(std::io::stdout().is_terminal(), args.no_color);
        Ok(Self {
            plans: args.plans.iter().map(|p| PlanInput::from_arg(p)).collect(),
            terraform: TerraformBin(args.terraform_bin),
            policies,
            ignore: policy::glob_set(&args.ignore)?,
            data: args.data,
            engine: EngineOptions {
                rego_v0: args.rego_version == RegoVersion::V0,
                namespaces,
            },
            selection: Selection {
                all_resources: args.all_resources,
            },
            config_dir,
            verbose: args.verbose,
            format: args.output,
            style: Style { color, width: None },
            fail_on_warn: args.fail_on_warn,
            no_fail: args.no_fail,
        })
    }
}
