
//! Weights of `pallet_compute_market`, generated from its benchmarks (`src/benchmarking.rs`) by
//! `scripts/benchmark.sh pallet pallet_compute_market`. Do not edit by hand: run the benchmarks again.
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
// pallet_compute_market
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --output
// pallets/compute-market/src/weights.rs
// --template
// scripts/frame-weight-template.hbs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_compute_market`.
pub trait WeightInfo {
	fn register_worker() -> Weight;
	fn update_worker() -> Weight;
	fn pause_worker() -> Weight;
	fn resume_worker() -> Weight;
	fn leave() -> Weight;
	fn withdraw_stake() -> Weight;
	fn submit_job() -> Weight;
	fn refuse_job() -> Weight;
	fn set_job_sizes() -> Weight;
	fn set_answers() -> Weight;
	fn submit_receipts(n: u32, l: u32, ) -> Weight;
	fn close_settled(c: u32, ) -> Weight;
	fn dispute_receipt() -> Weight;
	fn resolve_dispute() -> Weight;
	fn on_initialize_base() -> Weight;
	fn process_timeouts(t: u32, ) -> Weight;
	fn expire_pending(p: u32, ) -> Weight;
	fn admit_jobs(a: u32, w: u32, ) -> Weight;
	fn commit_check() -> Weight;
	fn dissent_check() -> Weight;
	fn reveal_check() -> Weight;
	fn request_check() -> Weight;
	fn draw_sample(u: u32, c: u32, ) -> Weight;
	fn check_due(n: u32, ) -> Weight;
}

/// Weights for `pallet_compute_market` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:65 w:2)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::WorkerKeys` (r:1 w:1)
	/// Proof: `ComputeMarket::WorkerKeys` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NondeterministicWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::NondeterministicWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	fn register_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `14006`
		//  Estimated: `171940`
		// Minimum execution time: 382_015_000 picoseconds.
		Weight::from_parts(423_010_000, 171940)
			.saturating_add(T::DbWeight::get().reads(71_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::WorkerKeys` (r:1 w:2)
	/// Proof: `ComputeMarket::WorkerKeys` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn update_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `709`
		//  Estimated: `3730`
		// Minimum execution time: 104_415_000 picoseconds.
		Weight::from_parts(122_832_000, 3730)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NondeterministicWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::NondeterministicWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	fn pause_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3073`
		//  Estimated: `5524`
		// Minimum execution time: 54_293_000 picoseconds.
		Weight::from_parts(69_265_000, 5524)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:65 w:2)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NondeterministicWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::NondeterministicWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	fn resume_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `12661`
		//  Estimated: `171940`
		// Minimum execution time: 284_595_000 picoseconds.
		Weight::from_parts(313_698_000, 171940)
			.saturating_add(T::DbWeight::get().reads(67_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NondeterministicWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::NondeterministicWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3073`
		//  Estimated: `5524`
		// Minimum execution time: 48_636_000 picoseconds.
		Weight::from_parts(59_840_000, 5524)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckRecords` (r:1 w:0)
	/// Proof: `ComputeMarket::CheckRecords` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOf` (r:1 w:0)
	/// Proof: `ComputeMarket::ChecksOf` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::SettledIn` (r:1 w:1)
	/// Proof: `ComputeMarket::SettledIn` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::WorkerKeys` (r:0 w:1)
	/// Proof: `ComputeMarket::WorkerKeys` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn withdraw_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `586`
		//  Estimated: `3770`
		// Minimum execution time: 52_770_000 picoseconds.
		Weight::from_parts(60_170_000, 3770)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Provenance::Models` (r:9 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Models` (r:9 w:0)
	/// Proof: `Attestation::Models` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:9 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Datasets` (r:144 w:0)
	/// Proof: `Provenance::Datasets` (`max_values`: None, `max_size`: Some(2401), added: 4876, mode: `MaxEncodedLen`)
	/// Storage: `Attestation::Datasets` (r:144 w:0)
	/// Proof: `Attestation::Datasets` (`max_values`: None, `max_size`: Some(1136), added: 3611, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::SeedHorizon` (r:1 w:0)
	/// Proof: `Reputation::SeedHorizon` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:0)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Seeds` (r:1 w:0)
	/// Proof: `Reputation::Seeds` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:64 w:0)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NextJobId` (r:1 w:1)
	/// Proof: `ComputeMarket::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Pending` (r:1 w:1)
	/// Proof: `ComputeMarket::Pending` (`max_values`: Some(1), `max_size`: Some(22274), added: 22769, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::BaseFee` (r:1 w:0)
	/// Proof: `ComputeMarket::BaseFee` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Timeouts` (r:8 w:1)
	/// Proof: `ComputeMarket::Timeouts` (`max_values`: None, `max_size`: Some(2574), added: 5049, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:1 w:2)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	fn submit_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `57030`
		//  Estimated: `703134`
		// Minimum execution time: 1_849_637_000 picoseconds.
		Weight::from_parts(1_986_543_000, 703134)
			.saturating_add(T::DbWeight::get().reads(400_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `ComputeMarket::Jobs` (r:1 w:1)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::AssignedJobs` (r:1 w:1)
	/// Proof: `ComputeMarket::AssignedJobs` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	fn refuse_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1195`
		//  Estimated: `3770`
		// Minimum execution time: 109_929_000 picoseconds.
		Weight::from_parts(126_704_000, 3770)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	fn set_job_sizes() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `323`
		//  Estimated: `3620`
		// Minimum execution time: 12_525_000 picoseconds.
		Weight::from_parts(16_011_000, 3620)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::SettledIn` (r:1 w:0)
	/// Proof: `ComputeMarket::SettledIn` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckRecords` (r:1 w:0)
	/// Proof: `ComputeMarket::CheckRecords` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOf` (r:1 w:0)
	/// Proof: `ComputeMarket::ChecksOf` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	fn set_answers() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `393`
		//  Estimated: `3770`
		// Minimum execution time: 20_174_000 picoseconds.
		Weight::from_parts(23_979_000, 3770)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:32 w:32)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::SettledIn` (r:1 w:1)
	/// Proof: `ComputeMarket::SettledIn` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Closings` (r:1 w:1)
	/// Proof: `ComputeMarket::Closings` (`max_values`: None, `max_size`: Some(65550), added: 68025, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Models` (r:1 w:0)
	/// Proof: `Provenance::Models` (`max_values`: None, `max_size`: Some(1616), added: 4091, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:33 w:33)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:66 w:66)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::AssignedJobs` (r:1 w:1)
	/// Proof: `ComputeMarket::AssignedJobs` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NondeterministicWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::NondeterministicWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::SeedHorizon` (r:1 w:0)
	/// Proof: `Reputation::SeedHorizon` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:0)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Seeds` (r:1 w:0)
	/// Proof: `Reputation::Seeds` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckRecords` (r:1 w:0)
	/// Proof: `ComputeMarket::CheckRecords` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::VerificationFund` (r:1 w:1)
	/// Proof: `ComputeMarket::VerificationFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ClosingsFrom` (r:1 w:1)
	/// Proof: `ComputeMarket::ClosingsFrom` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::PriceState` (r:1 w:0)
	/// Proof: `Reserve::PriceState` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Reserve::CurrentPeriod` (r:1 w:1)
	/// Proof: `Reserve::CurrentPeriod` (`max_values`: Some(1), `max_size`: Some(40), added: 535, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Sampling` (r:0 w:1)
	/// Proof: `ComputeMarket::Sampling` (`max_values`: None, `max_size`: Some(1361), added: 3836, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 32]`.
	/// The range of component `l` is `[1, 32]`.
	fn submit_receipts(n: u32, l: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2399 + l * (120 ±0) + n * (372 ±0)`
		//  Estimated: `69015 + l * (2603 ±0) + n * (2740 ±0)`
		// Minimum execution time: 1_506_553_000 picoseconds.
		Weight::from_parts(443_991_630, 69015)
			// Standard Error: 291_204
			.saturating_add(Weight::from_parts(78_526_840, 0).saturating_mul(n.into()))
			// Standard Error: 291_204
			.saturating_add(Weight::from_parts(36_881_490, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(l.into()))
			.saturating_add(Weight::from_parts(0, 2740).saturating_mul(n.into()))
	}
	/// Storage: `ComputeMarket::ClosingsFrom` (r:1 w:1)
	/// Proof: `ComputeMarket::ClosingsFrom` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Closings` (r:1 w:1)
	/// Proof: `ComputeMarket::Closings` (`max_values`: None, `max_size`: Some(65550), added: 68025, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:1024 w:1024)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[0, 1024]`.
	fn close_settled(c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `380 + c * (59 ±0)`
		//  Estimated: `69015 + c * (2713 ±0)`
		// Minimum execution time: 7_335_000 picoseconds.
		Weight::from_parts(7_697_000, 69015)
			// Standard Error: 2_965
			.saturating_add(Weight::from_parts(4_169_872, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2713).saturating_mul(c.into()))
	}
	/// Storage: `ComputeMarket::Jobs` (r:1 w:1)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Checks` (r:1 w:0)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Timeouts` (r:1 w:1)
	/// Proof: `ComputeMarket::Timeouts` (`max_values`: None, `max_size`: Some(2574), added: 5049, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	fn dispute_receipt() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1163`
		//  Estimated: `6039`
		// Minimum execution time: 74_907_000 picoseconds.
		Weight::from_parts(84_334_000, 6039)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `ComputeMarket::Jobs` (r:1 w:1)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
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
	fn resolve_dispute() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2731`
		//  Estimated: `16920`
		// Minimum execution time: 275_740_000 picoseconds.
		Weight::from_parts(305_603_000, 16920)
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `ComputeMarket::UnitsAdmitted` (r:3 w:3)
	/// Proof: `ComputeMarket::UnitsAdmitted` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::BaseFee` (r:3 w:3)
	/// Proof: `ComputeMarket::BaseFee` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Timeouts` (r:1 w:0)
	/// Proof: `ComputeMarket::Timeouts` (`max_values`: None, `max_size`: Some(2574), added: 5049, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Pending` (r:1 w:0)
	/// Proof: `ComputeMarket::Pending` (`max_values`: Some(1), `max_size`: Some(22274), added: 22769, mode: `MaxEncodedLen`)
	fn on_initialize_base() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `165`
		//  Estimated: `23759`
		// Minimum execution time: 38_333_000 picoseconds.
		Weight::from_parts(41_456_000, 23759)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `ComputeMarket::Timeouts` (r:1 w:1)
	/// Proof: `ComputeMarket::Timeouts` (`max_values`: None, `max_size`: Some(2574), added: 5049, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:192 w:192)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:385 w:385)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:384 w:384)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::AssignedJobs` (r:192 w:192)
	/// Proof: `ComputeMarket::AssignedJobs` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:192 w:192)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:192 w:192)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::ReputationCollection` (r:1 w:0)
	/// Proof: `Reputation::ReputationCollection` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::NextItem` (r:1 w:1)
	/// Proof: `Reputation::NextItem` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:192 w:192)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(861), added: 3336, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:192 w:192)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:768 w:768)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:1)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:192)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// The range of component `t` is `[0, 192]`.
	fn process_timeouts(t: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1870 + t * (752 ±0)`
		//  Estimated: `16920 + t * (11816 ±0)`
		// Minimum execution time: 6_478_000 picoseconds.
		Weight::from_parts(138_995_959, 16920)
			// Standard Error: 320_424
			.saturating_add(Weight::from_parts(209_185_732, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((14_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((15_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 11816).saturating_mul(t.into()))
	}
	/// Storage: `ComputeMarket::Timeouts` (r:1 w:1)
	/// Proof: `ComputeMarket::Timeouts` (`max_values`: None, `max_size`: Some(2574), added: 5049, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:256 w:256)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:257 w:257)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:256 w:256)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Pending` (r:1 w:1)
	/// Proof: `ComputeMarket::Pending` (`max_values`: Some(1), `max_size`: Some(22274), added: 22769, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 256]`.
	fn expire_pending(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `40715 + p * (259 ±0)`
		//  Estimated: `23759 + p * (2740 ±0)`
		// Minimum execution time: 13_002_000 picoseconds.
		Weight::from_parts(122_127_579, 23759)
			// Standard Error: 83_137
			.saturating_add(Weight::from_parts(69_773_782, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2740).saturating_mul(p.into()))
	}
	/// Storage: `ComputeMarket::Pending` (r:1 w:1)
	/// Proof: `ComputeMarket::Pending` (`max_values`: Some(1), `max_size`: Some(22274), added: 22769, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::BaseFee` (r:3 w:0)
	/// Proof: `ComputeMarket::BaseFee` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:64 w:64)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:64 w:64)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:4 w:4)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::AssignedJobs` (r:64 w:64)
	/// Proof: `ComputeMarket::AssignedJobs` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::UnitsAdmitted` (r:0 w:1)
	/// Proof: `ComputeMarket::UnitsAdmitted` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// The range of component `a` is `[0, 64]`.
	/// The range of component `w` is `[1, 64]`.
	fn admit_jobs(a: u32, w: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `26099 + a * (105 ±0) + w * (199 ±0)`
		//  Estimated: `23759 + a * (2639 ±100) + w * (2630 ±100)`
		// Minimum execution time: 66_512_000 picoseconds.
		Weight::from_parts(69_028_000, 23759)
			// Standard Error: 126_931
			.saturating_add(Weight::from_parts(35_482_217, 0).saturating_mul(a.into()))
			// Standard Error: 126_652
			.saturating_add(Weight::from_parts(6_757_742, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2639).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2630).saturating_mul(w.into()))
	}
	/// Storage: `ComputeMarket::Checks` (r:1 w:1)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:2 w:0)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckDue` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckDue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn commit_check() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1231`
		//  Estimated: `6250`
		// Minimum execution time: 201_424_000 picoseconds.
		Weight::from_parts(224_544_000, 6250)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeMarket::Checks` (r:1 w:1)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:0)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckDue` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckDue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn dissent_check() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1037`
		//  Estimated: `3991`
		// Minimum execution time: 124_154_000 picoseconds.
		Weight::from_parts(136_422_000, 3991)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeMarket::Checks` (r:1 w:1)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:3 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOf` (r:2 w:2)
	/// Proof: `ComputeMarket::ChecksOf` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
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
	/// Storage: `ComputeMarket::CheckRecords` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckRecords` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:0 w:1)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn reveal_check() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4047`
		//  Estimated: `19575`
		// Minimum execution time: 599_603_000 picoseconds.
		Weight::from_parts(662_782_000, 19575)
			.saturating_add(T::DbWeight::get().reads(35_u64))
			.saturating_add(T::DbWeight::get().writes(25_u64))
	}
	/// Storage: `ComputeMarket::Jobs` (r:1 w:0)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:0)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Checks` (r:1 w:1)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NondeterministicWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::NondeterministicWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOpened` (r:1 w:1)
	/// Proof: `ComputeMarket::ChecksOpened` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckDue` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckDue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckRecords` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckRecords` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	fn request_check() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1321`
		//  Estimated: `5524`
		// Minimum execution time: 96_268_000 picoseconds.
		Weight::from_parts(106_743_000, 5524)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `ComputeMarket::Sampling` (r:2 w:1)
	/// Proof: `ComputeMarket::Sampling` (`max_values`: None, `max_size`: Some(1361), added: 3836, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Checks` (r:16 w:16)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:16 w:0)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NondeterministicWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::NondeterministicWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOpened` (r:1 w:1)
	/// Proof: `ComputeMarket::ChecksOpened` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOf` (r:30 w:10)
	/// Proof: `ComputeMarket::ChecksOf` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckDue` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckDue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckRecords` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckRecords` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// The range of component `u` is `[0, 16]`.
	/// The range of component `c` is `[0, 16]`.
	fn draw_sample(u: u32, c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4695 + c * (214 ±0) + u * (69 ±0)`
		//  Estimated: `8662 + c * (4748 ±66) + u * (120 ±62)`
		// Minimum execution time: 140_207_000 picoseconds.
		Weight::from_parts(96_468_207, 8662)
			// Standard Error: 189_196
			.saturating_add(Weight::from_parts(6_396_449, 0).saturating_mul(u.into()))
			// Standard Error: 189_196
			.saturating_add(Weight::from_parts(37_764_193, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 4748).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 120).saturating_mul(u.into()))
	}
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckDue` (r:2 w:2)
	/// Proof: `ComputeMarket::CheckDue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Checks` (r:64 w:64)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOf` (r:64 w:64)
	/// Proof: `ComputeMarket::ChecksOf` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:64 w:64)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:65 w:65)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:64 w:64)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:64 w:64)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(1492), added: 3967, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::ReputationCollection` (r:1 w:0)
	/// Proof: `Reputation::ReputationCollection` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::NextItem` (r:1 w:1)
	/// Proof: `Reputation::NextItem` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:64 w:64)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(861), added: 3336, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:64 w:64)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:256 w:256)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::TotalScore` (r:1 w:1)
	/// Proof: `Reputation::TotalScore` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckRecords` (r:64 w:64)
	/// Proof: `ComputeMarket::CheckRecords` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NondeterministicWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::NondeterministicWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:64)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn check_due(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `10781 + n * (738 ±0)`
		//  Estimated: `68972 + n * (11816 ±3)`
		// Minimum execution time: 20_507_000 picoseconds.
		Weight::from_parts(457_585_129, 68972)
			// Standard Error: 601_996
			.saturating_add(Weight::from_parts(189_257_041, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(39_u64))
			.saturating_add(T::DbWeight::get().reads((13_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(14_u64))
			.saturating_add(T::DbWeight::get().writes((14_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 11816).saturating_mul(n.into()))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn register_worker() -> Weight {
		Weight::from_parts(423_010_000, 171940)
			.saturating_add(ParityDbWeight::get().reads(71_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn update_worker() -> Weight {
		Weight::from_parts(122_832_000, 3730)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn pause_worker() -> Weight {
		Weight::from_parts(69_265_000, 5524)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn resume_worker() -> Weight {
		Weight::from_parts(313_698_000, 171940)
			.saturating_add(ParityDbWeight::get().reads(67_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(59_840_000, 5524)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn withdraw_stake() -> Weight {
		Weight::from_parts(60_170_000, 3770)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn submit_job() -> Weight {
		Weight::from_parts(1_986_543_000, 703134)
			.saturating_add(ParityDbWeight::get().reads(400_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn refuse_job() -> Weight {
		Weight::from_parts(126_704_000, 3770)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn set_job_sizes() -> Weight {
		Weight::from_parts(16_011_000, 3620)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_answers() -> Weight {
		Weight::from_parts(23_979_000, 3770)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn submit_receipts(n: u32, l: u32, ) -> Weight {
		Weight::from_parts(443_991_630, 69015)
			.saturating_add(Weight::from_parts(78_526_840, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(36_881_490, 0).saturating_mul(l.into()))
			.saturating_add(ParityDbWeight::get().reads(24_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(l.into()))
			.saturating_add(Weight::from_parts(0, 2740).saturating_mul(n.into()))
	}
	fn close_settled(c: u32, ) -> Weight {
		Weight::from_parts(7_697_000, 69015)
			.saturating_add(Weight::from_parts(4_169_872, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2713).saturating_mul(c.into()))
	}
	fn dispute_receipt() -> Weight {
		Weight::from_parts(84_334_000, 6039)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(305_603_000, 16920)
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().writes(18_u64))
	}
	fn on_initialize_base() -> Weight {
		Weight::from_parts(41_456_000, 23759)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn process_timeouts(t: u32, ) -> Weight {
		Weight::from_parts(138_995_959, 16920)
			.saturating_add(Weight::from_parts(209_185_732, 0).saturating_mul(t.into()))
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().reads((14_u64).saturating_mul(t.into())))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
			.saturating_add(ParityDbWeight::get().writes((15_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 11816).saturating_mul(t.into()))
	}
	fn expire_pending(p: u32, ) -> Weight {
		Weight::from_parts(122_127_579, 23759)
			.saturating_add(Weight::from_parts(69_773_782, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2740).saturating_mul(p.into()))
	}
	fn admit_jobs(a: u32, w: u32, ) -> Weight {
		Weight::from_parts(69_028_000, 23759)
			.saturating_add(Weight::from_parts(35_482_217, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(6_757_742, 0).saturating_mul(w.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(a.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2639).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2630).saturating_mul(w.into()))
	}
	fn commit_check() -> Weight {
		Weight::from_parts(224_544_000, 6250)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn dissent_check() -> Weight {
		Weight::from_parts(136_422_000, 3991)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn reveal_check() -> Weight {
		Weight::from_parts(662_782_000, 19575)
			.saturating_add(ParityDbWeight::get().reads(35_u64))
			.saturating_add(ParityDbWeight::get().writes(25_u64))
	}
	fn request_check() -> Weight {
		Weight::from_parts(106_743_000, 5524)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn draw_sample(u: u32, c: u32, ) -> Weight {
		Weight::from_parts(96_468_207, 8662)
			.saturating_add(Weight::from_parts(6_396_449, 0).saturating_mul(u.into()))
			.saturating_add(Weight::from_parts(37_764_193, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 4748).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 120).saturating_mul(u.into()))
	}
	fn check_due(n: u32, ) -> Weight {
		Weight::from_parts(457_585_129, 68972)
			.saturating_add(Weight::from_parts(189_257_041, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(39_u64))
			.saturating_add(ParityDbWeight::get().reads((13_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(14_u64))
			.saturating_add(ParityDbWeight::get().writes((14_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 11816).saturating_mul(n.into()))
	}
}
