//! `conftest.toml` in the current folder: Conftest reads its flags from it
//! (through viper), below the command line and `CONFTEST_*` variables.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The keys of `conftest.toml`, named as the flags are. Unknown keys are
/// ignored, as Conftest ignores them, so a shared file keeps working.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct ConftestToml {
    pub policy: OneOrMany,
    pub namespace: OneOrMany,
    pub data: OneOrMany,
    pub output: Option<String>,
    pub all_namespaces: bool,
    pub no_color: bool,
    pub no_fail: bool,
    pub fail_on_warn: bool,
    pub suppress_exceptions: bool,
    pub quiet: bool,
    pub combine: bool,
    pub strict: bool,
    pub show_builtin_errors: bool,
    pub trace: bool,
    pub rego_version: Option<String>,
    /// Where it was read from; `None` when there was none.
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

/// viper takes a string slice flag as one string or a list.
#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn values(&self) -> Vec<String> {
        match self {
            OneOrMany::None => Vec::new(),
            OneOrMany::One(value) => vec![value.clone()],
            OneOrMany::Many(values) => values.clone(),
        }
    }
}

/// A `conftest.toml` that is unreadable or malformed.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct ConftestTomlError {
    pub path: PathBuf,
    pub message: String,
}

impl ConftestToml {
    /// `conftest.toml` in `folder`, or the defaults when there is none.
    pub fn load(folder: &Path) -> Result<Self, ConftestTomlError> {
        let path = folder.join("conftest.toml");
        let error = |message: String| ConftestTomlError {
            path: path.clone(),
            message,
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let mut read: Self =
                    toml::from_str(&text).map_err(|e| error(e.message().to_owned()))?;
                read.path = Some(path.clone());
                Ok(read)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(error(e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_lists_and_flags() {
        let config: ConftestToml = toml::from_str(
            "policy = 'rules'\nnamespace = ['a', 'b']\nno-color = true\nupdate = []\n",
        )
        .unwrap();
        assert_eq!(config.policy.values(), ["rules"]);
        assert_eq!(config.namespace.values(), ["a", "b"]);
        assert!(config.no_color && !config.no_fail);
        assert!(toml::from_str::<ConftestToml>("no-color = 'x'").is_err());
    }
}
