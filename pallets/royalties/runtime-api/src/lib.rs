//! The runtime API behind the `royalties_preview` JSON-RPC method.

#![cfg_attr(not(feature = "std"), no_std)]
// A panic in runtime code halts block production: arithmetic is checked or saturating, indexing
// is checked, and nothing unwraps. Tests and benchmarks allow these in their own modules.
#![cfg_attr(
	not(test),
	deny(
		clippy::arithmetic_side_effects,
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used
	)
)]
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
