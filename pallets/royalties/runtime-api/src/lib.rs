//! The runtime API behind the `royalties_preview` JSON-RPC method.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

use codec::Codec;
pub use pallet_royalties::{OutputId, RoyaltySplit};

sp_api::decl_runtime_apis! {
	/// Royalty previews for studios and marketplaces.
	pub trait RoyaltiesApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// Who gets what if `output` sells for `price`; `None` if it has no royalty policy.
		fn royalty_preview(output: OutputId, price: Balance) -> Option<RoyaltySplit<AccountId, Balance>>;
	}
}
