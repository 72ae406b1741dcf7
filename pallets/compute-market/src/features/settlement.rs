//! Receipts and their settlement, one by one or in batches, and disputes.

use crate::{features::money::Outflow, *};
use alloc::{collections::BTreeMap, vec::Vec};
use atelier_primitives::activity::Metrics as _;
use atelier_primitives::models::{ModelIncome as _, Recipient};
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{AccountIdConversion, One, Saturating, Zero},
	Perbill, RuntimeAppPublic, SaturatedConversion,
};

/// An assigned job its worker may still answer, the worker, and the worker's record.
pub type OpenAssignment<T> = (JobOf<T>, <T as frame_system::Config>::AccountId, WorkerOf<T>);

/// A batch of receipts checked against the chain: its worker, the worker's record, and each
/// receipt with its job, in the batch's order.
pub struct CheckedBatch<T: Config> {
	/// The worker all the jobs are assigned to.
	pub worker: <T as frame_system::Config>::AccountId,
	/// Its record.
	pub info: WorkerOf<T>,
	/// The receipts with their jobs.
	pub jobs: Vec<(Receipt, JobOf<T>)>,
	/// The distinct models and licensees the batch pays: what its witness must declare.
	pub witness: SettlementWitness,
}

/// What a settlement did, for its weight.
pub struct Settled {
	/// Receipts settled.
	pub jobs: u32,
	/// The models and licensees it paid (its witness, as measured).
	pub witness: SettlementWitness,
	/// The weight its reports to reputation used.
	pub reported: Weight,
}

/// What the jobs of one model paid it in a batch.
#[derive(Default)]
struct ModelTally<B> {
	/// The licensing share of their base fees.
	licensing: B,
	/// The owner's part of what they sent to the reserve and the burn.
	owner_spent: B,
	/// Units their jobs used (the demand the reserve's metrics count).
	units: u64,
	/// Base fees their requesters paid.
	paid: B,
	/// Of them, what went to the reserve and the burn.
	paid_away: B,
}

impl<T: Config> Pallet<T> {
	/// Checks a batch of receipts against the chain before anything is written, as the pool
	/// does, the block author does, and the call does again: at least one receipt, in strictly
	/// ascending job order (so no job twice); every job open and assigned to one worker, its
	/// units within its limit; the worker's first settlement in this block; room to file the
	/// jobs' challenge periods; and `payload` signed by the worker's `atel` key.
	pub fn check_batch(
		receipts: &[Receipt],
		payload: &[u8],
		signature: &WorkerSignature,
	) -> Result<CheckedBatch<T>, Error<T>> {
		Self::check_batch_at(
			receipts,
			payload,
			signature,
			frame_system::Pallet::<T>::block_number(),
		)
	}

	/// [`Self::check_batch`] for a batch to settle in block `now` (the off-chain worker checks
	/// its batch for the next block).
	pub fn check_batch_at(
		receipts: &[Receipt],
		payload: &[u8],
		signature: &WorkerSignature,
		now: BlockNumberFor<T>,
	) -> Result<CheckedBatch<T>, Error<T>> {
		let first = receipts.first().ok_or(Error::<T>::NoReceipts)?;
		ensure!(
			receipts.windows(2).all(|pair| matches!(pair, [a, b] if a.job.0 < b.job.0)),
			Error::<T>::ReceiptsOutOfOrder
		);
		let (job, worker, info) = Self::open_assignment_at(first.job, now)?;
		// The signature first: a forged batch costs the pool one job's read, not the batch's.
		ensure!(info.signing_key.verify(&payload, signature), Error::<T>::BadSignature);
		ensure!(
			SettledIn::<T>::get(&worker).is_none_or(|at| at < now),
			Error::<T>::AlreadySettledThisBlock
		);
		let mut jobs = Vec::with_capacity(receipts.len());
		let mut models = alloc::collections::BTreeSet::new();
		jobs.push((first.clone(), job));
		for receipt in receipts.iter().skip(1) {
			let job = Jobs::<T>::get(receipt.job).ok_or(Error::<T>::UnknownJob)?;
			let JobStatus::Assigned { worker: assigned, .. } = &job.status else {
				return Err(Error::<T>::NotAssigned);
			};
			ensure!(*assigned == worker, Error::<T>::NotTheWorkersJob);
			ensure!(now <= job.deadline, Error::<T>::DeadlinePassed);
			jobs.push((receipt.clone(), job));
		}
		for (receipt, job) in jobs.iter() {
			ensure!(
				receipt.units_used > 0 && receipt.units_used <= job.max_units,
				Error::<T>::TooManyUnits
			);
			models.insert(job.model);
		}
		let close_at = Self::closes_at(now);
		let filed = Closings::<T>::decode_len(close_at).unwrap_or(0);
		ensure!(
			filed.saturating_add(jobs.len()) <= T::MaxClosingsPerBlock::get() as usize,
			Error::<T>::TooManyTimeouts
		);
		let mut licensees = alloc::collections::BTreeSet::new();
		for model in models.iter() {
			licensees.extend(T::Models::licensees(model).into_iter().map(|(payee, _)| payee));
		}
		let witness =
			SettlementWitness { models: models.len() as u32, licensees: licensees.len() as u32 };
		Ok(CheckedBatch { worker, info, jobs, witness })
	}

	/// The block at whose end the challenge periods of jobs settled at `now` are over.
	pub(crate) fn closes_at(now: BlockNumberFor<T>) -> BlockNumberFor<T> {
		now.saturating_add(T::ChallengePeriod::get()).saturating_add(One::one())
	}

	/// The account a batch's payments pass through: each job's `charged` moves into its
	/// `JobEscrow` hold, and leaves it, in the same call, to the worker, the licensees, the
	/// reserve and the burn, one payment each. It keeps the existential deposit and holds
	/// nothing between calls (`try_state`).
	pub fn settlement_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Gives the settlement account the existential deposit if it has less (genesis and the v4
	/// migration), so that it can hold what passes through it.
	pub(crate) fn open_settlement_account() {
		use frame_support::traits::fungible::{Inspect, Mutate};
		let account = Self::settlement_account();
		let minimum = T::Currency::minimum_balance();
		let balance = T::Currency::balance(&account);
		if balance < minimum {
			if let Err(error) = T::Currency::mint_into(&account, minimum.saturating_sub(balance)) {
				log::error!(target: LOG_TARGET, "the settlement account cannot open: {error:?}");
			}
		}
	}

	/// The job `id` while its assigned worker may still answer it, with the worker and its
	/// record; refuses an unknown job, one not assigned, and one past its deadline.
	pub(crate) fn open_assignment(id: JobId) -> Result<OpenAssignment<T>, Error<T>> {
		Self::open_assignment_at(id, frame_system::Pallet::<T>::block_number())
	}

	/// [`Self::open_assignment`] in block `now`.
	fn open_assignment_at(
		id: JobId,
		now: BlockNumberFor<T>,
	) -> Result<OpenAssignment<T>, Error<T>> {
		let job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		let JobStatus::Assigned { worker, .. } = &job.status else {
			return Err(Error::<T>::NotAssigned);
		};
		ensure!(now <= job.deadline, Error::<T>::DeadlinePassed);
		let info = Workers::<T>::get(worker).ok_or(Error::<T>::NotAssigned)?;
		let worker = worker.clone();
		Ok((job, worker, info))
	}

	/// The chain's genesis hash, which receipts sign over.
	pub fn genesis_hash() -> T::Hash {
		frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
	}

	/// Settles a checked batch. Per job, what belongs to the job: `billable × (base_fee + tip)`
	/// moves from the requester's escrow into the settlement account, the rest of the escrow is
	/// released, the job is marked settled and filed to close when its challenge period ends.
	/// Per batch, the rest: the worker paid once (its shares and tips), each licensee once (its
	/// share of each model's licensing, summed), the reserve once (its shares and all rounding
	/// dust), one burn, and one report to reputation for the worker and one for each model's
	/// owner.
	pub(crate) fn settle(batch: CheckedBatch<T>) -> Result<Settled, DispatchError> {
		let CheckedBatch { worker, mut info, jobs, witness } = batch;
		let now = frame_system::Pallet::<T>::block_number();
		let close_at = Self::closes_at(now);
		let pot = Self::settlement_account();
		let escrow: T::RuntimeHoldReason = HoldReason::JobEscrow.into();
		let (worker_share, licensing_share, burn_share) =
			(T::WorkerShare::get(), T::LicensingShare::get(), T::BurnShare::get());
		// The owner's part of a job's reserve share and burn, for reputation: the base fee's
		// split between the worker and the licensees.
		let owner_part = Perbill::from_rational(
			licensing_share.deconstruct(),
			worker_share.deconstruct().saturating_add(licensing_share.deconstruct()).max(1),
		);
		let minimum = T::MinChargedShare::get();
		let count = jobs.len() as u32;

		let zero = BalanceOf::<T>::zero();
		let (mut to_worker, mut to_reserve, mut burnt, mut to_fund) = (zero, zero, zero, zero);
		// No re-run checks a worker whose answers are nondeterministic: its jobs fund no checks,
		// and the reserve keeps the share.
		let verification_share = match info.answers {
			Answers::Deterministic => T::VerificationShare::get(),
			Answers::Nondeterministic => Perbill::zero(),
		};
		let mut unsampled = Vec::with_capacity(jobs.len());
		let (mut units, mut paid, mut worker_spent) = (0u64, zero, zero);
		let mut models = BTreeMap::<ModelId, ModelTally<BalanceOf<T>>>::new();
		let mut settled = Vec::with_capacity(jobs.len());
		for (receipt, job) in jobs {
			let JobStatus::Assigned { base_fee_per_unit, .. } = job.status else {
				return Err(Error::<T>::NotAssigned.into());
			};
			// A job pays for at least `MinChargedShare` of the units it reserved: its
			// reservation moved the base fee. At most max_units, and the escrow is max_units ×
			// (fee + tip): no overflow.
			let billable =
				receipt.units_used.max(minimum.mul_ceil(job.max_units)).min(job.max_units);
			let billable_units = BalanceOf::<T>::from(billable);
			let base = billable_units.saturating_mul(base_fee_per_unit);
			let tip = billable_units.saturating_mul(job.tip_per_unit);
			let charged = base.saturating_add(tip);
			let worker_base = worker_share.mul_floor(base);
			let licensing = licensing_share.mul_floor(base);
			let burn = burn_share.mul_floor(base);
			// Taken from the reserve's share (`integrity_test`: it is no larger).
			let verification = verification_share.mul_floor(base);
			// The reserve's share and the dust the floors leave.
			let reserve = base
				.saturating_sub(worker_base)
				.saturating_sub(licensing)
				.saturating_sub(burn)
				.saturating_sub(verification);
			let job_worker = worker_base.saturating_add(tip);
			T::Purse::move_hold(&escrow, &job.requester, &pot, charged)?;
			T::Purse::release(&escrow, &job.requester, job.escrow.saturating_sub(charged))?;

			let spent = reserve.saturating_add(burn).saturating_add(verification);
			let tally = models.entry(job.model).or_default();
			tally.licensing = tally.licensing.saturating_add(licensing);
			let owner_spent = owner_part.mul_floor(spent);
			tally.owner_spent = tally.owner_spent.saturating_add(owner_spent);
			tally.units = tally.units.saturating_add(receipt.units_used);
			tally.paid = tally.paid.saturating_add(base);
			// The checkers' share is paid on to accounts that may be the payer's own.
			tally.paid_away = tally.paid_away.saturating_add(reserve.saturating_add(burn));
			worker_spent = worker_spent.saturating_add(spent.saturating_sub(owner_spent));
			units = units.saturating_add(receipt.units_used);
			paid = paid.saturating_add(base);
			to_worker = to_worker.saturating_add(job_worker);
			to_reserve = to_reserve.saturating_add(reserve);
			burnt = burnt.saturating_add(burn);
			to_fund = to_fund.saturating_add(verification);
			unsampled.push(Unsampled { job: receipt.job, pay: job_worker, charged });

			settled.push(receipt.job);
			Self::unbook(&mut info, job.max_units, 1);
			Closings::<T>::try_append(close_at, receipt.job)
				.map_err(|()| Error::<T>::TooManyTimeouts)?;
			Jobs::<T>::insert(
				receipt.job,
				Job {
					escrow: Zero::zero(),
					status: JobStatus::Settled {
						worker: worker.clone(),
						output_hash: receipt.output_hash,
						units_used: receipt.units_used,
						charged,
						settled_at: now,
					},
					..job
				},
			);
			Self::deposit_event(Event::JobSettled {
				job: receipt.job,
				worker: worker.clone(),
				output_hash: receipt.output_hash,
				units_used: receipt.units_used,
				charged,
				to_worker: job_worker,
				to_licensees: licensing,
				to_reserve: reserve,
				to_verification: verification,
				burnt: burn,
			});
		}
		// The worker's books, once a batch.
		AssignedJobs::<T>::mutate_exists(&worker, |jobs| {
			if let Some(list) = jobs {
				list.retain(|job| !settled.contains(job));
				if list.is_empty() {
					*jobs = None;
				}
			}
		});
		// The worker's pay waits for the draw of checks two blocks later, if its answers are
		// deterministic and two other workers of its class could check it; else it is paid now.
		let checkable =
			info.answers == Answers::Deterministic && Self::checkable(info.class, &worker);
		if checkable {
			let rate = Self::check_rate(&worker, &info, now);
			let jobs = BoundedVec::truncate_from(unsampled);
			Sampling::<T>::insert(now, &worker, SampleBatch { rate, stake: info.stake, jobs });
		}
		Workers::<T>::insert(&worker, info);
		SettledIn::<T>::insert(&worker, now);
		VerificationFund::<T>::mutate(|fund| *fund = fund.saturating_add(to_fund));
		if ClosingsFrom::<T>::get().is_none() {
			ClosingsFrom::<T>::put(close_at);
		}

		// Each licensee's share of each model's licensing, summed per licensee; what the shares
		// leave (shares short of 100%, floors) goes to the reserve.
		// A model's owner part goes to whoever holds its income now: its shareholders once it
		// has issued shares (`ModelIncome`), else its owner.
		let mut licensees = BTreeMap::<Recipient<T::AccountId>, BalanceOf<T>>::new();
		let mut owners = BTreeMap::<T::AccountId, (BalanceOf<T>, BalanceOf<T>)>::new();
		for (model, tally) in models.iter() {
			let mut assigned = zero;
			for (payee, share) in T::Models::licensees(model) {
				let amount = share.mul_floor(tally.licensing);
				assigned = assigned.saturating_add(amount);
				// A share of a model that no longer exists, or named to the settlement account
				// itself (it would be stuck there), goes to the reserve.
				let recipient = match T::Income::recipient(&payee) {
					Some(Recipient::Account(who)) if who == pot => None,
					recipient => recipient,
				};
				let Some(recipient) = recipient else {
					to_reserve = to_reserve.saturating_add(amount);
					continue;
				};
				let due = licensees.entry(recipient).or_default();
				*due = due.saturating_add(amount);
			}
			to_reserve = to_reserve.saturating_add(tally.licensing.saturating_sub(assigned));
			match T::Models::owner(model) {
				// A model whose licensees earned reports them to its owner, the reserve's and
				// the burn's part that the licensing stands for with it.
				Some(owner) if !assigned.is_zero() => {
					let earned = owners.entry(owner).or_default();
					earned.0 = earned.0.saturating_add(assigned);
					earned.1 = earned.1.saturating_add(tally.owner_spent);
				},
				// Nobody to credit: the worker stands for the whole of it.
				_ => worker_spent = worker_spent.saturating_add(tally.owner_spent),
			}
		}

		// Where the money went: a payment its recipient cannot take goes to the reserve (or,
		// while the reserve cannot take it either, is burned), and is counted there.
		let mut out = Outflow { to_reserve: zero, burnt };
		let mut to_licensees = zero;
		for (recipient, amount) in licensees {
			let paid = match recipient {
				Recipient::Account(who) => T::Purse::pay_from_hold(&escrow, &pot, &who, amount)?,
				Recipient::Shareholders(model) => {
					let paid = T::Purse::pay_from_hold(&escrow, &pot, &T::Income::pool(), amount)?;
					if paid.reached_recipient() {
						T::Income::credit(&model, None, amount.saturated_into())?;
					}
					paid
				},
			};
			if out.reached(paid, amount) {
				to_licensees = to_licensees.saturating_add(amount);
			}
		}
		let held = if checkable { core::mem::replace(&mut to_worker, zero) } else { zero };
		let paid_to = T::Purse::pay_from_hold(&escrow, &pot, &worker, to_worker)?;
		if !out.reached(paid_to, to_worker) {
			to_worker = zero;
		}
		T::Purse::burn_from_hold(&escrow, &pot, burnt)?;
		let paid_to = T::Purse::pay_reserve_from_hold(&escrow, &pot, to_reserve)?;
		if out.reached(paid_to, to_reserve) {
			out.to_reserve = out.to_reserve.saturating_add(to_reserve);
		}
		let Outflow { to_reserve, burnt } = out;

		let mut reported = T::Observer::created(
			&worker,
			Creation::ComputeDelivered {
				units,
				paid: paid.saturated_into(),
				spent: worker_spent.saturated_into(),
			},
		);
		for (model, tally) in models.iter() {
			reported = reported.saturating_add(T::Metrics::served(
				model,
				tally.units,
				tally.paid.saturated_into(),
				tally.paid_away.saturated_into(),
			));
		}
		for (owner, (amount, spent)) in owners {
			reported = reported.saturating_add(T::Observer::created(
				&owner,
				Creation::LicensingEarned {
					amount: amount.saturated_into(),
					spent: spent.saturated_into(),
				},
			));
		}
		Self::deposit_event(Event::ReceiptsSettled {
			worker,
			jobs: count,
			to_worker,
			held,
			to_licensees,
			to_reserve,
			burnt,
		});
		Ok(Settled { jobs: count, witness, reported })
	}

	/// Settles one receipt: a batch of one, under the single receipt's signature.
	pub(crate) fn do_submit_receipt(
		receipt: Receipt,
		signature: WorkerSignature,
	) -> Result<Settled, DispatchError> {
		let payload = receipt_signing_payload(&Self::genesis_hash(), &receipt);
		let batch = Self::check_batch(core::slice::from_ref(&receipt), &payload, &signature)?;
		Self::settle(batch)
	}

	/// Settles a batch of receipts signed together, refusing a witness other than what it pays.
	pub(crate) fn do_submit_receipts(
		receipts: &[Receipt],
		witness: SettlementWitness,
		signature: WorkerSignature,
	) -> Result<Settled, DispatchError> {
		let payload = receipts_signing_payload(&Self::genesis_hash(), receipts);
		let batch = Self::check_batch(receipts, &payload, &signature)?;
		ensure!(witness == batch.witness, Error::<T>::BadWitness);
		Self::settle(batch)
	}

	/// Disputes a settled receipt, holding the requester's deposit; refuses an unknown job, a
	/// non-requester, an unsettled job and a challenge period over.
	pub(crate) fn do_dispute_receipt(who: T::AccountId, id: JobId) -> DispatchResult {
		let mut job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		ensure!(job.requester == who, Error::<T>::NotRequester);
		let JobStatus::Settled { worker, charged, settled_at, .. } = job.status.clone() else {
			return Err(Error::<T>::NotSettled.into());
		};
		ensure!(!Checks::<T>::contains_key(id), Error::<T>::CheckOpen);
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
