//! Every real plan of `../shared/plan-corpus` goes through `tfguard check`
//! with the built-in library: no panic, no exit 2, except the invalid one.

use crate::common::*;

#[test]
fn every_corpus_plan_is_checked() {
    let Some(corpus) = corpus() else { return };
    let manifest = std::fs::read_to_string(corpus.join("MANIFEST.tsv")).unwrap();
    let files: Vec<String> = manifest
        .lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap().to_owned())
        .collect();
    assert_eq!(files.len(), 508);
    // Batches keep process start-up cheap and still name the failing file.
    for batch in files.chunks(64) {
        let output = tfguard()
            .current_dir(&corpus)
            .args(["check", "-o", "json"])
            .args(batch)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(matches!(output.status.code(), Some(0 | 1)), "{stderr}");
        let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(document["plans"].as_array().unwrap().len(), batch.len());
    }
    for entry in std::fs::read_dir(corpus.join("_nonstandard_encoding")).unwrap() {
        let path = entry.unwrap().path();
        let code = tfguard()
            .arg("check")
            .arg(&path)
            .output()
            .unwrap()
            .status
            .code();
        assert!(matches!(code, Some(0 | 1)), "{}", path.display());
    }
}

#[test]
fn the_invalid_corpus_plan_gets_a_clear_error() {
    let Some(corpus) = corpus() else { return };
    for entry in std::fs::read_dir(corpus.join("_invalid")).unwrap() {
        let path = entry.unwrap().path();
        let output = tfguard().arg("check").arg(&path).output().unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(&format!("{}:1:", path.display())),
            "{stderr}"
        );
        assert!(stderr.contains("invalid JSON"), "{stderr}");
    }
}
