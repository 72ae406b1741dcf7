
//! Weights of `pallet_attestation`, generated from its benchmarks (`src/benchmarking.rs`) by
//! `scripts/benchmark.sh pallet pallet_attestation`. Do not edit by hand: run the benchmarks again.
//!
//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-06, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
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
// pallet_attestation
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --output
// pallets/attestation/src/weights.rs
// --template
// scripts/frame-weight-template.hbs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_attestation`.
pub trait WeightInfo {
	fn apply_as_attestor() -> Weight;
	fn approve_attestor() -> Weight;
	fn leave() -> Weight;
	fn withdraw_attestor() -> Weight;
	fn attest() -> Weight;
	fn revoke() -> Weight;
	fn bond_model() -> Weight;
	fn unbond_model() -> Weight;
	fn withdraw_model_bond() -> Weight;
	fn challenge() -> Weight;
	fn uphold_dataset() -> Weight;
	fn uphold_model() -> Weight;
	fn reject() -> Weight;
	fn lapse() -> Weight;
	fn enforce() -> Weight;
	fn lift() -> Weight;
}

/// Weights for `pallet_attestation` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Attestation::Attestors` (r:1 w:1)
	/// Proof: `Attestation::Attestors` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn apply_as_attestor() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `327`
		//  Estimated: `3676`
		// Minimum execution time: 51_303_000 picoseconds.
		Weight::from_parts(58_244_000, 3676)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Attestation::Attestors` (r:1 w:1)
	/// Proof: `Attestation::Attestors` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	fn approve_attestor() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `243`
		//  Estimated: `3538`
		// Minimum execution time: 11_917_000 picoseconds.
		Weight::from_parts(13_930_000, 3538)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Attestation::Attestors` (r:1 w:1)
	/// Proof: `Attestation::Attestors` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `247`
		//  Estimated: `3645`
		// Minimum execution time: 16_222_000 picoseconds.
		Weight::from_parts(18_281_000, 3645)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Attestation::Attestors` (r:1 w:1)
	/// Proof: `Attestation::Attestors` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn withdraw_attestor() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `514`
		//  Estimated: `3676`
		// Minimum execution time: 44_624_000 picoseconds.
		Weight::from_parts(50_643_000, 3676)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Attestation::Attestors` (r:1 w:0)
	/// Proof: `Attestation::Attestors` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Datasets` (r:1 w:0)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:1 w:1)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	fn attest() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1917`
		//  Estimated: `6300`
		// Minimum execution time: 34_003_000 picoseconds.
		Weight::from_parts(40_427_000, 6300)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Attestation::Datasets` (r:1 w:1)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	fn revoke() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1263`
		//  Estimated: `4601`
		// Minimum execution time: 17_262_000 picoseconds.
		Weight::from_parts(22_017_000, 4601)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Models` (r:1 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Models` (r:1 w:1)
	/// Proof: `Attestation::Models` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn bond_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `944`
		//  Estimated: `5081`
		// Minimum execution time: 93_076_000 picoseconds.
		Weight::from_parts(101_061_000, 5081)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Attestation::Models` (r:1 w:1)
	/// Proof: `Attestation::Models` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	fn unbond_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `211`
		//  Estimated: `3645`
		// Minimum execution time: 37_106_000 picoseconds.
		Weight::from_parts(41_138_000, 3645)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Attestation::Models` (r:9 w:1)
	/// Proof: `Attestation::Models` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Models` (r:9 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:144 w:0)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn withdraw_model_bond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2607`
		//  Estimated: `520974`
		// Minimum execution time: 321_802_000 picoseconds.
		Weight::from_parts(355_533_000, 520974)
			.saturating_add(T::DbWeight::get().reads(164_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Provenance::Datasets` (r:1 w:0)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:1 w:1)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::OpenChallenge` (r:1 w:1)
	/// Proof: `Attestation::OpenChallenge` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::NextChallengeId` (r:1 w:1)
	/// Proof: `Attestation::NextChallengeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Attestors` (r:16 w:16)
	/// Proof: `Attestation::Attestors` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Challenges` (r:0 w:1)
	/// Proof: `Attestation::Challenges` (`max_values`: None, `max_size`: Some(812), added: 3287, mode: `MaxEncodedLen`)
	fn challenge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3426`
		//  Estimated: `41758`
		// Minimum execution time: 164_151_000 picoseconds.
		Weight::from_parts(179_239_000, 41758)
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().writes(22_u64))
	}
	/// Storage: `Attestation::Challenges` (r:1 w:1)
	/// Proof: `Attestation::Challenges` (`max_values`: None, `max_size`: Some(812), added: 3287, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::OpenChallenge` (r:1 w:1)
	/// Proof: `Attestation::OpenChallenge` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:1 w:1)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Attestors` (r:16 w:16)
	/// Proof: `Attestation::Attestors` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:8 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Datasets` (r:1 w:0)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:22 w:22)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:21 w:21)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:17 w:17)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::ReputationCollection` (r:1 w:0)
	/// Proof: `Reputation::ReputationCollection` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::NextItem` (r:1 w:1)
	/// Proof: `Reputation::NextItem` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:17 w:17)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(861), added: 3336, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:17 w:17)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:68 w:68)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:1)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:17)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn uphold_dataset() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `8427`
		//  Estimated: `201862`
		// Minimum execution time: 5_114_665_000 picoseconds.
		Weight::from_parts(5_531_622_000, 201862)
			.saturating_add(T::DbWeight::get().reads(195_u64))
			.saturating_add(T::DbWeight::get().writes(201_u64))
	}
	/// Storage: `Attestation::Challenges` (r:1 w:1)
	/// Proof: `Attestation::Challenges` (`max_values`: None, `max_size`: Some(812), added: 3287, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::OpenChallenge` (r:1 w:1)
	/// Proof: `Attestation::OpenChallenge` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Models` (r:1 w:1)
	/// Proof: `Attestation::Models` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:8 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Models` (r:1 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:7 w:7)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:6 w:6)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Royalties::Pots` (r:3 w:2)
	/// Proof: `Royalties::Pots` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Royalties::TotalAccrued` (r:2 w:2)
	/// Proof: `Royalties::TotalAccrued` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
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
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn uphold_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5033`
		//  Estimated: `22230`
		// Minimum execution time: 687_530_000 picoseconds.
		Weight::from_parts(761_626_000, 22230)
			.saturating_add(T::DbWeight::get().reads(44_u64))
			.saturating_add(T::DbWeight::get().writes(33_u64))
	}
	/// Storage: `Attestation::Challenges` (r:1 w:1)
	/// Proof: `Attestation::Challenges` (`max_values`: None, `max_size`: Some(812), added: 3287, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::OpenChallenge` (r:1 w:1)
	/// Proof: `Attestation::OpenChallenge` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:1 w:1)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Attestors` (r:16 w:16)
	/// Proof: `Attestation::Attestors` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Datasets` (r:1 w:0)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:9 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:7 w:7)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:5 w:5)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::PriceState` (r:1 w:0)
	/// Proof: `Reserve::PriceState` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:16 w:16)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::ReputationCollection` (r:1 w:0)
	/// Proof: `Reputation::ReputationCollection` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::NextItem` (r:1 w:1)
	/// Proof: `Reputation::NextItem` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:16 w:16)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(861), added: 3336, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:16 w:16)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:64 w:64)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:1)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:16)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6534`
		//  Estimated: `190046`
		// Minimum execution time: 2_129_463_000 picoseconds.
		Weight::from_parts(2_382_574_000, 190046)
			.saturating_add(T::DbWeight::get().reads(159_u64))
			.saturating_add(T::DbWeight::get().writes(162_u64))
	}
	/// Storage: `Attestation::Challenges` (r:1 w:1)
	/// Proof: `Attestation::Challenges` (`max_values`: None, `max_size`: Some(812), added: 3287, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::OpenChallenge` (r:1 w:1)
	/// Proof: `Attestation::OpenChallenge` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:1 w:1)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Attestors` (r:16 w:16)
	/// Proof: `Attestation::Attestors` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Datasets` (r:1 w:0)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:7 w:7)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:5 w:5)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn lapse() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5361`
		//  Estimated: `41758`
		// Minimum execution time: 454_764_000 picoseconds.
		Weight::from_parts(500_544_000, 41758)
			.saturating_add(T::DbWeight::get().reads(35_u64))
			.saturating_add(T::DbWeight::get().writes(31_u64))
	}
	/// Storage: `Provenance::Models` (r:9 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Models` (r:9 w:1)
	/// Proof: `Attestation::Models` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:144 w:0)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Royalties::Pots` (r:3 w:2)
	/// Proof: `Royalties::Pots` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Royalties::TotalAccrued` (r:2 w:2)
	/// Proof: `Royalties::TotalAccrued` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn enforce() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4068`
		//  Estimated: `520974`
		// Minimum execution time: 429_405_000 picoseconds.
		Weight::from_parts(476_765_000, 520974)
			.saturating_add(T::DbWeight::get().reads(172_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Attestation::Datasets` (r:1 w:1)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	fn lift() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `192`
		//  Estimated: `4601`
		// Minimum execution time: 13_758_000 picoseconds.
		Weight::from_parts(17_297_000, 4601)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn apply_as_attestor() -> Weight {
		Weight::from_parts(58_244_000, 3676)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn approve_attestor() -> Weight {
		Weight::from_parts(13_930_000, 3538)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(18_281_000, 3645)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_attestor() -> Weight {
		Weight::from_parts(50_643_000, 3676)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn attest() -> Weight {
		Weight::from_parts(40_427_000, 6300)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn revoke() -> Weight {
		Weight::from_parts(22_017_000, 4601)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn bond_model() -> Weight {
		Weight::from_parts(101_061_000, 5081)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn unbond_model() -> Weight {
		Weight::from_parts(41_138_000, 3645)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_model_bond() -> Weight {
		Weight::from_parts(355_533_000, 520974)
			.saturating_add(ParityDbWeight::get().reads(164_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn challenge() -> Weight {
		Weight::from_parts(179_239_000, 41758)
			.saturating_add(ParityDbWeight::get().reads(24_u64))
			.saturating_add(ParityDbWeight::get().writes(22_u64))
	}
	fn uphold_dataset() -> Weight {
		Weight::from_parts(5_531_622_000, 201862)
			.saturating_add(ParityDbWeight::get().reads(195_u64))
			.saturating_add(ParityDbWeight::get().writes(201_u64))
	}
	fn uphold_model() -> Weight {
		Weight::from_parts(761_626_000, 22230)
			.saturating_add(ParityDbWeight::get().reads(44_u64))
			.saturating_add(ParityDbWeight::get().writes(33_u64))
	}
	fn reject() -> Weight {
		Weight::from_parts(2_382_574_000, 190046)
			.saturating_add(ParityDbWeight::get().reads(159_u64))
			.saturating_add(ParityDbWeight::get().writes(162_u64))
	}
	fn lapse() -> Weight {
		Weight::from_parts(500_544_000, 41758)
			.saturating_add(ParityDbWeight::get().reads(35_u64))
			.saturating_add(ParityDbWeight::get().writes(31_u64))
	}
	fn enforce() -> Weight {
		Weight::from_parts(476_765_000, 520974)
			.saturating_add(ParityDbWeight::get().reads(172_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn lift() -> Weight {
		Weight::from_parts(17_297_000, 4601)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
