//! The pallet's records.

use crate::pallet::Config;
use atelier_primitives::{
	models::ModelId,
	provenance::{DatasetId, Purpose},
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::fungible::Inspect, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;

/// The native balance.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A challenge's id: a counter.
pub type ChallengeId = u32;

/// The uses an attestation covers: a set of [`Purpose`]s, one bit each (1 training, 2 generative
/// training, 4 inference). polkadot.js passes it as a number.
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
)]
pub struct Uses(pub u8);

impl Uses {
	/// Every use.
	pub const ALL: Uses = Uses(0b111);

	fn bit(purpose: Purpose) -> u8 {
		match purpose {
			Purpose::Training => 1,
			Purpose::GenerativeTraining => 2,
			Purpose::Inference => 4,
		}
	}

	/// Whether the set covers `purpose`.
	pub fn contains(&self, purpose: Purpose) -> bool {
		self.0 & Self::bit(purpose) != 0
	}

	/// Whether the set is a valid, non-empty set of uses.
	pub fn is_valid(&self) -> bool {
		self.0 != 0 && self.0 & !Self::ALL.0 == 0
	}

	/// The set of one use.
	pub fn of(purpose: Purpose) -> Uses {
		Uses(Self::bit(purpose))
	}
}

/// Every use, in the order the runtime API reports them.
pub const PURPOSES: [Purpose; 3] =
	[Purpose::Training, Purpose::GenerativeTraining, Purpose::Inference];

/// One attestor's attestation of a dataset.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct AttestationEntry<AccountId, BlockNumber> {
	/// The attestor.
	pub attestor: AccountId,
	/// The uses it attests the dataset is sourced and licensed for.
	pub uses: Uses,
	/// A commitment to the evidence (the hash of the attestor's report, kept off chain).
	pub evidence: H256,
	/// The block from which it no longer counts.
	pub expires: BlockNumber,
}

/// Where an attestor stands.
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
pub enum AttestorStatus<BlockNumber> {
	/// Bonded, waiting for the approving origin.
	Candidate,
	/// Approved: may attest.
	Active,
	/// Leaving: attests no more, stays slashable until `until`, then withdraws its bond.
	Leaving {
		/// The first block at which the bond may be withdrawn.
		until: BlockNumber,
	},
}

/// An attestor.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Attestor<Balance, BlockNumber> {
	/// The bond held under [`crate::HoldReason::AttestorBond`] (less what slashes took).
	pub bond: Balance,
	/// Candidate, active or leaving.
	pub status: AttestorStatus<BlockNumber>,
	/// How many open challenges name a dataset it had attested when they opened: its bond is
	/// not withdrawn while any is open.
	pub exposure: u32,
}

/// Open challenges against a dataset or model: it is frozen while `open > 0` and the block is
/// before `until` (the latest deadline among them), whether or not anyone has called
/// [`crate::Pallet::lapse`] yet.
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
)]
pub struct Freeze<BlockNumber> {
	/// How many challenges against it are open.
	pub open: u32,
	/// The latest deadline among them.
	pub until: BlockNumber,
}

impl<BlockNumber: PartialOrd> Freeze<BlockNumber> {
	/// Whether it is frozen at `now`.
	pub fn is_frozen(&self, now: &BlockNumber) -> bool {
		self.open > 0 && *now < self.until
	}
}

/// How heavy a violation is: what an upheld challenge does to the tainted lineage.
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
pub enum Severity {
	/// The lineage is barred from earning, and its model bonds and accrued royalties locked,
	/// for the lock period (or until the deciding origin lifts it on appeal).
	Minor,
	/// The lineage is barred for good, and its model bonds and accrued royalties burned.
	Major,
}

/// An upheld violation in force on a dataset or model.
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
pub struct Violation<BlockNumber> {
	/// The challenge that proved it.
	pub challenge: ChallengeId,
	/// Its severity.
	pub severity: Severity,
	/// When a minor violation's lock ends (`None`: a major one, for good).
	pub until: Option<BlockNumber>,
}

impl<BlockNumber: PartialOrd> Violation<BlockNumber> {
	/// Whether it is in force at `now`.
	pub fn in_force(&self, now: &BlockNumber) -> bool {
		self.until.as_ref().is_none_or(|until| now < until)
	}
}

/// What the pallet keeps of a dataset: its attestations and what challenges did to it.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	frame_support::DefaultNoBound,
)]
#[scale_info(skip_type_params(MaxAttestations))]
pub struct DatasetRecord<
	AccountId,
	BlockNumber: Default,
	MaxAttestations: frame_support::traits::Get<u32>,
> {
	/// The attestations, at most one per attestor.
	pub attestations: BoundedVec<AttestationEntry<AccountId, BlockNumber>, MaxAttestations>,
	/// Open challenges.
	pub freeze: Freeze<BlockNumber>,
	/// An upheld violation, if one is in force or was.
	pub violation: Option<Violation<BlockNumber>>,
}

/// A model owner's bond.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct ModelBond<AccountId, Balance, BlockNumber> {
	/// Who bonded it (the model's owner when it bonded).
	pub who: AccountId,
	/// The amount held under [`crate::HoldReason::ModelBond`].
	pub amount: Balance,
	/// When unbonding, the first block at which it may be withdrawn; the model earns nothing
	/// meanwhile.
	pub unbonding: Option<BlockNumber>,
}

/// What the pallet keeps of a model: its owner's bond and what challenges did to it.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	frame_support::DefaultNoBound,
)]
pub struct ModelRecord<AccountId, Balance, BlockNumber: Default> {
	/// The owner's bond, if any.
	pub bond: Option<ModelBond<AccountId, Balance, BlockNumber>>,
	/// Open challenges.
	pub freeze: Freeze<BlockNumber>,
	/// An upheld violation, if one is in force or was.
	pub violation: Option<Violation<BlockNumber>>,
}

/// What a challenge names.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Target {
	/// A dataset: everything trained on it, fine-tunes included, is tainted.
	Dataset(DatasetId),
	/// A model: it and its fine-tunes are tainted.
	Model(ModelId),
}

/// An open challenge.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxAttestations, MaxBackers))]
pub struct Challenge<
	AccountId,
	Balance,
	BlockNumber,
	MaxAttestations: frame_support::traits::Get<u32>,
	MaxBackers: frame_support::traits::Get<u32>,
> {
	/// Who opened it.
	pub challenger: AccountId,
	/// What it names.
	pub target: Target,
	/// The severity the challenger claims.
	pub severity: Severity,
	/// A commitment to the evidence.
	pub evidence: H256,
	/// The challenger's bond, held under [`crate::HoldReason::ChallengeBond`].
	pub bond: Balance,
	/// The block at which it opened: a freeze that ends without a violation extends the
	/// dataset's attestations by the time since.
	pub opened: BlockNumber,
	/// The last block at which the deciding origin may decide it; from then on it lapses.
	pub deadline: BlockNumber,
	/// The attestors who had attested the dataset when it opened (empty for a model): they
	/// stay exposed, whatever they revoke, until it closes.
	pub attestors: BoundedVec<AccountId, MaxAttestations>,
	/// Who joined it, each with the bond it holds under [`crate::HoldReason::ChallengeBond`]:
	/// they share the challenger's reward if it is upheld and forfeit their bonds with its own
	/// if it is not. Joining never moves the deadline.
	pub backers: BoundedVec<(AccountId, Balance), MaxBackers>,
}

impl<AccountId: Clone, Balance: Copy, BlockNumber, MaxAttestations, MaxBackers>
	Challenge<AccountId, Balance, BlockNumber, MaxAttestations, MaxBackers>
where
	MaxAttestations: frame_support::traits::Get<u32>,
	MaxBackers: frame_support::traits::Get<u32>,
{
	/// Every account that holds a bond for it, the challenger first, with its bond.
	pub fn bonds(&self) -> impl Iterator<Item = (AccountId, Balance)> + '_ {
		core::iter::once((self.challenger.clone(), self.bond)).chain(self.backers.iter().cloned())
	}
}

/// How a closed challenge ended.
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
pub enum Outcome {
	/// Upheld by the deciding origin, with this severity.
	Upheld(Severity),
	/// Rejected by the deciding origin.
	Rejected,
	/// Not decided by its deadline: dismissed, like a rejection.
	Lapsed,
}

/// A taint found walking a model's lineage upward.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub enum Taint {
	/// An open challenge against a dataset or model in it.
	Frozen(Target),
	/// A minor violation in force.
	Locked(Target, ChallengeId),
	/// A major violation.
	Burned(Target, ChallengeId),
}

/// Aliases with the runtime's types.
pub type AttestationOf<T> =
	AttestationEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// See [`Attestor`].
pub type AttestorOf<T> = Attestor<BalanceOf<T>, BlockNumberFor<T>>;
/// See [`DatasetRecord`].
pub type DatasetRecordOf<T> = DatasetRecord<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxAttestationsPerDataset,
>;
/// See [`ModelRecord`].
pub type ModelRecordOf<T> =
	ModelRecord<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
/// See [`Challenge`].
pub type ChallengeOf<T> = Challenge<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::MaxAttestationsPerDataset,
	<T as Config>::MaxBackers,
>;

/// Why a dataset or model is not cleared, as the runtime API reports it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub enum Reason<BlockNumber> {
	/// The model has no bond held for it.
	NoModelBond(ModelId),
	/// The model's bond is unbonding.
	ModelUnbonding(ModelId),
	/// The model's bond is below the bond required now (raised since it bonded).
	ModelBondTooLow(ModelId),
	/// The dataset has fewer unexpired attestations for generative training than the quorum.
	LacksQuorum {
		/// The dataset.
		dataset: DatasetId,
		/// Its unexpired attestations for the use.
		attestations: u32,
		/// The quorum.
		quorum: u32,
	},
	/// A challenge against the target is open.
	ChallengeOpen {
		/// The dataset or model.
		target: Target,
		/// When the freeze ends if nobody decides it.
		until: BlockNumber,
	},
	/// A violation is in force on the target.
	Violation {
		/// The dataset or model.
		target: Target,
		/// The challenge that proved it.
		challenge: ChallengeId,
		/// Its severity.
		severity: Severity,
		/// When a minor one ends.
		until: Option<BlockNumber>,
	},
	/// The dataset's licence forbids generative training (provenance's check).
	LicenseForbids(DatasetId),
}

/// A dataset's attestations for one use.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct UseStatus {
	/// The use.
	pub purpose: Purpose,
	/// Unexpired attestations for it.
	pub attestations: u32,
	/// Whether the dataset is cleared for it (quorum, no challenge, no violation).
	pub cleared: bool,
}

/// The attestation status of a dataset or model.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct Status<BlockNumber> {
	/// What it is about.
	pub target: Target,
	/// A dataset: cleared for generative training; a model: may earn.
	pub cleared: bool,
	/// A dataset: each use; a model: empty.
	pub uses: alloc::vec::Vec<UseStatus>,
	/// Every reason it is not cleared, up its lineage (empty when cleared).
	pub reasons: alloc::vec::Vec<Reason<BlockNumber>>,
}
