//! Each optimisation of the checking path against the plain path it
//! replaces, on every plan of `../shared/plan-corpus` and of `fixtures/`.
//! (The front end's
//! `hoist_constants` is held to OPA itself: tests/cli/conformance.rs and
//! tests/cli/policy_corpus.rs.)

use std::path::{Path, PathBuf};

use tfguard::engine::resource_kinds;
use tfguard::policy;
use tfguard::{Engine, EngineOptions, Plan, Selection};

/// Every plan that parses under `dir`, in path order.
fn plans_under(dir: &Path) -> Vec<Plan> {
    let mut paths = Vec::new();
    collect_json(dir, &mut paths);
    paths.sort();
    paths
        .iter()
        .filter_map(|path| {
            let bytes = std::fs::read(path).ok()?;
            Plan::from_bytes(&path.display().to_string(), &bytes).ok()
        })
        .collect()
}

/// The committed fixture plans: always there, unlike the corpus.
fn fixture_plans() -> Vec<Plan> {
    let plans = plans_under(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/plans"));
    assert!(!plans.is_empty());
    plans
}

fn corpus_plans() -> Option<Vec<Plan>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/plan-corpus");
    if !dir.is_dir() {
        eprintln!("notice: ../shared/plan-corpus not found; skipping");
        return None;
    }
    let plans = plans_under(&dir);
    assert!(plans.len() >= 500, "{} plans", plans.len());
    Some(plans)
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_json(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Every rule result of `engine` on `plan`: rule, resource and value.
fn results(engine: &Engine, plan: &Plan, selection: Selection) -> Vec<String> {
    let evaluation = engine.evaluate(plan, selection).unwrap();
    evaluation
        .results
        .iter()
        .map(|r| format!("{} {:?} {:?}", r.rule.query, r.resource, r.result))
        .collect()
}

/// Asserts that `optimised` gives `reference`'s results on every plan, on
/// unchanged resources too (the widest selection); how many there were.
fn assert_same_results(reference: &Engine, optimised: &Engine, plans: &[Plan]) -> usize {
    let selection = Selection {
        all_resources: true,
    };
    let mut compared = 0;
    for plan in plans {
        let expected = results(reference, plan, selection);
        assert_eq!(
            results(optimised, plan, selection),
            expected,
            "{}",
            plan.name
        );
        compared += expected.len();
    }
    compared
}

/// `EngineOptions::resource_kinds`: the built-in checks none of a batch's
/// resources can match are not compiled, and nothing else changes.
#[test]
fn compiling_only_the_checks_a_plan_can_match_changes_no_result() {
    let Some(plans) = corpus_plans() else { return };
    let files = policy::builtin();
    let plain = EngineOptions {
        interpreter_only: true,
        ..EngineOptions::default()
    };
    let whole = Engine::new(&files, &[], &plain).unwrap();
    let mut compared = 0;
    for batch in plans.chunks(128) {
        let options = EngineOptions {
            resource_kinds: Some(resource_kinds(batch)),
            ..plain.clone()
        };
        let pruned = Engine::new(&files, &[], &options).unwrap();
        assert!(pruned.packages().len() < whole.packages().len());
        compared += assert_same_results(&whole, &pruned, batch);
    }
    assert!(compared > 1_000, "{compared} results compared");
}

/// `pipeline::load_plans_and_policies` compiles the policies for the kinds
/// a plan's text names while it parses the plan; on every real plan they
/// hold the parsed plan's kinds, so the policies are never compiled twice
/// (a plan for which they did not would be checked all the same, after a
/// second compile: tests/cli/input.rs).
#[test]
fn the_kinds_a_plans_text_names_hold_its_resource_kinds() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/plan-corpus");
    let mut paths = Vec::new();
    collect_json(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/plans"),
        &mut paths,
    );
    if dir.is_dir() {
        collect_json(&dir, &mut paths);
    } else {
        eprintln!("notice: ../shared/plan-corpus not found; only the fixtures");
    }
    let mut checked = 0;
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        let Ok(plan) = Plan::from_bytes(&path.display().to_string(), &bytes) else {
            continue;
        };
        let text = tfguard::plan::decode_plan("plan", bytes).unwrap();
        let named = tfguard::plan::kinds_named_in(&text);
        let kinds = resource_kinds(std::slice::from_ref(&plan));
        assert!(
            kinds.is_subset(&named),
            "{}: {:?}",
            path.display(),
            kinds.difference(&named).collect::<Vec<_>>()
        );
        checked += usize::from(!kinds.is_empty());
    }
    let expected = if dir.is_dir() { 400 } else { 1 };
    assert!(checked >= expected, "{checked} plans with resources");
}

/// `engine/vm.rs`: the built-in checks on regorus's compiled VM give the
/// interpreter's results, rule by rule and resource by resource, also
/// where the checks of a resource kind run as one program (a batch). The
/// VM's engine runs the library with its one-expression functions written
/// out at their call sites (`rego/inline.rs`), the interpreter's as written.
#[test]
fn the_compiled_vm_gives_the_interpreters_results() {
    let mut plans = fixture_plans();
    plans.extend(corpus_plans().unwrap_or_default());
    let files = policy::builtin();
    let mut compared = 0;
    let mut batches = 0;
    for batch in plans.chunks(128) {
        let (vm, interpreter) = vm_and_interpreter(&files, batch);
        assert!(vm.rules_on_vm() > 0, "no rule runs on the VM");
        batches += vm.batches_on_vm();
        assert_eq!(interpreter.rules_on_vm(), 0);
        compared += assert_same_results(&interpreter, &vm, batch);
    }
    assert!(compared > 50, "{compared} results compared");
    assert!(batches > 0, "no checks ran as a batch");
}

/// `engine/convert.rs`: the conversion that shares object keys across a
/// whole plan (and converts big arrays on every core) gives regorus's own
/// value, on the whole plan and on each resource change alone.
#[test]
fn the_shared_key_conversion_equals_regorus_own() {
    let mut plans = fixture_plans();
    plans.extend(corpus_plans().unwrap_or_default());
    let mut strings = tfguard::engine::Strings::for_resources();
    let mut resources = 0;
    for plan in &plans {
        let expected = regorus::Value::from_json_str(plan.text()).unwrap();
        assert!(
            tfguard::engine::json_to_value(plan.text()).unwrap() == expected,
            "{}",
            plan.name
        );
        for change in &plan.resource_changes {
            let text = plan.resource_text(change);
            let expected = regorus::Value::from_json_str(text).unwrap();
            assert!(
                strings.convert(text).unwrap() == expected,
                "{}: {}",
                plan.name,
                change.address
            );
            resources += 1;
        }
    }
    assert!(resources > 1_000, "{resources} resource changes compared");
}

/// A plan with a kind of resource the engine was not compiled for is an
/// error, never a pass that skipped the checks left out.
#[test]
fn a_resource_the_engine_was_not_compiled_for_is_an_error() {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/plans/aws-starter.json"),
    )
    .unwrap();
    let plan = Plan::parse("plan.json", text).unwrap();
    let options = EngineOptions {
        resource_kinds: Some(["terraform_data".to_owned()].into()),
        ..EngineOptions::default()
    };
    let engine = Engine::new(&policy::builtin(), &[], &options).unwrap();
    let error = engine.evaluate(&plan, Selection::default()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("compiled for other resource kinds"),
        "{error}"
    );
}

/// A built-in check of `kind` with `body` as its `deny` rule's body.
fn builtin_check(name: &str, kind: &str, body: &str) -> policy::PolicyFile {
    policy::PolicyFile {
        path: format!("{}test/{name}.rego", policy::BUILTIN_PREFIX),
        text: format!(
            "# METADATA\n# title: {name}\n# custom:\n#   id: test-{name}\n#   severity: high\n#   resource_types: [\"{kind}\"]\npackage tfguard.test.{name}\n\nimport rego.v1\n\ndeny contains {{\"msg\": input.address}} if {{\n{body}\n}}\n"
        ),
    }
}

/// The fixture plan the tests of hand-written built-in checks run on.
fn starter_plan() -> Plan {
    fixture_plans()
        .into_iter()
        .find(|p| p.name.ends_with("aws-starter.json"))
        .unwrap()
}

/// `files` compiled for the resource kinds of `plans` as `check` compiles
/// them, and the same on the interpreter alone.
fn vm_and_interpreter(files: &[policy::PolicyFile], plans: &[Plan]) -> (Engine, Engine) {
    let options = EngineOptions {
        resource_kinds: Some(resource_kinds(plans)),
        ..EngineOptions::default()
    };
    let interpreter = EngineOptions {
        interpreter_only: true,
        ..options.clone()
    };
    (
        Engine::new(files, &[], &options).unwrap(),
        Engine::new(files, &[], &interpreter).unwrap(),
    )
}

/// `engine/vm.rs`: when one check of a batch fails (here an extension's
/// error, which the VM passes on), the batch's other values are not used:
/// the checks run one by one, so the error names the failing rule, as it
/// does without batches.
#[test]
fn a_failing_batch_runs_its_checks_one_by_one() {
    let plan = starter_plan();
    let kind = "aws_ebs_volume";
    let files = [
        builtin_check("passes", kind, "\tinput.type == \"aws_ebs_volume\""),
        builtin_check(
            "fails",
            kind,
            "\tjson.patch({\"a\": 1}, [{\"op\": \"remove\", \"path\": \"/b\"}])",
        ),
    ];
    let (engine, _) = vm_and_interpreter(&files, std::slice::from_ref(&plan));
    assert_eq!(engine.batches_on_vm(), 1);
    // Both run on the VM: in their batch, and alone (compiled on demand).
    assert_eq!(engine.rules_on_vm(), 2);
    let error = engine.evaluate(&plan, Selection::default()).unwrap_err();
    assert_eq!(error.rule, "data.tfguard.test.fails.deny");
    assert!(error.message.contains("json.patch"), "{}", error.message);

    // Without the failing check, the batch's results are the interpreter's.
    let files = [
        files[0].clone(),
        builtin_check("also", kind, "\tinput.change.after.encrypted != true"),
    ];
    let (engine, interpreter) = vm_and_interpreter(&files, std::slice::from_ref(&plan));
    assert_eq!(engine.batches_on_vm(), 1);
    assert!(assert_same_results(&interpreter, &engine, std::slice::from_ref(&plan)) >= 3);
}

/// `engine/vm_refusals.rs`: regorus's VM answers a rule whose body iterates
/// before `else` with undefined, not the `else` value, when the iteration
/// finds nothing. A built-in check that can reach one runs on the
/// interpreter, which gives OPA's answer: here, a finding.
#[test]
fn iteration_before_else_keeps_the_checks_off_the_vm() {
    let plan = starter_plan();
    let kind = "aws_ebs_volume";
    let helper = policy::PolicyFile {
        path: format!("{}test/helper.rego", policy::BUILTIN_PREFIX),
        text: "package tfguard.test.helper\n\nimport rego.v1\n\nany_one(xs) := true if {\n\tsome x in xs\n\tx == 1\n} else := false\n".to_owned(),
    };
    let files = [
        helper,
        builtin_check(
            "uses",
            kind,
            "\tdata.tfguard.test.helper.any_one([2]) == false",
        ),
    ];
    let (engine, interpreter) = vm_and_interpreter(&files, std::slice::from_ref(&plan));
    assert_eq!(engine.rules_on_vm(), 0);
    assert_eq!(
        engine.vm_refusal(),
        Some("builtin:test/helper.rego:5: rule any_one iterates before `else`")
    );
    assert!(assert_same_results(&interpreter, &engine, std::slice::from_ref(&plan)) >= 1);
}

/// `engine/vm.rs`, beyond the plans as they are: the first resource change
/// of every type, each top-level attribute of its `after` removed, null,
/// an empty list, a string and `true` in turn (what other providers,
/// versions and unknown values put there). The VM gives the interpreter's
/// results on every variant, and the interpreter, strict about built-in
/// errors, meets none: the library guards its inputs' types.
#[test]
fn the_compiled_vm_gives_the_interpreters_results_on_changed_attributes() {
    let mut plans = fixture_plans();
    plans.extend(corpus_plans().unwrap_or_default());
    let mut first_of_type = std::collections::BTreeMap::new();
    for plan in &plans {
        for change in &plan.resource_changes {
            let value: serde_json::Value =
                serde_json::from_str(plan.resource_text(change)).unwrap();
            if value["change"]["after"].is_object() {
                first_of_type
                    .entry(change.resource_type.clone())
                    .or_insert(value);
            }
        }
    }
    let replacements = [
        ("null", Some(serde_json::Value::Null)),
        ("removed", None),
        ("empty", Some(serde_json::json!([]))),
        ("string", Some(serde_json::json!("x"))),
        ("true", Some(serde_json::json!(true))),
    ];
    let mut variants = Vec::new();
    for (kind, change) in &first_of_type {
        let keys: Vec<String> = change["change"]["after"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        for key in keys {
            for (name, replacement) in &replacements {
                let mut variant = change.clone();
                let after = variant["change"]["after"].as_object_mut().unwrap();
                match replacement {
                    Some(value) => after.insert(key.clone(), value.clone()),
                    None => after.remove(&key),
                };
                variant["address"] = serde_json::json!(format!("{kind}.{key}_{name}"));
                let plan =
                    serde_json::json!({"format_version": "1.2", "resource_changes": [variant]});
                variants
                    .push(Plan::parse(&format!("{kind}.{key}_{name}"), plan.to_string()).unwrap());
            }
        }
    }
    let files = policy::builtin();
    let mut compared = 0;
    for batch in variants.chunks(400) {
        let (vm, interpreter) = vm_and_interpreter(&files, batch);
        // Kinds no built-in check is for (other providers) run nothing.
        if vm.rules_on_vm() == 0 {
            continue;
        }
        compared += assert_same_results(&interpreter, &vm, batch);
    }
    assert!(compared > 1_000, "{compared} results compared");
}
