//! Each optimisation of the checking path against the plain path it
//! replaces, on every plan of `../shared/plan-corpus`. (The front end's
//! `hoist_constants` is held to OPA itself: tests/cli/conformance.rs and
//! tests/cli/policy_corpus.rs.)

use std::path::{Path, PathBuf};

use tfguard::engine::resource_kinds;
use tfguard::policy;
use tfguard::{Engine, EngineOptions, Plan, Selection};

fn corpus_plans() -> Option<Vec<Plan>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/plan-corpus");
    if !dir.is_dir() {
        eprintln!("notice: ../shared/plan-corpus not found; skipping");
        return None;
    }
    let mut paths = Vec::new();
    collect_json(&dir, &mut paths);
    paths.sort();
    let plans: Vec<Plan> = paths
        .iter()
        .filter_map(|path| {
            let bytes = std::fs::read(path).ok()?;
            Plan::from_bytes(&path.display().to_string(), &bytes).ok()
        })
        .collect();
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

/// `EngineOptions::resource_kinds`: the built-in checks none of a batch's
/// resources can match are not compiled, and nothing else changes.
#[test]
fn compiling_only_the_checks_a_plan_can_match_changes_no_result() {
    let Some(plans) = corpus_plans() else { return };
    let files = policy::builtin();
    let whole = Engine::new(&files, &[], &EngineOptions::default()).unwrap();
    let mut compared = 0;
    for batch in plans.chunks(128) {
        let options = EngineOptions {
            resource_kinds: Some(resource_kinds(batch)),
            ..EngineOptions::default()
        };
        let pruned = Engine::new(&files, &[], &options).unwrap();
        assert!(pruned.packages().len() < whole.packages().len());
        // Unchanged resources too: the widest selection.
        let selection = Selection {
            all_resources: true,
        };
        for plan in batch {
            let expected = results(&whole, plan, selection);
            assert_eq!(results(&pruned, plan, selection), expected, "{}", plan.name);
            compared += expected.len();
        }
    }
    assert!(compared > 1_000, "{compared} results compared");
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
