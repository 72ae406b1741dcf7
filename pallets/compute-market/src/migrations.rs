//! Storage migrations.
//!
//! Version 1 (deadlines and dispute lapses in pending entries and jobs) was applied by spec 104
//! and its migration removed, as polkadot-sdk removes a migration once every chain ran it. Its
//! storage alias named the old queue `PendingV0`, a key no chain wrote: a migration's alias
//! must carry the storage's own name, as `v2::Pending` below does, and the v2 test reads the
//! result through the pallet's own `Pending` to prove the keys are the same.

/// Version 1 to 2: pending entries carry their priority (reputation tiers order the high-compute
/// class). Entries queued before the upgrade get priority 0, which keeps the queue's order.
// `storage_alias` generates an undocumented type.
#[allow(missing_docs)]
pub mod v2 {
	use crate::{BalanceOf, Config, HardwareClass, JobId, Pallet, PendingJob};
	use alloc::vec::Vec;
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	use frame_system::pallet_prelude::BlockNumberFor;

	/// A pending entry as version 1 stored it.
	#[derive(Encode, Decode, Clone)]
	pub struct PendingJobV1<AccountId, Balance, BlockNumber> {
		pub job: JobId,
		pub requester: AccountId,
		pub class: HardwareClass,
		pub max_units: u64,
		pub max_base_fee_per_unit: Balance,
		pub tip_per_unit: Balance,
		pub deadline: BlockNumber,
	}

	/// The pending queue as version 1 stored it (the same storage as [`crate::Pending`]).
	#[storage_alias]
	pub type Pending<T: Config> = StorageValue<
		Pallet<T>,
		Vec<PendingJobV1<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>>,
	>;

	/// Gives every queued entry priority 0; run through [`MigrateToV2`].
	pub struct AddPriorities<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for AddPriorities<T> {
		fn on_runtime_upgrade() -> Weight {
			let old = Pending::<T>::take().unwrap_or_default();
			let queue: Vec<_> = old
				.into_iter()
				.map(|e| PendingJob {
					job: e.job,
					requester: e.requester,
					class: e.class,
					max_units: e.max_units,
					max_base_fee_per_unit: e.max_base_fee_per_unit,
					tip_per_unit: e.tip_per_unit,
					deadline: e.deadline,
					priority: 0,
				})
				.collect();
			crate::Pending::<T>::put(BoundedVec::truncate_from(queue));
			T::DbWeight::get().reads_writes(1, 1)
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		AddPriorities<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2 to 3: workers declare the job sizes they serve and count their refusals. A worker
/// registered before gets `Sizes` (the runtime passes the reference service's: 48 units and
/// up), or every size if that does not fit its capacity; a narrower default only withholds jobs
/// from it, never exposes it to a slash, and the worker declares its own with `set_job_sizes`.
/// Workers are few (at most `MaxWorkersPerClass` active per class, and the paused and leaving
/// ones): one block rewrites them all.
// `storage_alias` generates an undocumented type.
#[allow(missing_docs)]
pub mod v3 {
	use crate::{
		BalanceOf, Config, HardwareClass, JobSizes, Pallet, RefusalBook, Worker, WorkerPublic,
		WorkerStatus,
	};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	use frame_system::pallet_prelude::BlockNumberFor;

	/// A worker as version 2 stored it.
	#[derive(Encode, Decode, Clone)]
	pub struct WorkerV2<Balance, BlockNumber> {
		pub stake: Balance,
		pub capacity: u64,
		pub class: HardwareClass,
		pub signing_key: WorkerPublic,
		pub status: WorkerStatus<BlockNumber>,
		pub load: u64,
		pub open_jobs: u32,
		pub disputes: u32,
	}

	/// The workers as version 2 stored them (the same storage as [`crate::Workers`]).
	#[storage_alias]
	pub type Workers<T: Config> = StorageMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		WorkerV2<BalanceOf<T>, BlockNumberFor<T>>,
	>;

	/// Gives every worker `Sizes` and a fresh refusal window; run through [`MigrateToV3`].
	pub struct AddJobSizes<T, Sizes>(core::marker::PhantomData<(T, Sizes)>);

	impl<T: Config, Sizes: Get<JobSizes>> UncheckedOnRuntimeUpgrade for AddJobSizes<T, Sizes> {
		fn on_runtime_upgrade() -> Weight {
			let now = frame_system::Pallet::<T>::block_number();
			let mut count: u64 = 0;
			crate::Workers::<T>::translate::<WorkerV2<BalanceOf<T>, BlockNumberFor<T>>, _>(
				|_, old| {
					count = count.saturating_add(1);
					let sizes = Some(Sizes::get())
						.filter(|sizes| sizes.valid_for(old.capacity))
						.unwrap_or(JobSizes::ANY);
					Some(Worker {
						stake: old.stake,
						capacity: old.capacity,
						class: old.class,
						signing_key: old.signing_key,
						status: old.status,
						load: old.load,
						open_jobs: old.open_jobs,
						disputes: old.disputes,
						job_sizes: sizes,
						refusals: RefusalBook::new(now),
					})
				},
			);
			T::DbWeight::get().reads_writes(count, count)
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV3<T, Sizes> = VersionedMigration<
		2,
		3,
		AddJobSizes<T, Sizes>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

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
