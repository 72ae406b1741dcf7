//! Every movement of funds the market makes, through `fungible` holds. Payments to accounts that
//! cannot take them (a new account below the existential deposit) go to the reserve; a reserve
//! that cannot take them burns them, so that nothing is ever stuck or lost to rounding.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{DepositConsequence, Fortitude, Precision, Provenance, Restriction},
	},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};

impl<T: Config> Pallet<T> {
	fn can_take(who: &T::AccountId, amount: BalanceOf<T>) -> bool {
		T::Currency::can_deposit(who, amount, Provenance::Extant) == DepositConsequence::Success
	}

	/// Pays `amount` from `from`'s hold `reason` to `to`, if `to` can take it (a new account
	/// cannot take less than the existential deposit). Returns whether it was paid; if not,
	/// nothing moved.
	pub(crate) fn try_pay_from_hold(
		reason: HoldReason,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<bool, DispatchError> {
		if amount.is_zero() {
			return Ok(true);
		}
		if !Self::can_take(to, amount) {
			return Ok(false);
		}
		T::Currency::transfer_on_hold(
			&reason.into(),
			from,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Ok(true)
	}

	/// Pays `amount` from `from`'s hold `reason` to the reserve, or burns it if the reserve
	/// cannot take it (only while the reserve account does not exist). Returns what was burnt.
	pub(crate) fn pay_reserve_from_hold(
		reason: HoldReason,
		from: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let reserve = T::ReserveAccount::get();
		if Self::try_pay_from_hold(reason, from, &reserve, amount)? {
			Ok(Zero::zero())
		} else {
			Self::burn_from_hold(reason, from, amount)?;
			Ok(amount)
		}
	}

	/// Burns `amount` of `from`'s hold `reason`: total issuance falls by exactly `amount`.
	pub(crate) fn burn_from_hold(
		reason: HoldReason,
		from: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::burn_held(
				&reason.into(),
				from,
				amount,
				Precision::Exact,
				Fortitude::Force,
			)?;
		}
		Ok(())
	}

	/// Releases `amount` of `who`'s hold `reason` back to its free balance.
	pub(crate) fn release_hold(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::release(&reason.into(), who, amount, Precision::Exact)?;
		}
		Ok(())
	}

	/// Slashes `fraction` of a worker's stake, sending it to `beneficiary` up to
	/// `beneficiary_cap` and the rest to the reserve. Pauses the worker if its stake falls below
	/// the minimum. Returns (slashed, paid to the beneficiary).
	pub(crate) fn slash_worker(
		worker: &T::AccountId,
		fraction: Perbill,
		beneficiary: Option<(&T::AccountId, BalanceOf<T>)>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		Self::slash_worker_at_least(worker, fraction, Zero::zero(), beneficiary)
	}

	/// [`Self::slash_worker`], slashing at least `floor` (or the whole stake, if less).
	pub(crate) fn slash_worker_at_least(
		worker: &T::AccountId,
		fraction: Perbill,
		floor: BalanceOf<T>,
		beneficiary: Option<(&T::AccountId, BalanceOf<T>)>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let Some(mut info) = Workers::<T>::get(worker) else {
			return Ok((Zero::zero(), Zero::zero()));
		};
		let amount = fraction.mul_floor(info.stake).max(floor).min(info.stake);
		let to_beneficiary = match beneficiary {
			Some((who, cap)) => {
				let part = amount.min(cap);
				if Self::try_pay_from_hold(HoldReason::WorkerStake, worker, who, part)? {
					part
				} else {
					Zero::zero()
				}
			},
			None => Zero::zero(),
		};
		let rest = amount.saturating_sub(to_beneficiary);
		Self::pay_reserve_from_hold(HoldReason::WorkerStake, worker, rest)?;
		info.stake = info.stake.saturating_sub(amount);
		if info.stake < T::MinWorkerStake::get() && info.status == WorkerStatus::Active {
			info.status = WorkerStatus::Paused;
			ActiveWorkers::<T>::mutate(info.class, |list| list.retain(|w| w != worker));
			Self::deposit_event(Event::WorkerPaused { worker: worker.clone() });
		}
		Workers::<T>::insert(worker, info);
		if !amount.is_zero() {
			Self::deposit_event(Event::WorkerSlashed { worker: worker.clone(), amount });
		}
		Ok((amount, to_beneficiary))
	}
}
