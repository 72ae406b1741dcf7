//! The compute market (`pallet-compute-market`): prices, shares, stakes and bounds, and the model
//! registry it asks.
//!
//! Models are the provenance pallet's: it says which exist and may earn (every dataset down the
//! lineage cleared), and who shares each model's licensing fee.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64, EitherOf},
};
use frame_system::EnsureRoot;
use sp_runtime::{transaction_validity::TransactionPriority, Perbill};

use super::{
	super::{AccountId, Runtime, RuntimeCall, RuntimeHoldReason, UncheckedExtrinsic},
	parameters,
};
use atelier_primitives::{
	currency::{MILLI_UNIT, UNIT},
	time::{DAYS, HOURS, MINUTES},
};

/// The compute market's id: its settlement account, through which a batch of receipts pays.
pub const COMPUTE_MARKET_PALLET_ID: frame_support::PalletId = frame_support::PalletId(*b"atl/cmkt");

parameter_types! {
	pub const ComputeMarketPalletId: frame_support::PalletId = COMPUTE_MARKET_PALLET_ID;
	pub const MissedDeadlineSlash: Perbill = Perbill::from_percent(1);
	pub const DisputeSlash: Perbill = Perbill::from_percent(10);
	/// A settled job pays for at least half the units it reserved: the base fee moved on all of
	/// them.
	pub const MinChargedShare: Perbill = Perbill::from_percent(50);
	/// Receipts outrank ordinary transactions: a late receipt costs the worker its stake.
	pub const ReceiptPriority: TransactionPriority = TransactionPriority::MAX / 2;
	/// A worker may refuse a twentieth of the jobs it is given, and four more, a day.
	pub const RefusalShare: Perbill = Perbill::from_percent(5);
}

impl pallet_compute_market::Config for Runtime {
	type Currency = super::super::Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Purse = crate::Purse;
	type Models = super::super::Provenance;
	/// A model owner's part of a licensing fee goes to the model's shareholders once it has
	/// issued shares.
	type Income = super::super::ModelShares;
	/// Reputation credits creation; the reserve counts the ATL volume velocity measures.
	type Observer = (super::super::Reputation, super::super::Reserve);
	/// The reserve's metrics count each batch's demand per model and each requester as active.
	type Metrics = super::super::Reserve;
	type Tiers = super::super::Reputation;
	type HighComputeTier = parameters::dynamic_params::compute::HighComputeTier;
	/// The disputes track decides disputes (in hours: see `docs/pallets/governance.md`); Root
	/// too (the root track, and the sudo key on `dev`).
	type DisputeOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureDisputes>;
	/// 100 000 units a class a block; the base fee targets 50 000.
	type BlockUnitLimit = ConstU64<100_000>;
	/// The base fee's bounds and split are economic parameters (`configs::parameters`).
	type MinBaseFee = parameters::MinBaseFee;
	type MaxBaseFee = parameters::MaxBaseFee;
	type WorkerShare = parameters::WorkerShare;
	type LicensingShare = parameters::LicensingShare;
	type ReserveShare = parameters::ReserveShare;
	type BurnShare = parameters::BurnShare;
	/// 100 ATL.
	type MinWorkerStake = frame_support::traits::ConstU128<{ 100 * UNIT }>;
	/// 0.01 ATL of stake for each unit a block a worker claims: the least stake backs 10 000
	/// units (a tenth of a class's block), a whole class's 100 000 units take 1 000 ATL.
	type StakePerUnit = frame_support::traits::ConstU128<{ 10 * MILLI_UNIT }>;
	type UnbondingPeriod = ConstU32<{ 7 * DAYS }>;
	type MissedDeadlineSlash = MissedDeadlineSlash;
	type DisputeSlash = DisputeSlash;
	/// 10 ATL.
	type DisputeDeposit = frame_support::traits::ConstU128<{ 10 * UNIT }>;
	type ChallengePeriod = ConstU32<{ HOURS }>;
	type MaxJobDuration = ConstU32<{ 30 * MINUTES }>;
	/// A worker is given at least a minute (10 blocks) to serve a job: its off-chain worker
	/// sees the assignment after the block is imported, calls the inference service (30 s at
	/// most) and its receipt goes through the pool into a block.
	type MinServiceWindow = ConstU32<{ MINUTES }>;
	type MinChargedShare = MinChargedShare;
	/// A week for the dispute origin to decide, as long as a leaving worker's stake unbonds.
	type DisputeTimeout = ConstU32<{ 7 * DAYS }>;
	/// Refusals are counted by the day: four, and a twentieth of the jobs assigned. A worker's
	/// service that rejects its jobs beyond that has its jobs expire and is slashed, as before
	/// refusals existed: it cannot refuse its way out of work it dislikes.
	type RefusalPeriod = ConstU32<{ DAYS }>;
	type RefusalAllowance = ConstU32<4>;
	type RefusalShare = RefusalShare;
	type MaxPendingJobs = ConstU32<256>;
	/// No account holds more than a sixteenth of the queue.
	type MaxPendingPerAccount = ConstU32<16>;
	/// 0.01 ATL held while a job waits, kept if it lapses without admission: 256 queued jobs
	/// that never run leave 2.56 ATL to the reserve.
	type PendingLapseFee = frame_support::traits::ConstU128<{ 10 * MILLI_UNIT }>;
	type MaxAdmissionsPerBlock = ConstU32<64>;
	type MaxWorkersPerClass = ConstU32<64>;
	type MaxJobsPerWorker = ConstU32<32>;
	/// Deadlines and dispute lapses; with spill-over into the next 7 blocks, 2 560 a block.
	/// 320, not 512, since a missed deadline reports an offence to reputation (which may open a
	/// record and mint its item): the hook at its bounds must stay within a quarter of a block.
	type MaxTimeoutsPerBlock = ConstU32<320>;
	/// Above the receipts a block's weight can settle (`integrity_test` checks it).
	type MaxClosingsPerBlock = ConstU32<8192>;
	type PalletId = ComputeMarketPalletId;
	type UnsignedPriority = ReceiptPriority;
	/// BABE's VRF outputs: a batch is drawn with the output of the block after its own.
	type Randomness = super::consensus::BabeRandomness;
	type CheckRate = parameters::CheckRate;
	type MaxCheckRate = parameters::MaxCheckRate;
	type CheckSlashFactor = parameters::CheckSlashFactor;
	type CheckWindow = parameters::CheckWindow;
	type VerificationShare = parameters::VerificationShare;
	/// A failure raises a worker's chance of a check for a week.
	type PenaltyMemory = ConstU32<{ 7 * DAYS }>;
	/// At the default rates a full block of receipts (4 384) opens about 220 checks on
	/// average; beyond 64 in one block, a drawn job is paid without a check (the hook at its bounds
	/// must fit in a third of a block).
	type MaxChecksPerBlock = ConstU32<64>;
	type WeightInfo = pallet_compute_market::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::provenance::lineage_fixtures::LineageFixtures;
}

/// Receipts from off-chain workers are bare (unsigned) extrinsics.
impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> frame_system::offchain::CreateBare<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_bare(call)
	}
}
