//! The built-in chain specs: `dev` (one validator), `local` (four), `dev-fast` and `local-fast`
//! (the same with 2-second slots, and fast referendum tracks on `local-fast`, for tests), `compute-bench` (for benchmarks) and `production-template`
//! (the template of a live network's spec: its accounts are placeholders to replace). All are
//! built from the runtime's genesis presets, so the node never duplicates genesis logic.

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

/// `--chain dev-fast` (with `--dev` for the dev node's flags): `dev` with 2-second slots, for
/// the end-to-end tests. Never for a real network.
pub fn dev_fast_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Atelier Development (2-second slots)")
		.with_id("atelier_dev_fast")
		.with_protocol_id("atelier")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(atelier_runtime::genesis_config_presets::DEV_FAST_PRESET)
		.with_properties(properties())
		.build())
}

/// `--chain local-fast`: `local` with 2-second slots and every referendum track's periods
/// divided by 1 200, for the end-to-end test of governance (a referendum passes in a minute or
/// two). Never for a real network.
pub fn local_fast_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Atelier Local Testnet (2-second slots, fast governance)")
		.with_id("atelier_local_fast")
		.with_protocol_id("atelier")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(atelier_runtime::genesis_config_presets::LOCAL_FAST_PRESET)
		.with_properties(properties())
		.build())
}

/// `--chain production-template`: the template a launch starts from (`docs/launch.md`): a live
/// chain with named validators, founders and attestors and no sudo key. Its accounts are
/// well-known keys standing in for the real ones: `build-spec --chain production-template`
/// prints it, the launch replaces them, then `build-spec --chain <edited.json> --raw`.
pub fn production_template_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Atelier (template)")
		.with_id("atelier_template")
		.with_protocol_id("atelier")
		.with_chain_type(ChainType::Live)
		.with_genesis_config_preset_name(
			atelier_runtime::genesis_config_presets::PRODUCTION_TEMPLATE_PRESET,
		)
		.with_properties(properties())
		.build())
}

/// `--chain compute-bench`: the development chain plus 192 workers holding 32 assigned jobs each
/// (6 144 jobs of 64 studios, for four attested, bonded models with a lineage), so that
/// `benchmark extrinsic` can fill a block with receipts that settle as on a live chain, beside
/// balance transfers. For benchmarks only: the runtime's preset builds its genesis, and
/// [`compute_bench::setup`] completes it natively through the pallets' calls (models, datasets,
/// attestations, bonds, reputation stakes); the spec carries the resulting raw storage.
///
/// [`compute_bench::setup`]: atelier_runtime::genesis_config_presets::compute_bench::setup
pub fn compute_bench_chain_spec() -> Result<ChainSpec, String> {
	use atelier_runtime::genesis_config_presets::compute_bench;
	use sc_service::ChainSpec as _;
	use sp_runtime::BuildStorage;

	let mut spec = ChainSpec::builder(wasm()?, None)
		.with_name("Atelier Compute Benchmark")
		.with_id("atelier_compute_bench")
		.with_protocol_id("atelier")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_patch(compute_bench::genesis())
		.with_properties(properties())
		.build();
	let mut storage = spec.build_storage()?;
	let code_key = sp_core::storage::well_known_keys::CODE;
	let code = storage.top.get(code_key).cloned().ok_or("the genesis holds no runtime code")?;
	// Test externalities replace the code with theirs (none): it is put back below.
	let mut ext = sp_io::TestExternalities::new(storage.clone());
	storage.top = ext.execute_with(|| {
		compute_bench::setup();
		let mut top = std::collections::BTreeMap::new();
		let mut key = Vec::new();
		while let Some(next) = sp_io::storage::next_key(&key) {
			if let Some(value) = sp_io::storage::get(&next) {
				top.insert(next.clone(), value.to_vec());
			}
			key = next;
		}
		top
	});
	storage.top.insert(code_key.to_vec(), code);
	spec.set_storage(storage);
	Ok(spec)
}
