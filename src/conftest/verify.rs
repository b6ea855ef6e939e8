//! `tfguard verify`: runs the `test_*` rules of policy folders, as
//! `conftest verify` and `opa test` do, with coverage from regorus.

use serde::Serialize;

use crate::engine::{compile, rule_definitions, timed_out};
use crate::policy::{PolicyError, PolicyFile};

/// The outcome of one `test_*` rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TestOutcome {
    pub file: String,
    pub package: String,
    pub name: String,
    pub line: usize,
    /// `None` when the test passed; else why it failed.
    pub failure: Option<String>,
    /// What the test `print()`ed.
    pub notes: Vec<String>,
}

/// Line coverage of one policy file (tests excluded).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileCoverage {
    pub file: String,
    pub covered: usize,
    pub not_covered: usize,
}

impl FileCoverage {
    pub fn percent(&self) -> f64 {
        let total = self.covered + self.not_covered;
        if total == 0 {
            100.0
        } else {
            self.covered as f64 * 100.0 / total as f64
        }
    }
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verification {
    pub tests: Vec<TestOutcome>,
    /// Per non-test file, when coverage was asked for.
    pub coverage: Option<Vec<FileCoverage>>,
}

impl Verification {
    /// How many tests failed.
    pub fn failed(&self) -> usize {
        self.tests.iter().filter(|t| t.failure.is_some()).count()
    }

    /// Whether the run passes: tests ran, none failed, and coverage is at
    /// least `coverage_min` when given.
    pub fn passed(&self, coverage_min: Option<f64>) -> bool {
        let covered = match (coverage_min, self.total_percent()) {
            (Some(min), Some(total)) => total >= min,
            _ => true,
        };
        !self.tests.is_empty() && self.failed() == 0 && covered
    }

    /// Covered lines over all files, in percent.
    pub fn total_percent(&self) -> Option<f64> {
        let coverage = self.coverage.as_ref()?;
        let covered: usize = coverage.iter().map(|c| c.covered).sum();
        let total: usize = coverage.iter().map(|c| c.covered + c.not_covered).sum();
        Some(if total == 0 {
            100.0
        } else {
            covered as f64 * 100.0 / total as f64
        })
    }
}

/// How `verify` loads and runs the tests.
#[derive(Debug, Clone, Copy, Default)]
pub struct VerifyOptions {
    pub rego_v0: bool,
    /// OPA's strict-mode compile checks.
    pub strict: bool,
    /// Line coverage per policy file.
    pub coverage: bool,
    /// See `engine::CompileOptions::policy_timeout`; a test that runs past
    /// it fails.
    pub policy_timeout: Option<std::time::Duration>,
}

/// Evaluates every `test_*` rule of `files` (tests and the policies they
/// test, loaded together); a test passes when it evaluates to `true`.
pub fn verify(
    files: &[PolicyFile],
    data: &[serde_json::Value],
    options: VerifyOptions,
) -> Result<Verification, PolicyError> {
    let crate::engine::Compiled {
        mut engine,
        sources,
        ..
    } = compile(
        files,
        data,
        crate::engine::CompileOptions {
            rego_v0: options.rego_v0,
            strict: options.strict,
            policy_timeout: options.policy_timeout,
            ..Default::default()
        },
        None,
    )?;
    let coverage = options.coverage;
    engine.set_gather_prints(true);
    engine.set_enable_coverage(coverage);
    let mut tests: Vec<(String, String, String, usize)> = rule_definitions(&mut engine)
        .into_iter()
        .filter(|(_, _, name, _)| name.starts_with("test_"))
        .collect();
    tests.dedup_by(|a, b| a.1 == b.1 && a.2 == b.2);
    let tests = tests
        .into_iter()
        .map(|(file, package, name, line)| {
            let query = format!("data.{package}.{name}");
            let failure = match engine.eval_rule(query) {
                Ok(value) if value == regorus::Value::from(true) => None,
                Ok(regorus::Value::Undefined) => Some("undefined".to_owned()),
                Ok(value) => Some(format!("evaluated to {value}")),
                Err(error) => {
                    let text = error.to_string();
                    Some(
                        timed_out(&text, options.policy_timeout)
                            .unwrap_or_else(|| format!("error: {}", sources.locate(&text).message)),
                    )
                }
            };
            TestOutcome {
                file,
                package,
                name,
                line,
                failure,
                notes: engine.take_prints().unwrap_or_default(),
            }
        })
        .collect();
    let coverage = if coverage {
        let report = engine
            .get_coverage_report()
            .map_err(|e| PolicyError::Data {
                path: "coverage".to_owned(),
                message: e.to_string(),
            })?;
        let mut files: Vec<FileCoverage> = report
            .files
            .into_iter()
            .filter(|f| !f.path.ends_with("_test.rego"))
            .map(|f| FileCoverage {
                file: f.path,
                covered: f.covered.len(),
                not_covered: f.not_covered.len(),
            })
            .collect();
        files.sort_by(|a, b| a.file.cmp(&b.file));
        Some(files)
    } else {
        None
    };
    Ok(Verification { tests, coverage })
}
