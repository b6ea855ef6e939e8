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
    assert_eq!(strict["summary"]["failures"], 25);
}

#[test]
fn the_library_is_as_broad_as_the_issue_asks() {
    let output = tfguard().args(["rules", "-o", "json"]).output().unwrap();
    let checks: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = checks
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let count = |prefix: &str| ids.iter().filter(|id| id.starts_with(prefix)).count();
    assert!(ids.len() >= 250, "{}", ids.len());
    assert!(count("aws-") >= 150, "{}", count("aws-"));
    assert!(count("google-") >= 60, "{}", count("google-"));
    assert!(count("azure-") >= 60, "{}", count("azure-"));
    assert!(count("kubernetes-") >= 2);
    assert!(count("org-") >= 5);
    let mut with_aliases = 0;
    for check in checks.as_array().unwrap() {
        for key in ["title", "description", "remediation", "severity"] {
            assert!(
                !check[key].as_str().unwrap().is_empty(),
                "{} has no {key}",
                check["id"]
            );
        }
        assert!(
            check["help_uri"].is_string(),
            "{} has no docs link",
            check["id"]
        );
        assert!(!check["resource_types"].as_array().unwrap().is_empty());
        let id = check["id"].as_str().unwrap();
        let aliases: Vec<&str> = check["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        with_aliases += usize::from(!aliases.is_empty());
        // trivy-checks v2 names checks `AWS-0086`; the old `AVD-AWS-0086`
        // stays beside it, never alone.
        for avd in aliases.iter().filter_map(|a| a.strip_prefix("AVD-")) {
            assert!(aliases.contains(&avd), "{id} has AVD-{avd} without {avd}");
        }
        assert!(
            aliases.iter().all(|a| !a.is_empty() && !a.contains(' ')),
            "{id}: {aliases:?}"
        );
    }
    // Aliases are left out only where no upstream check means the same
    // (docs/parity.md); nearly every check has one.
    assert!(
        with_aliases * 10 >= ids.len() * 9,
        "{with_aliases} of {}",
        ids.len()
    );
}

#[test]
fn explain_by_id_or_alias() {
    tfguard()
        .args(["rules", "explain", "AVD-AWS-0092"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# aws-s3-no-public-acl: S3 bucket ACL grants public access",
        ));
    tfguard()
        .args(["rules", "explain", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no built-in check is named \"nope\"",
        ));
}

#[test]
fn check_docs_are_in_sync_with_metadata() {
    let dir = tempfile::tempdir().unwrap();
    tfguard()
        .args(["rules", "docs"])
        .arg(dir.path())
        .assert()
        .success();
    let committed = root().join("docs/checks");
    let mut generated: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    generated.sort();
    let mut present: Vec<_> = std::fs::read_dir(&committed)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    present.sort();
    assert_eq!(generated, present, "run `tfguard rules docs docs/checks`");
    for name in generated {
        let fresh = std::fs::read_to_string(dir.path().join(&name)).unwrap();
        let old = std::fs::read_to_string(committed.join(&name)).unwrap();
        assert_eq!(
            fresh,
            old,
            "docs/checks/{} is stale: run `tfguard rules docs docs/checks`",
            name.to_string_lossy()
        );
    }
}

#[test]
fn select_checks_by_id_alias_glob_and_severity() {
    let plan = fixture("plans/aws-starter.json");
    let codes = |extra: &[&str]| -> Vec<String> {
        let mut args = extra.to_vec();
        args.push(path_str(&plan));
        let (_, document) = check_json(&args);
        let mut codes: Vec<String> = triples(&document).into_iter().map(|t| t.0).collect();
        codes.dedup();
        codes
    };
    assert_eq!(codes(&["--check", "CKV_AWS_20"]), ["aws-s3-no-public-acl"]);
    assert_eq!(
        codes(&["--check", "aws-rds-*"]),
        [
            "aws-rds-copy-tags-to-snapshot",
            "aws-rds-deletion-protection",
            "aws-rds-enhanced-monitoring",
            "aws-rds-iam-auth",
            "aws-rds-log-exports",
            "aws-rds-multi-az",
            "aws-rds-no-public-access",
            "aws-rds-performance-insights"
        ]
    );
    assert!(
        !codes(&["--skip-check", "CKV_AWS_63"]).contains(&"aws-iam-no-wildcard-actions".to_owned())
    );
    assert!(
        !codes(&["--skip-check", "AWS-0133"]).contains(&"aws-rds-performance-insights".to_owned())
    );
    assert_eq!(
        codes(&["--severity", "critical"]),
        [
            "aws-iam-no-admin-policy",
            "aws-ec2-no-public-ingress",
            "aws-ec2-no-public-ssh",
            "aws-rds-no-public-access"
        ]
    );
    // The same in tfguard.toml; flags win over it.
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("tfguard.toml");
    std::fs::write(
        &config,
        "checks = [\"aws-rds-*\"]\nseverity = \"critical\"\n",
    )
    .unwrap();
    assert_eq!(
        codes(&["--config", path_str(&config)]),
        ["aws-rds-no-public-access"]
    );
    // No critical aws-sqs check: nothing to run is an error, never a pass.
    tfguard()
        .args([
            "check",
            "--config",
            path_str(&config),
            "--check",
            "aws-sqs-*",
        ])
        .arg(&plan)
        .assert()
        .code(2);
    tfguard()
        .args(["check", "--severity", "urgent"])
        .arg(&plan)
        .assert()
        .code(2);
}

#[test]
fn organisation_guardrails_are_off_until_configured() {
    let plan = lifecycle_plan();
    let (_, off) = check_json(&[path_str(&plan)]);
    assert!(triples(&off).iter().all(|t| !t.0.starts_with("org-")));
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("guardrails.yaml");
    std::fs::write(
        &config,
        "tfguard:\n  config:\n    protected:\n      - address: terraform_data.legacy\n      - type: terraform_data\n        address: terraform_data.db\n    denied_resource_types: [\"terraform_*\"]\n",
    )
    .unwrap();
    let (code, on) = check_json(&["-d", path_str(&config), path_str(&plan)]);
    assert_eq!(code, 1);
    let found: Vec<(String, String)> = triples(&on)
        .into_iter()
        .filter(|t| t.0 == "org-protected-resources")
        .map(|t| (t.0, t.1))
        .collect();
    // The deletion and the replacement, though deletes are otherwise not checked.
    assert_eq!(
        found,
        [
            (
                "org-protected-resources".to_owned(),
                "terraform_data.db".to_owned()
            ),
            (
                "org-protected-resources".to_owned(),
                "terraform_data.legacy".to_owned()
            ),
        ]
    );
    let messages: Vec<&str> = on["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "org-protected-resources")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "terraform_data.db is protected and would be replaced",
            "terraform_data.legacy is protected and would be deleted"
        ]
    );
    assert!(
        triples(&on)
            .iter()
            .any(|t| t.0 == "org-denied-resource-types")
    );
}

#[test]
fn missing_opa_builtins_behave_as_in_opa() {
    tfguard()
        .args(["verify", "-v"])
        .arg(fixture("rego"))
        .assert()
        .success()
        .stdout(predicate::str::contains("5 tests, 5 passed, 0 failed"));
    // A bad operand is an error, never a silent false.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p_test.rego"),
        "package p_test\n\nimport rego.v1\n\ntest_bad if net.cidr_intersects(\"not-a-cidr\", \"10.0.0.0/8\")\n",
    )
    .unwrap();
    tfguard()
        .arg("verify")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("invalid CIDR or IP address"));
}

#[test]
fn verify_reports_notes_and_coverage() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.rego"),
        "package p\n\nimport rego.v1\n\nallow if input.x == 1\n\nother if {\n\tinput.y == 2\n\tinput.z == 3\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("p_test.rego"),
        "package p_test\n\nimport data.p\nimport rego.v1\n\ntest_allow if {\n\tprint(\"checking allow\")\n\tp.allow with input as {\"x\": 1}\n}\n",
    )
    .unwrap();
    tfguard()
        .args(["verify", "--report", "notes", "--coverage"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(
            predicate::str::contains("coverage")
                .and(predicate::str::contains("p.rego"))
                .and(predicate::str::contains("1 tests, 1 passed, 0 failed")),
        );
    tfguard()
        .args(["verify", "--report", "full"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(
            predicate::str::contains("PASS")
                .and(predicate::str::contains("p_test.rego:7: checking allow")),
        );
    // `other` is never evaluated: coverage stays below 100%.
    tfguard()
        .args(["verify", "--coverage-min", "100"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("is below --coverage-min 100"));
}
