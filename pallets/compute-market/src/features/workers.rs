//! Workers: registration with a held stake, updates, pausing, leaving and unbonding.

use crate::*;
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register_worker(
		who: T::AccountId,
		stake: BalanceOf<T>,
		capacity: u64,
		class: HardwareClass,
		signing_key: WorkerPublic,
	) -> DispatchResult {
		ensure!(!Workers::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		ensure!(stake >= T::MinWorkerStake::get(), Error::<T>::StakeTooLow);
		ensure!(capacity > 0, Error::<T>::ZeroCapacity);
		ensure!(!WorkerKeys::<T>::contains_key(&signing_key), Error::<T>::KeyInUse);
		let mut active = ActiveWorkers::<T>::get(class);
		active.try_push(who.clone()).map_err(|_| Error::<T>::TooManyWorkers)?;

		T::Currency::hold(&HoldReason::WorkerStake.into(), &who, stake)?;
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
			},
		);
		Self::deposit_event(Event::WorkerRegistered { worker: who, stake, capacity, class });
		Ok(())
	}

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
			info.capacity = capacity;
		}
		let new_key = signing_key.filter(|key| *key != info.signing_key);
		if let Some(key) = &new_key {
			ensure!(!WorkerKeys::<T>::contains_key(key), Error::<T>::KeyInUse);
		}

		if !additional_stake.is_zero() {
			T::Currency::hold(&HoldReason::WorkerStake.into(), &who, additional_stake)?;
			info.stake = info.stake.saturating_add(additional_stake);
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

	pub(crate) fn do_pause_worker(who: T::AccountId) -> DispatchResult {
		let mut info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		ensure!(info.status == WorkerStatus::Active, Error::<T>::NotActive);
		ActiveWorkers::<T>::mutate(info.class, |list| list.retain(|w| *w != who));
		info.status = WorkerStatus::Paused;
		Workers::<T>::insert(&who, info);
		Self::deposit_event(Event::WorkerPaused { worker: who });
		Ok(())
	}

	pub(crate) fn do_resume_worker(who: T::AccountId) -> DispatchResult {
		let mut info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		match info.status {
			WorkerStatus::Active => return Err(Error::<T>::AlreadyActive.into()),
			WorkerStatus::Leaving { .. } => return Err(Error::<T>::Leaving.into()),
			WorkerStatus::Paused => {},
		}
		ensure!(info.stake >= T::MinWorkerStake::get(), Error::<T>::StakeTooLow);
		let mut active = ActiveWorkers::<T>::get(info.class);
		active.try_push(who.clone()).map_err(|_| Error::<T>::TooManyWorkers)?;
		ActiveWorkers::<T>::insert(info.class, active);
		info.status = WorkerStatus::Active;
		Workers::<T>::insert(&who, info);
		Self::deposit_event(Event::WorkerResumed { worker: who });
		Ok(())
	}

	pub(crate) fn do_leave(who: T::AccountId) -> DispatchResult {
		let mut info = Workers::<T>::get(&who).ok_or(Error::<T>::NotAWorker)?;
		ensure!(!matches!(info.status, WorkerStatus::Leaving { .. }), Error::<T>::Leaving);
		if info.status == WorkerStatus::Active {
			ActiveWorkers::<T>::mutate(info.class, |list| list.retain(|w| *w != who));
		}
		let unbonds_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		info.status = WorkerStatus::Leaving { unbonds_at };
		Workers::<T>::insert(&who, info);
		Self::deposit_event(Event::WorkerLeaving { worker: who, unbonds_at });
		Ok(())
	}

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
		Self::release_hold(HoldReason::WorkerStake, &who, info.stake)?;
		WorkerKeys::<T>::remove(&info.signing_key);
		Workers::<T>::remove(&who);
		Self::deposit_event(Event::WorkerLeft { worker: who, stake: info.stake });
		Ok(())
	}
}
