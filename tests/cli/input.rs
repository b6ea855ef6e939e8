//! What users feed `check`: encodings, wrapper lines, stdin, binary plans,
//! and the errors for everything that is not a plan.

use std::os::unix::fs::PermissionsExt;

use predicates::prelude::*;

use crate::common::*;

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A one-line error on stderr, exit 2, nothing on stdout.
fn assert_input_error(bytes: &[u8], expected: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "plan.json", bytes);
    let output = tfguard().arg("check").arg(&path).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(output.stdout.is_empty());
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains(path_str(&path)), "names the file: {stderr}");
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in {stderr}"
    );
}

#[test]
fn invalid_json_names_line_and_column() {
    assert_input_error(
        b"{\n  \"format_version\": \"1.2\",\n  \"resource_changes\": [\n    {\"address\": }\n  ]\n}",
        "plan.json:4:17: invalid JSON",
    );
}

#[test]
fn state_files_are_rejected_with_advice() {
    assert_input_error(
        br#"{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{}}}"#,
        "this is Terraform state, not a plan; run `terraform plan -out=tfplan",
    );
}

#[test]
fn other_json_is_not_a_plan() {
    assert_input_error(br#"{"provider_schemas":{}}"#, "not a Terraform plan");
    assert_input_error(b"[1, 2]", "not a Terraform plan");
    assert_input_error(b"", "invalid JSON");
}

#[test]
fn unknown_major_versions_are_rejected() {
    assert_input_error(
        br#"{"format_version":"2.0","resource_changes":[]}"#,
        "unsupported plan format_version \"2.0\"",
    );
}

#[test]
fn missing_files_are_input_errors() {
    tfguard()
        .args(["check", "/nonexistent/plan.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "/nonexistent/plan.json: cannot read",
        ));
}

fn plan_bytes() -> Vec<u8> {
    std::fs::read(fixture("plans/aws-starter.json")).unwrap()
}

/// Every accepted encoding gives the same findings as the plain file. The
/// policies are compiled while the plan is parsed, for the kinds its text
/// names; with its type names escaped it names none, and the policies are
/// compiled again for the parsed plan's kinds.
#[test]
fn encodings_bom_and_wrapper_line() {
    let (_, plain) = check_json(&[path_str(&fixture("plans/aws-starter.json"))]);
    let expected = triples(&plain);
    assert_eq!(expected.len(), 25);
    let text = String::from_utf8(plan_bytes()).unwrap();
    let escaped_types = text.replace("\"type\": \"aws_", "\"type\": \"\\u0061ws_");
    assert_ne!(escaped_types, text);
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("utf8-bom", [&b"\xEF\xBB\xBF"[..], text.as_bytes()].concat()),
        (
            "utf16le",
            [0xFF, 0xFE]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                .collect(),
        ),
        (
            "utf16be",
            [0xFE, 0xFF]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
                .collect(),
        ),
        ("escaped-types", escaped_types.into_bytes()),
        (
            "wrapper",
            format!("[command]/home/runner/work/_temp/abc/terraform-bin show -json tfplan\n{text}")
                .into_bytes(),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in variants {
        let path = write(&dir, name, &bytes);
        let (code, document) = check_json(&[path_str(&path)]);
        assert_eq!(code, 1, "{name}");
        assert_eq!(triples(&document), expected, "{name}");
    }
    // The wrapper line is blanked, not cut, so plan lines still match the file.
    let wrapped = dir.path().join("wrapper");
    let (_, document) = check_json(&[path_str(&wrapped)]);
    let (_, plain) = check_json(&[path_str(&fixture("plans/aws-starter.json"))]);
    assert_eq!(
        document["findings"][0]["plan_location"]["line"]
            .as_u64()
            .unwrap(),
        plain["findings"][0]["plan_location"]["line"]
            .as_u64()
            .unwrap()
            + 1
    );
}

#[test]
fn stdin_is_dash() {
    let output = tfguard()
        .args(["check", "-o", "json", "-"])
        .write_stdin(plan_bytes())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["findings"].as_array().unwrap().len(), 25);
    assert_eq!(document["findings"][0]["plan_location"]["file"], "<stdin>");
}

/// A fake terraform that prints a plan for `show -json FILE`, so binary
/// plan handling is tested without a real terraform.
fn fake_terraform(dir: &tempfile::TempDir, body: &str) -> std::path::PathBuf {
    let path = dir.path().join("fake-terraform");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn binary_plans_go_through_terraform_show() {
    let dir = tempfile::tempdir().unwrap();
    let binary = write(&dir, "tfplan", b"PK\x03\x04 not really a zip");
    let args_log = dir.path().join("args");
    let fake = fake_terraform(
        &dir,
        &format!(
            "echo \"$@\" > {}\ncat {}",
            args_log.display(),
            fixture("plans/aws-starter.json").display()
        ),
    );
    let output = tfguard()
        .args(["check", "-o", "json"])
        .arg(&binary)
        .env("TFGUARD_TERRAFORM_BIN", &fake)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["findings"].as_array().unwrap().len(), 25);
    let args = std::fs::read_to_string(args_log).unwrap();
    assert_eq!(
        args.trim(),
        format!("show -json -no-color {}", binary.display())
    );
}

#[test]
fn binary_plan_errors_show_terraforms_message() {
    let dir = tempfile::tempdir().unwrap();
    let binary = write(&dir, "tfplan", b"PK\x03\x04");
    let failing = fake_terraform(
        &dir,
        "echo 'Error: Failed to read the given file' >&2\nexit 1",
    );
    tfguard()
        .arg("check")
        .arg(&binary)
        .args(["--terraform-bin", path_str(&failing)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Error: Failed to read the given file",
        ));
    tfguard()
        .arg("check")
        .arg(&binary)
        .args(["--terraform-bin", "/nonexistent/terraform"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "running `/nonexistent/terraform` to read it failed",
        ));
}

#[test]
fn errored_plans_are_checked_and_say_so() {
    let text = String::from_utf8(plan_bytes())
        .unwrap()
        .replace("\"errored\": false", "\"errored\": true");
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "errored.json", text.as_bytes());
    tfguard()
        .arg("check")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "Terraform reported errors while planning; only what the plan contains was checked",
        ));
    let (_, document) = check_json(&[path_str(&path)]);
    assert_eq!(document["plans"][0]["errored"], true);
}

#[test]
fn odd_shapes_are_errors_or_checked_never_skipped_silently() {
    assert_input_error(
        br#"{"format_version":1.2,"resource_changes":[]}"#,
        "unsupported plan format_version \"1.2\"",
    );
    assert_input_error(
        br#"{"format_version":"1.2","resource_changes":{}}"#,
        "not a Terraform plan",
    );
    // An empty action list is malformed; it is checked, not treated as unchanged.
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        &dir,
        "plan.json",
        br#"{"format_version":"1.2","resource_changes":[{"address":"aws_ebs_volume.v","type":"aws_ebs_volume","change":{"actions":[],"after":{"encrypted":false}}}]}"#,
    );
    let (code, document) = check_json(&[path_str(&path)]);
    assert_eq!(code, 1);
    assert_eq!(document["findings"][0]["code"], "aws-ebs-encryption");
}
