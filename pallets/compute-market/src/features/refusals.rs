//! Refusals: a worker declines a job its service rejects as invalid, without a slash, within a
//! bounded share of the jobs it is given.

use crate::*;
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::pallet_prelude::*;
use sp_runtime::RuntimeAppPublic;

/// A refusal's job, its worker and the worker's record, as [`Pallet::check_refusal`] found them.
pub type CheckedRefusal<T> = (JobOf<T>, <T as frame_system::Config>::AccountId, WorkerOf<T>);

impl<T: Config> Pallet<T> {
	/// Checks a refusal against the chain: the job is assigned and its deadline not passed, the
	/// signature is the assigned worker's, the reason fits the job (a `TooSmall` bound above
	/// the job's units and within the worker's capacity), and the worker has refusals left in
	/// its window. Returns the job, the worker and its record.
	pub fn check_refusal(
		refusal: &Refusal,
		signature: &WorkerSignature,
	) -> Result<CheckedRefusal<T>, Error<T>> {
		let job = Jobs::<T>::get(refusal.job).ok_or(Error::<T>::UnknownJob)?;
		let JobStatus::Assigned { worker, .. } = &job.status else {
			return Err(Error::<T>::NotAssigned);
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= job.deadline, Error::<T>::DeadlinePassed);
		let info = Workers::<T>::get(worker).ok_or(Error::<T>::NotAssigned)?;
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
		let worker = worker.clone();
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
		WorkerJobs::<T>::remove(&worker, refusal.job);
		info.load = info.load.saturating_sub(job.max_units);
		info.open_jobs = info.open_jobs.saturating_sub(1);
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
