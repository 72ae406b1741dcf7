//! The activity pallets report as it happens: creation others paid for, and proven offences.
//!
//! Reporters (the compute market, royalties, attestation) call an [`Observer`]; the runtime wires
//! reputation (which scores it) and the reserve (which counts the volume velocity measures)
//! behind it. `()` stands in where a runtime or a test observes nothing.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Weight;

use crate::{models::ModelId, AssetId, Balance};

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
	/// A validator signed two blocks, or two finality votes, for the same slot or round, and a
	/// report proved it on chain (a BABE or GRANDPA equivocation, through `pallet-offences`). The
	/// validators pallet slashes its bond and reports it.
	Equivocation,
	/// An elected validator authored no block in a whole session (its node was down, or did not
	/// serve the keys it registered). The validators pallet slashes its bond and reports it.
	Idle,
	/// An oracle operator revealed a value further from its key's median than the band allows,
	/// or committed and never revealed. The oracle operators' pallet slashes its bond and
	/// reports it (once a round).
	OracleDeviation,
	/// An oracle operator gave no value of a published key for `silence_rounds` rounds in a
	/// row. The oracle operators' pallet slashes its bond and reports it.
	OracleSilence,
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

/// What the chain's own metrics count (the reserve keeps them, per period): demand for models,
/// and the accounts that were active. The compute market, royalties, governance and reputation
/// report to it; a report never fails the reporter's call.
///
/// Each report is at most [`Metrics::max_weight`], which the reporter's weight adds.
pub trait Metrics<AccountId> {
	/// Settled jobs of `model` used `units` compute units, for which their requesters paid
	/// `paid` ATL of base fees (tips are not demand: they go to the worker), of which
	/// `paid_away` left every party's control (to the reserve, less the checkers' share, and
	/// the burn). Returns the weight used.
	fn served(model: &ModelId, units: u64, paid: Balance, paid_away: Balance) -> Weight;
	/// An output of `model` was sold on chain for `price` in `asset` (`None`: ATL), of which
	/// `paid_away` went to the reserve. Returns the weight used.
	fn sold(model: &ModelId, asset: Option<AssetId>, price: Balance, paid_away: Balance) -> Weight;
	/// `who` was active: requested compute, bought or sold, voted, or staked. Returns the
	/// weight used.
	fn engaged(who: &AccountId) -> Weight;
	/// The most weight one report uses.
	fn max_weight() -> Weight;
}

impl<AccountId> Metrics<AccountId> for () {
	fn served(_: &ModelId, _: u64, _: Balance, _: Balance) -> Weight {
		Weight::zero()
	}
	fn sold(_: &ModelId, _: Option<AssetId>, _: Balance, _: Balance) -> Weight {
		Weight::zero()
	}
	fn engaged(_: &AccountId) -> Weight {
		Weight::zero()
	}
	fn max_weight() -> Weight {
		Weight::zero()
	}
}
