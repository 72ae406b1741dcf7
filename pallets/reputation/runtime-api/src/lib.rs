//! The runtime API behind the `reputation_of` JSON-RPC method.

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
pub use pallet_reputation::{Points, ReputationInfo, Tier};

sp_api::decl_runtime_apis! {
	/// Reputation queries for wallets, explorers and voters.
	pub trait ReputationApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The account's reputation at this block: score, its parts, tier, and what the next
		/// tier needs (zeros for an account without a record).
		fn reputation_of(who: AccountId) -> ReputationInfo<Balance>;
	}
}
