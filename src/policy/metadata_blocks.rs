//! Where a Rego file's METADATA blocks are and the YAML they hold.
//!
//! Shared by the parser (`metadata.rs`) and the build script (`build.rs`),
//! which parses the built-in library's blocks once, at build time: both
//! must see the same YAML text, so both cut it out here. Only `std` is
//! used, as the build script includes this file.

/// One METADATA block.
pub struct Block {
    /// 0-based index of its `# METADATA` line.
    pub header: usize,
    /// The block's YAML, at column 0.
    pub yaml: String,
    /// 0-based index of the first line after the block.
    pub end: usize,
}

/// Every METADATA block of a file's `lines`, in order: a `# METADATA`
/// comment and the comment lines that follow it.
pub fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        if !is_header(lines[index]) {
            index += 1;
            continue;
        }
        let header = index;
        let mut yaml_lines = Vec::new();
        index += 1;
        while index < lines.len() {
            let trimmed = lines[index].trim_start();
            match trimmed.strip_prefix('#') {
                Some(rest) if !is_header(trimmed) => yaml_lines.push(rest),
                _ => break,
            }
            index += 1;
        }
        blocks.push(Block {
            header,
            yaml: block_yaml(&yaml_lines),
            end: index,
        });
    }
    blocks
}

/// `# METADATA`, also written `#METADATA`.
fn is_header(line: &str) -> bool {
    line.trim()
        .strip_prefix('#')
        .is_some_and(|rest| rest.trim() == "METADATA")
}

/// The YAML of a block's comment lines, at column 0.
fn block_yaml(lines: &[&str]) -> String {
    // Comment text keeps its leading space ("# title: x" -> " title: x");
    // remove the indentation every line shares so YAML sees column 0.
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").to_owned() + "\n")
        .collect()
}
