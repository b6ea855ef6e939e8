//! Findings point at the `.tf` source, and inline ignores, on a real plan of
//! `fixtures/terraform/sources/after` (nested modules, count, for_each, a
//! module with count, values from variables and locals, two modules with the
//! same resource `type.name`, and a `.tf.json` file).

use serde_json::Value;

use crate::common::*;

const DIR: &str = "fixtures/terraform/sources/after";

fn run(extra: &[&str]) -> (i32, Value) {
    let policies = fixture("policies/resource");
    let config = root().join(DIR);
    let plan = fixture("terraform/sources/plan.json");
    let mut args = vec![
        "-p",
        path_str(&policies),
        "--terraform-dir",
        path_str(&config),
    ];
    args.extend_from_slice(extra);
    args.push(path_str(&plan));
    check_json(&args)
}

/// (address or code, status, file, line, end_line) of every finding.
fn places(document: &Value) -> Vec<(String, String, String, u64)> {
    document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let source = &f["source_location"];
            (
                f["address"]
                    .as_str()
                    .unwrap_or(f["code"].as_str().unwrap())
                    .to_owned(),
                f["status"].as_str().unwrap().to_owned(),
                source["file"]
                    .as_str()
                    .unwrap_or("")
                    .trim_start_matches(DIR)
                    .to_owned(),
                source["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

fn place(address: &str, status: &str, file: &str, line: u64) -> (String, String, String, u64) {
    (address.to_owned(), status.to_owned(), file.to_owned(), line)
}

#[test]
fn every_finding_points_at_its_file_and_line() {
    let (code, document) = run(&[]);
    assert_eq!(code, 1);
    let mut found = places(&document);
    found.sort();
    let mut expected = vec![
        // Ignore comments that are themselves wrong.
        place("expired-ignore", "open", "/main.tf", 39),
        place("unused-ignore", "open", "/main.tf", 44),
        // Same `terraform_data.server` in two modules: each maps to its own file.
        place(
            "module.blue.module.disk.terraform_data.volume",
            "open",
            "/modules/app/modules/disk/main.tf",
            3,
        ),
        place(
            "module.blue.terraform_data.server",
            "open",
            "/modules/app/main.tf",
            7,
        ),
        place(
            "module.edge.terraform_data.server",
            "ignored",
            "/modules/edge/main.tf",
            7,
        ),
        // A comment above a module block covers every resource in it, nested ones too.
        place(
            "module.green[0].module.disk.terraform_data.volume",
            "ignored",
            "/modules/app/modules/disk/main.tf",
            3,
        ),
        place(
            "module.green[0].terraform_data.server",
            "ignored",
            "/modules/app/main.tf",
            7,
        ),
        place(
            "module.green[1].module.disk.terraform_data.volume",
            "ignored",
            "/modules/app/modules/disk/main.tf",
            3,
        ),
        place(
            "module.green[1].terraform_data.server",
            "ignored",
            "/modules/app/main.tf",
            7,
        ),
        // A trailing comment on the attribute line, by alias.
        place(
            "terraform_data.bucket[\"assets\"]",
            "ignored",
            "/main.tf",
            29,
        ),
        place("terraform_data.firewall", "open", "/main.tf", 35),
        place("terraform_data.from_json", "open", "/extra.tf.json", 6),
        place("terraform_data.from_json", "open", "/extra.tf.json", 7),
        place("terraform_data.landing", "ignored", "/main.tf", 14),
        // Expired: reported again.
        place("terraform_data.legacy", "open", "/main.tf", 41),
        place("terraform_data.web[0]", "open", "/main.tf", 21),
        place("terraform_data.web[1]", "open", "/main.tf", 21),
    ];
    expected.sort();
    assert_eq!(found, expected);
    assert_eq!(document["summary"]["ignored"], 7);
    assert_eq!(document["summary"]["failures"], 7);
    assert_eq!(document["summary"]["warnings"], 3);
}

#[test]
fn locations_are_relative_to_the_repository_and_exact() {
    let (_, document) = run(&[]);
    let findings = document["findings"].as_array().unwrap();
    let web = findings
        .iter()
        .find(|f| f["address"] == "terraform_data.web[0]")
        .unwrap();
    let source = &web["source_location"];
    assert_eq!(source["file"], format!("{DIR}/main.tf"));
    assert_eq!(
        (source["line"].as_u64(), source["column"].as_u64()),
        (Some(21), Some(5))
    );
    assert_eq!(source["end_line"], 21);
    let text = std::fs::read_to_string(root().join(DIR).join("main.tf")).unwrap();
    let span =
        &text[source["start"].as_u64().unwrap() as usize..source["end"].as_u64().unwrap() as usize];
    assert_eq!(span, "public = var.public_web");
    assert_eq!(source["value_from"], "value from `var.public_web`");
    // The plan location stays alongside.
    assert!(web["plan_location"]["line"].as_u64().unwrap() > 1);
}

#[test]
fn module_resources_name_their_module_calls() {
    let (_, document) = run(&[]);
    let findings = document["findings"].as_array().unwrap();
    let server = findings
        .iter()
        .find(|f| f["address"] == "module.blue.terraform_data.server")
        .unwrap();
    let source = &server["source_location"];
    assert_eq!(
        source["module_calls"],
        serde_json::json!([{"name": "blue", "file": format!("{DIR}/main.tf"), "line": 49}])
    );
    assert_eq!(
        source["value_from"],
        format!(
            "value from `var.public`; var.public is set by module call `blue` at {DIR}/main.tf:51 to `true`"
        )
    );
    let volume = findings
        .iter()
        .find(|f| f["address"] == "module.blue.module.disk.terraform_data.volume")
        .unwrap();
    let calls: Vec<&str> = volume["source_location"]["module_calls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(calls, ["blue", "disk"]);
}

#[test]
fn ignored_findings_carry_their_reason_and_do_not_fail() {
    let (_, document) = run(&[]);
    let findings = document["findings"].as_array().unwrap();
    let landing = findings
        .iter()
        .find(|f| f["address"] == "terraform_data.landing")
        .unwrap();
    assert_eq!(
        landing["suppression"],
        serde_json::json!({
            "kind": "inline",
            "reason": "the landing page is public by design",
            "expires": "2999-12-31",
            "file": format!("{DIR}/main.tf"),
            "line": 12,
            "approvals": [],
        })
    );
    let expired = findings
        .iter()
        .find(|f| f["code"] == "expired-ignore")
        .unwrap();
    assert_eq!(expired["level"], "warning");
    assert!(
        expired["message"]
            .as_str()
            .unwrap()
            .contains("expired on 2000-01-01")
    );
    // Only ignored findings and the ignore warnings: exit 0.
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("landing.rego");
    std::fs::write(
        &policy,
        "# METADATA\n# custom:\n#   id: fixture-public\n#   resource_types: [terraform_data]\npackage landing\n\nimport rego.v1\n\ndeny contains {\"msg\": \"public\", \"path\": [\"input\", \"public\"]} if {\n  input.address == \"terraform_data.landing\"\n}\n",
    )
    .unwrap();
    let (code, document) = check_json(&[
        "-p",
        path_str(&policy),
        "--terraform-dir",
        path_str(&root().join(DIR)),
        path_str(&fixture("terraform/sources/plan.json")),
    ]);
    assert_eq!(document["summary"]["failures"], 0);
    assert_eq!(document["summary"]["ignored"], 1);
    assert_eq!(code, 0);
}

#[test]
fn without_configuration_findings_keep_plan_locations() {
    // No --terraform-dir, and the working directory has no .tf files.
    let (code, document) = check_json(&[
        "-p",
        path_str(&fixture("policies/resource")),
        path_str(&fixture("terraform/sources/plan.json")),
    ]);
    assert_eq!(code, 1);
    for finding in document["findings"].as_array().unwrap() {
        assert!(finding["source_location"].is_null());
        assert_eq!(finding["status"], "open");
        assert!(finding["plan_location"]["line"].as_u64().unwrap() > 1);
    }
}

#[test]
fn the_current_folder_is_the_default_configuration() {
    let output = tfguard()
        .current_dir(root().join(DIR))
        .args(["check", "-o", "json", "-p"])
        .arg(fixture("policies/resource"))
        .arg(fixture("terraform/sources/plan.json"))
        .output()
        .unwrap();
    let document: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["summary"]["ignored"], 7);
}

#[test]
fn a_missing_block_falls_back_quietly_and_verbose_says_so() {
    // The lifecycle plan's resources are not in the sources configuration.
    let output = tfguard()
        .args(["check", "-o", "json", "-v", "-p"])
        .arg(fixture("policies/resource"))
        .arg("--terraform-dir")
        .arg(root().join(DIR))
        .arg(lifecycle_plan())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("name resources with no block in the configuration"),
        "{stderr}"
    );
    let document: Value = serde_json::from_slice(&output.stdout).unwrap();
    let mapped = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["source_location"].is_null() && f["address"].is_string())
        .count();
    // terraform_data.web[0] exists in both configurations; the rest do not.
    assert!(mapped >= 1);
}

#[test]
fn human_output_quotes_the_tf_line() {
    let output = tfguard()
        .args(["check", "--no-color", "-p"])
        .arg(fixture("policies/resource"))
        .arg("--terraform-dir")
        .arg(root().join(DIR))
        .arg(fixture("terraform/sources/plan.json"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains(&format!("╭─[{DIR}/main.tf:21:5]")),
        "{stdout}"
    );
    assert!(stdout.contains("public = var.public_web"));
    assert!(stdout.contains(&format!("in module call `blue` at {DIR}/main.tf:49")));
    assert!(stdout.contains("ignored until 2999-12-31 by"));
    assert!(stdout.contains("16 resources checked, 7 failures, 3 warnings, 7 ignored"));
}

#[test]
fn the_configuration_folder_can_come_from_tfguard_toml_or_atlantis_dir() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("tfguard.toml");
    std::fs::write(
        &config,
        format!(
            "terraform_dir = {:?}\n",
            root().join(DIR).display().to_string()
        ),
    )
    .unwrap();
    let output = tfguard()
        .current_dir(dir.path())
        .args(["check", "-o", "json", "-p"])
        .arg(fixture("policies/resource"))
        .arg(fixture("terraform/sources/plan.json"))
        .output()
        .unwrap();
    let document: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["summary"]["ignored"], 7);
    // Atlantis mode uses $DIR.
    let output = tfguard()
        .current_dir(dir.path())
        .env_remove("POLICYCHECKFILE")
        .args([
            "atlantis",
            "--policy-set",
            "default",
            "--config",
            "/dev/null",
            "-p",
        ])
        .arg(fixture("policies/resource"))
        .env("SHOWFILE", fixture("terraform/sources/plan.json"))
        .env("DIR", root().join(DIR))
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("7 exceptions"), "{text}");
}
