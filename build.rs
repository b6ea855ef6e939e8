//! Parses the built-in library's METADATA blocks (YAML) into JSON once, at
//! build time: `policy::metadata` finds each block by its text in the table
//! written here instead of parsing the YAML of 400 blocks on every run. A
//! block this script could not parse is left out, and is parsed (and its
//! error reported) at run time as any user's block is.

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
    let mut files = Vec::new();
    rego_files(&root.join("policies"), &mut files)?;
    let mut table = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        let lines: Vec<&str> = text.lines().collect();
        for block in metadata_blocks::blocks(&lines) {
            if let Ok(json) = yaml_serde::from_str::<serde_json::Value>(&block.yaml) {
                table.insert(block.yaml, json);
            }
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?);
    std::fs::write(
        out.join("builtin_metadata.json"),
        serde_json::to_string(&table)?,
    )?;
    Ok(())
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
