//! The market: offers per share in ATL or an accepted asset, bought in part or whole.

use crate::{pallet::*, types::*};
use atelier_primitives::models::ModelId;
use frame_support::{ensure, traits::Contains};
use sp_runtime::{
	traits::{CheckedMul, Zero},
	DispatchResult,
};

impl<T: Config> Pallet<T> {
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

	pub(crate) fn do_offer(
		model: ModelId,
		seller: T::AccountId,
		amount: Shares,
		asset: PaymentAsset,
		price: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(Classes::<T>::contains_key(model), Error::<T>::NoShares);
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
		Self::ensure_accepted(asset)?;
		let held = Holdings::<T>::get(&seller, model).map_or(0, |h| h.shares);
		ensure!(held >= amount, Error::<T>::InsufficientShares);
		Offers::<T>::insert(model, &seller, Offer { amount, asset, price });
		Self::deposit_event(Event::Offered { model, seller, amount, asset, price });
		Ok(())
	}

	pub(crate) fn do_cancel_offer(model: ModelId, seller: T::AccountId) -> DispatchResult {
		ensure!(Offers::<T>::contains_key(model, &seller), Error::<T>::NoOffer);
		Offers::<T>::remove(model, &seller);
		Self::deposit_event(Event::OfferCancelled { model, seller });
		Ok(())
	}

	pub(crate) fn do_buy(
		model: ModelId,
		seller: T::AccountId,
		buyer: T::AccountId,
		amount: Shares,
		asset: PaymentAsset,
		max_price: BalanceOf<T>,
	) -> DispatchResult {
		let mut offer = Offers::<T>::get(model, &seller).ok_or(Error::<T>::NoOffer)?;
		ensure!(offer.asset == asset, Error::<T>::AssetMismatch);
		ensure!(offer.price <= max_price, Error::<T>::PriceAboveMax);
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(amount <= offer.amount, Error::<T>::AboveOffer);
		ensure!(buyer != seller, Error::<T>::BuyerIsSeller);
		Self::ensure_accepted(asset)?;
		let cost = offer
			.price
			.checked_mul(&BalanceOf::<T>::from(amount))
			.ok_or(Error::<T>::Overflow)?;
		// The offer shrinks first, then the shares move (every check of the ledger; what is
		// left of the offer fits what is left of the holding), then the money; the call is one
		// transaction, so a payment that fails undoes the rest.
		offer.amount = offer.amount.saturating_sub(amount);
		if offer.amount == 0 {
			Offers::<T>::remove(model, &seller);
		} else {
			Offers::<T>::insert(model, &seller, offer);
		}
		Self::do_transfer(model, &seller, &buyer, amount)?;
		Self::pay(asset, &buyer, &seller, cost)?;
		Self::deposit_event(Event::Bought { model, seller, buyer, amount, asset, cost });
		Ok(())
	}
}
