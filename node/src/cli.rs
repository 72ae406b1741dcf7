//! The command line: `atelier-node [run flags]` starts a node; subcommands do the rest.

use sc_cli::RunCmd;

/// The node's command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: RunCmd,

	/// For GPU workers: the base URL of the inference service that this node's off-chain
	/// worker sends the jobs assigned to its `atel` key (e.g. `http://127.0.0.1:8090`). Stored
	/// in off-chain local storage at start-up; see docs/inference-service.md.
	#[arg(long, value_name = "URL")]
	pub inference_endpoint: Option<String>,

	/// For GPU workers: a bearer token the off-chain worker sends the inference service
	/// (`Authorization: Bearer …`), if the service asks for one. Prefer the environment
	/// variable `ATELIER_INFERENCE_TOKEN`: other local users can read a command line.
	#[arg(long, value_name = "TOKEN")]
	pub inference_token: Option<String>,

	/// For GPU workers: a worker account (SS58) whose jobs this node serves with its `atel`
	/// keys; repeat for several. A local key registered to any other account is never used,
	/// so a node serves no one it was not told to.
	#[arg(long = "worker-account", value_name = "SS58")]
	pub worker_accounts: Vec<sp_runtime::AccountId32>,
}

/// What a GPU worker's off-chain worker is configured with.
#[derive(Debug, Clone, Default)]
pub struct WorkerConfig {
	/// The inference service's base URL.
	pub endpoint: Option<String>,
	/// The bearer token for the service.
	pub token: Option<String>,
	/// The worker accounts served.
	pub accounts: Vec<sp_runtime::AccountId32>,
}

/// The subcommands: sc-cli's standard set, plus the benchmarks in a `runtime-benchmarks` build.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect, insert keys into the keystore.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (legacy; prefer `export-chain-spec`).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a chain specification (`--chain dev|local|<file>`), plain or `--raw`.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Benchmarks (`pallet`, `storage`, `overhead`, `extrinsic`, `block`, `machine`), in a node
	/// built with `--features runtime-benchmarks` (scripts/benchmark.sh builds it).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Print information about the database.
	ChainInfo(sc_cli::ChainInfoCmd),
}
