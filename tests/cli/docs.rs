//! The documentation runs as written: every TOML and YAML snippet parses
//! (a `tfguard.toml` snippet loads as tfguard loads it), every `tfguard`
//! command line in a snippet names a real subcommand with real flags, and
//! the ones whose files exist run. `docs/cli.md` is every subcommand's
//! `--help`, snapshot-tested: regenerate it with
//! `TFGUARD_UPDATE_DOCS=1 cargo test --test cli docs::`.

use std::path::{Path, PathBuf};

use crate::common::*;

/// Markdown files whose snippets users copy.
fn documents() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.push(root().join("README.md"));
    files.push(root().join("ARCHITECTURE.md"));
    files.sort();
    files
}

/// `(language, first line number, text)` of each fenced block.
fn blocks(text: &str) -> Vec<(String, usize, String)> {
    let mut found = Vec::new();
    let mut open: Option<(String, usize, String)> = None;
    for (index, line) in text.lines().enumerate() {
        let fence = line.trim_start().strip_prefix("```");
        match (&mut open, fence) {
            (None, Some(language)) => {
                open = Some((language.trim().to_owned(), index + 2, String::new()))
            }
            (Some(_), Some(_)) => found.extend(open.take()),
            (Some((_, _, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    found
}

#[test]
fn toml_and_yaml_snippets_parse() {
    let mut checked = 0;
    for document in documents() {
        let text = std::fs::read_to_string(&document).unwrap();
        for (language, line, body) in blocks(&text) {
            let at = format!("{}:{line}", document.display());
            match language.as_str() {
                "toml" if body.starts_with("# conftest.toml") => {
                    toml::from_str::<toml::Value>(&body).unwrap_or_else(|e| panic!("{at}: {e}"));
                }
                "toml" => {
                    // Loaded as tfguard loads tfguard.toml: unknown keys fail.
                    let dir = tempfile::tempdir().unwrap();
                    let path = dir.path().join("tfguard.toml");
                    std::fs::write(&path, &body).unwrap();
                    tfguard::config::Config::load(&path).unwrap_or_else(|e| panic!("{at}: {e}"));
                }
                "yaml" => {
                    yaml_serde::from_str::<serde_json::Value>(&body)
                        .unwrap_or_else(|e| panic!("{at}: {e}"));
                }
                _ => continue,
            }
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} snippets found");
}

/// Splits a command line as a shell would, for the quoting docs use.
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut in_word = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// Every `tfguard ...` command line in the snippets, continuation lines
/// joined, up to a comment, pipe, redirection or `&&`.
fn command_lines() -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    for document in documents() {
        let text = std::fs::read_to_string(&document).unwrap();
        for (language, line, body) in blocks(&text) {
            if !matches!(language.as_str(), "sh" | "yaml" | "") {
                continue;
            }
            let joined = body.replace("\\\n", " ");
            for (offset, text) in joined.lines().enumerate() {
                let Some(start) = text.find("tfguard ") else {
                    continue;
                };
                let before = text[..start].trim();
                if !(before.is_empty()
                    || before.ends_with("run:")
                    || before.ends_with("&&")
                    || before.ends_with("- run:"))
                {
                    continue;
                }
                let command = text[start..]
                    .split(" #")
                    .next()
                    .and_then(|c| c.split(" | ").next())
                    .and_then(|c| c.split(" > ").next())
                    .and_then(|c| c.split(" && ").next())
                    .unwrap_or_default();
                let at = format!("{}:{}", document.display(), line + offset);
                found.push((at, words(command)));
            }
        }
    }
    found
}

fn help(subcommand: &[String]) -> String {
    let (code, stdout, stderr) =
        outcome(tfguard().args(subcommand).arg("--help").output().unwrap());
    assert_eq!(code, 0, "tfguard {subcommand:?} --help: {stderr}");
    stdout
}

#[test]
fn command_lines_in_snippets_use_real_subcommands_and_flags() {
    let lines = command_lines();
    assert!(
        lines.len() >= 20,
        "only {} command lines found",
        lines.len()
    );
    let mut ran = 0;
    for (at, words) in &lines {
        if words.iter().any(|w| w.contains("$@")) {
            continue; // the Atlantis shim forwards its arguments
        }
        let args = &words[1..];
        // The subcommand path: leading words that name subcommands.
        let mut path: Vec<String> = Vec::new();
        for word in args {
            let is_subcommand =
                !word.starts_with('-') && listed_subcommands(&help(&path)).contains(word);
            if !is_subcommand {
                break;
            }
            path.push(word.clone());
        }
        assert!(!path.is_empty(), "{at}: no subcommand in {words:?}");
        let listed = help(&path);
        let rest = &args[path.len()..];
        for word in rest.iter().take_while(|w| w.as_str() != "--") {
            let flag = word
                .trim_start_matches('[')
                .split('=')
                .next()
                .unwrap_or_default();
            if flag.starts_with('-') && flag.len() > 1 {
                let long = flag.starts_with("--");
                let known = listed.lines().any(|l| {
                    l.split(|c: char| c == ',' || c.is_whitespace())
                        .any(|token| token == flag || (!long && token.starts_with(flag)))
                });
                assert!(
                    known,
                    "{at}: `tfguard {}` has no flag {flag}",
                    path.join(" ")
                );
            }
        }
        // Run the commands whose every path exists (from the repository root).
        let paths: Vec<&String> = rest
            .iter()
            .filter(|w| !w.starts_with('-') && (w.contains('/') || w.ends_with(".json")))
            .collect();
        if !paths.is_empty()
            && path[0] == "check"
            && paths
                .iter()
                .all(|p| root().join(p.split('=').next_back().unwrap_or(p)).exists())
        {
            let (code, _, stderr) =
                outcome(tfguard().current_dir(root()).args(args).output().unwrap());
            assert!(matches!(code, 0 | 1), "{at}: exit {code}: {stderr}");
            ran += 1;
        }
    }
    assert!(ran >= 1, "no documented command could run");
}

/// The subcommand names a `--help` lists (two-space indented lines; deeper
/// ones continue a description).
fn listed_subcommands(help: &str) -> Vec<String> {
    let Some(commands) = help.split("Commands:").nth(1) else {
        return Vec::new();
    };
    commands
        .split("Options:")
        .next()
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

/// Every subcommand, as `--help` lists them, depth first.
fn subcommands(path: Vec<String>, into: &mut Vec<Vec<String>>) {
    let listed = help(&path);
    into.push(path.clone());
    for name in listed_subcommands(&listed) {
        let mut next = path.clone();
        next.push(name);
        subcommands(next, into);
    }
}

#[test]
fn docs_cli_md_is_every_subcommands_help() {
    let mut all = Vec::new();
    subcommands(Vec::new(), &mut all);
    let mut text = String::from(
        "# Command-line reference\n\nEvery subcommand's `--help`, generated by the test suite \
         (`TFGUARD_UPDATE_DOCS=1 cargo test --test cli docs::`), which fails when this \
         file and the binary disagree.\n",
    );
    for path in &all {
        let title = if path.is_empty() {
            "tfguard".to_owned()
        } else {
            format!("tfguard {}", path.join(" "))
        };
        text.push_str(&format!("\n## `{title}`\n\n```text\n{}```\n", help(path)));
    }
    let file = root().join("docs/cli.md");
    if std::env::var_os("TFGUARD_UPDATE_DOCS").is_some() {
        std::fs::write(&file, &text).unwrap();
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        committed == text,
        "docs/cli.md is stale: regenerate it with `TFGUARD_UPDATE_DOCS=1 cargo test --test cli docs::`"
    );
}

#[test]
fn the_readme_counts_the_checks_there_are() {
    let (_, stdout, _) = outcome(tfguard().args(["rules", "-o", "json"]).output().unwrap());
    let checks: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let count = checks.as_array().unwrap().len();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let claims = regex::Regex::new(r"(\d+) built-in checks").unwrap();
    let claimed: Vec<usize> = claims
        .captures_iter(&readme)
        .map(|c| c[1].parse().unwrap())
        .collect();
    assert!(
        !claimed.is_empty(),
        "README.md names no count of built-in checks"
    );
    assert!(
        claimed.iter().all(|&n| n == count),
        "README.md says {claimed:?}; there are {count}"
    );
    let _ = Path::new("");
}
