//! Model owners' bonds: held for a model to earn, unbonded through a slashable period, locked or
//! burned by a violation in the model's lineage.

use crate::{pallet::*, BalanceOf, ModelBond, Taint};
use atelier_primitives::purse::ProtocolPurse as _;
use atelier_primitives::{
	models::ModelId,
	provenance::{ModelLineage, RoyaltyPots},
};
use frame_support::pallet_prelude::*;
use sp_runtime::{
	traits::{Saturating, Zero},
	SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Holds the model bond for `model` (topping it up or ending its unbonding); refuses an unknown
	/// model, a non-owner, a violation in force, another's bond and a bond already full.
	pub(crate) fn do_bond_model(who: T::AccountId, model: ModelId) -> DispatchResult {
		let link = T::Lineage::model(&model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(link.owner == who, Error::<T>::NotModelOwner);
		let now = frame_system::Pallet::<T>::block_number();
		let mut record = Models::<T>::get(model);
		ensure!(!record.violation.is_some_and(|v| v.in_force(&now)), Error::<T>::TargetFrozen);
		let required = T::ModelBondAmount::get();
		let mut bond = match record.bond.take() {
			Some(bond) => {
				ensure!(bond.who == who, Error::<T>::NotBonded);
				ensure!(
					bond.unbonding.is_some() || bond.amount < required,
					Error::<T>::AlreadyBonded
				);
				bond
			},
			None => ModelBond { who: who.clone(), amount: Zero::zero(), unbonding: None },
		};
		let top_up = required.saturating_sub(bond.amount);
		Self::hold(HoldReason::ModelBond, &who, top_up)?;
		bond.amount = bond.amount.saturating_add(top_up);
		bond.unbonding = None;
		let amount = bond.amount;
		record.bond = Some(bond);
		Models::<T>::insert(model, record);
		Self::deposit_event(Event::ModelBonded { model, who, amount });
		Ok(())
	}

	/// Starts unbonding `who`'s bond on `model`; refuses a model `who` has not bonded and a bond
	/// already unbonding.
	pub(crate) fn do_unbond_model(who: T::AccountId, model: ModelId) -> DispatchResult {
		let mut record = Models::<T>::get(model);
		let bond = record.bond.as_mut().ok_or(Error::<T>::NotBonded)?;
		ensure!(bond.who == who, Error::<T>::NotBonded);
		ensure!(bond.unbonding.is_none(), Error::<T>::NotUnbonding);
		let until =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ModelUnbonding::get());
		bond.unbonding = Some(until);
		Models::<T>::insert(model, record);
		Self::deposit_event(Event::ModelUnbonding { model, until });
		Ok(())
	}

	/// Releases an unbonded model bond, or burns it under a major violation in the lineage; refuses
	/// a missing bond, one not unbonding or still unbonding, and a lineage challenged or locked.
	pub(crate) fn do_withdraw_model_bond(model: ModelId) -> DispatchResult {
		let mut record = Models::<T>::get(model);
		let bond = record.bond.as_ref().ok_or(Error::<T>::NotBonded)?;
		let until = bond.unbonding.ok_or(Error::<T>::NotUnbonding)?;
		ensure!(frame_system::Pallet::<T>::block_number() >= until, Error::<T>::StillUnbonding);
		match Self::taint(&model) {
			Some(Taint::Frozen(_)) => Err(Error::<T>::LineageFrozen.into()),
			Some(Taint::Locked(..)) => Err(Error::<T>::LineageLocked.into()),
			Some(Taint::Burned(..)) => Self::burn_model(model),
			None => {
				let Some(bond) = record.bond.take() else { return Ok(()) };
				T::Purse::release(&HoldReason::ModelBond.into(), &bond.who, bond.amount)?;
				Models::<T>::insert(model, record);
				Self::deposit_event(Event::ModelBondWithdrawn {
					model,
					who: bond.who,
					amount: bond.amount,
				});
				Ok(())
			},
		}
	}

	/// Burns `model`'s bond and accrued royalties when a major violation taints its lineage;
	/// refuses an unknown model and one without such a violation.
	pub(crate) fn do_enforce(model: ModelId) -> DispatchResult {
		ensure!(T::Lineage::model(&model).is_some(), Error::<T>::UnknownModel);
		match Self::taint(&model) {
			Some(Taint::Burned(..)) => Self::burn_model(model),
			_ => Err(Error::<T>::NotTainted.into()),
		}
	}

	/// Burns the model's bond (if any is left, less the challengers' share of it when
	/// `reward_to` names the challenge that proved the violation) and the royalties accrued
	/// from its outputs. Returns what was burned, in ATL, and what the challengers received.
	pub(crate) fn burn_model_bond_and_royalties(
		model: ModelId,
		reward_to: Option<&crate::ChallengeOf<T>>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let mut record = Models::<T>::get(model);
		let mut burned = BalanceOf::<T>::zero();
		let mut reward = BalanceOf::<T>::zero();
		if let Some(bond) = record.bond.take() {
			if let Some(challenge) = reward_to {
				let share = T::ChallengerShare::get().mul_floor(bond.amount);
				reward = Self::pay_challengers(HoldReason::ModelBond, &bond.who, challenge, share)?;
				// What the challenger could not take went to the reserve.
				let rest = bond.amount.saturating_sub(share);
				T::Purse::burn_from_hold(&HoldReason::ModelBond.into(), &bond.who, rest)?;
				burned = rest;
			} else {
				T::Purse::burn_from_hold(&HoldReason::ModelBond.into(), &bond.who, bond.amount)?;
				burned = bond.amount;
			}
			Models::<T>::insert(model, record);
			Self::deposit_event(Event::ModelBondBurned { model, amount: burned });
		}
		let royalties: BalanceOf<T> = T::RoyaltyPots::burn_accrued(&model)?.saturated_into();
		if !royalties.is_zero() {
			Self::deposit_event(Event::RoyaltiesBurned { model, amount: royalties });
		}
		Ok((burned.saturating_add(royalties), reward))
	}

	fn burn_model(model: ModelId) -> DispatchResult {
		Self::burn_model_bond_and_royalties(model, None).map(|_| ())
	}
}
