//! Storage migrations.
//!
//! Versions 1 to 3 (deadlines and dispute lapses, queue priorities, job sizes and refusal books)
//! have no migration left, as polkadot-sdk removes a migration once every chain ran it: every
//! chain starts from the BABE genesis (spec 114, a new genesis for all) at version 3 or later.
//! A migration's storage alias carries the storage's own name (as `v5::Pending` below does), and
//! each test reads the result through the pallet's own storage to prove the keys are the same.

/// Version 3 to 4: receipts settle in batches. The settlement account, through which a batch's
/// payments pass, must exist; and each worker's jobs move from one entry a job (`WorkerJobs`,
/// written at every assignment and every settlement) to one entry a worker ([`AssignedJobs`],
/// written once a block's admissions or a batch).
///
/// [`AssignedJobs`]: crate::AssignedJobs
// `storage_alias` generates an undocumented type.
#[allow(missing_docs)]
pub mod v4 {
	use crate::*;
	use alloc::collections::BTreeMap;
	use frame_support::{
		migrations::VersionedMigration,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
		Blake2_128Concat, Twox64Concat,
	};

	/// The jobs of each worker, one entry a job, as version 3 kept them.
	#[storage_alias]
	pub type WorkerJobs<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Twox64Concat,
		JobId,
		(),
	>;

	/// Opens the settlement account and moves the jobs into [`AssignedJobs`]; run through
	/// [`MigrateToV4`].
	pub struct BatchSettlement<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for BatchSettlement<T> {
		fn on_runtime_upgrade() -> Weight {
			Pallet::<T>::open_settlement_account();
			let mut lists = BTreeMap::<T::AccountId, alloc::vec::Vec<JobId>>::new();
			let mut moved: u64 = 0;
			for (worker, job, ()) in WorkerJobs::<T>::drain() {
				moved = moved.saturating_add(1);
				lists.entry(worker).or_default().push(job);
			}
			let workers = lists.len() as u64;
			for (worker, mut jobs) in lists {
				// Ids are sequential: assignment order.
				jobs.sort_by_key(|job| job.0);
				// A worker never held more than `MaxJobsPerWorker` jobs (admission's check).
				AssignedJobs::<T>::insert(worker, frame_support::BoundedVec::truncate_from(jobs));
			}
			T::DbWeight::get().reads_writes(
				moved.saturating_add(2),
				moved.saturating_add(workers).saturating_add(2),
			)
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV4<T> = VersionedMigration<
		3,
		4,
		BatchSettlement<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 4 to 5: workers declare how their service answers, and jobs what they ask of
/// verification. Every worker registered before gets `Deterministic` (what it served under:
/// every worker was sampled), and every queued job `Required` (what it was submitted under).
/// Jobs already admitted keep no flag: a job's verification decides only which worker takes it,
/// and a worker's answers stay fixed while anything it served can be checked. Workers are few
/// and the queue is one value: one block rewrites them.
// `storage_alias` generates an undocumented type.
#[allow(missing_docs)]
pub mod v5 {
	use crate::*;
	use alloc::vec::Vec;
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use frame_system::pallet_prelude::BlockNumberFor;

	/// A worker as version 4 stored it.
	#[derive(Encode, Decode, Clone)]
	pub struct WorkerV4<Balance, BlockNumber> {
		pub stake: Balance,
		pub capacity: u64,
		pub class: HardwareClass,
		pub signing_key: WorkerPublic,
		pub status: WorkerStatus<BlockNumber>,
		pub load: u64,
		pub open_jobs: u32,
		pub disputes: u32,
		pub job_sizes: JobSizes,
		pub refusals: RefusalBook<BlockNumber>,
	}

	/// A pending entry as version 4 stored it.
	#[derive(Encode, Decode, Clone)]
	pub struct PendingJobV4<AccountId, Balance, BlockNumber> {
		pub job: JobId,
		pub requester: AccountId,
		pub class: HardwareClass,
		pub max_units: u64,
		pub max_base_fee_per_unit: Balance,
		pub tip_per_unit: Balance,
		pub deadline: BlockNumber,
		pub priority: atelier_primitives::reputation::Tier,
	}

	/// The pending queue as version 4 stored it (the same storage as [`crate::Pending`]).
	#[storage_alias]
	pub type Pending<T: Config> = StorageValue<
		Pallet<T>,
		Vec<PendingJobV4<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>>,
	>;

	/// Gives every worker deterministic answers and every queued job required verification; run
	/// through [`MigrateToV5`].
	pub struct AddVerification<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for AddVerification<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut count: u64 = 0;
			crate::Workers::<T>::translate::<WorkerV4<BalanceOf<T>, BlockNumberFor<T>>, _>(
				|_, old| {
					count = count.saturating_add(1);
					Some(Worker {
						stake: old.stake,
						capacity: old.capacity,
						class: old.class,
						signing_key: old.signing_key,
						status: old.status,
						load: old.load,
						open_jobs: old.open_jobs,
						disputes: old.disputes,
						job_sizes: old.job_sizes,
						refusals: old.refusals,
						answers: Answers::Deterministic,
					})
				},
			);
			let queue: Vec<_> = Pending::<T>::take()
				.unwrap_or_default()
				.into_iter()
				.map(|e| PendingJob {
					job: e.job,
					requester: e.requester,
					class: e.class,
					max_units: e.max_units,
					max_base_fee_per_unit: e.max_base_fee_per_unit,
					tip_per_unit: e.tip_per_unit,
					deadline: e.deadline,
					priority: e.priority,
					verification: Verification::Required,
				})
				.collect();
			crate::Pending::<T>::put(frame_support::BoundedVec::truncate_from(queue));
			T::DbWeight::get().reads_writes(count.saturating_add(1), count.saturating_add(1))
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV5<T> = VersionedMigration<
		4,
		5,
		AddVerification<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
