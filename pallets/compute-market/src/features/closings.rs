//! The end of settled jobs' challenge periods, and the weight of settlements.
//!
//! A settled job stays in [`Jobs`] while its requester may dispute it. When its challenge period
//! is over nothing is paid (settlement paid at once), so forgetting it waits for the weight that
//! blocks leave: `on_idle` takes [`Closings`] oldest first from its cursor, [`ClosingsFrom`], and
//! stops where its weight ends, to go on in the next block. A dispute cannot outlive the period
//! by this wait: `dispute_receipt` checks the period itself.

use crate::*;
use atelier_primitives::activity::Metrics as _;
use atelier_primitives::models::ModelIncome as _;
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// Forgets the settled jobs whose challenge periods are over, oldest first, within `limit`.
	/// Returns the weight used.
	pub(crate) fn close_settled(now: BlockNumberFor<T>, limit: Weight) -> Weight {
		let mut used = T::DbWeight::get().reads(1);
		if !limit.all_gte(used) {
			return Weight::zero();
		}
		let Some(mut cursor) = ClosingsFrom::<T>::get() else { return used };
		// A block looked at (its list read and removed, the cursor written), and each job.
		let per_block = T::WeightInfo::close_settled(0);
		let per_job = T::WeightInfo::close_settled(1).saturating_sub(per_block);
		let start = cursor;
		while cursor <= now && limit.all_gte(used.saturating_add(per_block).saturating_add(per_job))
		{
			used.saturating_accrue(per_block);
			let due = Closings::<T>::take(cursor);
			let mut closed = 0usize;
			for id in due.iter() {
				if !limit.all_gte(used.saturating_add(per_job)) {
					break;
				}
				used.saturating_accrue(per_job);
				closed = closed.saturating_add(1);
				// A disputed job waits for its decision or lapse; a resolved one is gone.
				if Jobs::<T>::get(id)
					.is_some_and(|job| matches!(job.status, JobStatus::Settled { .. }))
				{
					Jobs::<T>::remove(id);
				}
			}
			if let Some(rest) = due.get(closed..).filter(|rest| !rest.is_empty()) {
				// The rest waits for the next block's idle weight, from where this one stopped.
				Closings::<T>::insert(cursor, BoundedVec::truncate_from(rest.to_vec()));
				break;
			}
			cursor = cursor.saturating_add(One::one());
		}
		if cursor != start {
			ClosingsFrom::<T>::put(cursor);
		}
		used
	}

	/// The weight a settlement of `receipts` is charged before it runs: the witness's models and
	/// licensees (each of which may be a credit to a model's share pool), and a report to reputation for the worker and for each model's owner, each at
	/// the costliest (one that opens a record).
	pub fn settlement_weight(receipts: u32, witness: SettlementWitness) -> Weight {
		let reports = witness.models.saturating_add(1);
		T::WeightInfo::submit_receipts(
			receipts.max(1),
			witness.models.saturating_add(witness.licensees),
		)
		.saturating_add(T::Observer::max_report_weight().saturating_mul(reports.into()))
		.saturating_add(T::Metrics::max_weight().saturating_mul(witness.models.into()))
		.saturating_add(Self::payee_weight().saturating_mul(witness.licensees.into()))
	}

	/// What model shares add to each licensee a settlement pays (the benchmarks pay accounts):
	/// resolving it (a share class, an income owner and a model read) and, for a share pool,
	/// a credit.
	fn payee_weight() -> Weight {
		T::Income::credit_weight().saturating_add(T::DbWeight::get().reads(3))
	}

	/// The weight a settlement used: its models, licensees and reports as they were.
	pub(crate) fn settled_weight(settled: &features::settlement::Settled) -> Weight {
		T::WeightInfo::submit_receipts(
			settled.jobs,
			settled.witness.models.saturating_add(settled.witness.licensees),
		)
		.saturating_add(settled.reported)
		.saturating_add(Self::payee_weight().saturating_mul(settled.witness.licensees.into()))
	}
}
