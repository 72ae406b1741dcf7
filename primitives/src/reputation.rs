//! Reputation's vocabulary: what other pallets report to it (creation and offences), and what
//! they ask of it (an account's tier, its vote weight, the stake behind its votes).
//!
//! The reputation pallet implements every trait here; `()` stands in where a runtime or a test
//! has no reputation.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{DispatchResult, Perbill, Weight};

use crate::{AssetId, Balance};

/// A reputation tier: 0 is the lowest (every account starts there), higher is more trusted.
pub type Tier = u8;

/// Reputation points: the unit of scores, creation, stake points and penalties.
pub type Points = u64;

/// A piece of verified creation another pallet reports, credited to one account.
///
/// Reputation prices creation by what it cost in value that left every account's control (paid
/// to the reserve or burned: `spent`), never by a declared price or by money that went round
/// between accounts that may be one person's. A sale between one's own accounts, a job served
/// for oneself and royalties paid to oneself all move money in a circle; only the protocol's
/// share leaves it.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Creation {
	/// A worker delivered a receipt that settled, for this many compute units.
	ComputeDelivered {
		/// The units delivered.
		units: u64,
		/// The base fee the requester paid for them (the tip, which goes to the worker, is not
		/// counted): the volume the reserve's velocity counts.
		paid: Balance,
		/// The worker's part of what the base fee paid to the reserve and burned (the model's
		/// owner is credited the rest, so it is never counted twice).
		spent: Balance,
	},
	/// A model earned licensing fees (in the native token); credited to the model's owner.
	LicensingEarned {
		/// What the model's licensees were paid.
		amount: Balance,
		/// The owner's part of what the base fee paid to the reserve and burned.
		spent: Balance,
	},
	/// An output was sold; credited to its creator.
	OutputSold {
		/// The payment asset: `None` for the native token.
		asset: Option<AssetId>,
		/// The price. An external sale's is declared, not paid on chain.
		price: Balance,
		/// What the sale paid to the reserve, in the same asset.
		spent: Balance,
		/// Recorded as an external sale: the price changed hands off chain, if at all, so it
		/// counts as no volume.
		external: bool,
	},
	/// Royalties were claimed; credited to the claimant.
	RoyaltiesClaimed {
		/// The asset claimed: `None` for the native token.
		asset: Option<AssetId>,
		/// The amount claimed.
		amount: Balance,
	},
	/// An attestation the account made was proven correct: a challenge against it was rejected.
	AttestationUpheld {
		/// The account's part of the challenger's forfeited bond (ATL), which went to the
		/// reserve.
		forfeited: Balance,
	},
}

/// A proven offence another pallet reports, charged to one account as a penalty.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Offence {
	/// A worker missed a job's deadline and was slashed.
	MissedDeadline,
	/// A dispute against a worker's receipt was upheld.
	DisputeUpheld,
	/// A challenge against what the account attested was upheld.
	ChallengeUpheld,
	/// A proven violation of training-data provenance (a model owner's, upheld on challenge).
	Violation,
}

/// What pallets tell reputation: the compute market, royalties and (later) attestation call it
/// as things happen. A report never fails the reporter's call: reputation absorbs what it cannot
/// record (and logs it).
///
/// A reporter's benchmark measures its call with the costliest report (one that opens a record);
/// each report returns the weight it used, so that the reporter can refund the difference
/// (`max_report_weight() − used`).
pub trait Observer<AccountId> {
	/// `who` created something others paid for. Returns the weight used.
	fn created(who: &AccountId, creation: Creation) -> Weight;
	/// `who` committed a proven offence. Returns the weight used.
	fn offended(who: &AccountId, offence: Offence) -> Weight;
	/// The most weight one report uses.
	fn max_report_weight() -> Weight;
}

impl<AccountId> Observer<AccountId> for () {
	fn created(_: &AccountId, _: Creation) -> Weight {
		Weight::zero()
	}
	fn offended(_: &AccountId, _: Offence) -> Weight {
		Weight::zero()
	}
	fn max_report_weight() -> Weight {
		Weight::zero()
	}
}

/// Two observers, each told everything (reputation and the reserve, which counts the volume
/// that velocity measures). Their weights add up.
impl<AccountId, A: Observer<AccountId>, B: Observer<AccountId>> Observer<AccountId> for (A, B) {
	fn created(who: &AccountId, creation: Creation) -> Weight {
		A::created(who, creation).saturating_add(B::created(who, creation))
	}
	fn offended(who: &AccountId, offence: Offence) -> Weight {
		A::offended(who, offence).saturating_add(B::offended(who, offence))
	}
	fn max_report_weight() -> Weight {
		A::max_report_weight().saturating_add(B::max_report_weight())
	}
}

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
