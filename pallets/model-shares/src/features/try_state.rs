//! The pallet's invariants, one function each; `try_state` runs them all, and the tests run
//! them after every test.

use crate::{pallet::*, types::*};
use alloc::collections::BTreeMap;
use atelier_primitives::models::ModelId;
use frame_support::{
	ensure,
	traits::{
		fungible, fungibles,
		tokens::{Fortitude, Preservation},
		Get,
	},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	SaturatedConversion, TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant; `try_state` and the tests call it.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_holdings_add_up()?;
		Self::try_state_pools_hold_what_is_owed()?;
		Self::try_state_pots_are_held()?;
		Self::try_state_offers_are_of_holders()?;
		Ok(())
	}

	/// In each class the holdings add up to the supply, the holders and entries are counted
	/// right, and every holding is zero or at least the minimum.
	fn try_state_holdings_add_up() -> Result<(), TryRuntimeError> {
		let mut sums = BTreeMap::<ModelId, (u128, u32, u32)>::new();
		for (_, model, holding) in Holdings::<T>::iter() {
			let class =
				Classes::<T>::get(model).ok_or("a holding of a class that does not exist")?;
			ensure!(
				holding.shares == 0 || holding.shares >= Self::min_holding(class.supply),
				"a holding below the minimum"
			);
			// A former holder's entry may outlive a burn that voided what it was owed, until a
			// claim clears it; otherwise it is owed a whole unit.
			ensure!(
				holding.shares > 0
					|| holding.entitlements.iter().any(|e| {
						e.owed >= SCALE
							|| class.pools.iter().any(|p| p.asset == e.asset && p.epoch != e.epoch)
					}),
				"an empty holding is stored"
			);
			let sum = sums.entry(model).or_default();
			sum.0 = sum.0.saturating_add(u128::from(holding.shares));
			sum.1 = sum.1.saturating_add(u32::from(holding.shares > 0));
			sum.2 = sum.2.saturating_add(1);
		}
		for (model, class) in Classes::<T>::iter() {
			let (shares, holders, entries) = sums.remove(&model).unwrap_or_default();
			ensure!(shares == u128::from(class.supply), "holdings differ from the supply");
			ensure!(holders == class.holders, "holders are miscounted");
			ensure!(entries == class.entries, "entries are miscounted");
			ensure!(class.holders <= T::MaxHolders::get(), "more holders than MaxHolders");
		}
		Ok(())
	}

	/// Each pool holds exactly what its holders are owed, settled or not, and what it carries:
	/// `pot × SCALE == Σ (owed + shares × (per_share − snapshot)) + carry`, over the entitlements
	/// of the pool's epoch. Nothing is lost to rounding, and nothing is paid twice.
	fn try_state_pools_hold_what_is_owed() -> Result<(), TryRuntimeError> {
		let mut owed = BTreeMap::<(ModelId, PaymentAsset), u128>::new();
		for (_, model, holding) in Holdings::<T>::iter() {
			let class =
				Classes::<T>::get(model).ok_or("a holding of a class that does not exist")?;
			for pool in class.pools.iter() {
				let entitlement = holding.entitlements.iter().find(|e| e.asset == pool.asset);
				let (snapshot, due) = match entitlement {
					Some(e) if e.epoch == pool.epoch => (e.snapshot, e.owed),
					Some(e) => (e.snapshot.max(pool.burned_at), 0),
					None => (pool.burned_at, 0),
				};
				let pending = pool
					.per_share
					.checked_sub(snapshot)
					.and_then(|d| d.checked_mul(u128::from(holding.shares)))
					.ok_or("a snapshot above its pool")?;
				let sum = owed.entry((model, pool.asset)).or_default();
				*sum = sum.saturating_add(due).saturating_add(pending);
			}
		}
		for (model, class) in Classes::<T>::iter() {
			for pool in class.pools.iter() {
				let due = owed.remove(&(model, pool.asset)).unwrap_or_default();
				let pot = pool.pot.saturated_into::<u128>().saturating_mul(SCALE);
				ensure!(pot == due.saturating_add(pool.carry), "a pool differs from what it owes");
				ensure!(pool.pot <= pool.income, "a pool holds more than it was paid");
			}
		}
		Ok(())
	}

	/// In each asset the pots add up to the recorded total, and the pallet's account holds at
	/// least that much (it also keeps its endowment).
	fn try_state_pots_are_held() -> Result<(), TryRuntimeError> {
		let mut sums = BTreeMap::<PaymentAsset, BalanceOf<T>>::new();
		for class in Classes::<T>::iter_values() {
			for pool in class.pools.iter() {
				let sum = sums.entry(pool.asset).or_default();
				*sum = sum.saturating_add(pool.pot);
			}
		}
		let account = Self::account_id();
		for (asset, total) in TotalPots::<T>::iter() {
			ensure!(
				sums.remove(&asset).unwrap_or_default() == total,
				"pots differ from their total"
			);
			let held = match asset {
				PaymentAsset::Native => <T::Currency as fungible::Inspect<_>>::reducible_balance(
					&account,
					Preservation::Preserve,
					Fortitude::Polite,
				),
				PaymentAsset::Asset(id) => <T::Assets as fungibles::Inspect<_>>::reducible_balance(
					id,
					&account,
					Preservation::Preserve,
					Fortitude::Polite,
				),
			};
			ensure!(held >= total, "the pallet's account holds less than it owes");
		}
		ensure!(sums.values().all(|sum| sum.is_zero()), "pots without a total");
		Ok(())
	}

	/// Every offer is of a class that exists, above zero shares and price, and no larger than
	/// its seller's holding.
	fn try_state_offers_are_of_holders() -> Result<(), TryRuntimeError> {
		for (model, seller, offer) in Offers::<T>::iter() {
			ensure!(Classes::<T>::contains_key(model), "an offer of a class that does not exist");
			ensure!(offer.amount > 0 && !offer.price.is_zero(), "an empty offer");
			let held = Holdings::<T>::get(&seller, model).map_or(0, |h| h.shares);
			ensure!(offer.amount <= held, "an offer of shares its seller does not hold");
		}
		Ok(())
	}
}
