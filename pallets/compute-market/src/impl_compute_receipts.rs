//! [`ComputeReceipts`]: provenance asks here for a settled job's receipt before it mints an output
//! from the job.

use crate::{pallet::*, types::JobStatus};
use atelier_primitives::{
	compute::JobId,
	provenance::{ComputeReceipts, SettledReceipt},
};

impl<T: Config> ComputeReceipts<T::AccountId> for Pallet<T> {
	/// The job's receipt while the job is settled and on record: a job's record is kept until
	/// its challenge period ends, so an output is minted from a job within that period. A
	/// disputed job has no receipt to mint from.
	fn settled_receipt(job: &JobId) -> Option<SettledReceipt<T::AccountId>> {
		let record = Jobs::<T>::get(job)?;
		match record.status {
			JobStatus::Settled { output_hash, .. } => Some(SettledReceipt {
				requester: record.requester,
				model: record.model,
				output_hash,
			}),
			_ => None,
		}
	}
}
