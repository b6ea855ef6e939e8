//! Reading the `.tf` and `.tf.json` files of one module folder, keeping the
//! byte span of every `resource`, `data` and `module` block and of what is
//! inside them.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use hcl_edit::Span;
use hcl_edit::expr::{Expression, ObjectKey};
use hcl_edit::structure::{Body as HclBody, Structure};
use serde_json::value::RawValue;

use crate::finding::PathStep;
use crate::plan::locate;

/// One configuration file, with its text for snippets.
#[derive(Debug)]
pub struct TerraformFile {
    /// Path relative to the repository root, with `/` separators.
    pub display: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl TerraformFile {
    pub fn new(display: String, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            display,
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let index = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[index];
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (index + 1, column)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Resource,
    Data,
    Module,
}

/// What is inside a block: parsed HCL, or the byte range of a JSON object.
#[derive(Debug)]
pub enum BlockBody {
    Hcl(HclBody),
    Json(Range<usize>),
}

/// A `resource`, `data` or `module` block.
#[derive(Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// `[type, name]` for resources and data sources, `[name]` for modules.
    pub labels: Vec<String>,
    /// Index of the file in the source map.
    pub file: usize,
    pub span: Range<usize>,
    pub body: BlockBody,
}

/// Where a path inside a block leads, and what expression sets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub span: Range<usize>,
    /// The attribute's expression text, when the path ended at an attribute.
    pub expression: Option<String>,
}

impl Block {
    /// The deepest attribute or nested block along `path`; `None` when not
    /// even the first step exists (the block itself is then the answer).
    pub fn find(&self, text: &str, path: &[PathStep]) -> Option<Found> {
        match &self.body {
            BlockBody::Hcl(body) => find_hcl(body, text, path),
            BlockBody::Json(range) => {
                let body = text.get(range.clone())?;
                // JSON nests blocks as objects or arrays: try the full path,
                // then shorter ones.
                (1..=path.len()).rev().find_map(|len| {
                    let found = locate::locate(body, &path[..len])?;
                    let span = found.start + range.start..found.end + range.start;
                    Some(Found {
                        expression: text.get(span.clone()).map(str::to_owned),
                        span,
                    })
                })
            }
        }
    }

    /// The text of a module call argument (`cidr = "0.0.0.0/0"`) and its span.
    pub fn argument(&self, text: &str, name: &str) -> Option<Found> {
        self.find(text, &[PathStep::Key(name.to_owned())])
    }

    /// A string-literal attribute such as a module's `source`.
    pub fn string_attribute(&self, text: &str, name: &str) -> Option<String> {
        let expression = self.argument(text, name)?.expression?;
        let value = expression.trim();
        (value.len() >= 2 && value.starts_with('"') && value.ends_with('"'))
            .then(|| value[1..value.len() - 1].to_owned())
    }
}

fn find_hcl(body: &HclBody, text: &str, path: &[PathStep]) -> Option<Found> {
    let PathStep::Key(key) = path.first()? else {
        return None;
    };
    if let Some(attribute) = body.get_attribute(key) {
        return find_in_expression(&attribute.value, text, &path[1..]).or_else(|| {
            Some(Found {
                expression: expression_text(&attribute.value, text),
                span: attribute.span()?,
            })
        });
    }
    let mut blocks: Vec<_> = body.get_blocks(key).collect();
    if blocks.is_empty() {
        // `dynamic "ingress" { ... }` stands for every `ingress` block.
        let dynamic = body
            .get_blocks("dynamic")
            .find(|b| b.labels.first().is_some_and(|l| l.as_str() == key))?;
        return Some(Found {
            span: dynamic.span()?,
            expression: None,
        });
    }
    let (block, rest) = match path.get(1) {
        Some(PathStep::Index(index)) => {
            let index = *index;
            if index >= blocks.len() {
                return None;
            }
            (blocks.swap_remove(index), &path[2..])
        }
        _ => (blocks.swap_remove(0), &path[1..]),
    };
    find_hcl(&block.body, text, rest).or_else(|| {
        Some(Found {
            span: block.span()?,
            expression: None,
        })
    })
}

fn expression_text(expression: &Expression, text: &str) -> Option<String> {
    expression
        .span()
        .and_then(|s| text.get(s))
        .map(str::to_owned)
}

/// Follows the rest of a path into object and tuple literals, such as
/// `input = { acl = "public-read" }`, down to the entry that sets it.
fn find_in_expression(expression: &Expression, text: &str, path: &[PathStep]) -> Option<Found> {
    let (value, span) = match (path.first()?, expression) {
        (PathStep::Key(key), Expression::Object(object)) => {
            let (object_key, value) = object.iter().find(|(k, _)| {
                let name = match k {
                    ObjectKey::Ident(ident) => ident.as_str().to_owned(),
                    ObjectKey::Expression(e) => e.as_str().map(str::to_owned).unwrap_or_default(),
                };
                name == *key
            })?;
            let start = object_key.span()?.start;
            let end = value.expr().span()?.end;
            (value.expr(), start..end)
        }
        (PathStep::Index(index), Expression::Array(array)) => {
            let value = array.get(*index)?;
            (value, value.span()?)
        }
        _ => return None,
    };
    find_in_expression(value, text, &path[1..]).or_else(|| {
        Some(Found {
            expression: expression_text(value, text),
            span,
        })
    })
}

/// Parses one `.tf` file into its top-level blocks.
pub fn parse_hcl(text: &str, file: usize) -> Result<Vec<Block>, String> {
    let body = hcl_edit::parser::parse_body(text).map_err(|e| e.to_string())?;
    let mut blocks = Vec::new();
    for structure in body.into_iter() {
        let Structure::Block(block) = structure else {
            continue;
        };
        let kind = match block.ident.as_str() {
            "resource" => BlockKind::Resource,
            "data" => BlockKind::Data,
            "module" => BlockKind::Module,
            _ => continue,
        };
        let Some(span) = block.span() else { continue };
        let labels = block.labels.iter().map(|l| l.as_str().to_owned()).collect();
        blocks.push(Block {
            kind,
            labels,
            file,
            span,
            body: BlockBody::Hcl(block.body),
        });
    }
    Ok(blocks)
}

/// Parses one `.tf.json` file into its top-level blocks.
pub fn parse_json(text: &str, file: usize) -> Result<Vec<Block>, String> {
    type Objects<'a> = BTreeMap<String, &'a RawValue>;
    let base = text.as_ptr() as usize;
    let span_of = |raw: &RawValue| {
        let start = raw.get().as_ptr() as usize - base;
        start..start + raw.get().len()
    };
    let top: Objects<'_> = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let mut blocks = Vec::new();
    for (keyword, kind) in [("resource", BlockKind::Resource), ("data", BlockKind::Data)] {
        let Some(raw) = top.get(keyword) else {
            continue;
        };
        let types: Objects<'_> = serde_json::from_str(raw.get()).map_err(|e| e.to_string())?;
        for (resource_type, raw) in types {
            let names: Objects<'_> = serde_json::from_str(raw.get()).map_err(|e| e.to_string())?;
            for (name, body) in names {
                let span = span_of(body);
                blocks.push(Block {
                    kind,
                    labels: vec![resource_type.clone(), name],
                    file,
                    span: span.clone(),
                    body: BlockBody::Json(span),
                });
            }
        }
    }
    if let Some(raw) = top.get("module") {
        let calls: Objects<'_> = serde_json::from_str(raw.get()).map_err(|e| e.to_string())?;
        for (name, body) in calls {
            let span = span_of(body);
            blocks.push(Block {
                kind: BlockKind::Module,
                labels: vec![name],
                file,
                span: span.clone(),
                body: BlockBody::Json(span),
            });
        }
    }
    Ok(blocks)
}

/// The configuration files of one folder, in name order.
pub fn module_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            p.is_file() && (name.ends_with(".tf") || name.ends_with(".tf.json"))
        })
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    const TF: &str = r#"
resource "aws_security_group" "web" {
  name = var.name
  tags = {
    env  = "prod"
    team = "x"
  }
  ingress {
    cidr_blocks = ["10.0.0.0/8"]
  }
  ingress {
    cidr_blocks = ["0.0.0.0/0"]
  }
}

module "net" {
  source = "./net"
}
"#;

    #[test]
    fn finds_attributes_and_nested_blocks() {
        let blocks = parse_hcl(TF, 0).unwrap();
        assert_eq!(blocks.len(), 2);
        let sg = &blocks[0];
        assert_eq!(sg.labels, ["aws_security_group", "web"]);
        let path = [
            PathStep::Key("ingress".into()),
            PathStep::Index(1),
            PathStep::Key("cidr_blocks".into()),
        ];
        let found = sg.find(TF, &path).unwrap();
        assert!(TF[found.span.clone()].contains("0.0.0.0/0"));
        assert_eq!(found.expression.as_deref(), Some(r#"["0.0.0.0/0"]"#));
        let tags = sg
            .find(
                TF,
                &[PathStep::Key("tags".into()), PathStep::Key("team".into())],
            )
            .unwrap();
        assert_eq!(&TF[tags.span], "team = \"x\"");
        let name = sg.find(TF, &[PathStep::Key("name".into())]).unwrap();
        assert_eq!(name.expression.as_deref(), Some("var.name"));
        assert_eq!(sg.find(TF, &[PathStep::Key("nope".into())]), None);
        assert_eq!(
            blocks[1].string_attribute(TF, "source").as_deref(),
            Some("./net")
        );
    }

    #[test]
    fn json_configuration() {
        let text = r#"{"resource": {"aws_s3_bucket": {"b": {"acl": "public-read"}}},
                       "module": {"m": {"source": "./m"}}}"#;
        let blocks = parse_json(text, 0).unwrap();
        assert_eq!(blocks[0].labels, ["aws_s3_bucket", "b"]);
        let found = blocks[0]
            .find(text, &[PathStep::Key("acl".into())])
            .unwrap();
        assert_eq!(&text[found.span], "\"public-read\"");
        assert_eq!(
            blocks[1].string_attribute(text, "source").as_deref(),
            Some("./m")
        );
    }

    #[test]
    fn line_columns() {
        let file = TerraformFile::new("a.tf".into(), "ab\ncdé\nf".into());
        assert_eq!(file.line_column(0), (1, 1));
        assert_eq!(file.line_column(5), (2, 3));
        assert_eq!(file.line_column(8), (3, 1));
    }
}
