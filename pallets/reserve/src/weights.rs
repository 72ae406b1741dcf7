
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
		// Minimum execution time: 12_947_000 picoseconds.
		Weight::from_parts(14_565_000, 3675)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Reserve::SteeredNow` (r:1 w:1)
	/// Proof: `Reserve::SteeredNow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Mode` (r:0 w:1)
	/// Proof: `Reserve::Mode` (`max_values`: Some(1), `max_size`: Some(17), added: 512, mode: `MaxEncodedLen`)
	fn set_steering() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `231`
		//  Estimated: `8955`
		// Minimum execution time: 14_154_000 picoseconds.
		Weight::from_parts(15_609_000, 8955)
			.saturating_add(T::DbWeight::get().reads(4_u64))
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
		// Minimum execution time: 28_875_000 picoseconds.
		Weight::from_parts(31_350_000, 3675)
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
	/// Storage: `Reserve::PriceState` (r:1 w:0)
	/// Proof: `Reserve::PriceState` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::SteeredNow` (r:1 w:1)
	/// Proof: `Reserve::SteeredNow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::PoolFees` (r:1 w:0)
	/// Proof: `AssetConversion::PoolFees` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Activity` (r:1 w:1)
	/// Proof: `Reserve::Activity` (`max_values`: Some(1), `max_size`: Some(58), added: 553, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Engagement` (r:1 w:1)
	/// Proof: `Reserve::Engagement` (`max_values`: Some(1), `max_size`: Some(288), added: 783, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Averages` (r:1 w:1)
	/// Proof: `Reserve::Averages` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Feeds` (r:1 w:0)
	/// Proof: `OracleOperators::Feeds` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Mode` (r:1 w:0)
	/// Proof: `Reserve::Mode` (`max_values`: Some(1), `max_size`: Some(17), added: 512, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastSteering` (r:0 w:1)
	/// Proof: `Reserve::LastSteering` (`max_values`: Some(1), `max_size`: Some(117), added: 612, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastBudget` (r:0 w:1)
	/// Proof: `Reserve::LastBudget` (`max_values`: Some(1), `max_size`: Some(40), added: 535, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[0, 16]`.
	fn on_period_convert(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2319 + r * (103 ±0)`
		//  Estimated: `16920 + r * (2609 ±0)`
		// Minimum execution time: 357_462_000 picoseconds.
		Weight::from_parts(396_383_076, 16920)
			// Standard Error: 55_730
			.saturating_add(Weight::from_parts(34_952_941, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(27_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(15_u64))
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
	/// Storage: `Reserve::PriceState` (r:1 w:0)
	/// Proof: `Reserve::PriceState` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::SteeredNow` (r:1 w:1)
	/// Proof: `Reserve::SteeredNow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::PoolFees` (r:1 w:0)
	/// Proof: `AssetConversion::PoolFees` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Activity` (r:1 w:1)
	/// Proof: `Reserve::Activity` (`max_values`: Some(1), `max_size`: Some(58), added: 553, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Engagement` (r:1 w:1)
	/// Proof: `Reserve::Engagement` (`max_values`: Some(1), `max_size`: Some(288), added: 783, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Averages` (r:1 w:1)
	/// Proof: `Reserve::Averages` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Feeds` (r:1 w:0)
	/// Proof: `OracleOperators::Feeds` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::Mode` (r:1 w:0)
	/// Proof: `Reserve::Mode` (`max_values`: Some(1), `max_size`: Some(17), added: 512, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastSteering` (r:0 w:1)
	/// Proof: `Reserve::LastSteering` (`max_values`: Some(1), `max_size`: Some(117), added: 612, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastBuyBack` (r:0 w:1)
	/// Proof: `Reserve::LastBuyBack` (`max_values`: Some(1), `max_size`: Some(41), added: 536, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::LastBudget` (r:0 w:1)
	/// Proof: `Reserve::LastBudget` (`max_values`: Some(1), `max_size`: Some(40), added: 535, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[0, 16]`.
	fn on_period_buyback(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2319 + r * (103 ±0)`
		//  Estimated: `14265 + r * (2609 ±0)`
		// Minimum execution time: 248_720_000 picoseconds.
		Weight::from_parts(270_027_715, 14265)
			// Standard Error: 37_073
			.saturating_add(Weight::from_parts(34_615_048, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(26_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(14_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(r.into()))
	}
	fn pay_grants(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 3000)
			.saturating_add(Weight::from_parts(80_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3000).saturating_mul(n.into()))
	}
}

impl WeightInfo for () {
	fn set_budget_line() -> Weight {
		Weight::from_parts(14_565_000, 3675)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_steering() -> Weight {
		Weight::from_parts(15_609_000, 8955)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn on_initialize_sample() -> Weight {
		Weight::from_parts(31_350_000, 3675)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn on_period_convert(r: u32, ) -> Weight {
		Weight::from_parts(396_383_076, 16920)
			.saturating_add(Weight::from_parts(34_952_941, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(27_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(15_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(r.into()))
	}
	fn on_period_buyback(r: u32, ) -> Weight {
		Weight::from_parts(270_027_715, 14265)
			.saturating_add(Weight::from_parts(34_615_048, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(26_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(14_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(r.into()))
	}
	fn pay_grants(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 3000)
			.saturating_add(Weight::from_parts(80_000_000, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3000).saturating_mul(n.into()))
	}
}
