//! `azuredevops`: Azure Pipelines logging commands.

use super::{CheckResult, summary_line};

/// Azure Pipelines logging commands; exceptions are logged as warnings.
pub(super) fn azuredevops(results: &[CheckResult]) -> String {
    let mut out = String::new();
    for r in results {
        let file = &r.filename;
        out.push_str(&format!(
            "##[section]Testing '{file}' against {} policies in namespace '{}'\n##[group]See conftest results\n",
            r.total(),
            r.namespace
        ));
        for (kind, items) in [
            ("error", &r.failures),
            ("warning", &r.warnings),
            ("warning", &r.exceptions),
        ] {
            for item in items {
                out.push_str(&format!(
                    "##vso[task.logissue type={kind}] file={file} --> {}\n",
                    item.msg
                ));
            }
        }
        if r.successes > 0 {
            out.push_str(&format!("success file={file} {}\n", r.successes));
        }
        out.push_str("##[endgroup]\n");
    }
    out.push_str(&summary_line(results).0);
    out.push('\n');
    out
}
