//! The runtime API behind the `shares_of` and `model_shares` JSON-RPC methods.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_model_shares::{ClassView, HoldingView, ModelId, PaymentAsset, PoolView};

sp_api::decl_runtime_apis! {
	/// Model shares for wallets and studios.
	pub trait ModelSharesApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// Every holding of `who`, with what it may claim now.
		fn shares_of(who: AccountId) -> Vec<HoldingView<Balance>>;
		/// `model`'s shares, if it has issued them.
		fn model_shares(model: ModelId) -> Option<ClassView<AccountId, Balance>>;
	}
}
