//! The runtime API behind the `governance_voter` JSON-RPC method.

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

use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
pub use pallet_governance::{Points, PollIndex, Vote};
use scale_info::TypeInfo;

/// A referendum open to votes, as a voter sees it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct OpenPoll {
	/// The referendum's index.
	pub index: PollIndex,
	/// Its track.
	pub track: u16,
	/// Whether it is in its decision period (else it is preparing or queued).
	pub deciding: bool,
	/// The weight for and against so far.
	pub ayes: Points,
	/// The weight against so far.
	pub nays: Points,
	/// The voter's own vote on it, if any.
	pub vote: Option<Vote>,
}

/// What a voter can do now.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct VoterInfo {
	/// The weight a vote cast now would count: the voter's score.
	pub weight: Points,
	/// The electorate support is counted against.
	pub electorate: Points,
	/// How many more votes the voter may hold open (each locks its stake).
	pub free_vote_slots: u32,
	/// The referenda open to votes (at most 256, the lowest indices first).
	pub open: Vec<OpenPoll>,
}

sp_api::decl_runtime_apis! {
	/// Governance queries for voters and wallets.
	pub trait GovernanceApi<AccountId>
	where
		AccountId: Codec,
	{
		/// `who`'s vote weight now and the referenda it can vote on.
		fn voter(who: AccountId) -> VoterInfo;
	}
}
