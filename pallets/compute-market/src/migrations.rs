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
