//! Baselines through the binary, on two real Terraform plans
//! (fixtures/terraform/baseline-*): a baseline adopted on the first, then a
//! re-plan with shifted lines, one finding fixed and one new.

use serde_json::Value;

use crate::common::*;

fn adopted() -> String {
    path_str(&fixture("terraform/baseline-adopted/plan.json")).to_owned()
}

fn replanned() -> String {
    path_str(&fixture("terraform/baseline-replanned/plan.json")).to_owned()
}

fn policies() -> String {
    path_str(&fixture("policies/resource")).to_owned()
}

/// `tfguard baseline` in `dir`, then `check -o json` of the re-plan with it.
fn adopt(dir: &std::path::Path) -> std::path::PathBuf {
    let (code, stdout, stderr) = outcome(
        tfguard()
            .current_dir(dir)
            .args(["baseline", "-p", &policies(), &adopted()])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("wrote 3 baseline entries to tfguard-baseline.json"),
        "{stdout}"
    );
    dir.join("tfguard-baseline.json")
}

fn findings<'d>(document: &'d Value, status: &str) -> Vec<(&'d str, &'d str)> {
    document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == status)
        .map(|f| {
            (
                f["code"].as_str().unwrap(),
                f["address"].as_str().unwrap_or(""),
            )
        })
        .collect()
}

#[test]
fn only_new_findings_fail_after_a_replan() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = adopt(dir.path());
    // Before: everything the baseline holds is baselined; nothing fails.
    let (code, before) = check_json(&[
        "--baseline",
        path_str(&baseline),
        "-p",
        &policies(),
        &adopted(),
    ]);
    assert_eq!(code, 0, "{before}");
    assert_eq!(before["summary"]["baselined"], 3);
    // The re-plan: `api` is new, `admin` was fixed, lines moved.
    let (code, after) = check_json(&[
        "--baseline",
        path_str(&baseline),
        "-p",
        &policies(),
        &replanned(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&after, "open"),
        [
            ("stale-baseline", ""),
            ("fixture-public", "terraform_data.api")
        ]
    );
    assert_eq!(
        findings(&after, "baselined"),
        [
            ("fixture-public", "terraform_data.firewall"),
            ("fixture-public", "terraform_data.web")
        ]
    );
    let stale = &after["findings"][0];
    assert!(
        stale["message"]
            .as_str()
            .unwrap()
            .contains("terraform_data.admin")
            && stale["level"] == "warning",
        "{stale}"
    );
    assert_eq!(after["findings"][2]["suppression"]["kind"], "baseline");
    // Same fingerprints although every plan offset moved.
    let fingerprint = |document: &Value, address: &str| {
        document["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["address"] == address)
            .map(|f| (f["fingerprint"].clone(), f["plan_location"]["line"].clone()))
            .unwrap()
    };
    let (web_before, line_before) = fingerprint(&before, "terraform_data.web");
    let (web_after, line_after) = fingerprint(&after, "terraform_data.web");
    assert_eq!(web_before, web_after);
    assert_ne!(line_before, line_after);
}

#[test]
fn sarif_marks_new_and_unchanged_results() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = adopt(dir.path());
    let (_, stdout, _) = outcome(
        tfguard()
            .args([
                "check",
                "-o",
                "sarif",
                "--baseline",
                path_str(&baseline),
                "-p",
                &policies(),
                &replanned(),
            ])
            .output()
            .unwrap(),
    );
    let document: Value = serde_json::from_str(&stdout).unwrap();
    let states: Vec<(&str, &str)> = document["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["message"]["text"].as_str().unwrap(),
                r["baselineState"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        states.contains(&("terraform_data.api is public", "new")),
        "{states:?}"
    );
    assert!(
        states.contains(&("terraform_data.web is public", "unchanged")),
        "{states:?}"
    );
    // Without a baseline, no result claims a state.
    let (_, plain) = check_json(&["-p", &policies(), &replanned()]);
    assert_eq!(plain["baseline"], Value::Null);
    assert!(plain["findings"][0].get("baselineState").is_none());
    let (_, with) = check_json(&[
        "--baseline",
        path_str(&baseline),
        "-p",
        &policies(),
        &replanned(),
    ]);
    assert_eq!(with["baseline"], path_str(&baseline));
}

#[test]
fn expired_entries_stop_matching_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = adopt(dir.path());
    let mut document: Value =
        serde_json::from_str(&std::fs::read_to_string(&baseline).unwrap()).unwrap();
    for entry in document["entries"].as_array_mut().unwrap() {
        if entry["address"] == "terraform_data.web" {
            entry["expires"] = Value::from("2000-01-01");
        }
    }
    std::fs::write(&baseline, document.to_string()).unwrap();
    let (code, after) = check_json(&[
        "--baseline",
        path_str(&baseline),
        "-p",
        &policies(),
        &adopted(),
    ]);
    assert_eq!(code, 1);
    let open = findings(&after, "open");
    assert!(
        open.contains(&("fixture-public", "terraform_data.web")),
        "{open:?}"
    );
    assert!(open.contains(&("expired-baseline", "")), "{open:?}");
}

#[test]
fn the_baseline_can_come_from_tfguard_toml_and_bad_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::create_dir(dir.path().join("infra")).unwrap();
    adopt(&dir.path().join("infra"));
    std::fs::write(
        dir.path().join("tfguard.toml"),
        "baseline = \"infra/tfguard-baseline.json\"\n",
    )
    .unwrap();
    let (code, stdout, _) = outcome(
        tfguard()
            .current_dir(dir.path().join("infra"))
            .args(["check", "-o", "json", "-p", &policies(), &adopted()])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0, "{stdout}");
    for (what, text) in [
        ("missing", None),
        ("malformed", Some("{\"version\": 1, \"entries\": [")),
        ("newer", Some("{\"version\": 2, \"entries\": []}")),
    ] {
        let path = dir.path().join(format!("{what}.json"));
        if let Some(text) = text {
            std::fs::write(&path, text).unwrap();
        }
        let (code, stdout, stderr) = outcome(
            tfguard()
                .args([
                    "check",
                    "--baseline",
                    path_str(&path),
                    "-p",
                    &policies(),
                    &adopted(),
                ])
                .output()
                .unwrap(),
        );
        assert_eq!(code, 2, "{what}: {stdout}");
        assert!(
            stderr.contains(&format!("{what}.json")) && stderr.lines().count() == 1,
            "{what}: {stderr}"
        );
    }
}
