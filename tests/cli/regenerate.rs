//! When terraform is on PATH, regenerate the fixture plans and check that
//! they give the same findings as the committed ones.

use std::process::Command;

use crate::common::*;

#[test]
fn regenerated_plans_match_the_committed_ones() {
    if Command::new("terraform").arg("version").output().is_err() {
        eprintln!("notice: terraform not on PATH; skipping regeneration test");
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(fixture("terraform/regenerate.sh"))
        .arg(out.path())
        .status()
        .unwrap();
    assert!(status.success());
    let policies = fixture("policies/resource");
    for case in ["lifecycle", "sources", "owners"] {
        let regenerated = out.path().join(format!("{case}.json"));
        let committed = fixture(&format!("terraform/{case}/plan.json"));
        let config = fixture(&format!("terraform/{case}/after"));
        let args = |plan: &std::path::Path| -> Vec<String> {
            [
                "-p",
                path_str(&policies),
                "--terraform-dir",
                path_str(&config),
                path_str(plan),
            ]
            .map(str::to_owned)
            .to_vec()
        };
        let new_args = args(&regenerated);
        let old_args = args(&committed);
        let (code_new, new) = check_json(&new_args.iter().map(String::as_str).collect::<Vec<_>>());
        let (code_old, old) = check_json(&old_args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(code_new, code_old, "{case}");
        assert_eq!(triples(&new), triples(&old), "{case}");
        assert_eq!(fingerprints(&new), fingerprints(&old), "{case}");
        assert_eq!(new["summary"], old["summary"], "{case}");
    }
}
