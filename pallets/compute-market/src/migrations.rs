//! Storage migrations.

/// Version 0 to 1: pending entries carry their job's requester (the per-account bound) and
/// deadline (admission leaves every worker its service window), and disputes carry the block they lapse after (`DisputeTimeout` from
/// the upgrade, with their timeout filed), so no dispute open at the upgrade stays open forever.
// `storage_alias` generates an undocumented type.
#[allow(missing_docs)]
pub mod v1 {
	use crate::{
		BalanceOf, Config, HardwareClass, JobId, JobStatus, Jobs, Pallet, Pending, PendingJob,
	};
	use alloc::vec::Vec;
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::traits::{One, Saturating};

	/// A pending entry as version 0 stored it.
	#[derive(Encode, Decode, Clone)]
	pub struct PendingJobV0<Balance> {
		/// The job.
		pub job: JobId,
		/// The hardware it needs.
		pub class: HardwareClass,
		/// Its most units.
		pub max_units: u64,
		/// The highest base fee per unit it accepts.
		pub max_base_fee_per_unit: Balance,
		/// Its tip per unit.
		pub tip_per_unit: Balance,
	}

	/// The pending queue as version 0 stored it.
	#[storage_alias]
	pub type PendingV0<T: Config> = StorageValue<Pallet<T>, Vec<PendingJobV0<BalanceOf<T>>>>;

	/// Adds the deadlines and the lapses; run through [`MigrateToV1`].
	pub struct AddDeadlinesAndLapses<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for AddDeadlinesAndLapses<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut reads: u64 = 1;
			let mut writes: u64 = 1;
			let old = PendingV0::<T>::take().unwrap_or_default();
			let mut queue = Vec::with_capacity(old.len());
			for entry in old {
				reads.saturating_inc();
				// A pending entry without its job is dropped, as admission would drop it.
				let Some(job) = Jobs::<T>::get(entry.job) else { continue };
				queue.push(PendingJob {
					job: entry.job,
					requester: job.requester,
					class: entry.class,
					max_units: entry.max_units,
					max_base_fee_per_unit: entry.max_base_fee_per_unit,
					tip_per_unit: entry.tip_per_unit,
					deadline: job.deadline,
				});
			}
			Pending::<T>::put(BoundedVec::truncate_from(queue));

			// Jobs' statuses: only the disputed variant changed shape. Version 0 encoded
			// `Disputed { worker, charged, deposit }` as variant 3; re-encode with the lapse.
			let now = frame_system::Pallet::<T>::block_number();
			let lapses_at = now.saturating_add(T::DisputeTimeout::get());
			Jobs::<T>::translate_values::<OldJob<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>, _>(
				|old| {
					reads.saturating_inc();
					writes.saturating_inc();
					let status = match old.status {
						OldStatus::Pending => JobStatus::Pending,
						OldStatus::Assigned { worker, base_fee_per_unit, admitted_at } => {
							JobStatus::Assigned { worker, base_fee_per_unit, admitted_at }
						},
						OldStatus::Settled {
							worker,
							output_hash,
							units_used,
							charged,
							settled_at,
						} => JobStatus::Settled {
							worker,
							output_hash,
							units_used,
							charged,
							settled_at,
						},
						OldStatus::Disputed { worker, charged, deposit } => {
							JobStatus::Disputed { worker, charged, deposit, lapses_at }
						},
					};
					Some(crate::Job {
						requester: old.requester,
						model: old.model,
						class: old.class,
						max_units: old.max_units,
						max_base_fee_per_unit: old.max_base_fee_per_unit,
						tip_per_unit: old.tip_per_unit,
						input_commitment: old.input_commitment,
						deadline: old.deadline,
						escrow: old.escrow,
						status,
					})
				},
			);
			// File every disputed job's lapse (translate_values gives no keys: walk them).
			for (id, job) in Jobs::<T>::iter() {
				if matches!(job.status, JobStatus::Disputed { .. }) {
					reads.saturating_inc();
					writes.saturating_inc();
					if Pallet::<T>::schedule_timeout(lapses_at.saturating_add(One::one()), id)
						.is_err()
					{
						log::error!(target: crate::LOG_TARGET, "no timeout slot for {id:?}");
					}
				}
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}
	}

	/// A job status as version 0 stored it.
	#[derive(Encode, Decode)]
	pub enum OldStatus<AccountId, Balance, BlockNumber> {
		/// Waiting.
		Pending,
		/// Admitted.
		Assigned {
			/// The worker.
			worker: AccountId,
			/// Its base fee.
			base_fee_per_unit: Balance,
			/// When.
			admitted_at: BlockNumber,
		},
		/// Paid for.
		Settled {
			/// The worker.
			worker: AccountId,
			/// The output.
			output_hash: sp_core::H256,
			/// Units used.
			units_used: u64,
			/// Paid.
			charged: Balance,
			/// When.
			settled_at: BlockNumber,
		},
		/// Disputed.
		Disputed {
			/// The worker.
			worker: AccountId,
			/// Paid.
			charged: Balance,
			/// The deposit.
			deposit: Balance,
		},
	}

	/// A job as version 0 stored it (only its status's encoding differs).
	#[derive(Encode, Decode)]
	pub struct OldJob<AccountId, Balance, BlockNumber> {
		requester: AccountId,
		model: crate::ModelId,
		class: HardwareClass,
		max_units: u64,
		max_base_fee_per_unit: Balance,
		tip_per_unit: Balance,
		input_commitment: sp_core::H256,
		deadline: BlockNumber,
		escrow: Balance,
		status: OldStatus<AccountId, Balance, BlockNumber>,
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		AddDeadlinesAndLapses<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
