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
mod plot;
mod rng;
mod sim;

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
	/// Runs a scenario; writes `<out>/<name>.csv` (a row a day) and `<out>/<name>.svg`.
	Run {
		/// The scenario (JSON; `sim/scenarios/`).
		scenario: PathBuf,
		/// Overrides the scenario's days.
		#[arg(long)]
		days: Option<u32>,
		/// Overrides the scenario's seed.
		#[arg(long)]
		seed: Option<u64>,
		/// Where the CSV and the plots go.
		#[arg(long, default_value = "sim/out")]
		out: PathBuf,
	},
	/// Runs a scenario once per value of one of its numeric fields (`--field jobs_per_day
	/// --values 100,300,900`); writes each run's CSV and a summary of each run's last day.
	Sweep {
		scenario: PathBuf,
		#[arg(long)]
		field: String,
		#[arg(long, value_delimiter = ',')]
		values: Vec<f64>,
		#[arg(long, default_value = "sim/out")]
		out: PathBuf,
	},
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
		Command::Run { scenario, days, seed, out } => {
			let mut scenario = read_scenario(&scenario);
			if let Some(days) = days {
				scenario.days = days;
			}
			if let Some(seed) = seed {
				scenario.seed = seed;
			}
			let (rows, trace) = sim::run(scenario.clone(), true);
			write_run(&out, &scenario.name, &rows);
			if !trace.is_empty() {
				let path = out.join(format!("{}-blocks.csv", scenario.name));
				let mut text = String::from("block,day,base_fee_cpu,pending\n");
				for t in &trace {
					text.push_str(&format!(
						"{},{},{:.3},{}\n",
						t.block, t.day, t.base_fee_cpu, t.pending
					));
				}
				std::fs::write(&path, text).expect("writes the block trace");
				println!("{}", path.display());
				// The first shock's first 1 200 blocks (two hours), or the first 1 200 blocks.
				let from = scenario
					.shocks
					.first()
					.map_or(0, |shock| trace.iter().position(|t| t.day == shock.day).unwrap_or(0));
				let window = &trace[from.saturating_sub(100)..(from + 1_200).min(trace.len())];
				let blocks: Vec<f64> = window.iter().map(|t| t.block as f64).collect();
				let panels = [
					plot::Panel {
						title: "CPU base fee (µATL per unit), each block",
						series: vec![("base fee", window.iter().map(|t| t.base_fee_cpu).collect())],
					},
					plot::Panel {
						title: "Jobs waiting for admission, each block",
						series: vec![(
							"pending",
							window.iter().map(|t| t.pending as f64).collect(),
						)],
					},
				];
				let svg_path = out.join(format!("{}-blocks.svg", scenario.name));
				let title = format!("{}: the blocks around the first shock", scenario.name);
				std::fs::write(&svg_path, plot::svg(&title, "block", &blocks, &panels))
					.expect("writes the block plots");
				println!("{}", svg_path.display());
			}
		},
		Command::Sweep { scenario, field, values, out } => {
			let base = read_scenario(&scenario);
			let mut summary = String::new();
			for value in values {
				let mut json = serde_json::to_value(&base).expect("JSON");
				let old = json.get(&field).unwrap_or_else(|| panic!("the scenario has no {field}"));
				json[&field] = if old.is_u64() {
					serde_json::json!(value as u64)
				} else {
					serde_json::json!(value)
				};
				let mut scenario: sim::Scenario = serde_json::from_value(json).expect("a scenario");
				scenario.name = format!("{}-{field}-{value}", base.name);
				eprintln!("{}", scenario.name);
				let (rows, _) = sim::run(scenario.clone(), true);
				write_run(&out, &scenario.name, &rows);
				let csv = sim::csv(&rows[rows.len() - 1..]);
				let mut lines = csv.lines();
				if summary.is_empty() {
					summary = format!("{field},{}\n", lines.next().unwrap_or_default());
				} else {
					lines.next();
				}
				for line in lines {
					summary.push_str(&format!("{value},{line}\n"));
				}
			}
			let path = out.join(format!("{}-sweep-{field}.csv", base.name));
			std::fs::write(&path, summary).expect("writes the summary");
			println!("{}", path.display());
		},
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
				let config =
					fuzz::FuzzConfig { seed, calls, accounts, calls_per_block, progress: true };
				let result = fuzz::fuzz(&config);
				println!(
					"seed {seed}: {} calls in {} blocks, {} succeeded, {} failed, {} refused, \
					 {:.1} s ({:.1} s in try_state); worst time/weight {:.2} ({}); {} findings",
					result.calls,
					result.blocks,
					result.succeeded,
					result
						.failed
						.iter()
						.filter(|(error, _)| !error.starts_with("inner "))
						.map(|(_, n)| n)
						.sum::<u64>(),
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

fn read_scenario(path: &std::path::Path) -> sim::Scenario {
	let text = std::fs::read_to_string(path)
		.unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
	serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Writes a run's CSV and its plots.
fn write_run(out: &std::path::Path, name: &str, rows: &[sim::Day]) {
	std::fs::create_dir_all(out).expect("creates the output directory");
	let csv_path = out.join(format!("{name}.csv"));
	std::fs::write(&csv_path, sim::csv(rows)).expect("writes the CSV");
	let col = |n: &str| sim::column(rows, n);
	let days = col("day");
	let panels = [
		plot::Panel {
			title: "CPU base fee (µATL per unit): end of day, least, greatest",
			series: vec![
				("end", col("base_fee_cpu")),
				("min", col("base_fee_cpu_min")),
				("max", col("base_fee_cpu_max")),
			],
		},
		plot::Panel {
			title: "Jobs a day",
			series: vec![
				("submitted", col("jobs_submitted")),
				("settled", col("jobs_settled")),
				("expired", col("jobs_expired")),
			],
		},
		plot::Panel {
			title: "Reserve: aUSD held, POL (aUSD side)",
			series: vec![("aUSD", col("reserve_usd")), ("POL aUSD", col("pol_usd"))],
		},
		plot::Panel {
			title: "Reserve: ATL held, POL (ATL side)",
			series: vec![("ATL", col("reserve_atl")), ("POL ATL", col("pol_atl"))],
		},
		plot::Panel {
			title: "Runway (days of budget in aUSD)",
			series: vec![("runway", col("runway_days"))],
		},
		plot::Panel {
			title: "Buy-backs and burns (ATL, since genesis)",
			series: vec![("bought back", col("bought_back_atl")), ("burned", col("burned_atl"))],
		},
		plot::Panel {
			title: "Velocity (% of circulating a day) and sales a day",
			series: vec![("velocity %", col("velocity_percent")), ("sales", col("sales"))],
		},
		plot::Panel {
			title: "Reputation: Gini, top-10 and whale share of vote weight",
			series: vec![
				("Gini", col("reputation_gini")),
				("top 10", col("top10_vote_share")),
				("whale", col("whale_vote_share")),
			],
		},
		plot::Panel {
			title: "Attacker: net ATL, score",
			series: vec![("net ATL", col("attacker_profit_atl")), ("score", col("attacker_score"))],
		},
		plot::Panel {
			title: "A settled job's pay to its worker (ATL): honest, dishonest",
			series: vec![
				("honest", col("honest_pay_per_job_atl")),
				("dishonest", col("dishonest_pay_per_job_atl")),
			],
		},
		plot::Panel {
			title: "Whale: share of vote weight (%), net ATL (thousands)",
			series: vec![
				("vote %", col("whale_vote_share").iter().map(|v| v * 100.0).collect()),
				("net kATL", col("whale_net_atl").iter().map(|v| v / 1e3).collect()),
			],
		},
		plot::Panel {
			title: "Workers' net ATL (mean): honest, dishonest",
			series: vec![
				("honest", col("honest_worker_earnings_atl")),
				("dishonest", col("dishonest_worker_earnings_atl")),
			],
		},
	];
	let svg_path = out.join(format!("{name}.svg"));
	std::fs::write(&svg_path, plot::svg(name, "day", &days, &panels)).expect("writes the plots");
	println!("{}\n{}", csv_path.display(), svg_path.display());
}
