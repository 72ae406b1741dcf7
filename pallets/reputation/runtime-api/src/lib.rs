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

use codec::{Codec, Decode, Encode};
pub use pallet_reputation::{Points, ReputationInfo, Tier};
use scale_info::TypeInfo;

/// An account's reputation as version 1 of the API answered it: [`ReputationInfo`] without
/// `maturing` (creation matures since version 2) and `seed` (the founding electorate). Clients
/// decode a block of a runtime before version 2 with it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct ReputationInfoV1<Balance> {
	/// The score.
	pub score: Points,
	/// The tier the score reaches.
	pub tier: Tier,
	/// Creation points after decay.
	pub creation: Points,
	/// Stake points.
	pub stake_points: Points,
	/// The stake points that count.
	pub counted_stake_points: Points,
	/// Penalty points after decay.
	pub penalties: Points,
	/// The stake that counts.
	pub staked: Balance,
	/// Stake unbonding.
	pub unbonding: Balance,
	/// The score the next tier needs, if there is one.
	pub next_tier_at: Option<Points>,
	/// Points short of the next tier.
	pub next_tier_needs: Points,
	/// The account's soulbound item, if it has a record.
	pub item: Option<u32>,
}

impl<Balance> From<ReputationInfoV1<Balance>> for ReputationInfo<Balance> {
	/// Nothing matured and no seed before version 2.
	fn from(v1: ReputationInfoV1<Balance>) -> Self {
		Self {
			score: v1.score,
			tier: v1.tier,
			creation: v1.creation,
			maturing: 0,
			seed: 0,
			stake_points: v1.stake_points,
			counted_stake_points: v1.counted_stake_points,
			penalties: v1.penalties,
			staked: v1.staked,
			unbonding: v1.unbonding,
			next_tier_at: v1.next_tier_at,
			next_tier_needs: v1.next_tier_needs,
			item: v1.item,
		}
	}
}

sp_api::decl_runtime_apis! {
	/// Reputation queries for wallets, explorers and voters. Version 2 added `maturing` and
	/// `seed` to the answer.
	#[api_version(2)]
	pub trait ReputationApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The account's reputation at this block, as version 1 answered it.
		#[changed_in(2)]
		fn reputation_of(who: AccountId) -> ReputationInfoV1<Balance>;

		/// The account's reputation at this block: score, its parts, tier, and what the next
		/// tier needs (zeros for an account without a record).
		fn reputation_of(who: AccountId) -> ReputationInfo<Balance>;
	}
}
