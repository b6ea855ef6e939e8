//! Plan addresses reduced to configuration addresses.
//!
//! `module.a[0].module.b["k"].aws_x.y[1]` is the block `aws_x.y` in module
//! `b` inside module `a`: instance keys say which instance, not which block.

/// A resource or data block, located by the chain of module calls leading to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ConfigAddress {
    /// Module call names from the root, without instance keys.
    pub modules: Vec<String>,
    pub data: bool,
    pub resource_type: String,
    pub name: String,
}

/// Splits on dots outside `[...]` (instance keys may contain dots) and
/// drops the instance keys.
fn segments(address: &str) -> Option<Vec<String>> {
    let mut segments = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for c in address.chars() {
        if in_string {
            in_string = c != '"' || escaped;
            escaped = c == '\\' && !escaped;
            continue;
        }
        match c {
            '"' if depth > 0 => in_string = true,
            '[' => depth += 1,
            ']' => depth = depth.checked_sub(1)?,
            '.' if depth == 0 => segments.push(std::mem::take(&mut current)),
            _ if depth == 0 => current.push(c),
            _ => {}
        }
    }
    if depth != 0 || in_string {
        return None;
    }
    segments.push(current);
    Some(segments)
}

impl ConfigAddress {
    pub fn parse(address: &str) -> Option<Self> {
        let segments = segments(address)?;
        let mut rest = segments.as_slice();
        let mut modules = Vec::new();
        while let [first, name, tail @ ..] = rest
            && first == "module"
        {
            modules.push(name.clone());
            rest = tail;
        }
        let (data, rest) = match rest {
            [first, tail @ ..] if first == "data" => (true, tail),
            _ => (false, rest),
        };
        match rest {
            [resource_type, name] if !resource_type.is_empty() && !name.is_empty() => Some(Self {
                modules,
                data,
                resource_type: resource_type.clone(),
                name: name.clone(),
            }),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_instance_keys_and_walks_modules() {
        let address = ConfigAddress::parse(r#"module.a[0].module.b["k.x"].aws_x.y[1]"#).unwrap();
        assert_eq!(address.modules, ["a", "b"]);
        assert_eq!(
            (address.resource_type.as_str(), address.name.as_str()),
            ("aws_x", "y")
        );
        assert!(!address.data);
        let data = ConfigAddress::parse("data.aws_iam_policy_document.p").unwrap();
        assert!(data.data);
        assert_eq!(
            ConfigAddress::parse(r#"aws_s3_bucket.b["a]b"]"#)
                .unwrap()
                .name,
            "b"
        );
        assert_eq!(ConfigAddress::parse("module.a"), None);
        assert_eq!(ConfigAddress::parse("a.b[0"), None);
    }
}
