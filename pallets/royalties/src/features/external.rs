//! External sales: paid elsewhere, recorded by the seller, accepted by the buyer, and charged at
//! least the minimum royalty.

use crate::{pallet::*, types::*};
use atelier_primitives::provenance::{OutputId, OutputRegistry};
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::{
	traits::{Convert, Saturating, Zero},
	DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Records a sale of `output` paid elsewhere, for `buyer` to accept; refuses a zero price, the
	/// seller as buyer, an unaccepted asset, and an output the seller may not sell.
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

	/// Returns how many recipients the sale paid, how many payees it resolved, how many share
	/// pools it paid, and the weight its report used.
	pub(crate) fn do_accept_external_sale(
		buyer: T::AccountId,
		output: OutputId,
		asset: PaymentAsset,
		price: BalanceOf<T>,
	) -> Result<(u32, u32, u32, Weight), DispatchError> {
		let sale = ExternalSales::<T>::get(output).ok_or(Error::<T>::NoExternalSale)?;
		ensure!(sale.buyer == buyer, Error::<T>::NotBuyer);
		ensure!(sale.asset == asset && sale.price == price, Error::<T>::ExternalSaleChanged);
		Self::ensure_accepted(asset)?;
		let model = Self::ensure_sellable(&sale.seller, &output)?;
		let mut split = Self::split(&output, price).ok_or(Error::<T>::NoPolicy)?;
		// However low the declared price, the seller pays at least the minimum royalty: the
		// shortfall goes to the reserve.
		let stack = split.price.saturating_sub(split.seller_proceeds);
		let shortfall = T::MinExternalRoyalty::convert(asset).saturating_sub(stack);
		split.reserve = split.reserve.saturating_add(shortfall);

		let royalties = Self::pay_royalties(asset, &sale.seller, &split, model)?;
		T::Outputs::transfer(&output, &buyer)?;
		Listings::<T>::remove(output);
		ExternalSales::<T>::remove(output);
		let reported = Self::report_sale(&output, asset, price, split.reserve, true);
		Self::deposit_event(Event::Sold {
			output,
			seller: sale.seller,
			buyer,
			asset,
			price,
			royalties,
			external: true,
		});
		Ok((split.payouts.len() as u32, Self::payees(&output), split.shared(), reported))
	}

	/// Drops the external sale recorded for `output`; refuses no such sale and a caller who is
	/// neither its seller nor its buyer.
	pub(crate) fn do_cancel_external_sale(who: T::AccountId, output: OutputId) -> DispatchResult {
		let sale = ExternalSales::<T>::get(output).ok_or(Error::<T>::NoExternalSale)?;
		ensure!(who == sale.seller || who == sale.buyer, Error::<T>::NotParty);
		ExternalSales::<T>::remove(output);
		Self::deposit_event(Event::ExternalSaleCancelled { output });
		Ok(())
	}
}
