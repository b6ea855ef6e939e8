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
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Result, anyhow};
use regorus::Value;
use regorus::languages::rego::compiler::Compiler;
use regorus::rvm::Program;
use regorus::rvm::vm::{ExecutionMode, RegoVM};
use regorus::utils::limits::ExecutionTimerConfig;

use super::builtins::{self, Function};

/// The compiled programs, by rule query (`data.tfguard.aws.x.deny`).
#[derive(Clone, Default)]
pub struct Programs {
    by_query: HashMap<String, Arc<Program>>,
    extensions: Arc<HashMap<String, Function>>,
}

impl Programs {
    /// Compiles each of `queries` that the VM can run; the others are left
    /// to the interpreter. `engine` is a prepared engine with the policies,
    /// from `files` source files.
    pub fn compile<'q>(
        engine: &regorus::Engine,
        files: usize,
        queries: impl Iterator<Item = &'q str>,
    ) -> Self {
        // Every program holds every source file; past the VM's limit none
        // compiles, and trying each would only cost start-up time.
        if files > Program::MAX_SOURCES {
            return Self::default();
        }
        let extensions = builtins::extensions();
        let host_calls: Vec<(&str, usize)> = extensions
            .iter()
            .map(|(name, arity, _)| (name.as_str(), usize::from(*arity)))
            .collect();
        let queries: Vec<&str> = queries.collect();
        // The compiled policy does not depend on the entry point named here
        // (the VM's compiler takes its own); one serves every program.
        // Compiling changes the engine's state; a clone leaves the caller's
        // as it was.
        let policy = match queries.first() {
            Some(first) => engine
                .clone()
                .compile_with_entrypoint(&(*first).into())
                .ok(),
            None => None,
        };
        let mut by_query = HashMap::new();
        if let Some(policy) = &policy {
            for query in queries {
                if let Ok(program) =
                    Compiler::compile_from_policy_with_host_await(policy, &[query], &host_calls)
                {
                    by_query.insert(query.to_owned(), program);
                }
            }
        }
        Self {
            by_query,
            extensions: Arc::new(
                extensions
                    .into_iter()
                    .map(|(name, _, function)| (name, function))
                    .collect(),
            ),
        }
    }

    /// How many rules run in the VM.
    pub fn len(&self) -> usize {
        self.by_query.len()
    }
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
        let (key, program) = self.programs.by_query.get_key_value(query)?;
        let vm = match self.loaded.entry(key.as_str()) {
            std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                let mut vm = RegoVM::new();
                vm.load_program(program.clone());
                if let Err(e) = vm.set_data(self.data.clone()) {
                    return Some(Err(anyhow!("{e}")));
                }
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
        Some(run(vm, &self.programs.extensions))
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
