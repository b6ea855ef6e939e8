//! Conftest's `stdout`, `json`, `tap`, `table`, `junit`, `github` and
//! `azuredevops` outputs, byte for byte, and its `sarif` output value for
//! value (its `output/`).

use super::CheckResult;

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
const CYAN: u8 = 36;
const WHITE: u8 = 37;

/// What `--no-color` and `--suppress-exceptions` change; like Conftest,
/// only the `stdout` output looks at them.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    pub color: bool,
    pub suppress_exceptions: bool,
}

pub fn render(results: &[CheckResult], format: OutputFormat, options: &RenderOptions) -> String {
    match format {
        OutputFormat::Stdout => stdout(results, options),
        OutputFormat::Json => json(results),
        OutputFormat::Tap => tap(results),
        OutputFormat::Table => table(results),
        OutputFormat::Junit => junit(results),
        OutputFormat::Github => github(results),
        OutputFormat::Azuredevops => azuredevops(results),
        OutputFormat::Sarif => sarif(results),
    }
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

fn stdout(results: &[CheckResult], options: &RenderOptions) -> String {
    let color = options.color;
    let no_exceptions = Vec::new();
    let mut out = String::new();
    for result in results {
        let (indicator, namespace) = labels(result);
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

/// One TAP plan per check result; like Conftest, a result with no tests
/// ends the output there.
fn tap(results: &[CheckResult]) -> String {
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

/// tablewriter's default box table: headers upper-cased and centred (odd
/// padding to the right), cells left-aligned; nothing at all when empty.
fn table(results: &[CheckResult]) -> String {
    let mut rows: Vec<[&str; 4]> = Vec::new();
    for r in results {
        let (file, ns) = (r.filename.as_str(), r.namespace.as_str());
        rows.extend((0..r.successes).map(|_| ["success", file, ns, "SUCCESS"]));
        for (label, items) in [
            ("exception", &r.exceptions),
            ("warning", &r.warnings),
            ("failure", &r.failures),
        ] {
            rows.extend(items.iter().map(|i| [label, file, ns, i.msg.as_str()]));
        }
    }
    if rows.is_empty() {
        return String::new();
    }
    let header = ["RESULT", "FILE", "NAMESPACE", "MESSAGE"];
    let width = |c: usize| {
        rows.iter()
            .map(|row| row[c].chars().count())
            .chain([header[c].len()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..4).map(width).collect();
    let rule = |left: &str, mid: &str, right: &str| {
        let cells: Vec<String> = widths.iter().map(|w| "─".repeat(w + 2)).collect();
        format!("{left}{}{right}\n", cells.join(mid))
    };
    let mut out = rule("┌", "┬", "┐");
    let centred: Vec<String> = header
        .iter()
        .zip(&widths)
        .map(|(h, w)| {
            let pad = w - h.len();
            format!(" {}{h}{} ", " ".repeat(pad / 2), " ".repeat(pad - pad / 2))
        })
        .collect();
    out.push_str(&format!("│{}│\n", centred.join("│")));
    out.push_str(&rule("├", "┼", "┤"));
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!(" {cell}{} ", " ".repeat(w - cell.chars().count())))
            .collect();
        out.push_str(&format!("│{}│\n", cells.join("│")));
    }
    out.push_str(&rule("└", "┴", "┘"));
    out
}

/// go-junit-report's XML as Conftest feeds it: one suite per namespace
/// (sorted, where Conftest follows Go's random map order), warnings and
/// failures as failed cases, successes as passed ones, times zero. The
/// `go.version` property names tfguard, since no Go runtime is involved.
fn junit(results: &[CheckResult]) -> String {
    let mut suites: std::collections::BTreeMap<&str, Vec<(String, Option<&str>)>> =
        std::collections::BTreeMap::new();
    for r in results {
        let cases = suites.entry(r.namespace.as_str()).or_default();
        for item in r.warnings.iter().chain(&r.failures) {
            let summary = item.msg.split('\n').next().unwrap_or_default();
            cases.push((format!("{} - {summary}", r.filename), Some(&item.msg)));
        }
        cases.extend((0..r.successes).map(|_| (r.filename.clone(), None)));
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>");
    for (namespace, cases) in &suites {
        let name = xml_escape(&format!("conftest.{namespace}"));
        let failures = cases.iter().filter(|c| c.1.is_some()).count();
        out.push_str(&format!(
            "\n\t<testsuite tests=\"{}\" failures=\"{failures}\" time=\"0.000\" name=\"{name}\">\n\t\t<properties>\n\t\t\t<property name=\"go.version\" value=\"tfguard-{}\"></property>\n\t\t</properties>",
            cases.len(),
            env!("CARGO_PKG_VERSION")
        ));
        for (case, failure) in cases {
            let case = xml_escape(case);
            out.push_str(&format!(
                "\n\t\t<testcase classname=\"{name}\" name=\"{case}\" time=\"0.000\">"
            ));
            if let Some(message) = failure {
                out.push_str(&format!(
                    "\n\t\t\t<failure message=\"Failed\" type=\"\">{}</failure>\n\t\t",
                    xml_escape(message)
                ));
            }
            out.push_str("</testcase>");
        }
        out.push_str("\n\t</testsuite>");
    }
    out.push_str(if suites.is_empty() {
        "</testsuites>\n"
    } else {
        "\n</testsuites>\n"
    });
    out
}

/// Go's `xml.EscapeText`, which `xml.Marshal` uses for attributes and
/// character data alike.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' => out.push_str("&#x9;"),
            '\r' => out.push_str("&#xD;"),
            '\n' => out.push_str("&#xA;"),
            c => out.push(c),
        }
    }
    out
}

/// GitHub Actions workflow commands, with the rule's `_loc` when it names
/// a line (Conftest's current `github` output).
fn github(results: &[CheckResult]) -> String {
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
fn github_annotation(out: &mut String, level: &str, file: &str, item: &super::TestResult) {
    let msg = &item.msg;
    match &item.loc {
        Some(loc) if loc.file != file => {
            let line = loc.line.as_ref().map(|l| l.to_string()).unwrap_or_default();
            out.push_str(&format!("::{level} file={},line={line}::{msg}\n", loc.file));
            out.push_str(&format!(
                "::{level} file={file},line=1::(ORIGINATING FROM {}:{line}) {msg}\n",
                loc.file
            ));
        }
        Some(loc) => {
            let line = loc.line.as_ref().map(|l| l.to_string()).unwrap_or_default();
            out.push_str(&format!("::{level} file={file},line={line}::{msg}\n"));
        }
        None => out.push_str(&format!("::{level} file={file},line=1::{msg}\n")),
    }
}

/// Go's `%q` for the plain strings file names and namespaces are.
fn go_quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// Azure Pipelines logging commands; exceptions are logged as warnings.
fn azuredevops(results: &[CheckResult]) -> String {
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

/// Conftest's SARIF 2.1.0: one rule per `<namespace>/<deny|warn|allow>`
/// (its properties are the first result's metadata), a `success` or `skip`
/// result for a file and namespace with neither failures nor warnings, and
/// one invocation carrying Conftest's exit code. Conftest's own tests
/// compare it as JSON values, and so do ours; key order is serde_json's.
fn sarif(results: &[CheckResult]) -> String {
    use serde_json::{Map, Value, json};
    const SUCCESS: &str = "Policy was satisfied successfully";
    const SKIPPED: &str = "Policy check was skipped";
    let mut rules: Vec<Value> = Vec::new();
    let mut sarif_results: Vec<Value> = Vec::new();
    let mut add = |kind: &str, level: &str, file: &str, item: &super::TestResult, ns: &str| {
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
        let status = super::TestResult {
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

    const PLAIN: RenderOptions = RenderOptions {
        color: false,
        suppress_exceptions: false,
    };
    const COLOUR: RenderOptions = RenderOptions {
        color: true,
        suppress_exceptions: false,
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
            exceptions: Vec::new(),
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
            exceptions: Vec::new(),
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
             ::error file=plan.json,line=1::(ORIGINATING FROM main.tf:7) f\n\
             ::warning file=plan.json,line=1::w <b>\n\
             ::notice file=plan.json,line=1::Number of successful checks: 2\n\
             ::endgroup::\n\
             4 tests, 2 passed, 1 warning, 1 failure, 0 exceptions\n"
        );
    }
}
