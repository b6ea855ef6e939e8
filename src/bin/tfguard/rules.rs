//! `tfguard rules`: the built-in library's catalogue.

use std::process::ExitCode;

use tfguard::policy;
use tfguard::report::listing;

use crate::cli;
use crate::errors::Failure;
use crate::output::print_stdout;

/// Lists, explains or documents the checks.
pub fn run_rules(args: cli::RulesArgs) -> Result<ExitCode, Failure> {
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
