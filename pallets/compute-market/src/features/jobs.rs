//! Jobs: submission with escrow, the per-block admission and assignment, and timeouts
//! (deadlines and the ends of challenge periods).

use crate::*;
use alloc::vec::Vec;
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, CheckedMul, One, Saturating, Zero};

/// How many consecutive blocks a timeout may spill into when its block is full.
pub(crate) const TIMEOUT_SPILL: u32 = 8;

impl<T: Config> Pallet<T> {
	/// The per-block hook: base fees, timeouts, admission. Returns its weight.
	pub(crate) fn do_on_initialize(now: BlockNumberFor<T>) -> Weight {
		Self::update_base_fees();
		let (timeouts, lapsed) = Self::process_timeouts(now);
		let (admitted, workers) = Self::admit_jobs(now);
		T::WeightInfo::on_initialize_base()
			.saturating_add(T::WeightInfo::process_timeouts(timeouts))
			.saturating_add(T::WeightInfo::expire_pending(lapsed))
			.saturating_add(T::WeightInfo::admit_jobs(admitted, workers))
	}

	/// Files `job` for a look at block `at`, or one of the next few blocks if `at` is full.
	/// Returns the block it was filed under.
	pub(crate) fn schedule_timeout(
		at: BlockNumberFor<T>,
		job: JobId,
	) -> Result<BlockNumberFor<T>, Error<T>> {
		let mut block = at;
		for _ in 0..TIMEOUT_SPILL {
			let filed = Timeouts::<T>::try_mutate(block, |list| list.try_push(job));
			if filed.is_ok() {
				return Ok(block);
			}
			block = block.saturating_add(One::one());
		}
		Err(Error::<T>::TooManyTimeouts)
	}

	/// Whether a timeout could be filed at `at` (or the blocks it may spill into).
	pub(crate) fn can_schedule_timeout(at: BlockNumberFor<T>) -> bool {
		let mut block = at;
		for _ in 0..TIMEOUT_SPILL {
			if (Timeouts::<T>::decode_len(block).unwrap_or(0) as u32)
				< T::MaxTimeoutsPerBlock::get()
			{
				return true;
			}
			block = block.saturating_add(One::one());
		}
		false
	}

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
	) -> Result<JobId, DispatchError> {
		ensure!(T::Models::exists(&model), Error::<T>::UnknownModel);
		ensure!(T::Models::is_monetizable(&model), Error::<T>::ModelNotMonetizable);
		let priority = Self::priority_of(&requester, class)?;
		ensure!(max_units > 0 && max_units <= T::BlockUnitLimit::get(), Error::<T>::InvalidUnits);
		ensure!(Self::size_is_served(class, max_units), Error::<T>::NoWorkerServesSize);
		let now = frame_system::Pallet::<T>::block_number();
		// The earliest admission is in the next block; it must leave the worker its window.
		let earliest = now.saturating_add(One::one()).saturating_add(T::MinServiceWindow::get());
		ensure!(
			deadline >= earliest && deadline <= now.saturating_add(T::MaxJobDuration::get()),
			Error::<T>::InvalidDeadline
		);
		ensure!(max_base_fee_per_unit >= T::MinBaseFee::get(), Error::<T>::MaxBaseFeeTooLow);
		// The escrow covers the most the job may cost, and the lapse fee while it waits.
		let escrow = max_base_fee_per_unit
			.checked_add(&tip_per_unit)
			.and_then(|per_unit| per_unit.checked_mul(&BalanceOf::<T>::from(max_units)))
			.and_then(|cost| cost.checked_add(&T::PendingLapseFee::get()))
			.ok_or(Error::<T>::Overflow)?;
		let job = JobId(NextJobId::<T>::get());
		let next_id = job.0.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let mut pending = Pending::<T>::get();
		let queued_by_requester = pending.iter().filter(|e| e.requester == requester).count();
		ensure!(
			(queued_by_requester as u32) < T::MaxPendingPerAccount::get(),
			Error::<T>::TooManyPendingJobs
		);
		let evicted = if (pending.len() as u32) < T::MaxPendingJobs::get() {
			None
		} else {
			// Only a job that can run now claims its class's share of the queue: an active
			// worker serves its size and its fee covers the base fee, so it is admitted and
			// paid, not parked to lapse for the lapse fee.
			let runnable = max_base_fee_per_unit >= BaseFee::<T>::get(class)
				&& Self::can_take_now(class, max_units);
			Some(Self::choose_eviction(&pending, class, priority, tip_per_unit, runnable)?)
		};
		let expire_at = deadline.saturating_add(One::one());
		ensure!(Self::can_schedule_timeout(expire_at), Error::<T>::TooManyTimeouts);

		T::Currency::hold(&HoldReason::JobEscrow.into(), &requester, escrow)?;
		Self::schedule_timeout(expire_at, job)?;
		if let Some(index) = evicted {
			let dropped = pending.remove(index);
			Self::evict(dropped.job)?;
		}
		// Highest priority first, then highest tip; among equals, first come first served.
		let position = pending.partition_point(|entry| {
			(entry.priority, entry.tip_per_unit) >= (priority, tip_per_unit)
		});
		let entry = PendingJob {
			job,
			requester: requester.clone(),
			class,
			max_units,
			max_base_fee_per_unit,
			tip_per_unit,
			deadline,
			priority,
		};
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
		Self::deposit_event(Event::JobSubmitted {
			job,
			requester,
			model,
			class,
			max_units,
			escrow,
		});
		Ok(job)
	}

	/// Whether an active worker of `class` declares that it serves a job of `units`. A class
	/// with no active worker serves nothing yet: its jobs queue and wait for one, as before any
	/// worker declared sizes. Reads at most `MaxWorkersPerClass` workers, stopping at the first
	/// that serves it.
	pub(crate) fn size_is_served(class: HardwareClass, units: u64) -> bool {
		let active = ActiveWorkers::<T>::get(class);
		active.is_empty()
			|| active
				.iter()
				.any(|w| Workers::<T>::get(w).is_some_and(|info| info.job_sizes.serves(units)))
	}

	/// Whether an active worker of `class` serves a job of `units` and has the free capacity and
	/// a free job slot to take it now.
	pub(crate) fn can_take_now(class: HardwareClass, units: u64) -> bool {
		let max_jobs = T::MaxJobsPerWorker::get();
		ActiveWorkers::<T>::get(class).iter().any(|w| {
			Workers::<T>::get(w).is_some_and(|info| {
				info.job_sizes.serves(units)
					&& Self::usable_capacity(&info).saturating_sub(info.load) >= units
					&& info.open_jobs < max_jobs
			})
		})
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

	/// Assigns a job at genesis (see the genesis config): priced at the floor, given to the
	/// first worker of its class with room.
	pub(crate) fn do_genesis_assign(
		requester: &T::AccountId,
		model: ModelId,
		class: HardwareClass,
		max_units: u64,
		tip_per_unit: BalanceOf<T>,
		deadline: BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(max_units > 0 && max_units <= T::BlockUnitLimit::get(), Error::<T>::InvalidUnits);
		let fee = T::MinBaseFee::get();
		let escrow = fee
			.checked_add(&tip_per_unit)
			.and_then(|per_unit| per_unit.checked_mul(&BalanceOf::<T>::from(max_units)))
			.ok_or(Error::<T>::Overflow)?;
		let max_jobs = T::MaxJobsPerWorker::get();
		let worker = ActiveWorkers::<T>::get(class)
			.into_iter()
			.find(|w| {
				Workers::<T>::get(w).is_some_and(|info| {
					info.free_capacity() >= max_units
						&& info.open_jobs < max_jobs
						&& info.job_sizes.serves(max_units)
				})
			})
			.ok_or(Error::<T>::NotActive)?;
		let job = JobId(NextJobId::<T>::get());
		NextJobId::<T>::put(job.0.checked_add(1).ok_or(Error::<T>::Overflow)?);
		T::Currency::hold(&HoldReason::JobEscrow.into(), requester, escrow)?;
		Self::schedule_timeout(deadline.saturating_add(One::one()), job)?;
		Workers::<T>::mutate(&worker, |maybe| {
			if let Some(info) = maybe {
				info.load = info.load.saturating_add(max_units);
				info.open_jobs = info.open_jobs.saturating_add(1);
				info.refusals.assigned = info.refusals.assigned.saturating_add(1);
			}
		});
		WorkerJobs::<T>::insert(&worker, job, ());
		Jobs::<T>::insert(
			job,
			Job {
				requester: requester.clone(),
				model,
				class,
				max_units,
				max_base_fee_per_unit: fee,
				tip_per_unit,
				input_commitment: H256::zero(),
				deadline,
				escrow,
				status: JobStatus::Assigned {
					worker,
					base_fee_per_unit: fee,
					admitted_at: frame_system::Pallet::<T>::block_number(),
				},
			},
		);
		Ok(())
	}

	/// Admits pending jobs that cover their class's base fee, highest tip first, up to each
	/// class's unit limit and `MaxAdmissionsPerBlock`, and assigns each to the active worker of
	/// its class that serves its size with the most free capacity (a job no worker serves waits,
	/// and lapses at its deadline). Returns (jobs admitted, workers loaded).
	pub(crate) fn admit_jobs(now: BlockNumberFor<T>) -> (u32, u32) {
		let pending = Pending::<T>::get();
		if pending.is_empty() {
			return (0, 0);
		}
		let limit = T::BlockUnitLimit::get();
		let max_admissions = T::MaxAdmissionsPerBlock::get();
		let fees = PerClass::from_fn(BaseFee::<T>::get);
		let mut used = PerClass::<u64>::default();
		// Workers of a class are read once, when a job of that class first needs one.
		let mut pools = PerClass::<Option<Pool<T>>>::default();
		let (mut admitted, mut workers_loaded) = (0u32, 0u32);
		let mut remaining = Vec::with_capacity(pending.len());
		// A job whose deadline is nearer is never admitted: its worker could not serve it. It
		// waits for its deadline and is refunded then; its units never move the base fee.
		let window_ends = now.saturating_add(T::MinServiceWindow::get());

		for entry in pending.into_iter() {
			let class = entry.class;
			let fee = *fees.get(class);
			let fits = used.get(class).saturating_add(entry.max_units) <= limit;
			if admitted >= max_admissions
				|| entry.max_base_fee_per_unit < fee
				|| !fits || entry.deadline < window_ends
			{
				remaining.push(entry);
				continue;
			}
			let pool = pools.get_mut(class).get_or_insert_with(|| {
				let workers: Vec<_> = ActiveWorkers::<T>::get(entry.class)
					.into_iter()
					.filter_map(|w| Workers::<T>::get(&w).map(|info| (w, info, false)))
					.collect();
				workers_loaded = workers_loaded.saturating_add(workers.len() as u32);
				workers
			});
			let max_jobs = T::MaxJobsPerWorker::get();
			// The most free capacity; the earliest registered among equals.
			let mut chosen: Option<&mut (T::AccountId, WorkerOf<T>, bool)> = None;
			for candidate in pool.iter_mut() {
				let (_, info, _) = &*candidate;
				let free = Self::usable_capacity(info).saturating_sub(info.load);
				if free < entry.max_units
					|| info.open_jobs >= max_jobs
					|| !info.job_sizes.serves(entry.max_units)
				{
					continue;
				}
				if chosen.as_ref().is_none_or(|(_, best, _)| {
					free > Self::usable_capacity(best).saturating_sub(best.load)
				}) {
					chosen = Some(candidate);
				}
			}
			let Some((worker, info, dirty)) = chosen else {
				remaining.push(entry);
				continue;
			};
			match Self::assign(&entry, worker, fee, now) {
				Ok(()) => {
					info.load = info.load.saturating_add(entry.max_units);
					info.open_jobs = info.open_jobs.saturating_add(1);
					info.refusals = info.refusals.rolled(now, T::RefusalPeriod::get());
					info.refusals.assigned = info.refusals.assigned.saturating_add(1);
					*dirty = true;
					let units = used.get_mut(class);
					*units = units.saturating_add(entry.max_units);
					admitted = admitted.saturating_add(1);
				},
				Err(e) => {
					// Only a corrupt entry gets here; dropping it keeps the queue moving, and
					// try_state reports the inconsistency.
					log::error!(target: LOG_TARGET, "cannot assign {:?}: {:?}", entry.job, e);
				},
			}
		}

		for (worker, info, dirty) in pools.into_values().into_iter().flatten().flatten() {
			if dirty {
				Workers::<T>::insert(worker, info);
			}
		}
		for class in HardwareClass::ALL {
			let units = *used.get(class);
			if units > 0 {
				UnitsAdmitted::<T>::insert(class, units);
			}
		}
		// Never longer than the queue read above.
		Pending::<T>::put(BoundedVec::truncate_from(remaining));
		(admitted, workers_loaded)
	}

	/// Assigns a pending job to `worker` at base fee `fee`, releasing the escrow the requester
	/// no longer needs (`max_units × (max_base_fee − fee)`).
	fn assign(
		entry: &PendingOf<T>,
		worker: &T::AccountId,
		fee: BalanceOf<T>,
		now: BlockNumberFor<T>,
	) -> DispatchResult {
		Jobs::<T>::try_mutate(entry.job, |maybe_job| -> DispatchResult {
			let job = maybe_job.as_mut().ok_or(Error::<T>::UnknownJob)?;
			ensure!(job.status == JobStatus::Pending, Error::<T>::UnknownJob);
			let escrow = fee
				.saturating_add(job.tip_per_unit)
				.saturating_mul(BalanceOf::<T>::from(job.max_units));
			let excess = job.escrow.saturating_sub(escrow);
			T::Purse::release(&HoldReason::JobEscrow.into(), &job.requester, excess)?;
			job.escrow = job.escrow.saturating_sub(excess);
			job.status = JobStatus::Assigned {
				worker: worker.clone(),
				base_fee_per_unit: fee,
				admitted_at: now,
			};
			Ok(())
		})?;
		WorkerJobs::<T>::insert(worker, entry.job, ());
		Self::deposit_event(Event::JobAssigned {
			job: entry.job,
			worker: worker.clone(),
			base_fee_per_unit: fee,
		});
		Ok(())
	}

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

	/// Takes a job off a worker's books.
	pub(crate) fn unassign(worker: &T::AccountId, job: JobId, units: u64) {
		WorkerJobs::<T>::remove(worker, job);
		Workers::<T>::mutate(worker, |maybe| {
			if let Some(info) = maybe {
				info.load = info.load.saturating_sub(units);
				info.open_jobs = info.open_jobs.saturating_sub(1);
			}
		});
	}
}

/// A class's active workers as admission loads them, each with whether admission changed it.
type Pool<T> = Vec<(<T as frame_system::Config>::AccountId, WorkerOf<T>, bool)>;

/// One value per hardware class, reached by the class itself, so no lookup can miss.
#[derive(Default)]
pub(crate) struct PerClass<V> {
	cpu: V,
	consumer_gpu: V,
	datacenter_gpu: V,
}

impl<V> PerClass<V> {
	/// `f` of each class.
	pub(crate) fn from_fn(mut f: impl FnMut(HardwareClass) -> V) -> Self {
		Self {
			cpu: f(HardwareClass::Cpu),
			consumer_gpu: f(HardwareClass::ConsumerGpu),
			datacenter_gpu: f(HardwareClass::DatacenterGpu),
		}
	}

	/// The value of `class`.
	pub(crate) fn get(&self, class: HardwareClass) -> &V {
		match class {
			HardwareClass::Cpu => &self.cpu,
			HardwareClass::ConsumerGpu => &self.consumer_gpu,
			HardwareClass::DatacenterGpu => &self.datacenter_gpu,
		}
	}

	/// The value of `class`, to change.
	pub(crate) fn get_mut(&mut self, class: HardwareClass) -> &mut V {
		match class {
			HardwareClass::Cpu => &mut self.cpu,
			HardwareClass::ConsumerGpu => &mut self.consumer_gpu,
			HardwareClass::DatacenterGpu => &mut self.datacenter_gpu,
		}
	}

	/// The values, in [`HardwareClass::ALL`]'s order.
	pub(crate) fn into_values(self) -> [V; 3] {
		[self.cpu, self.consumer_gpu, self.datacenter_gpu]
	}
}
