//! The built-in chain specs: `dev` (one validator) and `local` (four). Both are built from the
//! runtime's genesis presets, so the node never duplicates genesis logic.

use atelier_primitives::{
	currency::{TOKEN_DECIMALS, TOKEN_SYMBOL},
	SS58_PREFIX,
};
use atelier_runtime::WASM_BINARY;
use sc_service::{ChainType, Properties};

/// A chain spec with no extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

/// What wallets read to show balances and addresses: token symbol, decimals, SS58 prefix.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The runtime's wasm blob is missing: this node was built with SKIP_WASM_BUILD".to_string()
	})
}

/// `--dev`: Alice authors and finalizes alone.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Atelier Development")
		.with_id("atelier_dev")
		.with_protocol_id("atelier")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// `--chain local`: Alice, Bob, Charlie and Dave validate.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Atelier Local Testnet")
		.with_id("atelier_local")
		.with_protocol_id("atelier")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// Workers in the `compute-bench` chain: 64 CPU workers, then 64 consumer-GPU workers (the most
/// a class may have).
pub const BENCH_WORKERS: u32 = 128;

/// The hardware class of the `w`-th worker of the `compute-bench` chain.
fn bench_class(w: u32) -> &'static str {
	if w < BENCH_WORKERS / 2 {
		"Cpu"
	} else {
		"ConsumerGpu"
	}
}

/// The account of the `w`-th worker of the `compute-bench` chain.
pub fn bench_worker(w: u32) -> sp_core::sr25519::Pair {
	use sp_core::Pair;
	sp_core::sr25519::Pair::from_string(&format!("//AtelierBench//{w}"), None)
		.expect("a static derivation path; qed")
}

/// The `atel` signing key of the `w`-th worker of the `compute-bench` chain.
pub fn bench_worker_key(w: u32) -> sp_core::sr25519::Pair {
	use sp_core::Pair;
	sp_core::sr25519::Pair::from_string(&format!("//AtelierBench//{w}//atel"), None)
		.expect("a static derivation path; qed")
}

/// Jobs each worker of the `compute-bench` chain holds: as many as the runtime allows.
pub fn bench_jobs_per_worker() -> u32 {
	use sp_core::Get;
	<atelier_runtime::Runtime as pallet_compute_market::Config>::MaxJobsPerWorker::get()
}

/// `--chain compute-bench`: the development chain plus 128 workers holding 32 assigned jobs each
/// (4 096 jobs, job `i` with worker `i / 32`), so that `benchmark extrinsic` can fill a block
/// with valid receipts beside balance transfers. For benchmarks only.
pub fn compute_bench_chain_spec() -> Result<ChainSpec, String> {
	use atelier_primitives::currency::{MICRO_UNIT, UNIT};
	use sp_core::Pair;
	use sp_keyring::Sr25519Keyring;

	let preset = atelier_runtime::genesis_config_presets::get_preset(
		&sp_genesis_builder::DEV_RUNTIME_PRESET.into(),
	)
	.ok_or("the runtime has no development preset")?;
	let mut patch: serde_json::Value =
		serde_json::from_slice(&preset).map_err(|e| format!("the dev preset: {e}"))?;

	let account =
		|pair: &sp_core::sr25519::Pair| sp_runtime::AccountId32::from(pair.public()).to_string();
	let per_worker = bench_jobs_per_worker();
	let balances = patch["balances"]["balances"]
		.as_array_mut()
		.ok_or("the dev preset endows no accounts")?;
	let mut workers = Vec::new();
	for w in 0..BENCH_WORKERS {
		let who = account(&bench_worker(w));
		balances.push(serde_json::json!([who, 1_000 * UNIT]));
		// Application keys serialize as SS58 addresses in genesis JSON.
		let key = sp_core::crypto::Ss58Codec::to_ss58check(&bench_worker_key(w).public());
		let capacity = 1_000 * u64::from(per_worker);
		// 0.01 ATL of stake backs each unit: 500 ATL backs 50 000 units, above 32 jobs' 32 000.
		workers.push(serde_json::json!([who, 500 * UNIT, capacity, bench_class(w), key]));
	}
	let alice = Sr25519Keyring::Alice.to_account_id().to_string();
	let jobs: Vec<_> = (0..BENCH_WORKERS * per_worker)
		// Deadlines spread 100 a block keep every timeout bucket within its bound.
		.map(|i| {
			let class = bench_class(i / per_worker);
			serde_json::json!([alice, 1, class, 1_000, MICRO_UNIT, 100 + i / 100])
		})
		.collect();
	patch["computeMarket"] = serde_json::json!({ "workers": workers, "assignedJobs": jobs });

	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Atelier Compute Benchmark")
		.with_id("atelier_compute_bench")
		.with_protocol_id("atelier")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_patch(patch)
		.with_properties(properties())
		.build())
}
