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

extern crate alloc;

use codec::{Codec, Decode, Encode};
pub use pallet_royalties::{OutputId, Recipient, RoyaltySplit};

/// A split as version 1 of the API returned it: payouts by account only (before model shares).
#[derive(Clone, PartialEq, Eq, Encode, Decode, scale_info::TypeInfo, Debug)]
pub struct RoyaltySplitV1<AccountId, Balance> {
	/// The price.
	pub price: Balance,
	/// What the seller receives.
	pub seller_proceeds: Balance,
	/// What the reserve receives.
	pub reserve: Balance,
	/// What each account accrues.
	pub payouts: alloc::vec::Vec<(AccountId, Balance)>,
}

impl<AccountId, Balance> From<RoyaltySplitV1<AccountId, Balance>>
	for RoyaltySplit<AccountId, Balance>
{
	fn from(old: RoyaltySplitV1<AccountId, Balance>) -> Self {
		Self {
			price: old.price,
			seller_proceeds: old.seller_proceeds,
			reserve: old.reserve,
			payouts: old
				.payouts
				.into_iter()
				.map(|(who, amount)| (Recipient::Account(who), amount))
				.collect(),
		}
	}
}

sp_api::decl_runtime_apis! {
	/// Royalty previews for studios and marketplaces. Version 2 names a model's shareholders
	/// among the recipients.
	#[api_version(2)]
	pub trait RoyaltiesApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// Who gets what if `output` sells for `price` (version 1: accounts only).
		#[changed_in(2)]
		fn royalty_preview(output: OutputId, price: Balance) -> Option<RoyaltySplitV1<AccountId, Balance>>;
		/// Who gets what if `output` sells for `price`; `None` if it has no royalty policy.
		fn royalty_preview(output: OutputId, price: Balance) -> Option<RoyaltySplit<AccountId, Balance>>;
	}
}
