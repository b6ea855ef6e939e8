//! GitHub's CODEOWNERS: which people or teams own which files.
//!
//! GitHub's rules, not a general gitignore: the first of `.github/`, the
//! root and `docs/` that has the file is used; the last matching pattern
//! wins (a pattern with no owners leaves its files unowned); `#` starts a
//! comment; `!` negation and `[ ]` ranges are not supported, so GitHub
//! skips those lines and so do we, with a note.

use std::path::Path;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// Where GitHub looks, in its order.
const LOCATIONS: [&str; 3] = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

#[derive(Debug, Clone)]
pub struct CodeOwners {
    /// The file, relative to the repository root, for notes.
    pub file: String,
    entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
struct Entry {
    matcher: GlobSet,
    owners: Vec<String>,
}

impl CodeOwners {
    /// The repository's CODEOWNERS, if it has one, with notes about lines
    /// skipped or a file that cannot be read.
    pub fn find(root: &Path) -> (Option<Self>, Vec<String>) {
        for location in LOCATIONS {
            let path = root.join(location);
            if !path.is_file() {
                continue;
            }
            return match std::fs::read_to_string(&path) {
                Ok(text) => {
                    let (parsed, notes) = Self::parse(&text, location);
                    (Some(parsed), notes)
                }
                Err(e) => (None, vec![format!("{location}: cannot read: {e}")]),
            };
        }
        (None, Vec::new())
    }

    pub fn parse(text: &str, file: &str) -> (Self, Vec<String>) {
        let mut entries = Vec::new();
        let mut notes = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut tokens = line.split_whitespace();
            let Some(pattern) = tokens.next() else {
                continue;
            };
            let owners: Vec<String> = tokens
                .take_while(|t| !t.starts_with('#'))
                .map(str::to_owned)
                .collect();
            match matcher(pattern) {
                Ok(matcher) => entries.push(Entry { matcher, owners }),
                Err(why) => notes.push(format!(
                    "{file}:{}: pattern {pattern:?} skipped, as GitHub does: {why}",
                    index + 1
                )),
            }
        }
        let parsed = Self {
            file: file.to_owned(),
            entries,
        };
        (parsed, notes)
    }

    /// The owners of `path` (relative to the repository root, `/`-separated):
    /// those of the last pattern that matches.
    pub fn owners_of(&self, path: &str) -> &[String] {
        self.entries
            .iter()
            .rev()
            .find(|e| e.matcher.is_match(path))
            .map_or(&[], |e| &e.owners)
    }
}

/// One pattern as globs: anchored when it has a `/` before its end,
/// matching anywhere otherwise; a directory (or a name that may be one)
/// also matches everything below it, except after a trailing `/*`, which
/// GitHub documents as matching only the files directly in the folder.
fn matcher(pattern: &str) -> Result<GlobSet, String> {
    let pattern = pattern.strip_prefix('\\').unwrap_or(pattern);
    if pattern.starts_with('!') {
        return Err("negation is not supported".to_owned());
    }
    if pattern.contains('[') || pattern.contains(']') {
        return Err("character ranges are not supported".to_owned());
    }
    let directory = pattern.ends_with('/');
    let trimmed = pattern.trim_end_matches('/');
    let anchored = trimmed.contains('/');
    let body = trimmed
        .trim_start_matches('/')
        .replace('{', "\\{")
        .replace('}', "\\}");
    let base = if anchored || body.starts_with("**") {
        body
    } else {
        format!("**/{body}")
    };
    let mut globs = Vec::new();
    if !directory {
        globs.push(base.clone());
    }
    let last = base.rsplit('/').next().unwrap_or(&base);
    if directory || last != "*" {
        globs.push(format!("{base}/**"));
    }
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        let glob = GlobBuilder::new(&glob)
            .literal_separator(true)
            .backslash_escape(true)
            .build()
            .map_err(|e| e.to_string())?;
        builder.add(glob);
    }
    builder.build().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owners<'a>(file: &'a CodeOwners, path: &str) -> Vec<&'a str> {
        file.owners_of(path).iter().map(String::as_str).collect()
    }

    /// The examples of GitHub's "About code owners" page.
    #[test]
    fn github_examples() {
        let (file, notes) = CodeOwners::parse(
            "# comment\n\
             *       @global-owner1 @global-owner2\n\
             *.js    @js-owner #This is an inline comment.\n\
             *.go docs@example.com\n\
             /build/logs/ @doctocat\n\
             docs/*  docs@example.com\n\
             apps/ @octocat\n\
             /docs/ @doctocat\n\
             /scripts/ @doctocat @octocat\n\
             **/logs @octocat\n\
             /apps/ @octocat\n\
             /apps/github\n\
             !negated @x\n",
            "CODEOWNERS",
        );
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert_eq!(
            owners(&file, "README.md"),
            ["@global-owner1", "@global-owner2"]
        );
        assert_eq!(owners(&file, "src/app.js"), ["@js-owner"]);
        assert_eq!(owners(&file, "main.go"), ["docs@example.com"]);
        assert_eq!(owners(&file, "build/logs/today/x.log"), ["@octocat"]);
        assert_eq!(owners(&file, "docs/getting-started.md"), ["@doctocat"]);
        assert_eq!(owners(&file, "scripts/run.sh"), ["@doctocat", "@octocat"]);
        assert_eq!(owners(&file, "deep/logs/a.txt"), ["@octocat"]);
        assert_eq!(owners(&file, "apps/web/main.tf"), ["@octocat"]);
        // The last matching pattern has no owners: the file is unowned.
        assert!(owners(&file, "apps/github/main.tf").is_empty());
    }

    #[test]
    fn star_after_a_folder_matches_only_its_files() {
        let (file, _) = CodeOwners::parse("docs/* @docs\n", "CODEOWNERS");
        assert_eq!(owners(&file, "docs/a.md"), ["@docs"]);
        assert!(owners(&file, "docs/build-app/troubleshooting.md").is_empty());
    }
}
