//! The built-in library: its Rego unit tests, and library-wide behaviour.

use predicates::prelude::*;

use crate::common::*;

#[test]
fn every_check_passes_its_rego_tests() {
    let output = tfguard()
        .args(["verify", "-v"])
        .arg(root().join("policies"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    let last = stdout.lines().last().unwrap();
    let total: usize = last.split(' ').next().unwrap().parse().unwrap();
    assert!(total >= 190, "{last}");
    assert!(last.ends_with(", 0 failed"), "{last}");
    // Every check file has tests.
    for entry in walkdir::WalkDir::new(root().join("policies")) {
        let path = entry.unwrap().into_path();
        let name = path.to_string_lossy().to_string();
        if name.ends_with(".rego") && !name.ends_with("_test.rego") && !name.contains("/lib/") {
            let test = name.replace(".rego", "_test.rego");
            assert!(std::path::Path::new(&test).exists(), "{name} has no tests");
        }
    }
}

#[test]
fn verify_reports_failing_tests() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p_test.rego"),
        "package p_test\n\nimport rego.v1\n\ntest_ok if true\n\ntest_broken if 1 == 2\n",
    )
    .unwrap();
    tfguard()
        .arg("verify")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("FAIL")
                .and(predicate::str::contains("p_test.test_broken"))
                .and(predicate::str::contains("2 tests, 1 passed, 1 failed")),
        );
}

#[test]
fn unknown_values_fail_only_when_asked() {
    let plan = fixture("plans/aws-starter.json");
    let (_, report) = check_json(&[path_str(&plan)]);
    assert_eq!(report["summary"]["unknown"], 1);
    let (_, strict) = check_json(&["--unknown", "fail", path_str(&plan)]);
    assert_eq!(strict["summary"]["unknown"], 0);
    assert_eq!(strict["summary"]["failures"], 9);
}
