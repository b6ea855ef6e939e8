//! Integration tests through the `tfguard` binary. One test binary with
//! submodules keeps link time down.

mod action;
mod approvals;
mod baseline;
mod common;
mod conformance;
mod conftest;
mod corpus;
mod docs;
mod findings;
mod input;
mod library;
mod outputs;
mod owners;
mod plan;
mod policies;
mod policy_corpus;
mod regenerate;
#[path = "../support/sarif_schema.rs"]
mod sarif_schema;
mod sources;
mod surface;
