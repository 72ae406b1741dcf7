//! [`ComputeReceipts`]: provenance asks here for a settled job's receipt before it mints an output
//! from the job.

use crate::{pallet::*, types::JobStatus};
use atelier_primitives::{
	compute::JobId,
	provenance::{ComputeReceipts, SettledReceipt},
};

impl<T: Config> ComputeReceipts<T::AccountId> for Pallet<T> {
	/// The job's receipt while the job is settled and on record, and not waiting for its draw
	/// of spot checks nor under check: a job's record is kept until its challenge period ends,
	/// so an output is minted from a job within that period, once its draw is past (two blocks)
	/// and any check of it decided. (Minting opens the receipt's commitment to the output: while
	/// a check is open that would hand the checker the answer.) A disputed job has no receipt to
	/// mint from.
	fn settled_receipt(job: &JobId) -> Option<SettledReceipt<T::AccountId>> {
		let record = Jobs::<T>::get(job)?;
		match record.status {
			JobStatus::Settled { output_hash, worker, settled_at, .. } => {
				let drawing = Sampling::<T>::get(settled_at, &worker)
					.is_some_and(|batch| batch.jobs.iter().any(|j| j.job == *job));
				if drawing
					|| Checks::<T>::contains_key(job)
					|| DeferredChecks::<T>::contains_key(job)
				{
					return None;
				}
				Some(SettledReceipt {
					requester: record.requester,
					model: record.model,
					output_hash,
				})
			},
			_ => None,
		}
	}
}
