//! `tfguard atlantis`: a custom policy check for Atlantis.
//!
//! Atlantis loses the text of a step that exits non-zero, so this mode
//! exits 0 once it has something to say, even for errors, which become a
//! failing block (`report::atlantis`): it fails closed in the text instead.

use std::process::ExitCode;

use tfguard::report::atlantis::{
    PolicySetResult, error_result, merge_policy_check_file, results, text,
};

use crate::checks::{evaluate, load_plans_and_policies};
use crate::cli::AtlantisArgs;
use crate::errors::{Failure, warn};
use crate::output::print_stdout;
use crate::settings::{AtlantisSettings, Env};

pub fn run_atlantis(args: AtlantisArgs, env: &Env, verbose: bool) -> ExitCode {
    let settings = AtlantisSettings::resolve(args, env, verbose);
    // Written even when the settings are wrong: the error block goes there too.
    let policy_check_file = env.var("POLICYCHECKFILE").map(std::path::PathBuf::from);
    let (text, entries) = match settings.map_err(Failure::from).and_then(|s| blocks(&s)) {
        Ok(blocks) => blocks,
        Err(failure) => {
            let result = error_result(&failure.to_string());
            (result.policy_output.clone(), vec![result])
        }
    };
    if let Some(path) = policy_check_file {
        let existing = std::fs::read_to_string(&path).ok();
        let (document, problem) = merge_policy_check_file(existing.as_deref(), entries);
        if let Some(problem) = problem {
            warn(&format!(
                "warning: POLICYCHECKFILE {}: {problem}",
                path.display()
            ));
        }
        if let Err(e) = std::fs::write(&path, document) {
            warn(&format!(
                "error: cannot write POLICYCHECKFILE {}: {e}",
                path.display()
            ));
            return ExitCode::from(2);
        }
    }
    match print_stdout(text.as_bytes()) {
        Ok(code) => code,
        Err(failure) => {
            failure.print(false);
            ExitCode::from(2)
        }
    }
}

fn blocks(settings: &AtlantisSettings) -> Result<(String, Vec<PolicySetResult>), Failure> {
    let check = &settings.check;
    if !check.config.is_configured()
        && let Some(note) = check.notes.first()
    {
        warn(&format!("note: {note}"));
    }
    let (plans, policies) = load_plans_and_policies(check, |_| {})?;
    let report = evaluate(check, &policies, plans, None)?;
    let results = results(&report, settings.only_set.as_deref());
    Ok((text(&results), results))
}
