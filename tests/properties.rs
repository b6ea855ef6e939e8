//! Property tests (proptest; no nightly fuzzer is available here): random
//! and mutated inputs for every parser, and the invariants that must hold
//! whatever the plan. CI runs a bounded number of cases; a long run is
//!
//! ```sh
//! PROPTEST_CASES=20000 cargo test --release --test properties
//! ```
//!
//! Seeds come from the shared corpora when `../shared` is there. A failure
//! is saved by proptest under `tests/properties.proptest-regressions` and
//! replayed first on every run; each crash found is also kept below as a
//! named regression test.

use std::path::PathBuf;
use std::sync::OnceLock;

use proptest::prelude::*;
use serde_json::{Value, json};
use tfguard::approvals::Ledger;
use tfguard::policy::{PolicyFile, metadata};
use tfguard::report::{Format, Style};
use tfguard::source::SourceMap;
use tfguard::{CheckOptions, Engine, EngineOptions, Plan, check, policy};

/// `PROPTEST_CASES` when set (the long run), else the bounded CI count.
fn cases(bounded: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(bounded)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Up to `limit` plan texts of `../shared/plan-corpus`, in path order.
fn corpus_plans(limit: usize) -> Vec<String> {
    let dir = root().join("../shared/plan-corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("notice: ../shared/plan-corpus not found; seeding from fixtures only");
        return vec![
            std::fs::read_to_string(root().join("fixtures/plans/aws-starter.json")).unwrap(),
        ];
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path().join("plan.json"))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .take(limit)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter(|t| t.len() < 2_000_000)
        .collect()
}

fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| corpus_plans(12))
}

/// `text` with a byte range replaced: the shape of most real damage.
fn mutate(text: &str, at: usize, len: usize, with: &[u8]) -> Vec<u8> {
    let bytes = text.as_bytes();
    let at = at % (bytes.len() + 1);
    let end = (at + len).min(bytes.len());
    [&bytes[..at], with, &bytes[end..]].concat()
}

// ---- Parsers never panic -------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn the_plan_loader_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = Plan::from_bytes("random.json", &bytes);
    }

    #[test]
    fn the_plan_loader_never_panics_on_damaged_plans(
        seed in any::<prop::sample::Index>(),
        at in any::<usize>(),
        len in 0usize..64,
        with in proptest::collection::vec(prop_oneof![Just(b'{'), Just(b'}'), Just(b'"'), Just(b','), Just(b'['), Just(b'\\'), Just(b'1'), any::<u8>()], 0..8),
    ) {
        let seeds = seeds();
        let text = &seeds[seed.index(seeds.len())];
        let damaged = mutate(text, at, len, &with);
        if let Ok(plan) = Plan::from_bytes("damaged.json", &damaged) {
            // What loads must also give locations and redaction without panicking.
            for change in plan.resource_changes.iter().take(20) {
                let _ = plan.location(change, &[]);
                let _ = plan.excerpt(change, &[]);
            }
            let _ = plan.redactor().redact("x");
        }
    }

    #[test]
    fn the_metadata_parser_never_panics(lines in proptest::collection::vec("[ -~]{0,40}", 0..12)) {
        let mut text = String::from("# METADATA\n");
        for line in &lines {
            text.push_str("# ");
            text.push_str(line);
            text.push('\n');
        }
        text.push_str("package p\n");
        let _ = metadata::parse(&text);
    }

    #[test]
    fn the_ledger_parser_never_panics(text in "[{}\\[\\]\":,0-9a-z ]{0,200}", version in any::<i64>()) {
        let _ = Ledger::parse(&text);
        let _ = Ledger::parse(&format!("{{\"version\": {version}, \"approvals\": []}}"));
    }
}

/// Policies for the Rego front end to chew on: the shipped library and,
/// when `../shared` is there, the public libraries of the policy corpus.
fn shipped_policies() -> &'static [PolicyFile] {
    static FILES: OnceLock<Vec<PolicyFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        let mut files = policy::builtin();
        files.retain(|f| !f.path.contains("/lib/"));
        files.truncate(40);
        let corpus = root().join("../shared/policy-corpus");
        match policy::discover(&[corpus], &globset::GlobSet::empty()) {
            Ok(found) => files.extend(found.into_iter().take(200)),
            Err(_) => eprintln!(
                "notice: ../shared/policy-corpus not found; seeding from the library only"
            ),
        }
        files
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    /// Damaged policies are refused or compiled; the front end and regorus
    /// never panic on them.
    #[test]
    fn the_rego_front_end_never_panics(
        pick in any::<prop::sample::Index>(),
        at in any::<usize>(),
        len in 0usize..24,
        with in prop_oneof![
            Just(""), Just("not "), Just(" with input as {}"), Just("some x in "), Just("{"), Just("}"),
            Just("\n"), Just("["), Just("]"), Just("\""), Just(":= "), Just("every k, v in "), Just("_"),
        ],
        v0 in any::<bool>(),
    ) {
        let files = shipped_policies();
        let original = &files[pick.index(files.len())];
        let text = String::from_utf8_lossy(&mutate(&original.text, at, len, with.as_bytes())).into_owned();
        let damaged = PolicyFile { path: original.path.clone(), text };
        let _ = tfguard::rego::normalise(std::slice::from_ref(&damaged), v0, true, true, None, &[]);
        let _ = Engine::new(&[damaged], &[], &EngineOptions { rego_v0: v0, ..EngineOptions::default() });
    }

    /// Random `.tf` text: the HCL mapper and the ignore-comment scanner
    /// read what they can and never panic.
    #[test]
    fn the_hcl_mapper_and_ignore_scanner_never_panic(
        blocks in proptest::collection::vec(
            prop_oneof![
                Just("resource \"aws_s3_bucket\" \"b\" {\n  acl = \"public-read\"\n}\n".to_owned()),
                Just("module \"m\" {\n  source = \"./m\"\n}\n".to_owned()),
                Just("# tfguard:ignore aws-s3-no-public-acl reason=\"ok\" expires=2999-01-01\n".to_owned()),
                Just("# tfguard:ignore\n".to_owned()),
                Just("#trivy:ignore:AVD-AWS-0086\n".to_owned()),
                Just("#checkov:skip=CKV_AWS_20:why\n".to_owned()),
                "[ -~\n]{0,60}",
            ],
            0..8,
        ),
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("main.tf"), blocks.concat()).unwrap();
        let sources = SourceMap::load(dir.path());
        let plan = Plan::parse("plan.json", small_plan(&[("aws_s3_bucket", "b", json!({"acl": "public-read"}), json!({}))]).to_string()).unwrap();
        let mut report = check(engine(), vec![plan], CheckOptions::default()).unwrap();
        let _ = sources.apply(&mut report.findings, tfguard::date::Date::today());
    }
}

// ---- Invariants ------------------------------------------------------------

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut files = policy::builtin();
        files.push(PolicyFile {
            path: "quote_everything.rego".to_owned(),
            text: QUOTE_EVERYTHING.to_owned(),
        });
        Engine::new(&files, &[], &EngineOptions::default()).unwrap()
    })
}

/// Quotes every planned value, key and path of every resource: whatever a
/// careless policy could put in a message.
const QUOTE_EVERYTHING: &str = r#"# METADATA
# custom:
#   id: quote-everything
#   resource_types: ["*"]
package quote_everything

import rego.v1

deny contains {"msg": sprintf("%s=%v all=%v", [key, value, input.change.after]), "path": [key], key: value} if {
	some key, value in input.change.after
}
"#;

/// A plan of `(type, name, after, after_sensitive)` resources.
fn small_plan(resources: &[(&str, &str, Value, Value)]) -> Value {
    let changes: Vec<Value> = resources
        .iter()
        .map(|(kind, name, after, sensitive)| {
            json!({
                "address": format!("{kind}.{name}"),
                "mode": "managed",
                "type": kind,
                "name": name,
                "change": {"actions": ["create"], "before": null, "after": after,
                           "after_unknown": {}, "after_sensitive": sensitive}
            })
        })
        .collect();
    json!({"format_version": "1.2", "resource_changes": changes})
}

const TYPES: &[&str] = &[
    "aws_s3_bucket",
    "aws_s3_bucket_acl",
    "aws_security_group",
    "aws_db_instance",
    "aws_ebs_volume",
    "aws_iam_policy",
    "google_storage_bucket",
    "azurerm_storage_account",
    "terraform_data",
];

const KEYS: &[&str] = &[
    "acl",
    "publicly_accessible",
    "encrypted",
    "tags",
    "ingress",
    "password",
    "policy",
    "storage_encrypted",
    "cidr_blocks",
    "kms_key_id",
    "name",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!("public-read")),
        Just(json!("0.0.0.0/0")),
        Just(json!(true)),
        Just(json!(false)),
        Just(json!(22)),
        Just(Value::Null),
        "[a-z*]{1,8}".prop_map(Value::from),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(2, 12, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            proptest::collection::btree_map("[a-z_]{1,10}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// One resource: a type, planned values, and which top-level values are
/// sensitive (those hold a canary, and one sensitive map key is a canary).
fn resource() -> impl Strategy<Value = (String, Value, Value, Vec<String>)> {
    (
        proptest::sample::select(TYPES),
        proptest::collection::btree_map(
            proptest::sample::select(KEYS),
            (value(), any::<bool>()),
            1..6,
        ),
        any::<u32>(),
    )
        .prop_map(|(kind, attributes, salt)| {
            let mut after = serde_json::Map::new();
            let mut sensitive = serde_json::Map::new();
            let mut canaries = Vec::new();
            for (index, (key, (value, secret))) in attributes.into_iter().enumerate() {
                if secret {
                    let canary = format!("CANARY{salt}x{index}secret");
                    let hidden = if key == "tags" {
                        let key_canary = format!("KEYCANARY{salt}x{index}");
                        canaries.push(key_canary.clone());
                        json!({ key_canary: canary.clone() })
                    } else {
                        Value::from(canary.clone())
                    };
                    canaries.push(canary);
                    after.insert(key.to_owned(), hidden);
                    sensitive.insert(key.to_owned(), Value::Bool(true));
                } else {
                    after.insert(key.to_owned(), value);
                }
            }
            (
                kind.to_owned(),
                Value::Object(after),
                Value::Object(sensitive),
                canaries,
            )
        })
}

fn random_plan() -> impl Strategy<Value = (Value, Vec<String>)> {
    proptest::collection::vec(resource(), 1..8).prop_map(|resources| {
        let mut canaries = Vec::new();
        let entries: Vec<(String, String, Value, Value)> = resources
            .into_iter()
            .enumerate()
            .map(|(i, (kind, after, sensitive, found))| {
                canaries.extend(found);
                (kind, format!("r{i}"), after, sensitive)
            })
            .collect();
        let borrowed: Vec<(&str, &str, Value, Value)> = entries
            .iter()
            .map(|(k, n, a, s)| (k.as_str(), n.as_str(), a.clone(), s.clone()))
            .collect();
        (small_plan(&borrowed), canaries)
    })
}

fn findings_of(plan_text: String, threads: usize) -> Vec<(String, Option<String>, String, String)> {
    let plan = Plan::parse("plan.json", plan_text).unwrap();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let report = pool
        .install(|| check(engine(), vec![plan], CheckOptions::default()))
        .unwrap();
    report
        .findings
        .iter()
        .map(|f| {
            (
                f.code.clone(),
                f.address.clone(),
                f.message.clone(),
                f.fingerprint.0.clone(),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(48)))]

    /// The same findings, in the same order, whatever the thread count and
    /// the order of `resource_changes`.
    #[test]
    fn findings_do_not_depend_on_threads_or_resource_order(
        (plan, _) in random_plan(),
        shuffle in any::<u64>(),
    ) {
        let text = plan.to_string();
        let mut reordered = plan.clone();
        let changes = reordered["resource_changes"].as_array_mut().unwrap();
        let n = changes.len();
        for i in (1..n).rev() {
            let j = (shuffle.wrapping_mul(6364136223846793005).wrapping_add(i as u64) % (i as u64 + 1)) as usize;
            changes.swap(i, j);
        }
        let one = findings_of(text.clone(), 1);
        prop_assert_eq!(&one, &findings_of(text, 4));
        prop_assert_eq!(&one, &findings_of(reordered.to_string(), 3));
    }

    /// Fingerprints survive re-serialising the same plan (pretty-printed
    /// instead of compact), although every offset moves.
    #[test]
    fn fingerprints_survive_reserialisation((plan, _) in random_plan()) {
        let compact = findings_of(plan.to_string(), 2);
        let pretty = findings_of(serde_json::to_string_pretty(&plan).unwrap(), 2);
        prop_assert_eq!(compact, pretty);
    }

    /// No sensitive value reaches any output format, though a policy quotes
    /// every value, key and path it sees.
    #[test]
    fn no_sensitive_canary_reaches_any_output((plan, canaries) in random_plan()) {
        prop_assume!(!canaries.is_empty());
        let text = plan.to_string();
        let report = check(engine(), vec![Plan::parse("plan.json", text).unwrap()], CheckOptions::default()).unwrap();
        // The policy did quote them: redaction is what keeps them out.
        prop_assert!(report.findings.iter().any(|f| f.message.contains("(sensitive value)")));
        for format in [Format::Human, Format::Concise, Format::Json, Format::Sarif, Format::Junit, Format::Github, Format::Markdown] {
            let mut out = Vec::new();
            format.reporter(Style::default()).report(&report, &mut out).unwrap();
            let rendered = String::from_utf8(out).unwrap();
            for canary in &canaries {
                prop_assert!(!rendered.contains(canary.as_str()), "{:?} leaks {}:\n{}", format, canary, rendered);
            }
        }
    }
}

/// `tfguard.aws_iam_statements` (src/engine/builtins/aws_iam.rs) is the
/// Rego it replaced in `policies/lib/aws_iam.rego`, kept here as it was:
/// the same set of normalised statements for any document.
const IAM_STATEMENTS_IN_REGO: &str = r#"package iam_statements

import rego.v1

in_rego := {_with_patterns(_json_statement(s, ["policy"])) |
	value := object.get(input.change.after, "policy", null)
	is_string(value)
	json.is_valid(value)
	doc := json.unmarshal(value)
	is_object(doc)
	some s in _as_array(object.get(doc, "Statement", []))
	is_object(s)
}

built_in := tfguard.aws_iam_statements(object.get(input.change.after, "policy", null), ["policy"])

_json_statement(s, path) := {
	"effect": object.get(s, "Effect", "Allow"),
	"actions": strings(object.get(s, "Action", [])),
	"not_actions": strings(object.get(s, "NotAction", [])),
	"resources": strings(object.get(s, "Resource", [])),
	"has_condition": _non_empty(object.get(s, "Condition", null)),
	"condition": _as_object(object.get(s, "Condition", null)),
	"principals": _json_principals(object.get(s, "Principal", null)),
	"path": path,
}

_json_principals(p) := {"*": ["*"]} if p == "*"
else := {type: strings(ids) | some type, ids in p} if is_object(p)
else := {}

_any_regex(patterns) := concat("", ["^(?:", concat("|", [_glob_body(p) |
	some p in patterns
	regex.match(`^[A-Za-z0-9:*?_.-]*$`, p)
]), ")$"])

_glob_body(pattern) := replace(replace(replace(lower(pattern), ".", "\\."), "*", ".*"), "?", ".")

_with_patterns(statement) := object.union(statement, {
	"action_patterns": _patterns(statement.actions),
	"not_action_patterns": _patterns(statement.not_actions),
})

_patterns(patterns) := {
	"every": _names_every_action(patterns),
	"wildcard": true,
	"exact": _exact(patterns),
	"regex": _any_regex(patterns),
} if {
	_has_wildcard(patterns)
} else := {
	"every": false,
	"wildcard": false,
	"exact": _exact(patterns),
	"regex": "",
}

_names_every_action(patterns) := count({p | some p in patterns; p in {"*", "*:*"}}) > 0

_has_wildcard(patterns) if {
	some p in patterns
	regex.match(`[*?]`, p)
}

_exact(patterns) := {lower(p) | some p in patterns}

strings(x) := [s | some s in x; is_string(s)] if is_array(x)
else := [x] if is_string(x)
else := []

_as_array(x) := x if is_array(x)
else := [x] if is_object(x)
else := []

_as_object(x) := x if is_object(x) else := {}

_non_empty(x) := true if {
	is_object(x)
	count(x) > 0
} else := true if {
	is_array(x)
	count(x) > 0
} else := false
"#;

/// `tfguard.aws_iam_unconstrained` (src/engine/builtins/aws_iam_unconstrained.rs)
/// is the Rego it replaced in `policies/lib/aws_iam.rego`, kept here as it
/// was (with small action tables): the same actions per statement, and for
/// the whole policy, for any document and candidates.
const IAM_UNCONSTRAINED_IN_REGO: &str = r#"package iam_unconstrained

import rego.v1

statements := tfguard.aws_iam_statements(input.change.after.policy, ["policy"])

candidates := {c | some c in input.candidates}

services := ["s3", "iam", "ec2", "sts"]

wildcard_only_actions := {"s3": ["listallmybuckets"], "iam": ["listroles", "getaccountsummary"], "ec2": []}

wildcard_only_prefixes := {"ec2": ["describe"], "sts": [""], "iam": ["list"]}

in_rego_each := {[s, actions] |
	some s in statements
	actions := statement_unconstrained(s, candidates)
	count(actions) > 0
}

built_in_each := {[entry.statement, entry.actions] | some entry in _built_in}

in_rego_all := unconstrained(candidates)

built_in_all := {a | some entry in _built_in; some a in entry.actions}

_built_in := tfguard.aws_iam_unconstrained(
	statements, candidates, _deny_regex,
	[services, wildcard_only_actions, wildcard_only_prefixes],
)

_any_regex(patterns) := concat("", ["^(?:", concat("|", [_glob_body(p) |
	some p in patterns
	regex.match(`^[A-Za-z0-9:*?_.-]*$`, p)
]), ")$"])

_glob_body(pattern) := replace(replace(replace(lower(pattern), ".", "\\."), "*", ".*"), "?", ".")

_deny_regex := _any_regex(patterns) if {
	patterns := [p | some s in statements; s.effect == "Deny"; some p in s.actions]
	count(patterns) > 0
} else := ""

denied_among(actions) := set() if _deny_regex == ""
else := {a | some a in actions; regex.match(_deny_regex, a)}

restrictable(action) if lower(action) in {"*", "*:*"}
else := true if {
	parts := split(lower(action), ":")
	count(parts) == 2
	regex.match(`[*?]`, parts[0])
	parts[0] != "*"
} else := true if {
	parts := split(lower(action), ":")
	count(parts) == 2
	service := parts[0]
	service in services
	not _wildcard_only(service, parts[1])
}

_wildcard_only(service, name) if name in object.get(wildcard_only_actions, service, set())
else := true if {
	literal := regex.split(`[*?]`, name)[0]
	some prefix in object.get(wildcard_only_prefixes, service, [])
	startswith(literal, prefix)
}

unconstrained(candidates) := {a |
	some s in statements
	some a in _statement_unconstrained(s, candidates)
} - denied_among(candidates)

statement_unconstrained(s, candidates) := _statement_unconstrained(s, candidates) - denied_among(candidates)

_statement_unconstrained(s, candidates) := _restricted_to(s, _covered(s, candidates)) if {
	s.effect == "Allow"
	not s.has_condition
}

_covered(s, candidates) := candidates if s.action_patterns.every
else := candidates & s.action_patterns.exact if {
	count(s.actions) > 0
	not s.action_patterns.wildcard
} else := {a | some a in candidates; regex.match(s.action_patterns.regex, a)} if {
	s.action_patterns.wildcard
} else := candidates - s.not_action_patterns.exact if {
	count(s.actions) == 0
	count(s.not_actions) > 0
	"*" in s.resources
	not s.not_action_patterns.wildcard
} else := {a | some a in candidates; not regex.match(s.not_action_patterns.regex, a)} if {
	count(s.actions) == 0
	s.not_action_patterns.wildcard
	"*" in s.resources
}

_restricted_to(s, actions) := actions if "*" in s.resources
else := {a | some a in actions; not restrictable(a)}
"#;

fn iam_engine() -> &'static regorus::Engine {
    static ENGINE: OnceLock<regorus::Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let files = [
            PolicyFile {
                path: "iam_statements.rego".to_owned(),
                text: IAM_STATEMENTS_IN_REGO.to_owned(),
            },
            PolicyFile {
                path: "iam_unconstrained.rego".to_owned(),
                text: IAM_UNCONSTRAINED_IN_REGO.to_owned(),
            },
        ];
        let options = tfguard::engine::CompileOptions {
            rego_v0: false,
            strict: false,
            per_definition: false,
            lenient_builtins: false,
            policy_timeout: None,
            inline_functions: false,
        };
        tfguard::engine::compile(&files, &[], options, None)
            .unwrap()
            .engine
    })
}

/// Action-like text: wildcards, dots, case, a character no action has, and
/// letters whose lower case differs in Unicode.
fn iam_text() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!("*")),
        Just(json!("*:*")),
        Just(json!("s3:Get*")),
        Just(json!("iam:PassRole")),
        Just(json!("ec2:Describe?nstances")),
        Just(json!("arn:aws:s3:::bucket/*")),
        Just(json!("sts:AssumeRole ")),
        Just(json!("ΣIGMA:İ*")),
        "[a-zA-Z0-9:*?._\\-\\[ ]{0,10}".prop_map(Value::from),
    ]
}

fn iam_field() -> impl Strategy<Value = Value> {
    prop_oneof![
        iam_text(),
        proptest::collection::vec(prop_oneof![iam_text(), leaf()], 0..4).prop_map(Value::from),
        leaf(),
    ]
}

fn iam_statement() -> impl Strategy<Value = Value> {
    let keys = [
        "Effect",
        "Action",
        "NotAction",
        "Resource",
        "Condition",
        "Principal",
    ];
    proptest::collection::btree_map(proptest::sample::select(keys.to_vec()), iam_field(), 0..6)
        .prop_flat_map(|fields| {
            (
                Just(fields),
                value(),
                prop_oneof![Just(json!("*")), value()],
                prop_oneof![Just(json!("Allow")), Just(json!("Deny")), iam_field()],
            )
        })
        .prop_map(|(fields, condition, principal, effect)| {
            let mut statement: serde_json::Map<String, Value> =
                fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            if statement.contains_key("Condition") {
                statement.insert("Condition".to_owned(), condition);
            }
            if statement.contains_key("Effect") {
                statement.insert("Effect".to_owned(), effect);
            }
            if statement.contains_key("Principal") {
                statement.insert("Principal".to_owned(), principal);
            }
            Value::Object(statement)
        })
}

/// A `policy` attribute: a document with one statement, several (some not
/// objects), none, or text that is not a JSON object.
fn iam_policy() -> impl Strategy<Value = Value> {
    prop_oneof![
        iam_statement().prop_map(|s| Value::from(json!({"Statement": s}).to_string())),
        proptest::collection::vec(prop_oneof![iam_statement(), leaf()], 0..4).prop_map(|s| {
            Value::from(json!({"Version": "2012-10-17", "Statement": s}).to_string())
        }),
        Just(json!("{\"Statement\": ")),
        Just(json!("[]")),
        Just(json!(null)),
        leaf(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn the_iam_statements_built_in_is_the_rego_it_replaced(policy in iam_policy()) {
        let mut engine = iam_engine().clone();
        let input = json!({"change": {"after": {"policy": policy}}});
        engine.set_input(regorus::Value::from(input));
        let in_rego = engine.eval_rule("data.iam_statements.in_rego".to_owned()).unwrap();
        let built_in = engine.eval_rule("data.iam_statements.built_in".to_owned()).unwrap();
        prop_assert!(matches!(in_rego, regorus::Value::Set(_)), "{in_rego}");
        prop_assert_eq!(in_rego, built_in);
    }
}

/// A policy of well-formed statements, most of them allowing or denying
/// some of [`iam_candidates`]: what the unconstrained analysis decides on.
fn iam_policy_of_actions() -> impl Strategy<Value = Value> {
    let pattern = || {
        prop_oneof![
            Just(json!("*")),
            Just(json!("s3:*")),
            Just(json!("S3:Get*")),
            Just(json!("iam:PassRole")),
            Just(json!("iam:List*")),
            Just(json!("ec2:Describe?nstances")),
            Just(json!("ec2:RunInstances")),
            Just(json!("sts:*")),
            Just(json!("lambda:InvokeFunction")),
            Just(json!("s3:ListAllMyBuckets")),
            Just(json!("bad pattern[")),
        ]
    };
    let patterns = move || {
        prop_oneof![
            pattern(),
            proptest::collection::vec(pattern(), 0..4).prop_map(Value::from),
        ]
    };
    let statement = (
        prop_oneof![
            3 => Just(Some(json!("Allow"))),
            2 => Just(Some(json!("Deny"))),
            1 => Just(None),
        ],
        prop_oneof![3 => patterns().prop_map(Some), 1 => Just(None)],
        prop_oneof![3 => Just(None), 1 => patterns().prop_map(Some)],
        prop_oneof![
            Just(json!("*")),
            Just(json!(["*"])),
            Just(json!("arn:aws:s3:::logs/*")),
            Just(json!(["arn:aws:s3:::a", "*"])),
        ],
        prop_oneof![4 => Just(None), 1 => Just(Some(json!({"Bool": {"aws:SecureTransport": "true"}})))],
    )
        .prop_map(|(effect, action, not_action, resource, condition)| {
            let mut statement = serde_json::Map::new();
            let fields = [
                ("Effect", effect),
                ("Action", action),
                ("NotAction", not_action),
                ("Resource", Some(resource)),
                ("Condition", condition),
            ];
            for (key, value) in fields {
                if let Some(value) = value {
                    statement.insert(key.to_owned(), value);
                }
            }
            Value::Object(statement)
        });
    proptest::collection::vec(statement, 1..4)
        .prop_map(|s| Value::from(json!({"Version": "2012-10-17", "Statement": s}).to_string()))
}

/// Candidate actions as the checks pass them (concrete, lower case), and
/// some no check passes: a pattern, three parts, nothing.
fn iam_candidates() -> impl Strategy<Value = Value> {
    let pool = [
        "s3:getobject",
        "s3:listallmybuckets",
        "iam:passrole",
        "iam:listroles",
        "iam:listusers",
        "ec2:describeinstances",
        "ec2:runinstances",
        "sts:assumerole",
        "lambda:invokefunction",
        "*",
        "s3:*",
        "iam:pass*",
        "a:b:c",
        "s?:getobject",
        "*:getobject",
        "",
    ];
    proptest::sample::subsequence(pool.to_vec(), 0..pool.len()).prop_map(Value::from)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn the_iam_unconstrained_built_in_is_the_rego_it_replaced(
        policy in prop_oneof![3 => iam_policy_of_actions(), 1 => iam_policy()],
        candidates in iam_candidates(),
    ) {
        let mut engine = iam_engine().clone();
        let input = json!({"change": {"after": {"policy": policy}}, "candidates": candidates});
        engine.set_input(regorus::Value::from(input));
        let eval = |engine: &mut regorus::Engine, rule: &str| {
            engine.eval_rule(format!("data.iam_unconstrained.{rule}")).unwrap()
        };
        let in_rego = eval(&mut engine, "in_rego_each");
        prop_assert!(matches!(in_rego, regorus::Value::Set(_)), "{in_rego}");
        prop_assert_eq!(in_rego, eval(&mut engine, "built_in_each"));
        prop_assert_eq!(eval(&mut engine, "in_rego_all"), eval(&mut engine, "built_in_all"));
    }
}
