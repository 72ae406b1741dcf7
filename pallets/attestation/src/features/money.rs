//! Every movement of funds the pallet makes, through `fungible` holds. A payment to an account
//! that cannot take it (a new account below the existential deposit) goes to the reserve; a
//! reserve that cannot take it burns it, so that nothing is stuck.

use crate::{pallet::*, BalanceOf};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{DepositConsequence, Fortitude, Precision, Provenance, Restriction},
	},
};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	fn can_take(who: &T::AccountId, amount: BalanceOf<T>) -> bool {
		T::Currency::can_deposit(who, amount, Provenance::Extant) == DepositConsequence::Success
	}

	/// Holds `amount` of `who`'s balance under `reason`.
	pub(crate) fn hold(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::hold(&reason.into(), who, amount)?;
		}
		Ok(())
	}

	/// Releases `amount` of `who`'s hold `reason` to its free balance.
	pub(crate) fn release(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::release(&reason.into(), who, amount, Precision::Exact)?;
		}
		Ok(())
	}

	/// Burns `amount` of `who`'s hold `reason`: total issuance falls by exactly `amount`.
	pub(crate) fn burn_held(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::burn_held(
				&reason.into(),
				who,
				amount,
				Precision::Exact,
				Fortitude::Force,
			)?;
		}
		Ok(())
	}

	/// Pays `amount` of `from`'s hold `reason` to `to`; if `to` cannot take it, to the reserve;
	/// if the reserve cannot either, burns it. Returns what `to` received.
	pub(crate) fn pay_from_hold(
		reason: HoldReason,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		if amount.is_zero() {
			return Ok(Zero::zero());
		}
		let reserve = T::ReserveAccount::get();
		let (recipient, paid) = if Self::can_take(to, amount) {
			(to.clone(), amount)
		} else if Self::can_take(&reserve, amount) {
			(reserve, Zero::zero())
		} else {
			Self::burn_held(reason, from, amount)?;
			return Ok(Zero::zero());
		};
		T::Currency::transfer_on_hold(
			&reason.into(),
			from,
			&recipient,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Ok(paid)
	}

	/// Pays `amount` of `from`'s hold `reason` to the reserve (burned if the reserve cannot take
	/// it).
	pub(crate) fn pay_reserve_from_hold(
		reason: HoldReason,
		from: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::pay_from_hold(reason, from, &T::ReserveAccount::get(), amount).map(|_| ())
	}
}
