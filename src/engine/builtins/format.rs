//! `sprintf` as OPA computes it: each argument becomes a Go value (an
//! integer number that fits an `int64` that, another number a `float64`, a string a
//! `string`, anything else the string of its Rego term), then Go's
//! `fmt.Sprintf` runs. So widths, flags and precision apply, a verb that
//! does not fit its argument prints `%!d(string=x)`, a missing argument
//! `%!d(MISSING)` and a surplus one `%!(EXTRA string=x)`.

use anyhow::{Result, bail};
use regorus::Value;

/// An argument as Go's `fmt` sees it.
enum Arg {
    Int(i128),
    /// An integer beyond `int64`: Go's `*big.Int`, its decimal digits.
    Big(String),
    Float(f64),
    Str(String),
}

impl Arg {
    fn of(value: &Value) -> Self {
        match value {
            Value::Number(n) if n.is_integer() => match n.as_i64() {
                Some(i) => Self::Int(i128::from(i)),
                // A big integer is Go's `*big.Int`; a large float (`1e21`) stays a float.
                None => match n.as_big() {
                    Some(big) => Self::Big(big.to_string()),
                    None => Self::Float(n.as_f64().unwrap_or(f64::NAN)),
                },
            },
            Value::Number(n) => Self::Float(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => Self::Str(s.to_string()),
            other => Self::Str(term(other)),
        }
    }

    fn go_type(&self) -> &'static str {
        match self {
            Self::Int(_) => "int64",
            Self::Big(_) => "*big.Int",
            Self::Float(_) => "float64",
            Self::Str(_) => "string",
        }
    }

    /// `%v` with no flags.
    fn plain(&self) -> String {
        match self {
            Self::Int(i) => i.to_string(),
            Self::Big(digits) => digits.clone(),
            Self::Float(f) => format_g(*f, None, false),
            Self::Str(s) => s.clone(),
        }
    }
}

/// The text OPA's `ast.Term.String()` gives a value.
pub fn term(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(_) => serde_json::to_string(value).unwrap_or_default(),
        Value::String(s) => quote(s, false),
        Value::Array(items) => format!("[{}]", join(items.iter())),
        Value::Set(items) if items.is_empty() => "set()".to_owned(),
        Value::Set(items) => format!("{{{}}}", join(items.iter())),
        Value::Object(fields) => format!(
            "{{{}}}",
            fields
                .iter()
                .map(|(k, v)| format!("{}: {}", term(k), term(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Undefined => "undefined".to_owned(),
    }
}

fn join<'a>(items: impl Iterator<Item = &'a Value>) -> String {
    items.map(term).collect::<Vec<_>>().join(", ")
}

/// Go's `strconv.Quote` (`ascii`: `QuoteToASCII`, the `+` flag).
fn quote(s: &str, ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if ascii && !c.is_ascii() => {
                if (c as u32) <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Go's quoted character literal (`%q` of an integer).
fn quote_rune(i: i128) -> String {
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some('\'') => "'\\''".to_owned(),
        Some(c) if (c as u32) < 0x20 || c == '\u{7f}' => match c {
            '\n' => "'\\n'".to_owned(),
            '\r' => "'\\r'".to_owned(),
            '\t' => "'\\t'".to_owned(),
            '\u{7}' => "'\\a'".to_owned(),
            '\u{8}' => "'\\b'".to_owned(),
            '\u{c}' => "'\\f'".to_owned(),
            '\u{b}' => "'\\v'".to_owned(),
            c => format!("'\\x{:02x}'", c as u32),
        },
        Some(c) => format!("'{c}'"),
        None => "'\u{fffd}'".to_owned(),
    }
}

#[derive(Default, Clone, Copy)]
struct Spec {
    minus: bool,
    plus: bool,
    space: bool,
    zero: bool,
    sharp: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

impl Spec {
    /// Pads `body` (with its sign already in front) to the width.
    fn pad(&self, body: String, numeric: bool) -> String {
        let Some(width) = self.width else { return body };
        let len = body.chars().count();
        if len >= width {
            return body;
        }
        let fill = width - len;
        if self.minus {
            format!("{body}{}", " ".repeat(fill))
        } else if self.zero && numeric {
            let sign_len = body
                .chars()
                .next()
                .filter(|c| matches!(c, '+' | '-' | ' '))
                .map_or(0, char::len_utf8);
            let (sign, digits) = body.split_at(sign_len);
            format!("{sign}{}{digits}", "0".repeat(fill))
        } else if self.zero {
            format!("{}{body}", "0".repeat(fill))
        } else {
            format!("{}{body}", " ".repeat(fill))
        }
    }

    fn sign(&self, negative: bool) -> &'static str {
        match (negative, self.plus, self.space) {
            (true, ..) => "-",
            (false, true, _) => "+",
            (false, false, true) => " ",
            _ => "",
        }
    }
}

/// `sprintf(format, values)`.
pub fn sprintf(format: &str, values: &[Value]) -> String {
    let args: Vec<Arg> = values.iter().map(Arg::of).collect();
    let mut out = String::new();
    let mut next = 0;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = Spec::default();
        while let Some(&flag) = chars.peek() {
            match flag {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '0' => spec.zero = true,
                '#' => spec.sharp = true,
                _ => break,
            }
            chars.next();
        }
        spec.width = digits(&mut chars);
        if chars.peek() == Some(&'.') {
            chars.next();
            spec.precision = Some(digits(&mut chars).unwrap_or(0));
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        match args.get(next) {
            None => out.push_str(&format!("%!{verb}(MISSING)")),
            Some(arg) => out.push_str(&format_one(verb, spec, arg)),
        }
        next += 1;
    }
    if next < args.len() {
        let extra: Vec<String> = args[next..]
            .iter()
            .map(|a| format!("{}={}", a.go_type(), a.plain()))
            .collect();
        out.push_str(&format!("%!(EXTRA {})", extra.join(", ")));
    }
    out
}

fn digits(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<usize> {
    let mut value: Option<usize> = None;
    while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
        value = Some(
            value
                .unwrap_or(0)
                .saturating_mul(10)
                .saturating_add(d as usize),
        );
        chars.next();
    }
    value
}

fn bad(verb: char, arg: &Arg) -> String {
    format!("%!{verb}({}={})", arg.go_type(), arg.plain())
}

fn format_one(verb: char, spec: Spec, arg: &Arg) -> String {
    match (arg, verb) {
        (Arg::Str(s), 's' | 'v') => {
            let text: String = match spec.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s.clone(),
            };
            spec.pad(text, false)
        }
        (Arg::Str(s), 'q') => {
            let text: String = match spec.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s.clone(),
            };
            let quoted = if spec.sharp
                && !text.contains('`')
                && !text.chars().any(|c| c.is_control() && c != '\t')
            {
                format!("`{text}`")
            } else {
                quote(&text, spec.plus)
            };
            spec.pad(quoted, false)
        }
        (Arg::Str(s), 'x' | 'X') => {
            let bytes = s.as_bytes();
            let bytes = spec
                .precision
                .map_or(bytes, |p| &bytes[..p.min(bytes.len())]);
            let hex: Vec<String> = bytes
                .iter()
                .map(|b| {
                    let h = if verb == 'x' {
                        format!("{b:02x}")
                    } else {
                        format!("{b:02X}")
                    };
                    if spec.sharp {
                        format!("{}{h}", if verb == 'x' { "0x" } else { "0X" })
                    } else {
                        h
                    }
                })
                .collect();
            let sep = if spec.space { " " } else { "" };
            let joined = if spec.sharp && !spec.space {
                let prefix = if verb == 'x' { "0x" } else { "0X" };
                format!(
                    "{prefix}{}",
                    hex.iter()
                        .map(|h| h.trim_start_matches(prefix))
                        .collect::<String>()
                )
            } else {
                hex.join(sep)
            };
            spec.pad(joined, false)
        }
        (Arg::Int(i), 'd' | 'v') => integer(spec, *i, 10, false, ""),
        // `*big.Int` formats itself for these verbs.
        (Arg::Big(digits), 'd' | 'v' | 's') => spec.pad(digits.clone(), true),
        (Arg::Int(i), 'b') => integer(spec, *i, 2, false, "0b"),
        (Arg::Int(i), 'o') => integer(spec, *i, 8, false, "0"),
        (Arg::Int(i), 'O') => integer(
            Spec {
                sharp: true,
                ..spec
            },
            *i,
            8,
            false,
            "0o",
        ),
        (Arg::Int(i), 'x') => integer(spec, *i, 16, false, "0x"),
        (Arg::Int(i), 'X') => integer(spec, *i, 16, true, "0X"),
        (Arg::Int(i), 'c') => spec.pad(
            u32::try_from(*i)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{fffd}')
                .to_string(),
            false,
        ),
        (Arg::Int(i), 'q') => spec.pad(quote_rune(*i), false),
        (Arg::Int(i), 'U') => spec.pad(format!("U+{:04X}", i), false),
        (Arg::Float(f), 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'v') => float(spec, *f, verb),
        _ => bad(verb, arg),
    }
}

fn integer(spec: Spec, value: i128, radix: u32, upper: bool, prefix: &str) -> String {
    let magnitude = value.unsigned_abs();
    let mut digits = match radix {
        2 => format!("{magnitude:b}"),
        8 => format!("{magnitude:o}"),
        16 if upper => format!("{magnitude:X}"),
        16 => format!("{magnitude:x}"),
        _ => magnitude.to_string(),
    };
    if let Some(p) = spec.precision {
        if p == 0 && magnitude == 0 {
            digits.clear();
        }
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let prefix = if spec.sharp && radix != 10 {
        prefix
    } else {
        ""
    };
    let body = format!("{}{prefix}{digits}", spec.sign(value < 0));
    // Go ignores the 0 flag when a precision is given.
    let spec = Spec {
        zero: spec.zero && spec.precision.is_none(),
        ..spec
    };
    spec.pad(body, true)
}

fn float(spec: Spec, value: f64, verb: char) -> String {
    if value.is_nan() {
        return spec.pad(format!("{}NaN", if spec.plus { "+" } else { "" }), false);
    }
    if value.is_infinite() {
        return spec.pad(format!("{}Inf", spec.sign(value < 0.0)), false);
    }
    let magnitude = value.abs();
    let body = match verb {
        'e' | 'E' => exponent(magnitude, spec.precision.unwrap_or(6), verb == 'E'),
        'f' | 'F' => format!("{magnitude:.*}", spec.precision.unwrap_or(6)),
        _ => format_g(magnitude, spec.precision, verb == 'G'),
    };
    let body = format!(
        "{}{body}",
        spec.sign(value.is_sign_negative() && value != 0.0)
    );
    spec.pad(body, true)
}

/// `%e`: `d.dddddde±XX`, at least two exponent digits.
fn exponent(value: f64, precision: usize, upper: bool) -> String {
    let text = format!("{value:.precision$e}");
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if exp < 0 { '-' } else { '+' };
    format!(
        "{mantissa}{}{sign}{:02}",
        if upper { 'E' } else { 'e' },
        exp.abs()
    )
}

/// `%g` (and `%v` of a float): the shortest representation, or `precision`
/// significant digits; exponent form when the exponent is below -4 or at
/// least the precision (6 for the shortest form, as Go's strconv decides).
pub fn format_g(value: f64, precision: Option<usize>, upper: bool) -> String {
    if value == 0.0 {
        return "0".to_owned();
    }
    let (digits, exp) = match precision {
        None => {
            let text = format!("{:e}", value.abs());
            let (m, e) = text.split_once('e').unwrap_or((&text, "0"));
            (m.replace('.', ""), e.parse::<i32>().unwrap_or(0))
        }
        Some(p) => {
            let p = p.max(1);
            let text = format!("{:.*e}", p - 1, value.abs());
            let (m, e) = text.split_once('e').unwrap_or((&text, "0"));
            (
                m.replace('.', "").trim_end_matches('0').to_owned(),
                e.parse::<i32>().unwrap_or(0),
            )
        }
    };
    let digits = if digits.is_empty() {
        "0".to_owned()
    } else {
        digits
    };
    let eprec = match precision {
        None => 6,
        Some(p) => {
            let p = p.max(1) as i32;
            if p > digits.len() as i32 && digits.len() as i32 > exp {
                digits.len() as i32
            } else {
                p
            }
        }
    };
    let sign = if value < 0.0 { "-" } else { "" };
    if exp < -4 || exp >= eprec {
        let (first, rest) = digits.split_at(1);
        let mantissa = if rest.is_empty() {
            first.to_owned()
        } else {
            format!("{first}.{rest}")
        };
        let e = if upper { 'E' } else { 'e' };
        let s = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mantissa}{e}{s}{:02}", exp.abs())
    } else if exp < 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-exp - 1) as usize))
    } else {
        let point = (exp + 1) as usize;
        if digits.len() <= point {
            format!("{sign}{digits}{}", "0".repeat(point - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..point], &digits[point..])
        }
    }
}

/// The extension: `(format, array)`; a non-string format or non-array
/// values is OPA's operand type error.
pub fn extension(args: Vec<Value>) -> Result<Value> {
    let format = match &args[0] {
        Value::String(s) => s.clone(),
        other => bail!(
            "sprintf: operand 1 must be string but got {}",
            type_name(other)
        ),
    };
    let values = match &args[1] {
        Value::Array(items) => items.clone(),
        other => bail!(
            "sprintf: operand 2 must be array but got {}",
            type_name(other)
        ),
    };
    let values: Vec<Value> = values.iter().cloned().collect();
    Ok(Value::from(sprintf(&format, &values)))
}

/// OPA's name for a value's type, as its errors give it.
pub fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Set(_) => "set",
        Value::Object(_) => "object",
        Value::Undefined => "undefined",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(format: &str, values: serde_json::Value) -> String {
        let Value::Array(items) = Value::from(values) else {
            unreachable!()
        };
        let items: Vec<Value> = items.iter().cloned().collect();
        sprintf(format, &items)
    }

    /// Expected strings are OPA's (opa-golib-python-bindings).
    #[test]
    fn formats_as_opa() {
        assert_eq!(
            fmt(
                "[%-6s|%6s|%-4d|%8.3f|%q|%v|%q|%v|%d]",
                serde_json::json!(["abc", "cd", 7, 1.23456, "x", "s", 5, [1, "a"], 2])
            ),
            "[abc   |    cd|7   |   1.235|\"x\"|s|'\\x05'|[1, \"a\"]|2]"
        );
        assert_eq!(fmt("%d", serde_json::json!(["x"])), "%!d(string=x)");
        assert_eq!(fmt("%s %s", serde_json::json!(["x"])), "x %!s(MISSING)");
        assert_eq!(fmt("%s", serde_json::json!(["x", 1])), "x%!(EXTRA int64=1)");
        assert_eq!(fmt("%v %v", serde_json::json!([1.5, 1e21])), "1.5 1e+21");
        assert_eq!(
            fmt("%05d|%+d|%x", serde_json::json!([42, 3, 255])),
            "00042|+3|ff"
        );
        // As a Rego literal gives it (JSON input is read as a float).
        let big = Value::from_numeric_string("123456789123456789123").unwrap();
        assert_eq!(
            sprintf("%s|%d", &[big.clone(), big]),
            "123456789123456789123|123456789123456789123"
        );
        assert_eq!(
            fmt("%v", serde_json::json!([{"b": 1, "a": [true, null]}])),
            "{\"a\": [true, null], \"b\": 1}"
        );
    }
}
