//! What pallets ask of reputation: an account's tier, its standing, its vote weight, the stake
//! behind its votes, and a slash of that stake. What they report to it lives in
//! [`crate::activity`], since the reserve observes it too.
//!
//! The reputation pallet implements every trait here; `()` stands in where a runtime or a test
//! has no reputation.

use sp_runtime::{DispatchResult, Perbill, Weight};

use crate::Balance;

/// A reputation tier: 0 is the lowest (every account starts there), higher is more trusted.
pub type Tier = u8;

/// Reputation points: the unit of scores, creation, stake points and penalties.
pub type Points = u64;

/// An account's reputation tier, as the compute market asks it (high-compute gating and queue
/// priority).
pub trait Tiers<AccountId> {
	/// The account's tier now.
	fn tier(who: &AccountId) -> Tier;
}

impl<AccountId> Tiers<AccountId> for () {
	fn tier(_: &AccountId) -> Tier {
		0
	}
}

/// An account's standing, as the validator election ranks candidates by it: the same weight a
/// vote has, its score and its founding seed while the seed lasts. Without the seeds a young
/// chain, whose scores are all zero, would rank its candidates by bond alone, that is by
/// capital; the seeds fade as the community's own score grows, and the election with them moves
/// from the founders to those who earned their score.
pub trait Scores<AccountId> {
	/// The account's standing now, computed without writing storage: the decay and the maturing
	/// of creation since its record was last written are applied in memory.
	fn score(who: &AccountId) -> Points;
}

impl<AccountId> Scores<AccountId> for () {
	fn score(_: &AccountId) -> Points {
		0
	}
}

/// What governance needs from reputation: the weight of a vote, and a lock on the stake behind
/// it, so that a stake cannot vote and leave (nor be lent for one vote).
pub trait VoteStake<AccountId> {
	/// Identifies a poll (a referendum).
	type PollIndex;

	/// The account's vote weight now: its score, and its founding seed while the seed lasts.
	fn vote_weight(who: &AccountId) -> Points;

	/// The electorate: the sum of every account's score as last written (it may lag a decay or
	/// a maturing until the account's record is next written), and the founding seed while it
	/// lasts.
	fn total_weight() -> Points;

	/// Brings the account's record up to date (so that its score now is in
	/// [`VoteStake::total_weight`]) and locks its counted stake for `poll`: it cannot be
	/// unstaked until [`VoteStake::unlock_vote`] for the same poll. Fails if the account already
	/// holds as many vote locks as reputation keeps.
	fn lock_for_vote(who: &AccountId, poll: Self::PollIndex) -> DispatchResult;

	/// Releases the lock for `poll` (the poll ended, or the vote was removed).
	fn unlock_vote(who: &AccountId, poll: Self::PollIndex);
}

/// Slashing the stake behind a reputation (attestation's upheld challenges).
pub trait StakeSlash<AccountId> {
	/// Takes `fraction` of the account's stake, counted and unbonding alike, to the reserve.
	/// Returns what was taken.
	fn slash_stake(who: &AccountId, fraction: Perbill) -> Balance;

	/// The most [`StakeSlash::slash_stake`] weighs (its benchmark's worst case): a caller adds
	/// it to its own weight.
	fn slash_weight() -> Weight;
}
