//! Finding policy files and data documents, and the built-in library.
//!
//! This module only reads files; turning them into something that can be
//! evaluated is the engine's job.

pub mod catalog;
pub mod metadata;
mod metadata_blocks;

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use include_dir::{Dir, include_dir};
use walkdir::WalkDir;

/// The built-in library, embedded so that `tfguard check plan.json` needs no set-up.
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/policies");

/// Prefix of built-in policy paths in findings, so they can't be mistaken
/// for files in the user's repository.
pub const BUILTIN_PREFIX: &str = "builtin:";

/// Whether a policy path (as [`PolicyFile::path`] gives it) is a file of
/// the built-in library.
pub fn is_builtin(path: &str) -> bool {
    path.starts_with(BUILTIN_PREFIX)
}

/// One Rego file, as loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyFile {
    /// The path shown to users: as given on the command line, or `builtin:...`.
    pub path: String,
    pub text: String,
}

/// Why policies or data could not be read.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: no .rego files found")]
    NoPolicies { path: String },
    #[error("no deny, warn or violation rules to evaluate{}", skipped_note(.skipped))]
    NoRules {
        /// Plan-level packages with rules outside the selected namespaces.
        skipped: Vec<String>,
    },
    #[error("invalid glob {glob:?}: {message}")]
    Glob { glob: String, message: String },
    #[error("{path}: invalid data file: {message}")]
    Data { path: String, message: String },
    /// A Rego file that does not parse or compile, or whose METADATA is invalid.
    #[error("{path}:{line}:{column}: {message}")]
    Rego {
        path: String,
        /// The file's text, so the error can be shown with a snippet.
        text: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Compile errors OPA reports and regorus does not (see
    /// `engine::compile_errors`), at least one.
    #[error("{}", compile_summary(.errors))]
    Compile { errors: Vec<CompileError> },
}

/// One violation, located in its policy file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CompileError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// OPA's error category: `rego_compile_error`, `rego_type_error` or
    /// `rego_unsafe_var_error`.
    pub category: &'static str,
    pub message: String,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file, self.line, self.category, self.message
        )
    }
}

/// Every error on one line, counted as OPA counts them.
fn compile_summary(errors: &[CompileError]) -> String {
    let list = errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ");
    match errors.len() {
        1 => format!("1 error occurred: {list}"),
        n => format!("{n} errors occurred: {list}"),
    }
}

fn skipped_note(skipped: &[String]) -> String {
    if skipped.is_empty() {
        String::new()
    } else {
        format!(
            "; packages outside the selected namespaces: {} (use -n NAMESPACE or --all-namespaces)",
            skipped.join(", ")
        )
    }
}

/// Builds a glob set.
pub fn glob_set<S: AsRef<str>>(globs: &[S]) -> Result<GlobSet, PolicyError> {
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        let glob = glob.as_ref();
        builder.add(Glob::new(glob).map_err(|e| PolicyError::Glob {
            glob: glob.to_owned(),
            message: e.kind().to_string(),
        })?);
    }
    builder.build().map_err(|e| PolicyError::Glob {
        glob: globs
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(","),
        message: e.to_string(),
    })
}

/// The embedded built-in library, in a fixed order.
pub fn builtin() -> Vec<PolicyFile> {
    let mut files = Vec::new();
    collect_builtin(&BUILTIN, &mut files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn collect_builtin(dir: &Dir<'static>, out: &mut Vec<PolicyFile>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy();
        if is_policy(file.path())
            && let Some(text) = file.contents_utf8()
        {
            out.push(PolicyFile {
                path: format!("{BUILTIN_PREFIX}{path}"),
                text: text.to_owned(),
            });
        }
    }
    for sub in dir.dirs() {
        collect_builtin(sub, out);
    }
}

/// `.rego` files that are not tests: `check` never loads `*_test.rego`.
fn is_policy(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".rego") && !name.ends_with("_test.rego")
}

fn is_rego(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "rego")
}

/// Whether `path` is excluded by `--ignore`: globs match the path as walked
/// or its file name alone.
fn is_ignored(path: &Path, ignore: &GlobSet) -> bool {
    ignore.is_match(path) || path.file_name().is_some_and(|name| ignore.is_match(name))
}

/// Every policy file under `paths` (files or folders, walked recursively),
/// sorted by path so evaluation and output order never depend on the file system.
pub fn discover(paths: &[PathBuf], ignore: &GlobSet) -> Result<Vec<PolicyFile>, PolicyError> {
    walk(paths, ignore, is_policy)
}

/// Every `.rego` file, tests included, for `verify`.
pub fn discover_with_tests(paths: &[PathBuf]) -> Result<Vec<PolicyFile>, PolicyError> {
    walk(paths, &GlobSet::empty(), is_rego)
}

fn walk(
    paths: &[PathBuf],
    ignore: &GlobSet,
    wanted: fn(&Path) -> bool,
) -> Result<Vec<PolicyFile>, PolicyError> {
    let mut files = Vec::new();
    for root in paths {
        let before = files.len();
        for entry in WalkDir::new(root).follow_links(true).sort_by_file_name() {
            let entry = entry.map_err(|e| PolicyError::Io {
                path: e.path().unwrap_or(root).display().to_string(),
                source: e.into(),
            })?;
            let path = entry.path();
            if !entry.file_type().is_file() || !wanted(path) || is_ignored(path, ignore) {
                continue;
            }
            let text = std::fs::read_to_string(path).map_err(|source| PolicyError::Io {
                path: path.display().to_string(),
                source,
            })?;
            files.push(PolicyFile {
                path: path.display().to_string(),
                text,
            });
        }
        if files.len() == before {
            return Err(PolicyError::NoPolicies {
                path: root.display().to_string(),
            });
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|a, b| a.path == b.path);
    Ok(files)
}

/// Reads `-d/--data` files and folders (`.json`, `.yaml`, `.yml`) into one
/// list of documents, each to be merged under `data`.
pub fn load_data(paths: &[PathBuf]) -> Result<Vec<serde_json::Value>, PolicyError> {
    let mut documents = Vec::new();
    for root in paths {
        for entry in WalkDir::new(root).follow_links(true).sort_by_file_name() {
            let entry = entry.map_err(|e| PolicyError::Io {
                path: root.display().to_string(),
                source: e.into(),
            })?;
            let path = entry.path();
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !entry.file_type().is_file() || !matches!(extension, "json" | "yaml" | "yml") {
                continue;
            }
            let display = path.display().to_string();
            let text = std::fs::read_to_string(path).map_err(|source| PolicyError::Io {
                path: display.clone(),
                source,
            })?;
            let document: serde_json::Value = if extension == "json" {
                serde_json::from_str(&text).map_err(|e| PolicyError::Data {
                    path: display.clone(),
                    message: e.to_string(),
                })?
            } else {
                yaml_serde::from_str(&text).map_err(|e| PolicyError::Data {
                    path: display.clone(),
                    message: e.to_string(),
                })?
            };
            if !document.is_object() {
                return Err(PolicyError::Data {
                    path: display,
                    message: "the top level must be an object (it is merged under `data`)"
                        .to_owned(),
                });
            }
            documents.push(document);
        }
    }
    Ok(documents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_library_is_embedded_without_tests() {
        let files = builtin();
        assert!(!files.is_empty());
        assert!(files.iter().all(|f| f.path.starts_with(BUILTIN_PREFIX)));
        assert!(files.iter().all(|f| !f.path.ends_with("_test.rego")));
    }

    #[test]
    fn discovery_walks_sorts_and_ignores() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/vendor")).unwrap();
        for name in [
            "b/z.rego",
            "a.rego",
            "a_test.rego",
            "b/vendor/v.rego",
            "notes.md",
        ] {
            std::fs::write(root.join(name), "package x\n").unwrap();
        }
        let ignore = glob_set(&["**/vendor/**"]).unwrap();
        let files = discover(&[root.to_path_buf()], &ignore).unwrap();
        let names: Vec<_> = files
            .iter()
            .map(|f| f.path.strip_prefix(&root.display().to_string()).unwrap())
            .collect();
        assert_eq!(names, ["/a.rego", "/b/z.rego"]);
        let empty = tempfile::tempdir().unwrap();
        assert!(matches!(
            discover(&[empty.path().to_path_buf()], &ignore),
            Err(PolicyError::NoPolicies { .. })
        ));
    }

    #[test]
    fn data_files_json_and_yaml() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.json"), r#"{"a": 1}"#).unwrap();
        std::fs::write(dir.path().join("b.yaml"), "b:\n  - x\n").unwrap();
        let docs = load_data(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(
            docs,
            [serde_json::json!({"a": 1}), serde_json::json!({"b": ["x"]})]
        );
        std::fs::write(dir.path().join("c.json"), "[1]").unwrap();
        assert!(load_data(&[dir.path().to_path_buf()]).is_err());
    }
}
