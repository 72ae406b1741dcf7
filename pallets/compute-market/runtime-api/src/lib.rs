//! The runtime API behind the `computeMarket_*` JSON-RPC methods: a price quote for a job and the
//! status of a job, read from the state of a given block.

#![cfg_attr(not(feature = "std"), no_std)]
// A panic in runtime code halts block production: arithmetic is checked or saturating, indexing
// is checked, and nothing unwraps. Tests and benchmarks allow these in their own modules.
#![cfg_attr(
	not(test),
	deny(
		clippy::arithmetic_side_effects,
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used
	)
)]
#![deny(missing_docs)]

use codec::Codec;
pub use pallet_compute_market::{
	Check, CheckRecord, CheckStage, HardwareClass, Job, JobId, JobStatus, ModelId, Quote,
	QuoteVerification,
};

sp_api::decl_runtime_apis! {
	/// Quotes and job status for studios. Version 2 added spot checks: a job's open check and a
	/// worker's record; version 3 what a class's workers offer a job's verification (the
	/// runtime declares the version it implements).
	#[api_version(2)]
	pub trait ComputeMarketApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// A quote for a job of `units` compute units for `model` on `class` hardware: the base
		/// fee now and in the next block, a tip that gets it admitted in the next block, and
		/// what it costs.
		fn quote(model: ModelId, class: HardwareClass, units: u64) -> Quote<Balance>;

		/// An open job (pending, assigned, settled within its challenge period, or disputed);
		/// `None` once it is closed or if it never existed.
		fn job(job: JobId) -> Option<Job<AccountId, Balance, BlockNumber>>;

		/// The job's open spot check, if any.
		#[api_version(2)]
		fn check(job: JobId) -> Option<Check<AccountId, Balance, BlockNumber>>;

		/// A worker's spot-check record: its receipts passed and failed, its misses as a
		/// checker, its open checks.
		#[api_version(2)]
		fn check_record(worker: AccountId) -> CheckRecord<BlockNumber>;

		/// What the active workers of `class` offer a job of `units`: how many serve it with
		/// deterministic answers, how many with nondeterministic ones (only jobs that waive
		/// verification), and whether a deterministic worker's receipt is spot-checked now.
		#[api_version(3)]
		fn quote_verification(class: HardwareClass, units: u64) -> QuoteVerification;
	}
}
