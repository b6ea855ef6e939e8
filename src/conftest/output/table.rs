//! `table`: tablewriter's box table.

use super::CheckResult;

/// tablewriter's default box table: headers upper-cased and centred (odd
/// padding to the right), cells left-aligned; nothing at all when empty.
pub(super) fn table(results: &[CheckResult]) -> String {
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
