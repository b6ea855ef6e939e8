//! Several reports in one run, and the GitHub job summary.

use predicates::prelude::*;

use crate::common::*;

#[test]
fn several_formats_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("results.sarif");
    let junit = dir.path().join("report.xml");
    let output = tfguard()
        .args(["check", "-o", "human"])
        .arg("-o")
        .arg(format!("sarif={}", sarif.display()))
        .arg("-o")
        .arg(format!("junit={}", junit.display()))
        .arg(fixture("plans/aws-starter.json"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("8 resources checked, 24 failures")
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 25);
    let junit = std::fs::read_to_string(&junit).unwrap();
    assert!(
        junit.contains("<testsuite name=\"aws-ebs-encryption\""),
        "{junit}"
    );
}

#[test]
fn only_one_format_on_stdout() {
    tfguard()
        .args(["check", "-o", "json", "-o", "human"])
        .arg(fixture("plans/aws-starter.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "only one -o format can go to stdout",
        ));
    tfguard()
        .args(["check", "-o", "yaml"])
        .arg(fixture("plans/aws-starter.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown format \"yaml\""));
}

#[test]
fn github_annotations_and_job_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let output = tfguard()
        .args(["check", "-o", "github", "-p"])
        .arg(fixture("policies/resource"))
        .arg("--terraform-dir")
        .arg(fixture("terraform/sources/after"))
        .arg(fixture("terraform/sources/plan.json"))
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains(
        "::error file=fixtures/terraform/sources/after/main.tf,line=21,endLine=21,col=5,title=fixture-public (high)%3A Fixture resources must not be public::terraform_data.web[0] is public"
    ), "{stdout}");
    assert!(stdout.contains("::notice file=fixtures/terraform/sources/after/main.tf,line=14"));
    assert!(stdout.contains("::warning file=fixtures/terraform/sources/after/main.tf,line=39"));
    let summary = std::fs::read_to_string(&summary).unwrap();
    assert!(
        summary.starts_with("earlier step\n## ❌ tfguard: 7 failing findings block this plan"),
        "{summary}"
    );
    // Without the variable, no summary file is touched.
    tfguard()
        .args(["check", "-o", "github"])
        .arg(fixture("plans/aws-starter.json"))
        .env_remove("GITHUB_STEP_SUMMARY")
        .assert()
        .code(1);
}

/// Microsoft's SARIF multitool, from npm, installed once under `target/`;
/// `None` (with a notice) where npm or the registry is not reachable.
fn sarif_multitool() -> Option<std::path::PathBuf> {
    let prefix = root().join("target/sarif-multitool");
    let tool = prefix.join("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
    if !tool.is_file() {
        let installed = std::process::Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg("@microsoft/sarif-multitool-linux@5")
            .output();
        if !installed.is_ok_and(|o| o.status.success()) || !tool.is_file() {
            eprintln!("notice: cannot install @microsoft/sarif-multitool-linux; skipping");
            return None;
        }
    }
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&tool, std::fs::Permissions::from_mode(0o755)).ok()?;
    Some(tool)
}

/// GitHub's ingestion rules, as the SARIF multitool checks them: no error
/// and no warning on real runs (rule names distinct from ids, an
/// informationUri when the docs' address is known).
#[test]
fn sarif_passes_the_multitools_github_rules() {
    let Some(tool) = sarif_multitool() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // A baseline (absolute path, with a stale entry) and an absolute plan path.
    let baseline = dir.path().join("baseline.json");
    tfguard()
        .current_dir(root())
        .args(["baseline", "-p", "fixtures/policies/resource", "-o"])
        .arg(&baseline)
        .arg("fixtures/terraform/baseline-adopted/plan.json")
        .assert()
        .success();
    let replanned = root().join("fixtures/terraform/baseline-replanned/plan.json");
    let runs: [&[&str]; 3] = [
        &["fixtures/plans/aws-starter.json"],
        &[
            "-p",
            "fixtures/policies/resource",
            "--terraform-dir",
            "fixtures/terraform/sources/after",
            "fixtures/terraform/sources/plan.json",
        ],
        &[
            "-p",
            "fixtures/policies/resource",
            "--baseline",
            path_str(&baseline),
            path_str(&replanned),
        ],
    ];
    for (index, args) in runs.iter().enumerate() {
        let sarif = dir.path().join(format!("{index}.sarif"));
        tfguard()
            .current_dir(root())
            .env(
                "TFGUARD_DOCS_URL",
                "https://github.com/acme/tfguard/tree/v1/docs",
            )
            .arg("check")
            .arg("-o")
            .arg(format!("sarif={}", sarif.display()))
            .args(*args)
            .assert()
            .code(1);
        let log = dir.path().join(format!("{index}.validation.sarif"));
        let output = std::process::Command::new(&tool)
            .args([
                "validate",
                "--rule-kind",
                "Gh;Sarif",
                "--level",
                "Error;Warning",
            ])
            .args(["--log", "ForceOverwrite", "-o"])
            .arg(&log)
            .arg(&sarif)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{stdout}");
        let problems: Vec<&str> = stdout
            .lines()
            .filter(|l| l.contains(": error ") || l.contains(": warning "))
            .collect();
        assert!(problems.is_empty(), "{args:?}:\n{}", problems.join("\n"));
    }
}
