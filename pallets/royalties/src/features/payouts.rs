//! Money: the split of a price, the payments of a sale, accruals and claims.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use atelier_primitives::{
	provenance::OutputId,
	reputation::{Creation, Observer},
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible, fungibles, tokens::Preservation},
};
use sp_runtime::{
	traits::{CheckedSub, Saturating, Zero},
	DispatchResult, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Pays out `beneficiary`'s accrued royalties in `asset`. Returns the weight the report to
	/// reputation used.
	pub(crate) fn do_claim(
		beneficiary: T::AccountId,
		asset: PaymentAsset,
	) -> Result<Weight, DispatchError> {
		let amount = Accrued::<T>::get(&beneficiary, asset);
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
		let total = TotalAccrued::<T>::get(asset)
			.checked_sub(&amount)
			.ok_or(DispatchError::Corruption)?;
		// The pallet's account keeps its genesis endowment: payouts never reap it.
		Self::pay_with(asset, &Self::account_id(), &beneficiary, amount, Preservation::Preserve)?;
		Accrued::<T>::remove(&beneficiary, asset);
		TotalAccrued::<T>::insert(asset, total);
		let reported = T::Observer::created(
			&beneficiary,
			Creation::RoyaltiesClaimed { asset: asset.asset_id(), amount: amount.saturated_into() },
		);
		Self::deposit_event(Event::Claimed { beneficiary, asset, amount });
		Ok(reported)
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
		let payouts: Vec<_> = policy
			.recipients
			.into_iter()
			.map(|(who, share)| (who, share.mul_floor(price)))
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

	/// Pays the reserve directly and the recipients into the pallet's account, accruing to
	/// each; returns the stack paid.
	pub(crate) fn pay_royalties(
		asset: PaymentAsset,
		payer: &T::AccountId,
		split: &SplitOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let accrued = split
			.payouts
			.iter()
			.fold(BalanceOf::<T>::zero(), |sum, (_, a)| sum.saturating_add(*a));
		Self::pay(asset, payer, &T::ReserveAccount::get(), split.reserve)?;
		Self::pay(asset, payer, &Self::account_id(), accrued)?;
		for (who, amount) in split.payouts.iter() {
			Accrued::<T>::mutate(who, asset, |total| *total = total.saturating_add(*amount));
		}
		TotalAccrued::<T>::mutate(asset, |total| *total = total.saturating_add(accrued));
		Ok(accrued.saturating_add(split.reserve))
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
