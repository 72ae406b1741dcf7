
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
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4363`
		//  Estimated: `85206`
		// Minimum execution time: 225_750_000 picoseconds.
		Weight::from_parts(264_112_000, 85206)
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
		// Minimum execution time: 52_981_000 picoseconds.
		Weight::from_parts(64_334_000, 3748)
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
		// Minimum execution time: 23_833_000 picoseconds.
		Weight::from_parts(31_275_000, 3545)
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
		// Minimum execution time: 44_470_000 picoseconds.
		Weight::from_parts(53_027_000, 3748)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `OracleOperators::Operators` (r:1 w:0)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Commitments` (r:1 w:1)
	/// Proof: `OracleOperators::Commitments` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn commit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `167`
		//  Estimated: `3545`
		// Minimum execution time: 15_166_000 picoseconds.
		Weight::from_parts(20_159_000, 3545)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `OracleOperators::Operators` (r:1 w:0)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:0)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Commitments` (r:1 w:0)
	/// Proof: `OracleOperators::Commitments` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Reveals` (r:1 w:1)
	/// Proof: `OracleOperators::Reveals` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Models` (r:16 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// The range of component `k` is `[1, 16]`.
	fn reveal(k: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `446 + k * (47 ±0)`
		//  Estimated: `3850 + k * (4091 ±0)`
		// Minimum execution time: 27_184_000 picoseconds.
		Weight::from_parts(35_664_072, 3850)
			// Standard Error: 22_432
			.saturating_add(Weight::from_parts(3_256_567, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 4091).saturating_mul(k.into()))
	}
	/// Storage: `OracleOperators::CurrentRound` (r:1 w:1)
	/// Proof: `OracleOperators::CurrentRound` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Reveals` (r:33 w:32)
	/// Proof: `OracleOperators::Reveals` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Commitments` (r:33 w:32)
	/// Proof: `OracleOperators::Commitments` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::OperatorList` (r:1 w:1)
	/// Proof: `OracleOperators::OperatorList` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Operators` (r:32 w:32)
	/// Proof: `OracleOperators::Operators` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:13 w:13)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:12 w:12)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `OracleOperators::Feeds` (r:0 w:160)
	/// Proof: `OracleOperators::Feeds` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[3, 32]`.
	/// The range of component `v` is `[0, 512]`.
	fn close(o: u32, v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0 + o * (564 ±0) + v * (13 ±0)`
		//  Estimated: `61868 + o * (2555 ±100) + v * (72 ±6)`
		// Minimum execution time: 182_315_000 picoseconds.
		Weight::from_parts(306_095_592, 61868)
			// Standard Error: 244_152
			.saturating_add(Weight::from_parts(54_438_885, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(30_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2555).saturating_mul(o.into()))
			.saturating_add(Weight::from_parts(0, 72).saturating_mul(v.into()))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(264_112_000, 85206)
			.saturating_add(ParityDbWeight::get().reads(70_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn bond_more() -> Weight {
		Weight::from_parts(64_334_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(31_275_000, 3545)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(53_027_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn commit() -> Weight {
		Weight::from_parts(20_159_000, 3545)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn reveal(k: u32, ) -> Weight {
		Weight::from_parts(35_664_072, 3850)
			.saturating_add(Weight::from_parts(3_256_567, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 4091).saturating_mul(k.into()))
	}
	fn close(o: u32, v: u32, ) -> Weight {
		Weight::from_parts(306_095_592, 61868)
			.saturating_add(Weight::from_parts(54_438_885, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(18_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(30_u64))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2555).saturating_mul(o.into()))
			.saturating_add(Weight::from_parts(0, 72).saturating_mul(v.into()))
	}
}
