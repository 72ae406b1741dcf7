//! Operators: registration with a held bond (a larger bond takes the smallest one's place in a
//! full list), more bond, leaving and withdrawal.

use crate::*;
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Holds the bond and lists the operator; refuses a second registration, too low a bond and
	/// a full list whose smallest bond without a commitment this round is not below `bond`
	/// (that operator is delisted and unbonds, as if it had left).
	pub(crate) fn do_register(who: T::AccountId, bond: Balance) -> DispatchResult {
		ensure!(!Operators::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		ensure!(bond >= T::Params::get().min_bond, Error::<T>::BondTooLow);
		let mut list = OperatorList::<T>::get();
		let displaced = if (list.len() as u32) < T::MaxOperators::get() {
			None
		} else {
			// The smallest bond (the latest account among equals) that committed nothing in
			// this round: a commitment stays with a listed operator until the close.
			let smallest = list
				.iter()
				.filter(|w| !Commitments::<T>::contains_key(w))
				.filter_map(|w| Operators::<T>::get(w).map(|op| (op.bond, w.clone())))
				.min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
			let Some((least, account)) = smallest else {
				return Err(Error::<T>::TooManyOperators.into());
			};
			ensure!(bond > least, Error::<T>::TooManyOperators);
			list.retain(|w| *w != account);
			Some(account)
		};
		let at = list.binary_search(&who).err().ok_or(Error::<T>::AlreadyRegistered)?;
		list.try_insert(at, who.clone()).map_err(|_| Error::<T>::TooManyOperators)?;
		T::Currency::hold(&HoldReason::OperatorBond.into(), &who, bond)?;
		OperatorList::<T>::put(list);
		if let Some(account) = displaced {
			Self::unbond(&account);
		}
		let joined = CurrentRound::<T>::get().map(|round| round.index).unwrap_or_default();
		Operators::<T>::insert(&who, Operator { bond, silent: 0, joined, unbonds_at: None });
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

	/// Takes a standing operator out of the list and starts its unbonding; refuses one that
	/// committed in this round (it leaves after the close, which judges the commitment).
	pub(crate) fn do_leave(who: T::AccountId) -> DispatchResult {
		let operator = Operators::<T>::get(&who).ok_or(Error::<T>::NotAnOperator)?;
		ensure!(operator.unbonds_at.is_none(), Error::<T>::Leaving);
		ensure!(!Commitments::<T>::contains_key(&who), Error::<T>::Committed);
		OperatorList::<T>::mutate(|list| list.retain(|w| *w != who));
		Self::unbond(&who);
		Ok(())
	}

	/// Starts the unbonding of an operator already off the list.
	pub(crate) fn unbond(who: &T::AccountId) {
		let unbonds_at: BlockNumberFor<T> =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		Operators::<T>::mutate(who, |maybe| {
			if let Some(operator) = maybe {
				operator.unbonds_at = Some(unbonds_at);
			}
		});
		Self::deposit_event(Event::OperatorLeaving { operator: who.clone(), unbonds_at });
	}

	/// Releases an unbonded operator's bond and forgets it.
	pub(crate) fn do_withdraw(who: T::AccountId) -> DispatchResult {
		let operator = Operators::<T>::get(&who).ok_or(Error::<T>::NotAnOperator)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(operator.unbonds_at.is_some_and(|at| now >= at), Error::<T>::StillBonded);
		T::Purse::release(&HoldReason::OperatorBond.into(), &who, operator.bond)?;
		Operators::<T>::remove(&who);
		Self::deposit_event(Event::OperatorLeft { operator: who, bond: operator.bond });
		Ok(())
	}
}
