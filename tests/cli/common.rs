use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(path: &str) -> PathBuf {
    root().join("fixtures").join(path)
}

/// The real-plan fixture produced by `fixtures/terraform/regenerate.sh`.
pub fn lifecycle_plan() -> PathBuf {
    fixture("terraform/lifecycle/plan.json")
}

/// Exit code, stdout and stderr of a finished run.
pub fn outcome(output: std::process::Output) -> (i32, String, String) {
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stdout).expect("utf-8"),
        String::from_utf8(output.stderr).expect("utf-8"),
    )
}

pub fn tfguard() -> Command {
    let mut command = Command::cargo_bin("tfguard").expect("binary builds");
    command
        .env_remove("TFGUARD_TERRAFORM_BIN")
        .env_remove("TFGUARD_DOCS_URL")
        .env("NO_COLOR", "1");
    command
}

/// Runs `tfguard check -o json ARGS` and returns (exit code, document).
pub fn check_json(args: &[&str]) -> (i32, Value) {
    let output = tfguard()
        .arg("check")
        .args(["-o", "json"])
        .args(args)
        .output()
        .expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    let document = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {stdout}\nstderr: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (output.status.code().expect("exit code"), document)
}

/// `(code, address, attribute)` of every finding, in output order.
pub fn triples(document: &Value) -> Vec<(String, String, String)> {
    document["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                f["address"].as_str().unwrap_or("").to_owned(),
                f["attribute"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// `../shared/plan-corpus`, when this checkout sits beside it.
pub fn corpus() -> Option<PathBuf> {
    let dir = root().join("../shared/plan-corpus");
    if dir.join("MANIFEST.tsv").is_file() {
        Some(dir)
    } else {
        eprintln!("notice: ../shared/plan-corpus not found; skipping corpus test");
        None
    }
}

/// The fingerprints of every finding, in output order.
pub fn fingerprints(document: &Value) -> Vec<Value> {
    document["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["fingerprint"].clone())
        .collect()
}
