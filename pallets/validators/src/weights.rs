
//! Weights of `pallet_validators`, generated from its benchmarks (`src/benchmarking.rs`) by
//! `scripts/benchmark.sh pallet pallet_validators`. Do not edit by hand: run the benchmarks again.
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
// pallet_validators
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --output
// pallets/validators/src/weights.rs
// --template
// scripts/frame-weight-template.hbs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_validators`.
pub trait WeightInfo {
	fn register_candidate() -> Weight;
	fn bond_more() -> Weight;
	fn leave() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn new_session(c: u32, ) -> Weight;
	fn start_session() -> Weight;
	fn end_session(v: u32, ) -> Weight;
	fn note_author() -> Weight;
	fn on_offence() -> Weight;
}

/// Weights for `pallet_validators` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Validators::Candidates` (r:100 w:2)
	/// Proof: `Validators::Candidates` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Active` (r:1 w:0)
	/// Proof: `Validators::Active` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Queued` (r:1 w:0)
	/// Proof: `Validators::Queued` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:100 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::SeedHorizon` (r:1 w:0)
	/// Proof: `Reputation::SeedHorizon` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:0)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Seeds` (r:100 w:0)
	/// Proof: `Reputation::Seeds` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:100 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `Validators::CandidateList` (r:1 w:1)
	/// Proof: `Validators::CandidateList` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Session::CurrentIndex` (r:1 w:0)
	/// Proof: `Session::CurrentIndex` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::Unbonding` (r:1 w:1)
	/// Proof: `Validators::Unbonding` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn register_candidate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `30013`
		//  Estimated: `397690`
		// Minimum execution time: 2_494_298_000 picoseconds.
		Weight::from_parts(2_862_394_000, 397690)
			.saturating_add(T::DbWeight::get().reads(411_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Validators::Candidates` (r:1 w:1)
	/// Proof: `Validators::Candidates` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn bond_more() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `571`
		//  Estimated: `3712`
		// Minimum execution time: 53_591_000 picoseconds.
		Weight::from_parts(71_573_000, 3712)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Validators::Candidates` (r:1 w:1)
	/// Proof: `Validators::Candidates` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Validators::CandidateList` (r:1 w:1)
	/// Proof: `Validators::CandidateList` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `Session::CurrentIndex` (r:1 w:0)
	/// Proof: `Session::CurrentIndex` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::Unbonding` (r:1 w:1)
	/// Proof: `Validators::Unbonding` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4888`
		//  Estimated: `6373`
		// Minimum execution time: 46_716_000 picoseconds.
		Weight::from_parts(62_493_000, 6373)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Validators::Unbonding` (r:1 w:1)
	/// Proof: `Validators::Unbonding` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Session::CurrentIndex` (r:1 w:0)
	/// Proof: `Session::CurrentIndex` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::Active` (r:1 w:0)
	/// Proof: `Validators::Active` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Queued` (r:1 w:0)
	/// Proof: `Validators::Queued` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Candidates` (r:1 w:0)
	/// Proof: `Validators::Candidates` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Validators::LastSlash` (r:0 w:1)
	/// Proof: `Validators::LastSlash` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `955`
		//  Estimated: `3712`
		// Minimum execution time: 58_014_000 picoseconds.
		Weight::from_parts(76_672_000, 3712)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Active` (r:1 w:0)
	/// Proof: `Validators::Active` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Validators::CandidateList` (r:1 w:0)
	/// Proof: `Validators::CandidateList` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Idle` (r:1 w:0)
	/// Proof: `Validators::Idle` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Candidates` (r:100 w:0)
	/// Proof: `Validators::Candidates` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:100 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Reputation::SeedHorizon` (r:1 w:0)
	/// Proof: `Reputation::SeedHorizon` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:0)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Seeds` (r:100 w:0)
	/// Proof: `Reputation::Seeds` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:100 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Queued` (r:0 w:1)
	/// Proof: `Validators::Queued` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 100]`.
	fn new_session(c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1472 + c * (280 ±0)`
		//  Estimated: `6300 + c * (3967 ±0)`
		// Minimum execution time: 49_794_000 picoseconds.
		Weight::from_parts(24_689_416, 6300)
			// Standard Error: 64_008
			.saturating_add(Weight::from_parts(24_680_875, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 3967).saturating_mul(c.into()))
	}
	/// Storage: `Validators::Queued` (r:1 w:1)
	/// Proof: `Validators::Queued` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Active` (r:1 w:1)
	/// Proof: `Validators::Active` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Unbonding` (r:32 w:32)
	/// Proof: `Validators::Unbonding` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn start_session() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4669`
		//  Estimated: `82366`
		// Minimum execution time: 129_906_000 picoseconds.
		Weight::from_parts(162_113_000, 82366)
			.saturating_add(T::DbWeight::get().reads(34_u64))
			.saturating_add(T::DbWeight::get().writes(34_u64))
	}
	/// Storage: `Session::CurrentIndex` (r:1 w:0)
	/// Proof: `Session::CurrentIndex` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::Active` (r:1 w:0)
	/// Proof: `Validators::Active` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Authored` (r:1 w:1)
	/// Proof: `Validators::Authored` (`max_values`: Some(1), `max_size`: Some(1153), added: 1648, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Session::Validators` (r:1 w:0)
	/// Proof: `Session::Validators` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::Candidates` (r:31 w:31)
	/// Proof: `Validators::Candidates` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Unbonding` (r:31 w:0)
	/// Proof: `Validators::Unbonding` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:33 w:33)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:31 w:31)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:31 w:31)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::ReputationCollection` (r:1 w:0)
	/// Proof: `Reputation::ReputationCollection` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::NextItem` (r:1 w:1)
	/// Proof: `Reputation::NextItem` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:31 w:31)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(861), added: 3336, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:31 w:31)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:124 w:124)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:1)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Historical::StoredRange` (r:1 w:1)
	/// Proof: `Historical::StoredRange` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Idle` (r:0 w:1)
	/// Proof: `Validators::Idle` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:31)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// The range of component `v` is `[1, 32]`.
	fn end_session(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2455 + v * (277 ±0)`
		//  Estimated: `17584 + v * (10727 ±0)`
		// Minimum execution time: 70_910_000 picoseconds.
		Weight::from_parts(79_892_000, 17584)
			// Standard Error: 257_627
			.saturating_add(Weight::from_parts(193_978_674, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((11_u64).saturating_mul(v.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((11_u64).saturating_mul(v.into())))
			.saturating_add(Weight::from_parts(0, 10727).saturating_mul(v.into()))
	}
	/// Storage: `Validators::Authored` (r:1 w:1)
	/// Proof: `Validators::Authored` (`max_values`: Some(1), `max_size`: Some(1153), added: 1648, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Active` (r:1 w:0)
	/// Proof: `Validators::Active` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn note_author() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2338`
		//  Estimated: `2638`
		// Minimum execution time: 9_781_000 picoseconds.
		Weight::from_parts(15_165_000, 2638)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Session::CurrentIndex` (r:1 w:0)
	/// Proof: `Session::CurrentIndex` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Validators::LastSlash` (r:1 w:1)
	/// Proof: `Validators::LastSlash` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Candidates` (r:1 w:1)
	/// Proof: `Validators::Candidates` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Validators::Unbonding` (r:1 w:1)
	/// Proof: `Validators::Unbonding` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:1)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::ReputationCollection` (r:1 w:0)
	/// Proof: `Reputation::ReputationCollection` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::NextItem` (r:1 w:1)
	/// Proof: `Reputation::NextItem` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
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
	/// Storage: `Reputation::TotalScore` (r:1 w:1)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Session::DisabledValidators` (r:1 w:0)
	/// Proof: `Session::DisabledValidators` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Session::Validators` (r:1 w:0)
	/// Proof: `Session::Validators` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::CandidateList` (r:1 w:1)
	/// Proof: `Validators::CandidateList` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn on_offence() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `7141`
		//  Estimated: `19575`
		// Minimum execution time: 297_444_000 picoseconds.
		Weight::from_parts(348_826_000, 19575)
			.saturating_add(T::DbWeight::get().reads(29_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn register_candidate() -> Weight {
		Weight::from_parts(2_862_394_000, 397690)
			.saturating_add(ParityDbWeight::get().reads(411_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn bond_more() -> Weight {
		Weight::from_parts(71_573_000, 3712)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(62_493_000, 6373)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(76_672_000, 3712)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn new_session(c: u32, ) -> Weight {
		Weight::from_parts(24_689_416, 6300)
			.saturating_add(Weight::from_parts(24_680_875, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 3967).saturating_mul(c.into()))
	}
	fn start_session() -> Weight {
		Weight::from_parts(162_113_000, 82366)
			.saturating_add(ParityDbWeight::get().reads(34_u64))
			.saturating_add(ParityDbWeight::get().writes(34_u64))
	}
	fn end_session(v: u32, ) -> Weight {
		Weight::from_parts(79_892_000, 17584)
			.saturating_add(Weight::from_parts(193_978_674, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((11_u64).saturating_mul(v.into())))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
			.saturating_add(ParityDbWeight::get().writes((11_u64).saturating_mul(v.into())))
			.saturating_add(Weight::from_parts(0, 10727).saturating_mul(v.into()))
	}
	fn note_author() -> Weight {
		Weight::from_parts(15_165_000, 2638)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn on_offence() -> Weight {
		Weight::from_parts(348_826_000, 19575)
			.saturating_add(ParityDbWeight::get().reads(29_u64))
			.saturating_add(ParityDbWeight::get().writes(18_u64))
	}
}
