//! Money: the split of a price, the payments of a sale, accruals and claims.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use atelier_primitives::models::ModelIncome as _;
use atelier_primitives::purse::ProtocolReserve as _;
use atelier_primitives::{
	models::ModelId,
	provenance::{ClaimState, OutputId, RoyaltyGate},
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible, fungibles,
		tokens::{Fortitude, Precision, Preservation},
	},
};
use sp_runtime::{
	traits::{CheckedSub, Saturating, Zero},
	DispatchResult, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Pays out `beneficiary`'s royalties accrued in `asset` from `model`'s outputs, or burns
	/// the model's pots if a major violation taints its lineage.
	pub(crate) fn do_claim(
		beneficiary: T::AccountId,
		asset: PaymentAsset,
		model: ModelId,
	) -> DispatchResult {
		let accrual = Accrued::<T>::get((&beneficiary, asset, model));
		ensure!(!accrual.amount.is_zero(), Error::<T>::NothingToClaim);
		let mut pot = Pots::<T>::get(model, asset);
		ensure!(accrual.epoch == pot.epoch, Error::<T>::AccrualBurned);
		match T::Gate::claim_state(&model) {
			ClaimState::Clear => {},
			ClaimState::Frozen => return Err(Error::<T>::ClaimFrozen.into()),
			ClaimState::Burn => {
				Self::burn_pots(&model)?;
				return Ok(());
			},
		}
		let amount = accrual.amount;
		let total = TotalAccrued::<T>::get(asset)
			.checked_sub(&amount)
			.ok_or(DispatchError::Corruption)?;
		pot.total = pot.total.checked_sub(&amount).ok_or(DispatchError::Corruption)?;
		// The pallet's account keeps its genesis endowment: payouts never reap it.
		Self::pay_with(asset, &Self::account_id(), &beneficiary, amount, Preservation::Preserve)?;
		Accrued::<T>::remove((&beneficiary, asset, model));
		Pots::<T>::insert(model, asset, pot);
		TotalAccrued::<T>::insert(asset, total);
		// Not reported to reputation: a claim moves money a buyer paid, and the buyer may be the
		// seller itself; the sale that paid it was credited by what it paid the reserve.
		Self::deposit_event(Event::Claimed { beneficiary, asset, model, amount });
		Ok(())
	}

	/// Burns every pot of `model` (each asset it earned in): the pallet's account gives up the
	/// pots' totals, the totals owed fall by as much, and the pots' epochs move on so that the
	/// accruals in them are void. Returns the native amount burned.
	pub(crate) fn burn_pots(model: &ModelId) -> Result<BalanceOf<T>, DispatchError> {
		let account = Self::account_id();
		let mut native = BalanceOf::<T>::zero();
		// One pot per asset the model's outputs were sold in: the native token and the
		// accepted assets.
		let pots: Vec<_> = Pots::<T>::iter_prefix(model).collect();
		for (asset, mut pot) in pots {
			let amount = pot.total;
			if amount.is_zero() {
				continue;
			}
			match asset {
				PaymentAsset::Native => {
					<T::Currency as fungible::Mutate<_>>::burn_from(
						&account,
						amount,
						Preservation::Preserve,
						Precision::Exact,
						Fortitude::Force,
					)?;
					native = native.saturating_add(amount);
				},
				PaymentAsset::Asset(id) => {
					<T::Assets as fungibles::Mutate<_>>::burn_from(
						id,
						&account,
						amount,
						Preservation::Preserve,
						Precision::Exact,
						Fortitude::Force,
					)?;
				},
			}
			TotalAccrued::<T>::mutate(asset, |total| *total = total.saturating_sub(amount));
			pot.total = Zero::zero();
			pot.epoch = pot.epoch.saturating_add(1);
			Pots::<T>::insert(model, asset, pot);
			Self::deposit_event(Event::PotBurned { model: *model, asset, amount });
		}
		Ok(native)
	}

	/// The split of `price` for `output`, or `None` if it has no policy:
	/// - the stack: `stack × price`, rounded down;
	/// - each recipient: `share × price`, rounded down;
	/// - the reserve: the stack less the recipients' amounts (its own share, the lineage's
	///   unassigned shares and every rounding remainder);
	/// - the seller: the price less the stack.
	///
	/// `Σ floor(share × price) ≤ floor(Σ share × price) ≤ floor(stack × price)` because the
	/// shares add up to at most the stack, so the reserve's amount is never negative and the
	/// parts add up to the price exactly.
	pub fn split(output: &OutputId, price: BalanceOf<T>) -> Option<SplitOf<T>> {
		let policy = Policies::<T>::get(output)?;
		let stack = policy.stack.mul_floor(price);
		// A model owner's part goes to whoever holds the model's income now; the part of a
		// model that no longer exists stays with the reserve.
		let payouts: Vec<_> = policy
			.recipients
			.into_iter()
			.filter_map(|(payee, share)| {
				T::Income::recipient(&payee).map(|to| (to, share.mul_floor(price)))
			})
			.filter(|(_, amount)| !amount.is_zero())
			.collect();
		let paid = payouts
			.iter()
			.fold(BalanceOf::<T>::zero(), |sum, (_, a)| sum.saturating_add(*a));
		Some(RoyaltySplit {
			price,
			seller_proceeds: price.saturating_sub(stack),
			reserve: stack.saturating_sub(paid),
			payouts,
		})
	}

	/// How many payees `output`'s policy names: each is resolved at a sale, whether its amount
	/// rounds to zero or not.
	pub(crate) fn payees(output: &OutputId) -> u32 {
		Policies::<T>::get(output).map_or(0, |policy| policy.recipients.len() as u32)
	}

	/// Pays the reserve directly and the recipients into the pallet's account, accruing to
	/// each under `model` (the sold output's); returns the stack paid.
	pub(crate) fn pay_royalties(
		asset: PaymentAsset,
		payer: &T::AccountId,
		split: &SplitOf<T>,
		model: ModelId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let accrued = split
			.payouts
			.iter()
			.filter(|(to, _)| matches!(to, Recipient::Account(_)))
			.fold(BalanceOf::<T>::zero(), |sum, (_, a)| sum.saturating_add(*a));
		Self::pay(asset, payer, &T::Purse::reserve(), split.reserve)?;
		Self::pay(asset, payer, &Self::account_id(), accrued)?;
		let mut pot = Pots::<T>::get(model, asset);
		let mut shared = BalanceOf::<T>::zero();
		for (to, amount) in split.payouts.iter() {
			let who = match to {
				Recipient::Account(who) => who,
				// Paid into the model's share pool now, divided among its holders.
				Recipient::Shareholders(owner_of) => {
					Self::pay(asset, payer, &T::Income::pool(), *amount)?;
					T::Income::credit(owner_of, asset.asset_id(), (*amount).saturated_into())?;
					shared = shared.saturating_add(*amount);
					continue;
				},
			};
			Accrued::<T>::mutate((who, asset, model), |accrual| {
				// An accrual of a burned epoch was burned with its pot: start afresh.
				if accrual.epoch != pot.epoch {
					*accrual = Accrual { amount: Zero::zero(), epoch: pot.epoch };
				}
				accrual.amount = accrual.amount.saturating_add(*amount);
			});
		}
		pot.total = pot.total.saturating_add(accrued);
		Pots::<T>::insert(model, asset, pot);
		TotalAccrued::<T>::mutate(asset, |total| *total = total.saturating_add(accrued));
		Ok(accrued.saturating_add(shared).saturating_add(split.reserve))
	}

	/// Moves `amount` of `asset`, keeping the payer's account alive.
	pub(crate) fn pay(
		asset: PaymentAsset,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::pay_with(asset, from, to, amount, Preservation::Preserve)
	}

	pub(crate) fn pay_with(
		asset: PaymentAsset,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
		preservation: Preservation,
	) -> DispatchResult {
		if amount.is_zero() || from == to {
			return Ok(());
		}
		match asset {
			PaymentAsset::Native => {
				<T::Currency as fungible::Mutate<_>>::transfer(from, to, amount, preservation)
			},
			PaymentAsset::Asset(id) => {
				<T::Assets as fungibles::Mutate<_>>::transfer(id, from, to, amount, preservation)
			},
		}
		.map(|_| ())
	}
}
