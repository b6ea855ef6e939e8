//! `tfguard test`: Conftest's semantics, for policies written for Conftest.
//!
//! Kept apart from `check`'s model on purpose: Conftest counts "tests" and
//! "successes" its own way, reports per file and namespace, and has
//! exceptions instead of findings. What is reproduced (from Conftest's
//! `policy/engine.go` and `output/`):
//!
//! - rules named `^(deny|violation)(_[a-zA-Z0-9]+)*$` fail and
//!   `^warn(_[a-zA-Z0-9]+)*$` warn, in the selected namespaces;
//! - for each distinct rule name, `data.<ns>.exception[_][_] == "<name>"`
//!   (name without `deny_`/`violation_`/`warn_`) is queried first: a match
//!   drops the rule's results and counts one exception per match, with the
//!   query as its message;
//! - a rule's set value gives one result per element (strings, or objects
//!   with a string `msg`, `_loc`, and other keys as metadata); an empty value
//!   is one success; and when fewer results than rule definitions came back,
//!   the difference counts as successes;
//! - each failure and warning carries `metadata.query`, and every query
//!   records its `print()` output (and, with `--trace`, a trace) as a
//!   `QueryResult`, which the `stdout` output and `render_trace` show.

mod output;
mod toml_file;
mod verify;

use std::collections::BTreeSet;
use std::path::Path;

use rayon::prelude::*;

use globset::GlobSet;
use regorus::Value;
use serde::Serialize;

use crate::engine::{CompileOptions, RuleHead, compile, exception_query, rule_heads, timed_out};
use crate::finding::Level;
use crate::plan::{DecodeError, PlanInput, Redactor, TerraformBin, read_plan_bytes};
use crate::policy::{PolicyError, PolicyFile};
use crate::rego::Sources;

pub use output::{OutputFormat, RenderOptions, render, render_trace};
pub use toml_file::{ConftestToml, ConftestTomlError, OneOrMany};
pub use verify::{FileCoverage, TestOutcome, Verification, VerifyOptions, verify};

/// One result of one rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TestResult {
    pub msg: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loc: Option<ResultLocation>,
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    pub metadata: serde_json::Map<String, serde_json::Value>,
}

/// `_loc` of an object result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultLocation {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<serde_json::Number>,
}

/// Conftest's `CheckResult`: one file against one namespace.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CheckResult {
    pub filename: String,
    pub namespace: String,
    pub successes: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<TestResult>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<TestResult>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<TestResult>,
    /// Every query run, in order; the JSON output leaves them out, as Conftest's does.
    #[serde(skip)]
    pub queries: Vec<QueryResult>,
}

/// Conftest's `QueryResult`: one query's `print()` output and trace.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryResult {
    pub query: String,
    /// No result with a message came back.
    pub passed: bool,
    /// `print()` calls, each `file:line: message`.
    pub outputs: Vec<String>,
    /// Trace lines, when tracing: the policy lines evaluated and the value.
    pub traces: Vec<String>,
}

impl CheckResult {
    fn total(&self) -> usize {
        self.successes + self.warnings.len() + self.failures.len() + self.exceptions.len()
    }
}

/// One input file's JSON (any encoding `check` accepts), and the values
/// it marks sensitive.
fn read_input(
    input: &PlanInput,
    terraform: &TerraformBin,
) -> Result<(Value, BTreeSet<String>), TestError> {
    let input_error = |message: String| TestError::Input {
        file: input.name(),
        message,
    };
    let bytes = read_plan_bytes(input, terraform).map_err(|e| input_error(e.to_string()))?;
    let text =
        crate::plan::decode_text(&bytes).map_err(|e: DecodeError| input_error(e.to_string()))?;
    // The conversion on every core, the sensitive values beside it.
    let (value, sensitive) = rayon::join(
        || crate::engine::json_to_value(&text),
        || Redactor::sensitive_values(&text),
    );
    let value = value.map_err(|e| input_error(format!("invalid JSON: {e}")))?;
    Ok((value, sensitive))
}

/// Unlike Conftest, `test` keeps plan values marked sensitive out of every
/// output: messages, metadata, `print()` output and traces (under Atlantis
/// this text becomes a pull-request comment).
fn redact(result: &mut CheckResult, redactor: &Redactor) {
    if redactor.is_empty() {
        return;
    }
    for item in result
        .warnings
        .iter_mut()
        .chain(&mut result.failures)
        .chain(&mut result.exceptions)
    {
        item.msg = redactor.redact(&item.msg);
        let mut metadata = serde_json::Value::Object(std::mem::take(&mut item.metadata));
        redactor.redact_json(&mut metadata);
        if let serde_json::Value::Object(map) = metadata {
            item.metadata = map;
        }
    }
    for query in &mut result.queries {
        for line in query.outputs.iter_mut().chain(&mut query.traces) {
            *line = redactor.redact(line);
        }
    }
}

/// Resource-level packages (`custom.resource_types`) expect one resource
/// change as `input`; given the whole plan they would match nothing and
/// pass in silence. `test` refuses them instead.
fn refuse_resource_level(
    files: &[PolicyFile],
    heads: &[RuleHead],
    namespaces: &[String],
) -> Result<(), PolicyError> {
    // Only a file that names `resource_types` can declare it: no METADATA
    // parse at start-up for the rest.
    for file in files.iter().filter(|f| f.text.contains("resource_types")) {
        let Some(head) = heads
            .iter()
            .find(|h| h.file == file.path && namespaces.contains(&h.package))
        else {
            continue;
        };
        let annotations = crate::policy::metadata::parse_file_as_opa(file)?;
        if annotations
            .package
            .is_some_and(|p| p.custom.resource_types.is_some())
        {
            let line = file
                .text
                .lines()
                .position(|l| l.trim_start().starts_with("package "))
                .map_or(1, |n| n + 1);
            return Err(PolicyError::Rego {
                path: file.path.clone(),
                text: file.text.clone(),
                line,
                column: 1,
                message: format!(
                    "package {} is resource-level (METADATA custom.resource_types): its rules read one resource change, so `tfguard test` cannot run them on a whole plan; check them with `tfguard check -p {}`",
                    head.package, file.path
                ),
            });
        }
    }
    Ok(())
}

/// Whether the results fail the run: any failure, or with `fail_on_warn`
/// any warning. tfguard exits 1 for both, where Conftest's
/// `--fail-on-warn` exits 2 on failures: 2 means an error everywhere here.
pub fn fails(results: &[CheckResult], fail_on_warn: bool) -> bool {
    results
        .iter()
        .any(|r| !r.failures.is_empty() || (fail_on_warn && !r.warnings.is_empty()))
}

/// Why `tfguard test` could not produce results.
#[derive(Debug, thiserror::Error)]
pub enum TestError {
    #[error(transparent)]
    Policy(#[from] PolicyError),
    #[error(transparent)]
    Config(#[from] ConftestTomlError),
    #[error("{file}: {message}")]
    Input { file: String, message: String },
    #[error("{file}: evaluating {query}: {message}")]
    Eval {
        file: String,
        query: String,
        message: String,
    },
}

/// How policies are loaded and evaluated.
#[derive(Debug, Clone, Default)]
pub struct TestOptions {
    /// Namespaces to select (globs); `None` for every namespace.
    pub namespaces: Option<GlobSet>,
    /// Parse with Rego v0 syntax instead of v1.
    pub rego_v0: bool,
    /// OPA's compiler strict mode (`--strict`).
    pub strict: bool,
    /// A built-in error ends the run (`--show-builtin-errors`); by default
    /// the call is undefined and evaluation goes on, as in Conftest.
    pub show_builtin_errors: bool,
    /// Record a trace of each query (`--trace`).
    pub trace: bool,
    /// See `engine::CompileOptions::policy_timeout`.
    pub policy_timeout: Option<std::time::Duration>,
}

/// Loaded policies, ready to test inputs.
pub struct Tester {
    engine: regorus::Engine,
    /// To locate evaluation errors on the user's columns.
    sources: Sources,
    heads: Vec<RuleHead>,
    namespaces: Vec<String>,
    trace: bool,
    policy_timeout: Option<std::time::Duration>,
    /// Whether any policy calls `print()`: then each query must run on its
    /// own, so that its output is its own.
    prints: bool,
    /// The namespaces whose policy rules read only `input` (see
    /// [`independent_namespaces`]).
    independent: BTreeSet<String>,
}

impl Tester {
    pub fn new(
        files: &[PolicyFile],
        data: &[serde_json::Value],
        options: &TestOptions,
    ) -> Result<Self, PolicyError> {
        let crate::engine::Compiled {
            mut engine,
            sources,
            ..
        } = compile(
            files,
            data,
            CompileOptions {
                rego_v0: options.rego_v0,
                strict: options.strict,
                per_definition: false,
                lenient_builtins: !options.show_builtin_errors,
                policy_timeout: options.policy_timeout,
                inline_functions: false,
            },
            None,
        )?;
        let heads = rule_heads(&mut engine);
        let mut all: Vec<String> = engine
            .get_packages()
            .unwrap_or_default()
            .into_iter()
            .map(|p| p.trim_start_matches("data.").to_owned())
            .collect();
        all.sort();
        all.dedup();
        let namespaces: Vec<String> = all
            .into_iter()
            .filter(|ns| options.namespaces.as_ref().is_none_or(|g| g.is_match(ns)))
            .collect();
        refuse_resource_level(files, &heads, &namespaces)?;
        let independent = independent_namespaces(&mut engine, &heads);
        engine.set_gather_prints(true);
        engine.set_enable_coverage(options.trace);
        Ok(Self {
            engine,
            sources,
            heads,
            namespaces,
            trace: options.trace,
            policy_timeout: options.policy_timeout,
            prints: files.iter().any(|f| f.text.contains("print(")),
            independent,
        })
    }

    /// Tests one plan: JSON in any encoding `check` reads, or a binary plan.
    pub fn test_file(
        &self,
        input: &PlanInput,
        terraform: &TerraformBin,
    ) -> Result<Vec<CheckResult>, TestError> {
        let display = input.name();
        let (value, sensitive) = read_input(input, terraform)?;
        self.test_input(value, &display, &Redactor::new(sensitive))
    }

    /// Conftest's `--combine`: one input, the files as `{path, contents}`
    /// sorted by path, reported as the file `Combined`.
    pub fn test_combined(
        &self,
        files: &[PlanInput],
        terraform: &TerraformBin,
    ) -> Result<Vec<CheckResult>, TestError> {
        let mut sensitive = BTreeSet::new();
        let mut inputs = files
            .iter()
            .map(|input| {
                let (value, values) = read_input(input, terraform)?;
                sensitive.extend(values);
                Ok((input.name(), value))
            })
            .collect::<Result<Vec<_>, TestError>>()?;
        inputs.sort_by(|a, b| a.0.cmp(&b.0));
        let combined: Vec<Value> = inputs
            .into_iter()
            .map(|(path, contents)| {
                let mut entry = std::collections::BTreeMap::new();
                entry.insert(Value::from("path"), Value::from(path));
                entry.insert(Value::from("contents"), contents);
                Value::from(entry)
            })
            .collect();
        self.test_input(Value::from(combined), "Combined", &Redactor::new(sensitive))
    }

    fn test_input(
        &self,
        input: Value,
        display: &str,
        redactor: &Redactor,
    ) -> Result<Vec<CheckResult>, TestError> {
        let mut engine = self.engine.clone();
        let dir = Path::new(display)
            .parent()
            .map(|p| p.display().to_string())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| ".".to_owned());
        let file_data = serde_json::json!({"conftest": {"file": {"name": display, "dir": dir}}});
        engine
            .add_data(Value::from(file_data))
            .map_err(|e| TestError::Input {
                file: display.to_owned(),
                message: e.to_string(),
            })?;
        engine.set_input(input);
        self.namespaces
            .iter()
            .map(|namespace| {
                let mut result =
                    self.check(&mut engine, display, namespace)
                        .map_err(|e| match e {
                            TestError::Eval {
                                file,
                                query,
                                message,
                            } => TestError::Eval {
                                file,
                                query,
                                message: redactor.redact(&message),
                            },
                            other => other,
                        })?;
                redact(&mut result, redactor);
                Ok(result)
            })
            .collect()
    }

    fn check(
        &self,
        engine: &mut regorus::Engine,
        file: &str,
        namespace: &str,
    ) -> Result<CheckResult, TestError> {
        let heads: Vec<&RuleHead> = self
            .heads
            .iter()
            .filter(|h| h.package == namespace)
            .collect();
        let mut names: Vec<&str> = Vec::new();
        for head in &heads {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(&head.name)) {
                names.push(&head.name);
            }
        }
        let mut result = CheckResult {
            filename: file.to_owned(),
            namespace: namespace.to_owned(),
            successes: 0,
            warnings: Vec::new(),
            failures: Vec::new(),
            exceptions: Vec::new(),
            queries: Vec::new(),
        };
        let eval_error = |query: &str, message: String| {
            if let Some(message) = timed_out(&message, self.policy_timeout) {
                return TestError::Eval {
                    file: file.to_owned(),
                    query: query.to_owned(),
                    message,
                };
            }
            let located = self.sources.locate(&message);
            TestError::Eval {
                file: file.to_owned(),
                query: query.to_owned(),
                message: match located.at {
                    Some((path, line, column)) => {
                        format!("{path}:{line}:{column}: {}", located.message)
                    }
                    None => located.message.to_owned(),
                },
            }
        };
        let package = self.package_value(engine, namespace, &names);
        for name in names {
            let level = heads
                .iter()
                .find(|h| h.name == name)
                .map_or(Level::Failure, |h| h.level);
            let exception_query = exception_query(namespace, name);
            let matches = self
                .query(
                    engine,
                    &exception_query,
                    &mut result.queries,
                    |engine, query| {
                        let matches = match &package {
                            Some(package) => exception_matches(package, name),
                            None => engine.eval_query(query.to_owned(), false)?.result.len(),
                        };
                        Ok(Evaluated {
                            value: Value::from(matches),
                            passed: true,
                            read: matches,
                        })
                    },
                )
                .map_err(|e| eval_error(&exception_query, e.to_string()))?;
            for _ in 0..matches {
                result.exceptions.push(TestResult {
                    msg: exception_query.clone(),
                    loc: None,
                    metadata: serde_json::Map::new(),
                });
            }
            let query = format!("data.{namespace}.{name}");
            let results = self
                .query(engine, &query, &mut result.queries, |engine, query| {
                    let value = match &package {
                        Some(package) => package[name].clone(),
                        None => engine.eval_rule(query.to_owned())?,
                    };
                    let results = rule_results(&value, query).map_err(anyhow::Error::msg)?;
                    Ok(Evaluated {
                        value,
                        passed: results.is_empty(),
                        read: results,
                    })
                })
                .map_err(|e| eval_error(&query, e.to_string()))?;
            if matches > 0 {
                continue;
            }
            if results.is_empty() {
                result.successes += 1;
            }
            for item in results {
                match level {
                    Level::Failure => result.failures.push(item),
                    Level::Warning => result.warnings.push(item),
                }
            }
        }
        // One success per rule definition that produced nothing.
        if result.total() < heads.len() {
            result.successes += heads.len() - result.total();
        }
        Ok(result)
    }

    /// The values of the namespace's policy rules `names` and of its
    /// `exception`, as an object by rule name (an undefined rule left
    /// out), so that the helper rules every policy rule reads (regula's
    /// resource views and report) are computed once instead of once per
    /// query, as in OPA's one-pass evaluation. The rules of a namespace
    /// whose rules read no helper are shared out among the cores instead,
    /// each group evaluated in one query on its own copy of `engine`.
    /// `None`, and so one query per rule as Conftest runs them, when a
    /// query's own `print()` output or trace is needed, or when a rule
    /// fails: the per-rule queries then report exactly the error Conftest
    /// would.
    fn package_value(
        &self,
        engine: &regorus::Engine,
        namespace: &str,
        names: &[&str],
    ) -> Option<Value> {
        if self.trace || self.prints {
            return None;
        }
        let groups = if self.independent.contains(namespace) {
            rayon::current_num_threads().clamp(1, names.len().max(1))
        } else {
            1
        };
        let rules: Vec<Vec<&str>> = (0..groups)
            .map(|group| {
                let mut rules: Vec<&str> =
                    names.iter().skip(group).step_by(groups).copied().collect();
                if group == 0 {
                    rules.push("exception");
                }
                rules
            })
            .collect();
        let values: Vec<Value> = rules
            .par_iter()
            .map(|rules| {
                // `[v | v := rule]`: one query for the group, which an
                // undefined rule does not make undefined.
                let entries: Vec<String> = rules
                    .iter()
                    .map(|rule| format!("{rule:?}: [__v | __v := data.{namespace}.{rule}]"))
                    .collect();
                let query = format!("{{{}}}", entries.join(", "));
                let results = engine.clone().eval_query(query, false).ok()?;
                let expression = results
                    .result
                    .into_iter()
                    .next()?
                    .expressions
                    .into_iter()
                    .next()?;
                Some(expression.value)
            })
            .collect::<Option<Vec<_>>>()?;
        let mut package = std::collections::BTreeMap::new();
        for group in &values {
            for (rule, value) in group.as_object().ok()?.iter() {
                if let Some(value) = value.as_array().ok()?.first() {
                    package.insert(rule.clone(), value.clone());
                }
            }
        }
        Some(Value::from(package))
    }

    /// Runs one query, recording its `print()` output and, when tracing,
    /// the policy lines it evaluated, as Conftest records a `QueryResult`;
    /// returns what `eval` read from the value.
    fn query<T>(
        &self,
        engine: &mut regorus::Engine,
        query: &str,
        queries: &mut Vec<QueryResult>,
        eval: impl FnOnce(&mut regorus::Engine, &str) -> anyhow::Result<Evaluated<T>>,
    ) -> anyhow::Result<T> {
        if self.trace {
            engine.clear_coverage_data();
        }
        let evaluated = eval(engine, query);
        let outputs = engine.take_prints()?;
        let evaluated = evaluated?;
        let traces = if self.trace {
            trace_lines(
                &engine.get_coverage_report()?,
                &self.sources,
                &evaluated.value,
            )
        } else {
            Vec::new()
        };
        queries.push(QueryResult {
            query: query.to_owned(),
            passed: evaluated.passed,
            outputs,
            traces,
        });
        Ok(evaluated.read)
    }
}

/// The namespaces whose policy rules and `exception` read nothing but
/// `input`: no other rule of their package (a helper, a policy rule), no
/// `data` (the front end has written import aliases out as `data.`
/// references). A local that only shares a rule's name counts as a read:
/// the test errs towards evaluating a namespace as one.
fn independent_namespaces(engine: &mut regorus::Engine, heads: &[RuleHead]) -> BTreeSet<String> {
    struct Names(BTreeSet<String>);
    impl crate::rego::walk::Visitor for Names {
        fn expr(&mut self, expr: &regorus::unstable::Expr) {
            if let regorus::unstable::Expr::Var { span, .. } = expr {
                self.0.insert(span.text().to_owned());
            }
        }
    }
    let mut rules: std::collections::BTreeMap<String, BTreeSet<String>> = Default::default();
    for (_, package, name, _) in crate::engine::rule_definitions(engine) {
        rules.entry(package).or_default().insert(name);
    }
    let modules = engine.get_modules().clone();
    let mut dependent = BTreeSet::new();
    for module in modules.iter() {
        let package = module.package.refr.span().text().to_owned();
        let package_rules = &rules[&package];
        for rule in &module.policy {
            let name = crate::rego::walk::rule_name(rule);
            let read_by_the_query =
                name == "exception" || heads.iter().any(|h| h.package == package && h.name == name);
            if !read_by_the_query {
                continue;
            }
            let mut read = Names(BTreeSet::new());
            crate::rego::walk::visit_rule(rule, &mut read);
            if read
                .0
                .iter()
                .any(|var| var == "data" || (var != name && package_rules.contains(var)))
            {
                dependent.insert(package.clone());
            }
        }
    }
    rules
        .into_keys()
        .filter(|package| !dependent.contains(package))
        .collect()
}

/// How many `data.<ns>.exception[_][_] == "<name>"` matches `package`
/// holds, counted as the query counts them.
fn exception_matches(package: &Value, rule: &str) -> usize {
    let wanted = Value::from(crate::engine::exception_name(rule));
    members(&package["exception"])
        .map(|inner| members(inner).filter(|v| **v == wanted).count())
        .sum()
}

/// The values `_` ranges over in `value[_]`.
fn members(value: &Value) -> Box<dyn Iterator<Item = &Value> + '_> {
    match value {
        Value::Array(items) => Box::new(items.iter()),
        Value::Set(items) => Box::new(items.iter()),
        Value::Object(items) => Box::new(items.iter().map(|(_, v)| v)),
        _ => Box::new(std::iter::empty()),
    }
}

/// One query's value (for the trace), whether it passed, and what the
/// caller reads from it.
struct Evaluated<T> {
    value: Value,
    passed: bool,
    read: T,
}

/// A query's trace: each policy line it evaluated, in file and line order,
/// then its value. regorus has no step-by-step tracer like OPA's, so this is
/// what a trace can truthfully show.
fn trace_lines(
    coverage: &regorus::coverage::Report,
    sources: &Sources,
    value: &Value,
) -> Vec<String> {
    let mut lines = Vec::new();
    let mut files: Vec<_> = coverage.files.iter().collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    for file in files {
        // The user's lines, not the front end's rewrites of them.
        let text = sources.user_text(&file.path).unwrap_or(&file.code);
        let source: Vec<&str> = text.lines().collect();
        for line in &file.covered {
            let text = source
                .get((*line as usize).saturating_sub(1))
                .map_or("", |t| t.trim());
            lines.push(format!("{}:{line}: {text}", file.path));
        }
    }
    let value = match value {
        Value::Undefined => "undefined".to_owned(),
        value => serde_json::to_string(value).unwrap_or_else(|e| e.to_string()),
    };
    lines.push(format!("= {value}"));
    lines
}

/// A rule's value as Conftest reads it: set or array elements that are
/// strings or objects with `msg`; anything else gives no result. Each result's
/// metadata names the `query` that produced it, as Conftest's does.
fn rule_results(value: &Value, query: &str) -> Result<Vec<TestResult>, String> {
    let json = serde_json::to_value(value).map_err(|e| e.to_string())?;
    let serde_json::Value::Array(items) = json else {
        return Ok(Vec::new());
    };
    let mut results = Vec::new();
    for item in items {
        match item {
            serde_json::Value::String(msg) => results.push(TestResult {
                msg,
                loc: None,
                metadata: query_metadata(serde_json::Map::new(), query),
            }),
            serde_json::Value::Object(mut object) => {
                let Some(serde_json::Value::String(msg)) = object.remove("msg") else {
                    return Err("new result: \"msg\" field must be present and a string".to_owned());
                };
                let loc = object.remove("_loc").and_then(|l| {
                    let file = l["file"].as_str().unwrap_or("").to_owned();
                    let line = l["line"].as_number().cloned();
                    (!file.is_empty() || line.is_some()).then_some(ResultLocation { file, line })
                });
                results.push(TestResult {
                    msg,
                    loc,
                    metadata: query_metadata(object, query),
                });
            }
            _ => {}
        }
    }
    Ok(results)
}

fn query_metadata(
    mut metadata: serde_json::Map<String, serde_json::Value>,
    query: &str,
) -> serde_json::Map<String, serde_json::Value> {
    metadata.insert("query".to_owned(), query.into());
    metadata
}

#[cfg(test)]
mod tests {
    use super::*;

    fn independent(texts: &[&str]) -> Vec<String> {
        let files: Vec<PolicyFile> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| PolicyFile {
                path: format!("p{i}.rego"),
                text: (*text).to_owned(),
            })
            .collect();
        let options = CompileOptions {
            rego_v0: false,
            strict: false,
            per_definition: false,
            lenient_builtins: true,
            policy_timeout: None,
            inline_functions: false,
        };
        let mut engine = compile(&files, &[], options, None).unwrap().engine;
        let heads = rule_heads(&mut engine);
        independent_namespaces(&mut engine, &heads)
            .into_iter()
            .collect()
    }

    #[test]
    fn only_rules_that_read_nothing_but_input_are_evaluated_apart() {
        let namespaces = independent(&[
            "package alone\ndeny contains x if { some x in input.a }\nwarn contains 1 if input.b",
            "package helper\ndeny contains x if { some x in names }\nnames := {1}",
            "package exceptions\ndeny contains 1 if input.a\nexception contains [\"deny\"] if deny",
            "package reads_data\ndeny contains x if { some x in data.other.values }",
            "package aliased\nimport data.reads_data\ndeny contains x if { some x in reads_data.deny }",
            "package calls\ndeny contains x if { x := f(input.a) }\nf(a) := a",
        ]);
        assert_eq!(namespaces, ["alone"]);
    }
}
