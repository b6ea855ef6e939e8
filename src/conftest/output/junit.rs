//! `junit`: go-junit-report's XML, as Conftest builds it.

use super::CheckResult;

/// go-junit-report's XML as Conftest feeds it: one suite per namespace
/// (sorted, where Conftest follows Go's random map order), warnings and
/// failures as failed cases, successes as passed ones, times zero. The
/// `go.version` property names tfguard, since no Go runtime is involved.
pub(super) fn junit(results: &[CheckResult]) -> String {
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
