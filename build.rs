//! Parses the built-in library's METADATA blocks (YAML) into JSON once, at
//! build time: `policy::metadata` finds each block by its text in the table
//! written here instead of parsing the YAML of 400 blocks on every run. A
//! block this script could not parse is left out, and is parsed (and its
//! error reported) at run time as any user's block is.
//!
//! A second table holds, by file, the `custom` keys of each file's package
//! block, which decide whether a built-in check is compiled for a plan: a
//! run leaves out the checks no resource of its plans can match before
//! reading their METADATA at all.

use std::collections::BTreeMap;
use std::error::Error;
use std::path::{Path, PathBuf};

#[path = "src/policy/metadata_blocks.rs"]
#[allow(dead_code)]
mod metadata_blocks;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed=policies");
    println!("cargo:rerun-if-changed=src/policy/metadata_blocks.rs");
    let root =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").ok_or("no CARGO_MANIFEST_DIR")?);
    let policies = root.join("policies");
    let mut files = Vec::new();
    rego_files(&policies, &mut files)?;
    let mut table = BTreeMap::new();
    let mut selectors = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        let lines: Vec<&str> = text.lines().collect();
        let mut package_block = None;
        for block in metadata_blocks::blocks(&lines) {
            if let Ok(json) = yaml_serde::from_str::<serde_json::Value>(&block.yaml) {
                if package_block.is_none() && is_package_scoped(&json, &lines, block.end) {
                    package_block = Some(json.clone());
                }
                table.insert(block.yaml, json);
            }
        }
        if let Some(block) = package_block {
            let relative = file.strip_prefix(&policies)?;
            let path = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let custom = block.get("custom").cloned();
            let custom = custom.unwrap_or_else(|| serde_json::json!({}));
            selectors.insert(format!("builtin:{path}"), custom);
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?);
    std::fs::write(
        out.join("builtin_metadata.json"),
        serde_json::to_string(&table)?,
    )?;
    std::fs::write(
        out.join("builtin_selectors.json"),
        serde_json::to_string(&selectors)?,
    )?;
    Ok(())
}

/// Whether a block applies to its package, as `policy::metadata` scopes
/// blocks: its `scope`, else `package` when the next line of code after it
/// is the `package` line.
fn is_package_scoped(block: &serde_json::Value, lines: &[&str], end: usize) -> bool {
    match block.get("scope").and_then(serde_json::Value::as_str) {
        Some(scope) => matches!(scope, "package" | "subpackages"),
        None => lines[end.min(lines.len())..]
            .iter()
            .map(|line| line.trim())
            .find(|line| !line.is_empty() && !line.starts_with('#'))
            .is_some_and(|line| line.starts_with("package ")),
    }
}

/// Every `.rego` file under `dir`.
fn rego_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Box<dyn Error>> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rego_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rego") {
            out.push(path);
        }
    }
    Ok(())
}
