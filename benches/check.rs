//! Times the whole `tfguard check` (process start to exit) on generated
//! plans of 1k, 10k and 50k resource changes, and prints a Markdown table
//! for docs/PERFORMANCE.md.
//!
//!     cargo bench --bench check            # all sizes
//!     cargo bench --bench check -- 10000   # one size
//!
//! Plans are built from the resource changes of the committed fixtures (a
//! real Terraform plan and the AWS starter plan), each copy given a unique
//! address and the tag maps real AWS resources carry, so a 10k plan is
//! about the 19 MB of a real one.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde_json::{Value, json};

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_tfguard"));
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000, 50_000]
    } else {
        sizes
    };
    let out_dir = root.join("target/bench-plans");
    std::fs::create_dir_all(&out_dir).expect("target dir is writable");
    println!(
        "| resource changes | plan size | runs | median (all cores) | min | median (1 thread) | speed-up | findings |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for size in sizes {
        let plan = out_dir.join(format!("plan-{size}.json"));
        if !plan.exists() {
            generate(&root, size, &plan);
        }
        let bytes = std::fs::metadata(&plan).map(|m| m.len()).unwrap_or(0);
        let runs = if size >= 50_000 { 5 } else { 11 };
        // Alternate the two configurations so machine noise hits both alike.
        let mut parallel = Vec::new();
        let mut serial = Vec::new();
        let mut findings = 0;
        for _ in 0..runs {
            let (time, count) = time_check(&binary, &plan, None);
            parallel.push(time);
            findings = count;
            serial.push(time_check(&binary, &plan, Some(1)).0);
        }
        let (parallel_median, parallel_min) = median_min(&mut parallel);
        let (serial_median, _) = median_min(&mut serial);
        println!(
            "| {size} | {:.1} MB | {runs} | {parallel_median:.3} s | {parallel_min:.3} s | {serial_median:.3} s | {:.2}x | {findings} |",
            bytes as f64 / 1e6,
            serial_median / parallel_median,
        );
    }
}

/// Wall time of one `tfguard check -o json`, and its number of findings.
fn time_check(binary: &Path, plan: &Path, threads: Option<usize>) -> (f64, usize) {
    let mut command = Command::new(binary);
    command.args(["check", "-o", "json"]).arg(plan);
    if let Some(threads) = threads {
        command.env("RAYON_NUM_THREADS", threads.to_string());
    }
    let start = Instant::now();
    let output = command.output().expect("tfguard runs");
    let elapsed = start.elapsed().as_secs_f64();
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let document: Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    (elapsed, document["findings"].as_array().map_or(0, Vec::len))
}

fn median_min(times: &mut [f64]) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[0])
}

fn shapes(root: &Path) -> Vec<Value> {
    let mut shapes = Vec::new();
    for fixture in [
        "fixtures/plans/aws-starter.json",
        "fixtures/terraform/lifecycle/plan.json",
    ] {
        let text = std::fs::read_to_string(root.join(fixture)).expect("fixture exists");
        let plan: Value = serde_json::from_str(&text).expect("fixture is JSON");
        shapes.extend(
            plan["resource_changes"]
                .as_array()
                .cloned()
                .unwrap_or_default(),
        );
    }
    shapes
}

fn generate(root: &Path, size: usize, path: &Path) {
    let shapes = shapes(root);
    let tags: serde_json::Map<String, Value> = (0..12)
        .map(|i| {
            (
                format!("tag-{i:02}-cost-allocation"),
                json!(format!(
                    "team-platform-engineering-service-{i:02}-environment-production"
                )),
            )
        })
        .collect();
    let changes: Vec<Value> = (0..size)
        .map(|i| {
            let mut change = shapes[i % shapes.len()].clone();
            let address = format!(
                "module.shard_{}.{}",
                i / shapes.len(),
                change["address"].as_str().unwrap_or("x")
            );
            change["address"] = json!(address);
            change["module_address"] = json!(format!("module.shard_{}", i / shapes.len()));
            if let Some(after) = change["change"]["after"].as_object_mut() {
                after.insert("tags".into(), Value::Object(tags.clone()));
                after.insert("tags_all".into(), Value::Object(tags.clone()));
            }
            change
        })
        .collect();
    let plan = json!({
        "format_version": "1.2",
        "terraform_version": "1.11.4",
        "planned_values": {"root_module": {}},
        "resource_changes": changes,
        "configuration": {"root_module": {}},
        "applyable": true, "complete": true, "errored": false,
    });
    // Terraform writes plans on one line.
    std::fs::write(path, serde_json::to_vec(&plan).expect("serialises")).expect("writes plan");
}
