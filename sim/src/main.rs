//! `atelier-sim`: Atelier's economy on the real runtime, natively, with no node.
//!
//! - `atelier-sim run <scenario.json>`: an agent-based simulation of a scenario (agents, their
//!   counts and behaviour, parameters, shocks) over simulated days; writes a CSV of daily
//!   metrics and SVG plots (`docs/simulator.md`).
//! - `atelier-sim sweep <scenario.json> --parameter P --values a,b,c`: the scenario once per
//!   value of one parameter, and a summary CSV.
//! - `atelier-sim fuzz --calls N --seed S`: random calls from many accounts in real blocks, with
//!   every pallet's `try_state`, the weights and the issuance as oracles (`fuzz.rs`).

mod calls;
mod chain;
mod fuzz;
mod rng;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "atelier-sim", about = "Atelier's economy on the real runtime")]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Random calls in real blocks, judged by every pallet's invariants, the weights and the
	/// issuance. Exits 1 if anything is found.
	Fuzz {
		/// Calls in all.
		#[arg(long, default_value_t = 10_000)]
		calls: u64,
		/// The first seed; `--runs` runs seeds seed, seed+1, ...
		#[arg(long, default_value_t = 1)]
		seed: u64,
		/// Independent runs (fresh chains), each of `--calls` calls.
		#[arg(long, default_value_t = 1)]
		runs: u64,
		/// Accounts that call.
		#[arg(long, default_value_t = 24)]
		accounts: usize,
		/// At most this many calls in a block.
		#[arg(long, default_value_t = 64)]
		calls_per_block: u64,
		/// Writes the reports as JSON here.
		#[arg(long)]
		report: Option<PathBuf>,
	},
}

fn main() {
	let cli = Cli::parse();
	match cli.command {
		Command::Fuzz { calls, seed, runs, accounts, calls_per_block, report } => {
			if !cfg!(feature = "try-runtime") {
				eprintln!(
					"note: built without `try-runtime`, so the pallets' invariants are not checked \
					 (scripts/sim.sh builds with it)"
				);
			}
			let mut reports = Vec::new();
			let mut found = 0;
			for seed in seed..seed + runs {
				let config = fuzz::FuzzConfig {
					seed,
					calls,
					accounts,
					calls_per_block,
					progress: true,
				};
				let result = fuzz::fuzz(&config);
				println!(
					"seed {seed}: {} calls in {} blocks, {} succeeded, {} failed, {} refused, \
					 {:.1} s ({:.1} s in try_state); worst time/weight {:.2} ({}); {} findings",
					result.calls,
					result.blocks,
					result.succeeded,
					result.failed.values().sum::<u64>(),
					result.refused.values().sum::<u64>(),
					result.seconds,
					result.seconds_in_invariants,
					result.worst_weight_ratio,
					result.worst_weight_call,
					result.findings.len()
				);
				for finding in &result.findings {
					println!(
						"  {} at call {} (block {}), seed {}: {}",
						finding.kind, finding.call, finding.block, finding.seed, finding.detail
					);
				}
				found += result.findings.len();
				reports.push(result);
			}
			if let Some(path) = report {
				std::fs::write(&path, serde_json::to_vec_pretty(&reports).expect("JSON"))
					.expect("writes the report");
			}
			if found > 0 {
				std::process::exit(1);
			}
		},
	}
}
