//! Getting plan bytes: from a file, from stdin, or from a binary plan file
//! through `terraform show -json`.

use std::io::Read;
use std::path::PathBuf;
use std::process::Command;

use super::PlanError;

/// Where a plan comes from, as named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanInput {
    File(PathBuf),
    Stdin,
}

impl PlanInput {
    /// `-` means stdin, as in most Unix tools.
    pub fn from_arg(arg: &str) -> Self {
        if arg == "-" {
            Self::Stdin
        } else {
            Self::File(PathBuf::from(arg))
        }
    }

    /// The inputs command-line arguments name: `-` is stdin, a folder
    /// stands for its plan files (`*.json`, `*.tfplan`, recursively, in path
    /// order), anything else is a file.
    pub fn expand(args: &[String]) -> Result<Vec<Self>, PlanError> {
        let mut inputs = Vec::new();
        for arg in args {
            let path = std::path::Path::new(arg);
            if arg == "-" || !path.is_dir() {
                inputs.push(Self::from_arg(arg));
                continue;
            }
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(path)
                .follow_links(true)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file())
                .map(walkdir::DirEntry::into_path)
                .filter(|p| {
                    p.extension()
                        .is_some_and(|ext| ext == "json" || ext == "tfplan")
                })
                .collect();
            if found.is_empty() {
                return Err(PlanError::Io {
                    name: arg.clone(),
                    source: std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        "the folder holds no plan files (*.json, *.tfplan)",
                    ),
                });
            }
            found.sort();
            inputs.extend(found.into_iter().map(Self::File));
        }
        Ok(inputs)
    }

    /// The name used in messages and plan locations.
    pub fn name(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Stdin => "<stdin>".to_owned(),
        }
    }
}

/// The program that turns binary plans into JSON: `terraform` or `tofu`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerraformBin(pub String);

impl Default for TerraformBin {
    fn default() -> Self {
        Self("terraform".to_owned())
    }
}

/// Binary plans (`terraform plan -out`) are zip archives.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// The plan's JSON bytes, running terraform first when given a binary plan.
pub fn read_plan_bytes(input: &PlanInput, terraform: &TerraformBin) -> Result<Vec<u8>, PlanError> {
    let name = input.name();
    let io_error = |source| PlanError::Io {
        name: name.clone(),
        source,
    };
    let bytes = match input {
        PlanInput::File(path) => std::fs::read(path).map_err(io_error)?,
        PlanInput::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).map_err(io_error)?;
            bytes
        }
    };
    if !bytes.starts_with(ZIP_MAGIC) {
        return Ok(bytes);
    }
    let PlanInput::File(path) = input else {
        return Err(PlanError::Terraform {
            name,
            bin: terraform.0.clone(),
            message: "a binary plan cannot be read from stdin; pass its path".to_owned(),
        });
    };
    show_json(&name, path, terraform)
}

/// Runs `terraform [-chdir=DIR] plan -out=<out> ARGS`, then `terraform
/// show -json <out>`. `-chdir` must come before the subcommand, which is
/// why it is an option here rather than one of `args`. Terraform's own
/// output goes to our stderr, so the plan it prints and its errors are seen
/// as they happen, while stdout stays for the report.
pub fn plan_and_show(
    terraform: &TerraformBin,
    chdir: Option<&std::path::Path>,
    out: &std::path::Path,
    args: &[String],
) -> Result<Vec<u8>, PlanError> {
    let failed = |message: String| PlanError::TerraformPlan {
        bin: terraform.0.clone(),
        message,
    };
    // Terraform reads `-out` relative to `-chdir`; ours is relative to here.
    let out = &std::path::absolute(out).map_err(|e| failed(e.to_string()))?;
    let mut command = Command::new(&terraform.0);
    if let Some(dir) = chdir {
        command.arg(format!("-chdir={}", dir.display()));
    }
    let status = command
        .arg("plan")
        .arg("-input=false")
        .arg(format!("-out={}", out.display()))
        .args(args)
        .stdout(std::process::Stdio::from(std::io::stderr()))
        .status()
        .map_err(|e| failed(e.to_string()))?;
    if !status.success() {
        return Err(failed(format!("{status}; its errors are above")));
    }
    show_json(&out.display().to_string(), out, terraform)
}

fn show_json(
    name: &str,
    path: &std::path::Path,
    terraform: &TerraformBin,
) -> Result<Vec<u8>, PlanError> {
    let failed = |message: String| PlanError::Terraform {
        name: name.to_owned(),
        bin: terraform.0.clone(),
        message,
    };
    let output = Command::new(&terraform.0)
        .args(["show", "-json", "-no-color"])
        .arg(path)
        .output()
        .map_err(|e| failed(e.to_string()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first_line = stderr
            .lines()
            .map(|l| {
                l.trim_matches(|c: char| c.is_whitespace() || c == '│' || c == '╷' || c == '╵')
            })
            .find(|l| !l.is_empty())
            .unwrap_or("no error output");
        return Err(failed(format!("{} ({first_line})", output.status)));
    }
    Ok(output.stdout)
}
