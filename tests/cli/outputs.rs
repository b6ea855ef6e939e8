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
            .contains("8 resources checked, 10 failures")
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 11);
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
