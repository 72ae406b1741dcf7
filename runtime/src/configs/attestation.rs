//! Attestation (`pallet-attestation`): the gate to monetization. Its economic values are
//! parameters (`parameters::dynamic_params::attestation`); only the storage bound is a constant.
//!
//! - Attestors are approved, and challenges decided (and violations lifted on appeal), by the
//!   disputes track or Root (the root track, and the sudo key on `dev`).
//! - Provenance asks it whether a dataset or model is cleared (`provenance.rs`), royalties
//!   whether a model's accrued royalties may be paid, and it burns them through royalties.

use frame_support::traits::{ConstU32, EitherOf};
use frame_system::EnsureRoot;

use super::{
	super::{AccountId, Balances, Provenance, Reputation, Royalties, Runtime, RuntimeHoldReason},
	parameters,
};

impl pallet_attestation::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Lineage = Provenance;
	/// A violation upheld with burning burns the model's royalty pots and its share pools.
	type RoyaltyPots = (Royalties, super::super::ModelShares);
	type Observer = Reputation;
	type StakeSlash = Reputation;
	type Purse = crate::Purse;
	type AttestorOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureDisputes>;
	type DecideOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureDisputes>;
	type AttestorBond = parameters::AttestorBond;
	type ModelBondAmount = parameters::ModelBond;
	type ChallengeBondAmount = parameters::ChallengeBond;
	type Quorum = parameters::dynamic_params::attestation::Quorum;
	type MaxAttestationPeriod = parameters::MaxAttestationPeriod;
	type AttestorUnbonding = parameters::AttestorUnbonding;
	type ModelUnbonding = parameters::ModelUnbonding;
	type ChallengePeriod = parameters::ChallengePeriod;
	/// Half an hour: the disputes track's quickest decision takes 40 minutes (10 to prepare, 30
	/// to confirm), so a backer joins before any decision is seen.
	type JoinWindow = frame_support::traits::ConstU32<{ 30 * atelier_primitives::time::MINUTES }>;
	type LockPeriod = parameters::ViolationLock;
	type AttestorSlash = parameters::AttestorSlash;
	type ChallengerShare = parameters::ChallengerShare;
	type FrozenCompensation = parameters::FrozenCompensation;
	type MinorStakeSlash = parameters::MinorStakeSlash;
	type MajorStakeSlash = parameters::MajorStakeSlash;
	/// Sixteen attestors per dataset: eight times the default quorum, so that attestors
	/// replacing expiring attestations always find room.
	type MaxAttestationsPerDataset = ConstU32<16>;
	/// Four accounts may join a challenge: enough for the few who hold evidence, and a
	/// rejection or an uphold pays or releases at most five bonds.
	type MaxBackers = ConstU32<4>;
	type WeightInfo = pallet_attestation::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::provenance::lineage_fixtures::LineageFixtures;
}
