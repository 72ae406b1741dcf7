//! Receipts and their settlement, and disputes.

use crate::{features::money::Outflow, *};
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	Perbill, RuntimeAppPublic, SaturatedConversion,
};

/// An assigned job its worker may still answer, the worker, and the worker's record.
pub type OpenAssignment<T> = (JobOf<T>, <T as frame_system::Config>::AccountId, WorkerOf<T>);

impl<T: Config> Pallet<T> {
	/// Checks a receipt against the chain: the job is assigned, its deadline not passed, the
	/// units within its limit, and the signature the assigned worker's. Returns the job and the
	/// worker.
	pub fn check_receipt(
		receipt: &Receipt,
		signature: &WorkerSignature,
	) -> Result<(JobOf<T>, T::AccountId), Error<T>> {
		let (job, worker, info) = Self::open_assignment(receipt.job)?;
		ensure!(
			receipt.units_used > 0 && receipt.units_used <= job.max_units,
			Error::<T>::TooManyUnits
		);
		let payload = receipt_signing_payload(&Self::genesis_hash(), receipt);
		ensure!(info.signing_key.verify(&payload, signature), Error::<T>::BadSignature);
		Ok((job, worker))
	}

	/// The job `id` while its assigned worker may still answer it, with the worker and its
	/// record; refuses an unknown job, one not assigned, and one past its deadline.
	pub(crate) fn open_assignment(id: JobId) -> Result<OpenAssignment<T>, Error<T>> {
		let job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		let JobStatus::Assigned { worker, .. } = &job.status else {
			return Err(Error::<T>::NotAssigned);
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= job.deadline, Error::<T>::DeadlinePassed);
		let info = Workers::<T>::get(worker).ok_or(Error::<T>::NotAssigned)?;
		let worker = worker.clone();
		Ok((job, worker, info))
	}

	/// The chain's genesis hash, which receipts sign over.
	pub fn genesis_hash() -> T::Hash {
		frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
	}

	/// Settles a job on a valid receipt: `units_used × (base_fee + tip)` is paid out of the
	/// escrow, the rest released, and the worker and the model's owner are reported to
	/// reputation. Returns how many licensees the job's model has and the weight the reports
	/// used, for the weight (the benchmark charged two of the costliest reports).
	pub(crate) fn do_submit_receipt(
		receipt: Receipt,
		signature: WorkerSignature,
	) -> Result<(u32, Weight), DispatchError> {
		let (job, worker) = Self::check_receipt(&receipt, &signature)?;
		let JobStatus::Assigned { base_fee_per_unit, .. } = job.status else {
			return Err(Error::<T>::NotAssigned.into());
		};
		// A job pays for at least `MinChargedShare` of the units it reserved: its reservation
		// moved the base fee. At most max_units, and the escrow is max_units × (fee + tip): no
		// overflow.
		let billable = receipt
			.units_used
			.max(T::MinChargedShare::get().mul_ceil(job.max_units))
			.min(job.max_units);
		let units = BalanceOf::<T>::from(billable);
		let base = units.saturating_mul(base_fee_per_unit);
		let tip = units.saturating_mul(job.tip_per_unit);
		let charged = base.saturating_add(tip);
		let now = frame_system::Pallet::<T>::block_number();
		let close_at = now.saturating_add(T::ChallengePeriod::get()).saturating_add(One::one());
		Self::schedule_timeout(close_at, receipt.job)?;

		let requester = &job.requester;
		let worker_base = T::WorkerShare::get().mul_floor(base);
		let licensing = T::LicensingShare::get().mul_floor(base);
		let burnt = T::BurnShare::get().mul_floor(base);
		// The reserve's share and the dust the floors leave.
		let mut to_reserve =
			base.saturating_sub(worker_base).saturating_sub(licensing).saturating_sub(burnt);

		// Where the money went: a payment its recipient cannot take goes to the reserve (or, while
		// the reserve cannot take it either, is burned), and is counted there.
		let mut out = Outflow { to_reserve: Zero::zero(), burnt };
		let escrow: T::RuntimeHoldReason = HoldReason::JobEscrow.into();
		let mut to_licensees = BalanceOf::<T>::zero();
		let mut licensed = BalanceOf::<T>::zero();
		let licensees = T::Models::licensees(&job.model);
		let licensee_count = licensees.len() as u32;
		for (licensee, share) in licensees {
			let amount = share.mul_floor(licensing);
			licensed = licensed.saturating_add(amount);
			let paid = T::Purse::pay_from_hold(&escrow, requester, &licensee, amount)?;
			if out.reached(paid, amount) {
				to_licensees = to_licensees.saturating_add(amount);
			}
		}
		// Shares short of 100% and their floors.
		to_reserve = to_reserve.saturating_add(licensing.saturating_sub(licensed));

		let mut to_worker = worker_base.saturating_add(tip);
		let paid = T::Purse::pay_from_hold(&escrow, requester, &worker, to_worker)?;
		if !out.reached(paid, to_worker) {
			to_worker = Zero::zero();
		}
		T::Purse::burn_from_hold(&escrow, requester, burnt)?;
		let paid = T::Purse::pay_reserve_from_hold(&escrow, requester, to_reserve)?;
		if out.reached(paid, to_reserve) {
			out.to_reserve = out.to_reserve.saturating_add(to_reserve);
		}
		let Outflow { to_reserve, burnt } = out;
		T::Purse::release(&escrow, requester, job.escrow.saturating_sub(charged))?;

		Self::unassign(&worker, receipt.job, job.max_units);
		Jobs::<T>::mutate(receipt.job, |maybe| {
			if let Some(job) = maybe {
				job.escrow = Zero::zero();
				job.status = JobStatus::Settled {
					worker: worker.clone(),
					output_hash: receipt.output_hash,
					units_used: receipt.units_used,
					charged,
					settled_at: now,
				};
			}
		});
		// Reputation counts what left everyone's control (the reserve's part and the burn), split
		// between the worker and the model's owner as the base fee is split between them, so a
		// worker serving its own model's jobs is counted it once.
		let spent = to_reserve.saturating_add(burnt);
		let owner = (!to_licensees.is_zero()).then(|| T::Models::owner(&job.model)).flatten();
		let owner_spent = match owner {
			Some(_) => {
				let (w, l) = (T::WorkerShare::get(), T::LicensingShare::get());
				let parts = w.deconstruct().saturating_add(l.deconstruct()).max(1);
				Perbill::from_rational(l.deconstruct(), parts).mul_floor(spent)
			},
			None => Zero::zero(),
		};
		let mut reported = T::Observer::created(
			&worker,
			Creation::ComputeDelivered {
				units: receipt.units_used,
				paid: base.saturated_into(),
				spent: spent.saturating_sub(owner_spent).saturated_into(),
			},
		);
		if let Some(owner) = owner {
			reported = reported.saturating_add(T::Observer::created(
				&owner,
				Creation::LicensingEarned {
					amount: to_licensees.saturated_into(),
					spent: owner_spent.saturated_into(),
				},
			));
		}
		Self::deposit_event(Event::JobSettled {
			job: receipt.job,
			worker,
			output_hash: receipt.output_hash,
			units_used: receipt.units_used,
			charged,
			to_worker,
			to_licensees,
			to_reserve,
			burnt,
		});
		Ok((licensee_count, reported))
	}

	/// Disputes a settled receipt, holding the requester's deposit; refuses an unknown job, a
	/// non-requester, an unsettled job and a challenge period over.
	pub(crate) fn do_dispute_receipt(who: T::AccountId, id: JobId) -> DispatchResult {
		let mut job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		ensure!(job.requester == who, Error::<T>::NotRequester);
		let JobStatus::Settled { worker, charged, settled_at, .. } = job.status.clone() else {
			return Err(Error::<T>::NotSettled.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= settled_at.saturating_add(T::ChallengePeriod::get()),
			Error::<T>::ChallengePeriodOver
		);
		let deposit = T::DisputeDeposit::get();
		let lapses_at = now.saturating_add(T::DisputeTimeout::get());
		ensure!(
			Self::can_schedule_timeout(lapses_at.saturating_add(One::one())),
			Error::<T>::TooManyTimeouts
		);
		T::Currency::hold(&HoldReason::DisputeDeposit.into(), &who, deposit)?;
		Self::schedule_timeout(lapses_at.saturating_add(One::one()), id)?;
		Workers::<T>::mutate(&worker, |maybe| {
			if let Some(info) = maybe {
				info.disputes = info.disputes.saturating_add(1);
			}
		});
		job.status = JobStatus::Disputed { worker, charged, deposit, lapses_at };
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::ReceiptDisputed { job: id, deposit });
		Ok(())
	}

	/// Decides a dispute: upheld slashes the worker and refunds the requester, dismissed pays the
	/// deposit to the reserve; refuses an unknown job and one not disputed.
	pub(crate) fn do_resolve_dispute(id: JobId, uphold: bool) -> DispatchResult {
		let job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		let JobStatus::Disputed { worker, charged, deposit, .. } = &job.status else {
			return Err(Error::<T>::NotDisputed.into());
		};
		let requester = &job.requester;
		let (slashed, refunded) = if uphold {
			T::Purse::release(&HoldReason::DisputeDeposit.into(), requester, *deposit)?;
			// At least what the requester paid, so that a wrong receipt never pays its worker.
			Self::slash_worker_at_least(
				worker,
				T::DisputeSlash::get(),
				*charged,
				Some((requester, *charged)),
			)?
		} else {
			T::Purse::pay_reserve_from_hold(
				&HoldReason::DisputeDeposit.into(),
				requester,
				*deposit,
			)?;
			(Zero::zero(), Zero::zero())
		};
		Workers::<T>::mutate(worker, |maybe| {
			if let Some(info) = maybe {
				info.disputes = info.disputes.saturating_sub(1);
			}
		});
		if uphold {
			T::Observer::offended(worker, Offence::DisputeUpheld);
		}
		Jobs::<T>::remove(id);
		Self::deposit_event(Event::DisputeResolved { job: id, upheld: uphold, slashed, refunded });
		Ok(())
	}
}
