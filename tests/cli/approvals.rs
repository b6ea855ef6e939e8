//! Policy sets, owners, approvals, signatures and Atlantis mode, as users
//! go through them.

use std::path::{Path, PathBuf};
use std::process::Command;

use predicates::prelude::*;
use serde_json::Value;

use crate::common::*;

/// A repository with a tfguard.toml; the built-in library's findings on the
/// AWS starter plan (10 failures and 1 unknown) belong to `security`.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new(security: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("tfguard.toml"),
            format!(
                r#"
[approvals]
file = "ledger.json"
allowed_signers = "allowed_signers"

[teams]
platform = ["carol"]

[[policy_set]]
name = "security"
builtin = true
owners = {{ users = ["alice", "bob"], teams = ["platform"] }}
approve_count = 2
{security}
"#
            ),
        )
        .unwrap();
        std::fs::write(dir.path().join("allowed_signers"), "").unwrap();
        Self { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn config(&self) -> String {
        path_str(&self.path("tfguard.toml")).to_owned()
    }

    fn tfguard(&self) -> assert_cmd::Command {
        let mut command = tfguard();
        command
            .current_dir(self.dir.path())
            .env_remove("PULL_AUTHOR")
            .env_remove("GITHUB_ACTOR")
            .env_remove("SHOWFILE")
            .env_remove("POLICYCHECKFILE");
        command
    }

    fn check(&self, plan: &Path) -> (i32, Value) {
        let output = self
            .tfguard()
            .args(["check", "-o", "json", "--config", &self.config()])
            .arg(plan)
            .output()
            .unwrap();
        let document = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&output.stderr)));
        (output.status.code().unwrap(), document)
    }

    /// `approve --policy-set security --user USER ...`, before the plan.
    fn approve_args(&self, user: &str) -> Vec<String> {
        [
            "approve",
            "--policy-set",
            "security",
            "--user",
            user,
            "--reason",
            "accepted for the migration",
            "--config",
            &self.config(),
        ]
        .map(str::to_owned)
        .to_vec()
    }

    fn approve(&self, user: &str, extra: &[&str]) -> std::process::Output {
        self.tfguard()
            .args(self.approve_args(user))
            .args(extra)
            .arg(starter())
            .output()
            .unwrap()
    }

    /// Rewrites the ledger with `edit` applied to each approval of `user`.
    fn edit_approvals(&self, user: &str, edit: impl Fn(&mut Value)) {
        let mut ledger = self.ledger();
        for approval in ledger["approvals"].as_array_mut().unwrap() {
            if approval["user"] == user {
                edit(approval);
            }
        }
        std::fs::write(
            self.path("ledger.json"),
            serde_json::to_string_pretty(&ledger).unwrap(),
        )
        .unwrap();
    }

    fn ledger(&self) -> Value {
        serde_json::from_str(&std::fs::read_to_string(self.path("ledger.json")).unwrap()).unwrap()
    }
}

fn starter() -> PathBuf {
    fixture("plans/aws-starter.json")
}

fn set<'a>(document: &'a Value, name: &str) -> &'a Value {
    document["policy_sets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap()
}

#[test]
fn two_owners_acknowledge_and_the_output_names_them() {
    let repo = Repo::new("");
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 1, "no approval yet");
    assert_eq!(set(&document, "security")["failing"], 24);

    let refused = repo.approve("mallory", &[]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("approval refused: mallory is not an owner of policy set security")
    );

    assert!(repo.approve("alice", &[]).status.success());
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 1, "one of two approvals");
    let security = set(&document, "security");
    assert_eq!(
        (security["required"].as_u64(), security["have"].as_u64()),
        (Some(2), Some(1))
    );
    let human = repo
        .tfguard()
        .args(["check", "--config", &repo.config()])
        .arg(starter())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&human.stdout).contains(
        "policy set security (soft-mandatory): 24 failing, requires 2 approvals per finding, have 1"
    ));

    // Team membership makes carol an owner too.
    let output = repo.approve("Carol", &["--expires", "2999-01-31"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 0);
    assert_eq!(document["summary"]["acknowledged"], 24);
    let finding = &document["findings"][0];
    assert_eq!(finding["status"], "acknowledged");
    let approvals = finding["suppression"]["approvals"].as_array().unwrap();
    let users: Vec<&str> = approvals
        .iter()
        .map(|a| a["user"].as_str().unwrap())
        .collect();
    assert_eq!(users, ["Carol", "alice"]);
    assert_eq!(approvals[0]["reason"], "accepted for the migration");
    assert_eq!(approvals[0]["expires"], "2999-01-31");
    assert!(approvals[1]["time"].as_str().unwrap().ends_with('Z'));
    // The ledger records the context.
    let ledger = repo.ledger();
    assert_eq!(ledger["approvals"].as_array().unwrap().len(), 48);
}

#[test]
fn a_new_violation_after_approval_fails_again() {
    let repo = Repo::new("");
    assert!(repo.approve("alice", &[]).status.success());
    assert!(repo.approve("bob", &[]).status.success());
    let mut plan: Value =
        serde_json::from_str(&std::fs::read_to_string(starter()).unwrap()).unwrap();
    let mut extra = plan["resource_changes"][1].clone();
    extra["address"] = Value::from("aws_s3_bucket_acl.uploads");
    extra["name"] = Value::from("uploads");
    plan["resource_changes"].as_array_mut().unwrap().push(extra);
    let replanned = repo.path("replanned.json");
    std::fs::write(&replanned, serde_json::to_string_pretty(&plan).unwrap()).unwrap();
    let (code, document) = repo.check(&replanned);
    assert_eq!(code, 1);
    assert_eq!(
        document["summary"]["acknowledged"], 24,
        "sticky by fingerprint"
    );
    assert_eq!(document["summary"]["failures"], 1);
    assert_eq!(
        document["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["status"] == "open")
            .unwrap()["address"],
        "aws_s3_bucket_acl.uploads"
    );
}

#[test]
fn expired_approvals_do_not_count_and_are_reported() {
    let repo = Repo::new("");
    assert!(repo.approve("alice", &[]).status.success());
    assert!(
        repo.approve("bob", &["--expires", "2999-01-01"])
            .status
            .success()
    );
    repo.edit_approvals("bob", |approval| {
        approval["expires"] = Value::from("2000-01-01")
    });
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 1);
    let problems = document["approval_problems"].as_array().unwrap();
    assert!(problems.iter().any(|p| {
        p["message"].as_str().unwrap().contains("approval by bob")
            && p["message"]
                .as_str()
                .unwrap()
                .contains("expired on 2000-01-01")
    }));
    assert!(
        repo.approve("bob", &["--expires", "2000-01-01"])
            .status
            .code()
            == Some(2)
    );
}

#[test]
fn former_owners_no_longer_count() {
    let repo = Repo::new("");
    assert!(repo.approve("alice", &[]).status.success());
    assert!(repo.approve("carol", &[]).status.success());
    assert_eq!(repo.check(&starter()).0, 0);
    // carol leaves the team.
    let text = std::fs::read_to_string(repo.path("tfguard.toml")).unwrap();
    std::fs::write(
        repo.path("tfguard.toml"),
        text.replace("platform = [\"carol\"]", "platform = []"),
    )
    .unwrap();
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 1);
    assert!(
        document["approval_problems"][0]["message"]
            .as_str()
            .unwrap()
            .contains("carol is not an owner of policy set security")
    );
}

#[test]
fn hard_mandatory_cannot_be_approved() {
    let repo = Repo::new("enforcement = \"hard-mandatory\"");
    let output = repo.approve("alice", &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("hard-mandatory: its failures cannot be approved")
    );
    assert_eq!(repo.check(&starter()).0, 1);
}

#[test]
fn advisory_sets_report_but_never_block() {
    let repo = Repo::new("enforcement = \"advisory\"");
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 0);
    assert_eq!(document["summary"]["failures"], 0);
    assert_eq!(document["summary"]["advisory"], 24);
    assert_eq!(document["findings"][0]["enforcement"], "advisory");
    let human = repo
        .tfguard()
        .args(["check", "--config", &repo.config()])
        .arg(starter())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&human.stdout).contains("advisory: does not block"));
}

#[test]
fn self_approval_and_empty_reasons_are_refused() {
    let repo = Repo::new("prevent_self_approve = true");
    let output = repo
        .tfguard()
        .env("PULL_AUTHOR", "alice")
        .args([
            "approve",
            "--policy-set",
            "security",
            "--user",
            "alice",
            "--reason",
            "mine",
            "--config",
            &repo.config(),
        ])
        .arg(starter())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("alice wrote this pull request"));
    let output = repo.approve("bob", &["--author", "alice"]);
    assert!(output.status.success());
    let empty = repo
        .tfguard()
        .args([
            "approve",
            "--policy-set",
            "security",
            "--user",
            "bob",
            "--reason",
            "  ",
            "--config",
            &repo.config(),
        ])
        .arg(starter())
        .output()
        .unwrap();
    assert_eq!(empty.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&empty.stderr).contains("--reason is empty"));
    let unknown = repo.approve(
        "alice",
        &["--fingerprint", "0123456789abcdef0123456789abcdef"],
    );
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&unknown.stderr)
            .contains("is not a failing finding of policy set security")
    );
}

#[test]
fn only_given_fingerprints_are_approved() {
    let repo = Repo::new("");
    let (_, document) = repo.check(&starter());
    let fingerprint = document["findings"][0]["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    for user in ["alice", "bob"] {
        let output = repo.approve(user, &["--fingerprint", &fingerprint]);
        assert!(output.status.success());
    }
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 1);
    assert_eq!(document["summary"]["acknowledged"], 1);
}

fn keygen(dir: &Path, name: &str) -> Option<(PathBuf, String)> {
    let key = dir.join(name);
    let status = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
        .arg(&key)
        .status()
        .ok()?;
    assert!(status.success());
    let public = std::fs::read_to_string(key.with_extension("pub")).unwrap();
    Some((key, public.trim().to_owned()))
}

#[test]
fn signed_approvals_and_a_tampered_entry() {
    let repo = Repo::new("require_signed = true");
    let Some((alice_key, alice_pub)) = keygen(repo.dir.path(), "alice") else {
        eprintln!("notice: ssh-keygen not found; skipping the signed approvals test");
        return;
    };
    let (bob_key, bob_pub) = keygen(repo.dir.path(), "bob").unwrap();
    std::fs::write(
        repo.path("allowed_signers"),
        format!("alice {alice_pub}\nbob namespaces=\"tfguard-approval\" {bob_pub}\n"),
    )
    .unwrap();
    // Unsigned approvals do not count in a set that requires signatures.
    assert!(repo.approve("alice", &[]).status.success());
    assert!(repo.approve("bob", &[]).status.success());
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 1);
    assert!(
        document["approval_problems"][0]["message"]
            .as_str()
            .unwrap()
            .contains("requires a signature")
    );
    // Signed by the right keys: acknowledged.
    assert!(
        repo.approve("alice", &["--sign", path_str(&alice_key)])
            .status
            .success()
    );
    assert!(
        repo.approve("bob", &["--sign", path_str(&bob_key)])
            .status
            .success()
    );
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 0, "{document:#}");
    assert_eq!(
        document["findings"][0]["suppression"]["approvals"][0]["signed"],
        true
    );
    // `ssh-keygen -Y verify` agrees with tfguard about alice's signature.
    let ledger = repo.ledger();
    let entry = ledger["approvals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["user"] == "alice")
        .unwrap()
        .clone();
    std::fs::write(repo.path("sig"), entry["signature"].as_str().unwrap()).unwrap();
    std::fs::write(repo.path("entry.json"), signed_bytes(&entry)).unwrap();
    let verify = Command::new("sh")
        .arg("-c")
        .arg("ssh-keygen -Y verify -f allowed_signers -I alice -n tfguard-approval -s sig < entry.json")
        .current_dir(repo.dir.path())
        .output()
        .unwrap();
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stderr)
    );
    // Tamper with alice's entries: they stop counting.
    repo.edit_approvals("alice", |approval| {
        approval["reason"] = Value::from("a different reason")
    });
    let (code, document) = repo.check(&starter());
    assert_eq!(code, 1);
    assert!(
        document["approval_problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(
                |p| p["message"].as_str().unwrap().contains("approval by alice")
                    && p["message"]
                        .as_str()
                        .unwrap()
                        .contains("requires a signature")
            )
    );
}

/// What a signature covers: the entry without its signature, serialised
/// compactly in the ledger's field order (written out here independently).
fn signed_bytes(entry: &Value) -> String {
    let fields = [
        "fingerprint",
        "policy_set",
        "code",
        "address",
        "user",
        "time",
        "reason",
        "expires",
        "head_commit",
        "pull_num",
        "plan",
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|f| format!("{}:{}", Value::from(*f), entry[*f]))
        .collect();
    format!("{{{}}}", body.join(","))
}

#[test]
fn list_clear_and_prune() {
    let repo = Repo::new("");
    assert!(
        repo.approve("alice", &["--expires", "2999-01-01"])
            .status
            .success()
    );
    repo.tfguard()
        .args(["approvals", "list", "--config", &repo.config()])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("24 approval(s) in")
                .and(predicate::str::contains("accepted for the migration")),
        );
    let json = repo
        .tfguard()
        .args([
            "approvals",
            "list",
            "-o",
            "json",
            "--config",
            &repo.config(),
        ])
        .output()
        .unwrap();
    let listed: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 24);
    // Prune against a plan where one finding is gone.
    let mut plan: Value =
        serde_json::from_str(&std::fs::read_to_string(starter()).unwrap()).unwrap();
    plan["resource_changes"].as_array_mut().unwrap().remove(1);
    let fixed = repo.path("fixed.json");
    std::fs::write(&fixed, serde_json::to_string(&plan).unwrap()).unwrap();
    let (_, document) = repo.check(&fixed);
    assert!(
        document["approval_problems"][0]["message"]
            .as_str()
            .unwrap()
            .contains("unused approval by alice")
    );
    repo.tfguard()
        .args(["approvals", "prune", "--config", &repo.config()])
        .arg(&fixed)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "pruned 0 expired and 1 unused approval(s)",
        ));
    repo.tfguard()
        .args([
            "approvals",
            "clear",
            "--policy-set",
            "security",
            "--config",
            &repo.config(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "cleared 23 approval(s) of policy set security",
        ));
    assert!(repo.ledger()["approvals"].as_array().unwrap().is_empty());
}

#[test]
fn atlantis_mode_output_matches_atlantis_regexes() {
    let failure = regex::Regex::new(r#"([1-9][0-9]* failure|failures": \[)"#).unwrap();
    let summary = regex::Regex::new(
        r"\d+ tests?, \d+ passed, \d+ warnings?, \d+ failures?, \d+ exceptions?(, \d skipped)?",
    )
    .unwrap();
    let repo = Repo::new("");
    let policy_check_file = repo.path("policycheck.json");
    let run = |set: &str| {
        repo.tfguard()
            .args(["atlantis", "--policy-set", set, "--config", &repo.config()])
            .env("SHOWFILE", starter())
            .env("POLICYCHECKFILE", &policy_check_file)
            .env("PULL_AUTHOR", "dave")
            .output()
            .unwrap()
    };
    let output = run("security");
    assert_eq!(
        output.status.code(),
        Some(0),
        "Atlantis loses the output otherwise"
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("FAIL - "), "{text}");
    assert!(failure.is_match(&text));
    assert!(summary.is_match(&text));
    assert!(text.contains(
        "policy set security (soft-mandatory): 24 failing, requires 2 approvals per finding, have 0"
    ));
    assert!(
        text.contains("25 tests, 0 passed, 1 warning, 24 failures, 0 exceptions"),
        "{text}"
    );
    // Stable across runs (Atlantis hashes the output for sticky approvals).
    assert_eq!(String::from_utf8(run("security").stdout).unwrap(), text);
    let results: Value =
        serde_json::from_str(&std::fs::read_to_string(&policy_check_file).unwrap()).unwrap();
    assert_eq!(results[0]["PolicySetName"], "security");
    assert_eq!(results[0]["Passed"], false);
    assert_eq!(results[0]["ReqApprovalCount"], 2);
    assert_eq!(results[0]["Hashes"].as_array().unwrap().len(), 24);
    // A set with nothing failing passes, and its block is never empty.
    let text = String::from_utf8(run("default").stdout).unwrap();
    // Each per-set step keeps the other steps' sets in POLICYCHECKFILE.
    let results: Value =
        serde_json::from_str(&std::fs::read_to_string(&policy_check_file).unwrap()).unwrap();
    let names: Vec<&str> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["PolicySetName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["security", "default"]);
    assert!(!text.trim().is_empty());
    assert!(
        !failure.is_match(&text) && !text.starts_with("FAIL"),
        "{text}"
    );
    assert!(text.contains("0 failures"));
    // Acknowledged: the set passes with exceptions.
    assert!(repo.approve("alice", &[]).status.success());
    assert!(repo.approve("bob", &[]).status.success());
    let text = String::from_utf8(run("security").stdout).unwrap();
    assert!(!failure.is_match(&text), "{text}");
    assert!(text.contains("0 failures, 24 exceptions"), "{text}");
    assert!(text.contains("EXCP - "));
    // All sets, in order, when no --policy-set is given.
    let all = repo
        .tfguard()
        .args(["atlantis", "--config", &repo.config()])
        .env("SHOWFILE", starter())
        .output()
        .unwrap();
    let text = String::from_utf8(all.stdout).unwrap();
    let security = text.find("policy set security").unwrap();
    let default = text.find("policy set default").unwrap();
    assert!(security < default);
    // Errors still exit 0, failing closed in the text.
    let broken = repo
        .tfguard()
        .args(["atlantis", "--config", &repo.config()])
        .env("SHOWFILE", "/nonexistent/plan.json")
        .output()
        .unwrap();
    assert_eq!(broken.status.code(), Some(0));
    let text = String::from_utf8(broken.stdout).unwrap();
    assert!(
        text.starts_with("FAIL - tfguard - error - ") && failure.is_match(&text),
        "{text}"
    );
}

#[test]
fn configuration_errors_are_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("tfguard.toml");
    std::fs::write(
        &config,
        "[[policy_set]]\nname = \"a\"\nenforcment = \"advisory\"\n",
    )
    .unwrap();
    tfguard()
        .args(["check", "--config", path_str(&config)])
        .arg(starter())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown field `enforcment`"));
    std::fs::write(
        &config,
        "[[policy_set]]\nname = \"a\"\nrequire_signed = true\n",
    )
    .unwrap();
    tfguard()
        .args(["check", "--config", path_str(&config)])
        .arg(starter())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("allowed_signers is not set"));
}

/// Twelve owners approving at the same moment: the ledger keeps every one
/// (each `approve` is a locked read-modify-write and an atomic rename).
#[test]
fn concurrent_approvals_are_all_kept() {
    let users: Vec<String> = (0..12).map(|i| format!("owner{i}")).collect();
    let repo = Repo::new(&format!(
        "[[policy_set]]\nname = \"extra\"\nowners = {{ users = {users:?} }}\n"
    ));
    // The twelve are top-level owners, so they may approve `security`.
    let text = std::fs::read_to_string(repo.path("tfguard.toml")).unwrap();
    std::fs::write(
        repo.path("tfguard.toml"),
        format!("owners = {{ users = {users:?} }}\n{text}"),
    )
    .unwrap();
    let binary = assert_cmd::cargo::cargo_bin("tfguard");
    let children: Vec<std::process::Child> = users
        .iter()
        .map(|user| {
            Command::new(&binary)
                .current_dir(repo.dir.path())
                .env_remove("PULL_AUTHOR")
                .env_remove("GITHUB_ACTOR")
                .args(repo.approve_args(user))
                .arg(starter())
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let ledger = repo.ledger();
    let approvals = ledger["approvals"].as_array().unwrap();
    let approvers: std::collections::BTreeSet<&str> = approvals
        .iter()
        .map(|a| a["user"].as_str().unwrap())
        .collect();
    assert_eq!(approvers.len(), 12, "{approvers:?}");
    assert_eq!(approvals.len(), 12 * 24);
}

#[test]
fn a_ledger_from_a_newer_tfguard_is_refused_by_name() {
    let repo = Repo::new("");
    std::fs::write(
        repo.path("ledger.json"),
        r#"{"version": 2, "approvals": {"by_fingerprint": {}}}"#,
    )
    .unwrap();
    let output = repo
        .tfguard()
        .args(["check", "--config", &repo.config()])
        .arg(starter())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("written by a newer tfguard"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
