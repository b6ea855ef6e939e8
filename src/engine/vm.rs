//! The built-in checks on regorus's compiled VM (RVM), which runs them 4 to
//! 8 times faster than its tree-walking interpreter.
//!
//! A rule runs in the VM only if it is a built-in check (tfguard's own Rego,
//! whose findings `tests/optimisations.rs` compares with the interpreter's on
//! the whole plan corpus) and the VM compiles it; any other rule, and any
//! rule the VM's compiler refuses (`with`, more than 256 source files),
//! stays on the interpreter, whose semantics the OPA conformance suite pins.
//! The VM reaches tfguard's extensions (OPA's `sprintf`, `iterable`, ...)
//! as host calls, so both paths run the same extension code.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use anyhow::{Result, anyhow};
use rayon::prelude::*;
use regorus::languages::rego::compiler::Compiler;
use regorus::rvm::Program;
use regorus::rvm::vm::{ExecutionMode, RegoVM};
use regorus::utils::limits::ExecutionTimerConfig;
use regorus::{CompiledPolicy, Value};

use super::builtins::{self, Function};

/// The compiled programs, by rule query (`data.tfguard.aws.x.deny`), and
/// the batches.
#[derive(Clone, Default)]
pub struct Programs {
    /// The checks outside any batch, compiled up front.
    by_query: HashMap<String, Arc<Program>>,
    /// The checks of a compiled batch: each one's own program is only
    /// needed when its batch fails on some input, so it is compiled then.
    batched: HashMap<String, OnceLock<Option<Arc<Program>>>>,
    /// One program per group of checks that see the same resources (the
    /// checks of one resource kind), by the group's queries in order.
    batches: HashMap<Vec<String>, Batch>,
    /// What compiles a batched check's program on demand.
    compiler: Option<Arc<LateCompiler>>,
    extensions: Arc<HashMap<String, Function>>,
}

/// The compiled policy and the host calls, kept for [`Programs::batched`].
struct LateCompiler {
    policy: CompiledPolicy,
    host_calls: Vec<(String, usize)>,
}

impl LateCompiler {
    fn compile(&self, query: &str) -> Option<Arc<Program>> {
        compile_program(&self.policy, query, &self.host_calls)
    }
}

/// `query`'s program, or `None` when the VM's compiler refuses it.
fn compile_program(
    policy: &CompiledPolicy,
    query: &str,
    host_calls: &[(String, usize)],
) -> Option<Arc<Program>> {
    let host_calls: Vec<(&str, usize)> = host_calls
        .iter()
        .map(|(name, arity)| (name.as_str(), *arity))
        .collect();
    Compiler::compile_from_policy_with_host_await(policy, &[query], &host_calls).ok()
}

/// The checks of a resource kind as one program, which evaluates them all
/// on one input in one execution: the VM computes each helper rule they
/// share (the IAM checks' parsed statements, `lib.unknown`) once per
/// resource, not once per check, and a resource costs one execution's
/// setup instead of one per check.
#[derive(Clone)]
pub struct Batch {
    /// The entry point, `data.__tfguard_batch.b<n>`.
    name: String,
    program: Arc<Program>,
    /// The rule queries whose values the program's array holds, in order.
    pub queries: Vec<String>,
}

/// The package of the batch rules, each an array of check rules' values.
const BATCH_PACKAGE: &str = "__tfguard_batch";

impl Programs {
    /// Compiles each of `queries` that the VM can run; the others are left
    /// to the interpreter. Each of `groups` (queries that run on the same
    /// resources) with more than one compiled query also becomes a
    /// [`Batch`]. `engine` is a prepared engine with the policies, from
    /// `files` source files.
    pub fn compile<'q>(
        engine: &regorus::Engine,
        files: usize,
        queries: impl Iterator<Item = &'q str>,
        groups: &[Vec<&str>],
    ) -> Self {
        // Every program holds every source file (and the batch module);
        // past the VM's limit none compiles, and trying each would only
        // cost start-up time.
        if files > Program::MAX_SOURCES {
            return Self::default();
        }
        let extensions = builtins::extensions();
        let host_calls: Vec<(String, usize)> = extensions
            .iter()
            .map(|(name, arity, _)| (name.clone(), usize::from(*arity)))
            .collect();
        let queries: Vec<&str> = queries.collect();
        let mut groups: Vec<&Vec<&str>> = groups.iter().filter(|g| g.len() > 1).collect();
        if files + 1 > Program::MAX_SOURCES {
            groups.clear();
        }
        // The compiled policy does not depend on the entry point named here
        // (the VM's compiler takes its own); one serves every program.
        // Compiling changes the engine's state; a clone leaves the caller's
        // as it was, and the interpreter never sees the batch module.
        let compile_policy = |groups: &[&Vec<&str>]| {
            let first = queries.first()?;
            let mut engine = engine.clone();
            if !groups.is_empty() {
                let module = batch_module(groups);
                engine
                    .add_policy(format!("{BATCH_PACKAGE}.rego"), module)
                    .ok()?;
            }
            engine.compile_with_entrypoint(&(*first).into()).ok()
        };
        let policy = match compile_policy(&groups) {
            Some(policy) => Some(policy),
            // Without batches, the checks still run on the VM one by one.
            None if !groups.is_empty() => {
                groups.clear();
                compile_policy(&groups)
            }
            None => None,
        };
        let Some(policy) = policy else {
            return Self::default();
        };
        let compile = |query: &str| compile_program(&policy, query, &host_calls);
        // A batch of a rule the VM refuses does not compile either: that
        // group's checks run one by one. Each program compiles on its own:
        // on every core.
        let batches: HashMap<Vec<String>, Batch> = groups
            .par_iter()
            .enumerate()
            .filter_map(|(index, group)| {
                let name = format!("data.{BATCH_PACKAGE}.b{index}");
                let program = compile(&name)?;
                let queries: Vec<String> = group.iter().map(|q| (*q).to_owned()).collect();
                Some((
                    queries.clone(),
                    Batch {
                        name,
                        program,
                        queries,
                    },
                ))
            })
            .collect();
        let batched: HashMap<String, OnceLock<Option<Arc<Program>>>> = batches
            .keys()
            .flatten()
            .map(|query| (query.clone(), OnceLock::new()))
            .collect();
        let by_query: HashMap<String, Arc<Program>> = queries
            .par_iter()
            .filter(|query| !batched.contains_key(**query))
            .filter_map(|query| Some(((*query).to_owned(), compile(query)?)))
            .collect();
        Self {
            by_query,
            batched,
            batches,
            compiler: Some(Arc::new(LateCompiler { policy, host_calls })),
            extensions: Arc::new(
                extensions
                    .into_iter()
                    .map(|(name, _, function)| (name, function))
                    .collect(),
            ),
        }
    }

    /// How many rules run in the VM: alone, or in a batch (which compiles
    /// only if each of its rules does).
    pub fn len(&self) -> usize {
        self.by_query.len() + self.batched.len()
    }

    /// How many batches run in the VM.
    pub fn batches(&self) -> usize {
        self.batches.len()
    }

    /// The batch of exactly these queries, in this order.
    pub fn batch(&self, queries: &[String]) -> Option<&Batch> {
        self.batches.get(queries)
    }
}

/// `b<n> := [data.a.deny, data.b.deny]` per group: an array, so that the
/// values keep the group's order (a set would merge equal ones).
fn batch_module(groups: &[&Vec<&str>]) -> String {
    let mut text = format!("package {BATCH_PACKAGE}\n\nimport rego.v1\n\n");
    for (index, group) in groups.iter().enumerate() {
        text.push_str(&format!("b{index} := [{}]\n", group.join(", ")));
    }
    text
}

/// One worker's VMs for one plan: one per program, made on first use.
pub struct Machines<'p> {
    programs: &'p Programs,
    data: Value,
    timer: Option<ExecutionTimerConfig>,
    loaded: HashMap<&'p str, RegoVM>,
}

impl<'p> Machines<'p> {
    /// VMs that see `data` (the engine's data documents for the plan) and
    /// stop after `timeout`.
    pub fn new(programs: &'p Programs, data: Value, timeout: Option<Duration>) -> Self {
        Self {
            programs,
            data,
            timer: timeout.map(super::execution_timer),
            loaded: HashMap::new(),
        }
    }

    /// The value of `query` on `input`, or `None` when the VM does not run
    /// that rule.
    pub fn eval(&mut self, query: &str, input: &Value) -> Option<Result<Value>> {
        let programs = self.programs;
        let (key, program) = match programs.by_query.get_key_value(query) {
            Some(found) => found,
            None => {
                let (key, late) = programs.batched.get_key_value(query)?;
                let compiler = programs.compiler.as_ref()?;
                (key, late.get_or_init(|| compiler.compile(query)).as_ref()?)
            }
        };
        Some(self.run(key, program, input))
    }

    /// The values of `batch`'s queries on `input`, in its order. An error
    /// of any of its rules fails the whole batch: the caller then runs them
    /// one by one, to attribute the error to its rule as without batches.
    pub fn eval_batch(&mut self, batch: &'p Batch, input: &Value) -> Result<Vec<Value>> {
        let value = self.run(&batch.name, &batch.program, input)?;
        let values = value.as_array().map_err(|e| anyhow!("{e}"))?;
        if values.len() != batch.queries.len() {
            return Err(anyhow!("the batch {} gave no value per rule", batch.name));
        }
        Ok(values.to_vec())
    }

    fn run(&mut self, name: &'p str, program: &Arc<Program>, input: &Value) -> Result<Value> {
        let vm = match self.loaded.entry(name) {
            std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                let mut vm = RegoVM::new();
                vm.load_program(program.clone());
                vm.set_data(self.data.clone()).map_err(|e| anyhow!("{e}"))?;
                // `check` treats a built-in's error as an error, never as
                // undefined; the time limit bounds the run, not a count.
                vm.set_strict_builtin_errors(true);
                vm.set_max_instructions(usize::MAX);
                vm.set_execution_timer_config(self.timer);
                vm.set_execution_mode(ExecutionMode::Suspendable);
                entry.insert(vm)
            }
        };
        vm.set_input(input.clone());
        run(vm, &self.programs.extensions)
    }
}

/// Runs `vm` to its value, answering its host calls with the extensions.
fn run(vm: &mut RegoVM, extensions: &HashMap<String, Function>) -> Result<Value> {
    let mut value = vm.execute().map_err(|e| anyhow!("{e}"))?;
    while let Some(name) = vm.get_host_await_identifier() {
        let name = name.as_string().map_err(|e| anyhow!("{e}"))?;
        let function = extensions
            .get(name.as_ref())
            .ok_or_else(|| anyhow!("the VM called an unknown extension {name}"))?;
        let args = vm
            .get_host_await_argument()
            .map(|a| a.as_array().map(|a| a.to_vec()))
            .transpose()
            .map_err(|e| anyhow!("{e}"))?
            .unwrap_or_default();
        let answer = function(args)?;
        value = vm.resume(Some(answer)).map_err(|e| anyhow!("{e}"))?;
    }
    Ok(value)
}
