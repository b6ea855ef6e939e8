//! Conftest's `stdout` and `json` outputs, byte for byte (its `output/`).

use super::CheckResult;

/// The Conftest output formats `tfguard test` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Stdout,
    Json,
}

/// aurora's colouring: `\x1b[<code>m<text>\x1b[0m`, or the plain text.
fn paint(text: &str, code: u8, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

const RED: u8 = 31;
const GREEN: u8 = 32;
const YELLOW: u8 = 33;
const CYAN: u8 = 36;
const WHITE: u8 = 37;

pub fn render(results: &[CheckResult], format: OutputFormat, color: bool) -> String {
    match format {
        OutputFormat::Stdout => stdout(results, color),
        OutputFormat::Json => json(results),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn stdout(results: &[CheckResult], color: bool) -> String {
    let mut out = String::new();
    let (mut failures, mut exceptions, mut warnings, mut successes) = (0, 0, 0, 0);
    for result in results {
        let indicator = if result.filename == "-" {
            "-".to_owned()
        } else {
            format!("- {}", result.filename)
        };
        let namespace = if result.namespace == "-" {
            "-".to_owned()
        } else {
            format!("- {} -", result.namespace)
        };
        if result.total() == 0 {
            out.push_str(&format!(
                "{} {indicator} {namespace} no policies found\n",
                paint("?", WHITE, color)
            ));
            continue;
        }
        for (label, code, items) in [
            ("WARN", YELLOW, &result.warnings),
            ("FAIL", RED, &result.failures),
            ("EXCP", CYAN, &result.exceptions),
        ] {
            for item in items {
                out.push_str(&format!(
                    "{} {indicator} {namespace} {}\n",
                    paint(label, code, color),
                    item.msg
                ));
            }
        }
        failures += result.failures.len();
        exceptions += result.exceptions.len();
        warnings += result.warnings.len();
        successes += result.successes;
    }
    let tests = failures + exceptions + warnings + successes;
    let summary = format!(
        "{tests} test{}, {successes} passed, {warnings} warning{}, {failures} failure{}, {exceptions} exception{}",
        plural(tests),
        plural(warnings),
        plural(failures),
        plural(exceptions),
    );
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

/// Go's `json.Marshal` then `json.Indent(.., "", "\t")`: struct fields in
/// order, map keys sorted, and `<`, `>`, `&`, U+2028, U+2029 escaped.
fn json(results: &[CheckResult]) -> String {
    let results: Vec<CheckResult> = results
        .iter()
        .cloned()
        .map(|mut r| {
            if r.filename == "-" {
                r.filename = String::new();
            }
            r
        })
        .collect();
    let mut buffer = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut serializer = serde_json::Serializer::with_formatter(&mut buffer, formatter);
    let _ = serde::Serialize::serialize(&results, &mut serializer);
    let text = String::from_utf8(buffer).unwrap_or_default();
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => escaped.push_str("\\u003c"),
            '>' => escaped.push_str("\\u003e"),
            '&' => escaped.push_str("\\u0026"),
            '\u{2028}' => escaped.push_str("\\u2028"),
            '\u{2029}' => escaped.push_str("\\u2029"),
            c => escaped.push(c),
        }
    }
    escaped.push('\n');
    escaped
}

#[cfg(test)]
mod tests {
    use super::super::TestResult;
    use super::*;

    fn sample() -> Vec<CheckResult> {
        vec![CheckResult {
            filename: "plan.json".into(),
            namespace: "main".into(),
            successes: 2,
            warnings: vec![TestResult {
                msg: "w <b>".into(),
                loc: None,
                metadata: serde_json::Map::new(),
            }],
            failures: vec![TestResult {
                msg: "f".into(),
                loc: None,
                metadata: serde_json::Map::new(),
            }],
            exceptions: Vec::new(),
        }]
    }

    #[test]
    fn stdout_as_conftest_writes_it() {
        assert_eq!(
            render(&sample(), OutputFormat::Stdout, false),
            "WARN - plan.json - main - w <b>\nFAIL - plan.json - main - f\n\n4 tests, 2 passed, 1 warning, 1 failure, 0 exceptions\n"
        );
        assert!(render(&sample(), OutputFormat::Stdout, true).contains("\x1b[31mFAIL\x1b[0m"));
    }

    #[test]
    fn json_as_go_writes_it() {
        assert_eq!(
            render(&sample(), OutputFormat::Json, false),
            "[\n\t{\n\t\t\"filename\": \"plan.json\",\n\t\t\"namespace\": \"main\",\n\t\t\"successes\": 2,\n\t\t\"warnings\": [\n\t\t\t{\n\t\t\t\t\"msg\": \"w \\u003cb\\u003e\"\n\t\t\t}\n\t\t],\n\t\t\"failures\": [\n\t\t\t{\n\t\t\t\t\"msg\": \"f\"\n\t\t\t}\n\t\t]\n\t}\n]\n"
        );
    }
}
