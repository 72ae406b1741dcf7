//! `atelier-node`: the Atelier chain's node. See `docs/architecture.md`.

// The client's error types (`sc_cli::Error`, `sc_service::Error`) are large, and every
// function here returns them as Substrate's own nodes do.
#![allow(clippy::result_large_err)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod equivocation;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
