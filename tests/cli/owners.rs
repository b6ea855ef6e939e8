//! Owners through the binary, on a real Terraform plan with count, for_each
//! and two local modules (fixtures/terraform/owners): `[[owners]]` rules,
//! CODEOWNERS, the outputs that carry owners, `--group-by`, and policy sets
//! that need an approval from an owner of the finding.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

/// The fixture's configuration as a repository of its own (a `.git`
/// folder makes it the root that paths and CODEOWNERS are relative to).
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture("terraform/owners/after"), dir.path());
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn plan() -> PathBuf {
    fixture("terraform/owners/plan.json")
}

/// `tfguard SUBCOMMAND -p fixtures/policies/resource --terraform-dir . ARGS PLAN` in `dir`.
fn run(dir: &Path, subcommand: &str, args: &[&str]) -> (i32, String, String) {
    outcome(
        tfguard()
            .current_dir(dir)
            .arg(subcommand)
            .args(["-p", path_str(&fixture("policies/resource"))])
            .args(["--terraform-dir", "."])
            .args(args)
            .arg(plan())
            .output()
            .unwrap(),
    )
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec!["-o", "json"];
    all.extend_from_slice(args);
    let (_, stdout, stderr) = run(dir, "check", &all);
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}{stderr}"))
}

/// Owners per address, as the JSON report gives them.
fn owners(document: &Value) -> BTreeMap<String, Vec<String>> {
    document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let owners = f["owners"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_str().unwrap().to_owned())
                .collect();
            (f["address"].as_str().unwrap().to_owned(), owners)
        })
        .collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn rules_then_codeowners_give_every_finding_its_owners() {
    let repo = repository();
    let by_address = owners(&json(repo.path(), &[]));
    // Rule 2 (type and root path), then CODEOWNERS' `*`.
    for web in ["terraform_data.web[0]", "terraform_data.web[1]"] {
        assert_eq!(by_address[web], strings(&["web-team", "@acme/platform"]));
    }
    // Rule 1 (address glob) on both for_each instances; rule 2's path is
    // the root main.tf only, so it does not match the module's main.tf.
    for bucket in [
        "module.store[\"assets\"].terraform_data.bucket",
        "module.store[\"logs\"].terraform_data.bucket",
    ] {
        assert_eq!(
            by_address[bucket],
            strings(&["@acme/storage", "@acme/platform"])
        );
    }
    // CODEOWNERS: the last matching pattern wins over `*`.
    assert_eq!(
        by_address["module.network.terraform_data.firewall"],
        strings(&["@acme/network", "netops@example.com"])
    );
}

#[test]
fn codeowners_can_be_turned_off_and_unmatched_findings_have_none() {
    let repo = repository();
    let config = repo.path().join("tfguard.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("codeowners = false\n{text}")).unwrap();
    let by_address = owners(&json(repo.path(), &[]));
    assert_eq!(by_address["terraform_data.web[0]"], strings(&["web-team"]));
    assert!(by_address["module.network.terraform_data.firewall"].is_empty());
}

#[test]
fn sarif_and_markdown_carry_owners() {
    let repo = repository();
    let (_, sarif, _) = run(repo.path(), "check", &["-o", "sarif"]);
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let firewall = results
        .iter()
        .find(|r| r["message"]["text"].as_str().unwrap().contains("firewall"))
        .unwrap();
    assert_eq!(
        firewall["properties"]["owners"],
        serde_json::json!(["@acme/network", "netops@example.com"])
    );
    let (_, markdown, _) = run(repo.path(), "check", &["-o", "markdown"]);
    assert!(markdown.contains("| Owners |"), "{markdown}");
    assert!(
        markdown.contains("| @acme/network, netops@example.com |"),
        "{markdown}"
    );
}

#[test]
fn group_by_owner_gives_each_owner_a_section() {
    let repo = repository();
    let (_, markdown, _) = run(
        repo.path(),
        "check",
        &["-o", "markdown", "--group-by", "owner"],
    );
    let headings: Vec<&str> = markdown.lines().filter(|l| l.starts_with("### ")).collect();
    assert_eq!(
        headings,
        [
            "### @acme/network",
            "### @acme/platform",
            "### @acme/storage",
            "### netops@example.com",
            "### web-team",
        ]
    );
    let storage = markdown.split("### @acme/storage").nth(1).unwrap();
    assert!(storage.starts_with("\n\n2 findings\n"), "{storage}");
    let (_, concise, _) = run(
        repo.path(),
        "check",
        &["-o", "concise", "--group-by", "severity"],
    );
    let sections: Vec<&str> = concise.lines().filter(|l| l.starts_with("== ")).collect();
    assert_eq!(
        sections,
        [
            "== severity high: 4 findings ==",
            "== severity low: 1 finding =="
        ]
    );
    let (_, human, _) = run(repo.path(), "check", &["--group-by", "check"]);
    assert!(
        human.contains("== check fixture-public: 5 findings =="),
        "{human}"
    );
    let (_, human, _) = run(
        repo.path(),
        "check",
        &["-o", "concise", "--group-by", "plan"],
    );
    assert!(
        human.contains(&format!("== plan {}: 5 findings ==", path_str(&plan()))),
        "{human}"
    );
}

#[test]
fn finding_owners_must_approve_beside_the_set_owners() {
    let repo = repository();
    let approve = |user: &str| {
        run(
            repo.path(),
            "approve",
            &[
                "--policy-set",
                "default",
                "--user",
                user,
                "--reason",
                "accepted for the demo",
            ],
        )
    };
    // sam is in @acme/storage: only the two buckets are theirs to approve.
    let (code, stdout, stderr) = approve("sam");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("recorded 2 approval(s) by sam"), "{stdout}");
    // A finding owner alone is not enough: the set's owners still approve.
    let (code, document) = (0, json(repo.path(), &[]));
    assert_eq!(code, 0);
    assert_eq!(document["summary"]["acknowledged"], 0);
    // sec owns the set; with sam's approval the buckets are acknowledged,
    // and the web findings wait for an owner of theirs.
    assert_eq!(approve("sec").0, 0);
    let document = json(repo.path(), &[]);
    let acknowledged: Vec<&str> = document["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "acknowledged")
        .map(|f| f["address"].as_str().unwrap())
        .collect();
    assert_eq!(
        acknowledged,
        [
            "module.store[\"assets\"].terraform_data.bucket",
            "module.store[\"logs\"].terraform_data.bucket"
        ]
    );
    let (_, human, _) = run(repo.path(), "check", &[]);
    assert!(
        human.contains("requires 1 approval per finding and one from an owner of the finding, have 1 (2 awaiting an approval from an owner of the finding)"),
        "{human}"
    );
    // Someone who owns neither the set nor any finding is refused.
    let (code, _, stderr) = approve("mallory");
    assert_eq!(code, 2);
    assert!(
        stderr.contains("mallory is neither an owner of policy set default nor an owner of any of its failing findings"),
        "{stderr}"
    );
}

#[test]
fn owner_rules_are_checked_when_the_file_is_read() {
    let repo = repository();
    let config = repo.path().join("tfguard.toml");
    for (text, expected) in [
        (
            "[[owners]]\nteam = \"x\"\n",
            "[[owners]] rule 1: team \"x\" has no addresses, paths, tags or types",
        ),
        (
            "[[owners]]\nteam = \"x\"\npaths = [\"a/**/[\"]\n",
            "[[owners]] rule 1: paths:",
        ),
        (
            "[[owners]]\nteam = \"x\"\nadress = [\"*\"]\n",
            "unknown field `adress`",
        ),
        (
            "owners = 3\n",
            "owners must be a table of policy-set owners",
        ),
        (
            "[[policy_set]]\nname = \"a\"\napprovers = \"everyone\"\n",
            "unknown variant `everyone`",
        ),
    ] {
        std::fs::write(&config, text).unwrap();
        let (code, _, stderr) = run(repo.path(), "check", &[]);
        assert_eq!(code, 2, "{text}");
        assert!(stderr.contains("tfguard.toml"), "{stderr}");
        assert!(stderr.contains(expected), "{text}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    }
}

/// Tags come from the planned values of a real plan of the corpus.
#[test]
fn tags_in_the_planned_values_pick_owners() {
    let Some(corpus) = corpus() else { return };
    let plan =
        corpus.join("terraform-compliance__cli/tests__functional__test_issue-343__plan.out.json");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("tfguard.toml"),
        "[[owners]]\nteam = \"ok-team\"\ntags = { MyOkTag = \"ok\" }\n\n[[owners]]\nteam = \"buggy-team\"\ntags = { MyBuggyTag = \"none\", MyOkTag = \"ok\" }\n\n[[owners]]\nteam = \"s3\"\ntypes = [\"aws_s3_*\"]\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    let (_, stdout, stderr) = outcome(
        tfguard()
            .current_dir(dir.path())
            .args(["check", "-o", "json"])
            .arg(&plan)
            .output()
            .unwrap(),
    );
    let document: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let by_address = owners(&document);
    assert_eq!(
        by_address["aws_s3_bucket.a"],
        strings(&["ok-team", "buggy-team", "s3"])
    );
    assert_eq!(by_address["aws_s3_bucket.b"], strings(&["ok-team", "s3"]));
    assert_eq!(by_address["aws_s3_bucket.c"], strings(&["s3"]));
}
