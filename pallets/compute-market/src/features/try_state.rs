//! The pallet's invariants, one function each; `try_state` runs them all, and the tests run
//! them after every test.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{One, Zero},
	Saturating, TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Runs every invariant.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_escrow_is_held()?;
		Self::try_state_stakes_are_held()?;
		Self::try_state_queue_matches_pending_jobs()?;
		Self::try_state_worker_books()?;
		Self::try_state_active_workers()?;
		Self::try_state_base_fees_in_bounds()?;
		Self::try_state_sizes_and_refusals()?;
		Self::try_state_settlements()?;
		Self::try_state_checks()?;
		Ok(())
	}

	/// The settlement account holds no escrow between calls (a batch pays out all it gathers)
	/// and stays open; every settled job is filed to close when its
	/// challenge period ends (those settled before version 4 in `Timeouts`), at or after
	/// `on_idle`'s cursor.
	fn try_state_settlements() -> Result<(), TryRuntimeError> {
		use frame_support::traits::fungible::Inspect;
		let account = Self::settlement_account();
		// Between calls it holds the verification fund, the pay of batches waiting for their
		// draw, and the pay of jobs under check.
		let mut owed = VerificationFund::<T>::get();
		for (_, _, batch) in Sampling::<T>::iter() {
			for job in batch.jobs.iter() {
				owed = owed.saturating_add(job.pay);
			}
		}
		for (_, check) in Checks::<T>::iter() {
			owed = owed.saturating_add(check.held);
		}
		let mut deferred = 0u32;
		for (_, (_, held)) in DeferredChecks::<T>::iter() {
			owed = owed.saturating_add(held);
			deferred = deferred.saturating_add(1);
		}
		ensure!(deferred == DeferredCount::<T>::get(), "the count of deferred checks is off");
		ensure!(deferred <= DeferredChecksBound::<T>::get(), "more deferred checks than the bound",);
		ensure!(
			T::Currency::balance_on_hold(&HoldReason::JobEscrow.into(), &account) == owed,
			"the settlement account holds other than the fund, the pay awaiting draws and checks",
		);
		ensure!(!T::Currency::balance(&account).is_zero(), "the settlement account was closed");
		let cursor = ClosingsFrom::<T>::get();
		let mut filed = alloc::collections::BTreeSet::new();
		for (block, jobs) in Closings::<T>::iter() {
			ensure!(
				cursor.is_some_and(|cursor| block >= cursor),
				"closings are filed behind on_idle's cursor",
			);
			filed.extend(jobs.iter().map(|job| (block, *job)));
		}
		for (id, job) in Jobs::<T>::iter() {
			if let JobStatus::Settled { settled_at, .. } = job.status {
				// Jobs settled before version 4 close through `Timeouts`, as they were filed.
				let in_timeouts =
					Self::timeout_filed(settled_at.saturating_add(T::ChallengePeriod::get()), id);
				ensure!(
					filed.contains(&(Self::closes_at(settled_at), id)) || in_timeouts,
					"a settled job is not filed to close: it would stay forever",
				);
			}
		}
		Ok(())
	}

	/// Every open check has at most two checkers, is filed to be looked at after its stage, and
	/// is on the list of each checker that has not revealed; each worker's count of open checks
	/// is its receipts' checks; each requester holds the fees of the checks it asked for; and
	/// no batch waits for a draw that has passed.
	fn try_state_checks() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut open: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut fees: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, check) in Checks::<T>::iter() {
			ensure!(check.due >= now, "a check's stage ended unseen");
			ensure!(
				CheckDue::<T>::get(check.due.saturating_add(One::one())).contains(&id),
				"an open check is not filed to be looked at: it could stay open forever",
			);
			for answer in check.answers.iter().filter(|a| a.revealed.is_none()) {
				ensure!(
					ChecksOf::<T>::get(&answer.checker).contains(&id),
					"a checker that owes an answer does not have the check on its list",
				);
			}
			if check.stage == CheckStage::Reveal {
				ensure!(
					check.answers.iter().all(|a| a.commitment.is_some()),
					"a check reveals before every checker committed",
				);
			}
			let count = open.entry(check.worker.clone()).or_default();
			*count = count.saturating_add(1);
			if check.requested {
				let held = fees.entry(check.requester.clone()).or_default();
				*held = held.saturating_add(Self::requested_fee(check.fee));
			}
		}
		for (worker, record) in CheckRecords::<T>::iter() {
			ensure!(
				record.open == open.remove(&worker).unwrap_or(0),
				"a worker's count of open checks differs from its checks",
			);
		}
		ensure!(open.is_empty(), "a worker with open checks has no check record");
		for (who, fee) in fees {
			let held = T::Currency::balance_on_hold(&HoldReason::CheckFee.into(), &who);
			ensure!(held == fee, "check fees held differ from the checks requested");
		}
		for (block, _, _) in Sampling::<T>::iter() {
			ensure!(
				block.saturating_add(features::checks::DRAW_DELAY.into()) >= now,
				"a settled batch was never drawn",
			);
		}
		Ok(())
	}

	/// Every worker's job sizes are valid for its capacity, and no worker has refused more jobs
	/// in its window than the allowance its assignments give it.
	fn try_state_sizes_and_refusals() -> Result<(), TryRuntimeError> {
		for (_, info) in Workers::<T>::iter() {
			ensure!(info.job_sizes.valid_for(info.capacity), "a worker's job sizes are invalid",);
			ensure!(
				info.refusals.refused <= Self::refusal_allowance(info.refusals.assigned),
				"a worker refused more jobs than it may",
			);
		}
		Ok(())
	}

	/// Funds held for escrow equal the open escrows, requester by requester, and funds held for
	/// disputes equal the open disputes' deposits. Settled jobs hold nothing.
	fn try_state_escrow_is_held() -> Result<(), TryRuntimeError> {
		let mut escrows: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, job) in Jobs::<T>::iter() {
			match &job.status {
				JobStatus::Pending | JobStatus::Assigned { .. } => {
					ensure!(!job.escrow.is_zero(), "an open job has no escrow");
				},
				JobStatus::Settled { .. } => {
					ensure!(job.escrow.is_zero(), "a settled job still holds escrow");
				},
				JobStatus::Disputed { deposit, lapses_at, .. } => {
					ensure!(job.escrow.is_zero(), "a disputed job still holds escrow");
					ensure!(
						Self::timeout_filed(*lapses_at, id),
						"a dispute has no lapse filed: it could stay open forever",
					);
					let held = deposits.entry(job.requester.clone()).or_default();
					*held = held.saturating_add(*deposit);
				},
			}
			let held = escrows.entry(job.requester.clone()).or_default();
			*held = held.saturating_add(job.escrow);
		}
		for (who, escrow) in escrows {
			let held = T::Currency::balance_on_hold(&HoldReason::JobEscrow.into(), &who);
			ensure!(held == escrow, "escrow held differs from open escrows");
		}
		for (who, deposit) in deposits {
			let held = T::Currency::balance_on_hold(&HoldReason::DisputeDeposit.into(), &who);
			ensure!(held == deposit, "dispute deposits held differ from open disputes");
		}
		Ok(())
	}

	/// Whether `job` is filed for a look in one of the blocks its lapse may spill into after
	/// `after`.
	fn timeout_filed(after: BlockNumberFor<T>, job: JobId) -> bool {
		let mut block = after.saturating_add(One::one());
		(0..super::TIMEOUT_SPILL).any(|_| {
			let found = Timeouts::<T>::get(block).contains(&job);
			block = block.saturating_add(One::one());
			found
		})
	}

	/// Each worker's recorded stake is exactly what is held for it, and its key maps back to it.
	fn try_state_stakes_are_held() -> Result<(), TryRuntimeError> {
		for (who, info) in Workers::<T>::iter() {
			let held = T::Currency::balance_on_hold(&HoldReason::WorkerStake.into(), &who);
			ensure!(held == info.stake, "a worker's stake differs from its hold");
			ensure!(
				WorkerKeys::<T>::get(&info.signing_key).as_ref() == Some(&who),
				"a worker's key does not map back to it",
			);
		}
		for (key, who) in WorkerKeys::<T>::iter() {
			let info = Workers::<T>::get(&who).ok_or("a key maps to no worker")?;
			ensure!(info.signing_key == key, "a key maps to a worker with another key");
		}
		Ok(())
	}

	/// The queue is ordered by priority, then tip, highest first; only high-compute jobs have a
	/// priority; it lists exactly the pending jobs with their requesters and deadlines, and no
	/// account holds more than `MaxPendingPerAccount` of it.
	fn try_state_queue_matches_pending_jobs() -> Result<(), TryRuntimeError> {
		let queue = Pending::<T>::get();
		for pair in queue.windows(2) {
			if let [a, b] = pair {
				ensure!(
					(a.priority, a.tip_per_unit) >= (b.priority, b.tip_per_unit),
					"the queue is out of priority and tip order",
				);
			}
		}
		for entry in queue.iter() {
			ensure!(
				entry.priority == 0 || entry.class == HardwareClass::DatacenterGpu,
				"a job outside the high-compute class has a priority",
			);
			let job = Jobs::<T>::get(entry.job).ok_or("a queued job does not exist")?;
			ensure!(job.status == JobStatus::Pending, "a queued job is not pending");
			ensure!(
				entry.class == job.class
					&& entry.max_units == job.max_units
					&& entry.tip_per_unit == job.tip_per_unit
					&& entry.max_base_fee_per_unit == job.max_base_fee_per_unit
					&& entry.deadline == job.deadline
					&& entry.requester == job.requester,
				"a queue entry differs from its job",
			);
		}
		let mut per_account: BTreeMap<&T::AccountId, u32> = BTreeMap::new();
		for entry in queue.iter() {
			let count = per_account.entry(&entry.requester).or_default();
			*count = count.saturating_add(1);
		}
		ensure!(
			per_account.values().all(|count| *count <= T::MaxPendingPerAccount::get()),
			"an account holds more of the queue than MaxPendingPerAccount",
		);
		let pending = Jobs::<T>::iter().filter(|(_, j)| j.status == JobStatus::Pending).count();
		ensure!(pending == queue.len(), "a pending job is missing from the queue");
		Ok(())
	}

	/// A worker's load and job count are the sums over the jobs assigned to it.
	fn try_state_worker_books() -> Result<(), TryRuntimeError> {
		let mut books: BTreeMap<T::AccountId, (u64, u32)> = BTreeMap::new();
		for (_, job) in Jobs::<T>::iter() {
			if let JobStatus::Assigned { worker, .. } = &job.status {
				let book = books.entry(worker.clone()).or_default();
				book.0 = book.0.saturating_add(job.max_units);
				book.1 = book.1.saturating_add(1);
			}
		}
		for (worker, jobs) in AssignedJobs::<T>::iter() {
			ensure!(!jobs.is_empty(), "an empty list of a worker's jobs is stored");
			for job in jobs {
				let job = Jobs::<T>::get(job).ok_or("a worker holds a job that does not exist")?;
				ensure!(
					matches!(&job.status, JobStatus::Assigned { worker: w, .. } if *w == worker),
					"a worker holds a job not assigned to it",
				);
			}
		}
		for (who, info) in Workers::<T>::iter() {
			let (load, open) = books.remove(&who).unwrap_or_default();
			ensure!(info.load == load, "a worker's load differs from its jobs");
			ensure!(info.open_jobs == open, "a worker's job count differs from its jobs");
			ensure!(
				info.open_jobs <= T::MaxJobsPerWorker::get(),
				"a worker holds more than MaxJobsPerWorker jobs",
			);
			ensure!(
				AssignedJobs::<T>::decode_len(&who).unwrap_or(0) as u32 == open,
				"a worker's job list differs from its jobs",
			);
		}
		ensure!(books.is_empty(), "a job is assigned to an unregistered worker");
		Ok(())
	}

	/// The active lists hold exactly the active workers, each under its own class, and the
	/// nondeterministic lists exactly those of them with nondeterministic answers.
	fn try_state_active_workers() -> Result<(), TryRuntimeError> {
		let mut listed = 0usize;
		for class in HardwareClass::ALL {
			for who in ActiveWorkers::<T>::get(class) {
				let info = Workers::<T>::get(&who).ok_or("an active worker is not registered")?;
				ensure!(info.status == WorkerStatus::Active, "a listed worker is not active");
				ensure!(info.class == class, "a worker is listed under another class");
				listed = listed.saturating_add(1);
			}
		}
		let active = Workers::<T>::iter().filter(|(_, w)| w.status == WorkerStatus::Active).count();
		ensure!(active == listed, "an active worker is not listed");
		// The nondeterministic lists hold exactly the active workers with those answers, in
		// the active lists' order.
		for class in HardwareClass::ALL {
			let expected: alloc::vec::Vec<_> = ActiveWorkers::<T>::get(class)
				.into_iter()
				.filter(|who| {
					Workers::<T>::get(who)
						.is_some_and(|info| info.answers == Answers::Nondeterministic)
				})
				.collect();
			ensure!(
				NondeterministicWorkers::<T>::get(class).into_inner() == expected,
				"the nondeterministic list differs from the active workers with those answers"
			);
		}
		Ok(())
	}

	/// Base fees lie between the floor and the ceiling.
	fn try_state_base_fees_in_bounds() -> Result<(), TryRuntimeError> {
		for class in HardwareClass::ALL {
			let fee = BaseFee::<T>::get(class);
			ensure!(
				fee >= T::MinBaseFee::get() && fee <= T::MaxBaseFee::get(),
				"a base fee is out of bounds",
			);
		}
		Ok(())
	}
}
