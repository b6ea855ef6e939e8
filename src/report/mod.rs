//! Reporters: one per output format, all reading the same [`Report`].
//!
//! A reporter only renders: it never evaluates, filters or changes findings.

mod human;
mod json;

use std::io::{self, Write};

pub use human::HumanReporter;
pub use json::JsonReporter;

use crate::check::Report;

/// Renders a report in one format.
pub trait Reporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
}

/// The formats `-o/--output` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics with a labelled plan excerpt, then a summary line.
    Human,
    /// The stable JSON document described in docs/json-output.md.
    Json,
}

/// How reporters should look; resolved from flags and the terminal once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    pub color: bool,
    /// Terminal width for wrapping, when known.
    pub width: Option<usize>,
}

impl Format {
    pub fn reporter(self, style: Style) -> Box<dyn Reporter> {
        match self {
            Self::Human => Box::new(HumanReporter::new(style)),
            Self::Json => Box::new(JsonReporter),
        }
    }
}

/// `1 failure`, `2 failures`.
pub(crate) fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}
