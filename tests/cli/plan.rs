//! `tfguard plan`: terraform plan, show, check, keep the plan; and the
//! generated completions and man page.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use predicates::prelude::*;

use crate::common::*;

fn terraform_available() -> bool {
    let found = Command::new("terraform").arg("version").output().is_ok();
    if !found {
        eprintln!("notice: terraform not on PATH; skipping the real `tfguard plan` test");
    }
    found
}

/// The `.tf` file the `terraform_data.legacy` finding points at.
fn legacy_source_file(document: &serde_json::Value) -> String {
    document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["address"] == "terraform_data.legacy")
        .and_then(|f| f["source_location"]["file"].as_str())
        .unwrap()
        .to_owned()
}

#[test]
fn plans_checks_and_keeps_the_plan_with_real_terraform() {
    if !terraform_available() {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let copy = Command::new("cp")
        .arg("-R")
        .arg(format!(
            "{}/.",
            fixture("terraform/sources/after").display()
        ))
        .arg(work.path())
        .status()
        .unwrap();
    assert!(copy.success());
    let init = Command::new("terraform")
        .args(["init", "-input=false", "-no-color"])
        .current_dir(work.path())
        .output()
        .unwrap();
    assert!(init.status.success());
    let output = tfguard()
        .current_dir(work.path())
        .args(["plan", "--out", "checked.tfplan", "-o", "json", "-p"])
        .arg(fixture("policies/resource"))
        .args(["--", "-var", "public_web=false"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("terraform apply checked.tfplan"),
        "{stderr}"
    );
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let addresses: Vec<&str> = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["address"].as_str())
        .collect();
    // -var public_web=false reached terraform: web[*] are no longer public.
    assert!(
        !addresses
            .iter()
            .any(|a| a.starts_with("terraform_data.web")),
        "{addresses:?}"
    );
    assert!(addresses.contains(&"terraform_data.legacy"));
    // The current folder is the configuration: findings point at main.tf.
    let legacy = legacy_source_file(&document);
    assert_eq!(legacy, "main.tf");
    // The kept plan is the one that was checked, and terraform can apply it.
    let show = Command::new("terraform")
        .args(["show", "-json", "checked.tfplan"])
        .current_dir(work.path())
        .output()
        .unwrap();
    assert!(show.status.success());
    // Without --out, nothing is left behind.
    let before: Vec<_> = std::fs::read_dir(work.path()).unwrap().collect();
    tfguard()
        .current_dir(work.path())
        .args(["plan", "-o", "json", "-p"])
        .arg(fixture("policies/resource"))
        .assert()
        .code(1);
    assert_eq!(
        std::fs::read_dir(work.path()).unwrap().count(),
        before.len()
    );
    // From elsewhere, --chdir plans that folder (terraform's -chdir goes
    // before `plan`), reads its .tf files and its tfguard.toml.
    std::fs::write(work.path().join("tfguard.toml"), "approve_count = 1\n").unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let output = tfguard()
        .current_dir(elsewhere.path())
        .args(["plan", "-v", "-o", "json", "--chdir"])
        .arg(work.path())
        .arg("-p")
        .arg(fixture("policies/resource"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("note: using "), "{stderr}");
    assert!(stderr.contains("tfguard.toml"), "{stderr}");
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let legacy = legacy_source_file(&document);
    assert!(legacy.ends_with("main.tf"), "{legacy}");
}

fn fake_terraform(dir: &tempfile::TempDir, script: &str) -> std::path::PathBuf {
    let path = dir.path().join("terraform");
    std::fs::write(&path, format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn passes_arguments_and_reads_the_plan_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("calls");
    let fake = fake_terraform(
        &dir,
        &format!(
            "echo \"$@\" >> {log}\ncase \"$1\" in\n  plan) echo planning; exit 0;;\n  show) cat {plan};;\nesac",
            log = log.display(),
            plan = fixture("plans/aws-starter.json").display()
        ),
    );
    let output = tfguard()
        .current_dir(dir.path())
        .args(["plan", "--out", "p.tfplan", "-o", "json", "--terraform-bin"])
        .arg(&fake)
        .args(["--", "-target=aws_s3_bucket.logs", "-refresh=false"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["findings"].as_array().unwrap().len(), 25);
    // The same findings as `check` on the same plan.
    let checked = tfguard()
        .args(["check", "-o", "json"])
        .arg(fixture("plans/aws-starter.json"))
        .output()
        .unwrap();
    let checked: serde_json::Value = serde_json::from_slice(&checked.stdout).unwrap();
    let findings = |d: &serde_json::Value| -> Vec<String> {
        d["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{} {} {}", f["code"], f["address"], f["message"]))
            .collect()
    };
    assert_eq!(findings(&document), findings(&checked));
    // terraform's own stdout goes to stderr, so stdout is only the report.
    assert!(String::from_utf8_lossy(&output.stderr).contains("planning"));
    let calls = std::fs::read_to_string(&log).unwrap();
    // The plan file is passed absolute: with -chdir, terraform would read
    // a relative -out against the other folder.
    let out = std::path::absolute(dir.path().join("p.tfplan")).unwrap();
    assert_eq!(
        calls,
        format!(
            "plan -input=false -out={0} -target=aws_s3_bucket.logs -refresh=false\nshow -json -no-color {0}\n",
            out.display()
        )
    );
}

/// A broken policy or a selection that names no check stops `plan` before
/// terraform runs (exit 2), though the built-in checks are compiled only
/// once the plan is there.
#[test]
fn policy_errors_stop_plan_before_terraform_runs() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("calls");
    let fake = fake_terraform(&dir, &format!("echo \"$@\" >> {}", log.display()));
    std::fs::write(
        dir.path().join("broken.rego"),
        "package broken\n\ndeny contains x if {\n",
    )
    .unwrap();
    let runs: [&[&str]; 2] = [&["-p", "broken.rego"], &["--check", "no-such-check"]];
    for args in runs {
        let output = tfguard()
            .current_dir(dir.path())
            .args(["plan", "--terraform-bin"])
            .arg(&fake)
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!log.exists(), "{args:?}: terraform ran");
    }
}

#[test]
fn terraform_errors_are_exit_2_with_terraforms_message() {
    let dir = tempfile::tempdir().unwrap();
    let failing = fake_terraform(&dir, "echo 'Error: No configuration files' >&2\nexit 1");
    tfguard()
        .current_dir(dir.path())
        .args(["plan", "--terraform-bin"])
        .arg(&failing)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("Error: No configuration files").and(
                predicate::str::contains("failed: exit status: 1; its errors are above"),
            ),
        );
    tfguard()
        .current_dir(dir.path())
        .args(["plan", "--terraform-bin", "/nonexistent/terraform"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "running `/nonexistent/terraform plan` failed: No such file or directory",
        ));
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        tfguard()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("tfguard"));
    }
    tfguard()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH tfguard 1").and(predicate::str::contains("plan")));
}

#[test]
fn progress_only_on_a_terminal() {
    let plan = fixture("terraform/lifecycle/plan.json");
    let policies = fixture("policies/resource");
    // Not a terminal: nothing on stderr.
    let output = tfguard()
        .args(["check", "-o", "json", "-p"])
        .arg(&policies)
        .arg(&plan)
        .output()
        .unwrap();
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // A terminal, through util-linux `script`, which gives the command a pty.
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("notice: `script` not found; skipping the terminal progress test");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let typescript = dir.path().join("typescript");
    let command = format!(
        "{} check -o json -p {} {} > /dev/null",
        env!("CARGO_BIN_EXE_tfguard"),
        policies.display(),
        plan.display()
    );
    let status = Command::new("script")
        .args(["-q", "-e", "-c", &command])
        .arg(&typescript)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let shown = String::from_utf8_lossy(&std::fs::read(&typescript).unwrap()).into_owned();
    assert!(shown.contains("loading"), "{shown}");
    assert!(shown.contains("resources"), "{shown}");
}
