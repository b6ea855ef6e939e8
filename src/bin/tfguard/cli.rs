//! The raw command line, exactly as clap parses it. Nothing here decides
//! anything: `settings.rs` resolves these flags into settings.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use tfguard::report::listing::{ListFormat, VerifyDetail};
use tfguard::report::{Format, GroupBy};

#[derive(Debug, Parser)]
#[command(
    name = "tfguard",
    version,
    about = "Check Terraform plans against Rego policies before apply"
)]
pub struct Cli {
    /// Also say on stderr what was read and decided: the tfguard.toml (or
    /// conftest.toml) used, configuration files that could not be read,
    /// findings with no `.tf` block.
    #[arg(short, long, global = true)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check one or more plans (JSON, `-` for stdin, or binary plan files).
    Check(CheckArgs),
    /// Run `terraform plan` here, check the plan, and keep it for `terraform apply`.
    Plan(PlanArgs),
    /// Write the current open findings to a baseline file, so that later
    /// checks fail only on new ones.
    Baseline(BaselineArgs),
    /// Approve the failing findings of a policy set (recorded in the ledger).
    Approve(ApproveArgs),
    /// List, clear or prune recorded approvals.
    #[command(subcommand)]
    Approvals(ApprovalsCommand),
    /// Atlantis custom policy check: reads SHOWFILE and friends, prints one
    /// block per policy set, exits 0 whenever it produced a result.
    Atlantis(AtlantisArgs),
    /// Conftest-compatible: `conftest test` semantics and output for Conftest policies.
    Test(TestArgs),
    /// Run the `test_*` rules of policy folders (like `conftest verify` / `opa test`).
    Verify(VerifyArgs),
    /// List the built-in checks, explain one, or write their documentation.
    Rules(RulesArgs),
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Plan files: `terraform show -json` output, `-` for stdin, or `terraform plan -out` files.
    /// Folders stand for their `*.json` and `*.tfplan` files.
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<String>,

    #[command(flatten)]
    pub policy: PolicyArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct BaselineArgs {
    /// Plans whose open findings make the baseline (folders stand for their plan files).
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<String>,

    /// The baseline file to write.
    #[arg(short, long = "output", value_name = "FILE", default_value = tfguard::baseline::BASELINE_FILE)]
    pub output: PathBuf,

    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Keep the binary plan here, so `terraform apply FILE` applies exactly what was checked.
    /// Without it, the plan is written to a temporary file and removed.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Plan the Terraform configuration in this folder (terraform's
    /// `-chdir`, which must come before `plan`); it is also where findings'
    /// `.tf` lines are looked up.
    #[arg(long, value_name = "DIR")]
    pub chdir: Option<PathBuf>,

    #[command(flatten)]
    pub policy: PolicyArgs,

    #[command(flatten)]
    pub output: OutputArgs,

    /// Arguments passed to `terraform plan` (after `--`).
    #[arg(last = true, value_name = "TERRAFORM_ARGS")]
    pub terraform_args: Vec<String>,
}

/// One `-o` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputSpec {
    pub format: Format,
    pub file: Option<PathBuf>,
}

fn parse_severity(value: &str) -> Result<tfguard::Severity, String> {
    tfguard::Severity::parse(value)
        .ok_or_else(|| format!("{value:?} is not one of info, low, medium, high, critical"))
}

fn parse_duration(value: &str) -> Result<std::time::Duration, String> {
    tfguard::config::parse_duration(value)
}

fn parse_output(value: &str) -> Result<OutputSpec, String> {
    let (format, file) = match value.split_once('=') {
        Some((format, file)) if !file.is_empty() => (format, Some(PathBuf::from(file))),
        Some(_) => return Err(format!("{value:?}: the file after `=` is empty")),
        None => (value, None),
    };
    let format = Format::from_str(format, true).map_err(|_| {
        let names: Vec<String> = Format::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_owned()))
            .collect();
        format!("unknown format {format:?} (one of: {})", names.join(", "))
    })?;
    Ok(OutputSpec { format, file })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UnknownMode {
    Report,
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RegoVersion {
    V0,
    V1,
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    /// The policy set whose failing findings to approve.
    #[arg(long, value_name = "NAME")]
    pub policy_set: String,
    /// Who approves (must be an owner of the set).
    #[arg(long)]
    pub user: String,
    /// Why: recorded and shown with every acknowledged finding.
    #[arg(long)]
    pub reason: String,
    /// Last day (UTC) the approval counts.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub expires: Option<String>,
    /// Approve only these fingerprints (default: every failing finding of the set).
    #[arg(long = "fingerprint", value_name = "FP")]
    pub fingerprints: Vec<String>,
    /// The pull-request author (else PULL_AUTHOR, else GITHUB_ACTOR), for prevent_self_approve.
    #[arg(long)]
    pub author: Option<String>,
    /// Sign the entry with this OpenSSH private key (ssh-keygen -Y sign format).
    #[arg(long, value_name = "KEY")]
    pub sign: Option<PathBuf>,
    /// The plan whose findings are approved.
    #[arg(value_name = "PLAN")]
    pub plan: String,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

// Parsed once per run: the size of `Prune`'s options does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum ApprovalsCommand {
    /// List recorded approvals.
    List {
        #[arg(short, long = "output", value_enum, default_value_t = ListFormat::Text)]
        output: ListFormat,
        /// Configuration file [default: the nearest tfguard.toml].
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Remove every approval of a policy set (like Atlantis's --clear-policy-approval).
    Clear {
        #[arg(long, value_name = "NAME")]
        policy_set: String,
        /// Configuration file [default: the nearest tfguard.toml].
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Drop expired approvals, and with plans, approvals that match no current finding.
    Prune {
        /// Plans whose current findings approvals are matched against.
        #[arg(value_name = "PLAN")]
        plans: Vec<String>,
        #[command(flatten)]
        policy: PolicyArgs,
    },
}

#[derive(Debug, Args)]
pub struct AtlantisArgs {
    /// Print only this policy set's block (one Atlantis `run` step per set).
    #[arg(long, value_name = "NAME")]
    pub policy_set: Option<String>,
    /// The plan JSON (default: $SHOWFILE).
    #[arg(long, value_name = "FILE")]
    pub showfile: Option<String>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[arg(short, long = "output", value_enum, default_value_t = ListFormat::Text)]
    pub output: ListFormat,
    #[command(subcommand)]
    pub action: Option<RulesAction>,
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Print one check's documentation, by id or alias.
    Explain {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// Write docs/checks/<id>.md for every check, and an index.
    Docs {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Policy files or folders, tests included (the same as `-p`).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Policy files or folders, tests included [default: policy].
    #[arg(short, long = "policy", value_name = "PATH")]
    pub policies: Vec<PathBuf>,
    /// Data files or folders, merged under `data`.
    #[arg(short, long = "data", value_name = "PATH")]
    pub data: Vec<PathBuf>,
    /// `full`: every test; `notes`: failures and what tests `print()`ed; `fails`: failures only.
    #[arg(long, value_enum, default_value_t = VerifyDetail::Fails)]
    pub report: VerifyDetail,
    /// Print line coverage per policy file (test files excluded).
    #[arg(long)]
    pub coverage: bool,
    /// Fail (exit 1) when total coverage is below this percentage; implies --coverage.
    #[arg(long, value_name = "PCT")]
    pub coverage_min: Option<f64>,
    /// Rego syntax of the policies.
    #[arg(long, value_enum, default_value_t = RegoVersion::V1)]
    pub rego_version: RegoVersion,
    /// OPA's strict mode: unused variables, arguments and imports, shadowed
    /// `input`/`data` and deprecated built-ins are errors.
    #[arg(long)]
    pub strict: bool,
    /// The longest one test may take (`60s`, `2m`; `0` for no limit). Past
    /// it the run fails (exit 2), naming the query.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, default_value = "60s")]
    pub policy_timeout: std::time::Duration,
    #[arg(short, long = "output", value_enum, default_value_t = ListFormat::Text)]
    pub output: ListFormat,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Plans: JSON, binary plan files, or folders of them.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    /// Policy files or folders [default: policy].
    #[arg(
        short,
        long = "policy",
        value_name = "PATH",
        env = "CONFTEST_POLICY",
        value_delimiter = ','
    )]
    pub policies: Vec<PathBuf>,
    /// Namespaces to test (globs) [default: main].
    #[arg(
        short,
        long = "namespace",
        value_name = "NAMESPACE",
        env = "CONFTEST_NAMESPACE",
        value_delimiter = ','
    )]
    pub namespaces: Vec<String>,
    /// Test every namespace.
    #[arg(long, env = "CONFTEST_ALL_NAMESPACES")]
    pub all_namespaces: bool,
    /// Data files or folders, merged under `data`.
    #[arg(
        short,
        long = "data",
        value_name = "PATH",
        env = "CONFTEST_DATA",
        value_delimiter = ','
    )]
    pub data: Vec<PathBuf>,
    /// Output format [default: stdout].
    #[arg(short, long, value_enum, env = "CONFTEST_OUTPUT")]
    pub output: Option<tfguard::conftest::OutputFormat>,
    /// No colour (colour is also off when stdout is not a terminal, or NO_COLOR is set).
    #[arg(long, env = "CONFTEST_NO_COLOR")]
    pub no_color: bool,
    /// Always exit 0 when the test ran.
    #[arg(long, env = "CONFTEST_NO_FAIL")]
    pub no_fail: bool,
    /// Exit 1 on warnings too.
    #[arg(long, env = "CONFTEST_FAIL_ON_WARN")]
    pub fail_on_warn: bool,
    /// Leave exceptions out of the `stdout` output (they are still counted).
    #[arg(long, env = "CONFTEST_SUPPRESS_EXCEPTIONS")]
    pub suppress_exceptions: bool,
    /// Test all files together as one input: `[{path, contents}, ...]`.
    #[arg(long, env = "CONFTEST_COMBINE")]
    pub combine: bool,
    /// Built-in errors (`count(null)`, bad JSON for `json.unmarshal`) fail
    /// the run; by default, as in Conftest, such a call is undefined.
    #[arg(long, env = "CONFTEST_SHOW_BUILTIN_ERRORS")]
    pub show_builtin_errors: bool,
    /// Print nothing when the exit code would be 0.
    #[arg(long, env = "CONFTEST_QUIET")]
    pub quiet: bool,
    /// OPA's strict mode: unused variables, arguments and imports, shadowed
    /// `input`/`data` and deprecated built-ins are errors.
    #[arg(long, env = "CONFTEST_STRICT")]
    pub strict: bool,
    /// Write each query's evaluation trace to stderr.
    #[arg(long, env = "CONFTEST_TRACE")]
    pub trace: bool,
    /// The longest one query may take (`60s`, `2m`; `0` for no limit). Past
    /// it the run fails (exit 2), naming the query.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, default_value = "60s")]
    pub policy_timeout: std::time::Duration,
    /// Rego syntax of the policies [default: v1].
    #[arg(long, value_enum, env = "CONFTEST_REGO_VERSION")]
    pub rego_version: Option<RegoVersion>,
    #[command(flatten)]
    pub terraform: TerraformArgs,
}

/// What every command that checks plans shares: which policies, which
/// checks, which resources, and where the configuration is.
#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// tfguard.toml to use [default: the nearest one, from here up to the repository root].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Policy file or folder (walked recursively; `*_test.rego` is skipped).
    /// Repeatable. Without it, the built-in library runs.
    #[arg(short, long = "policy", value_name = "PATH")]
    pub policies: Vec<PathBuf>,

    /// Also run the built-in library when `--policy` is given.
    #[arg(long)]
    pub builtin: bool,

    /// Do not load policy files matching this glob (path or file name). Repeatable.
    #[arg(long, value_name = "GLOB")]
    pub skip_policy_file: Vec<String>,

    /// JSON or YAML data file or folder, merged under `data`. Repeatable.
    #[arg(short, long = "data", value_name = "PATH")]
    pub data: Vec<PathBuf>,

    /// Rego syntax of the policies.
    #[arg(long, value_enum, default_value_t = RegoVersion::V1)]
    pub rego_version: RegoVersion,

    /// Namespace (package) of plan-level policies to evaluate; globs allowed. Repeatable.
    #[arg(
        short,
        long = "namespace",
        value_name = "NAMESPACE",
        default_value = "main"
    )]
    pub namespaces: Vec<String>,

    /// Evaluate plan-level policies in every namespace.
    #[arg(long, conflicts_with = "namespaces")]
    pub all_namespaces: bool,

    /// Run only these checks: codes or aliases (Trivy, tfsec, Checkov ids), globs allowed. Repeatable.
    #[arg(long = "check", value_name = "ID")]
    pub checks: Vec<String>,

    /// Skip these checks: codes or aliases, globs allowed. Repeatable.
    #[arg(long = "skip-check", value_name = "ID")]
    pub skip_checks: Vec<String>,

    /// Run only checks of this severity or higher (info, low, medium, high, critical).
    #[arg(long, value_name = "LEVEL", value_parser = parse_severity)]
    pub severity: Option<tfguard::Severity>,

    /// Findings about values known only after apply: `report` them (status
    /// `unknown`, not failing) or make them `fail`.
    #[arg(long, value_enum, default_value_t = UnknownMode::Report)]
    pub unknown: UnknownMode,

    /// Also check resources the plan leaves unchanged (`no-op`).
    #[arg(long)]
    pub all_resources: bool,

    /// The longest one rule may take on one input (`60s`, `2m`; `0` for no
    /// limit) [default: `policy_timeout` in tfguard.toml, else 60s]. Past it the
    /// run fails (exit 2), naming the rule and resource.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub policy_timeout: Option<std::time::Duration>,

    /// Terraform configuration folder, for `.tf` locations and inline ignores.
    /// Default: `terraform_dir` in tfguard.toml, else the current folder when it holds `.tf` files.
    #[arg(long, value_name = "DIR", alias = "config-dir")]
    pub terraform_dir: Option<PathBuf>,

    /// Baseline file (`tfguard baseline`): findings in it are `baselined`
    /// and do not fail [default: `baseline` in tfguard.toml].
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    #[command(flatten)]
    pub terraform: TerraformArgs,
}

/// How `check` and `plan` report, and when they fail.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format, optionally to a file: `-o human -o sarif=results.sarif -o junit=report.xml`.
    /// Formats: human, concise, json, sarif, junit, github, markdown. Repeatable.
    #[arg(short, long = "output", value_name = "FORMAT[=FILE]", value_parser = parse_output)]
    pub outputs: Vec<OutputSpec>,

    /// Never colour the output (colour is also off when stdout is not a terminal, or NO_COLOR is set).
    #[arg(long)]
    pub no_color: bool,

    /// Exit 1 on warnings too.
    #[arg(long)]
    pub fail_on_warn: bool,

    /// Exit 0 even when findings fail (errors still exit 2).
    #[arg(long, conflicts_with = "fail_on_warn")]
    pub no_fail: bool,

    /// Show only what fails, and the summary (human and concise output).
    #[arg(short, long)]
    pub quiet: bool,

    /// Group the human, concise and Markdown output in sections: by owner (docs/owners.md), check, severity or plan.
    #[arg(long, value_enum, value_name = "KEY")]
    pub group_by: Option<GroupBy>,
}

/// The program that reads binary plans, for every command that reads plans.
#[derive(Debug, Args)]
pub struct TerraformArgs {
    /// Program that reads binary plan files (`terraform` or `tofu`).
    #[arg(
        long,
        env = "TFGUARD_TERRAFORM_BIN",
        default_value = "terraform",
        value_name = "PROGRAM"
    )]
    pub terraform_bin: String,
}
