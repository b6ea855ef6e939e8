//! Loading policies: discovery, namespaces, data, Rego versions, METADATA,
//! and failing closed on every kind of policy error.

use predicates::prelude::*;

use crate::common::*;

fn policy_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// Each finding's `keys`, space-separated (`-` for a missing one).
fn fields(document: &serde_json::Value, keys: &[&str]) -> Vec<String> {
    document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            keys.iter()
                .map(|k| f[*k].as_str().unwrap_or("-"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn lifecycle() -> String {
    path_str(&lifecycle_plan()).to_owned()
}

#[test]
fn plan_level_rules_in_the_default_namespace() {
    let policies = fixture("policies/plan");
    let (code, document) = check_json(&[
        "-p",
        path_str(&policies),
        "-d",
        path_str(&fixture("policies/plan/data.yaml")),
        &lifecycle(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        triples(&document),
        [
            ("main.violation_count".into(), "".into(), "".into()),
            ("main.warn".into(), "".into(), "".into()),
            ("main.deny".into(), "terraform_data.db".into(), "".into()),
        ]
    );
    let findings = document["findings"].as_array().unwrap();
    assert_eq!(
        findings[0]["message"],
        "13 resource changes exceed the limit of 5"
    );
    assert_eq!(findings[1]["level"], "warning");
    // `address` attaches a plan-level result to its resource's location.
    let location = &findings[2]["plan_location"];
    let text = std::fs::read_to_string(lifecycle_plan()).unwrap();
    let start = location["start"].as_u64().unwrap() as usize;
    let end = location["end"].as_u64().unwrap() as usize;
    let element: serde_json::Value = serde_json::from_str(&text[start..end]).unwrap();
    assert_eq!(element["address"], "terraform_data.db");
}

#[test]
fn namespaces_select_plan_level_packages() {
    let policies = fixture("policies/plan");
    let data = fixture("policies/plan/data.yaml");
    let codes = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["-p", path_str(&policies), "-d", path_str(&data)];
        args.extend_from_slice(extra);
        let plan = lifecycle();
        args.push(&plan);
        let (_, document) = check_json(&args);
        triples(&document).into_iter().map(|t| t.0).collect()
    };
    assert_eq!(codes(&["-n", "other"]), ["other.deny"]);
    assert_eq!(codes(&["-n", "oth*"]), ["other.deny"]);
    let all = codes(&["--all-namespaces"]);
    assert!(all.contains(&"other.deny".to_owned()) && all.contains(&"main.deny".to_owned()));
}

#[test]
fn missing_data_is_undefined_not_an_error() {
    // Without -d, data.limits is undefined: the rule simply does not fire.
    let (_, document) = check_json(&["-p", path_str(&fixture("policies/plan")), &lifecycle()]);
    let codes: Vec<String> = triples(&document).into_iter().map(|t| t.0).collect();
    assert!(!codes.contains(&"main.violation_count".to_owned()));
}

#[test]
fn rego_v0_needs_the_flag() {
    let dir = policy_dir(&[(
        "v0.rego",
        "package main\n\ndeny[msg] {\n  input.format_version == \"1.2\"\n  msg := \"v0 rule\"\n}\n",
    )]);
    let path = path_str(dir.path()).to_owned();
    let (code, document) = check_json(&["-p", &path, "--rego-version", "v0", &lifecycle()]);
    assert_eq!(code, 1);
    assert_eq!(document["findings"][0]["message"], "v0 rule");
    tfguard()
        .args(["check", "-p", &path, &lifecycle()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("v0.rego:3:"));
}

#[test]
fn parse_errors_point_at_the_file_line_and_column() {
    let dir = policy_dir(&[(
        "bad.rego",
        "package main\n\ndeny contains msg if {\n  msg := \n}\n",
    )]);
    let output = tfguard()
        .args(["check", "-p", path_str(dir.path()), &lifecycle()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("bad.rego:4:"), "{stderr}");
    assert!(stderr.contains("msg := "), "shows the snippet: {stderr}");
}

#[test]
fn runtime_errors_fail_closed_naming_file_and_rule() {
    let dir = policy_dir(&[(
        "boom.rego",
        "# METADATA\n# custom:\n#   resource_types: [terraform_data]\npackage boom\n\nimport rego.v1\n\ndeny contains msg if {\n  msg := sprintf(\"%d\", [to_number(input.address)])\n}\n",
    )]);
    tfguard()
        .args(["check", "-p", path_str(dir.path()), &lifecycle()])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("boom.rego:9:")
                .and(predicate::str::contains(
                    "rule `data.boom.deny` failed on terraform_data",
                ))
                .and(predicate::str::contains("to_number(input.address)")),
        );
}

#[test]
fn malformed_results_fail_closed() {
    let dir = policy_dir(&[(
        "p.rego",
        "package main\n\nimport rego.v1\n\ndeny contains {\"message\": \"no msg key\"}\n",
    )]);
    tfguard()
        .args(["check", "-p", path_str(dir.path()), &lifecycle()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "a result object must have a `msg` key",
        ));
}

#[test]
fn invalid_metadata_is_a_policy_error() {
    let dir = policy_dir(&[(
        "p.rego",
        "# METADATA\n# custom: [unclosed\npackage main\n\ndeny contains \"x\"\n",
    )]);
    tfguard()
        .args(["check", "-p", path_str(dir.path()), &lifecycle()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid METADATA block"));
}

#[test]
fn test_files_and_ignored_files_are_not_loaded() {
    let broken = "package main\n\ndeny contains \n";
    let dir = policy_dir(&[
        (
            "ok.rego",
            "package main\n\nimport rego.v1\n\ndeny contains \"ok\"\n",
        ),
        ("ok_test.rego", broken),
        ("vendor/broken.rego", broken),
    ]);
    let (code, document) = check_json(&[
        "-p",
        path_str(dir.path()),
        "--skip-policy-file",
        "**/vendor/**",
        &lifecycle(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(document["findings"][0]["message"], "ok");
    tfguard()
        .args(["check", "-p", path_str(dir.path()), &lifecycle()])
        .assert()
        .code(2);
}

#[test]
fn empty_policy_folders_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    tfguard()
        .args(["check", "-p", path_str(dir.path()), &lifecycle()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no .rego files found"));
}

#[test]
fn metadata_sets_code_severity_and_links() {
    let (_, document) = check_json(&["-p", path_str(&fixture("policies/resource")), &lifecycle()]);
    let findings = document["findings"].as_array().unwrap();
    let public = findings
        .iter()
        .find(|f| f["address"] == "terraform_data.web[0]")
        .unwrap();
    assert_eq!(public["code"], "fixture-public");
    assert_eq!(public["severity"], "high");
    assert_eq!(public["aliases"], serde_json::json!(["FIX-001"]));
    assert_eq!(
        public["help_uri"],
        "https://example.test/docs/fixture-public"
    );
    assert_eq!(public["title"], "Fixture resources must not be public");
    assert_eq!(public["policy"]["line"], 14);
    // Rule-level METADATA overrides the package's severity and title.
    let cidr = findings.iter().find(|f| f["level"] == "warning").unwrap();
    assert_eq!(cidr["severity"], "low");
    assert_eq!(cidr["title"], "Open CIDR");
    assert_eq!(cidr["code"], "fixture-public");
    assert_eq!(cidr["metadata"]["cidr"], "0.0.0.0/0");
}

#[test]
fn builtin_library_runs_with_zero_setup() {
    let (code, document) = check_json(&[path_str(&fixture("plans/aws-starter.json"))]);
    assert_eq!(code, 1);
    let found = fields(&document, &["code", "address", "attribute", "status"]);
    assert_eq!(
        found,
        [
            "aws-ebs-encryption aws_ebs_volume.data encrypted open",
            // Encryption is only known after apply: reported, not failing.
            "aws-ebs-encryption aws_ebs_volume.scratch encrypted unknown",
            "aws-iam-no-admin-policy aws_iam_policy.admin policy open",
            "aws-iam-no-wildcard-actions aws_iam_policy.admin policy open",
            // `*` on `*` grants every sensitive action class too.
            "aws-iam-policy-credentials-exposure aws_iam_policy.admin policy open",
            "aws-iam-policy-data-exfiltration aws_iam_policy.admin policy open",
            "aws-iam-policy-privilege-escalation aws_iam_policy.admin policy open",
            "aws-iam-policy-wildcard-resource aws_iam_policy.admin policy open",
            // No aws_s3_bucket_* resource in the configuration refers to the bucket.
            "aws-s3-encryption-customer-key aws_s3_bucket.logs - open",
            "aws-s3-kms-encryption aws_s3_bucket.logs - open",
            "aws-s3-lifecycle-configuration aws_s3_bucket.logs - open",
            "aws-s3-logging aws_s3_bucket.logs - open",
            "aws-s3-public-access-block aws_s3_bucket.logs - open",
            "aws-s3-versioning aws_s3_bucket.logs - open",
            "aws-s3-no-public-acl aws_s3_bucket_acl.logs acl open",
            "aws-ec2-no-public-ingress aws_security_group.bastion ingress[1].cidr_blocks open",
            "aws-ec2-no-public-ssh aws_security_group.bastion ingress[1].cidr_blocks open",
            "aws-rds-copy-tags-to-snapshot module.db.aws_db_instance.main[\"primary\"] copy_tags_to_snapshot open",
            "aws-rds-deletion-protection module.db.aws_db_instance.main[\"primary\"] deletion_protection open",
            "aws-rds-enhanced-monitoring module.db.aws_db_instance.main[\"primary\"] monitoring_interval open",
            "aws-rds-iam-auth module.db.aws_db_instance.main[\"primary\"] iam_database_authentication_enabled open",
            "aws-rds-log-exports module.db.aws_db_instance.main[\"primary\"] enabled_cloudwatch_logs_exports open",
            "aws-rds-multi-az module.db.aws_db_instance.main[\"primary\"] multi_az open",
            "aws-rds-no-public-access module.db.aws_db_instance.main[\"primary\"] publicly_accessible open",
            "aws-rds-performance-insights module.db.aws_db_instance.main[\"primary\"] performance_insights_enabled open",
        ]
    );
    // The deleted volume is not checked, nor the policy that allows one action.
    assert_eq!(document["summary"]["failures"], 24);
    assert_eq!(document["summary"]["unknown"], 1);
    // --policy replaces the built-in library; --builtin adds it back.
    let own = fixture("policies/resource");
    let (_, only_own) = check_json(&[
        "-p",
        path_str(&own),
        path_str(&fixture("plans/aws-starter.json")),
    ]);
    assert!(triples(&only_own).is_empty());
    let (_, both) = check_json(&[
        "-p",
        path_str(&own),
        "--builtin",
        path_str(&fixture("plans/aws-starter.json")),
    ]);
    assert_eq!(triples(&both).len(), 25);
}

#[test]
fn resource_level_rules_can_read_the_whole_plan() {
    let dir = policy_dir(&[(
        "cross.rego",
        r#"# METADATA
# custom:
#   id: cross-resource
#   resource_types: [terraform_data]
package cross

import rego.v1

# A bucket is fine only if the plan also has a resource named "report".
deny contains msg if {
	input.name == "bucket"
	not report_exists
	msg := sprintf("%s has no report", [input.address])
}

warn contains msg if {
	input.name == "bucket"
	report_exists
	msg := sprintf("%s is reported", [input.address])
}

report_exists if {
	some rc in data.tfguard.plan.resource_changes
	rc.name == "report"
}
"#,
    )]);
    let (code, document) = check_json(&["-p", path_str(dir.path()), &lifecycle()]);
    assert_eq!(code, 0);
    let messages: Vec<&str> = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages, ["terraform_data.bucket[\"assets\"] is reported"]);
}

#[test]
fn nothing_to_run_fails_closed_and_skipped_packages_are_named() {
    let policies = fixture("policies/plan");
    tfguard()
        .args(["check", "-p", path_str(&policies), "-n", "mian", &lifecycle()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no deny, warn or violation rules to evaluate; packages outside the selected namespaces: main, other",
        ));
    tfguard()
        .args([
            "check",
            "-o",
            "json",
            "-p",
            path_str(&policies),
            &lifecycle(),
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "warning: package other has policy rules but is not in the selected namespaces",
        ));
}

#[test]
fn metadata_typos_are_errors_not_silent_skips() {
    for (custom, expected) in [
        (
            "resource_type: [terraform_data]",
            "did you mean custom.resource_types",
        ),
        ("severity: hihg", "\"hihg\" is not one of"),
    ] {
        let dir = policy_dir(&[(
            "p.rego",
            &format!(
                "# METADATA\n# custom:\n#   {custom}\npackage typo\n\nimport rego.v1\n\ndeny contains \"x\"\n"
            ),
        )]);
        tfguard()
            .args(["check", "-p", path_str(dir.path()), &lifecycle()])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expected));
    }
}

#[test]
fn the_whole_plan_is_there_however_it_is_imported() {
    let dir = policy_dir(&[(
        "p.rego",
        "# METADATA\n# custom:\n#   resource_types: [terraform_data]\npackage imported\n\nimport data.tfguard\nimport rego.v1\n\ndeny contains msg if {\n  input.address == \"terraform_data.db\"\n  n := count(tfguard.plan.resource_changes)\n  msg := sprintf(\"%d changes\", [n])\n}\n",
    )]);
    let (code, document) = check_json(&["-p", path_str(dir.path()), &lifecycle()]);
    assert_eq!(code, 1);
    assert_eq!(document["findings"][0]["message"], "13 changes");
}

/// OPA's METADATA scopes: a block above a definition is that definition's
/// alone, `scope: document` is every definition's; each finding carries the
/// id, title and severity of the definition that produced it, and
/// `rego.metadata.rule()` reads the definition's block.
#[test]
fn metadata_applies_to_the_definition_below_it() {
    let policy = fixture("policies/definition_scope");
    let (code, document) = check_json(&["-p", path_str(&policy), &lifecycle()]);
    assert_eq!(code, 1);
    let found = fields(&document, &["message", "code", "severity", "title"]);
    assert_eq!(
        found,
        [
            "first first-check high First",
            "second main.deny low Package title",
            "third third-check low Third",
            "w1 warning-check low Every warning",
            "w2 warning-check low Every warning",
        ]
    );
    let third = &document["findings"].as_array().unwrap()[2];
    assert_eq!(third["metadata"]["title"], "Third");
    // `tfguard test` counts the definitions as Conftest does.
    let output = tfguard()
        .args(["test", "--no-color", "-p"])
        .arg(&policy)
        .arg(lifecycle())
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.ends_with("5 tests, 0 passed, 2 warnings, 3 failures, 0 exceptions\n"),
        "{stdout}"
    );
}
