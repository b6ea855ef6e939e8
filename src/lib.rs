//! tfguard checks Terraform plans against Rego policies before `apply`.
//!
//! It reads `terraform show -json` output, evaluates Rego in-process with
//! [regorus](https://github.com/microsoft/regorus), in parallel over resource
//! changes, and reports [`Finding`]s that point at the resource and attribute
//! in the plan.
//!
//! The data flow is plain functions over plain data:
//! [`Plan`] + [`Engine`] → [`check()`] → [`Report`] → [`report::Reporter`].
//!
//! ```
//! use tfguard::{CheckOptions, Engine, EngineOptions, Plan, check, policy};
//!
//! let plan = Plan::parse("plan.json", r#"{
//!   "format_version": "1.2",
//!   "resource_changes": [{
//!     "address": "aws_s3_bucket_acl.logs", "mode": "managed",
//!     "type": "aws_s3_bucket_acl", "name": "logs",
//!     "change": {"actions": ["create"], "after": {"acl": "public-read"}}
//!   }]
//! }"#.to_owned())?;
//!
//! // The embedded built-in library; `policy::discover` reads your own.
//! let engine = Engine::new(&policy::builtin(), &[], &EngineOptions::default())?;
//! let report = check(&engine, vec![plan], CheckOptions::default())?;
//!
//! assert_eq!(report.summary.failures, 1);
//! assert_eq!(report.findings[0].code, "aws-s3-no-public-acl");
//! assert_eq!(report.findings[0].address.as_deref(), Some("aws_s3_bucket_acl.logs"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]

pub mod approvals;
mod atomic;
pub mod baseline;
pub mod check;
pub mod config;
pub mod conftest;
pub mod date;
pub mod engine;
mod error;
pub mod finding;
pub mod owners;
pub mod pipeline;
pub mod plan;
pub mod policy;
pub mod rego;
pub mod report;
pub mod source;
mod stamp;

pub use check::{CheckOptions, Report, Summary, check};
pub use engine::{Engine, EngineOptions, EvalError, Selection};
pub use error::Error;
pub use finding::{Finding, Fingerprint, Level, Location, PathStep, Severity, Status};
pub use plan::{Plan, PlanError};
pub use policy::PolicyError;
