//! The GitHub Action's shell logic (scripts/action.sh), run as the action
//! runs it, against a fake tfguard and the real one.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;

fn action(
    step: &str,
    path: &str,
    env: &[(&str, &Path)],
    inputs: &[(&str, &str)],
) -> std::process::Output {
    let mut command = Command::new("bash");
    command
        .arg(root().join("scripts/action.sh"))
        .arg(step)
        .current_dir(root())
        .env("PATH", path);
    for (key, value) in env {
        command.env(key, value);
    }
    for (key, value) in inputs {
        command.env(key, value);
    }
    command.output().unwrap()
}

fn path_with(dir: &Path) -> String {
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

#[test]
fn builds_the_command_line_and_writes_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("args");
    let fake = dir.path().join("tfguard");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > {}\nexit 1\n",
            log.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let output_file = dir.path().join("github_output");
    let output = action(
        "check",
        &path_with(dir.path()),
        &[("GITHUB_OUTPUT", &output_file)],
        &[
            ("INPUT_PLAN", "plans/plan.json"),
            ("INPUT_POLICY", "policies/security\npolicies/cost"),
            ("INPUT_TERRAFORM_DIR", "infra"),
            ("INPUT_ARGS", "--fail-on-warn --severity *"),
            ("INPUT_SARIF", "out.sarif"),
        ],
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "the step fails when tfguard does"
    );
    let args = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        args.lines().collect::<Vec<_>>(),
        [
            "check",
            "-o",
            "github",
            "-o",
            "sarif=out.sarif",
            "-p",
            "policies/security",
            "-p",
            "policies/cost",
            "--terraform-dir",
            "infra",
            "--fail-on-warn",
            "--severity",
            "*",
            "plans/plan.json"
        ]
    );
    // The fake wrote no SARIF, so no output points at one.
    assert_eq!(
        std::fs::read_to_string(&output_file).unwrap(),
        "exit-code=1\n"
    );
}

/// For runs of the real tfguard: the folder it is in, a scratch folder, the
/// SARIF file and the `GITHUB_OUTPUT` file in it.
fn real_run() -> (PathBuf, tempfile::TempDir, PathBuf, PathBuf) {
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_tfguard"))
        .parent()
        .unwrap()
        .to_path_buf();
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("results.sarif");
    let output_file = dir.path().join("github_output");
    (bin_dir, dir, sarif, output_file)
}

#[test]
fn an_error_leaves_no_sarif_file_output() {
    let (bin_dir, _dir, sarif, output_file) = real_run();
    // A stale report from an earlier run.
    std::fs::write(&sarif, "{}").unwrap();
    let output = action(
        "check",
        &path_with(&bin_dir),
        &[("GITHUB_OUTPUT", &output_file)],
        &[
            ("INPUT_PLAN", "/nonexistent/plan.json"),
            ("INPUT_SARIF", sarif.to_str().unwrap()),
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(!sarif.exists());
    assert_eq!(
        std::fs::read_to_string(&output_file).unwrap(),
        "exit-code=2\n"
    );
}

#[test]
fn a_missing_plan_input_is_an_error() {
    let output = action("check", &std::env::var("PATH").unwrap(), &[], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("::error title=tfguard::the 'plan' input is required")
    );
}

#[test]
fn runs_the_real_tfguard_and_produces_sarif() {
    let (bin_dir, _dir, sarif, output_file) = real_run();
    let output = action(
        "check",
        &path_with(&bin_dir),
        &[("GITHUB_OUTPUT", &output_file)],
        &[
            ("INPUT_PLAN", "fixtures/plans/aws-starter.json"),
            ("INPUT_SARIF", sarif.to_str().unwrap()),
            ("GITHUB_ACTION_REPOSITORY", "acme/tfguard"),
            ("GITHUB_ACTION_REF", "v1"),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("::error file=fixtures/plans/aws-starter.json"),
        "{stdout}"
    );
    let document: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(document["runs"][0]["results"].as_array().unwrap().len(), 25);
    // The action's repository documents the version that ran.
    assert_eq!(
        document["runs"][0]["tool"]["driver"]["informationUri"],
        "https://github.com/acme/tfguard/tree/v1/docs"
    );
    assert_eq!(
        std::fs::read_to_string(&output_file).unwrap(),
        format!("sarif-file={}\nexit-code=1\n", sarif.display())
    );
    // With tfguard on PATH, install does nothing.
    let install = action("install", &path_with(&bin_dir), &[], &[]);
    assert!(install.status.success());
    assert!(String::from_utf8_lossy(&install.stdout).contains("tfguard already installed"));
}

#[test]
fn action_yml_declares_the_inputs_the_script_reads() {
    let text = std::fs::read_to_string(root().join("action.yml")).unwrap();
    let action: serde_json::Value = yaml_serde::from_str(&text).unwrap();
    assert_eq!(action["runs"]["using"], "composite");
    for input in ["plan", "policy", "terraform-dir", "args", "sarif"] {
        assert!(action["inputs"][input].is_object(), "input {input}");
        let variable = format!("INPUT_{}", input.to_uppercase().replace('-', "_"));
        let env = &action["runs"]["steps"][1]["env"][variable];
        assert_eq!(
            env,
            &serde_json::json!(format!("${{{{ inputs.{input} }}}}"))
        );
    }
    assert!(action["outputs"]["sarif-file"].is_object());
    let hooks: serde_json::Value = yaml_serde::from_str(
        &std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap(),
    )
    .unwrap();
    assert_eq!(hooks[0]["entry"], "tfguard plan");
}
