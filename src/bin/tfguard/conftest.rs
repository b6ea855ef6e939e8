//! `tfguard test` and `tfguard verify`: Conftest's commands.

use std::path::PathBuf;
use std::process::ExitCode;

use tfguard::conftest::{self, Tester};
use tfguard::policy;
use tfguard::report::listing;

use crate::checks::{exit_code, print_notes};
use crate::cli;
use crate::errors::Failure;
use crate::output::{print_stdout, write_stderr};
use crate::settings::{Env, TestSettings};

/// `tfguard test`: Conftest's semantics and output (see `tfguard::conftest`).
pub fn run_test(args: cli::TestArgs, env: &Env, verbose: bool) -> Result<ExitCode, Failure> {
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
        policy_timeout: settings.policy_timeout,
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

/// `tfguard verify`: every `test_*` rule must evaluate to true.
pub fn run_verify(args: cli::VerifyArgs) -> Result<ExitCode, Failure> {
    let mut paths = args.paths;
    paths.extend(args.policies);
    if paths.is_empty() {
        paths.push(PathBuf::from("policy"));
    }
    let files = policy::discover_with_tests(&paths)?;
    let data = policy::load_data(&args.data)?;
    let options = conftest::VerifyOptions {
        rego_v0: args.rego_version == cli::RegoVersion::V0,
        strict: args.strict,
        coverage: args.coverage || args.coverage_min.is_some(),
        policy_timeout: (!args.policy_timeout.is_zero()).then_some(args.policy_timeout),
    };
    let result = conftest::verify(&files, &data, options)?;
    print_stdout(
        listing::verification(&result, args.report, args.coverage_min, args.output).as_bytes(),
    )?;
    Ok(exit_code(!result.passed(args.coverage_min), false))
}
