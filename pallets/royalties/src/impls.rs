//! What the dispatchables do, the policy registration provenance calls, the split of a price,
//! and the `try_state` invariants.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use atelier_primitives::{
	compute::{ModelId, ModelRegistry},
	provenance::{OutputId, OutputRegistry, RoyaltyPolicies},
	shares::{mul_div, parts, Tally, BILLION},
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible, fungibles, tokens::Preservation, Contains},
};
use sp_runtime::{
	traits::{CheckedSub, Convert, Saturating, Zero},
	DispatchResult, Perbill,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_list(
		seller: T::AccountId,
		output: OutputId,
		asset: PaymentAsset,
		price: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
		Self::ensure_accepted(asset)?;
		Self::ensure_sellable(&seller, &output)?;
		let id = NextListingId::<T>::get();
		let next = id.checked_add(1).ok_or(DispatchError::Exhausted)?;
		Listings::<T>::insert(output, Listing { id, seller: seller.clone(), asset, price });
		NextListingId::<T>::put(next);
		Self::deposit_event(Event::Listed { output, listing: id, seller, asset, price });
		Ok(())
	}

	pub(crate) fn do_unlist(seller: T::AccountId, output: OutputId) -> DispatchResult {
		let listing = Listings::<T>::get(output).ok_or(Error::<T>::NotListed)?;
		ensure!(listing.seller == seller, Error::<T>::NotOwner);
		Listings::<T>::remove(output);
		Self::deposit_event(Event::Unlisted { output });
		Ok(())
	}

	/// Returns how many recipients the sale paid, for the weight.
	pub(crate) fn do_buy(
		buyer: T::AccountId,
		output: OutputId,
		listing_id: ListingId,
		asset: PaymentAsset,
		max_price: BalanceOf<T>,
	) -> Result<u32, DispatchError> {
		let listing = Listings::<T>::get(output).ok_or(Error::<T>::NotListed)?;
		ensure!(listing.id == listing_id, Error::<T>::ListingChanged);
		ensure!(listing.asset == asset, Error::<T>::AssetMismatch);
		ensure!(listing.price <= max_price, Error::<T>::PriceAboveMax);
		ensure!(listing.seller != buyer, Error::<T>::BuyerIsSeller);
		Self::ensure_accepted(listing.asset)?;
		Self::ensure_sellable(&listing.seller, &output)?;
		let split = Self::split(&output, listing.price).ok_or(Error::<T>::NoPolicy)?;

		let asset = listing.asset;
		Self::pay(asset, &buyer, &listing.seller, split.seller_proceeds)?;
		let royalties = Self::pay_royalties(asset, &buyer, &split)?;
		T::Outputs::transfer(&output, &buyer)?;
		Listings::<T>::remove(output);
		ExternalSales::<T>::remove(output);
		Self::deposit_event(Event::Sold {
			output,
			seller: listing.seller,
			buyer,
			asset,
			price: listing.price,
			royalties,
			external: false,
		});
		Ok(split.payouts.len() as u32)
	}

	pub(crate) fn do_record_external_sale(
		seller: T::AccountId,
		output: OutputId,
		buyer: T::AccountId,
		asset: PaymentAsset,
		price: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
		ensure!(seller != buyer, Error::<T>::BuyerIsSeller);
		Self::ensure_accepted(asset)?;
		Self::ensure_sellable(&seller, &output)?;
		ExternalSales::<T>::insert(
			output,
			ExternalSale { seller: seller.clone(), buyer: buyer.clone(), asset, price },
		);
		Self::deposit_event(Event::ExternalSaleRecorded { output, seller, buyer, asset, price });
		Ok(())
	}

	/// Returns how many recipients the sale paid, for the weight.
	pub(crate) fn do_accept_external_sale(
		buyer: T::AccountId,
		output: OutputId,
		asset: PaymentAsset,
		price: BalanceOf<T>,
	) -> Result<u32, DispatchError> {
		let sale = ExternalSales::<T>::get(output).ok_or(Error::<T>::NoExternalSale)?;
		ensure!(sale.buyer == buyer, Error::<T>::NotBuyer);
		ensure!(sale.asset == asset && sale.price == price, Error::<T>::ExternalSaleChanged);
		Self::ensure_accepted(asset)?;
		Self::ensure_sellable(&sale.seller, &output)?;
		let mut split = Self::split(&output, price).ok_or(Error::<T>::NoPolicy)?;
		// However low the declared price, the seller pays at least the minimum royalty: the
		// shortfall goes to the reserve.
		let stack = split.price.saturating_sub(split.seller_proceeds);
		let shortfall = T::MinExternalRoyalty::convert(asset).saturating_sub(stack);
		split.reserve = split.reserve.saturating_add(shortfall);

		let royalties = Self::pay_royalties(asset, &sale.seller, &split)?;
		T::Outputs::transfer(&output, &buyer)?;
		Listings::<T>::remove(output);
		ExternalSales::<T>::remove(output);
		Self::deposit_event(Event::Sold {
			output,
			seller: sale.seller,
			buyer,
			asset,
			price,
			royalties,
			external: true,
		});
		Ok(split.payouts.len() as u32)
	}

	pub(crate) fn do_cancel_external_sale(who: T::AccountId, output: OutputId) -> DispatchResult {
		let sale = ExternalSales::<T>::get(output).ok_or(Error::<T>::NoExternalSale)?;
		ensure!(who == sale.seller || who == sale.buyer, Error::<T>::NotParty);
		ExternalSales::<T>::remove(output);
		Self::deposit_event(Event::ExternalSaleCancelled { output });
		Ok(())
	}

	pub(crate) fn do_claim(beneficiary: T::AccountId, asset: PaymentAsset) -> DispatchResult {
		let amount = Accrued::<T>::get(&beneficiary, asset);
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
		let total = TotalAccrued::<T>::get(asset)
			.checked_sub(&amount)
			.ok_or(DispatchError::Corruption)?;
		// The pallet's account keeps its genesis endowment: payouts never reap it.
		Self::pay_with(asset, &Self::account_id(), &beneficiary, amount, Preservation::Preserve)?;
		Accrued::<T>::remove(&beneficiary, asset);
		TotalAccrued::<T>::insert(asset, total);
		Self::deposit_event(Event::Claimed { beneficiary, asset, amount });
		Ok(())
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
	fn pay_royalties(
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
	fn pay(
		asset: PaymentAsset,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::pay_with(asset, from, to, amount, Preservation::Preserve)
	}

	fn pay_with(
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

	fn ensure_accepted(asset: PaymentAsset) -> DispatchResult {
		match asset {
			PaymentAsset::Native => Ok(()),
			PaymentAsset::Asset(id) => {
				ensure!(T::AcceptedAssets::contains(&id), Error::<T>::AssetNotAccepted);
				Ok(())
			},
		}
	}

	/// The output exists, `seller` owns it, it has a policy, and its model may earn.
	fn ensure_sellable(seller: &T::AccountId, output: &OutputId) -> DispatchResult {
		let owner = T::Outputs::owner(output).ok_or(Error::<T>::UnknownOutput)?;
		ensure!(&owner == seller, Error::<T>::NotOwner);
		ensure!(Policies::<T>::contains_key(output), Error::<T>::NoPolicy);
		let model = T::Outputs::model(output).ok_or(Error::<T>::UnknownOutput)?;
		ensure!(T::Models::is_monetizable(&model), Error::<T>::NotMonetizable);
		Ok(())
	}

	/// An output's policy: the creator's share, the model lineage's share across the model's
	/// licensees, the parents' share equally per parent and each part along that parent's own
	/// policy (normalised by its stack), and the reserve's share. Shares of one account add up;
	/// the `MaxRecipients` largest are kept; what is left of the stack goes to the reserve.
	pub(crate) fn build_policy(
		creator: &T::AccountId,
		model: &ModelId,
		parents: &[OutputId],
		creator_share: Perbill,
	) -> Result<PolicyOf<T>, DispatchError> {
		let parent_share = if parents.is_empty() { Perbill::zero() } else { T::ParentShare::get() };
		let stack = [creator_share, T::ModelShare::get(), parent_share, T::ReserveShare::get()]
			.iter()
			.map(|share| parts(*share))
			.sum::<u64>();
		ensure!(stack <= parts(T::MaxRoyaltyStack::get()), Error::<T>::RoyaltyStackTooHigh);

		let mut tally = Tally::new();
		tally.add(creator, parts(creator_share));
		for (who, share) in T::Models::licensees(model).iter() {
			tally.add(who, mul_div(parts(T::ModelShare::get()), parts(*share), BILLION));
		}
		if let Some(per_parent) = parts(parent_share).checked_div(parents.len() as u64) {
			for parent in parents {
				let Some(policy) = Policies::<T>::get(parent) else { continue };
				for (who, share) in policy.recipients.iter() {
					tally.add(who, mul_div(per_parent, parts(*share), parts(policy.stack)));
				}
			}
		}
		let recipients = tally.into_largest();
		Ok(RoyaltyPolicy {
			creator_share,
			stack: Perbill::from_parts(u32::try_from(stack).unwrap_or(u32::MAX)),
			recipients,
		})
	}

	/// Checks every invariant; `try_state` and the tests call it.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::check_listings_belong_to_their_owners()?;
		Self::check_external_sales_belong_to_their_owners()?;
		Self::check_accrued_royalties_are_held()?;
		Self::check_policies_fit_the_cap()?;
		Ok(())
	}

	/// Every listing is of an existing output, by its current owner, at a price above zero.
	#[cfg(any(feature = "try-runtime", test))]
	fn check_listings_belong_to_their_owners() -> Result<(), sp_runtime::TryRuntimeError> {
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
	#[cfg(any(feature = "try-runtime", test))]
	fn check_external_sales_belong_to_their_owners() -> Result<(), sp_runtime::TryRuntimeError> {
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
	#[cfg(any(feature = "try-runtime", test))]
	fn check_accrued_royalties_are_held() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut sums = alloc::collections::BTreeMap::<PaymentAsset, BalanceOf<T>>::new();
		for (_, asset, amount) in Accrued::<T>::iter() {
			ensure!(!amount.is_zero(), "a zero accrual is stored");
			let sum = sums.entry(asset).or_default();
			*sum = sum.saturating_add(amount);
		}
		for (asset, total) in TotalAccrued::<T>::iter() {
			ensure!(
				sums.remove(&asset).unwrap_or_default() == total,
				"accruals differ from their total"
			);
			let account = Self::account_id();
			use frame_support::traits::tokens::Fortitude;
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

	/// No policy's stack exceeds the cap, and no policy pays out more than its stack.
	#[cfg(any(feature = "try-runtime", test))]
	fn check_policies_fit_the_cap() -> Result<(), sp_runtime::TryRuntimeError> {
		for policy in Policies::<T>::iter_values() {
			ensure!(policy.stack <= T::MaxRoyaltyStack::get(), "a policy above the cap");
			let paid: u64 = policy.recipients.iter().map(|(_, share)| parts(*share)).sum();
			ensure!(paid <= parts(policy.stack), "a policy pays more than its stack");
		}
		Ok(())
	}
}

impl<T: Config> RoyaltyPolicies<T::AccountId> for Pallet<T> {
	fn register(
		output: &OutputId,
		creator: &T::AccountId,
		model: &ModelId,
		parents: &[OutputId],
		creator_share: Perbill,
	) -> DispatchResult {
		ensure!(!Policies::<T>::contains_key(output), Error::<T>::PolicyExists);
		let policy = Self::build_policy(creator, model, parents, creator_share)?;
		let (stack, recipients) = (policy.stack, policy.recipients.len() as u32);
		Policies::<T>::insert(output, policy);
		Self::deposit_event(Event::PolicyRegistered { output: *output, stack, recipients });
		Ok(())
	}
}
