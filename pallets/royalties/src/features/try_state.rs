//! The pallet's invariants, one function each; `try_state` runs them all, and the tests run
//! them after every test.

use crate::{pallet::*, types::*};
use alloc::collections::BTreeMap;
use atelier_primitives::{models::ModelId, provenance::OutputRegistry, shares::parts};
use frame_support::{
	ensure,
	traits::{
		fungible, fungibles,
		tokens::{Fortitude, Preservation},
	},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant; `try_state` and the tests call it.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_listings_belong_to_their_owners()?;
		Self::try_state_external_sales_belong_to_their_owners()?;
		Self::try_state_accrued_royalties_are_held()?;
		Self::try_state_policies_fit_the_cap()?;
		Ok(())
	}

	/// Every listing is of an existing output, by its current owner, at a price above zero.
	fn try_state_listings_belong_to_their_owners() -> Result<(), TryRuntimeError> {
		for (output, listing) in Listings::<T>::iter() {
			ensure!(
				T::Outputs::owner(&output) == Some(listing.seller),
				"a listing's seller does not own the output"
			);
			ensure!(!listing.price.is_zero(), "a listing at price zero");
			ensure!(Policies::<T>::contains_key(output), "a listed output has no policy");
		}
		Ok(())
	}

	/// Every recorded external sale is of an existing output, by its current owner, to another
	/// account, at a price above zero; no listing has an id the pallet has not handed out yet.
	fn try_state_external_sales_belong_to_their_owners() -> Result<(), TryRuntimeError> {
		for (output, sale) in ExternalSales::<T>::iter() {
			ensure!(
				T::Outputs::owner(&output) == Some(sale.seller.clone()),
				"an external sale's seller does not own the output"
			);
			ensure!(sale.seller != sale.buyer, "an external sale to its own seller");
			ensure!(!sale.price.is_zero(), "an external sale at price zero");
		}
		let next = NextListingId::<T>::get();
		ensure!(
			Listings::<T>::iter_values().all(|listing| listing.id < next),
			"a listing's id was never handed out"
		);
		Ok(())
	}

	/// In each asset, the accruals add up to the recorded total, and the pallet's account holds
	/// at least that much (it also keeps its genesis endowment).
	fn try_state_accrued_royalties_are_held() -> Result<(), TryRuntimeError> {
		// Each pot is the sum of its epoch's accruals; each asset's total, the sum of its pots.
		let mut pots = BTreeMap::<(ModelId, PaymentAsset), BalanceOf<T>>::new();
		for ((_, asset, model), accrual) in Accrued::<T>::iter() {
			ensure!(!accrual.amount.is_zero(), "a zero accrual is stored");
			let pot = Pots::<T>::get(model, asset);
			ensure!(accrual.epoch <= pot.epoch, "an accrual of an epoch its pot has not reached");
			if accrual.epoch == pot.epoch {
				let sum = pots.entry((model, asset)).or_default();
				*sum = sum.saturating_add(accrual.amount);
			}
		}
		let mut sums = BTreeMap::<PaymentAsset, BalanceOf<T>>::new();
		for (model, asset, pot) in Pots::<T>::iter() {
			ensure!(
				pots.remove(&(model, asset)).unwrap_or_default() == pot.total,
				"a pot differs from its accruals"
			);
			let sum = sums.entry(asset).or_default();
			*sum = sum.saturating_add(pot.total);
		}
		ensure!(pots.is_empty(), "accruals without a pot");
		for (asset, total) in TotalAccrued::<T>::iter() {
			ensure!(
				sums.remove(&asset).unwrap_or_default() == total,
				"accruals differ from their total"
			);
			let account = Self::account_id();
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
		ensure!(sums.values().all(|sum| sum.is_zero()), "accruals without a total");
		Ok(())
	}

	/// No policy takes the whole price, and no policy pays out more than its stack. The cap
	/// (`MaxRoyaltyStack`) applies when a policy is minted: governance may lower it later, and
	/// policies minted under the higher cap keep theirs.
	fn try_state_policies_fit_the_cap() -> Result<(), TryRuntimeError> {
		for policy in Policies::<T>::iter_values() {
			ensure!(policy.stack < sp_runtime::Perbill::one(), "a policy takes the whole price");
			let paid: u64 = policy.recipients.iter().map(|(_, share)| parts(*share)).sum();
			ensure!(paid <= parts(policy.stack), "a policy pays more than its stack");
		}
		Ok(())
	}
}
