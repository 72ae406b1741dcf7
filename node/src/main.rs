//! `atelier-node`: the Atelier chain's node. See `docs/architecture.md`.

mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
