//! `tap`: one TAP plan per file and namespace.

use super::{CheckResult, labels};

/// One TAP plan per check result; like Conftest, a result with no tests
/// ends the output there.
pub(super) fn tap(results: &[CheckResult]) -> String {
    let mut out = String::new();
    for result in results {
        let (indicator, namespace) = labels(result);
        if result.total() == 0 {
            break;
        }
        out.push_str(&format!("1..{}\n", result.total()));
        let mut counter = 1;
        let mut line = |out: &mut String, status: &str, msg: &str| {
            out.push_str(&format!(
                "{status} {counter} {indicator} {namespace} {msg}\n"
            ));
            counter += 1;
        };
        for failure in &result.failures {
            line(&mut out, "not ok", &failure.msg);
        }
        for (heading, status, items) in [
            ("# warnings", "not ok", &result.warnings),
            ("# exceptions", "ok", &result.exceptions),
        ] {
            if !items.is_empty() {
                out.push_str(heading);
                out.push('\n');
                for item in items {
                    line(&mut out, status, &item.msg);
                }
            }
        }
        if result.successes > 0 {
            out.push_str("# successes\n");
            for _ in 0..result.successes {
                line(&mut out, "ok", "SUCCESS");
            }
        }
    }
    out
}
