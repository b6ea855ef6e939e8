//! The performance table of docs/PERFORMANCE.md, from one run, so every
//! ratio compares numbers taken under the same machine noise:
//!
//! - per plan size (1k, 10k, 50k resource changes): the parse floor (this
//!   process reading the file into a `serde_json::Value`, mimalloc as in
//!   tfguard), `tfguard check` with the whole built-in library on all cores
//!   and on one, `tfguard test` with eleven Conftest-style rules
//!   (benches/policy), each whole process with its peak RSS, and OPA's
//!   one-pass evaluation of the same namespace (benches/opa_one_pass.py);
//! - regula (`../shared/policy-corpus/fugue__regula`) on its 8 plans,
//!   `tfguard test` against OPA's one-pass evaluation;
//! - Checkov on the 1k and 10k plans, where it is installed.
//!
//! ```sh
//! cargo bench --bench check            # all sizes
//! cargo bench --bench check -- 10000   # one size
//! ```
//!
//! OPA is the PyPI wheel opa-golib-python-bindings unpacked at
//! $OPA_BINDINGS (default /tmp/opa/x; see tests/conformance/generate.py);
//! without it, and without ../shared or checkov, those columns say so.
//! Plans are built from the resource changes of the committed fixtures, each
//! copy given a unique address and the tag maps real AWS resources carry.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde_json::{Value, json};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    let opa = opa_available();
    println!(
        "| resources | plan | floor | check | check / floor | check, 1 thread | check RSS (x plan) | test (11 rules) | test RSS | OPA one-pass | OPA / test | same answers |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for size in sizes {
        let plan = out_dir.join(format!("plan-{size}.json"));
        if !plan.exists() {
            generate(&root, size, &plan);
        }
        let bytes = std::fs::metadata(&plan).map(|m| m.len()).unwrap_or(0) as f64;
        let runs = match size {
            s if s >= 50_000 => 3,
            s if s >= 10_000 => 7,
            _ => 11,
        };
        let floor = median(&mut (0..runs).map(|_| parse_floor(&plan)).collect::<Vec<_>>());
        // Alternate the configurations so machine noise hits each alike.
        let (mut check, mut serial, mut test) = (Vec::new(), Vec::new(), Vec::new());
        let (mut check_rss, mut test_rss, mut answers) = (0, 0, 0);
        for _ in 0..runs {
            let run = time(&binary, &["check", "-o", "json"], &plan, None);
            check.push(run.seconds);
            check_rss = check_rss.max(run.peak_kb);
            serial.push(time(&binary, &["check", "-o", "json"], &plan, Some(1)).seconds);
            let policy = root.join("benches/policy");
            let policy = policy.to_str().unwrap_or_default();
            let run = time(
                &binary,
                &["test", "-o", "json", "--no-fail", "-p", policy],
                &plan,
                None,
            );
            test.push(run.seconds);
            test_rss = test_rss.max(run.peak_kb);
            answers = run.answers;
        }
        let (check, serial, test) = (median(&mut check), median(&mut serial), median(&mut test));
        let opa_cell = if opa {
            opa_one_pass(
                &root,
                "main",
                runs.min(5),
                &plan,
                &[root.join("benches/policy")],
                false,
            )
        } else {
            None
        };
        let (opa_time, opa_ratio, same) = match opa_cell {
            Some(Opa::Stopped(_)) => ("stopped".to_owned(), "-".to_owned(), "-".to_owned()),
            Some(Opa::Ran(seconds, count)) => (
                format!("{seconds:.3} s"),
                format!("{:.1}x", seconds / test),
                if count == answers {
                    "yes".to_owned()
                } else {
                    format!("NO ({count} vs {answers})")
                },
            ),
            None => ("no OPA".to_owned(), "-".to_owned(), "-".to_owned()),
        };
        println!(
            "| {size} | {:.1} MB | {floor:.3} s | {check:.3} s | {:.1}x | {serial:.3} s | {} MB ({:.1}x) | {test:.3} s | {} MB | {opa_time} | {opa_ratio} | {same} |",
            bytes / 1e6,
            check / floor,
            check_rss / 1024,
            check_rss as f64 * 1024.0 / bytes,
            test_rss / 1024,
        );
    }
    if opa {
        regula(&root, &binary);
    }
    checkov(&out_dir);
}

/// One `tfguard` run: wall time, peak RSS (from /usr/bin/time), and how
/// many results it reported (findings for `check`, failures and warnings
/// for `test`).
struct Run {
    seconds: f64,
    peak_kb: u64,
    answers: usize,
}

fn time(binary: &Path, args: &[&str], plan: &Path, threads: Option<usize>) -> Run {
    let timer = Path::new("/usr/bin/time");
    let mut command = if timer.exists() {
        let mut command = Command::new(timer);
        command.args(["-f", "%M"]).arg(binary);
        command
    } else {
        Command::new(binary)
    };
    command.args(args).arg(plan).env_remove("RUST_BACKTRACE");
    if let Some(threads) = threads {
        command.env("RAYON_NUM_THREADS", threads.to_string());
    }
    let start = Instant::now();
    let output = command.output().expect("tfguard runs");
    let seconds = start.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(matches!(output.status.code(), Some(0 | 1)), "{stderr}");
    let peak_kb = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    let document: Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    let answers = match &document {
        Value::Array(results) => results
            .iter()
            .map(|r| {
                ["failures", "warnings"]
                    .iter()
                    .map(|k| r[*k].as_array().map_or(0, Vec::len))
                    .sum::<usize>()
            })
            .sum(),
        _ => document["findings"].as_array().map_or(0, Vec::len),
    };
    Run {
        seconds,
        peak_kb,
        answers,
    }
}

/// Reading the plan and parsing it into a `serde_json::Value`: what any
/// JSON tool must pay at least.
fn parse_floor(plan: &Path) -> f64 {
    let start = Instant::now();
    let bytes = std::fs::read(plan).expect("plan is readable");
    let value: Value = serde_json::from_slice(&bytes).expect("plan is JSON");
    let seconds = start.elapsed().as_secs_f64();
    drop(std::hint::black_box(value));
    seconds
}

fn opa_bindings() -> PathBuf {
    std::env::var_os("OPA_BINDINGS").map_or_else(|| PathBuf::from("/tmp/opa/x"), PathBuf::from)
}

fn opa_available() -> bool {
    let found = opa_bindings().join("opa_bindings").is_dir();
    if !found {
        eprintln!("notice: OPA bindings not found at $OPA_BINDINGS; no OPA columns");
    }
    found
}

/// What OPA's one-pass evaluation gave.
enum Opa {
    /// Median seconds and the number of results.
    Ran(f64, usize),
    /// The wheel's strict built-in errors stopped it (Conftest's OPA would
    /// have gone on); the error.
    Stopped(String),
}

/// OPA's one-pass evaluation, from benches/opa_one_pass.py.
fn opa_one_pass(
    root: &Path,
    namespace: &str,
    runs: usize,
    plan: &Path,
    policies: &[PathBuf],
    v0: bool,
) -> Option<Opa> {
    let output = Command::new("python3")
        .arg(root.join("benches/opa_one_pass.py"))
        .args([namespace, &runs.to_string()])
        .arg(plan)
        .args(policies)
        .env("OPA_BINDINGS", opa_bindings())
        .env("REGO_V0", if v0 { "1" } else { "0" })
        .output()
        .ok()?;
    if !output.status.success() {
        eprintln!("OPA: {}", String::from_utf8_lossy(&output.stderr));
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    if let Some(error) = text.strip_prefix("stopped ") {
        return Some(Opa::Stopped(error.trim().to_owned()));
    }
    let mut words = text.split_whitespace();
    Some(Opa::Ran(
        words.next()?.parse().ok()?,
        words.next()?.parse().ok()?,
    ))
}

/// regula's library on its plans: `tfguard test` (whole process) against
/// OPA evaluating `data.main` once (its compile not counted).
fn regula(root: &Path, binary: &Path) {
    let case = root.join("../shared/policy-corpus/fugue__regula");
    let plans = root.join("../shared/plan-corpus");
    let Ok(list) = std::fs::read_to_string(case.join("plans")) else {
        eprintln!("notice: ../shared not found; no regula table");
        return;
    };
    println!();
    println!("| regula plan | tfguard test | OPA one-pass | tfguard / OPA | same answers |");
    println!("|---|---:|---:|---:|---|");
    for plan in list.lines().filter(|l| !l.trim().is_empty()) {
        let path = plans.join(plan);
        let case_arg = case.to_str().unwrap_or_default();
        let run = time(
            binary,
            &[
                "test",
                "--rego-version",
                "v0",
                "-o",
                "json",
                "--no-fail",
                "-p",
                case_arg,
            ],
            &path,
            None,
        );
        let opa = opa_one_pass(root, "main", 3, &path, std::slice::from_ref(&case), true);
        let (opa_time, ratio, same) = match opa {
            Some(Opa::Stopped(error)) => (
                format!(
                    "stops: {}",
                    error
                        .split(": ")
                        .nth(2)
                        .unwrap_or_default()
                        .chars()
                        .take(40)
                        .collect::<String>()
                ),
                "-".to_owned(),
                "-".to_owned(),
            ),
            Some(Opa::Ran(seconds, count)) => (
                format!("{seconds:.2} s"),
                format!("{:.1}x", run.seconds / seconds),
                if count == run.answers {
                    "yes".to_owned()
                } else {
                    format!("NO ({count} vs {})", run.answers)
                },
            ),
            None => ("-".to_owned(), "-".to_owned(), "-".to_owned()),
        };
        let name = plan.rsplit('/').next().unwrap_or(plan);
        println!(
            "| {name} | {:.2} s | {opa_time} | {ratio} | {same} |",
            run.seconds
        );
    }
}

/// Checkov on the same plans, where it is installed.
fn checkov(out_dir: &Path) {
    if Command::new("checkov").arg("--version").output().is_err() {
        eprintln!("notice: checkov not installed; no Checkov row");
        return;
    }
    println!();
    println!("| Checkov | seconds | peak RSS |");
    println!("|---|---:|---:|");
    for size in [1_000, 10_000] {
        let plan = out_dir.join(format!("plan-{size}.json"));
        let start = Instant::now();
        let output = Command::new("/usr/bin/time")
            .args([
                "-f",
                "%M",
                "checkov",
                "--framework",
                "terraform_plan",
                "-o",
                "json",
                "--compact",
                "-f",
            ])
            .arg(&plan)
            .output();
        let seconds = start.elapsed().as_secs_f64();
        let rss: u64 = output
            .ok()
            .and_then(|o| {
                String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .last()?
                    .trim()
                    .parse()
                    .ok()
            })
            .unwrap_or(0);
        println!("| {size} resources | {seconds:.2} s | {} MB |", rss / 1024);
    }
}

fn median(times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
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
