//! The `tfguard` command. `main` only maps outcomes to exit codes:
//! 0 no failing findings, 1 failing findings, 2 usage, input or policy error.
#![forbid(unsafe_code)]

mod approve;
mod atlantis;
mod cli;
mod errors;
mod progress;
mod settings;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, Parser};
use tfguard::approvals::{Approvals, Config};
use tfguard::conftest::{self, Tester};
use tfguard::engine::Progress;
use tfguard::plan::{PlanInput, plan_and_show};
use tfguard::policy::{self, PolicyFile};
use tfguard::report::{Format, Style};
use tfguard::source::SourceMap;
use tfguard::{CheckOptions, Engine, EvalError, Plan, PolicyError, check};

use cli::{Cli, Command};
use errors::{Failure, warn};
use settings::{CheckSettings, PolicySource};

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
    let result = match cli.command {
        Command::Check(args) => {
            let plans = args.plans.iter().map(|p| PlanInput::from_arg(p)).collect();
            CheckSettings::resolve(plans, args.options)
                .map_err(Failure::from)
                .and_then(run_check)
        }
        Command::Plan(args) => CheckSettings::resolve(Vec::new(), args.options)
            .map_err(Failure::from)
            .and_then(|settings| run_plan(settings, args.out, &args.terraform_args)),
        Command::Approve(args) => approve::run_approve(args),
        Command::Approvals(command) => approve::run_approvals(command),
        Command::Atlantis(args) => return atlantis::run_atlantis(args),
        Command::Test(args) => run_test(args),
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
            failure.print();
            ExitCode::from(2)
        }
    }
}

fn run_check(settings: CheckSettings) -> Result<ExitCode, Failure> {
    let approvals = Approvals::load(settings.config_file.as_deref())?;
    let policies = Policies::load(&settings, &approvals.config)?;
    let bar = progress::Bar::for_terminal();
    let plans = settings.load_plans(|input| {
        if let Some(bar) = &bar {
            bar.loading(&input.name());
        }
    });
    let result = plans
        .map_err(Failure::from)
        .and_then(|plans| check_and_report(&settings, &policies, approvals, plans, bar.clone()));
    if let Some(bar) = bar {
        bar.finish();
    }
    result
}

/// `tfguard plan`: terraform plan, then check what it planned. The binary
/// plan is kept at `--out`, else written to a temporary folder and removed.
fn run_plan(
    settings: CheckSettings,
    out: Option<PathBuf>,
    terraform_args: &[String],
) -> Result<ExitCode, Failure> {
    // Configuration and policy errors show before terraform spends time planning.
    let approvals = Approvals::load(settings.config_file.as_deref())?;
    let policies = Policies::load(&settings, &approvals.config)?;
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
    let bytes = plan_and_show(&settings.terraform, &out, terraform_args)?;
    let plan = Plan::from_bytes(&out.display().to_string(), &bytes)?;
    let code = check_and_report(&settings, &policies, approvals, vec![plan], None)?;
    if temporary.is_none() {
        warn(&format!(
            "plan saved to {0}; apply exactly what was checked with `terraform apply {0}`",
            out.display()
        ));
    }
    Ok(code)
}

/// `tfguard test`: Conftest's semantics and output (see `tfguard::conftest`).
fn run_test(args: cli::TestArgs) -> Result<ExitCode, Failure> {
    let config =
        conftest::ConftestConfig::load(Path::new(".")).map_err(conftest::TestError::from)?;
    let settings = settings::TestSettings::resolve(&args, &config)?;
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
        let files: Vec<_> = args
            .files
            .iter()
            .map(|f| (f.as_path(), f.display().to_string()))
            .collect();
        tester.test_combined(&files)?
    } else {
        let mut results = Vec::new();
        for file in &args.files {
            results.extend(tester.test_file(file, &file.display().to_string())?);
        }
        results
    };
    if settings.trace {
        let trace = conftest::render_trace(&results, settings.render.color, settings.quiet);
        write_stderr(trace.as_bytes())?;
    }
    // Conftest's --quiet: silent only when the run would pass without --no-fail.
    if !settings.quiet || conftest::exit_code(&results, settings.fail_on_warn, false) != 0 {
        print_stdout(conftest::render(&results, settings.output, &settings.render).as_bytes())?;
    }
    Ok(ExitCode::from(conftest::exit_code(
        &results,
        settings.fail_on_warn,
        settings.no_fail,
    )))
}

/// `tfguard rules`: the built-in library's catalogue.
fn run_rules(args: cli::RulesArgs) -> Result<ExitCode, Failure> {
    let checks = policy::catalog::catalog(&policy::builtin())?;
    match args.action {
        None if args.json => {
            let text = serde_json::to_string_pretty(&checks).unwrap_or_default() + "\n";
            print_stdout(text.as_bytes())
        }
        None => {
            let mut text = String::new();
            for check in &checks {
                text.push_str(&format!(
                    "{:<48} {:<8} {}\n{:<48} {:<8} aliases: {}\n",
                    check.id,
                    check.severity,
                    check.title,
                    "",
                    "",
                    if check.aliases.is_empty() {
                        "-".to_owned()
                    } else {
                        check.aliases.join(", ")
                    }
                ));
            }
            text.push_str(&format!("{} checks\n", checks.len()));
            print_stdout(text.as_bytes())
        }
        Some(cli::RulesAction::Explain { id }) => match checks.iter().find(|c| c.is_named(&id)) {
            Some(check) => print_stdout(check.markdown().as_bytes()),
            None => Err(Failure::NotFound(format!(
                "no built-in check is named {id:?} (see `tfguard rules`)"
            ))),
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
    let files = policy::discover_with_tests(&args.paths)?;
    let data = policy::load_data(&args.data)?;
    let coverage = args.coverage || args.coverage_min.is_some();
    let result = conftest::verify(&files, &data, false, coverage)?;
    let report = if args.verbose {
        cli::Report::Full
    } else {
        args.report
    };
    let mut text = String::new();
    let failed = result.tests.iter().filter(|o| o.failure.is_some()).count();
    for outcome in &result.tests {
        let name = format!(
            "{}:{} {}.{}",
            outcome.file, outcome.line, outcome.package, outcome.name
        );
        match &outcome.failure {
            Some(why) => text.push_str(&format!("FAIL {name}: {why}\n")),
            None if report == cli::Report::Full => text.push_str(&format!("PASS {name}\n")),
            None => {}
        }
        if report != cli::Report::Fails
            && (outcome.failure.is_some() || report == cli::Report::Full)
        {
            for note in &outcome.notes {
                text.push_str(&format!("  note: {note}\n"));
            }
        }
    }
    if let Some(coverage) = &result.coverage {
        for file in coverage {
            text.push_str(&format!(
                "coverage {:>6.2}% {} ({} of {} lines)\n",
                file.percent(),
                file.file,
                file.covered,
                file.covered + file.not_covered
            ));
        }
    }
    let total = result.total_percent();
    if let Some(total) = total {
        text.push_str(&format!("coverage {total:.2}% in total\n"));
    }
    text.push_str(&format!(
        "{} tests, {} passed, {failed} failed\n",
        result.tests.len(),
        result.tests.len() - failed
    ));
    let below = match (args.coverage_min, total) {
        (Some(min), Some(total)) if total < min => {
            text.push_str(&format!(
                "coverage {total:.2}% is below --coverage-min {min}\n"
            ));
            true
        }
        _ => false,
    };
    print_stdout(text.as_bytes())?;
    Ok(if failed > 0 || result.tests.is_empty() || below {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Policy files and the engine compiled from them.
pub struct Policies {
    pub files: Vec<PolicyFile>,
    pub engine: Engine,
}

impl Policies {
    pub fn load(settings: &CheckSettings, config: &Config) -> Result<Self, Failure> {
        let files = match &settings.policies {
            PolicySource::Configured => {
                let paths = config.policy_paths();
                let mut files = if paths.is_empty() {
                    Vec::new()
                } else {
                    policy::discover(&paths, &settings.ignore)?
                };
                if config.run_builtin {
                    files.extend(policy::builtin());
                }
                files
            }
            PolicySource::Paths {
                paths,
                with_builtin,
            } => {
                let mut files = policy::discover(paths, &settings.ignore)?;
                if *with_builtin {
                    files.extend(policy::builtin());
                }
                files
            }
        };
        let data = policy::load_data(&settings.data)?;
        let engine = Engine::new(&files, &data, &settings.engine_options(config)?)?;
        for package in engine.skipped_packages() {
            warn(&format!(
                "warning: package {package} has policy rules but is not in the selected namespaces; it was not evaluated"
            ));
        }
        Ok(Self { files, engine })
    }
}

fn check_and_report(
    settings: &CheckSettings,
    policies: &Policies,
    approvals: Approvals,
    plans: Vec<Plan>,
    bar: Option<Arc<progress::Bar>>,
) -> Result<ExitCode, Failure> {
    let report = evaluate(settings, policies, approvals, plans, bar)?;
    for (format, file) in &settings.outputs {
        write_report(&report, *format, file.as_deref(), settings.style)?;
    }
    if let Some(summary) = &settings.step_summary {
        append_step_summary(&report, summary)?;
    }
    let failed = !settings.no_fail && report.has_blocking(settings.fail_on_warn);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs the check and prints notes; no reports, no exit code.
pub fn evaluate(
    settings: &CheckSettings,
    policies: &Policies,
    approvals: Approvals,
    plans: Vec<Plan>,
    bar: Option<Arc<progress::Bar>>,
) -> Result<tfguard::Report, Failure> {
    let sources = settings
        .configuration_dir(&approvals.config)
        .map(|dir| SourceMap::load(&dir));
    let options = CheckOptions {
        selection: settings.selection,
        sources,
        today: None,
        progress: bar.clone().map(|b| b as Arc<dyn Progress>),
        approvals: Some(approvals),
        unknown_fails: settings.unknown_fails,
    };
    let report =
        check(&policies.engine, plans, options).map_err(|e| eval_failure(e, &policies.files))?;
    if let Some(bar) = &bar {
        // The bar must be gone before the report is written.
        bar.finish();
    }
    if settings.verbose {
        for note in &report.notes {
            warn(&format!("note: {note}"));
        }
    }
    Ok(report)
}

/// Writes bytes to stdout; a reader that closed the pipe is not an error.
pub fn print_stdout(bytes: &[u8]) -> Result<ExitCode, Failure> {
    write_stream(&mut io::stdout().lock(), "stdout", bytes)
}

fn write_stderr(bytes: &[u8]) -> Result<ExitCode, Failure> {
    write_stream(&mut io::stderr().lock(), "stderr", bytes)
}

/// A closed pipe is not an error: the reader has what it wanted.
fn write_stream(stream: &mut dyn Write, name: &str, bytes: &[u8]) -> Result<ExitCode, Failure> {
    match stream.write_all(bytes).and_then(|()| stream.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Output(name.to_owned(), e)),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// Writes one report to its file, or to stdout.
fn write_report(
    report: &tfguard::Report,
    format: Format,
    file: Option<&Path>,
    style: Style,
) -> Result<(), Failure> {
    let reporter = format.reporter(match file {
        // Files never get terminal colours.
        Some(_) => Style {
            color: false,
            ..style
        },
        None => style,
    });
    let Some(path) = file else {
        let mut stdout = io::stdout().lock();
        return match reporter
            .report(report, &mut stdout)
            .and_then(|()| stdout.flush())
        {
            // A closed pipe (`tfguard check ... | head`) is the reader's choice, not an error.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Failure::Output("stdout".to_owned(), e)),
            Ok(()) => Ok(()),
        };
    };
    let failed = |e| Failure::Output(path.display().to_string(), e);
    let mut out = io::BufWriter::new(std::fs::File::create(path).map_err(failed)?);
    reporter.report(report, &mut out).map_err(failed)?;
    out.flush().map_err(failed)
}

/// The GitHub job summary: the Markdown report, appended as Actions expects.
fn append_step_summary(report: &tfguard::Report, path: &Path) -> Result<(), Failure> {
    let failed = |e| Failure::Output(path.display().to_string(), e);
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(failed)?;
    Format::Markdown
        .reporter(Style::default())
        .report(report, &mut file)
        .map_err(failed)
}

/// An evaluation error that regorus located in a policy file is shown with
/// a snippet of that file, like a parse error.
fn eval_failure(error: EvalError, files: &[PolicyFile]) -> Failure {
    let located = error.column.and_then(|column| {
        let file = files.iter().find(|f| f.path == error.file)?;
        Some((file, error.line, column))
    });
    match located {
        Some((file, line, column)) => Failure::Policy(PolicyError::Rego {
            path: file.path.clone(),
            text: file.text.clone(),
            line,
            column,
            message: error.what(),
        }),
        None => Failure::Eval(error),
    }
}
