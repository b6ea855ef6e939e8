//! Terminal output: one miette diagnostic per finding, then a summary.
//!
//! miette lives only here: findings stay plain data and this file adapts
//! them into diagnostics for rendering.

use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteSpanContents,
    NamedSource, SourceCode, SpanContents,
};

use super::{Reporter, Style, counts_line, set_line, terminal_sections};
use crate::check::Report;
use crate::finding::{Finding, Outcome, display_path};
use crate::plan::Plan;
use crate::source::SourceMap;

/// The default reporter.
pub struct HumanReporter {
    handler: GraphicalReportHandler,
    style: Style,
}

impl HumanReporter {
    pub fn new(style: Style) -> Self {
        let theme = if style.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let mut handler = GraphicalReportHandler::new_themed(theme)
            .with_context_lines(2)
            .with_links(false)
            // The source name carries the real location.
            .without_primary_span_start();
        if let Some(width) = style.width {
            handler = handler.with_width(width);
        }
        Self { handler, style }
    }
}

impl Reporter for HumanReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let plans: HashMap<&str, &Plan> =
            report.plans.iter().map(|p| (p.name.as_str(), p)).collect();
        let render = |finding: &Finding, out: &mut dyn Write| -> io::Result<()> {
            let mut diagnostic = FindingDiagnostic::new(finding, &plans);
            if let Some(sources) = &report.sources {
                diagnostic.quote_source(finding, sources);
            }
            let mut rendered = String::new();
            self.handler
                .render_report(&mut rendered, &diagnostic)
                .map_err(io::Error::other)?;
            writeln!(out, "{rendered}")
        };
        let shown = report.findings.iter().filter(|f| self.style.shows(f));
        for (heading, findings) in terminal_sections(shown, self.style.group_by) {
            if let Some(heading) = heading {
                writeln!(out, "{heading}\n")?;
            }
            for finding in findings {
                render(finding, out)?;
            }
        }
        for problem in &report.approval_problems {
            writeln!(out, "warning: {}", problem.message)?;
        }
        for set in report
            .policy_sets
            .iter()
            .filter(|s| s.failing > 0 || s.acknowledged > 0)
        {
            writeln!(out, "{}", set_line(set))?;
        }
        for plan in report.plan_summaries.iter().filter(|p| p.errored) {
            writeln!(
                out,
                "note: {}: Terraform reported errors while planning; only what the plan contains was checked",
                plan.file
            )?;
        }
        writeln!(out, "{}", counts_line(&report.summary))
    }
}

/// A finding seen through miette's eyes.
struct FindingDiagnostic {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    url: Option<String>,
    source: Option<Numbered>,
    label: Option<LabeledSpan>,
}

/// Quoted text whose first line is line `first_line + 1` of its file.
struct Numbered {
    source: NamedSource<String>,
    first_line: usize,
}

impl SourceCode for Numbered {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, miette::MietteError> {
        let inner = self
            .source
            .read_span(span, context_lines_before, context_lines_after)?;
        let mut contents = MietteSpanContents::new_named(
            inner.name().unwrap_or_default().to_owned(),
            inner.data(),
            *inner.span(),
            inner.line() + self.first_line,
            inner.column(),
            inner.line_count(),
        );
        if let Some(language) = inner.language() {
            contents = contents.with_language(language);
        }
        Ok(Box::new(contents))
    }
}

impl FindingDiagnostic {
    fn new(finding: &Finding, plans: &HashMap<&str, &Plan>) -> Self {
        let mut diagnostic = Self {
            message: finding.message.clone(),
            code: format!(
                "{} {} ({})",
                finding.outcome().marker(),
                finding.code,
                finding.severity
            ),
            severity: match finding.outcome() {
                Outcome::Fail => miette::Severity::Error,
                Outcome::Advisory | Outcome::Warn => miette::Severity::Warning,
                Outcome::Unknown
                | Outcome::Ignored
                | Outcome::Acknowledged
                | Outcome::Baselined => miette::Severity::Advice,
            },
            help: Some(help_text(finding)),
            url: finding.help_uri.as_deref().map(str::to_owned),
            source: None,
            label: None,
        };
        let Some(location) = &finding.plan_location else {
            return diagnostic;
        };
        let resource = plans.get(location.file.as_str()).and_then(|plan| {
            let change = plan.resource(finding.address.as_deref()?)?;
            Some((plan, change))
        });
        if let Some((plan, change)) = resource {
            let excerpt = plan.excerpt(change, &finding.attribute);
            let label_text = if excerpt.attribute_found {
                display_path(&finding.attribute)
            } else {
                change.address.clone()
            };
            // A pretty-printed plan: number the excerpt so that the labelled
            // line shows its line in the plan. A one-line plan has no lines
            // to show, so the excerpt says it is one.
            let labelled_line = excerpt.text[..excerpt.label.start].matches('\n').count();
            let (name, first_line) = if plan.is_one_line() {
                (
                    format!(
                        "{}:{}:{} (one-line plan; excerpt reformatted)",
                        location.file, location.line, location.column
                    ),
                    0,
                )
            } else {
                (
                    format!("{}:{}:{}", location.file, location.line, location.column),
                    location.line.saturating_sub(1 + labelled_line),
                )
            };
            diagnostic.label = Some(LabeledSpan::new_primary_with_span(
                Some(label_text),
                excerpt.label,
            ));
            diagnostic.source = Some(Numbered {
                source: NamedSource::new(name, excerpt.text).with_language("json"),
                first_line,
            });
        }
        diagnostic
    }

    /// Quotes the `.tf` block or attribute instead of the plan excerpt when
    /// the configuration is known: that is the line the author wrote.
    fn quote_source(&mut self, finding: &Finding, sources: &SourceMap) {
        let Some(location) = &finding.source_location else {
            return;
        };
        let Some(text) = sources.file_text(&location.file) else {
            return;
        };
        let label = if finding.attribute.is_empty() {
            finding.address.clone().unwrap_or_default()
        } else {
            display_path(&finding.attribute)
        };
        let name = format!("{}:{}:{}", location.file, location.line, location.column);
        // Label the first line only: a whole block would bury the point.
        let first_line_end = text[location.start..]
            .find('\n')
            .map_or(location.end, |n| (location.start + n).min(location.end));
        self.label = Some(LabeledSpan::new_primary_with_span(
            Some(label),
            location.start..first_line_end.max(location.start + 1),
        ));
        self.source = Some(Numbered {
            source: NamedSource::new(name, text.to_owned()).with_language("hcl"),
            first_line: 0,
        });
    }
}

fn help_text(finding: &Finding) -> String {
    let mut parts = Vec::new();
    if let Some(title) = &finding.title {
        parts.push(title.to_string());
    }
    if let Some(description) = &finding.description {
        parts.push(description.to_string());
    }
    if let Some(address) = &finding.address {
        parts.push(format!("resource: {address}"));
    }
    if !finding.owners.is_empty() {
        parts.push(format!("owners: {}", finding.owners.join(", ")));
    }
    if let Some(suppression) = &finding.suppression {
        let until = |expires: &Option<String>| {
            expires
                .as_deref()
                .map(|d| format!(" until {d}"))
                .unwrap_or_default()
        };
        if suppression.approvals.is_empty() {
            parts.push(format!(
                "ignored{} by {}:{}: {}",
                until(&suppression.expires),
                suppression.file,
                suppression.line,
                suppression.reason
            ));
        }
        for approval in &suppression.approvals {
            parts.push(format!(
                "acknowledged by {} at {}{}{}: {}",
                approval.user,
                approval.time,
                until(&approval.expires),
                if approval.signed { " (signed)" } else { "" },
                approval.reason
            ));
        }
    }
    if let Some(source) = &finding.source_location {
        if let Some(value_from) = &source.value_from {
            parts.push(value_from.clone());
        }
        for call in &source.module_calls {
            parts.push(format!(
                "in module call `{}` at {}:{}",
                call.name, call.file, call.line
            ));
        }
        if let Some(plan) = &finding.plan_location {
            parts.push(format!("plan: {}:{}:{}", plan.file, plan.line, plan.column));
        }
    }
    parts.push(format!(
        "policy: {}:{}",
        finding.policy.file, finding.policy.line
    ));
    parts.join("\n")
}

impl fmt::Debug for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn url<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.url
            .as_ref()
            .map(|u| Box::new(u) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.label
            .clone()
            .map(|l| Box::new(std::iter::once(l)) as Box<dyn Iterator<Item = LabeledSpan>>)
    }
}
