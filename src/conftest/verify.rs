//! `tfguard verify`: runs the `test_*` rules of policy folders, as
//! `conftest verify` and `opa test` do.

use serde::Serialize;

use crate::engine::{compile, rule_definitions};
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
}

/// Evaluates every `test_*` rule of `files` (tests and the policies they
/// test, loaded together); a test passes when it evaluates to `true`.
pub fn verify(
    files: &[PolicyFile],
    data: &[serde_json::Value],
    rego_v0: bool,
) -> Result<Vec<TestOutcome>, PolicyError> {
    let mut engine = compile(files, data, rego_v0)?;
    let mut tests: Vec<(String, String, String, usize)> = rule_definitions(&mut engine)
        .into_iter()
        .filter(|(_, _, name, _)| name.starts_with("test_"))
        .collect();
    tests.dedup_by(|a, b| a.1 == b.1 && a.2 == b.2);
    Ok(tests
        .into_iter()
        .map(|(file, package, name, line)| {
            let query = format!("data.{package}.{name}");
            let failure = match engine.eval_rule(query) {
                Ok(value) if value == regorus::Value::from(true) => None,
                Ok(regorus::Value::Undefined) => Some("undefined".to_owned()),
                Ok(value) => Some(format!("evaluated to {value}")),
                Err(error) => Some(
                    error
                        .to_string()
                        .lines()
                        .map(str::trim)
                        .find(|l| l.starts_with("error:"))
                        .unwrap_or("error")
                        .to_owned(),
                ),
            };
            TestOutcome {
                file,
                package,
                name,
                line,
                failure,
            }
        })
        .collect())
}
