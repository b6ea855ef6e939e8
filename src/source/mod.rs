//! Pointing findings at the `.tf` source, and inline ignore comments.
//!
//! The configuration is read once into a [`SourceMap`]: every module folder
//! reachable from the root through `module` blocks (local sources directly,
//! downloaded ones through `.terraform/modules/modules.json`), with the span
//! of every block. A finding's address is reduced to a configuration address
//! and looked up there; a path inside the block leads to the attribute.
//! Nothing here fails the run: what cannot be read or found becomes a note,
//! and the finding keeps its plan location.

mod address;
mod ignore;
mod terraform;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::finding::{
    Finding, Fingerprint, Level, ModuleCall, PathStep, Severity, SourceLocation, Status,
    Suppression,
};

pub use crate::date::Date;
pub use address::ConfigAddress;
pub use ignore::IgnoreComment;
pub use terraform::{Block, BlockKind, TerraformFile};

use terraform::Found;

/// Modules nested deeper than this are not followed (a guard against cycles).
const MAX_MODULE_DEPTH: usize = 32;

/// A module instance path, without instance keys: `["network", "subnets"]`.
type ModulePath = Vec<String>;

#[derive(Debug, Default)]
struct Module {
    blocks: Vec<Block>,
    /// The `module` block in the parent that calls this module.
    call: Option<(ModulePath, usize)>,
}

/// What an ignore comment covers.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Scope {
    /// One resource or data block.
    Block { module: ModulePath, block: usize },
    /// Every resource of a module call (the comment sits above a `module` block).
    Module { prefix: ModulePath },
    /// Findings on one line inside a block (an attribute).
    Line {
        module: ModulePath,
        block: usize,
        line: usize,
    },
    /// Attached to nothing: always reported as unused.
    Nothing,
}

#[derive(Debug)]
struct Ignore {
    comment: IgnoreComment,
    file: usize,
    scope: Scope,
}

/// The parsed configuration of one root module and everything it calls.
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<TerraformFile>,
    modules: BTreeMap<ModulePath, Module>,
    ignores: Vec<Ignore>,
    /// The repository root that locations are relative to.
    root: PathBuf,
    /// What could not be read or followed, for verbose output.
    pub notes: Vec<String>,
}

#[derive(Deserialize)]
struct ModulesJson {
    #[serde(rename = "Modules", default)]
    modules: Vec<ModulesJsonEntry>,
}

#[derive(Deserialize)]
struct ModulesJsonEntry {
    #[serde(rename = "Key")]
    key: String,
    #[serde(rename = "Dir")]
    dir: String,
}

/// What [`SourceMap::apply`] did besides changing findings.
#[derive(Debug, Default)]
pub struct Applied {
    /// Warnings about ignore comments themselves: expired or unused.
    pub warnings: Vec<Finding>,
    /// Findings with an address whose block was not found; they keep
    /// pointing at the plan JSON.
    pub unmapped: usize,
}

/// Where a finding's block is, for ignore matching.
struct Located {
    location: SourceLocation,
    module: ModulePath,
    block: usize,
}

impl SourceMap {
    /// Reads the root module in `dir` and every module it calls. Paths in
    /// locations are relative to the repository root (the nearest folder
    /// with `.git`), else to `dir`.
    pub fn load(dir: &Path) -> Self {
        let mut map = Self::default();
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        let root = repository_root(&dir);
        let downloaded = downloaded_modules(&dir);
        map.load_module(&dir, &root, Vec::new(), &downloaded, None);
        map.root = root;
        map
    }

    /// The folder locations are relative to: the repository root (the
    /// nearest folder with `.git`), else the configuration folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn load_module(
        &mut self,
        dir: &Path,
        root: &Path,
        path: ModulePath,
        downloaded: &HashMap<String, PathBuf>,
        call: Option<(ModulePath, usize)>,
    ) {
        if path.len() > MAX_MODULE_DEPTH || self.modules.contains_key(&path) {
            return;
        }
        let mut blocks = Vec::new();
        for file_path in terraform::module_files(dir) {
            let Ok(text) = std::fs::read_to_string(&file_path) else {
                self.notes
                    .push(format!("{}: cannot read", file_path.display()));
                continue;
            };
            let display = display_path(&file_path, root);
            let index = self.files.len();
            let parsed = if display.ends_with(".json") {
                terraform::parse_json(&text, index)
            } else {
                terraform::parse_hcl(&text, index)
            };
            match parsed {
                Ok(parsed) => {
                    let first = blocks.len();
                    blocks.extend(parsed);
                    self.files.push(TerraformFile::new(display, text));
                    self.scan_ignores(index, &path, &blocks[first..], first);
                }
                Err(error) => self.notes.push(format!("{display}: cannot parse: {error}")),
            }
        }
        let calls: Vec<(usize, String, Option<String>)> = blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind == BlockKind::Module)
            .map(|(i, b)| {
                let text = &self.files[b.file].text;
                (i, b.labels[0].clone(), b.string_attribute(text, "source"))
            })
            .collect();
        self.modules.insert(path.clone(), Module { blocks, call });
        for (index, name, source) in calls {
            let mut child = path.clone();
            child.push(name);
            let key = child.join(".");
            let child_dir = match (&source, downloaded.get(&key)) {
                (_, Some(dir)) => dir.clone(),
                (Some(source), None) if source.starts_with("./") || source.starts_with("../") => {
                    dir.join(source)
                }
                _ => {
                    self.notes.push(format!(
                        "module.{}: source {:?} is not local and not in .terraform/modules/modules.json (run `terraform init`)",
                        child.join(".module."),
                        source.unwrap_or_default()
                    ));
                    continue;
                }
            };
            let child_dir = child_dir.canonicalize().unwrap_or(child_dir);
            self.load_module(
                &child_dir,
                root,
                child,
                downloaded,
                Some((path.clone(), index)),
            );
        }
    }

    /// Resolves what each ignore comment of a file covers.
    fn scan_ignores(&mut self, file: usize, module: &ModulePath, blocks: &[Block], first: usize) {
        let text = &self.files[file].text;
        let lines: Vec<&str> = text.lines().collect();
        let config_file = &self.files[file];
        let block_lines: Vec<(usize, usize)> = blocks
            .iter()
            .map(|b| {
                (
                    config_file.line_column(b.span.start).0,
                    config_file.line_column(b.span.end.saturating_sub(1)).0,
                )
            })
            .collect();
        let containing = |line: usize| {
            block_lines
                .iter()
                .position(|&(s, e)| s <= line && line <= e)
        };
        for comment in ignore::scan(text) {
            let target_line = if comment.trailing {
                comment.line
            } else {
                // The first line after the comment run that is not a comment or blank.
                (comment.line..lines.len())
                    .map(|i| i + 1)
                    .find(|&n| {
                        let t = lines[n - 1].trim();
                        !(t.is_empty() || t.starts_with('#') || t.starts_with("//"))
                    })
                    .unwrap_or(0)
            };
            let scope = match block_lines
                .iter()
                .position(|&(start, _)| start == target_line)
            {
                Some(i) if !comment.trailing => match blocks[i].kind {
                    BlockKind::Module => {
                        let mut prefix = module.clone();
                        prefix.push(blocks[i].labels[0].clone());
                        Scope::Module { prefix }
                    }
                    _ => Scope::Block {
                        module: module.clone(),
                        block: first + i,
                    },
                },
                _ => match containing(target_line) {
                    Some(i) => Scope::Line {
                        module: module.clone(),
                        block: first + i,
                        line: target_line,
                    },
                    None => Scope::Nothing,
                },
            };
            self.ignores.push(Ignore {
                comment,
                file,
                scope,
            });
        }
    }

    /// The text of a configuration file by its display path.
    pub fn file_text(&self, display: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|f| f.display == display)
            .map(|f| f.text.as_str())
    }

    fn locate(&self, address: &str, path: &[PathStep]) -> Option<Located> {
        let address = ConfigAddress::parse(address)?;
        let module = self.modules.get(&address.modules)?;
        let kind = if address.data {
            BlockKind::Data
        } else {
            BlockKind::Resource
        };
        let (index, block) = module.blocks.iter().enumerate().find(|(_, b)| {
            b.kind == kind && b.labels == [address.resource_type.as_str(), address.name.as_str()]
        })?;
        let file = &self.files[block.file];
        let found = if path.is_empty() {
            None
        } else {
            block.find(&file.text, path)
        };
        let span = found
            .as_ref()
            .map_or(block.span.clone(), |f| f.span.clone());
        let (line, column) = file.line_column(span.start);
        let (end_line, _) = file.line_column(span.end.saturating_sub(1).max(span.start));
        let location = SourceLocation {
            file: file.display.clone(),
            line,
            column,
            end_line,
            start: span.start,
            end: span.end,
            value_from: found
                .as_ref()
                .and_then(|f| self.value_from(f, &address.modules)),
            module_calls: self.module_calls(&address.modules),
        };
        Some(Located {
            location,
            module: address.modules,
            block: index,
        })
    }

    /// The module calls leading to `module`, outermost first.
    fn module_calls(&self, module: &ModulePath) -> Vec<ModuleCall> {
        (1..=module.len())
            .filter_map(|len| {
                let (parent, index) = self.modules.get(&module[..len])?.call.as_ref()?;
                let block = self.modules.get(parent)?.blocks.get(*index)?;
                let file = &self.files[block.file];
                Some(ModuleCall {
                    name: block.labels[0].clone(),
                    file: file.display.clone(),
                    line: file.line_column(block.span.start).0,
                })
            })
            .collect()
    }

    /// "`var.cidr`, set by module call `network` (main.tf:40) to `"0.0.0.0/0"`"
    /// when the attribute is not a literal.
    fn value_from(&self, found: &Found, module: &ModulePath) -> Option<String> {
        let expression = found.expression.as_deref()?.trim();
        let references = ["var.", "local.", "module.", "data.", "each.", "count."];
        if !references.iter().any(|r| expression.contains(r)) {
            return None;
        }
        let mut note = format!("value from `{}`", one_line(expression));
        let variable = expression
            .split("var.")
            .nth(1)
            .map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect::<String>()
            })
            .filter(|v| !v.is_empty());
        if let Some(variable) = variable
            && let Some((parent, index)) = self.modules.get(module).and_then(|m| m.call.as_ref())
            && let Some(call) = self.modules.get(parent).and_then(|m| m.blocks.get(*index))
        {
            let file = &self.files[call.file];
            if let Some(argument) = call.argument(&file.text, &variable) {
                let (line, _) = file.line_column(argument.span.start);
                let value = argument.expression.as_deref().unwrap_or("");
                note.push_str(&format!(
                    "; var.{variable} is set by module call `{}` at {}:{line} to `{}`",
                    call.labels[0],
                    file.display,
                    one_line(value)
                ));
            }
        }
        Some(note)
    }

    /// Sets each finding's source location, applies inline ignores, and
    /// returns the warnings about ignore comments themselves (expired, unused).
    pub fn apply(&self, findings: &mut [Finding], today: Date) -> Applied {
        let mut used = vec![false; self.ignores.len()];
        let mut unmapped = 0;
        for finding in findings.iter_mut() {
            let Some(address) = finding.address.clone() else {
                continue;
            };
            let Some(located) = self.locate(&address, &finding.attribute) else {
                unmapped += 1;
                continue;
            };
            for (index, ignore) in self.ignores.iter().enumerate() {
                if !ignore.covers(&located)
                    || !ignore.comment.names(&finding.code, &finding.aliases)
                {
                    continue;
                }
                used[index] = true;
                if ignore.comment.is_expired(today) || finding.status == Status::Ignored {
                    continue;
                }
                finding.status = Status::Ignored;
                finding.suppression = Some(Suppression {
                    kind: "inline".to_owned(),
                    reason: ignore.comment.reason.clone(),
                    expires: ignore.comment.expires.map(|d| d.to_string()),
                    file: self.files[ignore.file].display.clone(),
                    line: ignore.comment.line,
                    approvals: Vec::new(),
                });
            }
            finding.source_location = Some(located.location);
        }
        let warnings = self
            .ignores
            .iter()
            .zip(used)
            .filter_map(|(ignore, used)| self.ignore_warning(ignore, used, today))
            .collect();
        Applied { warnings, unmapped }
    }

    fn ignore_warning(&self, ignore: &Ignore, used: bool, today: Date) -> Option<Finding> {
        let file = &self.files[ignore.file];
        let codes = ignore.comment.codes.join(",");
        let (code, message) = if ignore.comment.is_expired(today) {
            let expires = ignore
                .comment
                .expires
                .map(|d| d.to_string())
                .unwrap_or_default();
            (
                "expired-ignore",
                format!(
                    "ignore of {codes} at {}:{} expired on {expires}; the findings it covered are reported again",
                    file.display, ignore.comment.line
                ),
            )
        } else if !used {
            (
                "unused-ignore",
                format!(
                    "ignore of {codes} at {}:{} matches no finding; remove it",
                    file.display, ignore.comment.line
                ),
            )
        } else {
            return None;
        };
        let start = file
            .text
            .lines()
            .take(ignore.comment.line - 1)
            .map(|l| l.len() + 1)
            .sum::<usize>();
        let end = start
            + file.text[start..]
                .find('\n')
                .unwrap_or(file.text.len() - start);
        let location = SourceLocation {
            file: file.display.clone(),
            line: ignore.comment.line,
            column: 1,
            end_line: ignore.comment.line,
            start,
            end,
            value_from: None,
            module_calls: Vec::new(),
        };
        let fingerprint = Fingerprint::compute(code, Some(&location.file), &[], &message);
        Some(Finding {
            code: code.to_owned(),
            aliases: Default::default(),
            title: Some(match code {
                "expired-ignore" => "Inline ignore has expired".into(),
                _ => "Inline ignore matches nothing".into(),
            }),
            description: Some(
                "Inline ignores (`# tfguard:ignore:<code> [exp:YYYY-MM-DD] <reason>`) should cover a current finding; stale ones hide future problems."
                    .into(),
            ),
            help_uri: None,
            severity: Severity::Low,
            level: Level::Warning,
            status: Status::Open,
            message,
            address: None,
            attribute: Vec::new(),
            policy: crate::finding::PolicyLocation {
                file: "tfguard".to_owned(),
                line: 0,
            },
            policy_set: crate::finding::TFGUARD_SET.to_owned(),
            enforcement: crate::finding::Enforcement::Advisory,
            plan_location: None,
            source_location: Some(location),
            suppression: None,
            owners: Vec::new(),
            metadata: serde_json::Map::new(),
            fingerprint,
        })
    }
}

impl Ignore {
    fn covers(&self, located: &Located) -> bool {
        match &self.scope {
            Scope::Block { module, block } => *module == located.module && *block == located.block,
            Scope::Module { prefix } => located.module.starts_with(prefix),
            Scope::Line {
                module,
                block,
                line,
            } => {
                *module == located.module
                    && *block == located.block
                    && (located.location.line..=located.location.end_line).contains(line)
            }
            Scope::Nothing => false,
        }
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn repository_root(dir: &Path) -> PathBuf {
    dir.ancestors()
        .find(|d| d.join(".git").exists())
        .unwrap_or(dir)
        .to_path_buf()
}

fn display_path(path: &Path, root: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// `.terraform/modules/modules.json`: module keys (`a.b`) to folders.
fn downloaded_modules(dir: &Path) -> HashMap<String, PathBuf> {
    let path = dir.join(".terraform/modules/modules.json");
    let Ok(text) = std::fs::read_to_string(path) else {
        return HashMap::new();
    };
    let Ok(parsed) = serde_json::from_str::<ModulesJson>(&text) else {
        return HashMap::new();
    };
    parsed
        .modules
        .into_iter()
        .filter(|m| !m.key.is_empty())
        .map(|m| (m.key, dir.join(m.dir)))
        .collect()
}

/// Whether a folder holds Terraform configuration (for the default `--config-dir`).
pub fn has_configuration(dir: &Path) -> bool {
    !terraform::module_files(dir).is_empty()
}
