//! The `tfguard` command. `main` only dispatches: flags are resolved into
//! settings once (`settings.rs`), the library decides, and the binary
//! writes bytes and maps the outcome to an exit code: 0 nothing fails,
//! 1 findings fail, 2 usage, input, configuration or policy error.
#![forbid(unsafe_code)]

mod approve;
mod atlantis;
mod cli;
mod errors;
mod output;
mod progress;
mod settings;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, Parser};
use tfguard::approvals::Approvals;
use tfguard::conftest::{self, Tester};
use tfguard::engine::Progress;
use tfguard::pipeline::Policies;
use tfguard::plan::plan_and_show;
use tfguard::policy;
use tfguard::report::listing;
use tfguard::{Plan, Report};

use cli::{Cli, Command};
use errors::{Failure, warn};
use output::{print_stdout, write_reports, write_stderr};
use settings::{CheckSettings, Env, OutputSettings, TestSettings};

/// Evaluation allocates many small regorus values across threads; mimalloc
/// (its v2 allocator) measured 1.4x faster than the system allocator on the
/// 10k benchmark (docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version itself; both are successes.
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let env = Env::capture();
    let verbose = cli.verbose;
    let result = match cli.command {
        Command::Check(args) => CheckSettings::resolve(&args.plans, args.policy, &env.cwd, verbose)
            .and_then(|check| Ok((check, OutputSettings::resolve(args.output, &env)?)))
            .map_err(Failure::from)
            .and_then(|(check, output)| run_check(&check, &output)),
        Command::Plan(args) => {
            let project = args.chdir.clone().unwrap_or_else(|| env.cwd.clone());
            CheckSettings::resolve(&[], args.policy, &project, verbose)
                .and_then(|check| Ok((check, OutputSettings::resolve(args.output, &env)?)))
                .map_err(Failure::from)
                .and_then(|(check, output)| {
                    run_plan(&check, &output, args.out, args.chdir, &args.terraform_args)
                })
        }
        Command::Approve(args) => settings::ApproveSettings::resolve(args, &env, verbose)
            .map_err(Failure::from)
            .and_then(approve::run_approve),
        Command::Approvals(command) => approve::run_approvals(command, &env, verbose),
        Command::Atlantis(args) => return atlantis::run_atlantis(args, &env, verbose),
        Command::Test(args) => run_test(args, &env, verbose),
        Command::Verify(args) => run_verify(args),
        Command::Rules(args) => run_rules(args),
        Command::Completions { shell } => {
            // Rendered into memory first: clap_complete panics on write errors.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "tfguard", &mut script);
            print_stdout(&script)
        }
        Command::Man => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut page)
                .map_err(|e| Failure::Output("the man page".to_owned(), e))
                .and_then(|()| print_stdout(&page))
        }
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            failure.print(env.color(env.stderr_terminal, false));
            ExitCode::from(2)
        }
    }
}

/// Exit 1 when something fails, unless `--no-fail`.
fn exit_code(fails: bool, no_fail: bool) -> ExitCode {
    if fails && !no_fail {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The notes `-v` asks for, on stderr.
fn print_notes(verbose: bool, notes: &[String]) {
    if verbose {
        for note in notes {
            warn(&format!("note: {note}"));
        }
    }
}

/// Policies, approvals and the evaluation every checking command shares;
/// warnings are printed, notes with `-v`.
pub fn evaluate(
    check: &CheckSettings,
    policies: &Policies,
    plans: Vec<Plan>,
    bar: Option<Arc<progress::Bar>>,
) -> Result<Report, Failure> {
    let approvals = Approvals::load(check.config.clone()).map_err(tfguard::Error::from)?;
    let report = policies.check(
        plans,
        &check.run,
        approvals,
        bar.clone().map(|b| b as Arc<dyn Progress>),
    );
    if let Some(bar) = &bar {
        // The bar must be gone before anything else is written.
        bar.finish();
    }
    let report = report?;
    print_notes(check.verbose, &report.notes);
    Ok(report)
}

/// Loads the policies `check` names, printing their warnings and the
/// settings' notes.
pub fn load_policies(check: &CheckSettings) -> Result<Policies, Failure> {
    print_notes(check.verbose, &check.notes);
    let policies = Policies::load(&check.policy, &check.config)?;
    for warning in &policies.warnings {
        warn(&format!("warning: {warning}"));
    }
    Ok(policies)
}

fn run_check(check: &CheckSettings, output: &OutputSettings) -> Result<ExitCode, Failure> {
    let policies = load_policies(check)?;
    let bar = progress::Bar::new(output.progress);
    let plans = check.load_plans(|input| {
        if let Some(bar) = &bar {
            bar.loading(&input.name());
        }
    });
    let plans = match plans {
        Ok(plans) => plans,
        Err(e) => {
            if let Some(bar) = &bar {
                bar.finish();
            }
            return Err(e.into());
        }
    };
    let report = evaluate(check, &policies, plans, bar)?;
    write_reports(&report, output)?;
    Ok(exit_code(
        report.has_blocking(output.fail_on_warn),
        output.no_fail,
    ))
}

/// `tfguard plan`: terraform plan, then check what it planned. The binary
/// plan is kept at `--out`, else written to a temporary folder and removed.
fn run_plan(
    check: &CheckSettings,
    output: &OutputSettings,
    out: Option<PathBuf>,
    chdir: Option<PathBuf>,
    terraform_args: &[String],
) -> Result<ExitCode, Failure> {
    // Configuration and policy errors show before terraform spends time planning.
    let policies = load_policies(check)?;
    let temporary = match out {
        Some(_) => None,
        None => Some(
            tempfile::tempdir().map_err(|e| Failure::Output("a temporary folder".to_owned(), e))?,
        ),
    };
    let out = match (out, &temporary) {
        (Some(out), _) => out,
        (None, Some(dir)) => dir.path().join("tfplan"),
        (None, None) => PathBuf::from("tfplan"),
    };
    let bytes = plan_and_show(&check.terraform, chdir.as_deref(), &out, terraform_args)?;
    let plan = Plan::from_bytes(&out.display().to_string(), &bytes)?;
    let report = evaluate(check, &policies, vec![plan], None)?;
    write_reports(&report, output)?;
    if temporary.is_none() {
        warn(&format!(
            "plan saved to {0}; apply exactly what was checked with `terraform{1} apply {0}`",
            out.display(),
            chdir
                .map(|d| format!(" -chdir={}", d.display()))
                .unwrap_or_default()
        ));
    }
    Ok(exit_code(
        report.has_blocking(output.fail_on_warn),
        output.no_fail,
    ))
}

/// `tfguard test`: Conftest's semantics and output (see `tfguard::conftest`).
fn run_test(args: cli::TestArgs, env: &Env, verbose: bool) -> Result<ExitCode, Failure> {
    let config = conftest::ConftestToml::load(&env.cwd).map_err(conftest::TestError::from)?;
    let settings = TestSettings::resolve(args, &config, env)?;
    print_notes(verbose, &settings.notes);
    let files = policy::discover(&settings.policies, &globset::GlobSet::empty())?;
    let data = policy::load_data(&settings.data)?;
    let options = conftest::TestOptions {
        namespaces: match &settings.namespaces {
            Some(globs) => Some(policy::glob_set(globs)?),
            None => None,
        },
        rego_v0: settings.rego_v0,
        strict: settings.strict,
        show_builtin_errors: settings.show_builtin_errors,
        trace: settings.trace,
    };
    let tester = Tester::new(&files, &data, &options)?;
    let results = if settings.combine {
        tester.test_combined(&settings.inputs, &settings.terraform)?
    } else {
        let mut results = Vec::new();
        for input in &settings.inputs {
            results.extend(tester.test_file(input, &settings.terraform)?);
        }
        results
    };
    if settings.trace {
        let trace = conftest::render_trace(&results, settings.render.color, settings.quiet);
        write_stderr(trace.as_bytes())?;
    }
    let fails = conftest::fails(&results, settings.fail_on_warn);
    // Conftest's --quiet: silent when the run passes.
    if !settings.quiet || fails {
        print_stdout(conftest::render(&results, settings.output, &settings.render).as_bytes())?;
    }
    Ok(exit_code(fails, settings.no_fail))
}

/// `tfguard rules`: the built-in library's catalogue.
fn run_rules(args: cli::RulesArgs) -> Result<ExitCode, Failure> {
    let checks = policy::catalog::catalog(&policy::builtin())?;
    match args.action {
        None => print_stdout(listing::catalog(&checks, args.output).as_bytes()),
        Some(cli::RulesAction::Explain { id }) => match checks.iter().find(|c| c.is_named(&id)) {
            Some(check) => print_stdout(check.markdown().as_bytes()),
            None => Err(tfguard::Error::NotFound(format!(
                "no built-in check is named {id:?} (see `tfguard rules`)"
            ))
            .into()),
        },
        Some(cli::RulesAction::Docs { dir }) => {
            let failed = |e| Failure::Output(dir.display().to_string(), e);
            std::fs::create_dir_all(&dir).map_err(failed)?;
            for check in &checks {
                std::fs::write(dir.join(format!("{}.md", check.id)), check.markdown())
                    .map_err(failed)?;
            }
            std::fs::write(dir.join("README.md"), policy::catalog::index(&checks))
                .map_err(failed)?;
            print_stdout(
                format!("wrote {} check pages to {}\n", checks.len(), dir.display()).as_bytes(),
            )
        }
    }
}

/// `tfguard verify`: every `test_*` rule must evaluate to true.
fn run_verify(args: cli::VerifyArgs) -> Result<ExitCode, Failure> {
    let mut paths = args.paths;
    paths.extend(args.policies);
    if paths.is_empty() {
        paths.push(PathBuf::from("policy"));
    }
    let files = policy::discover_with_tests(&paths)?;
    let data = policy::load_data(&args.data)?;
    let coverage = args.coverage || args.coverage_min.is_some();
    let rego_v0 = args.rego_version == cli::RegoVersion::V0;
    let result = conftest::verify(&files, &data, rego_v0, args.strict, coverage)?;
    print_stdout(
        listing::verification(&result, args.report, args.coverage_min, args.output).as_bytes(),
    )?;
    Ok(exit_code(!result.passed(args.coverage_min), false))
}
