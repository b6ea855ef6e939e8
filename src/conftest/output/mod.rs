//! Conftest's `stdout`, `json`, `tap`, `table`, `junit`, `github` and
//! `azuredevops` outputs, byte for byte, and its `sarif` output value for
//! value (its `output/`).

use super::CheckResult;

mod azuredevops;
mod github;
mod json;
mod junit;
mod sarif;
mod stdout;
mod table;
mod tap;

/// The Conftest output formats `tfguard test` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Stdout,
    Json,
    Tap,
    Table,
    Junit,
    Github,
    Azuredevops,
    Sarif,
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
const BLUE: u8 = 34;
const CYAN: u8 = 36;

/// What `--no-color` and `--suppress-exceptions` change (like Conftest,
/// only the `stdout` output looks at them), and the folder `github` makes
/// absolute `_loc` files relative to.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub color: bool,
    pub suppress_exceptions: bool,
    pub working_dir: Option<std::path::PathBuf>,
}

pub fn render(results: &[CheckResult], format: OutputFormat, options: &RenderOptions) -> String {
    match format {
        OutputFormat::Stdout => stdout::stdout(results, options),
        OutputFormat::Json => json::json(results),
        OutputFormat::Tap => tap::tap(results),
        OutputFormat::Table => table::table(results),
        OutputFormat::Junit => junit::junit(results),
        OutputFormat::Github => github::github(results, options.working_dir.as_deref()),
        OutputFormat::Azuredevops => azuredevops::azuredevops(results),
        OutputFormat::Sarif => sarif::sarif(results),
    }
}

/// `--trace`: each query's `file: F | query: Q` header (green when it passed)
/// and its `TRAC` lines, which Conftest writes to stderr before the output.
/// With `--quiet`, only queries that failed are traced.
pub fn render_trace(results: &[CheckResult], color: bool, quiet: bool) -> String {
    let mut out = String::new();
    for result in results {
        for query in result.queries.iter().filter(|q| !(quiet && q.passed)) {
            let header = format!("file: {} | query: {}", result.filename, query.query);
            let code = if query.passed { GREEN } else { RED };
            out.push_str(&paint(&header, code, color));
            out.push('\n');
            for line in &query.traces {
                out.push_str(&format!("{}  {line}\n", paint("TRAC ", BLUE, color)));
            }
        }
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The `N tests, N passed, ...` line Atlantis parses, shared by several outputs.
fn summary_line(results: &[CheckResult]) -> (String, [usize; 3]) {
    let failures: usize = results.iter().map(|r| r.failures.len()).sum();
    let exceptions: usize = results.iter().map(|r| r.exceptions.len()).sum();
    let warnings: usize = results.iter().map(|r| r.warnings.len()).sum();
    let successes: usize = results.iter().map(|r| r.successes).sum();
    let tests = failures + exceptions + warnings + successes;
    let line = format!(
        "{tests} test{}, {successes} passed, {warnings} warning{}, {failures} failure{}, {exceptions} exception{}",
        plural(tests),
        plural(warnings),
        plural(failures),
        plural(exceptions),
    );
    (line, [failures, warnings, exceptions])
}

/// `- file` and `- namespace -`, or `-` for stdin, as stdout and tap print them.
fn labels(result: &CheckResult) -> (String, String) {
    let file = if result.filename == "-" {
        "-".to_owned()
    } else {
        format!("- {}", result.filename)
    };
    let namespace = if result.namespace == "-" {
        "-".to_owned()
    } else {
        format!("- {} -", result.namespace)
    };
    (file, namespace)
}

#[cfg(test)]
mod tests {
    use super::super::{QueryResult, TestResult};
    use super::*;

    const PLAIN: RenderOptions = RenderOptions {
        color: false,
        suppress_exceptions: false,
        working_dir: None,
    };
    const COLOUR: RenderOptions = RenderOptions {
        color: true,
        suppress_exceptions: false,
        working_dir: None,
    };

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
            ..CheckResult::default()
        }]
    }

    #[test]
    fn stdout_as_conftest_writes_it() {
        assert_eq!(
            render(&sample(), OutputFormat::Stdout, &PLAIN),
            "WARN - plan.json - main - w <b>\nFAIL - plan.json - main - f\n\n4 tests, 2 passed, 1 warning, 1 failure, 0 exceptions\n"
        );
        assert!(render(&sample(), OutputFormat::Stdout, &COLOUR).contains("\x1b[31mFAIL\x1b[0m"));
    }

    fn printed_and_traced() -> Vec<CheckResult> {
        let query = |query: &str, passed: bool, outputs: &[&str], traces: &[&str]| QueryResult {
            query: query.into(),
            passed,
            outputs: outputs.iter().map(|s| s.to_string()).collect(),
            traces: traces.iter().map(|s| s.to_string()).collect(),
        };
        let mut results = sample();
        results[0].queries = vec![
            query("data.main.exception[_][_] == \"deny\"", true, &[], &["= 0"]),
            query(
                "data.main.deny",
                false,
                &["policy/main.rego:5: checking a"],
                &[
                    "policy/main.rego:5: print(\"checking\", rc.address)",
                    "= [\"f\"]",
                ],
            ),
        ];
        results
    }

    /// Conftest's `outputPrints`: `PRNT` and two spaces before each output,
    /// which its print hook ends with a newline of its own.
    #[test]
    fn stdout_prints_come_first() {
        let out = render(&printed_and_traced(), OutputFormat::Stdout, &PLAIN);
        assert!(
            out.starts_with("PRNT   policy/main.rego:5: checking a\n\nWARN - plan.json"),
            "{out}"
        );
        assert!(
            render(&printed_and_traced(), OutputFormat::Stdout, &COLOUR)
                .starts_with("\x1b[34mPRNT \x1b[0m  policy/main.rego:5")
        );
        assert!(!render(&printed_and_traced(), OutputFormat::Json, &PLAIN).contains("PRNT"));
    }

    #[test]
    fn trace_as_conftest_writes_it() {
        let trace = render_trace(&printed_and_traced(), false, false);
        assert_eq!(
            trace,
            "file: plan.json | query: data.main.exception[_][_] == \"deny\"\n\
             TRAC   = 0\n\
             file: plan.json | query: data.main.deny\n\
             TRAC   policy/main.rego:5: print(\"checking\", rc.address)\n\
             TRAC   = [\"f\"]\n"
        );
        // Green for a query that passed, red for one that did not.
        let coloured = render_trace(&printed_and_traced(), true, false);
        assert!(coloured.starts_with("\x1b[32mfile: plan.json"));
        assert!(coloured.contains("\x1b[31mfile: plan.json | query: data.main.deny"));
        // --quiet traces only the queries that failed.
        let quiet = render_trace(&printed_and_traced(), false, true);
        assert!(
            quiet.starts_with("file: plan.json | query: data.main.deny\n"),
            "{quiet}"
        );
    }

    #[test]
    fn json_as_go_writes_it() {
        assert_eq!(
            render(&sample(), OutputFormat::Json, &PLAIN),
            "[\n\t{\n\t\t\"filename\": \"plan.json\",\n\t\t\"namespace\": \"main\",\n\t\t\"successes\": 2,\n\t\t\"warnings\": [\n\t\t\t{\n\t\t\t\t\"msg\": \"w \\u003cb\\u003e\"\n\t\t\t}\n\t\t],\n\t\t\"failures\": [\n\t\t\t{\n\t\t\t\t\"msg\": \"f\"\n\t\t\t}\n\t\t]\n\t}\n]\n"
        );
    }

    fn one(warning: &str, failure: &str) -> Vec<CheckResult> {
        let item = |msg: &str| TestResult {
            msg: msg.into(),
            loc: None,
            metadata: serde_json::Map::new(),
        };
        vec![CheckResult {
            filename: "examples/kubernetes/service.yaml".into(),
            namespace: "namespace".into(),
            successes: 0,
            warnings: vec![item(warning)],
            failures: vec![item(failure)],
            ..CheckResult::default()
        }]
    }

    /// Conftest's own `table_test.go` expectation (minus its skipped row).
    #[test]
    fn table_as_tablewriter_draws_it() {
        let expected = [
            "┌─────────┬──────────────────────────────────┬───────────┬───────────────┐",
            "│ RESULT  │               FILE               │ NAMESPACE │    MESSAGE    │",
            "├─────────┼──────────────────────────────────┼───────────┼───────────────┤",
            "│ warning │ examples/kubernetes/service.yaml │ namespace │ first warning │",
            "│ failure │ examples/kubernetes/service.yaml │ namespace │ first failure │",
            "└─────────┴──────────────────────────────────┴───────────┴───────────────┘",
            "",
        ]
        .join("\n");
        let results = one("first warning", "first failure");
        assert_eq!(render(&results, OutputFormat::Table, &PLAIN), expected);
        assert_eq!(render(&[], OutputFormat::Table, &PLAIN), "");
    }

    /// Conftest's own `azuredevops_test.go` expectation.
    #[test]
    fn azuredevops_as_conftest_writes_it() {
        let expected = [
            "##[section]Testing 'examples/kubernetes/service.yaml' against 2 policies in namespace 'namespace'",
            "##[group]See conftest results",
            "##vso[task.logissue type=error] file=examples/kubernetes/service.yaml --> first failure",
            "##vso[task.logissue type=warning] file=examples/kubernetes/service.yaml --> first warning",
            "##[endgroup]",
            "2 tests, 0 passed, 1 warning, 1 failure, 0 exceptions",
            "",
        ]
        .join("\n");
        let results = one("first warning", "first failure");
        assert_eq!(
            render(&results, OutputFormat::Azuredevops, &PLAIN),
            expected
        );
    }

    #[test]
    fn junit_as_go_junit_report_writes_it() {
        let mut results = sample();
        results[0].failures[0].msg = "f \"x\"\nmore".into();
        assert_eq!(
            render(&results, OutputFormat::Junit, &PLAIN),
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n\
                 \t<testsuite tests=\"4\" failures=\"2\" time=\"0.000\" name=\"conftest.main\">\n\
                 \t\t<properties>\n\
                 \t\t\t<property name=\"go.version\" value=\"tfguard-{}\"></property>\n\
                 \t\t</properties>\n\
                 \t\t<testcase classname=\"conftest.main\" name=\"plan.json - w &lt;b&gt;\" time=\"0.000\">\n\
                 \t\t\t<failure message=\"Failed\" type=\"\">w &lt;b&gt;</failure>\n\
                 \t\t</testcase>\n\
                 \t\t<testcase classname=\"conftest.main\" name=\"plan.json - f &#34;x&#34;\" time=\"0.000\">\n\
                 \t\t\t<failure message=\"Failed\" type=\"\">f &#34;x&#34;&#xA;more</failure>\n\
                 \t\t</testcase>\n\
                 \t\t<testcase classname=\"conftest.main\" name=\"plan.json\" time=\"0.000\"></testcase>\n\
                 \t\t<testcase classname=\"conftest.main\" name=\"plan.json\" time=\"0.000\"></testcase>\n\
                 \t</testsuite>\n</testsuites>\n",
                env!("CARGO_PKG_VERSION")
            )
        );
        assert_eq!(
            render(&[], OutputFormat::Junit, &PLAIN),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites></testsuites>\n"
        );
    }

    /// Conftest's `sarif_test.go` "single exception" case, value for value.
    #[test]
    fn sarif_as_conftest_builds_it() {
        let mut metadata = serde_json::Map::new();
        metadata.insert("description".into(), "test exception description".into());
        let results = vec![CheckResult {
            filename: "test.yaml".into(),
            namespace: "main".into(),
            successes: 0,
            warnings: Vec::new(),
            failures: Vec::new(),
            exceptions: vec![TestResult {
                msg: "test exception".into(),
                loc: None,
                metadata,
            }],
            ..CheckResult::default()
        }];
        let got: serde_json::Value =
            serde_json::from_str(&render(&results, OutputFormat::Sarif, &PLAIN)).unwrap();
        let location =
            serde_json::json!([{"physicalLocation": {"artifactLocation": {"uri": "test.yaml"}}}]);
        let want = serde_json::json!({
            "version": "2.1.0",
            "$schema": "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json",
            "runs": [{
                "tool": {"driver": {
                    "informationUri": "https://github.com/open-policy-agent/conftest",
                    "name": "conftest",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": [
                        {"id": "main/allow", "shortDescription": {"text": "Policy exception"},
                         "properties": {"description": "test exception description"}},
                        {"id": "main/success", "shortDescription": {"text": "Policy was satisfied successfully"},
                         "properties": {"description": "Policy was satisfied successfully"}},
                    ],
                }},
                "invocations": [{"executionSuccessful": true, "exitCode": 0,
                                 "exitCodeDescription": "No policy violations found"}],
                "results": [
                    {"ruleId": "main/allow", "ruleIndex": 0, "level": "note",
                     "message": {"text": "test exception"}, "locations": location},
                    {"ruleId": "main/success", "ruleIndex": 1, "level": "none",
                     "message": {"text": "Policy was satisfied successfully"}, "locations": location},
                ],
            }],
        });
        assert_eq!(got, want);
    }

    #[test]
    fn tap_numbers_failures_then_warnings_then_successes() {
        assert_eq!(
            render(&sample(), OutputFormat::Tap, &PLAIN),
            "1..4\nnot ok 1 - plan.json - main - f\n# warnings\nnot ok 2 - plan.json - main - w <b>\n# successes\nok 3 - plan.json - main - SUCCESS\nok 4 - plan.json - main - SUCCESS\n"
        );
    }

    #[test]
    fn github_annotates_line_one_or_the_policy_location() {
        let mut results = sample();
        results[0].failures[0].loc = Some(crate::conftest::ResultLocation {
            file: "main.tf".into(),
            line: Some(7.into()),
        });
        assert_eq!(
            render(&results, OutputFormat::Github, &PLAIN),
            "::group::Testing \"plan.json\" against 4 policies in namespace \"main\"\n\
             ::error file=main.tf,line=7::f\n\
             ::error file=plan.json,line=1::(ORIGINATING FROM main.tf L7) f\n\
             ::warning file=plan.json,line=1::w <b>\n\
             ::notice file=plan.json,line=1::Number of successful checks: 2\n\
             ::endgroup::\n\
             4 tests, 2 passed, 1 warning, 1 failure, 0 exceptions\n"
        );
    }
}
