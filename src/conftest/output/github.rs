//! `github`: GitHub Actions workflow commands.

use super::{CheckResult, summary_line};
use crate::conftest::TestResult;

/// GitHub Actions workflow commands, with the rule's `_loc` when it names
/// a line (Conftest's current `github` output).
pub(super) fn github(results: &[CheckResult]) -> String {
    let mut out = String::new();
    for r in results {
        let file = &r.filename;
        out.push_str(&format!(
            "::group::Testing {} against {} policies in namespace {}\n",
            go_quote(file),
            r.total(),
            go_quote(&r.namespace)
        ));
        for (level, items) in [
            ("error", &r.failures),
            ("warning", &r.warnings),
            ("notice", &r.exceptions),
        ] {
            for item in items {
                github_annotation(&mut out, level, file, item);
            }
        }
        out.push_str(&format!(
            "::notice file={file},line=1::Number of successful checks: {}\n",
            r.successes
        ));
        out.push_str("::endgroup::\n");
    }
    out.push_str(&summary_line(results).0);
    out.push('\n');
    out
}

/// A policy location in the tested file replaces line 1; one in another
/// file is reported there and, pointing back, on the tested file.
fn github_annotation(out: &mut String, level: &str, file: &str, item: &TestResult) {
    let msg = &item.msg;
    let Some(loc) = &item.loc else {
        out.push_str(&format!("::{level} file={file},line=1::{msg}\n"));
        return;
    };
    let line = loc.line.as_ref().map(|l| l.to_string()).unwrap_or_default();
    if loc.file == file {
        out.push_str(&format!("::{level} file={file},line={line}::{msg}\n"));
    } else {
        out.push_str(&format!("::{level} file={},line={line}::{msg}\n", loc.file));
        out.push_str(&format!(
            "::{level} file={file},line=1::(ORIGINATING FROM {}:{line}) {msg}\n",
            loc.file
        ));
    }
}

/// Go's `%q` for the plain strings file names and namespaces are.
fn go_quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}
