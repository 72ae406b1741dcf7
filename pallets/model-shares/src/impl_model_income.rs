//! [`ModelIncome`]: the compute market and royalties pay a model's owner part through it.

use crate::{pallet::*, types::*, weights::WeightInfo};
use atelier_primitives::{
	models::{ModelId, ModelIncome, Payee, Recipient},
	AssetId, Balance,
};
use frame_support::traits::Get;
use sp_runtime::{DispatchResult, SaturatedConversion, Weight};

impl<T: Config> ModelIncome<T::AccountId> for Pallet<T> {
	fn recipient(payee: &Payee<T::AccountId>) -> Option<Recipient<T::AccountId>> {
		match payee {
			Payee::Account(who) => Some(Recipient::Account(who.clone())),
			Payee::Owner(model) if Classes::<T>::contains_key(model) => {
				Some(Recipient::Shareholders(*model))
			},
			Payee::Owner(model) => Self::income_owner(model).map(Recipient::Account),
		}
	}

	fn pool() -> T::AccountId {
		Self::account_id()
	}

	fn credit(model: &ModelId, asset: Option<AssetId>, amount: Balance) -> DispatchResult {
		let asset = asset.map_or(PaymentAsset::Native, PaymentAsset::Asset);
		Self::do_credit(model, asset, amount.saturated_into())
	}

	fn credit_weight() -> Weight {
		T::WeightInfo::credit(T::MaxHolders::get())
	}
}
