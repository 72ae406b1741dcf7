
//! Weights of `pallet_reserve`, generated from its benchmarks (`src/benchmarking.rs`) by
//! `scripts/benchmark.sh pallet pallet_reserve`. Do not edit by hand: run the benchmarks again.
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
// pallet_reserve
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --output
// pallets/reserve/src/weights.rs
// --template
// scripts/frame-weight-template.hbs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_reserve`.
pub trait WeightInfo {
	fn set_budget_line() -> Weight;
	fn set_steering() -> Weight;
	fn on_initialize_sample() -> Weight;
	fn on_period_convert(r: u32, ) -> Weight;
	fn on_period_buyback(r: u32, ) -> Weight;
	fn pay_grants(n: u32, ) -> Weight;
}

/// Weights for `pallet_reserve` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Budget` (r:1 w:1)
	/// Proof: `Reserve::Budget` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn set_budget_line() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1491`
		//  Estimated: `3675`
		// Minimum execution time: 13_650_000 picoseconds.
		Weight::from_parts(15_441_000, 3675)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Reserve::SteeredNow` (r:1 w:1)
	/// Proof: `Reserve::SteeredNow` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Mode` (r:0 w:1)
	/// Proof: `Reserve::Mode` (`max_values`: Some(1), `max_size`: Some(21), added: 516, mode: `MaxEncodedLen`)
	fn set_steering() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `235`
		//  Estimated: `11610`
		// Minimum execution time: 17_196_000 picoseconds.
		Weight::from_parts(18_663_000, 11610)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::PriceState` (r:1 w:1)
	/// Proof: `Reserve::PriceState` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	fn on_initialize_sample() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1193`
		//  Estimated: `3675`
		// Minimum execution time: 29_636_000 picoseconds.
		Weight::from_parts(31_664_000, 3675)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Reserve::CurrentPeriod` (r:1 w:1)
	/// Proof: `Reserve::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(40), added: 535, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::Pools` (r:1 w:0)
	/// Proof: `AssetConversion::Pools` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `PoolAssets::Account` (r:1 w:1)
	/// Proof: `PoolAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `PoolAssets::Asset` (r:1 w:1)
	/// Proof: `PoolAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:18 w:18)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Budget` (r:1 w:1)
	/// Proof: `Reserve::Budget` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::RunningTotals` (r:1 w:1)
	/// Proof: `Reserve::RunningTotals` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Leaders` (r:1 w:0)
	/// Proof: `Reserve::Leaders` (`max_values`: Some(1), `max_size`: Some(321), added: 816, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::SteeredNow` (r:1 w:1)
	/// Proof: `Reserve::SteeredNow` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::TotalGranted` (r:1 w:1)
	/// Proof: `Reserve::TotalGranted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::PriceState` (r:1 w:0)
	/// Proof: `Reserve::PriceState` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::PoolFees` (r:1 w:0)
	/// Proof: `AssetConversion::PoolFees` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Activity` (r:1 w:1)
	/// Proof: `Reserve::Activity` (`max_values`: Some(1), `max_size`: Some(62), added: 557, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Averages` (r:1 w:1)
	/// Proof: `Reserve::Averages` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Feeds` (r:1 w:0)
	/// Proof: `OracleOperators::Feeds` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Mode` (r:1 w:0)
	/// Proof: `Reserve::Mode` (`max_values`: Some(1), `max_size`: Some(21), added: 516, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastSteering` (r:0 w:1)
	/// Proof: `Reserve::LastSteering` (`max_values`: Some(1), `max_size`: Some(127), added: 622, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastBudget` (r:0 w:1)
	/// Proof: `Reserve::LastBudget` (`max_values`: Some(1), `max_size`: Some(40), added: 535, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastGrants` (r:0 w:1)
	/// Proof: `Reserve::LastGrants` (`max_values`: Some(1), `max_size`: Some(49), added: 544, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[0, 16]`.
	fn on_period_convert(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2323 + r * (103 ±0)`
		//  Estimated: `19575 + r * (2609 ±0)`
		// Minimum execution time: 393_152_000 picoseconds.
		Weight::from_parts(414_232_004, 19575)
			// Standard Error: 52_352
			.saturating_add(Weight::from_parts(36_854_553, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(28_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(16_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(r.into()))
	}
	/// Storage: `Reserve::CurrentPeriod` (r:1 w:1)
	/// Proof: `Reserve::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(40), added: 535, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:18 w:18)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::Pools` (r:1 w:0)
	/// Proof: `AssetConversion::Pools` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `PoolAssets::Account` (r:1 w:0)
	/// Proof: `PoolAssets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `PoolAssets::Asset` (r:1 w:0)
	/// Proof: `PoolAssets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:18 w:18)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Budget` (r:1 w:1)
	/// Proof: `Reserve::Budget` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::RunningTotals` (r:1 w:1)
	/// Proof: `Reserve::RunningTotals` (`max_values`: Some(1), `max_size`: Some(144), added: 639, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Leaders` (r:1 w:0)
	/// Proof: `Reserve::Leaders` (`max_values`: Some(1), `max_size`: Some(321), added: 816, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::SteeredNow` (r:1 w:1)
	/// Proof: `Reserve::SteeredNow` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::TotalGranted` (r:1 w:1)
	/// Proof: `Reserve::TotalGranted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::PriceState` (r:1 w:0)
	/// Proof: `Reserve::PriceState` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::PoolFees` (r:1 w:0)
	/// Proof: `AssetConversion::PoolFees` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Activity` (r:1 w:1)
	/// Proof: `Reserve::Activity` (`max_values`: Some(1), `max_size`: Some(62), added: 557, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Averages` (r:1 w:1)
	/// Proof: `Reserve::Averages` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Feeds` (r:1 w:0)
	/// Proof: `OracleOperators::Feeds` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Mode` (r:1 w:0)
	/// Proof: `Reserve::Mode` (`max_values`: Some(1), `max_size`: Some(21), added: 516, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastSteering` (r:0 w:1)
	/// Proof: `Reserve::LastSteering` (`max_values`: Some(1), `max_size`: Some(127), added: 622, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastBuyBack` (r:0 w:1)
	/// Proof: `Reserve::LastBuyBack` (`max_values`: Some(1), `max_size`: Some(41), added: 536, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastBudget` (r:0 w:1)
	/// Proof: `Reserve::LastBudget` (`max_values`: Some(1), `max_size`: Some(40), added: 535, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastGrants` (r:0 w:1)
	/// Proof: `Reserve::LastGrants` (`max_values`: Some(1), `max_size`: Some(49), added: 544, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[0, 16]`.
	fn on_period_buyback(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2323 + r * (103 ±0)`
		//  Estimated: `16920 + r * (2609 ±0)`
		// Minimum execution time: 271_899_000 picoseconds.
		Weight::from_parts(307_285_536, 16920)
			// Standard Error: 59_756
			.saturating_add(Weight::from_parts(37_420_887, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(27_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(15_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(r.into()))
	}
	/// Storage: `Reserve::Leaders` (r:1 w:1)
	/// Proof: `Reserve::Leaders` (`max_values`: Some(1), `max_size`: Some(321), added: 816, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::SteeredNow` (r:1 w:0)
	/// Proof: `Reserve::SteeredNow` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Budget` (r:1 w:0)
	/// Proof: `Reserve::Budget` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Models` (r:32 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Models` (r:32 w:0)
	/// Proof: `Attestation::Models` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Datasets` (r:32 w:0)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:32 w:0)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Feeds` (r:32 w:0)
	/// Proof: `OracleOperators::Feeds` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:17 w:17)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::TotalGranted` (r:1 w:1)
	/// Proof: `Reserve::TotalGranted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastGrants` (r:0 w:1)
	/// Proof: `Reserve::LastGrants` (`max_values`: Some(1), `max_size`: Some(49), added: 544, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 16]`.
	fn pay_grants(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1628 + n * (920 ±0)`
		//  Estimated: `15159 + n * (9752 ±0)`
		// Minimum execution time: 33_659_000 picoseconds.
		Weight::from_parts(64_047_230, 15159)
			// Standard Error: 150_467
			.saturating_add(Weight::from_parts(86_388_035, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((11_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 9752).saturating_mul(n.into()))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn set_budget_line() -> Weight {
		Weight::from_parts(15_441_000, 3675)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_steering() -> Weight {
		Weight::from_parts(18_663_000, 11610)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn on_initialize_sample() -> Weight {
		Weight::from_parts(31_664_000, 3675)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn on_period_convert(r: u32, ) -> Weight {
		Weight::from_parts(414_232_004, 19575)
			.saturating_add(Weight::from_parts(36_854_553, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(28_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(16_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(r.into()))
	}
	fn on_period_buyback(r: u32, ) -> Weight {
		Weight::from_parts(307_285_536, 16920)
			.saturating_add(Weight::from_parts(37_420_887, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(27_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(15_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(r.into()))
	}
	fn pay_grants(n: u32, ) -> Weight {
		Weight::from_parts(64_047_230, 15159)
			.saturating_add(Weight::from_parts(86_388_035, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().reads((11_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 9752).saturating_mul(n.into()))
	}
}
