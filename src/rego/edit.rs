//! Text edits computed from the AST. A stage never inserts a line break
//! before the file's last line (it may add lines after it), so every line
//! of the user's text is the rewritten text's line of the same number:
//! regorus's errors, `print()` locations and coverage stay on the user's
//! lines.

/// Replace `start..end` (byte offsets) with `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Edit {
    pub fn insert(at: usize, text: impl Into<String>) -> Self {
        Self {
            start: at,
            end: at,
            text: text.into(),
        }
    }

    pub fn replace(start: usize, end: usize, text: impl Into<String>) -> Self {
        Self {
            start,
            end,
            text: text.into(),
        }
    }
}

/// `text` with `edits` applied. Edits are applied from the end so offsets
/// stay valid; of two overlapping edits the one that starts first wins, so a
/// stage that edits both an expression and something inside it loses only the
/// inner edit (the next round of the stage sees it again).
pub fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by(|a, b| a.start.cmp(&b.start).then(a.end.cmp(&b.end)));
    let mut kept: Vec<Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        match kept.last() {
            Some(last) if edit.start < last.end => {}
            _ => kept.push(edit),
        }
    }
    let mut out = text.to_owned();
    for edit in kept.iter().rev() {
        if edit.start <= edit.end && edit.end <= out.len() {
            out.replace_range(edit.start..edit.end, &edit.text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applies_from_the_end_and_drops_inner_overlaps() {
        let edits = vec![
            Edit::insert(0, "a"),
            Edit::replace(2, 5, "X"),
            Edit::replace(3, 4, "inner"),
            Edit::insert(6, "!"),
        ];
        assert_eq!(apply("012345678", edits), "a01X5!678");
    }
}
