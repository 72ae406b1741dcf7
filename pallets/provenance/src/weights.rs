
//! Weights of `pallet_provenance`, generated from its benchmarks (`src/benchmarking.rs`) by
//! `scripts/benchmark.sh pallet pallet_provenance`. Do not edit by hand: run the benchmarks again.
//!
//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-07, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! WORST CASE MAP SIZE: `1000000`
//! HOSTNAME: `vm`, CPU: `Intel(R) Xeon(R) Processor`
//! WASM-EXECUTION: `Compiled`, CHAIN: `None`, DB CACHE: 1024

// Executed Command:
// /root/.cache/atelier/target/release/atelier-node
// benchmark
// pallet
// --runtime
// /root/.cache/atelier/target/release/wbuild/atelier-runtime/atelier_runtime.compact.compressed.wasm
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --pallet
// pallet_provenance
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --output
// pallets/provenance/src/weights.rs
// --template
// scripts/frame-weight-template.hbs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_provenance`.
pub trait WeightInfo {
	fn add_style() -> Weight;
	fn set_model_styles() -> Weight;
	fn register_dataset(c: u32, ) -> Weight;
	fn register_model(d: u32, f: u32, ) -> Weight;
	fn mint_output(p: u32, m: u32, ) -> Weight;
}

/// Weights for `pallet_provenance` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Provenance::StyleNames` (r:1 w:1)
	/// Proof: `Provenance::StyleNames` (`max_values`: None, `max_size`: Some(51), added: 2526, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextStyleId` (r:1 w:1)
	/// Proof: `Provenance::NextStyleId` (`max_values`: Some(1), `max_size`: Some(2), added: 497, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Styles` (r:0 w:1)
	/// Proof: `Provenance::Styles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn add_style() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1011`
		//  Estimated: `3516`
		// Minimum execution time: 27_007_000 picoseconds.
		Weight::from_parts(37_241_000, 3516)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Provenance::Models` (r:1 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ModelStyleTags` (r:1 w:1)
	/// Proof: `Provenance::ModelStyleTags` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Styles` (r:4 w:0)
	/// Proof: `Provenance::Styles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn set_model_styles() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1706`
		//  Estimated: `11062`
		// Minimum execution time: 27_658_000 picoseconds.
		Weight::from_parts(31_093_000, 11062)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::ProvenanceCollections` (r:1 w:0)
	/// Proof: `Provenance::ProvenanceCollections` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextDatasetId` (r:1 w:1)
	/// Proof: `Provenance::NextDatasetId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:1 w:1)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(861), added: 3336, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:1)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:3 w:3)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Datasets` (r:0 w:1)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 64]`.
	fn register_dataset(c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `734`
		//  Estimated: `9852`
		// Minimum execution time: 133_675_000 picoseconds.
		Weight::from_parts(142_099_982, 9852)
			// Standard Error: 1_613
			.saturating_add(Weight::from_parts(50_983, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Provenance::Models` (r:1 w:1)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Datasets` (r:16 w:0)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ProvenanceCollections` (r:1 w:0)
	/// Proof: `Provenance::ProvenanceCollections` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextModelId` (r:1 w:1)
	/// Proof: `Provenance::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:1 w:1)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(861), added: 3336, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:1)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:3 w:3)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// The range of component `d` is `[1, 16]`.
	/// The range of component `f` is `[0, 8]`.
	fn register_model(d: u32, f: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2677 + d * (2408 ±0)`
		//  Estimated: `9852 + d * (4876 ±0)`
		// Minimum execution time: 179_200_000 picoseconds.
		Weight::from_parts(182_279_730, 9852)
			// Standard Error: 67_777
			.saturating_add(Weight::from_parts(17_241_091, 0).saturating_mul(d.into()))
			// Standard Error: 122_705
			.saturating_add(Weight::from_parts(264_786, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(Weight::from_parts(0, 4876).saturating_mul(d.into()))
	}
	/// Storage: `Provenance::Models` (r:1 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Outputs` (r:8 w:1)
	/// Proof: `Provenance::Outputs` (`max_values`: None, `max_size`: Some(684), added: 3159, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::JobOutputs` (r:1 w:1)
	/// Proof: `Provenance::JobOutputs` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:1 w:0)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Sampling` (r:1 w:0)
	/// Proof: `ComputeMarket::Sampling` (`max_values`: None, `max_size`: Some(1361), added: 3836, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Checks` (r:1 w:0)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::DeferredChecks` (r:1 w:0)
	/// Proof: `ComputeMarket::DeferredChecks` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ProvenanceCollections` (r:1 w:0)
	/// Proof: `Provenance::ProvenanceCollections` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextOutputId` (r:1 w:1)
	/// Proof: `Provenance::NextOutputId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Royalties::Policies` (r:9 w:1)
	/// Proof: `Royalties::Policies` (`max_values`: None, `max_size`: Some(2326), added: 4801, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:1 w:1)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(861), added: 3336, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:1)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:4 w:4)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 8]`.
	/// The range of component `m` is `[0, 16]`.
	fn mint_output(p: u32, m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3188 + p * (1360 ±0)`
		//  Estimated: `12806 + m * (10 ±4) + p * (4801 ±0)`
		// Minimum execution time: 238_031_000 picoseconds.
		Weight::from_parts(264_967_182, 12806)
			// Standard Error: 99_893
			.saturating_add(Weight::from_parts(10_638_916, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(14_u64))
			.saturating_add(Weight::from_parts(0, 10).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 4801).saturating_mul(p.into()))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn add_style() -> Weight {
		Weight::from_parts(37_241_000, 3516)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn set_model_styles() -> Weight {
		Weight::from_parts(31_093_000, 11062)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn register_dataset(c: u32, ) -> Weight {
		Weight::from_parts(142_099_982, 9852)
			.saturating_add(Weight::from_parts(50_983, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
	}
	fn register_model(d: u32, f: u32, ) -> Weight {
		Weight::from_parts(182_279_730, 9852)
			.saturating_add(Weight::from_parts(17_241_091, 0).saturating_mul(d.into()))
			.saturating_add(Weight::from_parts(264_786, 0).saturating_mul(f.into()))
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
			.saturating_add(Weight::from_parts(0, 4876).saturating_mul(d.into()))
	}
	fn mint_output(p: u32, m: u32, ) -> Weight {
		Weight::from_parts(264_967_182, 12806)
			.saturating_add(Weight::from_parts(10_638_916, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(20_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(14_u64))
			.saturating_add(Weight::from_parts(0, 10).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 4801).saturating_mul(p.into()))
	}
}
