//! Read-only views for the runtime API (`shares_of`, `model_shares`).

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use atelier_primitives::models::ModelId;
use sp_runtime::SaturatedConversion;

impl<T: Config> Pallet<T> {
	/// Every holding of `who`, each settled to now in memory: what it may claim.
	pub fn shares_of(who: &T::AccountId) -> Vec<HoldingView<BalanceOf<T>>> {
		Holdings::<T>::iter_prefix(who)
			.filter_map(|(model, mut holding)| {
				let class = Classes::<T>::get(model)?;
				Self::settle(&class, &mut holding).ok()?;
				let claimable = holding
					.entitlements
					.iter()
					.map(|e| (e.asset, e.owed.checked_div(SCALE).unwrap_or(0).saturated_into()))
					.collect();
				Some(HoldingView { model, shares: holding.shares, supply: class.supply, claimable })
			})
			.collect()
	}

	/// `model`'s shares, if it has issued them.
	pub fn model_shares(model: &ModelId) -> Option<ClassView<T::AccountId, BalanceOf<T>>> {
		let class = Classes::<T>::get(model)?;
		Some(ClassView {
			min_holding: Self::min_holding(class.supply),
			issuer: class.issuer,
			supply: class.supply,
			holders: class.holders,
			pools: class
				.pools
				.iter()
				.map(|p| PoolView { asset: p.asset, income: p.income, unclaimed: p.pot })
				.collect(),
		})
	}
}
