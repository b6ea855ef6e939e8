//! Putting regorus's locations back on the user's text. The front end keeps
//! every line where it was, but an edit can move the columns after it on
//! its line; and regorus's messages quote the rewritten line. This maps a
//! column back by the text the two lines share before and after the edits
//! (exact for one edited region on a line; a column inside an edit goes to
//! its start).

use std::collections::BTreeMap;

/// Each file's text as the user wrote it and as regorus parsed it.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: BTreeMap<String, (String, String)>,
}

/// A regorus error, located on the user's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<'m> {
    /// File, line and column (1-based), when regorus gave them.
    pub at: Option<(String, usize, usize)>,
    /// The message without regorus's excerpt of the rewritten line.
    pub message: &'m str,
}

impl Sources {
    pub(super) fn insert(&mut self, path: &str, user: &str, rewritten: &str) {
        if user != rewritten {
            self.files
                .insert(path.to_owned(), (user.to_owned(), rewritten.to_owned()));
        }
    }

    /// The user's own text of a file the front end rewrote; `None` when it
    /// was left as written.
    pub fn user_text(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(|(user, _)| user.as_str())
    }

    /// The user's column for 1-based `line` and `column` of what regorus
    /// parsed.
    pub fn user_column(&self, path: &str, line: usize, column: usize) -> usize {
        let Some((user, rewritten)) = self.files.get(path) else {
            return column;
        };
        let (Some(user), Some(rewritten)) = (
            user.lines().nth(line.saturating_sub(1)),
            rewritten.lines().nth(line.saturating_sub(1)),
        ) else {
            return column;
        };
        let (user, rewritten): (Vec<char>, Vec<char>) =
            (user.chars().collect(), rewritten.chars().collect());
        let prefix = user
            .iter()
            .zip(&rewritten)
            .take_while(|(a, b)| a == b)
            .count();
        let suffix = user[prefix..]
            .iter()
            .rev()
            .zip(rewritten[prefix..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let at = column.saturating_sub(1);
        if at <= prefix {
            column
        } else if at >= rewritten.len() - suffix {
            at - (rewritten.len() - user.len()) + 1
        } else {
            prefix + 1
        }
    }

    /// A regorus error message (`--> file:line:col`, an excerpt, `error:
    /// message`), on the user's column and without the excerpt.
    pub fn locate<'m>(&self, message: &'m str) -> Located<'m> {
        let lines = message.lines().map(str::trim);
        let at = lines.clone().find_map(|l| {
            let mut parts = l.strip_prefix("--> ")?.rsplitn(3, ':');
            let column: usize = parts.next()?.parse().ok()?;
            let line: usize = parts.next()?.parse().ok()?;
            let path = parts.next()?;
            Some((path.to_owned(), line, self.user_column(path, line, column)))
        });
        let message = lines
            .clone()
            .find_map(|l| l.strip_prefix("error: "))
            .or_else(|| lines.clone().find(|l| !l.is_empty()))
            .unwrap_or(message);
        Located { at, message }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_after_an_edit_move_back() {
        let mut sources = Sources::default();
        sources.insert(
            "p.rego",
            "package p\nx := sprintf(\"%d\", [y])\n",
            "package p\nx := __tfguard_sprintf(\"%d\", [y])\n",
        );
        // Before the edit, inside it, after it.
        assert_eq!(sources.user_column("p.rego", 2, 3), 3);
        assert_eq!(sources.user_column("p.rego", 2, 8), 6);
        assert_eq!(sources.user_column("p.rego", 2, 33), 23);
        assert_eq!(sources.user_column("other.rego", 2, 33), 33);
    }
}
