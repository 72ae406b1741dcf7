//! Operators: registration with a held bond, more bond, leaving and withdrawal.

use crate::*;
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::traits::Get;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::fungible::MutateHold};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Holds the bond and lists the operator; refuses a second registration, too low a bond and
	/// a full list.
	pub(crate) fn do_register(who: T::AccountId, bond: Balance) -> DispatchResult {
		ensure!(!Operators::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		ensure!(bond >= T::Params::get().min_bond, Error::<T>::BondTooLow);
		let mut list = OperatorList::<T>::get();
		let at = list.binary_search(&who).err().ok_or(Error::<T>::AlreadyRegistered)?;
		list.try_insert(at, who.clone()).map_err(|_| Error::<T>::TooManyOperators)?;
		T::Currency::hold(&HoldReason::OperatorBond.into(), &who, bond)?;
		OperatorList::<T>::put(list);
		Operators::<T>::insert(&who, Operator { bond, silent: 0, unbonds_at: None });
		Self::deposit_event(Event::OperatorRegistered { operator: who, bond });
		Ok(())
	}

	/// Adds `extra` to a standing operator's bond.
	pub(crate) fn do_bond_more(who: T::AccountId, extra: Balance) -> DispatchResult {
		let mut operator = Operators::<T>::get(&who).ok_or(Error::<T>::NotAnOperator)?;
		ensure!(operator.unbonds_at.is_none(), Error::<T>::Leaving);
		T::Currency::hold(&HoldReason::OperatorBond.into(), &who, extra)?;
		operator.bond = operator.bond.saturating_add(extra);
		let bond = operator.bond;
		Operators::<T>::insert(&who, operator);
		Self::deposit_event(Event::Bonded { operator: who, bond });
		Ok(())
	}

	/// Takes a standing operator out of the list and starts its unbonding.
	pub(crate) fn do_leave(who: T::AccountId) -> DispatchResult {
		let mut operator = Operators::<T>::get(&who).ok_or(Error::<T>::NotAnOperator)?;
		ensure!(operator.unbonds_at.is_none(), Error::<T>::Leaving);
		let unbonds_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		operator.unbonds_at = Some(unbonds_at);
		OperatorList::<T>::mutate(|list| list.retain(|w| *w != who));
		// A commitment of this round stays: it is revealed, or judged withheld, at the close.
		Operators::<T>::insert(&who, operator);
		Self::deposit_event(Event::OperatorLeaving { operator: who, unbonds_at });
		Ok(())
	}

	/// Releases an unbonded operator's bond and forgets it.
	pub(crate) fn do_withdraw(who: T::AccountId) -> DispatchResult {
		let operator = Operators::<T>::get(&who).ok_or(Error::<T>::NotAnOperator)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(operator.unbonds_at.is_some_and(|at| now >= at), Error::<T>::StillBonded);
		// What it committed to in the round it left in is judged at that round's close.
		ensure!(
			!Commitments::<T>::contains_key(&who) && !Reveals::<T>::contains_key(&who),
			Error::<T>::StillBonded
		);
		T::Purse::release(&HoldReason::OperatorBond.into(), &who, operator.bond)?;
		Operators::<T>::remove(&who);
		Self::deposit_event(Event::OperatorLeft { operator: who, bond: operator.bond });
		Ok(())
	}
}
