//! Types of the compute market: workers, jobs, the pending queue and receipts.

use super::*;
use atelier_primitives::{
	compute::{HardwareClass, JobId, WorkerPublic},
	models::ModelId,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::{fungible::Inspect, ConstU32},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;

/// The native token's balance type.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A worker as the pallet stores it.
pub type WorkerOf<T> = Worker<BalanceOf<T>, BlockNumberFor<T>>;
/// A job as the pallet stores it.
pub type JobOf<T> = Job<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
/// An entry of the pending queue as the pallet stores it.
pub type PendingOf<T> =
	PendingJob<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A spot check as the pallet stores it.
pub type CheckOf<T> =
	Check<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
/// A batch waiting for its spot-check draw, as the pallet stores it.
pub type SampleBatchOf<T> = SampleBatch<BalanceOf<T>, <T as Config>::MaxJobsPerWorker>;

/// The active workers of one class, as the pallet stores them.
pub type ActiveOf<T> = frame_support::BoundedVec<
	<T as frame_system::Config>::AccountId,
	<T as Config>::MaxWorkersPerClass,
>;
/// A worker registered at genesis: account, stake, capacity, class, signing key.
pub type GenesisWorkerOf<T> =
	(<T as frame_system::Config>::AccountId, BalanceOf<T>, u64, HardwareClass, WorkerPublic);
/// A job assigned at genesis: requester, model, class, max units, base fee per unit (raised to
/// `MinBaseFee`, capped at `MaxBaseFee`), tip per unit, deadline.
pub type GenesisJobOf<T> = (
	<T as frame_system::Config>::AccountId,
	ModelId,
	HardwareClass,
	u64,
	BalanceOf<T>,
	BalanceOf<T>,
	BlockNumberFor<T>,
);

/// Whether a worker takes new jobs.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum WorkerStatus<BlockNumber> {
	/// Takes new jobs of its class.
	Active,
	/// Takes no new jobs; still owes the ones it holds. Set by the worker, or by the pallet when a
	/// slash leaves its stake below the minimum.
	Paused,
	/// Leaving: takes no new jobs, and its stake is released once `unbonds_at` has passed and it
	/// holds no jobs.
	Leaving {
		/// The first block at which the stake may be withdrawn.
		unbonds_at: BlockNumber,
	},
}

/// Whether a worker's inference service answers a job the same way on every worker of its
/// class (`docs/inference-service.md#determinism`), which is what a spot check's re-run needs.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Answers {
	/// Same job, same output hash, on any worker of the class: the worker serves every job, its
	/// receipts are sampled for spot checks and it is drawn to check others'.
	#[default]
	Deterministic,
	/// Its outputs differ from run to run or from machine to machine: it serves only jobs that
	/// waive verification ([`Verification::Waived`]), its receipts are never spot-checked, and
	/// it never checks another's.
	Nondeterministic,
}

/// What a job asks of verification.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Verification {
	/// Only a worker with deterministic answers serves it, and its receipt is sampled when the
	/// class has two other such workers to check it (the quote's `spot_checked` says whether).
	#[default]
	Required,
	/// Any worker serves it, one with nondeterministic answers too, whose receipt no re-run can
	/// check. A deterministic worker's receipt is sampled as ever: sampling follows the worker.
	Waived,
}

impl Answers {
	/// Whether a worker with these answers serves a job that asks `verification`.
	pub fn serve(&self, verification: Verification) -> bool {
		*self == Answers::Deterministic || verification == Verification::Waived
	}
}

/// What the active workers of a class offer a job of a size, by their answers (runtime API,
/// beside [`Quote`]).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct QuoteVerification {
	/// Active workers that serve the size with deterministic answers: a job that requires
	/// verification waits for one of them.
	pub deterministic_workers: u32,
	/// Active workers that serve the size with nondeterministic answers: they take only jobs
	/// that waive verification, and their receipts are never checked.
	pub nondeterministic_workers: u32,
	/// Whether a deterministic worker's receipt of the class is spot-checked now: the class has
	/// three deterministic active workers (the worker, a checker and a tie-breaker).
	pub spot_checked: bool,
	/// The least chance that such a receipt is checked (`CheckRate`; raised per worker).
	pub check_rate: sp_runtime::Perbill,
}

/// The job sizes a worker serves: it is given only jobs whose `max_units` lies within them.
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
pub struct JobSizes {
	/// The fewest units a job it serves reserves (its service's smallest job).
	pub min_units: u64,
	/// The most units a job it serves reserves.
	pub max_units: u64,
}

impl JobSizes {
	/// Every size: genesis workers serve these until they declare their own.
	pub const ANY: JobSizes = JobSizes { min_units: 1, max_units: u64::MAX };

	/// Whether a job reserving `units` is within the sizes.
	pub fn serves(&self, units: u64) -> bool {
		self.min_units <= units && units <= self.max_units
	}

	/// Whether the sizes are valid for a worker of `capacity`: `1 ≤ min ≤ max` and the smallest
	/// job fits its capacity (else it could never be given one).
	pub fn valid_for(&self, capacity: u64) -> bool {
		self.min_units >= 1 && self.min_units <= self.max_units && self.min_units <= capacity
	}
}

/// A worker's refusals in the current window, and the jobs it was given in it: rolled over when
/// the worker is next touched after `RefusalPeriod`, so no hook walks workers.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct RefusalBook<BlockNumber> {
	/// The window's first block.
	pub since: BlockNumber,
	/// Jobs assigned to the worker in the window.
	pub assigned: u32,
	/// Jobs it refused in the window.
	pub refused: u32,
}

impl<BlockNumber: sp_runtime::traits::AtLeast32BitUnsigned + Copy> RefusalBook<BlockNumber> {
	/// A fresh window from `now`.
	pub fn new(now: BlockNumber) -> Self {
		Self { since: now, assigned: 0, refused: 0 }
	}

	/// The book at `now`: a fresh window once `period` has passed since this one began.
	pub fn rolled(&self, now: BlockNumber, period: BlockNumber) -> Self {
		if now >= self.since.saturating_add(period) {
			Self::new(now)
		} else {
			self.clone()
		}
	}
}

/// Why a worker refuses a job (its service's answer).
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
pub enum RefusalReason {
	/// The job is below the service's smallest job, `min_units` (more than the job's
	/// `max_units`): the worker's declared sizes start at `min_units` from now on.
	TooSmall {
		/// The service's smallest job.
		min_units: u64,
	},
	/// The service rejects the job as invalid for another reason (an input it cannot use).
	Invalid,
}

/// A worker's refusal of a job assigned to it; signed with its `atel` key.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Refusal {
	/// The job refused.
	pub job: JobId,
	/// Why.
	pub reason: RefusalReason,
}

/// Domain separator of refusal signatures: no receipt or key proof passes for a refusal.
pub const REFUSAL_SIGNING_CONTEXT: &[u8] = b"atelier/compute-refusal/v1";

/// The bytes a worker signs to refuse a job on the chain with genesis hash `genesis`.
pub fn refusal_signing_payload<Hash: Encode>(
	genesis: &Hash,
	refusal: &Refusal,
) -> alloc::vec::Vec<u8> {
	(REFUSAL_SIGNING_CONTEXT, genesis, refusal).encode()
}

/// A registered GPU worker.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Worker<Balance, BlockNumber> {
	/// The stake held under [`HoldReason::WorkerStake`]; equal to the balance on hold.
	pub stake: Balance,
	/// Compute units the worker serves per block: the most units of open jobs it is given at a
	/// time.
	pub capacity: u64,
	/// The hardware it offers.
	pub class: HardwareClass,
	/// The public key of its off-chain `atel` signing key, which signs its receipts.
	pub signing_key: WorkerPublic,
	/// Whether it takes new jobs.
	pub status: WorkerStatus<BlockNumber>,
	/// Units (the jobs' `max_units`) of the jobs assigned to it and not yet settled or expired.
	pub load: u64,
	/// How many jobs are assigned to it and not yet settled or expired.
	pub open_jobs: u32,
	/// How many of its receipts are under dispute; it cannot withdraw its stake until they are
	/// decided.
	pub disputes: u32,
	/// The job sizes it serves: admission gives it no other.
	pub job_sizes: JobSizes,
	/// Its refusals and assignments in the current window.
	pub refusals: RefusalBook<BlockNumber>,
	/// Whether its service answers deterministically: which jobs it serves, and whether its
	/// receipts are checked. Changed only while it is paused and nothing of it is open
	/// ([`crate::Pallet::set_answers`]), so every job of it that can still be checked was
	/// served under the answers it declares now.
	pub answers: Answers,
}

impl<Balance, BlockNumber> Worker<Balance, BlockNumber> {
	/// Units it can still take.
	pub fn free_capacity(&self) -> u64 {
		self.capacity.saturating_sub(self.load)
	}
}

/// Where a job is in its life.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum JobStatus<AccountId, Balance, BlockNumber> {
	/// Waiting in the queue for a block whose base fee it covers and for a free worker.
	Pending,
	/// Admitted and assigned; the worker owes a receipt by the deadline.
	Assigned {
		/// The worker that runs it.
		worker: AccountId,
		/// The base fee per unit when it was admitted: the price it settles at.
		base_fee_per_unit: Balance,
		/// The block it was admitted in.
		admitted_at: BlockNumber,
	},
	/// Paid for; the requester may dispute the receipt until the challenge period ends.
	Settled {
		/// The worker that ran it.
		worker: AccountId,
		/// The hash of the output the worker delivered.
		output_hash: H256,
		/// Compute units the worker reported.
		units_used: u64,
		/// What the requester paid in all.
		charged: Balance,
		/// The block the receipt landed in.
		settled_at: BlockNumber,
	},
	/// The requester disputes the receipt; the dispute origin decides, or the dispute lapses.
	Disputed {
		/// The worker that ran it.
		worker: AccountId,
		/// What the requester paid in all.
		charged: Balance,
		/// The deposit the requester holds under [`HoldReason::DisputeDeposit`].
		deposit: Balance,
		/// The last block the dispute origin may decide in; after it the dispute lapses
		/// (deposit returned, no slash) and the worker's stake is free again.
		lapses_at: BlockNumber,
	},
}

/// A job for a model, paid for from an escrow held on the requester's account.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Job<AccountId, Balance, BlockNumber> {
	/// Who asked for it and pays for it.
	pub requester: AccountId,
	/// The model it runs.
	pub model: ModelId,
	/// The hardware it needs.
	pub class: HardwareClass,
	/// The most compute units it may use.
	pub max_units: u64,
	/// The highest base fee per unit the requester accepts.
	pub max_base_fee_per_unit: Balance,
	/// The tip per unit, paid to the worker on top of the base fee.
	pub tip_per_unit: Balance,
	/// A commitment (hash) to the job's input, which the worker fetches off chain.
	pub input_commitment: H256,
	/// The last block in which its receipt is accepted.
	pub deadline: BlockNumber,
	/// The amount held under [`HoldReason::JobEscrow`] for it: `max_units × (max_base_fee +
	/// tip)` while pending, `max_units × (base_fee_at_admission + tip)` once assigned, zero once
	/// settled.
	pub escrow: Balance,
	/// Where it is in its life.
	pub status: JobStatus<AccountId, Balance, BlockNumber>,
}

/// A pending job, as the queue keeps it: everything admission needs without reading the job.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct PendingJob<AccountId, Balance, BlockNumber> {
	/// The job.
	pub job: JobId,
	/// Who asked for it: no account holds more than `MaxPendingPerAccount` entries.
	pub requester: AccountId,
	/// The hardware it needs.
	pub class: HardwareClass,
	/// Its most units.
	pub max_units: u64,
	/// The highest base fee per unit it accepts.
	pub max_base_fee_per_unit: Balance,
	/// Its tip per unit: the queue is ordered by it, highest first, first come first served
	/// among equals.
	pub tip_per_unit: Balance,
	/// The last block its receipt is accepted in: it is admitted only while at least
	/// `MinServiceWindow` blocks of it are left.
	pub deadline: BlockNumber,
	/// Its priority: the queue is ordered by it first (0 but on the high-compute class, where
	/// it is the requester's tier above `HighComputeTier`).
	pub priority: atelier_primitives::reputation::Tier,
	/// What it asks of verification: which workers may take it.
	pub verification: Verification,
}

/// What a worker attests when it delivers a job; signed with its `atel` key.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Receipt {
	/// The job delivered.
	pub job: JobId,
	/// The commitment to the output: [`output_commitment`] of the job and the output's hash (the
	/// reference service's: blake2-256 of the rendered file). The hash itself stays with the
	/// worker and the requester until a spot check or a mint opens the commitment.
	pub output_hash: H256,
	/// Compute units used, at most the job's `max_units`.
	pub units_used: u64,
}

/// Domain separator of receipt signatures, so that no other message signed by an `atel` key can
/// pass for a receipt.
pub const RECEIPT_SIGNING_CONTEXT: &[u8] = b"atelier/compute-receipt/v1";

/// The bytes a worker signs for `receipt` on the chain with genesis hash `genesis`: the context,
/// the genesis hash (so a receipt cannot be replayed on another chain) and the receipt.
pub fn receipt_signing_payload<Hash: Encode>(
	genesis: &Hash,
	receipt: &Receipt,
) -> alloc::vec::Vec<u8> {
	(RECEIPT_SIGNING_CONTEXT, genesis, receipt).encode()
}

/// Domain separator of a batch's signature: distinct from a single receipt's, so that no
/// signature of one can pass for the other.
pub const RECEIPTS_SIGNING_CONTEXT: &[u8] = b"atelier/compute-receipts/v1";

/// The bytes a worker signs for a batch of `receipts` on the chain with genesis hash `genesis`:
/// the context, the genesis hash and the receipts (SCALE: a compact length, then each receipt).
pub fn receipts_signing_payload<Hash: Encode>(
	genesis: &Hash,
	receipts: &[Receipt],
) -> alloc::vec::Vec<u8> {
	(RECEIPTS_SIGNING_CONTEXT, genesis, receipts).encode()
}

/// What a batch of receipts pays beyond its jobs, declared by its submitter (witness data, as
/// FRAME's calls whose cost the caller knows declare it): the transaction is weighed by it
/// before it runs, refused if it declares less than the batch pays, and refunded what it
/// declared beyond.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct SettlementWitness {
	/// The distinct models the batch's jobs ran.
	pub models: u32,
	/// The distinct accounts among those models' licensees.
	pub licensees: u32,
}

/// The context of a worker key's proof of possession.
pub const KEY_OWNERSHIP_CONTEXT: &[u8] = b"atelier/compute-market/worker-key/v1";

/// The bytes an `atel` key signs to prove that its holder registers it for `account` on the
/// chain with genesis hash `genesis`: the context, the genesis hash (no replay on another
/// chain) and the account (no replay by another account).
pub fn key_ownership_payload<Hash: Encode, AccountId: Encode>(
	genesis: &Hash,
	account: &AccountId,
) -> alloc::vec::Vec<u8> {
	(KEY_OWNERSHIP_CONTEXT, genesis, account).encode()
}

/// How a quote for `(model, class, units)` looks to a studio (runtime API).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct Quote<Balance> {
	/// Whether the model exists and may earn: jobs for other models are refused.
	pub model_available: bool,
	/// The base fee per unit in effect in this block.
	pub base_fee_per_unit: Balance,
	/// The base fee per unit the next block will charge, from this block's admissions.
	pub next_base_fee_per_unit: Balance,
	/// A tip per unit that puts a job of this size within the next block's unit limit ahead of
	/// the pending jobs that outbid it; zero when the queue leaves room.
	pub suggested_tip_per_unit: Balance,
	/// `units × (next_base_fee + suggested_tip)`: what the job costs if it uses every unit.
	pub estimated_cost: Balance,
	/// The `max_base_fee_per_unit` to submit with, per unit: the next base fee with a
	/// 12.5%-a-block margin for two blocks of rising prices (`next_base_fee × 81/64`, rounded
	/// up, at most `MaxBaseFee`). The escrow is `units × (this + tip)` plus the lapse fee.
	pub suggested_max_base_fee_per_unit: Balance,
}

/// A spot check's answer slot: the worker drawn to re-run the job, its commitment and, once
/// revealed, its output hash.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct CheckAnswer<AccountId> {
	/// The checker.
	pub checker: AccountId,
	/// `blake2_256(SCALE(CHECK_COMMITMENT_CONTEXT, job, checker, output_hash, salt))`, once
	/// committed.
	pub commitment: Option<H256>,
	/// The output hash it revealed.
	pub revealed: Option<H256>,
	/// Whether it declared, in the first round, that its answer differs from the receipt's,
	/// keeping the answer sealed until a tie-breaker has committed.
	pub dissented: bool,
}

/// Where a spot check stands.
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
pub enum CheckStage {
	/// A checker is drawn at `due`, with randomness nobody knew when the draw was scheduled.
	Drawing,
	/// The round's checkers commit to their answers, until `due`.
	Commit,
	/// Every checker of the round committed; they reveal, until `due`.
	Reveal,
}

/// A settled job being re-run by other workers of its class: one checker, and a tie-breaker if
/// the checker disagrees with the receipt. Self-contained: it outlives the job's record.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Check<AccountId, Balance, BlockNumber> {
	/// The worker whose receipt is checked.
	pub worker: AccountId,
	/// Who paid for the job.
	pub requester: AccountId,
	/// The job's model, class, input and units: what a checker runs.
	pub model: ModelId,
	/// The class.
	pub class: HardwareClass,
	/// The input commitment.
	pub input_commitment: H256,
	/// The job's most units.
	pub max_units: u64,
	/// The receipt's commitment to its output ([`output_commitment`]).
	pub claimed: H256,
	/// What the requester paid for the job.
	pub charged: Balance,
	/// The worker's pay for the job, held in the settlement account until the check is decided
	/// (zero for a check the requester asked for after the pay went out).
	pub held: Balance,
	/// The fee each checker that answers as the decision does is paid.
	pub fee: Balance,
	/// Whether the requester asked and paid for the check (its fee held under `CheckFee`).
	pub requested: bool,
	/// The checker, then the tie-breaker.
	pub answers: BoundedVec<CheckAnswer<AccountId>, ConstU32<2>>,
	/// The round's stage.
	pub stage: CheckStage,
	/// The last block of the stage.
	pub due: BlockNumber,
	/// How many checkers were drawn in place of one that did not answer.
	pub redraws: u32,
}

/// A worker's spot-check record: the checks of its receipts, and its answers as a checker.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct CheckRecord<BlockNumber> {
	/// Its receipts found right.
	pub passed: u32,
	/// Its receipts, or its answers as a checker, proved wrong.
	pub failed: u32,
	/// Checks it was drawn for and did not answer in time.
	pub missed: u32,
	/// Checks of its receipts still open: it cannot withdraw its stake until they are decided.
	pub open: u32,
	/// The block of its last failure: its receipts are checked more often for
	/// `PenaltyMemory` blocks after.
	pub last_failed: Option<BlockNumber>,
}

/// A settled job waiting for the randomness that decides whether it is checked.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Unsampled<Balance> {
	/// The job.
	pub job: JobId,
	/// The worker's pay for it, held until the draw.
	pub pay: Balance,
	/// What the requester paid.
	pub charged: Balance,
}

/// A worker's batch settled in one block, waiting for the draw two blocks later: its jobs, the
/// chance each is checked, and the pay held for them.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxJobs))]
#[codec(mel_bound(Balance: MaxEncodedLen))]
pub struct SampleBatch<Balance, MaxJobs: frame_support::traits::Get<u32>> {
	/// The chance each job is checked.
	pub rate: sp_runtime::Perbill,
	/// The stake the worker had: a job whose slash it does not cover is always checked.
	pub stake: Balance,
	/// The jobs.
	pub jobs: BoundedVec<Unsampled<Balance>, MaxJobs>,
}

/// Domain separator of a check's commitment.
pub const CHECK_COMMITMENT_CONTEXT: &[u8] = b"atelier/compute-check/v1";
/// Domain separator of the signature over a check's commitment.
pub const CHECK_COMMIT_SIGNING_CONTEXT: &[u8] = b"atelier/compute-check-commit/v1";
/// Domain separator of the signature over a check's reveal.
pub const CHECK_REVEAL_SIGNING_CONTEXT: &[u8] = b"atelier/compute-check-reveal/v1";

/// The commitment a checker submits: binds the job, the checker's account (no other checker can
/// submit it as its own), the output hash and a secret salt.
pub fn check_commitment<AccountId: Encode>(
	job: JobId,
	checker: &AccountId,
	output_hash: &H256,
	salt: &[u8; 32],
) -> H256 {
	H256(sp_io::hashing::blake2_256(
		&(CHECK_COMMITMENT_CONTEXT, job, checker, output_hash, salt).encode(),
	))
}

/// The bytes a checker's `atel` key signs to commit.
pub fn check_commit_payload<Hash: Encode>(
	genesis: &Hash,
	job: JobId,
	commitment: &H256,
) -> alloc::vec::Vec<u8> {
	(CHECK_COMMIT_SIGNING_CONTEXT, genesis, job, commitment).encode()
}

/// Domain separator of the signature over a check's dissent.
pub const CHECK_DISSENT_SIGNING_CONTEXT: &[u8] = b"atelier/compute-check-dissent/v1";

/// The bytes a checker's `atel` key signs to dissent: its answer differs from the receipt's.
pub fn check_dissent_payload<Hash: Encode>(genesis: &Hash, job: JobId) -> alloc::vec::Vec<u8> {
	(CHECK_DISSENT_SIGNING_CONTEXT, genesis, job).encode()
}

/// The bytes a checker's `atel` key signs to reveal.
pub fn check_reveal_payload<Hash: Encode>(
	genesis: &Hash,
	job: JobId,
	output_hash: &H256,
	salt: &[u8; 32],
) -> alloc::vec::Vec<u8> {
	(CHECK_REVEAL_SIGNING_CONTEXT, genesis, job, output_hash, salt).encode()
}

/// How many drawn jobs may wait for a block with room to open their checks: 64 blocks' worth.
pub struct DeferredChecksBound<T>(core::marker::PhantomData<T>);

impl<T: Config> frame_support::traits::Get<u32> for DeferredChecksBound<T> {
	fn get() -> u32 {
		T::MaxChecksPerBlock::get().saturating_mul(64)
	}
}

/// How many check deadlines a block may hold: as many as checks a block may open (a deadline
/// that finds its block full spills into the next few).
pub struct ChecksDuePerBlock<T>(core::marker::PhantomData<T>);

impl<T: Config> frame_support::traits::Get<u32> for ChecksDuePerBlock<T> {
	fn get() -> u32 {
		T::MaxChecksPerBlock::get()
	}
}
