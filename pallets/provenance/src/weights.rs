
//! Weights of `pallet_provenance`, generated from its benchmarks (`src/benchmarking.rs`) by
//! `scripts/benchmark.sh pallet pallet_provenance`. Do not edit by hand: run the benchmarks again.
//!
//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-11-25, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! WORST CASE MAP SIZE: `1000000`
//! HOSTNAME: `vm`, CPU: `AMD EPYC`
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
	fn register_dataset(c: u32, ) -> Weight;
	fn register_model(d: u32, f: u32, ) -> Weight;
	fn mint_output(p: u32, m: u32, ) -> Weight;
	fn add_style() -> Weight;
	fn set_model_styles() -> Weight;
}

/// Weights for `pallet_provenance` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Provenance::ProvenanceCollections` (r:1 w:0)
	/// Proof: `Provenance::ProvenanceCollections` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextDatasetId` (r:1 w:1)
	/// Proof: `Provenance::NextDatasetId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
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
		//  Measured:  `699`
		//  Estimated: `9852`
		// Minimum execution time: 212_137_000 picoseconds.
		Weight::from_parts(220_244_369, 9852)
			// Standard Error: 3_536
			.saturating_add(Weight::from_parts(54_255, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Provenance::Models` (r:1 w:1)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Datasets` (r:16 w:0)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ProvenanceCollections` (r:1 w:0)
	/// Proof: `Provenance::ProvenanceCollections` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextModelId` (r:1 w:1)
	/// Proof: `Provenance::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
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
	fn register_model(d: u32, _f: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2496 + d * (2408 ±0)`
		//  Estimated: `9852 + d * (4876 ±0)`
		// Minimum execution time: 266_120_000 picoseconds.
		Weight::from_parts(252_862_043, 9852)
			// Standard Error: 39_227
			.saturating_add(Weight::from_parts(22_397_548, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
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
	/// Storage: `Provenance::ProvenanceCollections` (r:1 w:0)
	/// Proof: `Provenance::ProvenanceCollections` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextOutputId` (r:1 w:1)
	/// Proof: `Provenance::NextOutputId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Royalties::Policies` (r:9 w:1)
	/// Proof: `Royalties::Policies` (`max_values`: None, `max_size`: Some(2326), added: 4801, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
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
		//  Measured:  `2871 + p * (1371 ±0)`
		//  Estimated: `12806 + m * (10 ±4) + p * (4801 ±0)`
		// Minimum execution time: 290_745_000 picoseconds.
		Weight::from_parts(301_515_303, 12806)
			// Standard Error: 73_234
			.saturating_add(Weight::from_parts(11_671_539, 0).saturating_mul(p.into()))
			// Standard Error: 37_832
			.saturating_add(Weight::from_parts(296_391, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(14_u64))
			.saturating_add(Weight::from_parts(0, 10).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 4801).saturating_mul(p.into()))
	}
	fn add_style() -> Weight {
		Weight::from_parts(20_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn set_model_styles() -> Weight {
		Weight::from_parts(20_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn register_dataset(c: u32, ) -> Weight {
		Weight::from_parts(220_244_369, 9852)
			.saturating_add(Weight::from_parts(54_255, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
	}
	fn register_model(d: u32, _f: u32, ) -> Weight {
		Weight::from_parts(252_862_043, 9852)
			.saturating_add(Weight::from_parts(22_397_548, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
			.saturating_add(Weight::from_parts(0, 4876).saturating_mul(d.into()))
	}
	fn mint_output(p: u32, m: u32, ) -> Weight {
		Weight::from_parts(301_515_303, 12806)
			.saturating_add(Weight::from_parts(11_671_539, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(296_391, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(16_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(14_u64))
			.saturating_add(Weight::from_parts(0, 10).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 4801).saturating_mul(p.into()))
	}
	fn add_style() -> Weight {
		Weight::from_parts(20_000_000, 3600)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn set_model_styles() -> Weight {
		Weight::from_parts(20_000_000, 3600)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
