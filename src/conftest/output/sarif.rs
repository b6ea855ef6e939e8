//! `sarif`: Conftest's SARIF 2.1.0 report.

use super::CheckResult;
use crate::conftest::TestResult;

/// Conftest's SARIF 2.1.0: one rule per `<namespace>/<deny|warn|allow>`
/// (its properties are the first result's metadata), a `success` or `skip`
/// result for a file and namespace with neither failures nor warnings, and
/// one invocation carrying Conftest's exit code. Conftest's own tests
/// compare it as JSON values, and so do ours; key order is serde_json's.
pub(super) fn sarif(results: &[CheckResult]) -> String {
    use serde_json::{Map, Value, json};
    const SUCCESS: &str = "Policy was satisfied successfully";
    const SKIPPED: &str = "Policy check was skipped";
    let mut rules: Vec<Value> = Vec::new();
    let mut sarif_results: Vec<Value> = Vec::new();
    let mut add = |kind: &str, level: &str, file: &str, item: &TestResult, ns: &str| {
        let id = format!("{ns}/{kind}");
        let index = match rules.iter().position(|r| r["id"] == id.as_str()) {
            Some(index) => index,
            None => {
                let text = match kind {
                    "success" => SUCCESS,
                    "skip" => SKIPPED,
                    "allow" => "Policy exception",
                    "warn" => "Policy warning",
                    _ => "Policy violation",
                };
                let mut rule = json!({"id": id, "shortDescription": {"text": text}});
                if !item.metadata.is_empty() {
                    rule["properties"] = Value::Object(item.metadata.clone());
                }
                rules.push(rule);
                rules.len() - 1
            }
        };
        let mut physical = Map::new();
        match &item.loc {
            Some(loc) => {
                physical.insert(
                    "artifactLocation".into(),
                    json!({"uri": loc.file.replace('\\', "/")}),
                );
                let line = loc.line.as_ref().and_then(|l| l.as_i64()).unwrap_or(0);
                physical.insert("region".into(), json!({"startLine": line, "endLine": line}));
            }
            None => {
                physical.insert(
                    "artifactLocation".into(),
                    json!({"uri": file.replace('\\', "/")}),
                );
            }
        }
        sarif_results.push(json!({
            "ruleId": id,
            "ruleIndex": index,
            "level": level,
            "message": {"text": item.msg},
            "locations": [{"physicalLocation": physical}],
        }));
    };
    for r in results {
        let (file, ns) = (r.filename.as_str(), r.namespace.as_str());
        for item in &r.failures {
            add("deny", "error", file, item, ns);
        }
        for item in &r.warnings {
            add("warn", "warning", file, item, ns);
        }
        for item in &r.exceptions {
            add("allow", "note", file, item, ns);
        }
        if !r.failures.is_empty() || !r.warnings.is_empty() {
            continue;
        }
        let (kind, text) = if r.successes > 0 || !r.exceptions.is_empty() {
            ("success", SUCCESS)
        } else {
            ("skip", SKIPPED)
        };
        let mut metadata = Map::new();
        metadata.insert("description".into(), Value::from(text));
        let status = TestResult {
            msg: text.to_owned(),
            loc: None,
            metadata,
        };
        add(kind, "none", file, &status, ns);
    }
    let failed = results.iter().any(|r| !r.failures.is_empty());
    let warned = results.iter().any(|r| !r.warnings.is_empty());
    let exit_description = if failed {
        "Policy violations found"
    } else if warned {
        "Policy warnings found"
    } else {
        "No policy violations found"
    };
    let report = json!({
        "version": "2.1.0",
        "$schema": "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json",
        "runs": [{
            "tool": {"driver": {
                "name": "conftest",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/open-policy-agent/conftest",
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": true,
                "exitCode": i32::from(failed),
                "exitCodeDescription": exit_description,
            }],
            "results": sarif_results,
        }],
    });
    serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
}
