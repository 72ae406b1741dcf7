
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
//
// `draw_sample` was measured again alone, the same way, with `--extrinsic draw_sample` (its
// components made independent), and `commit_check`, `reveal_check` and `dissent_check` with
// `--extrinsic commit_check,reveal_check,dissent_check` (dissents added): the same date,
// machine and settings.

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
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::WorkerKeys` (r:1 w:1)
	/// Proof: `ComputeMarket::WorkerKeys` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn register_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `13878`
		//  Estimated: `171875`
		// Minimum execution time: 390_064_000 picoseconds.
		Weight::from_parts(460_195_000, 171875)
			.saturating_add(T::DbWeight::get().reads(70_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::WorkerKeys` (r:1 w:2)
	/// Proof: `ComputeMarket::WorkerKeys` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn update_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `708`
		//  Estimated: `3730`
		// Minimum execution time: 103_842_000 picoseconds.
		Weight::from_parts(121_220_000, 3730)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	fn pause_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3008`
		//  Estimated: `5524`
		// Minimum execution time: 60_117_000 picoseconds.
		Weight::from_parts(69_162_000, 5524)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:65 w:2)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	fn resume_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `12532`
		//  Estimated: `171875`
		// Minimum execution time: 280_487_000 picoseconds.
		Weight::from_parts(298_197_000, 171875)
			.saturating_add(T::DbWeight::get().reads(66_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:1)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	fn leave() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3008`
		//  Estimated: `5524`
		// Minimum execution time: 48_825_000 picoseconds.
		Weight::from_parts(66_320_000, 5524)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckRecords` (r:1 w:0)
	/// Proof: `ComputeMarket::CheckRecords` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOf` (r:1 w:0)
	/// Proof: `ComputeMarket::ChecksOf` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::WorkerKeys` (r:0 w:1)
	/// Proof: `ComputeMarket::WorkerKeys` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::SettledIn` (r:0 w:1)
	/// Proof: `ComputeMarket::SettledIn` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn withdraw_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `585`
		//  Estimated: `3770`
		// Minimum execution time: 49_951_000 picoseconds.
		Weight::from_parts(58_931_000, 3770)
			.saturating_add(T::DbWeight::get().reads(5_u64))
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
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::NextJobId` (r:1 w:1)
	/// Proof: `ComputeMarket::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Pending` (r:1 w:1)
	/// Proof: `ComputeMarket::Pending` (`max_values`: Some(1), `max_size`: Some(22018), added: 22513, mode: `MaxEncodedLen`)
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
		//  Measured:  `56710`
		//  Estimated: `703134`
		// Minimum execution time: 1_903_208_000 picoseconds.
		Weight::from_parts(2_007_914_000, 703134)
			.saturating_add(T::DbWeight::get().reads(400_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `ComputeMarket::Jobs` (r:1 w:1)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
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
		//  Measured:  `1194`
		//  Estimated: `3770`
		// Minimum execution time: 110_367_000 picoseconds.
		Weight::from_parts(128_987_000, 3770)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	fn set_job_sizes() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `322`
		//  Estimated: `3619`
		// Minimum execution time: 12_777_000 picoseconds.
		Weight::from_parts(16_753_000, 3619)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_answers() -> Weight {
		Weight::from_parts(30_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:32 w:32)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
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
		//  Measured:  `2299 + l * (120 ±0) + n * (371 ±0)`
		//  Estimated: `69015 + l * (2603 ±0) + n * (2740 ±0)`
		// Minimum execution time: 1_449_753_000 picoseconds.
		Weight::from_parts(429_718_171, 69015)
			// Standard Error: 296_265
			.saturating_add(Weight::from_parts(85_547_908, 0).saturating_mul(n.into()))
			// Standard Error: 296_265
			.saturating_add(Weight::from_parts(32_810_950, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(23_u64))
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
		// Minimum execution time: 7_208_000 picoseconds.
		Weight::from_parts(7_851_000, 69015)
			// Standard Error: 4_455
			.saturating_add(Weight::from_parts(4_419_289, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2713).saturating_mul(c.into()))
	}
	/// Storage: `ComputeMarket::Jobs` (r:1 w:1)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Checks` (r:1 w:0)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(412), added: 2887, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Timeouts` (r:1 w:1)
	/// Proof: `ComputeMarket::Timeouts` (`max_values`: None, `max_size`: Some(2574), added: 5049, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	fn dispute_receipt() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1162`
		//  Estimated: `6039`
		// Minimum execution time: 78_903_000 picoseconds.
		Weight::from_parts(95_890_000, 6039)
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
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
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
		//  Measured:  `2730`
		//  Estimated: `16920`
		// Minimum execution time: 278_868_000 picoseconds.
		Weight::from_parts(326_371_000, 16920)
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
	/// Proof: `ComputeMarket::Pending` (`max_values`: Some(1), `max_size`: Some(22018), added: 22513, mode: `MaxEncodedLen`)
	fn on_initialize_base() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `165`
		//  Estimated: `23503`
		// Minimum execution time: 38_078_000 picoseconds.
		Weight::from_parts(43_548_000, 23503)
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
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
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
		//  Measured:  `1870 + t * (751 ±0)`
		//  Estimated: `16920 + t * (11816 ±0)`
		// Minimum execution time: 6_400_000 picoseconds.
		Weight::from_parts(6_926_000, 16920)
			// Standard Error: 293_558
			.saturating_add(Weight::from_parts(217_191_149, 0).saturating_mul(t.into()))
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
	/// Proof: `ComputeMarket::Pending` (`max_values`: Some(1), `max_size`: Some(22018), added: 22513, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 256]`.
	fn expire_pending(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `40459 + p * (259 ±0)`
		//  Estimated: `23503 + p * (2740 ±0)`
		// Minimum execution time: 13_648_000 picoseconds.
		Weight::from_parts(130_797_736, 23503)
			// Standard Error: 158_968
			.saturating_add(Weight::from_parts(71_553_019, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2740).saturating_mul(p.into()))
	}
	/// Storage: `ComputeMarket::Pending` (r:1 w:1)
	/// Proof: `ComputeMarket::Pending` (`max_values`: Some(1), `max_size`: Some(22018), added: 22513, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::BaseFee` (r:3 w:0)
	/// Proof: `ComputeMarket::BaseFee` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:64 w:64)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
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
		//  Measured:  `25843 + a * (105 ±0) + w * (198 ±0)`
		//  Estimated: `23503 + a * (2639 ±4) + w * (2629 ±0)`
		// Minimum execution time: 65_989_000 picoseconds.
		Weight::from_parts(69_677_000, 23503)
			// Standard Error: 130_425
			.saturating_add(Weight::from_parts(34_195_253, 0).saturating_mul(a.into()))
			// Standard Error: 130_138
			.saturating_add(Weight::from_parts(8_109_314, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2639).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2629).saturating_mul(w.into()))
	}
	/// Storage: `ComputeMarket::Checks` (r:1 w:1)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:2 w:0)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckDue` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckDue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn commit_check() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1229`
		//  Estimated: `6248`
		// Minimum execution time: 199_320_000 picoseconds.
		Weight::from_parts(218_902_000, 6248)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeMarket::Checks` (r:1 w:1)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:1 w:0)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckDue` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckDue` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn dissent_check() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1036`
		//  Estimated: `3991`
		// Minimum execution time: 119_671_000 picoseconds.
		Weight::from_parts(131_709_000, 3991)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeMarket::Checks` (r:1 w:1)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(414), added: 2889, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:3 w:1)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
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
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn reveal_check() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4044`
		//  Estimated: `19575`
		// Minimum execution time: 579_756_000 picoseconds.
		Weight::from_parts(639_734_000, 19575)
			.saturating_add(T::DbWeight::get().reads(35_u64))
			.saturating_add(T::DbWeight::get().writes(24_u64))
	}
	/// Storage: `ComputeMarket::Jobs` (r:1 w:0)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Checks` (r:1 w:1)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(412), added: 2887, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOpened` (r:1 w:1)
	/// Proof: `ComputeMarket::ChecksOpened` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckDue` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckDue` (`max_values`: None, `max_size`: Some(1038), added: 3513, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckRecords` (r:1 w:1)
	/// Proof: `ComputeMarket::CheckRecords` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	fn request_check() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1076`
		//  Estimated: `5524`
		// Minimum execution time: 85_383_000 picoseconds.
		Weight::from_parts(97_809_000, 5524)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `ComputeMarket::Sampling` (r:2 w:1)
	/// Proof: `ComputeMarket::Sampling` (`max_values`: None, `max_size`: Some(1361), added: 3836, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(180), added: 2655, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Checks` (r:16 w:16)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(412), added: 2887, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Jobs` (r:16 w:0)
	/// Proof: `ComputeMarket::Jobs` (`max_values`: None, `max_size`: Some(238), added: 2713, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 138_954_000 picoseconds.
		Weight::from_parts(112_218_348, 8662)
			// Standard Error: 160_936
			.saturating_add(Weight::from_parts(4_985_270, 0).saturating_mul(u.into()))
			// Standard Error: 160_936
			.saturating_add(Weight::from_parts(33_305_210, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 4748).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 120).saturating_mul(u.into()))
	}
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::CheckDue` (r:2 w:2)
	/// Proof: `ComputeMarket::CheckDue` (`max_values`: None, `max_size`: Some(1038), added: 3513, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Checks` (r:64 w:64)
	/// Proof: `ComputeMarket::Checks` (`max_values`: None, `max_size`: Some(412), added: 2887, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::ChecksOf` (r:64 w:64)
	/// Proof: `ComputeMarket::ChecksOf` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeMarket::Workers` (r:64 w:64)
	/// Proof: `ComputeMarket::Workers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
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
	/// Storage: `ComputeMarket::ActiveWorkers` (r:1 w:0)
	/// Proof: `ComputeMarket::ActiveWorkers` (`max_values`: None, `max_size`: Some(2059), added: 4534, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:64)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn check_due(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `10781 + n * (736 ±0)`
		//  Estimated: `68972 + n * (11816 ±0)`
		// Minimum execution time: 17_670_000 picoseconds.
		Weight::from_parts(273_499_832, 68972)
			// Standard Error: 381_043
			.saturating_add(Weight::from_parts(186_581_815, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(38_u64))
			.saturating_add(T::DbWeight::get().reads((13_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(14_u64))
			.saturating_add(T::DbWeight::get().writes((14_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 11816).saturating_mul(n.into()))
	}
}

// For tests and mocks: the same figures with ParityDB's database weights.
impl WeightInfo for () {
	fn register_worker() -> Weight {
		Weight::from_parts(460_195_000, 171875)
			.saturating_add(ParityDbWeight::get().reads(70_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn update_worker() -> Weight {
		Weight::from_parts(121_220_000, 3730)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn pause_worker() -> Weight {
		Weight::from_parts(69_162_000, 5524)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn resume_worker() -> Weight {
		Weight::from_parts(298_197_000, 171875)
			.saturating_add(ParityDbWeight::get().reads(66_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(66_320_000, 5524)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn withdraw_stake() -> Weight {
		Weight::from_parts(58_931_000, 3770)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn submit_job() -> Weight {
		Weight::from_parts(2_007_914_000, 703134)
			.saturating_add(ParityDbWeight::get().reads(400_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn refuse_job() -> Weight {
		Weight::from_parts(128_987_000, 3770)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn set_job_sizes() -> Weight {
		Weight::from_parts(16_753_000, 3619)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_answers() -> Weight {
		Weight::from_parts(30_000_000, 6000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn submit_receipts(n: u32, l: u32, ) -> Weight {
		Weight::from_parts(429_718_171, 69015)
			.saturating_add(Weight::from_parts(85_547_908, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(32_810_950, 0).saturating_mul(l.into()))
			.saturating_add(ParityDbWeight::get().reads(23_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(l.into()))
			.saturating_add(Weight::from_parts(0, 2740).saturating_mul(n.into()))
	}
	fn close_settled(c: u32, ) -> Weight {
		Weight::from_parts(7_851_000, 69015)
			.saturating_add(Weight::from_parts(4_419_289, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2713).saturating_mul(c.into()))
	}
	fn dispute_receipt() -> Weight {
		Weight::from_parts(95_890_000, 6039)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(326_371_000, 16920)
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().writes(18_u64))
	}
	fn on_initialize_base() -> Weight {
		Weight::from_parts(43_548_000, 23503)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn process_timeouts(t: u32, ) -> Weight {
		Weight::from_parts(6_926_000, 16920)
			.saturating_add(Weight::from_parts(217_191_149, 0).saturating_mul(t.into()))
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().reads((14_u64).saturating_mul(t.into())))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
			.saturating_add(ParityDbWeight::get().writes((15_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 11816).saturating_mul(t.into()))
	}
	fn expire_pending(p: u32, ) -> Weight {
		Weight::from_parts(130_797_736, 23503)
			.saturating_add(Weight::from_parts(71_553_019, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2740).saturating_mul(p.into()))
	}
	fn admit_jobs(a: u32, w: u32, ) -> Weight {
		Weight::from_parts(69_677_000, 23503)
			.saturating_add(Weight::from_parts(34_195_253, 0).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(8_109_314, 0).saturating_mul(w.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(a.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2639).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(0, 2629).saturating_mul(w.into()))
	}
	fn commit_check() -> Weight {
		Weight::from_parts(218_902_000, 6248)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn dissent_check() -> Weight {
		Weight::from_parts(131_709_000, 3991)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn reveal_check() -> Weight {
		Weight::from_parts(639_734_000, 19575)
			.saturating_add(ParityDbWeight::get().reads(35_u64))
			.saturating_add(ParityDbWeight::get().writes(24_u64))
	}
	fn request_check() -> Weight {
		Weight::from_parts(97_809_000, 5524)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn draw_sample(u: u32, c: u32, ) -> Weight {
		Weight::from_parts(112_218_348, 8662)
			.saturating_add(Weight::from_parts(4_985_270, 0).saturating_mul(u.into()))
			.saturating_add(Weight::from_parts(33_305_210, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 4748).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 120).saturating_mul(u.into()))
	}
	fn check_due(n: u32, ) -> Weight {
		Weight::from_parts(273_499_832, 68972)
			.saturating_add(Weight::from_parts(186_581_815, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(38_u64))
			.saturating_add(ParityDbWeight::get().reads((13_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(14_u64))
			.saturating_add(ParityDbWeight::get().writes((14_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 11816).saturating_mul(n.into()))
	}
}
