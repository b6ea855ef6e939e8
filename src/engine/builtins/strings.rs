//! `regex.globs_match` and `strings.render_template`, with OPA's semantics.

use std::collections::{HashSet, VecDeque};

use anyhow::{Result, anyhow, bail};
use regex_automata::Anchored;
use regex_automata::dfa::{Automaton, dense};
use regex_automata::util::{start, syntax};
use regorus::Value;

/// Whether some non-empty string matches both globs. OPA's globs are
/// regular expressions limited to `.`, `*`, `+`, `[...]`, `-` and `\`;
/// every other character is literal. Decided by walking the product of
/// the two DFAs, so the answer is exact, not sampled.
pub fn globs_match(first: &str, second: &str) -> Result<bool> {
    let a = glob_dfa(first)?;
    let b = glob_dfa(second)?;
    let config = start::Config::new().anchored(Anchored::Yes);
    let start = (a.start_state(&config)?, b.start_state(&config)?);
    let mut seen = HashSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some((sa, sb)) = queue.pop_front() {
        for byte in 0..=u8::MAX {
            let next = (a.next_state(sa, byte), b.next_state(sb, byte));
            if a.is_dead_state(next.0) || b.is_dead_state(next.1) {
                continue;
            }
            if a.is_match_state(a.next_eoi_state(next.0))
                && b.is_match_state(b.next_eoi_state(next.1))
            {
                return Ok(true);
            }
            if seen.insert(next) {
                queue.push_back(next);
            }
        }
    }
    Ok(false)
}

fn glob_dfa(glob: &str) -> Result<dense::DFA<Vec<u32>>> {
    let mut pattern = String::from("(?s:");
    let mut chars = glob.chars();
    while let Some(c) = chars.next() {
        match c {
            '.' | '*' | '+' | '[' | ']' | '-' => pattern.push(c),
            '\\' => {
                let escaped = chars
                    .next()
                    .ok_or_else(|| anyhow!("regex.globs_match: trailing backslash in {glob:?}"))?;
                pattern.push_str(&regex_syntax::escape(&escaped.to_string()));
            }
            c => pattern.push_str(&regex_syntax::escape(&c.to_string())),
        }
    }
    pattern.push_str(")$");
    dense::Builder::new()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .build(&pattern)
        .map_err(|e| anyhow!("regex.globs_match: invalid glob {glob:?}: {e}"))
}

/// Go `text/template` as far as Rego policies use it: `{{.key}}` and
/// `{{ .a.b }}` fields, rendered as OPA renders them. Any other action is an error, never a silently wrong string.
pub fn render_template(template: &str, vars: &Value) -> Result<String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after
            .find("}}")
            .ok_or_else(|| anyhow!("strings.render_template: unclosed action"))?;
        let action = after[..close].trim();
        let Some(path) = action.strip_prefix('.') else {
            bail!("strings.render_template: unsupported action {{{{{action}}}}}");
        };
        let mut value = vars.clone();
        if !path.is_empty() {
            for key in path.split('.') {
                if key.is_empty() || !key.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    bail!("strings.render_template: unsupported action {{{{{action}}}}}");
                }
                value = value[key].clone();
            }
        }
        out.push_str(&go_print(&value));
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// How OPA's template prints a field: `<undefined>` for a missing or null
/// field, otherwise as Go's `fmt` prints the decoded JSON value.
fn go_print(value: &Value) -> String {
    match value {
        Value::Undefined | Value::Null => "<undefined>".to_owned(),
        other => go_fmt(other),
    }
}

/// Go's `%v` of decoded JSON: `map[k:v]` with sorted keys, `[a b]`, raw
/// strings, `<nil>` for null.
fn go_fmt(value: &Value) -> String {
    match value {
        Value::Null | Value::Undefined => "<nil>".to_owned(),
        Value::String(s) => s.to_string(),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(go_fmt).collect();
            format!("[{}]", items.join(" "))
        }
        Value::Set(items) => {
            let items: Vec<String> = items.iter().map(go_fmt).collect();
            format!("[{}]", items.join(" "))
        }
        Value::Object(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|(k, v)| format!("{}:{}", go_fmt(k), go_fmt(v)))
                .collect();
            format!("map[{}]", fields.join(" "))
        }
        other => other.to_json_str().unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_intersect_exactly() {
        assert!(globs_match("a.a.[0-9]+z", ".b.b2359825792*594823z").unwrap());
        assert!(globs_match("[a-c]+", "b*").unwrap());
        assert!(!globs_match("[a-z]+", "[0-9]*").unwrap());
        assert!(!globs_match("abc", "abd").unwrap());
        assert!(globs_match("a(b", "a\\(b").unwrap());
        assert!(globs_match("a.b", "a?b").unwrap());
        assert!(!globs_match("a?b", "axb").unwrap());
    }

    #[test]
    fn templates_render_fields() {
        let vars = Value::from_json_str(r#"{"name": "world", "n": {"x": 3}}"#).unwrap();
        assert_eq!(
            render_template("hello {{.name}}, {{ .n.x }} {{.missing}}", &vars).unwrap(),
            "hello world, 3 <undefined>"
        );
        // What OPA's Go engine (opa-golib-python-bindings) answered for these.
        let vars = Value::from_json_str(
            r#"{"z": null, "o": {"b": 1, "a": [2, {"c": null}]}, "l": [], "big": 10000000000}"#,
        )
        .unwrap();
        assert_eq!(
            render_template("{{.z}}|{{.o}}|{{.l}}|{{.m.q}}|{{.big}}", &vars).unwrap(),
            "<undefined>|map[a:[2 map[c:<nil>]] b:1]|[]|<undefined>|10000000000"
        );
        assert!(render_template("{{range .n}}{{end}}", &vars).is_err());
        assert!(render_template("{{.name", &vars).is_err());
    }
}
