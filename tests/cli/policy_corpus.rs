//! The public policy libraries of `../shared/policy-corpus`, read in place,
//! on their real plans: `tfguard test -o json` must give OPA's answer for
//! every case × plan (tests/conformance/corpus.py computed them with OPA's
//! engine under Conftest's algorithm), `--show-builtin-errors` must stop
//! where OPA's strict mode stops, and `tfguard check` must fail the same
//! runs that `test` fails.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

fn policy_corpus() -> Option<PathBuf> {
    let dir = root().join("../shared/policy-corpus");
    if dir.join("README.md").is_file() && corpus().is_some() {
        Some(dir)
    } else {
        eprintln!("notice: ../shared/policy-corpus not found; skipping policy-corpus test");
        None
    }
}

/// Every committed expectation: (case name, its JSON).
fn expectations() -> Vec<(String, Value)> {
    let dir = root().join("tests/conformance/corpus");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let spec = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            (name, spec)
        })
        .collect();
    cases.sort_by(|a, b| a.0.cmp(&b.0));
    cases
}

/// `tfguard ARGS -p CASE <case args> PLAN` from the plan corpus folder, so
/// that file names read as OPA saw them: (exit code, stdout, stderr).
fn run_case(args: &[&str], case: &Path, spec: &Value, plan: &str) -> (i32, String, String) {
    outcome(
        tfguard()
            .current_dir(corpus().unwrap())
            .args(args)
            .arg("-p")
            .arg(case)
            .args(
                spec["args"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap()),
            )
            .arg(plan)
            .output()
            .unwrap(),
    )
}

/// Runs `judge` on every committed case × plan run (the case's folder, its
/// spec, the run, the plan) and fails with every message it returns.
fn every_run(judge: impl Fn(&Path, &Value, &Value, &str) -> Option<String>) {
    let Some(libraries) = policy_corpus() else {
        return;
    };
    let cases = expectations();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let mut runs = 0;
    let mut failures = Vec::new();
    for (name, spec) in &cases {
        for run in spec["runs"].as_array().unwrap() {
            runs += 1;
            let plan = run["plan"].as_str().unwrap();
            if let Some(failure) = judge(&libraries.join(name), spec, run, plan) {
                failures.push(format!("{name} on {plan}: {failure}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {runs} case × plan runs differ from OPA:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// regula takes seconds a plan. Its answers are held to OPA's on all its
/// plans; a test about one of tfguard's modes runs it on its small AWS
/// plans only.
fn slow_for_a_mode_test(case: &Path, plan: &str) -> bool {
    case.ends_with("fugue__regula") && !plan.contains("rules__tf__aws")
}

#[test]
fn public_libraries_answer_as_opa_does() {
    every_run(|case, spec, run, plan| {
        let args = ["test", "--no-color", "--no-fail", "-o", "json"];
        let (code, stdout, stderr) = run_case(&args, case, spec, plan);
        if let Some(refused) = run["refused"].as_str() {
            return (code != 2 || !stderr.contains(refused))
                .then(|| format!("exit {code}, expected a refusal naming {refused}: {stderr}"));
        }
        match serde_json::from_str::<Value>(&stdout) {
            Ok(actual) if actual == run["expected"] => None,
            Ok(actual) => Some(format!(
                "\n  tfguard: {actual}\n  OPA:     {}",
                run["expected"]
            )),
            Err(_) => Some(format!("exit {code}: {stderr}")),
        }
    });
}

/// Where OPA's strict mode stops at a built-in error, `--show-builtin-errors`
/// must stop too (exit 2, naming the built-in); where it does not, the run
/// passes as without the flag.
#[test]
fn show_builtin_errors_stops_where_opa_strict_mode_does() {
    every_run(|case, spec, run, plan| {
        if run["refused"].is_string() || slow_for_a_mode_test(case, plan) {
            return None;
        }
        let args = [
            "test",
            "--no-color",
            "--no-fail",
            "-o",
            "json",
            "--show-builtin-errors",
        ];
        let (code, _, stderr) = run_case(&args, case, spec, plan);
        match run["strict_error"].as_str() {
            Some(error) => {
                let builtin = error.split(": ").nth(3).unwrap_or_default();
                (code != 2 || !stderr.contains(builtin))
                    .then(|| format!("exit {code}, OPA strict: {error}\n  {stderr}"))
            }
            None => (code != 0).then(|| format!("exit {code}: {stderr}")),
        }
    });
}

/// `tfguard check` on the same libraries fails what `tfguard test` (and OPA)
/// fails, and warns what it warns. Where OPA's strict mode stops at a
/// built-in error, `check`, which is always fail-closed, must stop too
/// (exit 2) at one of the calls OPA stops at; a network built-in is refused.
#[test]
fn check_fails_what_test_fails() {
    every_run(|case, spec, run, plan| {
        if slow_for_a_mode_test(case, plan) {
            return None;
        }
        let (code, stdout, stderr) = run_case(&["check", "-o", "json"], case, spec, plan);
        let stops: Vec<&str> = match (run["refused"].as_str(), run["strict_error"].as_str()) {
            (Some(refused), _) => vec![refused],
            (None, Some(_)) => run["nonstrict_calls"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|c| c.as_str()?.rsplit(": ").next())
                .collect(),
            (None, None) => Vec::new(),
        };
        if !stops.is_empty() {
            let stopped = code == 2 && stops.iter().any(|builtin| stderr.contains(builtin));
            return (!stopped)
                .then(|| format!("exit {code}, expected a stop at {stops:?}: {stderr}"));
        }
        let Ok(document) = serde_json::from_str::<Value>(&stdout) else {
            return Some(format!("exit {code}: {stderr}"));
        };
        let mut differences = Vec::new();
        for (level, key) in [("failure", "failures"), ("warning", "warnings")] {
            let mut found: Vec<&str> = document["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["level"] == level)
                .map(|f| f["message"].as_str().unwrap())
                .collect();
            let mut expected: Vec<&str> = run["expected"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|r| r[key].as_array().into_iter().flatten())
                .map(|r| r["msg"].as_str().unwrap())
                .collect();
            found.sort_unstable();
            expected.sort_unstable();
            if found != expected {
                differences.push(format!(
                    "{key} differ:\n  check: {found:?}\n  OPA:   {expected:?}"
                ));
            }
        }
        (!differences.is_empty()).then(|| differences.join("\n"))
    });
}

/// `test` evaluates a namespace once and reads every rule from it, unless
/// a query's own trace or `print()` output is needed; `--trace` forces one
/// query per rule, as Conftest runs them. Both paths give OPA's answer.
#[test]
fn one_pass_and_per_query_evaluation_agree() {
    every_run(|case, spec, run, plan| {
        if run["refused"].is_string() || slow_for_a_mode_test(case, plan) {
            return None;
        }
        let args = ["test", "--no-color", "--no-fail", "-o", "json", "--trace"];
        let (code, stdout, stderr) = run_case(&args, case, spec, plan);
        match serde_json::from_str::<Value>(&stdout) {
            Ok(actual) if actual == run["expected"] => None,
            Ok(actual) => Some(format!("per query: {actual}\n  OPA: {}", run["expected"])),
            Err(_) => Some(format!("exit {code}: {}", &stderr[..stderr.len().min(400)])),
        }
    });
}
