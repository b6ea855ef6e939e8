//! Stage `expand_bodies` (Rego v0): `p[x] { a } { b }` is two rules, as
//! OPA's parser makes it. regorus rejects a second body on a partial-set
//! rule, so this stage works on tokens, before anything is parsed: each
//! further body gets the rule's head written before it, on the same line.

use regorus::unstable::{Lexer, Source, TokenKind};

use super::edit::Edit;

/// Symbols after which a `{` opens a value (`x := {...}`), not a rule body.
const VALUE_BEFORE: &[&str] = &[
    "=", ":=", "==", "!=", "<", ">", "<=", ">=", ",", "(", "[", ":", "|", "+", "-", "*", "/", "%",
    "&", "{", "in", "contains", "if",
];

/// The edits that give every body after the first its own head.
pub fn expand(path: &str, text: &str) -> Vec<Edit> {
    let Ok(source) = Source::from_contents(path.to_owned(), text.to_owned()) else {
        return Vec::new();
    };
    let mut lexer = Lexer::new(&source);
    let mut edits = Vec::new();
    // For each open bracket: whether it is a rule body.
    let mut open: Vec<bool> = Vec::new();
    let mut statement_start: Option<usize> = None;
    let mut head: Option<(usize, usize)> = None;
    let mut previous: Option<(String, u32)> = None;
    let mut after_body = false;
    let mut in_else = false;
    while let Ok(token) = lexer.next_token() {
        if matches!(token.0, TokenKind::Eof) {
            break;
        }
        let span = &token.1;
        let word = span.text();
        let (start, line) = (span.start as usize, span.line);
        if open.is_empty() {
            if after_body {
                after_body = false;
                if word == "{" {
                    if let (Some((from, to)), false) = (head, in_else) {
                        edits.push(Edit::insert(
                            start,
                            format!("{} ", text[from..to].trim_end()),
                        ));
                    }
                    open.push(true);
                    previous = Some((word.to_owned(), line));
                    continue;
                }
                if word == "else" {
                    in_else = true;
                    previous = Some((word.to_owned(), line));
                    continue;
                }
                in_else = false;
                statement_start = None;
            }
            let continues = previous
                .as_ref()
                .is_some_and(|(p, l)| *l == line || VALUE_BEFORE.contains(&p.as_str()));
            if (statement_start.is_none() || !continues) && !in_else {
                statement_start = Some(start);
                head = None;
            }
        }
        match word {
            "{" | "[" | "(" if matches!(token.0, TokenKind::Symbol) => {
                let is_body = open.is_empty()
                    && word == "{"
                    && previous
                        .as_ref()
                        .is_some_and(|(p, _)| !VALUE_BEFORE.contains(&p.as_str()));
                if is_body && !in_else {
                    head = statement_start.map(|s| (s, start));
                }
                open.push(is_body);
            }
            "}" | "]" | ")" if matches!(token.0, TokenKind::Symbol) => {
                after_body = open.pop() == Some(true) && open.is_empty();
            }
            _ => {}
        }
        previous = Some((word.to_owned(), line));
    }
    edits
}
