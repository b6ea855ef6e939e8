//! `stdout`: `print()` output as `PRNT` lines, `WARN|FAIL|EXCP - file - ns - msg`
//! lines and the summary Atlantis parses.

use super::{
    BLUE, CYAN, CheckResult, GREEN, RED, RenderOptions, YELLOW, labels, paint, summary_line,
};

pub(super) fn stdout(results: &[CheckResult], options: &RenderOptions) -> String {
    let color = options.color;
    let no_exceptions = Vec::new();
    let mut out = String::new();
    // Conftest's print hook ends each output with a newline and the line is
    // printed with another, so each is followed by an empty line.
    for query in results.iter().flat_map(|r| &r.queries) {
        for output in &query.outputs {
            out.push_str(&format!("{}  {output}\n\n", paint("PRNT ", BLUE, color)));
        }
    }
    for result in results {
        let (indicator, namespace) = labels(result);
        for (label, code, items) in [
            ("WARN", YELLOW, &result.warnings),
            ("FAIL", RED, &result.failures),
            (
                "EXCP",
                CYAN,
                if options.suppress_exceptions {
                    &no_exceptions
                } else {
                    &result.exceptions
                },
            ),
        ] {
            for item in items {
                out.push_str(&format!(
                    "{} {indicator} {namespace} {}\n",
                    paint(label, code, color),
                    item.msg
                ));
            }
        }
    }
    let (summary, [failures, warnings, exceptions]) = summary_line(results);
    let code = if failures > 0 {
        RED
    } else if warnings > 0 {
        YELLOW
    } else if exceptions > 0 {
        CYAN
    } else {
        GREEN
    };
    out.push('\n');
    out.push_str(&paint(&summary, code, color));
    out.push('\n');
    out
}
