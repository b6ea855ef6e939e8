//! Everything that ends a run with exit 2, and how it is shown: one line
//! `error: ...`, or a miette snippet for Rego errors that have a location.

use std::io::{self, IsTerminal};

use miette::{GraphicalReportHandler, GraphicalTheme, NamedSource, SourceOffset};
use tfguard::{EvalError, PlanError, PolicyError};

use crate::settings::use_color;

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error(transparent)]
    Policy(#[from] PolicyError),
    #[error(transparent)]
    Eval(#[from] EvalError),
    #[error(transparent)]
    Settings(#[from] crate::settings::SettingsError),
    #[error(transparent)]
    Approvals(#[from] tfguard::approvals::ApprovalsError),
    #[error(transparent)]
    Test(#[from] tfguard::conftest::TestError),
    #[error(transparent)]
    Ledger(#[from] tfguard::approvals::LedgerError),
    /// An approval that policy does not allow.
    #[error("approval refused: {0}")]
    Refused(String),
    /// A request that names something that does not exist.
    #[error("{0}")]
    NotFound(String),
    #[error("cannot write {0}: {1}")]
    Output(String, io::Error),
}

/// A Rego error with its file, for miette.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{message}")]
#[diagnostic(code(tfguard::policy))]
struct RegoDiagnostic {
    message: String,
    #[source_code]
    code: NamedSource<String>,
    #[label("here")]
    span: miette::SourceSpan,
}

impl Failure {
    pub fn print(&self) {
        if let Failure::Policy(PolicyError::Rego {
            path,
            text,
            line,
            column,
            message,
        }) = self
            && !text.is_empty()
            && *line > 0
        {
            let offset = SourceOffset::from_location(text, *line, (*column).max(1));
            let diagnostic = RegoDiagnostic {
                message: format!("{path}:{line}:{column}: {message}"),
                code: NamedSource::new(path, text.clone()),
                span: (offset.offset(), 1).into(),
            };
            let theme = if use_color(io::stderr().is_terminal(), false) {
                GraphicalTheme::unicode()
            } else {
                GraphicalTheme::unicode_nocolor()
            };
            let mut out = String::new();
            if GraphicalReportHandler::new_themed(theme)
                .render_report(&mut out, &diagnostic)
                .is_ok()
            {
                warn(out.trim_end());
                return;
            }
        }
        warn(&format!("error: {self}"));
    }
}

/// Writes a line to stderr. A closed stderr is not worth a panic: the exit
/// code still tells the caller what happened.
pub fn warn(line: &str) {
    use std::io::Write;
    let _ = writeln!(io::stderr(), "{line}");
}
