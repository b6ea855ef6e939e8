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
    let regenerated = out.path().join("lifecycle.json");
    let policies = fixture("policies/resource");
    let (code_new, new) = check_json(&["-p", path_str(&policies), path_str(&regenerated)]);
    let (code_old, old) = check_json(&["-p", path_str(&policies), path_str(&lifecycle_plan())]);
    assert_eq!(code_new, code_old);
    assert_eq!(triples(&new), triples(&old));
    assert_eq!(fingerprints(&new), fingerprints(&old));
    assert_eq!(new["summary"], old["summary"]);
}
