//! What findings say and where they point, on real Terraform plans.

use predicates::prelude::*;

use crate::common::*;

fn resource_policies() -> String {
    path_str(&fixture("policies/resource")).to_owned()
}

fn lifecycle() -> String {
    path_str(&lifecycle_plan()).to_owned()
}

#[test]
fn findings_on_a_real_plan() {
    let (code, document) = check_json(&["-p", &resource_policies(), &lifecycle()]);
    assert_eq!(code, 1);
    let subnet = |k: &str, i: u8| {
        format!("module.network.module.subnets[{i}].terraform_data.subnet[\"{k}\"]")
    };
    let public = |address: &str| {
        (
            "fixture-public".to_owned(),
            address.to_owned(),
            "input.public".to_owned(),
        )
    };
    assert_eq!(
        triples(&document),
        [
            public(&subnet("a", 0)),
            public(&subnet("b", 0)),
            public(&subnet("a", 1)),
            public(&subnet("b", 1)),
            (
                "fixture-public".into(),
                "module.network.terraform_data.vpc".into(),
                "input.cidr".into()
            ),
            (
                "fixture-public".into(),
                "terraform_data.bucket[\"assets\"]".into(),
                "input.acl".into()
            ),
            (
                "fixture-leaky".into(),
                "terraform_data.db".into(),
                "".into()
            ),
            public("terraform_data.report"),
            public("terraform_data.web[0]"),
        ]
    );
    // Unchanged web[1] and bucket["logs"], and deleted legacy, are not checked;
    // 13 changes minus those three.
    assert_eq!(document["summary"]["resources"], 10);
    assert_eq!(document["summary"]["failures"], 8);
    assert_eq!(document["summary"]["warnings"], 1);
    assert_eq!(document["version"], 1);
}

#[test]
fn plan_locations_point_at_the_attribute() {
    let (_, document) = check_json(&["-p", &resource_policies(), &lifecycle()]);
    let text = std::fs::read_to_string(lifecycle_plan()).unwrap();
    for finding in document["findings"].as_array().unwrap() {
        let location = &finding["plan_location"];
        let start = location["start"].as_u64().unwrap() as usize;
        let end = location["end"].as_u64().unwrap() as usize;
        let line = location["line"].as_u64().unwrap() as usize;
        let column = location["column"].as_u64().unwrap() as usize;
        assert_eq!(text[..start].matches('\n').count() + 1, line);
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        assert_eq!(start - line_start + 1, column);
        let snippet = &text[start..end];
        match finding["attribute"].as_str() {
            Some("input.public") => assert_eq!(snippet, "true"),
            Some("input.acl") => assert_eq!(snippet, "\"public-read\""),
            Some("input.cidr") => assert_eq!(snippet, "\"0.0.0.0/0\""),
            _ => assert!(
                snippet.starts_with('{') && snippet.contains(finding["address"].as_str().unwrap())
            ),
        }
        assert_eq!(location["file"], lifecycle().as_str());
    }
}

#[test]
fn all_resources_includes_unchanged_ones() {
    let (_, document) = check_json(&["-p", &resource_policies(), "--all-resources", &lifecycle()]);
    assert_eq!(document["summary"]["resources"], 12, "all but the delete");
}

#[test]
fn sensitive_values_never_appear_in_any_output() {
    let secret = "correct-horse-battery";
    assert!(
        std::fs::read_to_string(lifecycle_plan())
            .unwrap()
            .contains(secret)
    );
    for format in ["human", "json"] {
        let output = tfguard()
            .args([
                "check",
                "-o",
                format,
                "-p",
                &resource_policies(),
                &lifecycle(),
            ])
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(
            stdout.contains("terraform_data.db stores the password (sensitive value)"),
            "{stdout}"
        );
        assert!(!stdout.contains(secret), "{format} leaks the secret");
    }
    // The built-in library's excerpt of the RDS instance masks its password.
    let output = tfguard()
        .args(["check", path_str(&fixture("plans/aws-starter.json"))])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("\"password\": \"(sensitive value)\""),
        "{stdout}"
    );
    assert!(!stdout.contains("s3cr3t-Passw0rd"));
}

#[test]
fn exit_codes() {
    let plan = lifecycle();
    let run = |extra: &[&str]| -> i32 {
        let mut command = tfguard();
        command.args(["check", "-o", "json"]).args(extra).arg(&plan);
        command.output().unwrap().status.code().unwrap()
    };
    let warn_only = fixture("policies/resource/public.rego");
    let warn_dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(warn_only).unwrap();
    // Keep only the warn rule: the same package with deny rules renamed away.
    std::fs::write(
        warn_dir.path().join("warn.rego"),
        text.replace("deny contains", "allowed contains")
            .replace("deny_acl contains", "allowed_acl contains"),
    )
    .unwrap();
    let warn = path_str(warn_dir.path()).to_owned();
    assert_eq!(run(&["-p", &resource_policies()]), 1);
    assert_eq!(run(&["-p", &resource_policies(), "--no-fail"]), 0);
    assert_eq!(run(&["-p", &warn]), 0);
    assert_eq!(run(&["-p", &warn, "--fail-on-warn"]), 1);
    // Nothing selected to run is an error, not a pass.
    assert_eq!(
        run(&["-p", path_str(&fixture("policies/plan")), "-n", "nothing"]),
        2
    );
    tfguard()
        .args(["check", "--output", "xml", &plan])
        .assert()
        .code(2);
    tfguard().args(["check"]).assert().code(2);
    tfguard().arg("--help").assert().code(0);
}

#[test]
fn output_is_deterministic_and_fingerprints_are_stable() {
    let (_, first) = check_json(&["-p", &resource_policies(), &lifecycle()]);
    for _ in 0..3 {
        let (_, again) = check_json(&["-p", &resource_policies(), &lifecycle()]);
        assert_eq!(first, again);
    }
    // The same plan, re-serialised on one line the way Terraform writes it:
    // other locations, same fingerprints.
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(lifecycle_plan()).unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let compact = dir.path().join("compact.json");
    std::fs::write(&compact, serde_json::to_string(&value).unwrap()).unwrap();
    let (_, other) = check_json(&["-p", &resource_policies(), path_str(&compact)]);
    assert_eq!(fingerprints(&first), fingerprints(&other));
    assert_ne!(
        first["findings"][0]["plan_location"],
        other["findings"][0]["plan_location"]
    );
    assert_eq!(other["findings"][0]["plan_location"]["line"], 1);
}

#[test]
fn human_output_labels_the_attribute() {
    tfguard()
        .args(["check", "-p", &resource_policies(), &lifecycle()])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("× terraform_data.web[0] is public")
                .and(predicate::str::contains("input.public"))
                .and(predicate::str::contains("fixture-public (high)"))
                .and(predicate::str::contains(
                    "https://example.test/docs/fixture-public",
                ))
                .and(predicate::str::contains(
                    "10 resources checked, 8 failures, 1 warning; open by severity:",
                )),
        );
}

#[test]
fn several_plans_in_one_run() {
    let starter = fixture("plans/aws-starter.json");
    let (code, document) = check_json(&[path_str(&starter), &lifecycle()]);
    assert_eq!(code, 1);
    assert_eq!(document["plans"].as_array().unwrap().len(), 2);
    assert_eq!(document["summary"]["resources"], 8 + 10);
}

#[test]
fn sensitive_values_are_redacted_wherever_a_policy_puts_them() {
    let secrets = [
        "hunter2hunter2",
        "hunter2key",
        "SECRETLINE",
        "old-drift-pw",
        "out-secret-9999",
        "var-token-4242",
        "state-secret-777",
    ];
    let plan = fixture("plans/sensitive.json");
    let text = std::fs::read_to_string(&plan).unwrap();
    assert!(secrets.iter().all(|s| text.contains(s)));
    for format in ["human", "json"] {
        let output = tfguard()
            .args(["check", "-o", format, "-p"])
            .arg(fixture("policies/leaky"))
            .arg(&plan)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(stdout.contains("pw=(sensitive value)"), "{stdout}");
        for secret in secrets {
            assert!(
                !stdout.contains(secret),
                "{format} output leaks {secret}:\n{stdout}"
            );
        }
    }
}
