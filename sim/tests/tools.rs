//! The simulator's two commands, run as users run them: `atelier-sim fuzz` (a short campaign
//! whose oracles must find nothing) and `atelier-sim run` (a short scenario whose CSV must show
//! the economy moving: jobs settled, sales made, the reserve paid its budget).

use std::process::Command;

fn sim() -> Command {
	Command::new(env!("CARGO_BIN_EXE_atelier-sim"))
}

/// The short fuzz run of `scripts/test.sh`: 20 000 calls from 24 accounts (seed 1, about half
/// a minute), every pallet's `try_state` after each block. A finding fails the test with the
/// seed and call that reproduce it.
#[cfg(feature = "try-runtime")]
#[test]
fn a_short_fuzz_campaign_finds_nothing() {
	let report = std::env::temp_dir().join(format!("atelier-fuzz-{}.json", std::process::id()));
	let output = sim()
		.args(["fuzz", "--calls", "20000", "--seed", "1", "--report"])
		.arg(&report)
		.output()
		.expect("atelier-sim runs");
	let stdout = String::from_utf8_lossy(&output.stdout);
	assert!(output.status.success(), "findings:\n{stdout}");
	let reports: serde_json::Value =
		serde_json::from_slice(&std::fs::read(&report).expect("the report")).expect("JSON");
	let run = &reports[0];
	assert_eq!(run["calls"], 20_000);
	assert_eq!(run["findings"].as_array().map(Vec::len), Some(0));
	// The campaign reaches deep states: jobs settled by receipts and spot-checked, outputs sold,
	// shares issued, oracle values revealed, validators standing, and (counted by their inner
	// call's own outcome, from the wrapper's events) parameters set and disputes decided through
	// governance's origins, and calls made by proxies.
	let succeeded = &run["succeeded_by_call"];
	for call in [
		"ComputeMarket.submit_receipt",
		"ComputeMarket.reveal_check",
		"Royalties.buy",
		"ModelShares.issue",
		"OracleOperators.reveal",
		"Validators.register_candidate",
		"Provenance.mint_output",
		"Utility.batch_all",
		"inner Governance.set_parameter",
		"inner Attestation.uphold",
		"inner Balances.transfer_keep_alive",
	] {
		assert!(succeeded[call].as_u64().unwrap_or(0) > 0, "no successful {call}:\n{stdout}");
	}
	let _ = std::fs::remove_file(report);
}

/// Two simulated days of every agent (studios, workers, creators, collectors, voters, a whale
/// and a self-dealing attacker), run twice: the CSV has its rows and shows the economy moving,
/// the same seed gives the same CSV, and the plots are drawn.
#[test]
fn a_short_scenario_writes_its_days_and_plots() {
	let dir = std::env::temp_dir().join(format!("atelier-sim-{}", std::process::id()));
	std::fs::create_dir_all(&dir).unwrap();
	let scenario = dir.join("short.json");
	// Two days of 1 200 blocks: the reserve's period is a day of 14 400 blocks, so it is set
	// to 1 200 too (a parameter a scenario may set), and the budget is paid each day.
	std::fs::write(
		&scenario,
		r#"{ "name": "short", "days": 2, "blocks_per_day": 1200, "jobs_per_day": 200,
		     "buys_per_day": 40, "mints_per_day": 4, "attacker": "self_dealing",
		     "attacker_sales_per_day": 20, "whale_stake_atl": 100000,
		     "styles": [{ "name": "ukiyo-e", "weight": 2 }, { "name": "brutalist", "weight": 1 }],
		     "shocks": [{ "day": 2, "demand": 4, "style": "brutalist" }],
		     "parameters": [{ "name": "reserve_period_blocks", "value": 1200 }] }"#,
	)
	.unwrap();
	let run = |out: &std::path::Path| {
		let output = sim().arg("run").arg(&scenario).arg("--out").arg(out).output().unwrap();
		assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
		std::fs::read_to_string(out.join("short.csv")).unwrap()
	};
	let csv = run(&dir);
	// The same scenario and seed give the same days.
	assert_eq!(run(&dir.join("again")), csv);
	let mut lines = csv.lines();
	let header: Vec<&str> = lines.next().unwrap().split(',').collect();
	let rows: Vec<Vec<f64>> = lines
		.map(|l| l.split(',').map(|c| c.parse::<f64>().unwrap_or(f64::INFINITY)).collect())
		.collect();
	assert_eq!(rows.len(), 3, "day 0 and two days:\n{csv}");
	let col = |name: &str| {
		let i = header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("{name}"));
		rows.iter().map(|r| r[i]).collect::<Vec<f64>>()
	};
	assert!(col("jobs_settled")[1] > 100.0, "{csv}");
	// Demand per style: two to one on day 1; the brutalist shock turns it one to two on day 2.
	let styles: Vec<&str> = csv.lines().map(|l| l.split('"').nth(1).unwrap_or("")).collect();
	let count = |day: usize, style: &str| -> f64 {
		styles[day + 1]
			.split(' ')
			.find_map(|pair| pair.strip_prefix(&format!("{style}=")))
			.and_then(|n| n.parse().ok())
			.unwrap_or_else(|| panic!("{style} on day {day}:\n{csv}"))
	};
	assert!(count(1, "ukiyo-e") > count(1, "brutalist"), "{csv}");
	assert!(count(2, "brutalist") > count(2, "ukiyo-e"), "{csv}");
	assert!(col("sales")[1] > 10.0, "{csv}");
	// The attacker pays fees and the reserve's share on every sale to itself.
	assert!(col("attacker_profit_atl")[2] < 0.0, "{csv}");
	// The reserve pays its 1 000 aUSD a day each period, pro rata: 83.33 aUSD a period of
	// 1 200 blocks.
	let paid = col("budget_paid_usd")[2];
	assert!(
		paid >= 83.333 && ((paid / 83.333_333) - (paid / 83.333_333).round()).abs() < 1e-3,
		"{csv}"
	);
	let svg = std::fs::read_to_string(dir.join("short.svg")).unwrap();
	assert!(svg.starts_with("<svg") && svg.matches("<polyline").count() >= 20);
	let _ = std::fs::remove_dir_all(dir);
}
