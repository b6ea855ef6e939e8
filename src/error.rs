//! Every way a run can end without a result: exit 2, never a pass.

use crate::approvals::ApprovalsError;
use crate::baseline::BaselineError;
use crate::config::ConfigError;
use crate::conftest::TestError;
use crate::engine::EvalError;
use crate::plan::PlanError;
use crate::policy::PolicyError;

/// An error from any stage; the binary shows it and exits 2.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error(transparent)]
    Policy(#[from] PolicyError),
    #[error(transparent)]
    Eval(#[from] EvalError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Approvals(#[from] ApprovalsError),
    #[error(transparent)]
    Test(#[from] TestError),
    #[error(transparent)]
    Baseline(#[from] BaselineError),
    /// A request that names something that does not exist.
    #[error("{0}")]
    NotFound(String),
}
