//! Income: credits into the pools, claims out of them, burns, and the redeemer's payout.

use crate::{pallet::*, types::*};
use atelier_primitives::{
	models::ModelId,
	provenance::{ClaimState, RoyaltyGate},
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
	DispatchResult, SaturatedConversion, TokenError,
};

impl<T: Config> Pallet<T> {
	/// Records `amount` of `asset`, just paid into the pallet's account, as `model`'s income:
	/// income per share grows by `(amount × SCALE + carry) / supply`, and the remainder is
	/// carried to the next payment. The same few writes whatever the number of holders.
	pub fn do_credit(model: &ModelId, asset: PaymentAsset, amount: BalanceOf<T>) -> DispatchResult {
		let mut class = Classes::<T>::get(model).ok_or(Error::<T>::NoShares)?;
		if amount.is_zero() {
			return Ok(());
		}
		let index = match class.pools.iter().position(|p| p.asset == asset) {
			Some(index) => index,
			None => {
				class.pools.try_push(Pool::new(asset)).map_err(|_| Error::<T>::TooManyAssets)?;
				class.pools.len().saturating_sub(1)
			},
		};
		let supply = u128::from(class.supply);
		let pool = class.pools.get_mut(index).ok_or(Error::<T>::TooManyAssets)?;
		let scaled = amount
			.saturated_into::<u128>()
			.checked_mul(SCALE)
			.and_then(|scaled| scaled.checked_add(pool.carry))
			.ok_or(Error::<T>::Overflow)?;
		let per_share = scaled.checked_div(supply).ok_or(Error::<T>::NoShares)?;
		pool.carry = scaled.checked_rem(supply).ok_or(Error::<T>::NoShares)?;
		pool.per_share = pool.per_share.checked_add(per_share).ok_or(Error::<T>::Overflow)?;
		pool.income = pool.income.saturating_add(amount);
		pool.pot = pool.pot.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		let total = TotalPots::<T>::get(asset).checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		Classes::<T>::insert(model, class);
		TotalPots::<T>::insert(asset, total);
		Self::deposit_event(Event::IncomeCredited { model: *model, asset, amount });
		Ok(())
	}

	/// Pays `holder` the whole units it is owed from every pool of `model`, or burns the pools
	/// if a violation upheld with burning taints the model's lineage.
	pub(crate) fn do_claim(model: ModelId, holder: &T::AccountId) -> DispatchResult {
		let mut class = Classes::<T>::get(model).ok_or(Error::<T>::NoShares)?;
		let mut holding = Holdings::<T>::get(holder, model).ok_or(Error::<T>::NothingToClaim)?;
		Self::settle(&class, &mut holding)?;
		if !holding.entitlements.iter().any(|e| e.owed >= SCALE) {
			// A former holder whose income a burn voided is owed nothing: its entry goes, so
			// that it cannot block a redemption.
			ensure!(holding.shares == 0, Error::<T>::NothingToClaim);
			Self::store_holding(&mut class, holder, model, holding);
			Classes::<T>::insert(model, class);
			return Ok(());
		}
		match T::Gate::claim_state(&model) {
			ClaimState::Clear => {},
			ClaimState::Frozen => return Err(Error::<T>::ClaimFrozen.into()),
			ClaimState::Burn => {
				Self::burn_pools(&model)?;
				return Ok(());
			},
		}
		let mut payouts = alloc::vec::Vec::new();
		for entitlement in holding.entitlements.iter_mut() {
			let units = entitlement.owed.checked_div(SCALE).unwrap_or(0);
			if units == 0 {
				continue;
			}
			let amount: BalanceOf<T> = units.saturated_into();
			// An amount the holder cannot take (below the asset's minimum balance to an account
			// that holds none) stays owed; the others are paid.
			if !Self::can_take(entitlement.asset, holder, amount) {
				continue;
			}
			let pool = class
				.pools
				.iter_mut()
				.find(|p| p.asset == entitlement.asset)
				.ok_or(DispatchError::Corruption)?;
			pool.pot = pool.pot.checked_sub(&amount).ok_or(DispatchError::Corruption)?;
			entitlement.owed = entitlement.owed.saturating_sub(units.saturating_mul(SCALE));
			payouts.push((entitlement.asset, amount));
		}
		ensure!(!payouts.is_empty(), TokenError::BelowMinimum);
		for (asset, amount) in payouts.iter() {
			let total = TotalPots::<T>::get(asset)
				.checked_sub(amount)
				.ok_or(DispatchError::Corruption)?;
			Self::pay_from_pools(*asset, holder, *amount)?;
			TotalPots::<T>::insert(asset, total);
		}
		Self::store_holding(&mut class, holder, model, holding);
		Classes::<T>::insert(model, class);
		for (asset, amount) in payouts {
			Self::deposit_event(Event::Claimed { model, holder: holder.clone(), asset, amount });
		}
		Ok(())
	}

	/// Pays the redeemer (the only holder left) everything the pools hold: what it is owed and
	/// the dust. Burns instead if the lineage is tainted; refuses while it is frozen.
	pub(crate) fn pay_out_pots(model: ModelId, who: &T::AccountId) -> DispatchResult {
		let class = Classes::<T>::get(model).ok_or(Error::<T>::NoShares)?;
		if class.pools.iter().all(|p| p.pot.is_zero()) {
			return Ok(());
		}
		match T::Gate::claim_state(&model) {
			ClaimState::Clear => {},
			ClaimState::Frozen => return Err(Error::<T>::ClaimFrozen.into()),
			ClaimState::Burn => {
				Self::burn_pools(&model)?;
				return Ok(());
			},
		}
		for pool in class.pools.iter() {
			if pool.pot.is_zero() {
				continue;
			}
			let total = TotalPots::<T>::get(pool.asset)
				.checked_sub(&pool.pot)
				.ok_or(DispatchError::Corruption)?;
			Self::pay_from_pools(pool.asset, who, pool.pot)?;
			TotalPots::<T>::insert(pool.asset, total);
			Self::deposit_event(Event::Claimed {
				model,
				holder: who.clone(),
				asset: pool.asset,
				amount: pool.pot,
			});
		}
		Ok(())
	}

	/// Burns every pool of `model`: the pallet's account gives up the pots, the totals owed fall
	/// as much, and the pools' epochs move on so that what holders were owed is void. Returns
	/// the native amount burned.
	pub(crate) fn burn_pools(model: &ModelId) -> Result<BalanceOf<T>, DispatchError> {
		let Some(mut class) = Classes::<T>::get(model) else { return Ok(Zero::zero()) };
		let account = Self::account_id();
		let mut native = BalanceOf::<T>::zero();
		for pool in class.pools.iter_mut() {
			let amount = pool.pot;
			match pool.asset {
				PaymentAsset::Native if !amount.is_zero() => {
					<T::Currency as fungible::Mutate<_>>::burn_from(
						&account,
						amount,
						Preservation::Preserve,
						Precision::Exact,
						Fortitude::Force,
					)?;
					native = native.saturating_add(amount);
				},
				PaymentAsset::Asset(id) if !amount.is_zero() => {
					<T::Assets as fungibles::Mutate<_>>::burn_from(
						id,
						&account,
						amount,
						Preservation::Preserve,
						Precision::Exact,
						Fortitude::Force,
					)?;
				},
				_ => {},
			}
			TotalPots::<T>::mutate(pool.asset, |total| *total = total.saturating_sub(amount));
			pool.pot = Zero::zero();
			pool.carry = 0;
			pool.epoch = pool.epoch.saturating_add(1);
			pool.burned_at = pool.per_share;
			if !amount.is_zero() {
				Self::deposit_event(Event::PoolBurned { model: *model, asset: pool.asset, amount });
			}
		}
		Classes::<T>::insert(model, class);
		Ok(native)
	}

	/// Whether `who` can receive `amount` of `asset`.
	pub(crate) fn can_take(asset: PaymentAsset, who: &T::AccountId, amount: BalanceOf<T>) -> bool {
		use frame_support::traits::tokens::Provenance;
		match asset {
			PaymentAsset::Native => {
				<T::Currency as fungible::Inspect<_>>::can_deposit(who, amount, Provenance::Extant)
					.into_result()
					.is_ok()
			},
			PaymentAsset::Asset(id) => <T::Assets as fungibles::Inspect<_>>::can_deposit(
				id,
				who,
				amount,
				Provenance::Extant,
			)
			.into_result()
			.is_ok(),
		}
	}

	/// Pays `amount` of `asset` from the pallet's account, which keeps its endowment.
	pub(crate) fn pay_from_pools(
		asset: PaymentAsset,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::pay(asset, &Self::account_id(), to, amount)
	}

	/// Moves `amount` of `asset`, keeping the payer's account alive.
	pub(crate) fn pay(
		asset: PaymentAsset,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() || from == to {
			return Ok(());
		}
		match asset {
			PaymentAsset::Native => <T::Currency as fungible::Mutate<_>>::transfer(
				from,
				to,
				amount,
				Preservation::Preserve,
			),
			PaymentAsset::Asset(id) => <T::Assets as fungibles::Mutate<_>>::transfer(
				id,
				from,
				to,
				amount,
				Preservation::Preserve,
			),
		}
		.map(|_| ())
	}
}
