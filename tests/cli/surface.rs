//! The user's surface, run as a new user would: configuration found from
//! a subfolder, the same answers from `check` and `test`, outputs for
//! people, and no talk of approvals when nothing is configured.

use std::path::Path;

use serde_json::Value;

use crate::common::*;

fn starter() -> std::path::PathBuf {
    fixture("plans/aws-starter.json")
}

/// A repository (with `.git`) whose root `tfguard.toml` runs only one check.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::create_dir_all(dir.path().join("infra/prod")).unwrap();
    std::fs::write(
        dir.path().join("tfguard.toml"),
        "checks = [\"aws-s3-no-public-acl\"]\n",
    )
    .unwrap();
    dir
}

#[test]
fn the_nearest_tfguard_toml_is_found_from_a_subfolder() {
    let repo = repository();
    let sub = repo.path().join("infra/prod");
    let (code, stdout, stderr) = outcome(
        tfguard()
            .current_dir(&sub)
            .args(["check", "-v", "-o", "json"])
            .arg(starter())
            .output()
            .unwrap(),
    );
    assert_eq!(code, 1, "{stderr}");
    let document: Value = serde_json::from_str(&stdout).unwrap();
    let codes: Vec<&str> = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["aws-s3-no-public-acl"]);
    let config = repo.path().canonicalize().unwrap().join("tfguard.toml");
    assert!(
        stderr.contains(&format!("note: using {}", config.display())),
        "{stderr}"
    );
    // Above the repository root is a stranger's folder: not looked at.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("tfguard.toml"), "checks = [\"none\"]\n").unwrap();
    let inner = outside.path().join("repo");
    std::fs::create_dir_all(inner.join(".git")).unwrap();
    let (_, _, stderr) = outcome(
        tfguard()
            .current_dir(&inner)
            .args(["check", "-v", "-o", "json"])
            .arg(starter())
            .output()
            .unwrap(),
    );
    assert!(stderr.contains("no tfguard.toml found from"), "{stderr}");
}

#[test]
fn without_configuration_failures_simply_fail() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    let run = |format: &str| {
        outcome(
            tfguard()
                .current_dir(dir.path())
                .args(["check", "-o", format])
                .arg(starter())
                .output()
                .unwrap(),
        )
    };
    let talk = regex::Regex::new(r"(?i)policy set|approv|\bowners?\b").unwrap();
    for format in ["human", "concise", "markdown"] {
        let (code, stdout, _) = run(format);
        assert_eq!(code, 1);
        assert!(
            !talk.is_match(&stdout),
            "{format} talks of approvals:\n{stdout}"
        );
    }
    let (_, stdout, _) = run("json");
    let document: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(document["policy_sets"], serde_json::json!([]));
    // Nothing to approve, said before any policy runs.
    let (code, _, stderr) = outcome(
        tfguard()
            .current_dir(dir.path())
            .args([
                "approve",
                "--policy-set",
                "builtin",
                "--user",
                "alice",
                "--reason",
                "fine",
            ])
            .arg(starter())
            .output()
            .unwrap(),
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("there is no tfguard.toml"), "{stderr}");
    // Atlantis says so in its block, and the failures fail.
    let (code, stdout, _) = outcome(
        tfguard()
            .current_dir(dir.path())
            .env_remove("POLICYCHECKFILE")
            .env_remove("DIR")
            .env("SHOWFILE", starter())
            .arg("atlantis")
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0);
    assert!(stdout.starts_with("FAIL - "), "{stdout}");
    assert!(stdout.contains("no tfguard.toml found"), "{stdout}");
    assert!(stdout.contains("24 failures"), "{stdout}");
}

#[test]
fn check_and_test_agree_on_conftest_exceptions() {
    let policy = fixture("conftest/policy");
    let (code, document) = check_json(&["-p", path_str(&policy), path_str(&lifecycle_plan())]);
    assert_eq!(code, 1);
    let public: Vec<&Value> = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "main.violation_public")
        .collect();
    assert_eq!(public.len(), 1);
    assert_eq!(public[0]["status"], "ignored");
    assert_eq!(public[0]["suppression"]["kind"], "exception");
    assert_eq!(document["summary"]["failures"], 1);
    assert_eq!(document["summary"]["warnings"], 1);
    let (_, stdout, _) = outcome(
        tfguard()
            .args(["test", "-o", "json", "-p"])
            .arg(&policy)
            .arg(lifecycle_plan())
            .output()
            .unwrap(),
    );
    let tested: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(tested[0]["failures"].as_array().unwrap().len(), 1);
    assert_eq!(tested[0]["warnings"].as_array().unwrap().len(), 1);
    assert_eq!(tested[0]["exceptions"].as_array().unwrap().len(), 1);
}

#[test]
fn test_refuses_resource_level_policies_instead_of_passing() {
    let (code, stdout, stderr) = outcome(
        tfguard()
            .args(["test", "--all-namespaces", "-p"])
            .arg(fixture("policies/resource"))
            .arg(lifecycle_plan())
            .output()
            .unwrap(),
    );
    assert_eq!(code, 2, "{stdout}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("is resource-level (METADATA custom.resource_types)")
            && stderr.contains("tfguard check -p"),
        "{stderr}"
    );
}

#[test]
fn test_reads_folders_and_binary_plans() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    std::fs::copy(lifecycle_plan(), plans.join("a.json")).unwrap();
    std::fs::copy(lifecycle_plan(), plans.join("b.json")).unwrap();
    std::fs::write(plans.join("notes.txt"), "not a plan").unwrap();
    let policy = fixture("conftest/policy");
    let (code, stdout, _) = outcome(
        tfguard()
            .args(["test", "-p"])
            .arg(&policy)
            .arg(&plans)
            .output()
            .unwrap(),
    );
    assert_eq!(code, 1);
    assert!(
        stdout.contains("a.json") && stdout.contains("b.json"),
        "{stdout}"
    );
    assert!(stdout.contains("8 tests, 2 passed, 2 warnings, 2 failures, 2 exceptions"));
    // A binary plan goes through `terraform show -json`, as in `check`.
    let binary = dir.path().join("tfplan");
    std::fs::write(&binary, b"PK\x03\x04 a zip archive").unwrap();
    let fake = dir.path().join("terraform");
    std::fs::write(
        &fake,
        format!("#!/bin/sh\ncat {}\n", lifecycle_plan().display()),
    )
    .unwrap();
    make_executable(&fake);
    let (code, stdout, stderr) = outcome(
        tfguard()
            .args(["test", "--terraform-bin"])
            .arg(&fake)
            .arg("-p")
            .arg(&policy)
            .arg(&binary)
            .output()
            .unwrap(),
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.contains("4 tests, 1 passed, 1 warning, 1 failure, 1 exception"));
}

fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn concise_output_is_one_line_per_finding() {
    let (code, stdout, _) = outcome(
        tfguard()
            .args(["check", "-o", "concise"])
            .arg(starter())
            .output()
            .unwrap(),
    );
    assert_eq!(code, 1);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 26, "{stdout}");
    let line = regex::Regex::new(
        r"^\S+:\d+:\d+: (CRITICAL|HIGH|MEDIUM|LOW|INFO) \S+ .+ \[\S+\]( \(\w+\))?$",
    )
    .unwrap();
    for finding in &lines[..25] {
        assert!(line.is_match(finding), "{finding}");
    }
    assert!(lines[1].ends_with("(unknown)"), "{}", lines[1]);
    assert_eq!(
        lines[25],
        "8 resources checked, 24 failures, 0 warnings, 1 unknown until apply; open by severity: 4 critical, 5 high, 8 medium, 7 low"
    );
    // --quiet: what fails and the summary only.
    let (_, quiet, _) = outcome(
        tfguard()
            .args(["check", "-q", "-o", "concise"])
            .arg(starter())
            .output()
            .unwrap(),
    );
    assert_eq!(quiet.lines().count(), 25);
    assert!(!quiet.contains("(unknown)"));
}

#[test]
fn junit_counts_one_failure_per_failing_finding_and_sarif_names_rules() {
    let dir = tempfile::tempdir().unwrap();
    let junit = dir.path().join("report.xml");
    let sarif = dir.path().join("results.sarif");
    tfguard()
        .args(["check", "-o"])
        .arg(format!("junit={}", junit.display()))
        .arg("-o")
        .arg(format!("sarif={}", sarif.display()))
        .arg(starter())
        .assert()
        .code(1);
    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(
        xml.contains("<testsuites name=\"tfguard\" tests=\"25\" skipped=\"1\" failures=\"24\""),
        "{xml}"
    );
    let document: Value = serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    let driver = &document["runs"][0]["tool"]["driver"];
    // No documentation address known: none is made up.
    assert!(driver.get("informationUri").is_none());
    for rule in driver["rules"].as_array().unwrap() {
        let (id, name) = (rule["id"].as_str().unwrap(), rule["name"].as_str().unwrap());
        assert_ne!(id, name);
        assert!(name.chars().all(|c| c.is_ascii_alphanumeric()), "{name}");
    }
}

#[test]
fn flags_mean_the_same_in_every_subcommand() {
    // -o json replaces --json.
    for args in [
        &["rules", "-o", "json"][..],
        &["approvals", "list", "-o", "json"],
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (code, stdout, stderr) = outcome(
            tfguard()
                .current_dir(dir.path())
                .args(args)
                .output()
                .unwrap(),
        );
        assert_eq!(code, 0, "{args:?}: {stderr}");
        serde_json::from_str::<Value>(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"));
    }
    let (code, stdout, _) = outcome(
        tfguard()
            .args(["verify", "-o", "json", "-p"])
            .arg(root().join("fixtures/rego"))
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0);
    let verified: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(verified["passed"], true);
    assert!(!verified["tests"].as_array().unwrap().is_empty());
    // Check flags that do nothing there are not taken by approve and atlantis.
    for args in [
        &["atlantis", "--showfile", "plan.json", "-o", "json"][..],
        &[
            "approve",
            "--policy-set",
            "s",
            "--user",
            "u",
            "--reason",
            "r",
            "--fail-on-warn",
            "p.json",
        ],
    ] {
        let (code, _, stderr) = outcome(tfguard().args(args).output().unwrap());
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains("unexpected argument"), "{stderr}");
    }
    // The old --ignore is gone: it meant something else in Conftest and Trivy.
    let (code, _, stderr) = outcome(
        tfguard()
            .args(["check", "--ignore", "x"])
            .arg(starter())
            .output()
            .unwrap(),
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("unexpected argument '--ignore'"),
        "{stderr}"
    );
}

#[test]
fn atlantis_blocks_show_approval_problems_and_approve_refuses_advisory_sets() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(
        dir.path().join("tfguard.toml"),
        r#"
[approvals]
file = "ledger.json"

[[policy_set]]
name = "security"
builtin = true
owners = { users = ["alice"] }

[[policy_set]]
name = "cost"
paths = ["cost"]
enforcement = "advisory"
owners = { users = ["alice"] }
"#,
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("cost")).unwrap();
    std::fs::write(
        dir.path().join("cost/main.rego"),
        "package main\n\nwarn_cost contains \"large\" if false\n",
    )
    .unwrap();
    let approve = |set: &str, extra: &[&str]| {
        outcome(
            tfguard()
                .current_dir(dir.path())
                .env_remove("PULL_AUTHOR")
                .env_remove("GITHUB_ACTOR")
                .args([
                    "approve",
                    "--policy-set",
                    set,
                    "--user",
                    "alice",
                    "--reason",
                    "ok",
                ])
                .args(extra)
                .arg(starter())
                .output()
                .unwrap(),
        )
    };
    let (code, _, stderr) = approve("cost", &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("policy set cost is advisory"), "{stderr}");
    let (code, _, stderr) = approve("security", &[]);
    assert_eq!(code, 0, "{stderr}");
    // The approvals expire: the block says so, and the set fails again.
    let ledger_path = dir.path().join("ledger.json");
    let mut ledger: Value =
        serde_json::from_str(&std::fs::read_to_string(&ledger_path).unwrap()).unwrap();
    for approval in ledger["approvals"].as_array_mut().unwrap() {
        approval["expires"] = Value::from("2000-01-01");
    }
    std::fs::write(&ledger_path, ledger.to_string()).unwrap();
    let (_, stdout, _) = outcome(
        tfguard()
            .current_dir(dir.path())
            .env_remove("POLICYCHECKFILE")
            .env("SHOWFILE", starter())
            .args(["atlantis", "--policy-set", "security"])
            .output()
            .unwrap(),
    );
    assert!(stdout.starts_with("FAIL - "), "{stdout}");
    assert!(
        stdout.contains("approval problem: approval by alice of")
            && stdout.contains("expired on 2000-01-01"),
        "{stdout}"
    );
}
