//! `github`: GitHub Actions workflow commands.

use std::path::Path;

use super::{CheckResult, summary_line};
use crate::conftest::TestResult;

/// GitHub Actions workflow commands, with the rule's `_loc` when it names
/// a line (Conftest's current `github` output).
///
/// Conftest splices each annotation (file and message included) into a Go
/// format string printed with no arguments, so a `%` in them comes out as
/// Go's fmt writes it (`100%` → `100%!(NOVERB)`); that is reproduced.
pub(super) fn github(results: &[CheckResult], working_dir: Option<&Path>) -> String {
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
                github_annotation(&mut out, level, file, item, working_dir);
            }
        }
        out.push_str(&go_sprintf(&format!("::notice file={file},line=1::")));
        out.push_str(&format!("Number of successful checks: {}\n", r.successes));
        out.push_str("::endgroup::\n");
    }
    out.push_str(&summary_line(results).0);
    out.push('\n');
    out
}

/// A policy location in the tested file replaces line 1; one in another
/// file is reported there and, pointing back, on the tested file.
fn github_annotation(
    out: &mut String,
    level: &str,
    file: &str,
    item: &TestResult,
    working_dir: Option<&Path>,
) {
    let msg = &item.msg;
    let mut annotate = |file: &str, line: &str, msg: &str| {
        out.push_str(&go_sprintf(&format!(
            "::{level} file={file},line={line}::{msg}"
        )));
        out.push('\n');
    };
    let Some(loc) = &item.loc else {
        annotate(file, "1", msg);
        return;
    };
    let line = loc.line.as_ref().map(|l| l.to_string()).unwrap_or_default();
    if loc.file == file {
        annotate(file, &line, msg);
    } else {
        // Conftest makes an absolute path relative to the working folder and
        // prints the location with Go's `%s` of its `Location`: `file Lline`.
        let other = relative(&loc.file, working_dir);
        annotate(&other, &line, msg);
        annotate(
            file,
            "1",
            &format!("(ORIGINATING FROM {other} L{line}) {msg}"),
        );
    }
}

/// Go's `filepath.Rel(cwd, path)` for an absolute path, as Conftest's `relPath`.
fn relative(path: &str, working_dir: Option<&Path>) -> String {
    let absolute = Path::new(path);
    match working_dir {
        Some(dir) if absolute.is_absolute() => pathdiff::diff_paths(absolute, dir)
            .map_or_else(|| path.to_owned(), |p| p.display().to_string()),
        _ => path.to_owned(),
    }
}

/// Go's `%q` for the plain strings file names and namespaces are.
fn go_quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// What Go's `fmt.Sprintf(format)` writes with no arguments: `%%` is `%`,
/// every verb is `%!v(MISSING)`, a trailing `%` is `%!(NOVERB)`, and `*`
/// widths, precisions and `[n]` indexes are reported as Go reports them.
fn go_sprintf(format: &str) -> String {
    let mut out = String::with_capacity(format.len());
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        while chars.next_if(|c| "#0+- ".contains(*c)).is_some() {}
        let mut good_index = !skip_index(&mut chars);
        if chars.next_if_eq(&'*').is_some() {
            out.push_str("%!(BADWIDTH)");
        } else {
            while chars.next_if(char::is_ascii_digit).is_some() {}
        }
        if chars.next_if_eq(&'.').is_some() {
            good_index &= !skip_index(&mut chars);
            if chars.next_if_eq(&'*').is_some() {
                out.push_str("%!(BADPREC)");
            } else {
                while chars.next_if(char::is_ascii_digit).is_some() {}
            }
        }
        good_index &= !skip_index(&mut chars);
        match chars.next() {
            None => out.push_str("%!(NOVERB)"),
            Some('%') => out.push('%'),
            Some(verb) if good_index => out.push_str(&format!("%!{verb}(MISSING)")),
            Some(verb) => out.push_str(&format!("%!{verb}(BADINDEX)")),
        }
    }
    out
}

/// Skips an argument index `[n]` (or an unclosed `[`); with no arguments,
/// any index is a bad one.
fn skip_index(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> bool {
    if chars.next_if_eq(&'[').is_none() {
        return false;
    }
    let mut closed = chars.clone();
    if closed.any(|c| c == ']') {
        *chars = closed;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expectations are what Go's fmt.Sprintf writes for these formats.
    #[test]
    fn percent_signs_as_go_fmt_writes_them() {
        for (format, go) in [
            ("plain", "plain"),
            ("100%", "100%!(NOVERB)"),
            ("50%% off", "50% off"),
            ("%s is open", "%!s(MISSING) is open"),
            ("%-5d|%+.2f", "%!d(MISSING)|%!f(MISSING)"),
            ("%*d", "%!(BADWIDTH)%!d(MISSING)"),
            ("%.*f", "%!(BADPREC)%!f(MISSING)"),
            ("%[1]s", "%!s(BADINDEX)"),
            ("%5%", "%"),
            ("%é", "%!é(MISSING)"),
        ] {
            assert_eq!(go_sprintf(format), go, "{format}");
        }
    }

    #[test]
    fn absolute_locations_become_relative() {
        let dir = Path::new("/repo/infra");
        assert_eq!(relative("/repo/infra/main.tf", Some(dir)), "main.tf");
        assert_eq!(relative("/repo/mod/x.tf", Some(dir)), "../mod/x.tf");
        assert_eq!(relative("main.tf", Some(dir)), "main.tf");
        assert_eq!(relative("/repo/x.tf", None), "/repo/x.tf");
    }
}
