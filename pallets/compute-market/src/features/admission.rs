//! Admission: each block, pending jobs that cover their class's base fee are assigned to the
//! active worker that serves their size with the most free capacity; and genesis assignments.

use crate::{features::scheduling::PerClass, *};
use alloc::vec::Vec;
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, CheckedMul, One, Saturating};

impl<T: Config> Pallet<T> {
	/// Assigns a job at genesis (see the genesis config): priced at its base fee, given to the
	/// first worker of its class with room and deterministic answers (genesis jobs require
	/// verification).
	pub(crate) fn do_genesis_assign(
		requester: &T::AccountId,
		model: ModelId,
		class: HardwareClass,
		max_units: u64,
		base_fee_per_unit: BalanceOf<T>,
		tip_per_unit: BalanceOf<T>,
		deadline: BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(max_units > 0 && max_units <= T::BlockUnitLimit::get(), Error::<T>::InvalidUnits);
		let fee = base_fee_per_unit.max(T::MinBaseFee::get()).min(T::MaxBaseFee::get());
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
						&& info.answers.serve(Verification::Required)
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
		AssignedJobs::<T>::try_mutate(&worker, |jobs| jobs.try_push(job))
			.map_err(|_| Error::<T>::NotActive)?;
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
	/// its class that serves its size (with answers its verification accepts) with the most free
	/// capacity (a job no worker serves waits, and lapses at its deadline). Returns (jobs
	/// admitted, workers loaded).
	pub(crate) fn admit_jobs(now: BlockNumberFor<T>) -> (u32, u32) {
		let pending = Pending::<T>::get();
		if pending.is_empty() {
			return (0, 0);
		}
		let mut round = AdmissionRound::<T>::new(now);
		let mut remaining = Vec::with_capacity(pending.len());
		for entry in pending.into_iter() {
			if !round.admissible(&entry) {
				remaining.push(entry);
				continue;
			}
			let fee = *round.fees.get(entry.class);
			let Some(worker) = round.least_loaded(&entry) else {
				remaining.push(entry);
				continue;
			};
			match Self::assign(&entry, &worker.account, fee, now) {
				Ok(()) => {
					worker.take(entry.job, entry.max_units, now);
					round.admitted(&entry);
				},
				Err(e) => {
					// Only a corrupt entry gets here; dropping it keeps the queue moving, and
					// try_state reports the inconsistency.
					log::error!(target: LOG_TARGET, "cannot assign {:?}: {:?}", entry.job, e);
				},
			}
		}
		// Never longer than the queue read above.
		Pending::<T>::put(BoundedVec::truncate_from(remaining));
		round.store()
	}

	/// Assigns a pending job to `worker` at base fee `fee`, releasing the escrow the requester
	/// no longer needs (`max_units × (max_base_fee − fee)`). The caller books it on the worker
	/// (its load and its [`AssignedJobs`]).
	pub(crate) fn assign(
		entry: &PendingOf<T>,
		worker: &T::AccountId,
		fee: BalanceOf<T>,
		now: BlockNumberFor<T>,
	) -> DispatchResult {
		Jobs::<T>::try_mutate(entry.job, |maybe_job| -> DispatchResult {
			let job = maybe_job.as_mut().ok_or(Error::<T>::UnknownJob)?;
			ensure!(job.status == JobStatus::Pending, Error::<T>::NotPending);
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
		Self::deposit_event(Event::JobAssigned {
			job: entry.job,
			worker: worker.clone(),
			base_fee_per_unit: fee,
		});
		Ok(())
	}

	/// Takes a job off a worker's books.
	pub(crate) fn unassign(worker: &T::AccountId, job: JobId, units: u64) {
		AssignedJobs::<T>::mutate_exists(worker, |jobs| {
			if let Some(list) = jobs {
				list.retain(|j| *j != job);
				if list.is_empty() {
					*jobs = None;
				}
			}
		});
		Workers::<T>::mutate(worker, |maybe| {
			if let Some(info) = maybe {
				Self::unbook(info, units, 1);
			}
		});
	}

	/// Takes `count` jobs of `units` in all off a worker's load and count, changing `info` (its
	/// record) for the caller to write; the caller takes them off its [`AssignedJobs`].
	pub(crate) fn unbook(info: &mut WorkerOf<T>, units: u64, count: u32) {
		info.load = info.load.saturating_sub(units);
		info.open_jobs = info.open_jobs.saturating_sub(count);
	}

	/// Whether a worker with record `info` can take a job of `units` that asks `verification`
	/// now: it serves the size with answers the job accepts, and has the free capacity and a
	/// free job slot.
	pub(crate) fn can_take(info: &WorkerOf<T>, units: u64, verification: Verification) -> bool {
		info.job_sizes.serves(units)
			&& info.answers.serve(verification)
			&& Self::usable_capacity(info).saturating_sub(info.load) >= units
			&& info.open_jobs < T::MaxJobsPerWorker::get()
	}
}

/// An active worker as admission loaded it, and whether admission changed it (to write back).
pub(crate) struct LoadedWorker<T: Config> {
	/// The worker's account.
	pub account: T::AccountId,
	/// Its record, with this block's assignments added.
	pub info: WorkerOf<T>,
	/// The jobs this block assigned it.
	pub assigned: Vec<JobId>,
}

impl<T: Config> LoadedWorker<T> {
	/// The units it could take now.
	fn free(&self) -> u64 {
		Pallet::<T>::usable_capacity(&self.info).saturating_sub(self.info.load)
	}

	/// Whether it can take a job of `units` that asks `verification` now
	/// ([`Pallet::can_take`]).
	fn can_take(&self, units: u64, verification: Verification) -> bool {
		Pallet::<T>::can_take(&self.info, units, verification)
	}

	/// Books `job` of `units` assigned at `now`.
	fn take(&mut self, job: JobId, units: u64, now: BlockNumberFor<T>) {
		let info = &mut self.info;
		info.load = info.load.saturating_add(units);
		info.open_jobs = info.open_jobs.saturating_add(1);
		info.refusals = info.refusals.rolled(now, T::RefusalPeriod::get());
		info.refusals.assigned = info.refusals.assigned.saturating_add(1);
		self.assigned.push(job);
	}
}

/// One block's admission: the base fees, the units admitted per class, and each class's active
/// workers, read once when a job of that class first needs one.
struct AdmissionRound<T: Config> {
	fees: PerClass<BalanceOf<T>>,
	units: PerClass<u64>,
	workers: PerClass<Option<Vec<LoadedWorker<T>>>>,
	admitted: u32,
	workers_loaded: u32,
	/// A job whose deadline is before this is never admitted: its worker could not serve it.
	/// It waits for its deadline and is refunded then; its units never move the base fee.
	window_ends: BlockNumberFor<T>,
}

impl<T: Config> AdmissionRound<T> {
	fn new(now: BlockNumberFor<T>) -> Self {
		Self {
			fees: PerClass::from_fn(BaseFee::<T>::get),
			units: PerClass::default(),
			workers: PerClass::default(),
			admitted: 0,
			workers_loaded: 0,
			window_ends: now.saturating_add(T::MinServiceWindow::get()),
		}
	}

	/// Whether `entry` may be admitted this block: room in the block's admissions and its
	/// class's units, a fee cap that covers the base fee, and a deadline after the window.
	fn admissible(&self, entry: &PendingOf<T>) -> bool {
		let fits =
			self.units.get(entry.class).saturating_add(entry.max_units) <= T::BlockUnitLimit::get();
		self.admitted < T::MaxAdmissionsPerBlock::get()
			&& entry.max_base_fee_per_unit >= *self.fees.get(entry.class)
			&& fits && entry.deadline >= self.window_ends
	}

	/// The worker of `entry`'s class that can take it with the most free capacity, the earliest
	/// registered among equals.
	fn least_loaded(&mut self, entry: &PendingOf<T>) -> Option<&mut LoadedWorker<T>> {
		let loaded = &mut self.workers_loaded;
		let workers = self.workers.get_mut(entry.class).get_or_insert_with(|| {
			let workers: Vec<_> = ActiveWorkers::<T>::get(entry.class)
				.into_iter()
				.filter_map(|account| {
					Workers::<T>::get(&account).map(|info| LoadedWorker {
						account,
						info,
						assigned: Vec::new(),
					})
				})
				.collect();
			*loaded = loaded.saturating_add(workers.len() as u32);
			workers
		});
		let mut chosen: Option<&mut LoadedWorker<T>> = None;
		for candidate in
			workers.iter_mut().filter(|w| w.can_take(entry.max_units, entry.verification))
		{
			if chosen.as_ref().is_none_or(|best| candidate.free() > best.free()) {
				chosen = Some(candidate);
			}
		}
		chosen
	}

	/// Counts an admitted `entry`.
	fn admitted(&mut self, entry: &PendingOf<T>) {
		let units = self.units.get_mut(entry.class);
		*units = units.saturating_add(entry.max_units);
		self.admitted = self.admitted.saturating_add(1);
	}

	/// Writes back the workers admission changed and the units admitted per class. Returns
	/// (jobs admitted, workers loaded).
	fn store(self) -> (u32, u32) {
		for worker in self.workers.into_values().into_iter().flatten().flatten() {
			if !worker.assigned.is_empty() {
				// `can_take` kept the worker's jobs within `MaxJobsPerWorker`.
				AssignedJobs::<T>::mutate(&worker.account, |jobs| {
					for job in worker.assigned {
						if jobs.try_push(job).is_err() {
							log::error!(target: LOG_TARGET, "{job:?} overflows its worker's jobs");
						}
					}
				});
				Workers::<T>::insert(worker.account, worker.info);
			}
		}
		for (class, units) in HardwareClass::ALL.into_iter().zip(self.units.into_values()) {
			if units > 0 {
				UnitsAdmitted::<T>::insert(class, units);
			}
		}
		(self.admitted, self.workers_loaded)
	}
}
