//! The protocol's one rule for held funds (see the crate's docs).

use crate::{pallet::*, BalanceOf};
use atelier_primitives::purse::{Paid, ProtocolPurse, ProtocolReserve};
use frame_support::traits::{
	fungible::{Inspect, MutateHold},
	tokens::{DepositConsequence, Fortitude, Precision, Provenance, Restriction},
	Get,
};
use sp_runtime::{traits::Zero, DispatchError, DispatchResult};

type ReasonOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::InspectHold<
	<T as frame_system::Config>::AccountId,
>>::Reason;

impl<T: Config> Pallet<T> {
	/// Whether `who` can receive `amount` (an account that does not exist cannot receive less
	/// than the existential deposit).
	fn can_take(who: &T::AccountId, amount: BalanceOf<T>) -> bool {
		T::Currency::can_deposit(who, amount, Provenance::Extant) == DepositConsequence::Success
	}
}

impl<T: Config> ProtocolReserve<T::AccountId> for Pallet<T> {
	fn reserve() -> T::AccountId {
		T::ReserveAccount::get()
	}
}

impl<T: Config> ProtocolPurse<T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;
	type Reason = ReasonOf<T>;

	fn release(reason: &Self::Reason, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::release(reason, who, amount, Precision::Exact)?;
		}
		Ok(())
	}

	fn pay_from_hold(
		reason: &Self::Reason,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<Paid, DispatchError> {
		if amount.is_zero() {
			return Ok(Paid::Recipient);
		}
		let reserve = T::ReserveAccount::get();
		let (recipient, paid) = if Self::can_take(to, amount) {
			(to, Paid::Recipient)
		} else if Self::can_take(&reserve, amount) {
			(&reserve, Paid::Reserve)
		} else {
			Self::burn_from_hold(reason, from, amount)?;
			Self::deposit_event(Event::Burned { from: from.clone(), intended: to.clone(), amount });
			return Ok(Paid::Burned);
		};
		T::Currency::transfer_on_hold(
			reason,
			from,
			recipient,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		if paid == Paid::Reserve {
			Self::deposit_event(Event::Redirected {
				from: from.clone(),
				intended: to.clone(),
				amount,
			});
		}
		Ok(paid)
	}

	fn move_hold(
		reason: &Self::Reason,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::transfer_on_hold(
				reason,
				from,
				to,
				amount,
				Precision::Exact,
				Restriction::OnHold,
				Fortitude::Force,
			)?;
		}
		Ok(())
	}

	fn pay_reserve_from_hold(
		reason: &Self::Reason,
		from: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<Paid, DispatchError> {
		Self::pay_from_hold(reason, from, &T::ReserveAccount::get(), amount)
	}

	fn burn_from_hold(
		reason: &Self::Reason,
		from: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::burn_held(reason, from, amount, Precision::Exact, Fortitude::Force)?;
		}
		Ok(())
	}
}
