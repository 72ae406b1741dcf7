
//! Weights of `pallet_model_shares`, generated from its benchmarks (`src/benchmarking.rs`) by
//! `scripts/benchmark.sh pallet pallet_model_shares`. Do not edit by hand: run the benchmarks again.
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
// pallet_model_shares
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --output
// pallets/model-shares/src/weights.rs
// --template
// scripts/frame-weight-template.hbs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_model_shares`.
pub trait WeightInfo {
	fn issue() -> Weight;
	fn transfer() -> Weight;
	fn claim() -> Weight;
	fn redeem() -> Weight;
	fn offer() -> Weight;
	fn cancel_offer() -> Weight;
	fn buy() -> Weight;
	fn credit(h: u32, ) -> Weight;
}

/// Weights for `pallet_model_shares` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Provenance::Models` (r:1 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1648), added: 4123, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::IncomeOwners` (r:1 w:0)
	/// Proof: `ModelShares::IncomeOwners` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Classes` (r:1 w:1)
	/// Proof: `ModelShares::Classes` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Holdings` (r:0 w:1)
	/// Proof: `ModelShares::Holdings` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn issue() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `715`
		//  Estimated: `5113`
		// Minimum execution time: 43_582_000 picoseconds.
		Weight::from_parts(52_568_000, 5113)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ModelShares::Classes` (r:1 w:1)
	/// Proof: `ModelShares::Classes` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Holdings` (r:2 w:2)
	/// Proof: `ModelShares::Holdings` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Offers` (r:1 w:1)
	/// Proof: `ModelShares::Offers` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	fn transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `575`
		//  Estimated: `6242`
		// Minimum execution time: 55_969_000 picoseconds.
		Weight::from_parts(69_697_000, 6242)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `ModelShares::Classes` (r:1 w:1)
	/// Proof: `ModelShares::Classes` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Holdings` (r:1 w:1)
	/// Proof: `ModelShares::Holdings` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Models` (r:9 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1648), added: 4123, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Models` (r:9 w:0)
	/// Proof: `Attestation::Models` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:144 w:0)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::TotalPots` (r:2 w:2)
	/// Proof: `ModelShares::TotalPots` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn claim() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4152`
		//  Estimated: `520974`
		// Minimum execution time: 393_982_000 picoseconds.
		Weight::from_parts(426_706_000, 520974)
			.saturating_add(T::DbWeight::get().reads(171_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `ModelShares::Classes` (r:1 w:1)
	/// Proof: `ModelShares::Classes` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Holdings` (r:1 w:1)
	/// Proof: `ModelShares::Holdings` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Models` (r:9 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1648), added: 4123, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Models` (r:9 w:0)
	/// Proof: `Attestation::Models` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:144 w:0)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::TotalPots` (r:2 w:2)
	/// Proof: `ModelShares::TotalPots` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::IncomeOwners` (r:0 w:1)
	/// Proof: `ModelShares::IncomeOwners` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Offers` (r:0 w:1)
	/// Proof: `ModelShares::Offers` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	fn redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4152`
		//  Estimated: `520974`
		// Minimum execution time: 404_691_000 picoseconds.
		Weight::from_parts(428_457_000, 520974)
			.saturating_add(T::DbWeight::get().reads(171_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `ModelShares::Classes` (r:1 w:0)
	/// Proof: `ModelShares::Classes` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Holdings` (r:1 w:0)
	/// Proof: `ModelShares::Holdings` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Offers` (r:0 w:1)
	/// Proof: `ModelShares::Offers` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	fn offer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `270`
		//  Estimated: `3704`
		// Minimum execution time: 43_996_000 picoseconds.
		Weight::from_parts(50_220_000, 3704)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ModelShares::Offers` (r:1 w:1)
	/// Proof: `ModelShares::Offers` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	fn cancel_offer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `270`
		//  Estimated: `3554`
		// Minimum execution time: 35_992_000 picoseconds.
		Weight::from_parts(40_998_000, 3554)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ModelShares::Offers` (r:1 w:1)
	/// Proof: `ModelShares::Offers` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Classes` (r:1 w:1)
	/// Proof: `ModelShares::Classes` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::Holdings` (r:2 w:2)
	/// Proof: `ModelShares::Holdings` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn buy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1511`
		//  Estimated: `6242`
		// Minimum execution time: 125_544_000 picoseconds.
		Weight::from_parts(135_857_000, 6242)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `ModelShares::Classes` (r:1 w:1)
	/// Proof: `ModelShares::Classes` (`max_values`: None, `max_size`: Some(239), added: 2714, mode: `MaxEncodedLen`)
	/// Storage: `ModelShares::TotalPots` (r:1 w:1)
	/// Proof: `ModelShares::TotalPots` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// The range of component `h` is `[2, 1000]`.
	fn credit(h: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `455`
		//  Estimated: `3704`
		// Minimum execution time: 36_943_000 picoseconds.
		Weight::from_parts(42_988_501, 3704)
			// Standard Error: 287
			.saturating_add(Weight::from_parts(5_620, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn issue() -> Weight {
		Weight::from_parts(52_568_000, 5113)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn transfer() -> Weight {
		Weight::from_parts(69_697_000, 6242)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn claim() -> Weight {
		Weight::from_parts(426_706_000, 520974)
			.saturating_add(ParityDbWeight::get().reads(171_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn redeem() -> Weight {
		Weight::from_parts(428_457_000, 520974)
			.saturating_add(ParityDbWeight::get().reads(171_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
	}
	fn offer() -> Weight {
		Weight::from_parts(50_220_000, 3704)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn cancel_offer() -> Weight {
		Weight::from_parts(40_998_000, 3554)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn buy() -> Weight {
		Weight::from_parts(135_857_000, 6242)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn credit(h: u32, ) -> Weight {
		Weight::from_parts(42_988_501, 3704)
			.saturating_add(Weight::from_parts(5_620, 0).saturating_mul(h.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
}
