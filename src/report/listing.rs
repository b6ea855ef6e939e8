//! Text for the commands that list things rather than check plans: the
//! check catalogue (`rules`), the ledger (`approvals list`) and the outcome
//! of `verify`. Each has a JSON form for scripts (`-o json`).

use std::fmt::Write as _;
use std::path::Path;

use crate::approvals::Approval;
use crate::conftest::Verification;
use crate::policy::catalog::CheckDoc;

/// `-o text` or `-o json` of the listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ListFormat {
    #[default]
    Text,
    Json,
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

/// `tfguard rules`: id, severity and title, with the aliases below.
pub fn catalog(checks: &[CheckDoc], format: ListFormat) -> String {
    if format == ListFormat::Json {
        return json(&checks);
    }
    let mut text = String::new();
    for check in checks {
        let aliases = if check.aliases.is_empty() {
            "-".to_owned()
        } else {
            check.aliases.join(", ")
        };
        let _ = writeln!(
            text,
            "{:<48} {:<8} {}\n{:<48} {:<8} aliases: {aliases}",
            check.id, check.severity, check.title, "", ""
        );
    }
    let _ = writeln!(text, "{} checks", checks.len());
    text
}

/// `tfguard approvals list`: one tab-separated line per approval.
pub fn ledger(approvals: &[Approval], path: &Path, format: ListFormat) -> String {
    if format == ListFormat::Json {
        return json(&approvals);
    }
    let mut text = String::new();
    for a in approvals {
        let _ = writeln!(
            text,
            "{}\t{}\t{}\t{}\t{}\t{}\texpires {}\t{}{}",
            a.policy_set,
            a.fingerprint,
            a.code,
            a.address.as_deref().unwrap_or("-"),
            a.user,
            a.time,
            a.expires.as_deref().unwrap_or("never"),
            if a.signature.is_some() {
                "signed\t"
            } else {
                ""
            },
            a.reason
        );
    }
    let _ = writeln!(
        text,
        "{} approval(s) in {}",
        approvals.len(),
        path.display()
    );
    text
}

/// How much of `verify`'s outcome is shown, as Conftest's `--report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum VerifyDetail {
    /// Every test.
    Full,
    /// Failures and what tests `print()`ed.
    Notes,
    /// Failures only.
    Fails,
}

/// `tfguard verify`: failures (or every test), coverage, the counts.
pub fn verification(
    result: &Verification,
    detail: VerifyDetail,
    coverage_min: Option<f64>,
    format: ListFormat,
) -> String {
    if format == ListFormat::Json {
        let document = serde_json::json!({
            "tests": result.tests,
            "coverage": result.coverage,
            "coverage_total": result.total_percent(),
            "passed": result.passed(coverage_min),
        });
        return json(&document);
    }
    let mut text = String::new();
    for outcome in &result.tests {
        let name = format!(
            "{}:{} {}.{}",
            outcome.file, outcome.line, outcome.package, outcome.name
        );
        match &outcome.failure {
            Some(why) => {
                let _ = writeln!(text, "FAIL {name}: {why}");
            }
            None if detail == VerifyDetail::Full => {
                let _ = writeln!(text, "PASS {name}");
            }
            None => {}
        }
        if detail != VerifyDetail::Fails
            && (outcome.failure.is_some() || detail == VerifyDetail::Full)
        {
            for note in &outcome.notes {
                let _ = writeln!(text, "  note: {note}");
            }
        }
    }
    for file in result.coverage.iter().flatten() {
        let _ = writeln!(
            text,
            "coverage {:>6.2}% {} ({} of {} lines)",
            file.percent(),
            file.file,
            file.covered,
            file.covered + file.not_covered
        );
    }
    let total = result.total_percent();
    if let Some(total) = total {
        let _ = writeln!(text, "coverage {total:.2}% in total");
    }
    let failed = result.failed();
    let _ = writeln!(
        text,
        "{} tests, {} passed, {failed} failed",
        result.tests.len(),
        result.tests.len() - failed
    );
    if let (Some(min), Some(total)) = (coverage_min, total)
        && total < min
    {
        let _ = writeln!(text, "coverage {total:.2}% is below --coverage-min {min}");
    }
    text
}
