//! Submission: a job's checks, its escrow, and its place in the queue (by priority and tip,
//! evicting a worse job from a full queue).

use crate::*;
use atelier_primitives::activity::Metrics as _;
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, CheckedMul, One, Saturating};

impl<T: Config> Pallet<T> {
	/// Holds a job's escrow and queues it, evicting a worse job if the queue is full; refuses an
	/// unknown or unmonetizable model, too low a tier or fee cap, bad units or deadline, no room.
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_submit_job(
		requester: T::AccountId,
		model: ModelId,
		class: HardwareClass,
		max_units: u64,
		max_base_fee_per_unit: BalanceOf<T>,
		tip_per_unit: BalanceOf<T>,
		input_commitment: H256,
		deadline: BlockNumberFor<T>,
		verification: Verification,
	) -> Result<JobId, DispatchError> {
		let entry = Self::check_submission(
			&requester,
			model,
			class,
			max_units,
			max_base_fee_per_unit,
			tip_per_unit,
			deadline,
			verification,
		)?;
		let escrow = Self::escrow_for(max_base_fee_per_unit, tip_per_unit, max_units)?;
		let next_id = entry.job.0.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let mut pending = Pending::<T>::get();
		let evicted = Self::make_room(&pending, &entry)?;
		let expire_at = deadline.saturating_add(One::one());
		ensure!(Self::can_schedule_timeout(expire_at), Error::<T>::TooManyTimeouts);

		T::Currency::hold(&HoldReason::JobEscrow.into(), &requester, escrow)?;
		Self::schedule_timeout(expire_at, entry.job)?;
		if let Some(index) = evicted {
			let dropped = pending.remove(index);
			Self::evict(dropped.job)?;
		}
		// Highest priority first, then highest tip; among equals, first come first served.
		let position = pending.partition_point(|queued| {
			(queued.priority, queued.tip_per_unit) >= (entry.priority, entry.tip_per_unit)
		});
		let job = entry.job;
		pending.try_insert(position, entry).map_err(|_| Error::<T>::QueueFull)?;
		Pending::<T>::put(pending);
		NextJobId::<T>::put(next_id);
		Jobs::<T>::insert(
			job,
			Job {
				requester: requester.clone(),
				model,
				class,
				max_units,
				max_base_fee_per_unit,
				tip_per_unit,
				input_commitment,
				deadline,
				escrow,
				status: JobStatus::Pending,
			},
		);
		T::Metrics::engaged(&requester);
		Self::deposit_event(Event::JobSubmitted {
			job,
			requester,
			model,
			class,
			max_units,
			escrow,
			verification,
		});
		Ok(job)
	}

	/// Checks a submission against the chain and returns its queue entry (under the next job
	/// id); refuses an unknown or unmonetizable model, too low a tier, units out of range or that
	/// no worker serves (with the answers the job's verification needs), a deadline outside the
	/// service window, and a fee cap under the floor.
	#[allow(clippy::too_many_arguments)]
	fn check_submission(
		requester: &T::AccountId,
		model: ModelId,
		class: HardwareClass,
		max_units: u64,
		max_base_fee_per_unit: BalanceOf<T>,
		tip_per_unit: BalanceOf<T>,
		deadline: BlockNumberFor<T>,
		verification: Verification,
	) -> Result<PendingOf<T>, DispatchError> {
		ensure!(T::Models::exists(&model), Error::<T>::UnknownModel);
		ensure!(T::Models::is_monetizable(&model), Error::<T>::ModelNotMonetizable);
		let priority = Self::priority_of(requester, class)?;
		ensure!(max_units > 0 && max_units <= T::BlockUnitLimit::get(), Error::<T>::InvalidUnits);
		Self::ensure_served(class, max_units, verification)?;
		let now = frame_system::Pallet::<T>::block_number();
		// The earliest admission is in the next block; it must leave the worker its window.
		let earliest = now.saturating_add(One::one()).saturating_add(T::MinServiceWindow::get());
		ensure!(
			deadline >= earliest && deadline <= now.saturating_add(T::MaxJobDuration::get()),
			Error::<T>::InvalidDeadline
		);
		ensure!(max_base_fee_per_unit >= T::MinBaseFee::get(), Error::<T>::MaxBaseFeeTooLow);
		Ok(PendingJob {
			job: JobId(NextJobId::<T>::get()),
			requester: requester.clone(),
			class,
			max_units,
			max_base_fee_per_unit,
			tip_per_unit,
			deadline,
			priority,
			verification,
		})
	}

	/// The escrow of a job: the most it may cost (`max_units × (max_base_fee + tip)`) and the
	/// lapse fee while it waits; refuses an overflow.
	fn escrow_for(
		max_base_fee_per_unit: BalanceOf<T>,
		tip_per_unit: BalanceOf<T>,
		max_units: u64,
	) -> Result<BalanceOf<T>, Error<T>> {
		max_base_fee_per_unit
			.checked_add(&tip_per_unit)
			.and_then(|per_unit| per_unit.checked_mul(&BalanceOf::<T>::from(max_units)))
			.and_then(|cost| cost.checked_add(&T::PendingLapseFee::get()))
			.ok_or(Error::<T>::Overflow)
	}

	/// The index of the queued job a new `entry` evicts, if the queue is full; refuses a
	/// requester at its queue limit and an entry that outranks no job it could replace.
	fn make_room(
		pending: &[PendingOf<T>],
		entry: &PendingOf<T>,
	) -> Result<Option<usize>, Error<T>> {
		let queued_by_requester = pending.iter().filter(|e| e.requester == entry.requester).count();
		ensure!(
			(queued_by_requester as u32) < T::MaxPendingPerAccount::get(),
			Error::<T>::TooManyPendingJobs
		);
		if (pending.len() as u32) < T::MaxPendingJobs::get() {
			return Ok(None);
		}
		// Only a job that can run now claims its class's share of the queue: an active worker
		// serves its size and its fee covers the base fee, so it is admitted and paid, not
		// parked to lapse for the lapse fee.
		let runnable = entry.max_base_fee_per_unit >= BaseFee::<T>::get(entry.class)
			&& Self::can_take_now(entry.class, entry.max_units, entry.verification);
		Self::choose_eviction(pending, entry.class, entry.priority, entry.tip_per_unit, runnable)
			.map(Some)
	}

	/// That an active worker of `class` declares that it serves a job of `units` with answers
	/// that `verification` accepts: else [`Error::NoWorkerServesSize`] if none serves the size,
	/// [`Error::NoVerifiableWorker`] if those that do all answer nondeterministically and the
	/// job requires verification. A class with no active worker serves nothing yet: its jobs
	/// queue and wait for one, as before any worker declared sizes. Reads at most
	/// `MaxWorkersPerClass` workers, stopping at the first that serves it.
	pub(crate) fn ensure_served(
		class: HardwareClass,
		units: u64,
		verification: Verification,
	) -> Result<(), Error<T>> {
		let active = ActiveWorkers::<T>::get(class);
		if active.is_empty() {
			return Ok(());
		}
		let mut sized = false;
		for worker in active.iter() {
			let Some(info) = Workers::<T>::get(worker) else { continue };
			if info.job_sizes.serves(units) {
				if info.answers.serve(verification) {
					return Ok(());
				}
				sized = true;
			}
		}
		Err(if sized { Error::<T>::NoVerifiableWorker } else { Error::<T>::NoWorkerServesSize })
	}

	/// Whether an active worker of `class` serves a job of `units` that asks `verification`
	/// and has the free capacity and a free job slot to take it now.
	pub(crate) fn can_take_now(
		class: HardwareClass,
		units: u64,
		verification: Verification,
	) -> bool {
		Self::any_worker(&ActiveWorkers::<T>::get(class), |info| {
			Self::can_take(info, units, verification)
		})
	}

	/// Whether the record of any of `workers` satisfies `check`, stopping at the first.
	fn any_worker(workers: &[T::AccountId], check: impl Fn(&WorkerOf<T>) -> bool) -> bool {
		workers.iter().any(|w| Workers::<T>::get(w).is_some_and(|info| check(&info)))
	}

	/// The queue priority of a job of `class` from `requester`: 0, except on the high-compute
	/// class, which takes only requesters at `HighComputeTier` or above and puts each tier above
	/// it one level ahead.
	pub(crate) fn priority_of(
		requester: &T::AccountId,
		class: HardwareClass,
	) -> Result<Tier, Error<T>> {
		if class != HardwareClass::DatacenterGpu {
			return Ok(0);
		}
		let tier = T::Tiers::tier(requester);
		let least = T::HighComputeTier::get();
		ensure!(tier >= least, Error::<T>::TierTooLow);
		Ok(tier.saturating_sub(least))
	}

	/// Which queued job a new job of `class` with `priority` and `tip` replaces in a full
	/// queue, by its index. A `runnable` job (one that can be admitted now) of a class holding
	/// less than its share (a third of the queue) takes the place of the worst job of the class
	/// holding the most, so no class starves another;
	/// otherwise the new job must outrank the worst job of its own class (a higher priority, or
	/// the same and a higher tip). The worst job of a class is its last in the queue: the lowest
	/// priority, the lowest tip, the latest among equals.
	fn choose_eviction(
		pending: &[PendingOf<T>],
		class: HardwareClass,
		priority: Tier,
		tip: BalanceOf<T>,
		runnable: bool,
	) -> Result<usize, Error<T>> {
		let share = T::MaxPendingJobs::get()
			.checked_div(HardwareClass::ALL.len() as u32)
			.unwrap_or(0);
		let held_by = |c: HardwareClass| pending.iter().filter(|e| e.class == c).count() as u32;
		let victim_class = if runnable && held_by(class) < share {
			HardwareClass::ALL
				.into_iter()
				.max_by_key(|c| held_by(*c))
				.ok_or(Error::<T>::QueueFull)?
		} else {
			class
		};
		let index = pending
			.iter()
			.rposition(|e| e.class == victim_class)
			.ok_or(Error::<T>::QueueFull)?;
		if victim_class == class {
			let worst = pending.get(index).ok_or(Error::<T>::QueueFull)?;
			ensure!((priority, tip) > (worst.priority, worst.tip_per_unit), Error::<T>::QueueFull);
		}
		Ok(index)
	}

	/// Drops a queued job that lost its place: its escrow is refunded in full.
	fn evict(id: JobId) -> DispatchResult {
		let job = Jobs::<T>::take(id).ok_or(Error::<T>::UnknownJob)?;
		T::Purse::release(&HoldReason::JobEscrow.into(), &job.requester, job.escrow)?;
		Self::deposit_event(Event::JobEvicted { job: id, refunded: job.escrow });
		Ok(())
	}
}
