//! `tfguard test -o json` against expectations computed by real OPA
//! (tests/conformance/generate.py): each case is Conftest policies on a real
//! plan; the results must be the ones OPA's engine gives under Conftest's
//! algorithm, and the `PRNT` lines of the stdout output the `print()` calls
//! OPA made, in order. Cases OPA rejects at compile time must be rejected
//! with OPA's message.

use crate::common::*;

#[test]
fn tfguard_test_answers_as_opa_does() {
    let cases = root().join("tests/conformance/cases");
    let mut names: Vec<_> = std::fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(names.len() >= 40, "{} cases", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let dir = cases.join(name);
        let spec: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("case.json")).unwrap()).unwrap();
        if let Some(error) = spec["error"].as_str() {
            let (code, _, stderr) = run_in_case(&dir, &spec, &[]);
            if (code, stderr.as_str()) != (2, format!("error: {error}\n").as_str()) {
                failures.push(format!("{name}: exit {code}, {stderr}  OPA: {error}"));
            }
            continue;
        }
        let mut command = tfguard();
        command
            .current_dir(root())
            .args(["test", "-o", "json", "--no-fail", "-p"])
            .arg(dir.join("policy"));
        if dir.join("data.json").exists() {
            command.arg("-d").arg(dir.join("data.json"));
        }
        for arg in spec["args"].as_array().unwrap() {
            command.arg(arg.as_str().unwrap());
        }
        command.arg(spec["plan"].as_str().unwrap());
        let output = command.output().unwrap();
        let actual: serde_json::Value = match serde_json::from_slice(&output.stdout) {
            Ok(value) => value,
            Err(_) => {
                failures.push(format!(
                    "{name}: {}",
                    String::from_utf8_lossy(&output.stderr)
                ));
                continue;
            }
        };
        if actual != spec["expected"] {
            failures.push(format!(
                "{name}:\n  tfguard: {actual}\n  OPA:     {}",
                spec["expected"]
            ));
        }
        let prints = printed(&dir, &spec);
        if prints != spec["prints"] {
            failures.push(format!(
                "{name} print():\n  tfguard: {prints}\n  OPA:     {}",
                spec["prints"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

/// The `PRNT` lines of the stdout output, run from the case's folder.
fn printed(dir: &std::path::Path, spec: &serde_json::Value) -> serde_json::Value {
    let (_, stdout, _) = run_in_case(dir, spec, &["--no-fail"]);
    stdout
        .lines()
        .filter_map(|line| line.strip_prefix("PRNT   "))
        .map(serde_json::Value::from)
        .collect()
}

/// `tfguard test --no-color -p policy` run from the case's folder, so policy
/// locations read `policy/<file>` as OPA's do: exit code, stdout, stderr.
fn run_in_case(
    dir: &std::path::Path,
    spec: &serde_json::Value,
    extra: &[&str],
) -> (i32, String, String) {
    let mut command = tfguard();
    command
        .current_dir(dir)
        .args(["test", "--no-color", "-p", "policy"])
        .args(extra);
    if dir.join("data.json").exists() {
        command.args(["-d", "data.json"]);
    }
    for arg in spec["args"].as_array().unwrap() {
        command.arg(arg.as_str().unwrap());
    }
    command.arg(root().join(spec["plan"].as_str().unwrap()));
    outcome(command.output().unwrap())
}
