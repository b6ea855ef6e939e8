//! Writing bytes: stdout, stderr, report files and the GitHub job summary.
//! A reader that closed the pipe (`tfguard check ... | head`) is not an error.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use tfguard::Report;
use tfguard::report::{Format, Reporter, Style};

use crate::errors::Failure;
use crate::settings::OutputSettings;

pub fn print_stdout(bytes: &[u8]) -> Result<ExitCode, Failure> {
    write_stream(&mut io::stdout().lock(), "stdout", bytes)
}

pub fn write_stderr(bytes: &[u8]) -> Result<ExitCode, Failure> {
    write_stream(&mut io::stderr().lock(), "stderr", bytes)
}

fn write_stream(stream: &mut dyn Write, name: &str, bytes: &[u8]) -> Result<ExitCode, Failure> {
    match stream.write_all(bytes).and_then(|()| stream.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Output(name.to_owned(), e)),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// Every report the settings ask for, then the job summary.
pub fn write_reports(report: &Report, output: &OutputSettings) -> Result<(), Failure> {
    for (format, file) in &output.outputs {
        let style = match file {
            // Files never get terminal colours.
            Some(_) => Style {
                color: false,
                ..output.style.clone()
            },
            None => output.style.clone(),
        };
        write_report(report, &*format.reporter(style), file.as_deref())?;
    }
    if let Some(summary) = &output.step_summary {
        append(
            report,
            &*Format::Markdown.reporter(Style::default()),
            summary,
        )?;
    }
    Ok(())
}

/// Writes one report to its file, or to stdout.
pub fn write_report(
    report: &Report,
    reporter: &dyn Reporter,
    file: Option<&Path>,
) -> Result<(), Failure> {
    let Some(path) = file else {
        // Stdout is line-buffered: unbuffered, a pretty JSON report of 4k
        // findings was one write(2) per line, 16% of a 10k-resource run.
        let mut stdout = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        return match reporter
            .report(report, &mut stdout)
            .and_then(|()| stdout.flush())
        {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Failure::Output("stdout".to_owned(), e)),
            Ok(()) => Ok(()),
        };
    };
    let failed = |e| Failure::Output(path.display().to_string(), e);
    let mut out = io::BufWriter::new(std::fs::File::create(path).map_err(failed)?);
    reporter.report(report, &mut out).map_err(failed)?;
    out.flush().map_err(failed)
}

/// The GitHub job summary: appended, as Actions expects.
fn append(report: &Report, reporter: &dyn Reporter, path: &Path) -> Result<(), Failure> {
    let failed = |e| Failure::Output(path.display().to_string(), e);
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(failed)?;
    reporter.report(report, &mut file).map_err(failed)
}
