//! Refusals: a worker declines a job its service rejects as invalid, without a slash, within a
//! bounded share of the jobs it is given.

use crate::{features::settlement::OpenAssignment, *};
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::pallet_prelude::*;
use sp_runtime::RuntimeAppPublic;

impl<T: Config> Pallet<T> {
	/// Checks a refusal against the chain: the job is assigned and its deadline not passed, the
	/// signature is the assigned worker's, the reason fits the job (a `TooSmall` bound above
	/// the job's units and within the worker's capacity), and the worker has refusals left in
	/// its window. Returns the job, the worker and its record.
	pub fn check_refusal(
		refusal: &Refusal,
		signature: &WorkerSignature,
	) -> Result<OpenAssignment<T>, Error<T>> {
		let (job, worker, info) = Self::open_assignment(refusal.job)?;
		let now = frame_system::Pallet::<T>::block_number();
		let payload = refusal_signing_payload(&Self::genesis_hash(), refusal);
		ensure!(info.signing_key.verify(&payload, signature), Error::<T>::BadSignature);
		if let RefusalReason::TooSmall { min_units } = refusal.reason {
			ensure!(
				min_units > job.max_units && min_units <= info.capacity,
				Error::<T>::BadRefusal
			);
		}
		let book = info.refusals.rolled(now, T::RefusalPeriod::get());
		ensure!(book.refused < Self::refusal_allowance(book.assigned), Error::<T>::TooManyRefusals);
		Ok((job, worker, info))
	}

	/// The refusals a worker given `assigned` jobs in a window may make in it.
	pub fn refusal_allowance(assigned: u32) -> u32 {
		T::RefusalAllowance::get().saturating_add(T::RefusalShare::get().mul_floor(assigned))
	}

	/// Ends a job on a valid refusal: the escrow is released to the requester in full, the job
	/// leaves the worker's books, the refusal is counted, and a `TooSmall` reason raises the
	/// worker's smallest size. Slashes and reports no one. (The job's timeout entry stays filed
	/// and finds nothing when it comes, as a settled job's does.)
	pub(crate) fn do_refuse_job(refusal: Refusal, signature: WorkerSignature) -> DispatchResult {
		let (job, worker, mut info) = Self::check_refusal(&refusal, &signature)?;
		let now = frame_system::Pallet::<T>::block_number();
		T::Purse::release(&HoldReason::JobEscrow.into(), &job.requester, job.escrow)?;
		Jobs::<T>::remove(refusal.job);
		// The record is written once below, with the refusal counted.
		AssignedJobs::<T>::mutate_exists(&worker, |jobs| {
			if let Some(list) = jobs {
				list.retain(|j| *j != refusal.job);
				if list.is_empty() {
					*jobs = None;
				}
			}
		});
		Self::unbook(&mut info, job.max_units, 1);
		info.refusals = info.refusals.rolled(now, T::RefusalPeriod::get());
		info.refusals.refused = info.refusals.refused.saturating_add(1);
		let narrowed = match refusal.reason {
			RefusalReason::TooSmall { min_units } => {
				info.job_sizes.min_units = min_units;
				info.job_sizes.max_units = info.job_sizes.max_units.max(min_units);
				Some(info.job_sizes)
			},
			RefusalReason::Invalid => None,
		};
		Workers::<T>::insert(&worker, info);
		if let Some(job_sizes) = narrowed {
			Self::deposit_event(Event::JobSizesSet { worker: worker.clone(), job_sizes });
		}
		Self::deposit_event(Event::JobRefused {
			job: refusal.job,
			worker,
			reason: refusal.reason,
			refunded: job.escrow,
		});
		Ok(())
	}
}
