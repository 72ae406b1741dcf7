//! Workers: registration with a held stake, updates, pausing, leaving and unbonding.

use crate::*;
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
use sp_runtime::{
	traits::{CheckedDiv, CheckedMul, Saturating, Zero},
	RuntimeAppPublic,
};

impl<T: Config> Pallet<T> {
	/// Registers a worker: holds its stake, takes a slot of its class (displacing the
	/// least-staked active worker if the class is full) and records its key and job sizes.
	/// Refuses a second registration, a stake or capacity out of bounds, sizes that do not fit
	/// the capacity, and a key already in use.
	pub(crate) fn do_register_worker(
		who: T::AccountId,
		stake: BalanceOf<T>,
		capacity: u64,
		class: HardwareClass,
		job_sizes: JobSizes,
		signing_key: WorkerPublic,
	) -> DispatchResult {
		ensure!(!Workers::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		ensure!(stake >= T::MinWorkerStake::get(), Error::<T>::StakeTooLow);
		ensure!(capacity > 0, Error::<T>::ZeroCapacity);
		ensure!(job_sizes.valid_for(capacity), Error::<T>::InvalidJobSizes);
		ensure!(Self::stake_backs(stake, capacity), Error::<T>::CapacityAboveStake);
		ensure!(!WorkerKeys::<T>::contains_key(&signing_key), Error::<T>::KeyInUse);
		let (active, displaced) = Self::take_slot(class, &who, stake)?;

		T::Currency::hold(&HoldReason::WorkerStake.into(), &who, stake)?;
		Self::displace(displaced);
		ActiveWorkers::<T>::insert(class, active);
		WorkerKeys::<T>::insert(&signing_key, &who);
		Workers::<T>::insert(
			&who,
			Worker {
				stake,
				capacity,
				class,
				signing_key,
				status: WorkerStatus::Active,
				load: 0,
				open_jobs: 0,
				disputes: 0,
				job_sizes,
				refusals: RefusalBook::new(frame_system::Pallet::<T>::block_number()),
				answers: Answers::Deterministic,
			},
		);
		Self::deposit_event(Event::WorkerRegistered {
			worker: who,
			stake,
			capacity,
			class,
			job_sizes,
		});
		Ok(())
	}

	/// Replaces a worker's declared job sizes. Refuses an unknown or leaving worker and sizes
	/// that do not fit its capacity.
	pub(crate) fn do_set_job_sizes(who: T::AccountId, job_sizes: JobSizes) -> DispatchResult {
		let mut info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		ensure!(!matches!(info.status, WorkerStatus::Leaving { .. }), Error::<T>::Leaving);
		ensure!(job_sizes.valid_for(info.capacity), Error::<T>::InvalidJobSizes);
		info.job_sizes = job_sizes;
		Workers::<T>::insert(&who, info);
		Self::deposit_event(Event::JobSizesSet { worker: who, job_sizes });
		Ok(())
	}

	/// Records how a paused worker's service answers; refuses an unknown worker, one not paused,
	/// and one with anything still open that the old answers decided: a job assigned, a check
	/// it owes or one of its receipts, or a settlement whose challenge period (which holds its
	/// draw, and a requester's check) is not over.
	pub(crate) fn do_set_answers(who: T::AccountId, answers: Answers) -> DispatchResult {
		let mut info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		ensure!(info.status == WorkerStatus::Paused, Error::<T>::NotPaused);
		ensure!(
			info.open_jobs == 0
				&& Self::settlements_closed(&who)
				&& CheckRecords::<T>::get(&who).open == 0
				&& ChecksOf::<T>::decode_len(&who).is_none(),
			Error::<T>::AnswersLocked
		);
		info.answers = answers;
		Workers::<T>::insert(&who, info);
		Self::deposit_event(Event::AnswersSet { worker: who, answers });
		Ok(())
	}

	/// Whether the challenge period of `who`'s last settlement is over: none of its receipts
	/// can still be drawn or asked to be checked.
	pub(crate) fn settlements_closed(who: &T::AccountId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		SettledIn::<T>::get(who).is_none_or(|at| now > at.saturating_add(T::ChallengePeriod::get()))
	}

	/// Takes an active worker out of its class's active list (and out of its nondeterministic
	/// list, if it is in it). The caller changes and writes its status.
	pub(crate) fn deactivate(who: &T::AccountId, info: &WorkerOf<T>) {
		ActiveWorkers::<T>::mutate(info.class, |list| list.retain(|w| w != who));
		if info.answers == Answers::Nondeterministic {
			NondeterministicWorkers::<T>::mutate(info.class, |list| list.retain(|w| w != who));
		}
	}

	/// Changes a worker's capacity or signing key, or adds stake; refuses an unknown or leaving
	/// worker, a zero or too small capacity, one its stake cannot back, and a key already in use.
	pub(crate) fn do_update_worker(
		who: T::AccountId,
		capacity: Option<u64>,
		signing_key: Option<WorkerPublic>,
		additional_stake: BalanceOf<T>,
	) -> DispatchResult {
		let mut info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		ensure!(!matches!(info.status, WorkerStatus::Leaving { .. }), Error::<T>::Leaving);
		if let Some(capacity) = capacity {
			ensure!(capacity > 0, Error::<T>::ZeroCapacity);
			ensure!(info.job_sizes.valid_for(capacity), Error::<T>::InvalidJobSizes);
			info.capacity = capacity;
		}
		let new_key = signing_key.filter(|key| *key != info.signing_key);
		if let Some(key) = &new_key {
			ensure!(!WorkerKeys::<T>::contains_key(key), Error::<T>::KeyInUse);
		}

		let stake = info.stake.saturating_add(additional_stake);
		ensure!(Self::stake_backs(stake, info.capacity), Error::<T>::CapacityAboveStake);

		if !additional_stake.is_zero() {
			T::Currency::hold(&HoldReason::WorkerStake.into(), &who, additional_stake)?;
			info.stake = stake;
		}
		if let Some(key) = new_key {
			WorkerKeys::<T>::remove(&info.signing_key);
			WorkerKeys::<T>::insert(&key, &who);
			info.signing_key = key;
		}
		let (stake, capacity) = (info.stake, info.capacity);
		Workers::<T>::insert(&who, info);
		Self::deposit_event(Event::WorkerUpdated { worker: who, stake, capacity });
		Ok(())
	}

	/// Takes an active worker out of its class's list; refuses an unknown or inactive worker.
	pub(crate) fn do_pause_worker(who: T::AccountId) -> DispatchResult {
		let mut info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		ensure!(info.status == WorkerStatus::Active, Error::<T>::NotActive);
		Self::deactivate(&who, &info);
		info.status = WorkerStatus::Paused;
		Workers::<T>::insert(&who, info);
		Self::deposit_event(Event::WorkerPaused { worker: who });
		Ok(())
	}

	/// Puts a paused worker back in its class (displacing the least-staked if full); refuses an
	/// unknown, active or leaving worker, too low a stake, and a full class it does not outstake.
	pub(crate) fn do_resume_worker(who: T::AccountId) -> DispatchResult {
		let mut info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		match info.status {
			WorkerStatus::Active => return Err(Error::<T>::AlreadyActive.into()),
			WorkerStatus::Leaving { .. } => return Err(Error::<T>::Leaving.into()),
			WorkerStatus::Paused => {},
		}
		ensure!(info.stake >= T::MinWorkerStake::get(), Error::<T>::StakeTooLow);
		let (active, displaced) = Self::take_slot(info.class, &who, info.stake)?;
		Self::displace(displaced);
		ActiveWorkers::<T>::insert(info.class, active);
		if info.answers == Answers::Nondeterministic {
			// A subset of the active list, which had room for it: this cannot fail.
			let pushed = NondeterministicWorkers::<T>::try_mutate(info.class, |list| {
				list.try_push(who.clone())
			});
			if pushed.is_err() {
				log::error!(target: LOG_TARGET, "no room for {who:?} among nondeterministic workers");
			}
		}
		info.status = WorkerStatus::Active;
		Workers::<T>::insert(&who, info);
		Self::deposit_event(Event::WorkerResumed { worker: who });
		Ok(())
	}

	/// `proof` is `key`'s signature of the key-ownership payload for `who` on this chain.
	pub(crate) fn ensure_key_proof(
		who: &T::AccountId,
		key: &WorkerPublic,
		proof: &WorkerSignature,
	) -> DispatchResult {
		let payload = key_ownership_payload(&Self::genesis_hash(), who);
		ensure!(key.verify(&payload, proof), Error::<T>::BadKeyProof);
		Ok(())
	}

	/// Whether `stake` backs `capacity` units a block.
	pub(crate) fn stake_backs(stake: BalanceOf<T>, capacity: u64) -> bool {
		T::StakePerUnit::get()
			.checked_mul(&BalanceOf::<T>::from(capacity))
			.is_some_and(|needed| needed <= stake)
	}

	/// The units a block a worker can serve: its declared capacity, cut to what its stake
	/// (after any slash) still backs.
	pub fn usable_capacity(info: &WorkerOf<T>) -> u64 {
		let backed: u64 = info
			.stake
			.checked_div(&T::StakePerUnit::get())
			.and_then(|units| units.try_into().ok())
			.unwrap_or(u64::MAX);
		info.capacity.min(backed)
	}

	/// The class's active list with `who` added. When the class is full, `who` takes the slot
	/// of the least-staked active worker (the latest registered among equals) if it stakes
	/// more, and that worker is returned to be paused.
	fn take_slot(
		class: HardwareClass,
		who: &T::AccountId,
		stake: BalanceOf<T>,
	) -> Result<(ActiveOf<T>, Option<T::AccountId>), DispatchError> {
		let mut active = ActiveWorkers::<T>::get(class);
		if active.try_push(who.clone()).is_ok() {
			return Ok((active, None));
		}
		let least = active
			.iter()
			.enumerate()
			.filter_map(|(i, w)| Workers::<T>::get(w).map(|info| (i, info.stake)))
			.min_by(|(i, a), (j, b)| a.cmp(b).then(j.cmp(i)));
		let Some((position, least_stake)) = least else {
			return Err(Error::<T>::TooManyWorkers.into());
		};
		ensure!(stake > least_stake, Error::<T>::TooManyWorkers);
		let displaced = active.remove(position);
		active.try_push(who.clone()).map_err(|_| Error::<T>::TooManyWorkers)?;
		Ok((active, Some(displaced)))
	}

	/// Pauses a worker that lost its slot to a better-staked one (the caller took it out of the
	/// active list); it keeps the jobs it holds and may resume when it can take a slot again.
	fn displace(displaced: Option<T::AccountId>) {
		let Some(worker) = displaced else { return };
		Workers::<T>::mutate(&worker, |maybe| {
			if let Some(info) = maybe {
				info.status = WorkerStatus::Paused;
				if info.answers == Answers::Nondeterministic {
					NondeterministicWorkers::<T>::mutate(info.class, |list| {
						list.retain(|w| *w != worker)
					});
				}
			}
		});
		Self::deposit_event(Event::WorkerPaused { worker });
	}

	/// Starts a worker's unbonding and takes it out of the active list; refuses an unknown worker
	/// and one already leaving.
	pub(crate) fn do_leave(who: T::AccountId) -> DispatchResult {
		let mut info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		ensure!(!matches!(info.status, WorkerStatus::Leaving { .. }), Error::<T>::Leaving);
		if info.status == WorkerStatus::Active {
			Self::deactivate(&who, &info);
		}
		let unbonds_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		info.status = WorkerStatus::Leaving { unbonds_at };
		Workers::<T>::insert(&who, info);
		Self::deposit_event(Event::WorkerLeaving { worker: who, unbonds_at });
		Ok(())
	}

	/// Releases a leaving worker's stake and removes it; refuses an unknown worker, one not leaving
	/// or still unbonding, one with open jobs, disputes or checks, and one whose last settlement
	/// is still in its challenge period.
	pub(crate) fn do_withdraw_stake(who: T::AccountId) -> DispatchResult {
		let info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		let WorkerStatus::Leaving { unbonds_at } = info.status else {
			return Err(Error::<T>::StillBonded.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= unbonds_at && info.open_jobs == 0 && info.disputes == 0,
			Error::<T>::StillBonded
		);
		// Checks of its receipts, and checks it was drawn for, are still owed; and a receipt
		// settled late in the unbonding (a leaving worker still delivers) can still be drawn or
		// asked to be checked until its challenge period ends.
		ensure!(
			CheckRecords::<T>::get(&who).open == 0
				&& ChecksOf::<T>::decode_len(&who).is_none()
				&& Self::settlements_closed(&who),
			Error::<T>::StillBonded
		);
		T::Purse::release(&HoldReason::WorkerStake.into(), &who, info.stake)?;
		WorkerKeys::<T>::remove(&info.signing_key);
		Workers::<T>::remove(&who);
		SettledIn::<T>::remove(&who);
		Self::deposit_event(Event::WorkerLeft { worker: who, stake: info.stake });
		Ok(())
	}
}
