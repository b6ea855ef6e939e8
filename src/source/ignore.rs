//! Inline ignore comments:
//! `# tfguard:ignore:<code>[,<code>...] [exp:YYYY-MM-DD] <reason>`.
//!
//! `//` works as well as `#`, and the tfsec/Trivy spellings
//! (`#tfsec:ignore:...`, `#trivy:ignore:...`) are read too, so existing
//! repositories keep working.

use crate::date::Date;

/// One ignore comment, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoreComment {
    /// Codes or aliases (matched case-insensitively).
    pub codes: Vec<String>,
    /// `YYYY-MM-DD`, after which the comment no longer suppresses.
    pub expires: Option<Date>,
    pub reason: String,
    /// 1-based line of the comment.
    pub line: usize,
    /// Whether code comes before the comment on its line (`acl = "x" # ...`).
    pub trailing: bool,
}

const PREFIXES: [&str; 3] = ["tfguard:ignore:", "tfsec:ignore:", "trivy:ignore:"];

/// Every ignore comment in a file's text.
pub fn scan(text: &str) -> Vec<IgnoreComment> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        for marker in ["#", "//"] {
            let Some(at) = line.find(marker) else {
                continue;
            };
            let comment = line[at + marker.len()..].trim_start();
            let Some(rest) = PREFIXES.iter().find_map(|p| comment.strip_prefix(p)) else {
                continue;
            };
            found.push(parse_comment(
                rest,
                index + 1,
                !line[..at].trim().is_empty(),
            ));
            break;
        }
    }
    found
}

fn parse_comment(rest: &str, line: usize, trailing: bool) -> IgnoreComment {
    let mut words = rest.split_whitespace().peekable();
    let codes = words
        .next()
        .unwrap_or("")
        .split(',')
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    // tfsec writes the expiry as `:exp:2024-01-01` on the code itself.
    let mut expires = None;
    if let Some(word) = words.peek()
        && let Some(date) = word.strip_prefix("exp:")
    {
        expires = Date::parse(date);
        words.next();
    }
    IgnoreComment {
        codes,
        expires,
        reason: words.collect::<Vec<_>>().join(" "),
        line,
        trailing,
    }
}

impl IgnoreComment {
    /// Whether this comment names `code` or one of `aliases`.
    pub fn names(&self, code: &str, aliases: &[String]) -> bool {
        self.codes.iter().any(|c| {
            c.eq_ignore_ascii_case(code) || aliases.iter().any(|a| c.eq_ignore_ascii_case(a))
        })
    }

    pub fn is_expired(&self, today: Date) -> bool {
        self.expires.is_some_and(|e| e < today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_all_spellings() {
        let text = "# tfguard:ignore:aws-s3-no-public-acl exp:2030-01-31 public website\n\
                    acl = \"x\" // tfguard:ignore:a,b\n\
                    #tfsec:ignore:aws-s3-no-public-access-with-acl\n\
                    # trivy:ignore:AVD-AWS-0092 legacy\n\
                    # an ordinary comment\n";
        let comments = scan(text);
        assert_eq!(comments.len(), 4);
        assert_eq!(comments[0].codes, ["aws-s3-no-public-acl"]);
        assert_eq!(comments[0].expires, Date::parse("2030-01-31"));
        assert_eq!(comments[0].reason, "public website");
        assert!(!comments[0].trailing);
        assert_eq!(comments[1].codes, ["a", "b"]);
        assert!(comments[1].trailing);
        assert_eq!(comments[1].line, 2);
        assert!(comments[3].names("x", &["avd-aws-0092".to_owned()]));
    }

    #[test]
    fn expiry() {
        let comment = parse_comment("x exp:2000-01-01 old", 1, false);
        assert!(comment.is_expired(Date::parse("2000-01-02").unwrap()));
        assert!(!comment.is_expired(Date::parse("2000-01-01").unwrap()));
    }
}
