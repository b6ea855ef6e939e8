//! Snapshot tests: every reporter renders the same sample findings.

use tfguard::Plan;
use tfguard::approvals::{ApprovalProblem, SetStatus};
use tfguard::check::{PlanSummary, Report, SeverityCounts, Summary};
use tfguard::finding::{
    ApprovalRecord, Enforcement, Finding, Fingerprint, Level, Location, ModuleCall, PathStep,
    PolicyLocation, Severity, SourceLocation, Status, Suppression,
};
use tfguard::report::{Format, GroupBy, Style};

#[path = "support/sarif_schema.rs"]
mod sarif_schema;
use sarif_schema::SarifSchema;

const PLAN: &str = r#"{"format_version":"1.2","terraform_version":"1.11.4","resource_changes":[
{"address":"aws_s3_bucket_acl.logs","mode":"managed","type":"aws_s3_bucket_acl","name":"logs",
 "change":{"actions":["create"],"after":{"acl":"public-read","bucket":"acme-logs"},"after_unknown":{"id":true}}},
{"address":"aws_db_instance.main","mode":"managed","type":"aws_db_instance","name":"main",
 "change":{"actions":["update"],"after":{"password":"hunter2-secret","publicly_accessible":true},
 "after_sensitive":{"password":true}}}]}"#;

fn finding(
    plan: &Plan,
    code: &str,
    level: Level,
    severity: Severity,
    message: &str,
    address: Option<&str>,
    path: Vec<PathStep>,
) -> Finding {
    let plan_location = match address {
        Some(address) => {
            let change = plan
                .resource_changes
                .iter()
                .find(|c| c.address == address)
                .unwrap();
            plan.location(change, &path)
        }
        None => Location::start_of(&plan.name),
    };
    Finding {
        code: code.to_owned(),
        aliases: vec!["AVD-AWS-0092".to_owned(), "CKV_AWS_20".to_owned()].into(),
        title: Some(format!("Title of {code}").into()),
        description: Some("Why it matters.\n\nRemediation: what to do.".into()),
        help_uri: Some(format!("https://docs.example.test/{code}").into()),
        severity,
        level,
        status: Status::Open,
        message: message.to_owned(),
        address: address.map(str::to_owned),
        attribute: path.clone(),
        policy_set: "default".to_owned(),
        enforcement: tfguard::finding::Enforcement::SoftMandatory,
        policy: PolicyLocation {
            file: "policies/sample.rego".to_owned(),
            line: 12,
        },
        plan_location: Some(plan_location),
        source_location: None,
        suppression: None,
        owners: Vec::new(),
        metadata: serde_json::Map::from_iter([("rule_id".to_owned(), serde_json::json!("S-1"))]),
        fingerprint: Fingerprint::compute(code, address, &path, message),
    }
}

fn sample_report() -> Report {
    let plan = Plan::parse("plan.json", PLAN.to_owned()).unwrap();
    let mut ignored = finding(
        &plan,
        "aws-rds-no-public-access",
        Level::Failure,
        Severity::Critical,
        "aws_db_instance.main is publicly accessible",
        Some("aws_db_instance.main"),
        vec![PathStep::Key("publicly_accessible".into())],
    );
    ignored.status = Status::Ignored;
    ignored.owners = vec!["@acme/db".to_owned()];
    ignored.suppression = Some(Suppression {
        kind: "inline".to_owned(),
        reason: "reporting replica, reviewed by security".to_owned(),
        expires: Some("2999-01-31".to_owned()),
        file: "db.tf".to_owned(),
        line: 3,
        approvals: Vec::new(),
    });
    ignored.source_location = Some(SourceLocation {
        file: "modules/db/main.tf".to_owned(),
        line: 5,
        column: 3,
        end_line: 5,
        start: 80,
        end: 106,
        value_from: Some("value from `var.public`".to_owned()),
        module_calls: vec![ModuleCall {
            name: "db".to_owned(),
            file: "main.tf".to_owned(),
            line: 12,
        }],
    });
    let mut acknowledged = finding(
        &plan,
        "aws-db-backup",
        Level::Failure,
        Severity::Low,
        "aws_db_instance.main keeps backups for 1 day",
        Some("aws_db_instance.main"),
        vec![],
    );
    acknowledged.status = Status::Acknowledged;
    let acknowledged_fingerprint = acknowledged.fingerprint.0.clone();
    acknowledged.suppression = Some(Suppression {
        kind: "approval".to_owned(),
        reason: "approved by alice, bob".to_owned(),
        expires: Some("2999-06-30".to_owned()),
        file: ".tfguard/approvals.json".to_owned(),
        line: 0,
        approvals: ["alice", "bob"]
            .into_iter()
            .map(|user| ApprovalRecord {
                user: user.to_owned(),
                time: "2026-11-28T10:00:00Z".to_owned(),
                reason: "scratch database".to_owned(),
                expires: Some("2999-06-30".to_owned()),
                signed: user == "alice",
            })
            .collect(),
    });
    let mut advisory = finding(
        &plan,
        "cost.deny_large",
        Level::Failure,
        Severity::Info,
        "aws_db_instance.main is a large instance",
        Some("aws_db_instance.main"),
        vec![],
    );
    advisory.policy_set = "cost".to_owned();
    advisory.enforcement = Enforcement::Advisory;
    let mut public_acl = finding(
        &plan,
        "aws-s3-no-public-acl",
        Level::Warning,
        Severity::High,
        "aws_s3_bucket_acl.logs has the public ACL \"public-read\"",
        Some("aws_s3_bucket_acl.logs"),
        vec![PathStep::Key("acl".into())],
    );
    public_acl.owners = vec!["@acme/storage".to_owned(), "@acme/db".to_owned()];
    let findings = vec![
        advisory,
        finding(
            &plan,
            "main.deny",
            Level::Failure,
            Severity::Medium,
            "too many changes",
            None,
            vec![],
        ),
        ignored,
        acknowledged,
        public_acl,
    ];
    Report {
        plan_summaries: vec![PlanSummary {
            file: plan.name.clone(),
            format_version: plan.format_version.clone(),
            terraform_version: plan.terraform_version.clone(),
            errored: false,
            resources: 2,
        }],
        plans: vec![plan],
        findings,
        summary: Summary {
            resources: 2,
            failures: 1,
            advisory: 1,
            warnings: 1,
            severities: SeverityCounts {
                high: 1,
                medium: 1,
                info: 1,
                ..SeverityCounts::default()
            },
            acknowledged: 1,
            ignored: 1,
            unknown: 0,
            baselined: 0,
        },
        sources: None,
        notes: Vec::new(),
        policy_sets: vec![
            SetStatus {
                name: "cost".to_owned(),
                enforcement: Enforcement::Advisory,
                required: 1,
                failing: 1,
                acknowledged: 0,
                have: 0,
                needs_finding_owner: false,
                awaiting_finding_owner: 0,
                approvers: Vec::new(),
            },
            SetStatus {
                name: "default".to_owned(),
                enforcement: Enforcement::SoftMandatory,
                required: 2,
                failing: 1,
                acknowledged: 1,
                have: 1,
                needs_finding_owner: false,
                awaiting_finding_owner: 0,
                approvers: vec![
                    ("alice".to_owned(), vec![acknowledged_fingerprint.clone()]),
                    ("bob".to_owned(), vec![acknowledged_fingerprint]),
                ],
            },
        ],
        baseline: None,
        approval_problems: vec![ApprovalProblem {
            policy_set: "default".to_owned(),
            message: "approval by mallory of main.deny (plan) does not count: mallory is not an owner of policy set default".to_owned(),
        }],
    }
}

fn render(format: Format) -> String {
    render_grouped(format, None)
}

fn render_grouped(format: Format, group_by: Option<GroupBy>) -> String {
    let mut out = Vec::new();
    format
        .reporter(Style {
            color: false,
            width: Some(100),
            group_by,
            ..Style::default()
        })
        .report(&sample_report(), &mut out)
        .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn human() {
    let output = render(Format::Human);
    assert!(!output.contains("hunter2-secret"));
    insta::assert_snapshot!(output);
}

#[test]
fn json() {
    insta::assert_snapshot!(render(Format::Json));
}

/// The JSON document is written in pieces (the findings on every core, in
/// chunks); it must still be exactly serde_json's pretty form of itself,
/// whatever the number of findings and whatever their strings hold.
#[test]
fn json_written_in_pieces_is_serde_jsons_pretty_form() {
    let sample = sample_report();
    for count in [0, 1, 9_000] {
        let mut report = sample_report();
        report.findings = (0..count)
            .map(|i| {
                let mut f = sample.findings[i % sample.findings.len()].clone();
                f.message = format!("finding {i}:\n\t\"quoted\" \u{2028} é");
                f
            })
            .collect();
        let mut out = Vec::new();
        Format::Json
            .reporter(Style::default())
            .report(&report, &mut out)
            .unwrap();
        let document: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(document["findings"].as_array().unwrap().len(), count);
        let pretty = serde_json::to_string_pretty(&document).unwrap() + "\n";
        assert!(
            String::from_utf8(out).unwrap() == pretty,
            "{count} findings"
        );
    }
}

#[test]
fn sarif() {
    insta::assert_snapshot!(render(Format::Sarif));
}

#[test]
fn junit() {
    insta::assert_snapshot!(render(Format::Junit));
}

#[test]
fn github() {
    insta::assert_snapshot!(render(Format::Github));
}

#[test]
fn markdown() {
    insta::assert_snapshot!(render(Format::Markdown));
}

/// Each owner's section is headed by the owner as written; a finding with
/// two owners is in both, and unowned findings come last.
#[test]
fn markdown_grouped_by_owner() {
    insta::assert_snapshot!(render_grouped(Format::Markdown, Some(GroupBy::Owner)));
}

#[test]
fn concise_grouped_by_severity() {
    insta::assert_snapshot!(render_grouped(Format::Concise, Some(GroupBy::Severity)));
}

#[test]
fn concise() {
    insta::assert_snapshot!(render(Format::Concise));
}

#[test]
fn atlantis() {
    use tfguard::report::Reporter;
    let mut out = Vec::new();
    tfguard::report::AtlantisReporter { only_set: None }
        .report(&sample_report(), &mut out)
        .unwrap();
    let results = tfguard::report::atlantis::results(&sample_report(), None);
    insta::assert_snapshot!(format!(
        "{}\n---\n{}",
        String::from_utf8(out).unwrap(),
        serde_json::to_string_pretty(&results).unwrap()
    ));
}

/// `--quiet` shows only what blocks, and the summary.
#[test]
fn quiet_shows_only_what_fails() {
    let mut out = Vec::new();
    Format::Concise
        .reporter(Style {
            quiet: true,
            ..Style::default()
        })
        .report(&sample_report(), &mut out)
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].contains("main.deny too many changes"), "{text}");
    assert!(
        lines[1].starts_with("warning: approval by mallory"),
        "{text}"
    );
}

/// Every SARIF output validates against the official 2.1.0 schema and stays
/// within GitHub's documented limits.
#[test]
fn sarif_is_valid_and_within_githubs_limits() {
    let Some(schema) = SarifSchema::load() else {
        return;
    };
    let mut report = sample_report();
    assert_eq!(
        schema.errors(&render_value(&report)),
        Vec::<String>::new(),
        "sample"
    );
    // Real runs through the binary: built-in library, plan-level policies,
    // `.tf` locations with ignores and their warnings.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("fixtures");
    let runs: [Vec<std::path::PathBuf>; 3] = [
        vec![fixtures.join("plans/aws-starter.json")],
        vec![
            "-p".into(),
            fixtures.join("policies/plan"),
            "--all-namespaces".into(),
            fixtures.join("terraform/lifecycle/plan.json"),
        ],
        vec![
            "-p".into(),
            fixtures.join("policies/resource"),
            "--terraform-dir".into(),
            fixtures.join("terraform/sources/after"),
            fixtures.join("terraform/sources/plan.json"),
        ],
    ];
    for args in runs {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_tfguard"))
            .args(["check", "-o", "sarif"])
            .args(&args)
            .current_dir(root)
            .output()
            .unwrap();
        assert!(matches!(output.status.code(), Some(0 | 1)));
        let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(schema.errors(&document), Vec::<String>::new(), "{args:?}");
        assert!(
            !document["runs"][0]["results"]
                .as_array()
                .unwrap()
                .is_empty()
        );
    }
    // Past GitHub's result limit, the run is truncated, still valid.
    let first = report.findings[0].clone();
    report.findings = (0..tfguard::report::SARIF_MAX_RESULTS + 5)
        .map(|i| {
            let mut f = first.clone();
            f.message = format!("finding {i}");
            f
        })
        .collect();
    let big = render_value(&report);
    assert_eq!(schema.errors(&big), Vec::<String>::new());
    let run = &big["runs"][0];
    assert_eq!(
        run["results"].as_array().unwrap().len(),
        tfguard::report::SARIF_MAX_RESULTS
    );
    assert!(
        run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
            .as_str()
            .unwrap()
            .contains("only the first 25000")
    );
    assert!(big["runs"].as_array().unwrap().len() <= 20);
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        assert!(
            rule["properties"]["tags"].as_array().unwrap().len() <= tfguard::report::SARIF_MAX_TAGS
        );
        if let Some(score) = rule["properties"]["security-severity"].as_str() {
            let score: f64 = score.parse().unwrap();
            assert!((0.1..=10.0).contains(&score));
        }
    }
    for result in run["results"].as_array().unwrap() {
        assert!(result["locations"].as_array().unwrap().len() <= 1_000);
    }
}

fn render_value(report: &Report) -> serde_json::Value {
    let mut out = Vec::new();
    Format::Sarif
        .reporter(Style::default())
        .report(report, &mut out)
        .unwrap();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn markdown_stays_under_githubs_comment_limit() {
    let mut report = sample_report();
    let first = report.findings[1].clone();
    report.findings = (0..3_000)
        .map(|i| {
            let mut f = first.clone();
            f.address = Some(format!("aws_s3_bucket.b{i}"));
            f.message =
                format!("finding number {i} with a reasonably long message to fill the comment");
            f
        })
        .collect();
    let mut out = Vec::new();
    Format::Markdown
        .reporter(Style::default())
        .report(&report, &mut out)
        .unwrap();
    let body = String::from_utf8(out).unwrap();
    assert!(body.chars().count() <= tfguard::report::MAX_COMMENT_CHARS);
    assert!(body.contains("**Truncated**"));
}
