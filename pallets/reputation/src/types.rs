//! The pallet's records, its parameter shapes and what the runtime API returns.

use atelier_primitives::{
	activity::Creation,
	reputation::{Points, Tier},
	ItemId,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::ConstU32, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::traits::{Get, Saturating};

/// A governance poll (referendum) index, as `pallet-referenda` numbers them.
pub type PollIndex = u32;

/// The highest tier: tiers run from 0 to this, one threshold each above 0.
pub const MAX_TIER: Tier = 3;

/// The most periods of creation an account has maturing at once: one entry per period it was
/// credited in, for at most `CreationMaturity` periods (which is below this).
pub const MAX_MATURING: u32 = 32;

/// Creation credited in a period and not yet counted: `(period, points)`, oldest first.
pub type Maturing = BoundedVec<(u32, Points), ConstU32<MAX_MATURING>>;

/// The kinds of creation, each with its rate and its cap per period.
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
pub enum CreationKind {
	/// Compute units delivered in settled receipts.
	Compute,
	/// Licensing fees earned by one's models.
	Licensing,
	/// Sales of one's outputs.
	Sales,
	/// Royalties claimed.
	Royalties,
	/// Attestations proven correct.
	Attestations,
}

impl CreationKind {
	/// The kind of a report.
	pub fn of(creation: &Creation) -> Self {
		match creation {
			Creation::ComputeDelivered { .. } => CreationKind::Compute,
			Creation::LicensingEarned { .. } => CreationKind::Licensing,
			Creation::OutputSold { .. } => CreationKind::Sales,
			Creation::RoyaltiesClaimed { .. } => CreationKind::Royalties,
			Creation::AttestationUpheld { .. } => CreationKind::Attestations,
		}
	}
}

/// How a kind of creation turns into points: `points` for every `per` of its measure (the
/// nominal value, in the native token's smallest unit, of what it paid to the reserve or burned,
/// or of the royalties claimed), at most `cap` points a period for one account.
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
	Default,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct Rate {
	/// Points for every `per` of the measure.
	pub points: Points,
	/// The measure that earns `points`; zero earns nothing.
	pub per: u128,
	/// The most points one account earns of this kind in one period.
	pub cap: Points,
}

impl Rate {
	/// The points `measure` earns before the cap: `measure × points / per`, rounded down.
	pub fn points_for(&self, measure: u128) -> Points {
		if self.per == 0 {
			return 0;
		}
		let points = measure
			.saturating_mul(u128::from(self.points))
			.checked_div(self.per)
			.unwrap_or(0);
		Points::try_from(points).unwrap_or(Points::MAX)
	}
}

/// One value for each kind of creation: the rates (a governance parameter, [`CreationRates`]) and
/// the points earned in the current period ([`Earned`]).
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
	Default,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct PerKind<T> {
	/// Compute delivered (the worker's part of what its jobs' base fees paid the reserve and
	/// burned).
	pub compute: T,
	/// Licensing fees earned by one's models (the owner's part of the same).
	pub licensing: T,
	/// Outputs sold (what the sales paid the reserve).
	pub sales: T,
	/// Royalties claimed (nominal value).
	pub royalties: T,
	/// Attestations proven correct (the attestor's part of the forfeited challenge bond).
	pub attestations: T,
}

impl<T> PerKind<T> {
	/// The value of `kind`.
	pub fn of(&self, kind: CreationKind) -> &T {
		match kind {
			CreationKind::Compute => &self.compute,
			CreationKind::Licensing => &self.licensing,
			CreationKind::Sales => &self.sales,
			CreationKind::Royalties => &self.royalties,
			CreationKind::Attestations => &self.attestations,
		}
	}

	/// The value of `kind`, to change.
	pub fn of_mut(&mut self, kind: CreationKind) -> &mut T {
		match kind {
			CreationKind::Compute => &mut self.compute,
			CreationKind::Licensing => &mut self.licensing,
			CreationKind::Sales => &mut self.sales,
			CreationKind::Royalties => &mut self.royalties,
			CreationKind::Attestations => &mut self.attestations,
		}
	}
}

/// The rate of every kind of creation (a governance parameter).
pub type CreationRates = PerKind<Rate>;

impl CreationRates {
	/// The most creation points one account can earn in a period, all kinds together.
	pub fn cap_per_period(&self) -> Points {
		[self.compute, self.licensing, self.sales, self.royalties, self.attestations]
			.iter()
			.fold(0, |sum: Points, rate| sum.saturating_add(rate.cap))
	}
}

/// The penalty points of each offence (a governance parameter).
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
	Default,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct Penalties {
	/// A missed job deadline.
	pub missed_deadline: Points,
	/// An upheld dispute of a receipt.
	pub dispute_upheld: Points,
	/// An upheld challenge of an attestation.
	pub challenge_upheld: Points,
	/// A proven provenance violation.
	pub violation: Points,
}

/// Creation points earned in the current period, by kind (for the caps).
pub type Earned = PerKind<Points>;

/// A stake on its way out: it no longer counts, stays slashable, and is released at `unlocks_at`.
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
pub struct Unbonding<Balance, BlockNumber> {
	/// The amount.
	pub amount: Balance,
	/// The first block it may be withdrawn in.
	pub unlocks_at: BlockNumber,
}

/// An account's reputation. Creation and penalties are as decayed to the start of `period`;
/// reading them later decays them further (see `docs/pallets/reputation.md`).
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxUnbonding, MaxVoteLocks))]
pub struct Record<
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxUnbonding: Get<u32>,
	MaxVoteLocks: Get<u32>,
> {
	/// Its soulbound item in the reputation collection.
	pub item: ItemId,
	/// The stake that counts, held under the pallet's `Stake` reason.
	pub staked: Balance,
	/// When the counted stake started, on average weighted by amount: each top-up moves it
	/// toward the top-up's block, so a new stake ages from zero whatever was staked before.
	pub stake_since: BlockNumber,
	/// Stake on its way out, held until it unlocks.
	pub unbonding: BoundedVec<Unbonding<Balance, BlockNumber>, MaxUnbonding>,
	/// The stake each open vote locks, by poll.
	pub vote_locks: BoundedVec<(PollIndex, Balance), MaxVoteLocks>,
	/// Creation points, decayed to the start of `period`.
	pub creation: Points,
	/// Penalty points, decayed to the start of `period`.
	pub penalties: Points,
	/// The period the decay was last applied at, and `earned` counts in.
	pub period: u32,
	/// Creation points earned in `period`, by kind.
	pub earned: Earned,
	/// The score and tier last written to the item's attributes, and when.
	pub score: Points,
	/// See `score`.
	pub tier: Tier,
	/// See `score`.
	pub updated_at: BlockNumber,
	/// Creation credited and not yet counted, by the period it was credited in: it joins
	/// `creation` `CreationMaturity` periods later (and decays from then on).
	pub maturing: Maturing,
}

impl<Balance, BlockNumber, MaxUnbonding, MaxVoteLocks>
	Record<Balance, BlockNumber, MaxUnbonding, MaxVoteLocks>
where
	Balance: Clone + PartialEq + Eq + core::fmt::Debug + Copy + Saturating + Default + Ord,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxUnbonding: Get<u32>,
	MaxVoteLocks: Get<u32>,
{
	/// The stake held for the account: counted and unbonding.
	pub fn held(&self) -> Balance {
		self.unbonding
			.iter()
			.fold(self.staked, |sum, chunk| sum.saturating_add(chunk.amount))
	}

	/// The stake that open votes lock: the largest lock.
	pub fn locked(&self) -> Balance {
		self.vote_locks.iter().map(|(_, amount)| *amount).max().unwrap_or_default()
	}
}

/// An account's reputation as the runtime API reports it, computed at the block asked.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct ReputationInfo<Balance> {
	/// The score: creation plus counted stake points, less penalties.
	pub score: Points,
	/// The tier the score reaches.
	pub tier: Tier,
	/// Creation points after decay (matured: they count).
	pub creation: Points,
	/// Creation points credited and not yet matured: they count once `CreationMaturity`
	/// periods have passed since they were credited.
	pub maturing: Points,
	/// The founding seed the account's vote weighs now, beside its score (it fades as the
	/// community's own score grows).
	pub seed: Points,
	/// Stake points: the square root of the stake, grown with its age up to the maturity.
	pub stake_points: Points,
	/// The stake points that count: at most the creation points times the stake ratio.
	pub counted_stake_points: Points,
	/// Penalty points after decay.
	pub penalties: Points,
	/// The stake that counts.
	pub staked: Balance,
	/// Stake unbonding.
	pub unbonding: Balance,
	/// The score the next tier needs, if there is one.
	pub next_tier_at: Option<Points>,
	/// Points short of the next tier (0 at the top).
	pub next_tier_needs: Points,
	/// The account's soulbound item, if it has a record.
	pub item: Option<ItemId>,
}

/// What a report did, for the weight it used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ReportCost {
	/// Nothing recorded (no point, or past the cap): the parameters and the record read.
	Nothing,
	/// An existing record updated, and its item's attributes (its score or tier moved).
	Updated,
	/// An existing record updated, its score and tier as they were (the points mature later):
	/// the item's attributes are left alone.
	Recorded,
	/// A record opened and its item minted.
	Opened,
}
