
//! Weights of `pallet_oracle_operators`, generated from its benchmarks (`src/benchmarking.rs`) by
//! `scripts/benchmark.sh pallet pallet_oracle_operators`. Do not edit by hand: run the benchmarks again.
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
// pallet_oracle_operators
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --output
// pallets/oracle-operators/src/weights.rs
// --template
// scripts/frame-weight-template.hbs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_oracle_operators`.
pub trait WeightInfo {
	fn register() -> Weight;
	fn bond_more() -> Weight;
	fn leave() -> Weight;
	fn withdraw() -> Weight;
	fn commit() -> Weight;
	fn reveal(k: u32, ) -> Weight;
	fn close(o: u32, v: u32, ) -> Weight;
}

/// Weights for `pallet_oracle_operators` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `OracleOperators::Operators` (r:33 w:2)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::OperatorList` (r:1 w:1)
	/// Proof: `OracleOperators::OperatorList` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Commitments` (r:32 w:0)
	/// Proof: `OracleOperators::Commitments` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4363`
		//  Estimated: `85206`
		// Minimum execution time: 215_411_000 picoseconds.
		Weight::from_parts(236_071_000, 85206)
			.saturating_add(T::DbWeight::get().reads(70_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `OracleOperators::Operators` (r:1 w:1)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn bond_more() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `470`
		//  Estimated: `3748`
		// Minimum execution time: 51_111_000 picoseconds.
		Weight::from_parts(56_454_000, 3748)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `OracleOperators::Operators` (r:1 w:1)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Commitments` (r:1 w:0)
	/// Proof: `OracleOperators::Commitments` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::OperatorList` (r:1 w:1)
	/// Proof: `OracleOperators::OperatorList` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1656`
		//  Estimated: `3545`
		// Minimum execution time: 22_072_000 picoseconds.
		Weight::from_parts(27_183_000, 3545)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `OracleOperators::Operators` (r:1 w:1)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `460`
		//  Estimated: `3748`
		// Minimum execution time: 43_903_000 picoseconds.
		Weight::from_parts(47_474_000, 3748)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `OracleOperators::Operators` (r:1 w:0)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Commitments` (r:1 w:1)
	/// Proof: `OracleOperators::Commitments` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn commit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `172`
		//  Estimated: `3545`
		// Minimum execution time: 15_235_000 picoseconds.
		Weight::from_parts(16_556_000, 3545)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `OracleOperators::Operators` (r:1 w:0)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Commitments` (r:1 w:0)
	/// Proof: `OracleOperators::Commitments` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Reveals` (r:1 w:1)
	/// Proof: `OracleOperators::Reveals` (`max_values`: None, `max_size`: Some(889), added: 3364, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Models` (r:40 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// The range of component `k` is `[1, 40]`.
	fn reveal(k: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `447 + k * (47 ±0)`
		//  Estimated: `4354 + k * (4091 ±0)`
		// Minimum execution time: 26_695_000 picoseconds.
		Weight::from_parts(28_353_854, 4354)
			// Standard Error: 6_673
			.saturating_add(Weight::from_parts(2_991_304, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 4091).saturating_mul(k.into()))
	}
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:1)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Reveals` (r:33 w:32)
	/// Proof: `OracleOperators::Reveals` (`max_values`: None, `max_size`: Some(889), added: 3364, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Commitments` (r:33 w:32)
	/// Proof: `OracleOperators::Commitments` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::OperatorList` (r:1 w:1)
	/// Proof: `OracleOperators::OperatorList` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Operators` (r:32 w:32)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:12 w:12)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::ReputationCollection` (r:1 w:0)
	/// Proof: `Reputation::ReputationCollection` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::NextItem` (r:1 w:1)
	/// Proof: `Reputation::NextItem` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:12 w:12)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(861), added: 3336, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:12 w:12)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:48 w:48)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:1)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:13 w:13)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:12 w:12)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Feeds` (r:0 w:400)
	/// Proof: `OracleOperators::Feeds` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:12)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[3, 32]`.
	/// The range of component `v` is `[0, 1280]`.
	fn close(o: u32, v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0 + o * (899 ±0) + v * (13 ±0)`
		//  Estimated: `261886 + o * (4019 ±118) + v * (34 ±2)`
		// Minimum execution time: 379_125_000 picoseconds.
		Weight::from_parts(2_028_028_388, 261886)
			// Standard Error: 523_804
			.saturating_add(Weight::from_parts(117_416_143, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(183_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(65_u64))
			.saturating_add(T::DbWeight::get().writes((13_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 4019).saturating_mul(o.into()))
			.saturating_add(Weight::from_parts(0, 34).saturating_mul(v.into()))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(236_071_000, 85206)
			.saturating_add(ParityDbWeight::get().reads(70_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn bond_more() -> Weight {
		Weight::from_parts(56_454_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(27_183_000, 3545)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(47_474_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn commit() -> Weight {
		Weight::from_parts(16_556_000, 3545)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn reveal(k: u32, ) -> Weight {
		Weight::from_parts(28_353_854, 4354)
			.saturating_add(Weight::from_parts(2_991_304, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 4091).saturating_mul(k.into()))
	}
	fn close(o: u32, v: u32, ) -> Weight {
		Weight::from_parts(2_028_028_388, 261886)
			.saturating_add(Weight::from_parts(117_416_143, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(183_u64))
			.saturating_add(ParityDbWeight::get().reads((6_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(65_u64))
			.saturating_add(ParityDbWeight::get().writes((13_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 4019).saturating_mul(o.into()))
			.saturating_add(Weight::from_parts(0, 34).saturating_mul(v.into()))
	}
}
