//! Timeouts: a job past its deadline expires (refunded; its worker slashed), a settled job is
//! forgotten when its challenge period ends, and a dispute nobody decided lapses.

use crate::*;
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Looks at the jobs filed for this block. Returns how many it looked at besides the
	/// pending jobs that lapsed, and how many lapsed (they leave the queue together, in one
	/// rewrite of it).
	pub(crate) fn process_timeouts(now: BlockNumberFor<T>) -> (u32, u32) {
		let due = Timeouts::<T>::take(now);
		let mut lapsed = alloc::collections::BTreeSet::new();
		for job in due.iter() {
			match Self::process_timeout(*job, now) {
				Ok(true) => {
					lapsed.insert(*job);
				},
				Ok(false) => {},
				Err(e) => log::error!(target: LOG_TARGET, "timeout of {:?} failed: {:?}", job, e),
			}
		}
		if !lapsed.is_empty() {
			Pending::<T>::mutate(|queue| queue.retain(|entry| !lapsed.contains(&entry.job)));
		}
		let lapsed = lapsed.len() as u32;
		((due.len() as u32).saturating_sub(lapsed), lapsed)
	}

	/// Expires a pending or assigned job past its deadline (refund; slash the worker), forgets a
	/// settled job whose challenge period is over, or lapses a dispute past its timeout.
	/// Returns whether a pending job lapsed: the caller takes it off the queue.
	fn process_timeout(id: JobId, now: BlockNumberFor<T>) -> Result<bool, DispatchError> {
		let Some(job) = Jobs::<T>::get(id) else { return Ok(false) };
		let mut lapsed = false;
		match &job.status {
			JobStatus::Pending | JobStatus::Assigned { .. } if now > job.deadline => {
				// A job that never left the queue keeps its lapse fee for the reserve.
				let lapse_fee = match job.status {
					JobStatus::Pending => T::PendingLapseFee::get().min(job.escrow),
					_ => Zero::zero(),
				};
				let refunded = job.escrow.saturating_sub(lapse_fee);
				T::Purse::pay_reserve_from_hold(
					&HoldReason::JobEscrow.into(),
					&job.requester,
					lapse_fee,
				)?;
				T::Purse::release(&HoldReason::JobEscrow.into(), &job.requester, refunded)?;
				if let JobStatus::Assigned { worker, admitted_at, .. } = &job.status {
					Self::unassign(worker, id, job.max_units);
					// Only a job the worker had its full service window for counts against it
					// (admission guarantees the window; genesis assignments may not have it).
					let window = admitted_at.saturating_add(T::MinServiceWindow::get());
					if job.deadline >= window {
						Self::slash_worker(worker, T::MissedDeadlineSlash::get(), None)?;
						T::Observer::offended(worker, Offence::MissedDeadline);
					}
				} else {
					lapsed = true;
				}
				Jobs::<T>::remove(id);
				Self::deposit_event(Event::JobExpired { job: id, refunded });
			},
			JobStatus::Settled { settled_at, .. }
				if now > settled_at.saturating_add(T::ChallengePeriod::get()) =>
			{
				Jobs::<T>::remove(id);
			},
			JobStatus::Disputed { worker, deposit, lapses_at, .. } if now > *lapses_at => {
				// Nobody upheld it: the deposit goes to the reserve, so that a dispute left
				// undecided (the worker's stake held all the while) is not free to open, and no
				// worker profits from governance's silence.
				T::Purse::pay_reserve_from_hold(
					&HoldReason::DisputeDeposit.into(),
					&job.requester,
					*deposit,
				)?;
				Workers::<T>::mutate(worker, |maybe| {
					if let Some(info) = maybe {
						info.disputes = info.disputes.saturating_sub(1);
					}
				});
				Jobs::<T>::remove(id);
				Self::deposit_event(Event::DisputeLapsed { job: id });
			},
			_ => {},
		}
		Ok(lapsed)
	}
}
