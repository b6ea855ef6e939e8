//! Everything that ends a run with exit 2, and how it is shown: one line
//! `error: ...`, or a miette snippet for Rego errors that have a location.

use std::io;

use miette::{GraphicalReportHandler, GraphicalTheme, NamedSource, SourceOffset};
use tfguard::PolicyError;

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Library(#[from] tfguard::Error),
    #[error(transparent)]
    Settings(#[from] crate::settings::SettingsError),
    #[error("cannot write {0}: {1}")]
    Output(String, io::Error),
}

/// Library errors of every stage convert through [`tfguard::Error`], so `?`
/// works on each.
macro_rules! library_errors {
    ($($error:ty),*) => {$(
        impl From<$error> for Failure {
            fn from(error: $error) -> Self {
                Self::Library(error.into())
            }
        }
    )*};
}

library_errors!(
    tfguard::PlanError,
    tfguard::PolicyError,
    tfguard::EvalError,
    tfguard::approvals::ApprovalsError,
    tfguard::conftest::TestError,
    tfguard::config::ConfigError
);

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
    fn policy_error(&self) -> Option<&PolicyError> {
        match self {
            Self::Library(tfguard::Error::Policy(error)) => Some(error),
            Self::Library(tfguard::Error::Test(tfguard::conftest::TestError::Policy(error))) => {
                Some(error)
            }
            Self::Settings(crate::settings::SettingsError::Policy(error)) => Some(error),
            _ => None,
        }
    }

    pub fn print(&self, color: bool) {
        if let Some(PolicyError::Rego {
            path,
            text,
            line,
            column,
            message,
        }) = self.policy_error()
            && !text.is_empty()
            && *line > 0
        {
            let offset = SourceOffset::from_location(text, *line, (*column).max(1));
            let diagnostic = RegoDiagnostic {
                message: format!("{path}:{line}:{column}: {message}"),
                code: NamedSource::new(path, text.clone()),
                span: (offset.offset(), 1).into(),
            };
            let theme = if color {
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
