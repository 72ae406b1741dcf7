//! The marketplace: listings with ids, purchases that name the listing, and the checks every
//! sale makes (an accepted asset, a sellable output).

use crate::{pallet::*, types::*};
use atelier_primitives::activity::Metrics as _;
use atelier_primitives::activity::{Creation, Observer};
use atelier_primitives::{
	models::{ModelId, ModelRegistry},
	provenance::{OutputId, OutputRegistry},
};
use frame_support::{ensure, pallet_prelude::*, traits::Contains};
use sp_runtime::{traits::Zero, DispatchResult, SaturatedConversion};

impl<T: Config> Pallet<T> {
	/// Lists `output` at `price` under a new listing id; refuses a zero price, an unaccepted asset,
	/// and an output unknown, not the seller's, without a policy or of a model that may not earn.
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

	/// Removes `seller`'s listing of `output`; refuses an unlisted output and another's listing.
	pub(crate) fn do_unlist(seller: T::AccountId, output: OutputId) -> DispatchResult {
		let listing = Listings::<T>::get(output).ok_or(Error::<T>::NotListed)?;
		ensure!(listing.seller == seller, Error::<T>::NotOwner);
		Listings::<T>::remove(output);
		Self::deposit_event(Event::Unlisted { output });
		Ok(())
	}

	/// Returns how many recipients the sale paid, how many payees it resolved, how many share
	/// pools it paid, and the weight its report used.
	pub(crate) fn do_buy(
		buyer: T::AccountId,
		output: OutputId,
		listing_id: ListingId,
		asset: PaymentAsset,
		max_price: BalanceOf<T>,
	) -> Result<(u32, u32, u32, Weight), DispatchError> {
		let listing = Listings::<T>::get(output).ok_or(Error::<T>::NotListed)?;
		ensure!(listing.id == listing_id, Error::<T>::ListingChanged);
		ensure!(listing.asset == asset, Error::<T>::AssetMismatch);
		ensure!(listing.price <= max_price, Error::<T>::PriceAboveMax);
		ensure!(listing.seller != buyer, Error::<T>::BuyerIsSeller);
		Self::ensure_accepted(listing.asset)?;
		let model = Self::ensure_sellable(&listing.seller, &output)?;
		let split = Self::split(&output, listing.price).ok_or(Error::<T>::NoPolicy)?;

		let asset = listing.asset;
		Self::pay(asset, &buyer, &listing.seller, split.seller_proceeds)?;
		let royalties = Self::pay_royalties(asset, &buyer, &split, model)?;
		T::Outputs::transfer(&output, &buyer)?;
		Listings::<T>::remove(output);
		ExternalSales::<T>::remove(output);
		let reported = Self::report_sale(&output, asset, listing.price, split.reserve, false);
		T::Metrics::sold(
			&model,
			asset.asset_id(),
			listing.price.saturated_into(),
			split.reserve.saturated_into(),
		);
		T::Metrics::engaged(&buyer);
		T::Metrics::engaged(&listing.seller);
		Self::deposit_event(Event::Sold {
			output,
			seller: listing.seller,
			buyer,
			asset,
			price: listing.price,
			royalties,
			external: false,
		});
		Ok((split.payouts.len() as u32, Self::payees(&output), split.shared(), reported))
	}

	/// Reports the sale (reputation credits the output's creator by `to_reserve`, what the sale
	/// paid the reserve; the reserve counts a sale that is not `external` as volume). Returns the
	/// weight the report used.
	pub(crate) fn report_sale(
		output: &OutputId,
		asset: PaymentAsset,
		price: BalanceOf<T>,
		to_reserve: BalanceOf<T>,
		external: bool,
	) -> Weight {
		match T::Outputs::creator(output) {
			Some(creator) => T::Observer::created(
				&creator,
				Creation::OutputSold {
					asset: asset.asset_id(),
					price: price.saturated_into(),
					spent: to_reserve.saturated_into(),
					external,
				},
			),
			None => Weight::zero(),
		}
	}

	/// The native token, or an asset in `AcceptedAssets`.
	pub(crate) fn ensure_accepted(asset: PaymentAsset) -> DispatchResult {
		match asset {
			PaymentAsset::Native => Ok(()),
			PaymentAsset::Asset(id) => {
				ensure!(T::AcceptedAssets::contains(&id), Error::<T>::AssetNotAccepted);
				Ok(())
			},
		}
	}

	/// The output exists, `seller` owns it, it has a policy, and its model may earn. Returns
	/// the model.
	pub(crate) fn ensure_sellable(
		seller: &T::AccountId,
		output: &OutputId,
	) -> Result<ModelId, DispatchError> {
		let owner = T::Outputs::owner(output).ok_or(Error::<T>::UnknownOutput)?;
		ensure!(&owner == seller, Error::<T>::NotOwner);
		ensure!(Policies::<T>::contains_key(output), Error::<T>::NoPolicy);
		let model = T::Outputs::model(output).ok_or(Error::<T>::UnknownOutput)?;
		ensure!(T::Models::is_monetizable(&model), Error::<T>::NotMonetizable);
		Ok(model)
	}
}
