//! Bad inputs through the binary: every bad plan, policy, configuration and
//! ledger ends with exit 2 and one clear line on stderr, never a panic and
//! never a pass. Cases are built here from one valid plan, so that each
//! differs from a good input in one way.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

fn tfguard() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tfguard"));
    command
        .env("NO_COLOR", "1")
        .env_remove("TFGUARD_TERRAFORM_BIN")
        .env_remove("RUST_BACKTRACE");
    command
}

/// A good plan to break: two resources, one in a module, sensitive values.
fn good_plan() -> Value {
    json!({
        "format_version": "1.2",
        "terraform_version": "1.9.0",
        "resource_changes": [
            {
                "address": "aws_s3_bucket_acl.logs",
                "mode": "managed",
                "type": "aws_s3_bucket_acl",
                "name": "logs",
                "provider_name": "registry.terraform.io/hashicorp/aws",
                "change": {
                    "actions": ["create"],
                    "before": null,
                    "after": {"acl": "public-read", "bucket": "logs"},
                    "after_unknown": {"id": true},
                    "before_sensitive": false,
                    "after_sensitive": {}
                }
            },
            {
                "address": "module.db.aws_db_instance.main",
                "module_address": "module.db",
                "mode": "managed",
                "type": "aws_db_instance",
                "name": "main",
                "change": {
                    "actions": ["update"],
                    "before": {"password": "old-secret-1"},
                    "after": {"password": "new-secret-2", "publicly_accessible": true},
                    "after_unknown": {},
                    "before_sensitive": {"password": true},
                    "after_sensitive": {"password": true}
                }
            }
        ],
        "configuration": {"provider_config": {}, "root_module": {}}
    })
}

/// Exit code and stderr of `tfguard ARGS`; fails the test on a panic.
fn run(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let output = tfguard().args(args).current_dir(cwd).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        !stderr.contains("panicked") && output.status.code().is_some(),
        "tfguard {args:?} panicked:\n{stderr}"
    );
    (output.status.code().unwrap_or(-1), stdout, stderr)
}

/// Why the run did not fail cleanly (exit 2, nothing on stdout, one
/// `error:` line), if it did not.
fn unclean(what: &str, (code, stdout, stderr): (i32, String, String)) -> Option<String> {
    let lines: Vec<&str> = stderr.lines().collect();
    if code != 2 {
        Some(format!("{what}: exit {code}"))
    } else if !stdout.is_empty() {
        Some(format!("{what}: wrote a report on error"))
    } else if lines.len() != 1 || !lines[0].starts_with("error: ") {
        Some(format!("{what}: not one clear line: {stderr}"))
    } else {
        None
    }
}

fn assert_clean_error(what: &str, outcome: (i32, String, String)) {
    if let Some(problem) = unclean(what, outcome) {
        panic!("{problem}");
    }
}

/// Every field a plan reader relies on, set to each wrong type in turn.
fn mutations() -> Vec<(String, Value)> {
    let wrong = [
        json!(7),
        json!("x"),
        json!([1]),
        json!({"a": 1}),
        json!(true),
        Value::Null,
    ];
    let mut cases = Vec::new();
    let fields: &[&[&str]] = &[
        &["format_version"],
        &["terraform_version"],
        &["resource_changes"],
        &["configuration"],
        &["resource_changes", "0"],
        &["resource_changes", "0", "address"],
        &["resource_changes", "0", "mode"],
        &["resource_changes", "0", "type"],
        &["resource_changes", "0", "change"],
        &["resource_changes", "0", "change", "actions"],
        &["resource_changes", "0", "change", "actions", "0"],
        &["resource_changes", "0", "change", "after"],
        &["resource_changes", "0", "change", "before"],
        &["resource_changes", "0", "change", "after_unknown"],
        &["resource_changes", "1", "change", "after_sensitive"],
        &["resource_changes", "1", "change", "before_sensitive"],
        &["resource_changes", "1", "deposed"],
    ];
    for path in fields {
        for value in &wrong {
            let mut plan = good_plan();
            let mut slot = &mut plan;
            for key in *path {
                slot = match key.parse::<usize>() {
                    Ok(i) => &mut slot[i],
                    Err(_) => &mut slot[*key],
                };
            }
            if slot == value {
                continue;
            }
            *slot = value.clone();
            cases.push((format!("{} = {value}", path.join(".")), plan));
        }
    }
    cases
}

/// What the plan format allows a field to be, so a mutation to it is not bad.
fn allowed(case: &str) -> bool {
    [
        // Optional or free-form fields: null, or any value Terraform writes.
        "terraform_version = null",
        "terraform_version = \"x\"",
        // Any string is an address or a type as far as the format goes.
        "resource_changes.0.address = \"x\"",
        "resource_changes.0.type = \"x\"",
        "configuration = null",
        "resource_changes = null",
        "resource_changes.0.change.before = null",
        "resource_changes.0.change.after = null",
        "resource_changes.0.change.before = {\"a\":1}",
        "resource_changes.0.change.after = {\"a\":1}",
        "resource_changes.0.change.after_unknown = {\"a\":1}",
        "resource_changes.0.change.after_unknown = true",
        "resource_changes.0.change.after_unknown = null",
        "resource_changes.1.change.after_sensitive = {\"a\":1}",
        "resource_changes.1.change.after_sensitive = true",
        "resource_changes.1.change.after_sensitive = null",
        "resource_changes.1.change.before_sensitive = {\"a\":1}",
        "resource_changes.1.change.before_sensitive = true",
        "resource_changes.1.change.before_sensitive = null",
        "resource_changes.1.deposed = null",
        "resource_changes.1.deposed = \"x\"",
        "configuration = {\"a\":1}",
    ]
    .contains(&case)
}

#[test]
fn plans_with_wrong_types_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.json");
    std::fs::write(&good, good_plan().to_string()).unwrap();
    let (code, _, stderr) = run(&["check", good.to_str().unwrap()], dir.path());
    assert_eq!(code, 1, "the good plan fails its checks: {stderr}");
    let mut refused = 0;
    let mut problems = Vec::new();
    for (case, plan) in mutations() {
        let path = dir.path().join("plan.json");
        std::fs::write(&path, plan.to_string()).unwrap();
        for command in ["check", "test"] {
            let mut args = vec![command, path.to_str().unwrap()];
            if command == "test" {
                args.extend(["-p", "policy"]);
            }
            let outcome = run(&args, dir.path());
            if allowed(&case) {
                assert!(matches!(outcome.0, 0..=2), "{case}: {outcome:?}");
                continue;
            }
            if command == "check" {
                problems.extend(unclean(&format!("check {case}"), outcome));
                refused += 1;
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(refused > 60, "only {refused} refused");
}

/// Byte-level damage: encodings, nesting, numbers, truncation.
#[test]
fn damaged_plan_files_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let good = good_plan().to_string();
    // Values are converted for Rego only when a policy's selector matches
    // (ARCHITECTURE.md), so the nesting sits in a resource the library reads.
    let deep = format!(
        "{{\"format_version\":\"1.2\",\"resource_changes\":[{{\"address\":\"aws_s3_bucket.b\",\"type\":\"aws_s3_bucket\",\"change\":{{\"actions\":[\"create\"],\"after\":{{\"x\":{}1{}}}}}}}]}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let huge = good.replace("\"public-read\"", "1e400");
    let mut utf16_bad = vec![0xFF, 0xFE];
    for unit in good.encode_utf16() {
        utf16_bad.extend(unit.to_le_bytes());
    }
    utf16_bad.extend([0x00, 0xD8, 0x41, 0x00]); // a lone high surrogate
    let mut utf8_bad = good.clone().into_bytes();
    utf8_bad.insert(20, 0xC3);
    utf8_bad.insert(21, 0x28);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("truncated", good.as_bytes()[..good.len() / 2].to_vec()),
        ("invalid UTF-8", utf8_bad),
        ("invalid UTF-16", utf16_bad),
        ("deep nesting", deep.into_bytes()),
        ("a number too large for a double", huge.into_bytes()),
        ("an array, not a plan", b"[1, 2, 3]".to_vec()),
        (
            "state, not a plan",
            br#"{"format_version":"1.0","values":{}}"#.to_vec(),
        ),
        (
            "format_version 2",
            good.replace("\"1.2\"", "\"2.0\"").into_bytes(),
        ),
        ("a zip that is no plan", b"PK\x03\x04garbage".to_vec()),
    ];
    for (what, bytes) in cases {
        let path = dir.path().join("plan.json");
        std::fs::write(&path, &bytes).unwrap();
        let plan = path.to_str().unwrap();
        assert_clean_error(
            &format!("check: {what}"),
            run(&["check", "--terraform-bin", "false", plan], dir.path()),
        );
        let (code, stdout, stderr) = run(
            &["test", "--terraform-bin", "false", "-p", "policy", plan],
            dir.path(),
        );
        assert_eq!(code, 2, "test: {what}: {stdout}{stderr}");
    }
}

/// A policy folder with a syntax error, a symlink loop, a dangling link and
/// a file that cannot be read: exit 2 naming the file, never a pass.
#[test]
fn broken_policy_folders_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    std::fs::write(&plan, good_plan().to_string()).unwrap();
    let plan = plan.to_str().unwrap().to_owned();
    let policies = dir.path().join("policies");
    std::fs::create_dir(&policies).unwrap();
    std::fs::write(
        policies.join("ok.rego"),
        "package main\n\ndeny contains \"x\" if false\n",
    )
    .unwrap();

    let syntax = dir.path().join("syntax");
    std::fs::create_dir(&syntax).unwrap();
    std::fs::write(
        syntax.join("main.rego"),
        "package main\n\ndeny contains msg if {\n",
    )
    .unwrap();
    let (code, stdout, stderr) = run(
        &["check", "-p", syntax.to_str().unwrap(), &plan],
        dir.path(),
    );
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stderr.contains("main.rego:") && !stderr.contains("panicked"),
        "{stderr}"
    );

    let looped = dir.path().join("looped");
    std::fs::create_dir(&looped).unwrap();
    std::fs::write(
        looped.join("ok.rego"),
        "package main\n\ndeny contains \"x\" if false\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(&looped, looped.join("loop")).unwrap();
    assert_clean_error(
        "a symlink loop",
        run(
            &["check", "-p", looped.to_str().unwrap(), &plan],
            dir.path(),
        ),
    );

    let dangling = dir.path().join("dangling");
    std::fs::create_dir(&dangling).unwrap();
    std::fs::write(
        dangling.join("ok.rego"),
        "package main\n\ndeny contains \"x\" if false\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("/nonexistent/policy.rego", dangling.join("gone.rego")).unwrap();
    assert_clean_error(
        "a dangling link",
        run(
            &["check", "-p", dangling.to_str().unwrap(), &plan],
            dir.path(),
        ),
    );

    let binary = dir.path().join("binary");
    std::fs::create_dir(&binary).unwrap();
    std::fs::write(binary.join("bad.rego"), [0xFF, 0xFE, 0x00, 0x01]).unwrap();
    assert_clean_error(
        "a policy that is not UTF-8",
        run(
            &["check", "-p", binary.to_str().unwrap(), &plan],
            dir.path(),
        ),
    );

    // A file its owner cannot read (root reads anything, so only as others).
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("secret.rego"), "package main\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        locked.join("secret.rego"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    if std::fs::read(locked.join("secret.rego")).is_err() {
        assert_clean_error(
            "an unreadable policy file",
            run(
                &["check", "-p", locked.to_str().unwrap(), &plan],
                dir.path(),
            ),
        );
    } else {
        eprintln!(
            "notice: running as root; the unreadable-file case is covered by the dangling link"
        );
    }

    for command in ["check", "test"] {
        let (code, stdout, _) = run(&[command, "-p", "/nonexistent/policies", &plan], dir.path());
        assert_eq!(code, 2, "{command}: {stdout}");
    }
}

/// Bad `tfguard.toml`s and ledgers: exit 2, one line naming the file.
#[test]
fn bad_configuration_and_ledgers_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    let plan = dir.path().join("plan.json");
    std::fs::write(&plan, good_plan().to_string()).unwrap();
    let plan = plan.to_str().unwrap().to_owned();
    let configs = [
        ("an unknown key", "approve_cout = 2\n"),
        ("a wrong type", "approve_count = \"two\"\n"),
        ("not TOML", "[[policy_set\nname = \n"),
        ("a bad severity", "severity = \"urgent\"\n"),
        ("a bad timeout", "policy_timeout = \"soon\"\n"),
        (
            "a duplicate set",
            "[[policy_set]]\nname = \"a\"\n[[policy_set]]\nname = \"a\"\n",
        ),
        (
            "signatures without signers",
            "[[policy_set]]\nname = \"a\"\nrequire_signed = true\n",
        ),
        (
            "a zero approve_count",
            "[[policy_set]]\nname = \"a\"\napprove_count = 0\n",
        ),
    ];
    for (what, text) in configs {
        std::fs::write(dir.path().join("tfguard.toml"), text).unwrap();
        let outcome = run(&["check", &plan], dir.path());
        assert!(outcome.2.contains("tfguard.toml"), "{what}: {}", outcome.2);
        assert_clean_error(what, outcome);
    }
    std::fs::write(
        dir.path().join("tfguard.toml"),
        "[approvals]\nfile = \"ledger.json\"\n",
    )
    .unwrap();
    let ledgers: [(&str, &[u8]); 4] = [
        ("a newer ledger", br#"{"version": 9, "approvals": {}}"#),
        ("an older ledger", br#"{"version": 0, "approvals": []}"#),
        ("a broken ledger", b"{\"version\": 1, \"approvals\": [{"),
        (
            "a ledger of the wrong shape",
            br#"{"version": 1, "approvals": [{"user": 7}]}"#,
        ),
    ];
    for (what, bytes) in ledgers {
        std::fs::write(dir.path().join("ledger.json"), bytes).unwrap();
        let outcome = run(&["check", &plan], dir.path());
        assert!(outcome.2.contains("ledger.json"), "{what}: {}", outcome.2);
        assert_clean_error(what, outcome);
    }
}
