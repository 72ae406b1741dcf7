//! The pallets whose benchmarks `atelier-node benchmark pallet` runs (feature
//! `runtime-benchmarks`); `scripts/benchmark.sh` regenerates their weights. The helpers through
//! which a pallet's benchmarks set up what other pallets own live beside that pallet's config
//! (`configs/*.rs`).

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_assets, Assets]
	[pallet_nfts, Nfts]
	[pallet_asset_conversion, AssetConversion]
	[pallet_attestation, Attestation]
	[pallet_compute_market, ComputeMarket]
	[pallet_governance, Governance]
	[pallet_provenance, Provenance]
	[pallet_reputation, Reputation]
	[pallet_reserve, Reserve]
	[pallet_royalties, Royalties]
	[pallet_model_shares, ModelShares]
	[pallet_validators, Validators]
	[pallet_oracle_operators, OracleOperators]
);
