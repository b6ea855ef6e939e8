//! The `tfguard` command. `main` only dispatches: flags are resolved into
//! settings once (`settings.rs`), the library decides, and the binary
//! writes bytes and maps the outcome to an exit code: 0 nothing fails,
//! 1 findings fail, 2 usage, input, configuration or policy error.
// Unsafe only where a measured win needs it: `settings::no_library_backtraces`.
#![deny(unsafe_code)]

mod approve;
mod atlantis;
mod checks;
mod cli;
mod conftest;
mod errors;
mod output;
mod progress;
mod rules;
mod settings;

use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use checks::{run_check, run_plan};
use cli::{Cli, Command};
use errors::Failure;
use output::print_stdout;
use settings::{CheckSettings, Env, OutputSettings};

/// Evaluation allocates many small regorus values across threads; mimalloc
/// (its v2 allocator) measured 1.4x faster than the system allocator on the
/// 10k benchmark (docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    settings::no_library_backtraces();
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
        Command::Baseline(args) => {
            CheckSettings::resolve(&args.plans, args.policy, &env.cwd, verbose)
                .map_err(Failure::from)
                .and_then(|check| checks::run_baseline(check, &args.output))
        }
        Command::Approve(args) => settings::ApproveSettings::resolve(args, &env, verbose)
            .map_err(Failure::from)
            .and_then(approve::run_approve),
        Command::Approvals(command) => approve::run_approvals(command, &env, verbose),
        Command::Atlantis(args) => return atlantis::run_atlantis(args, &env, verbose),
        Command::Test(args) => conftest::run_test(args, &env, verbose),
        Command::Verify(args) => conftest::run_verify(args),
        Command::Rules(args) => rules::run_rules(args),
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
