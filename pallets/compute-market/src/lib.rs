//! # Compute market
//!
//! Creators and studios pay for AI inference here; GPU workers run it and are paid.
//!
//! - **Workers** register with a stake (held under [`HoldReason::WorkerStake`]), the compute units
//!   per block they serve, their [`HardwareClass`], the [`JobSizes`] their service serves and the
//!   public key of their off-chain `atel` signing key.
//! - **Jobs** escrow `max_units × (max_base_fee + tip)` under [`HoldReason::JobEscrow`] and wait
//!   in a queue ordered by tip per unit.
//! - **Each block** (`on_initialize`, bounded): the base fee of every hardware class moves by
//!   EIP-1559's rule from the previous block's admitted units; jobs past their deadline are
//!   refunded (and their worker slashed); pending jobs whose `max_base_fee` covers the base fee are
//!   admitted, highest tip first, up to the block's unit limit, and assigned to the active worker
//!   of their class with the most free capacity.
//! - **Receipts**: a worker's off-chain worker sends each assigned job to the node's inference
//!   service and submits the answers it holds as one unsigned `submit_receipts` a block, signed
//!   once by its `atel` key; the pool and the block author check a batch whole.
//! - **Settlement**: the requester pays `units_used × (base_fee_at_admission + tip)`; the base fee
//!   is split among the worker, the model's licensees, the reserve and a burn; the tip goes to
//!   the worker; rounding dust to the reserve; the rest of the escrow is released. Each job's
//!   charge gathers in the pallet's settlement account, which pays each recipient once a batch;
//!   settled jobs are forgotten after their challenge period in `on_idle`.
//! - **Refusals**: a job the service rejects as invalid (a size below its smallest) is refused by
//!   the off-chain worker with an unsigned `refuse_job` signed by the `atel` key: the requester
//!   is refunded in full and nobody is slashed; a size refusal narrows the worker's sizes, and a
//!   worker refuses at most `RefusalAllowance + RefusalShare` of the jobs it is given a window.
//! - **Faults**: missed deadlines slash a fraction of the worker's stake; a requester may dispute a
//!   receipt within the challenge period, and the dispute origin upholds (slash, refund) or
//!   dismisses (the deposit goes to the reserve).
//!
//! `docs/pallets/compute-market.md` gives every formula and parameter.

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

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod features;
mod impl_compute_receipts;
pub mod migrations;
#[cfg(test)]
mod mock;
pub mod offchain;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use atelier_primitives::{
	activity::{Creation, Observer, Offence},
	compute::{output_commitment, HardwareClass, JobId, WorkerPublic, WorkerSignature},
	models::{ModelId, ModelRegistry},
	reputation::{Tier, Tiers},
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::compute-market";

// FRAME's pallet macro expands `expect`s (storage and error metadata) and dispatchables with
// many arguments into this module. The code written here stays thin; its own `expect`s are
// genesis checks, which must panic on a bad genesis, each with its reason.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use atelier_primitives::activity::Metrics as _;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::Balance as BalanceT,
		},
	};
	use frame_system::{offchain::CreateBare, pallet_prelude::*};
	use sp_core::H256;
	use sp_runtime::{
		traits::{Saturating, Zero},
		Perbill, SaturatedConversion,
	};

	/// The in-code storage version: 1 gave pending entries their deadline and disputes their
	/// lapse, 2 gave pending entries their priority, 3 gave workers their job sizes, 4 opened
	/// the settlement account and kept each worker's jobs in one entry ([`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(5);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A worker's stake, slashed for missed deadlines and upheld disputes.
		WorkerStake,
		/// A job's escrow, from submission until settlement or refund.
		JobEscrow,
		/// A requester's deposit on a dispute, returned if upheld.
		DisputeDeposit,
		/// A requester's payment for a spot check it asked for: the checkers' fees, returned
		/// if the receipt is proved wrong.
		CheckFee,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config + CreateBare<Call<Self>> {
		// Money.
		/// The native token, in which jobs are paid and stakes are held.
		type Currency: Inspect<Self::AccountId, Balance: BalanceT + From<u64>>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// The protocol's purse: releases, pays and burns escrow, deposits and stakes by the one
		/// rule; the reserve it names takes its share of the base fee, rounding dust and slashes.
		type Purse: atelier_primitives::purse::ProtocolPurse<
			Self::AccountId,
			Balance = BalanceOf<Self>,
			Reason = Self::RuntimeHoldReason,
		>;

		// Seams to other pallets.
		/// Which models exist, may earn, and who shares their licensing fee.
		type Models: ModelRegistry<Self::AccountId>;
		/// Where a model's owner part of a licensing fee goes: its shareholders once it has
		/// issued shares, else its owner (model shares).
		type Income: atelier_primitives::models::ModelIncome<Self::AccountId>;
		/// Told about settled receipts (the worker's units, the model's licensing fees), missed
		/// deadlines and upheld disputes (reputation).
		type Observer: Observer<Self::AccountId>;
		/// Told of each settled batch's demand per model and of each requester (the reserve's
		/// metrics).
		type Metrics: atelier_primitives::activity::Metrics<Self::AccountId>;
		/// Accounts' reputation tiers: who may use the high-compute class, and in what order.
		type Tiers: Tiers<Self::AccountId>;
		/// The least tier whose jobs the `DatacenterGpu` class (the high-compute cluster) takes.
		/// Each tier above it puts the job one priority level ahead in the queue.
		type HighComputeTier: Get<Tier>;
		/// Decides disputes (governance on a live chain).
		type DisputeOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		// Pricing.
		/// Compute units each hardware class may admit per block; the base fee targets half.
		#[pallet::constant]
		type BlockUnitLimit: Get<u64>;
		/// The base fee's floor per unit: it never falls below, so a price signal survives empty
		/// blocks. Also the starting base fee.
		#[pallet::constant]
		type MinBaseFee: Get<BalanceOf<Self>>;
		/// The base fee's ceiling per unit.
		#[pallet::constant]
		type MaxBaseFee: Get<BalanceOf<Self>>;

		// Settlement: the base fee's split. The four add up to 100% (checked by
		// `integrity_test`).
		/// The worker's share of the base fee (it also gets the whole tip).
		#[pallet::constant]
		type WorkerShare: Get<Perbill>;
		/// The model licensees' share of the base fee.
		#[pallet::constant]
		type LicensingShare: Get<Perbill>;
		/// The reserve's share of the base fee.
		#[pallet::constant]
		type ReserveShare: Get<Perbill>;
		/// The share of the base fee that is burnt.
		#[pallet::constant]
		type BurnShare: Get<Perbill>;

		// Workers and faults.
		/// The least stake a worker registers with and keeps to stay active.
		#[pallet::constant]
		type MinWorkerStake: Get<BalanceOf<Self>>;
		/// The stake a worker holds for each compute unit per block it serves: its capacity is
		/// at most `stake / StakePerUnit`, so a claim of capacity is backed by what it can lose.
		#[pallet::constant]
		type StakePerUnit: Get<BalanceOf<Self>>;
		/// Blocks between a worker's leaving and the release of its stake.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;
		/// The fraction of its stake a worker loses for each missed deadline.
		#[pallet::constant]
		type MissedDeadlineSlash: Get<Perbill>;
		/// The fraction of its stake a worker loses when a dispute against it is upheld.
		#[pallet::constant]
		type DisputeSlash: Get<Perbill>;
		/// What a requester holds to dispute a receipt.
		#[pallet::constant]
		type DisputeDeposit: Get<BalanceOf<Self>>;
		/// Blocks after settlement during which the requester may dispute.
		#[pallet::constant]
		type ChallengePeriod: Get<BlockNumberFor<Self>>;
		/// The furthest a job's deadline may lie ahead of its submission, in blocks.
		#[pallet::constant]
		type MaxJobDuration: Get<BlockNumberFor<Self>>;
		/// The fewest blocks a worker is given to serve a job: a job is admitted only while its
		/// deadline is at least this far from the admitting block, and a worker is slashed only
		/// for a job it had this long for.
		#[pallet::constant]
		type MinServiceWindow: Get<BlockNumberFor<Self>>;
		/// The least share of its reserved units a settled job pays for, whatever the receipt
		/// reports: reserving capacity (which moves the base fee) costs about what it moves.
		#[pallet::constant]
		type MinChargedShare: Get<Perbill>;
		/// Blocks a dispute stays open for the dispute origin; then it lapses (the deposit is
		/// returned, nobody is slashed), so no dispute freezes a worker's stake for longer.
		#[pallet::constant]
		type DisputeTimeout: Get<BlockNumberFor<Self>>;
		/// The window over which a worker's refusals are counted.
		#[pallet::constant]
		type RefusalPeriod: Get<BlockNumberFor<Self>>;
		/// The refusals a worker may make in a window whatever it was given.
		#[pallet::constant]
		type RefusalAllowance: Get<u32>;
		/// The further share of the jobs assigned to it in a window that a worker may refuse.
		#[pallet::constant]
		type RefusalShare: Get<Perbill>;

		// Bounds: every storage item and the per-block hook are bounded by these.
		/// The most jobs waiting in the queue. Each class is sure of a third of it: a job of a
		/// class holding less takes the place of the worst job of the fullest class.
		#[pallet::constant]
		type MaxPendingJobs: Get<u32>;
		/// The most jobs one account has waiting in the queue.
		#[pallet::constant]
		type MaxPendingPerAccount: Get<u32>;
		/// Held with a job's escrow while it waits, returned when it is admitted or evicted, and
		/// kept (for the reserve) when it lapses unadmitted: a job that only occupied the queue
		/// pays for the work of keeping it there.
		#[pallet::constant]
		type PendingLapseFee: Get<BalanceOf<Self>>;
		/// The most jobs admitted in one block, across classes.
		#[pallet::constant]
		type MaxAdmissionsPerBlock: Get<u32>;
		/// The most active workers of one class.
		#[pallet::constant]
		type MaxWorkersPerClass: Get<u32>;
		/// The most jobs a worker holds at a time.
		#[pallet::constant]
		type MaxJobsPerWorker: Get<u32>;
		/// The most timeouts (deadlines and closing challenge periods) due in one block.
		#[pallet::constant]
		type MaxTimeoutsPerBlock: Get<u32>;

		/// The most settled jobs whose challenge periods end in one block: at least as many
		/// receipts as a block's weight can settle (`integrity_test`).
		#[pallet::constant]
		type MaxClosingsPerBlock: Get<u32>;

		/// The pallet's id: its settlement account, through which a batch's payments pass.
		#[pallet::constant]
		type PalletId: Get<frame_support::PalletId>;

		/// The transaction pool priority of receipts (unsigned transactions); a batch adds one
		/// for each receipt it carries, so a larger batch of the same worker replaces a smaller.
		#[pallet::constant]
		type UnsignedPriority: Get<TransactionPriority>;

		// Spot checks ([`features::checks`]).
		/// The chain's randomness: a settled batch is drawn for checks with the VRF output of
		/// the block after the one it settled in.
		type Randomness: atelier_primitives::randomness::ChainRandomness<
			Self::Hash,
			BlockNumberFor<Self>,
		>;
		/// The chance that a settled job is re-run by another worker of its class.
		#[pallet::constant]
		type CheckRate: Get<Perbill>;
		/// The most the chance rises to for a worker with no reputation tier, a recent failure
		/// or a large share of its class's units.
		#[pallet::constant]
		type MaxCheckRate: Get<Perbill>;
		/// A worker proved wrong by a check loses at least this many times what the job
		/// charged (or its whole stake, if less; a job whose slash the stake does not cover is
		/// always checked).
		#[pallet::constant]
		type CheckSlashFactor: Get<u32>;
		/// Blocks a checker has to commit, and then to reveal.
		#[pallet::constant]
		type CheckWindow: Get<BlockNumberFor<Self>>;
		/// The share of each job's base fee set aside to pay checkers (taken from the reserve's
		/// share, which it may not exceed).
		#[pallet::constant]
		type VerificationShare: Get<Perbill>;
		/// Blocks after a failure during which a worker's receipts are checked more often.
		#[pallet::constant]
		type PenaltyMemory: Get<BlockNumberFor<Self>>;
		/// The most checks opened in one block (draws and requests): the hook's bound.
		#[pallet::constant]
		type MaxChecksPerBlock: Get<u32>;

		/// Weights of the extrinsics and the per-block hook, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Creates what benchmarks need (a model) in the runtime being benchmarked.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// The base fee per compute unit of each hardware class, in effect in this block.
	#[pallet::storage]
	pub type BaseFee<T: Config> =
		StorageMap<_, Twox64Concat, HardwareClass, BalanceOf<T>, ValueQuery, T::MinBaseFee>;

	/// Units admitted in this block per class: the `used` of the next base fee update.
	#[pallet::storage]
	pub type UnitsAdmitted<T: Config> = StorageMap<_, Twox64Concat, HardwareClass, u64, ValueQuery>;

	/// The id the next job gets.
	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Every open job: pending, assigned, settled within its challenge period, or disputed.
	/// Twox64 is safe: job ids are sequential, not chosen by users.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOf<T>>;

	/// The pending jobs, highest tip per unit first.
	#[pallet::storage]
	pub type Pending<T: Config> =
		StorageValue<_, BoundedVec<PendingOf<T>, T::MaxPendingJobs>, ValueQuery>;

	/// Registered workers.
	#[pallet::storage]
	pub type Workers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, WorkerOf<T>>;

	/// The worker that registered each signing key (a key serves one worker).
	#[pallet::storage]
	pub type WorkerKeys<T: Config> = StorageMap<_, Blake2_128Concat, WorkerPublic, T::AccountId>;

	/// The active workers of each class, in registration order.
	#[pallet::storage]
	pub type ActiveWorkers<T: Config> = StorageMap<
		_,
		Twox64Concat,
		HardwareClass,
		BoundedVec<T::AccountId, T::MaxWorkersPerClass>,
		ValueQuery,
	>;

	/// The active workers of each class whose answers are nondeterministic (a subset of
	/// [`ActiveWorkers`], in the same order): no draw makes them checkers, and no count of a
	/// class's checkers counts them. Read once where [`ActiveWorkers`] is.
	#[pallet::storage]
	pub type NondeterministicWorkers<T: Config> = StorageMap<
		_,
		Twox64Concat,
		HardwareClass,
		BoundedVec<T::AccountId, T::MaxWorkersPerClass>,
		ValueQuery,
	>;

	/// The jobs assigned to each worker and not yet settled or expired, in assignment order:
	/// what its off-chain worker serves. One entry a worker (at most `MaxJobsPerWorker` jobs), so
	/// a block's admissions and a batch's settlement write it once, whatever the number of jobs.
	#[pallet::storage]
	pub type AssignedJobs<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<JobId, T::MaxJobsPerWorker>,
		ValueQuery,
	>;

	/// Jobs to look at in a block: deadlines (the block after the deadline) and the ends of
	/// challenge periods.
	#[pallet::storage]
	pub type Timeouts<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<JobId, T::MaxTimeoutsPerBlock>,
		ValueQuery,
	>;

	/// Settled jobs by the block at which their challenge periods are over: `on_idle` forgets
	/// them from then on, oldest first, in the weight blocks leave.
	#[pallet::storage]
	pub type Closings<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<JobId, T::MaxClosingsPerBlock>,
		ValueQuery,
	>;

	/// The oldest block of [`Closings`] that may hold jobs: `on_idle`'s cursor, unset until a
	/// job first settles.
	#[pallet::storage]
	pub type ClosingsFrom<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// The block in which each worker last settled receipts: one settlement (a batch, or one
	/// receipt) a worker a block. Removed with the worker.
	#[pallet::storage]
	pub type SettledIn<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BlockNumberFor<T>, OptionQuery>;

	/// Batches settled in a block, per worker, waiting for the draw two blocks later: the
	/// worker's pay for them is held until then.
	#[pallet::storage]
	pub type Sampling<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Blake2_128Concat,
		T::AccountId,
		SampleBatchOf<T>,
	>;

	/// Open spot checks, by job.
	#[pallet::storage]
	pub type Checks<T: Config> = StorageMap<_, Twox64Concat, JobId, CheckOf<T>>;

	/// The checks each worker is drawn for and has not yet answered: what its off-chain worker
	/// re-runs.
	#[pallet::storage]
	pub type ChecksOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<JobId, T::MaxJobsPerWorker>,
		ValueQuery,
	>;

	/// Checks whose stage ends at a block: looked at in the block after.
	#[pallet::storage]
	pub type CheckDue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<JobId, ChecksDuePerBlock<T>>,
		ValueQuery,
	>;

	/// Jobs drawn for a check when the block had opened `MaxChecksPerBlock` already: opened first
	/// in the next blocks, their worker's pay held meanwhile. At most `DeferredChecksBound`.
	#[pallet::storage]
	pub type DeferredChecks<T: Config> =
		StorageMap<_, Twox64Concat, JobId, (T::AccountId, BalanceOf<T>)>;

	/// How many jobs [`DeferredChecks`] holds.
	#[pallet::storage]
	pub type DeferredCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Checks opened in this block (draws and requests), against `MaxChecksPerBlock`.
	#[pallet::storage]
	pub type ChecksOpened<T: Config> = StorageValue<_, (BlockNumberFor<T>, u32), ValueQuery>;

	/// Each worker's spot-check record.
	#[pallet::storage]
	pub type CheckRecords<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, CheckRecord<BlockNumberFor<T>>, ValueQuery>;

	/// The verification fund: the verification shares of settled jobs, held in the settlement
	/// account, from which checkers are paid.
	#[pallet::storage]
	pub type VerificationFund<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Workers and assigned jobs at genesis, for test networks and the receipt throughput
	/// benchmark (`atelier-node benchmark extrinsic --chain compute-bench`). A live chain starts
	/// with neither.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Workers registered at genesis: account, stake, capacity, class, signing key.
		pub workers: alloc::vec::Vec<GenesisWorkerOf<T>>,
		/// Jobs assigned at genesis: requester, model, class, max units, base fee per unit, tip
		/// per unit, deadline. Each is priced at its base fee (within `[MinBaseFee, MaxBaseFee]`)
		/// and assigned, in order, to the first genesis
		/// worker of its class with room for it. The model is not checked: genesis is trusted.
		pub assigned_jobs: alloc::vec::Vec<GenesisJobOf<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Pallet::<T>::open_settlement_account();
			// Genesis workers serve every size until they declare their own.
			for (who, stake, capacity, class, key) in &self.workers {
				Pallet::<T>::do_register_worker(
					who.clone(),
					*stake,
					*capacity,
					*class,
					JobSizes::ANY,
					key.clone(),
				)
				.expect("genesis workers are funded, distinct and within bounds");
			}
			for (requester, model, class, units, fee, tip, deadline) in &self.assigned_jobs {
				Pallet::<T>::do_genesis_assign(
					requester, *model, *class, *units, *fee, *tip, *deadline,
				)
				.expect("genesis jobs are funded and fit their workers");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A worker registered.
		WorkerRegistered {
			/// The worker.
			worker: T::AccountId,
			/// Its stake.
			stake: BalanceOf<T>,
			/// Its units per block.
			capacity: u64,
			/// Its hardware class.
			class: HardwareClass,
			/// The job sizes it serves.
			job_sizes: JobSizes,
		},
		/// A worker's declared job sizes changed (declared anew, or narrowed by a refusal).
		JobSizesSet {
			/// The worker.
			worker: T::AccountId,
			/// The sizes it serves now.
			job_sizes: JobSizes,
		},
		/// A worker refused a job assigned to it; the requester's escrow was refunded in full
		/// and nobody was slashed.
		JobRefused {
			/// The job.
			job: JobId,
			/// The worker.
			worker: T::AccountId,
			/// Why (its service's answer).
			reason: RefusalReason,
			/// The refund.
			refunded: BalanceOf<T>,
		},
		/// A worker changed its capacity, key or stake.
		WorkerUpdated {
			/// The worker.
			worker: T::AccountId,
			/// Its stake now.
			stake: BalanceOf<T>,
			/// Its units per block now.
			capacity: u64,
		},
		/// A worker stopped taking new jobs.
		WorkerPaused {
			/// The worker.
			worker: T::AccountId,
		},
		/// A worker takes new jobs again.
		WorkerResumed {
			/// The worker.
			worker: T::AccountId,
		},
		/// A worker is leaving; its stake unbonds at `unbonds_at`.
		WorkerLeaving {
			/// The worker.
			worker: T::AccountId,
			/// When its stake may be withdrawn.
			unbonds_at: BlockNumberFor<T>,
		},
		/// A worker left and its stake was released.
		WorkerLeft {
			/// The worker.
			worker: T::AccountId,
			/// The stake released.
			stake: BalanceOf<T>,
		},
		/// A job was submitted and its escrow held.
		JobSubmitted {
			/// The job.
			job: JobId,
			/// Who pays for it.
			requester: T::AccountId,
			/// The model.
			model: ModelId,
			/// The hardware class.
			class: HardwareClass,
			/// Its most units.
			max_units: u64,
			/// The escrow held.
			escrow: BalanceOf<T>,
			/// What it asks of verification.
			verification: Verification,
		},
		/// A worker declared how its service answers.
		AnswersSet {
			/// The worker.
			worker: T::AccountId,
			/// Its answers.
			answers: Answers,
		},
		/// A job was admitted at `base_fee_per_unit` and assigned to `worker`.
		JobAssigned {
			/// The job.
			job: JobId,
			/// The worker that runs it.
			worker: T::AccountId,
			/// The base fee it settles at.
			base_fee_per_unit: BalanceOf<T>,
		},
		/// A queued job was outbid (by a higher tip in its class, or by a class holding less
		/// than its share of the queue) and dropped; its escrow was refunded in full.
		JobEvicted {
			/// The job.
			job: JobId,
			/// The refund.
			refunded: BalanceOf<T>,
		},
		/// A job passed its deadline and its escrow was refunded: in full if it was assigned,
		/// less the `PendingLapseFee` if it never left the queue.
		JobExpired {
			/// The job.
			job: JobId,
			/// The refund.
			refunded: BalanceOf<T>,
		},
		/// A worker lost part of its stake: for a deadline it missed (to the reserve), or for a
		/// dispute upheld against it (to the requester, up to what they paid, the rest to the
		/// reserve).
		WorkerSlashed {
			/// The worker.
			worker: T::AccountId,
			/// The amount slashed.
			amount: BalanceOf<T>,
		},
		/// A receipt settled a job: the job's charge and its split (the payments are made once a
		/// batch, [`Event::ReceiptsSettled`]).
		JobSettled {
			/// The job.
			job: JobId,
			/// The worker paid.
			worker: T::AccountId,
			/// The output's hash.
			output_hash: H256,
			/// Units used.
			units_used: u64,
			/// The requester's payment in all: `units_used × (base_fee + tip)`.
			charged: BalanceOf<T>,
			/// The job's due to the worker: its base-fee share and the tip.
			to_worker: BalanceOf<T>,
			/// The job's licensing share, split among the model's licensees with the batch's
			/// other jobs of the model (what their shares leave goes to the reserve).
			to_licensees: BalanceOf<T>,
			/// The job's due to the reserve: its share (less the verification share) and the
			/// floors' dust.
			to_reserve: BalanceOf<T>,
			/// The job's verification share, to the verification fund that pays checkers.
			to_verification: BalanceOf<T>,
			/// The job's burn.
			burnt: BalanceOf<T>,
		},
		/// A worker's receipts settled together (after each job's [`Event::JobSettled`]): what
		/// the batch paid, each recipient once.
		ReceiptsSettled {
			/// The worker.
			worker: T::AccountId,
			/// How many receipts.
			jobs: u32,
			/// What the worker received now: its base-fee shares and the tips, unless held.
			to_worker: BalanceOf<T>,
			/// The worker's pay held for the draw of spot checks two blocks later
			/// ([`Event::SampleDrawn`]): another worker of its class can check it.
			held: BalanceOf<T>,
			/// What the models' licensees received together.
			to_licensees: BalanceOf<T>,
			/// What the reserve received, rounding dust and redirected payments included.
			to_reserve: BalanceOf<T>,
			/// What was burnt.
			burnt: BalanceOf<T>,
		},
		/// A worker's batch settled two blocks ago was drawn for spot checks: `checked` of its
		/// `jobs` are re-run by other workers, and the pay for the others released to it.
		SampleDrawn {
			/// The worker.
			worker: T::AccountId,
			/// The jobs drawn.
			jobs: u32,
			/// How many are checked (their pay waits for the check).
			checked: u32,
			/// The pay released to the worker.
			paid: BalanceOf<T>,
		},
		/// A settled job is checked: another worker of its class re-runs it.
		CheckOpened {
			/// The job.
			job: JobId,
			/// The worker whose receipt is checked.
			worker: T::AccountId,
			/// Whether the requester asked (and paid) for it.
			requested: bool,
		},
		/// A worker was drawn to re-run a checked job (the checker, a tie-breaker, or one in
		/// place of a checker that did not answer), and must commit by `due`.
		CheckerDrawn {
			/// The job.
			job: JobId,
			/// The checker.
			checker: T::AccountId,
			/// The last block to commit in.
			due: BlockNumberFor<T>,
		},
		/// A checker committed to its answer.
		CheckCommitted {
			/// The job.
			job: JobId,
			/// The checker.
			checker: T::AccountId,
		},
		/// The first checker declared that its answer differs from the receipt's: a tie-breaker
		/// is drawn, and both reveal once it has committed.
		CheckDissented {
			/// The job.
			job: JobId,
			/// The checker.
			checker: T::AccountId,
		},
		/// A checker revealed its answer.
		CheckRevealed {
			/// The job.
			job: JobId,
			/// The checker.
			checker: T::AccountId,
			/// The output hash it computed.
			output_hash: H256,
		},
		/// A checker did not commit or reveal in time: slashed `MissedDeadlineSlash` of its
		/// stake, reported to reputation, and replaced.
		CheckerMissed {
			/// The job.
			job: JobId,
			/// The checker.
			checker: T::AccountId,
		},
		/// The re-run agreed with the receipt (or a tie-breaker did): the worker was paid what
		/// was held, and each checker that agreed its fee.
		CheckPassed {
			/// The job.
			job: JobId,
			/// The worker.
			worker: T::AccountId,
			/// The pay released to the worker.
			paid: BalanceOf<T>,
		},
		/// Two workers agreed against a third: the one proved wrong (the receipt's worker or
		/// the checker) was slashed; the requester was refunded (a wrong receipt) and the
		/// workers that were right paid, the rest to the reserve.
		CheckFailed {
			/// The job.
			job: JobId,
			/// The account proved wrong.
			wrong: T::AccountId,
			/// Whether it was the receipt's worker (else a checker).
			receipt_wrong: bool,
			/// What it lost: its stake slashed, and the held pay of a wrong receipt.
			slashed: BalanceOf<T>,
			/// Paid back to the requester.
			refunded: BalanceOf<T>,
		},
		/// The receipt, the checker and the tie-breaker all disagreed: no re-run decides it.
		/// The worker was paid what was held; the requester may dispute it.
		CheckUndecided {
			/// The job.
			job: JobId,
		},
		/// No worker could be drawn to (re-)run the check: the worker was paid what was held
		/// and a requester's fee returned.
		CheckAbandoned {
			/// The job.
			job: JobId,
		},
		/// The base fee of a class changed.
		BaseFeeUpdated {
			/// The class.
			class: HardwareClass,
			/// The base fee per unit now in effect.
			base_fee_per_unit: BalanceOf<T>,
		},
		/// The requester disputed a receipt.
		ReceiptDisputed {
			/// The job.
			job: JobId,
			/// The deposit held.
			deposit: BalanceOf<T>,
		},
		/// A dispute was not decided within `DisputeTimeout`: the requester's deposit went to
		/// the reserve; the worker kept its stake and the payment stands.
		DisputeLapsed {
			/// The job.
			job: JobId,
		},
		/// A dispute was decided.
		DisputeResolved {
			/// The job.
			job: JobId,
			/// Whether the receipt was found wrong.
			upheld: bool,
			/// Slashed from the worker.
			slashed: BalanceOf<T>,
			/// Paid back to the requester from the slash.
			refunded: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a registered worker.
		AlreadyRegistered,
		/// The account is not a registered worker.
		NotAWorker,
		/// The stake is below `MinWorkerStake`.
		StakeTooLow,
		/// A worker's capacity must be at least one unit.
		ZeroCapacity,
		/// Another worker registered this signing key.
		KeyInUse,
		/// The key proof is not the signing key's signature of the key-ownership payload for
		/// this chain and the caller's account: sign it with the node's `atel` key.
		BadKeyProof,
		/// The class already has `MaxWorkersPerClass` active workers, none with less stake than
		/// this one: stake more than the least-staked active worker to take its slot.
		TooManyWorkers,
		/// The capacity is above what the stake backs (`stake / StakePerUnit` units): lower the
		/// capacity or add stake.
		CapacityAboveStake,
		/// The worker is not active.
		NotActive,
		/// The worker is already active.
		AlreadyActive,
		/// The worker is leaving and cannot change.
		Leaving,
		/// The stake cannot be withdrawn yet: the worker has not called `leave`, its unbonding
		/// period has not ended (`unbonds_at` in [`Event::WorkerLeaving`]), or it still holds
		/// assigned jobs or open disputes. Wait for them to settle, expire or lapse.
		StillBonded,
		/// The model is not known.
		UnknownModel,
		/// The model may not earn (its lineage is not cleared).
		ModelNotMonetizable,
		/// A job needs at least one unit and at most the block's unit limit.
		InvalidUnits,
		/// The deadline leaves a worker fewer than `MinServiceWindow` blocks after the next
		/// block, or lies beyond `MaxJobDuration`.
		InvalidDeadline,
		/// The maximum base fee is below the floor, so the job could never be admitted.
		MaxBaseFeeTooLow,
		/// The escrow overflows the balance type.
		Overflow,
		/// The queue holds `MaxPendingJobs` jobs and the job does not outrank the worst queued
		/// job of its class; try again later or with a higher tip.
		QueueFull,
		/// The account already has `MaxPendingPerAccount` jobs waiting; wait for them to be
		/// admitted.
		TooManyPendingJobs,
		/// Too many timeouts are due around that block; pick another deadline (or retry).
		TooManyTimeouts,
		/// No such open job.
		UnknownJob,
		/// The job is not assigned, or not to this worker.
		NotAssigned,
		/// The receipt reports more units than the job allows.
		TooManyUnits,
		/// The receipt's signature is not the worker's.
		BadSignature,
		/// The job's deadline has passed.
		DeadlinePassed,
		/// Only the job's requester may dispute it.
		NotRequester,
		/// The job has no settled receipt to dispute: it is still pending or assigned, or its
		/// receipt is already disputed.
		NotSettled,
		/// The challenge period is over.
		ChallengePeriodOver,
		/// The job is not disputed.
		NotDisputed,
		/// The requester's reputation tier is below `HighComputeTier`, which `DatacenterGpu`
		/// jobs need.
		TierTooLow,
		/// The job sizes are not `1 ≤ min ≤ max` with the smallest within the capacity.
		InvalidJobSizes,
		/// No active worker of the class serves a job of this size (see each worker's declared
		/// job sizes): a smaller or larger job, or another class.
		NoWorkerServesSize,
		/// The worker has refused as many jobs as it may in this window
		/// (`RefusalAllowance + RefusalShare` of the jobs it was given): serve the job.
		TooManyRefusals,
		/// The refusal's reason does not fit the job: a `TooSmall` bound at or below the job's
		/// units, or above the worker's capacity.
		BadRefusal,
		/// The job is not waiting in the queue (it was assigned, settled or expired).
		NotPending,
		/// A batch must carry at least one receipt.
		NoReceipts,
		/// A batch's receipts must be in strictly ascending job order (so none twice).
		ReceiptsOutOfOrder,
		/// A batch's jobs must all be assigned to one worker, whose key signs the batch.
		NotTheWorkersJob,
		/// The worker has settled receipts in this block already: one settlement a worker a
		/// block (the off-chain worker gathers every answer it has into one batch).
		AlreadySettledThisBlock,
		/// The batch's witness is not the models and licensees it pays.
		BadWitness,
		/// The job is not being checked.
		NoCheck,
		/// The signer is not a checker of the job's check in its current round.
		NotChecker,
		/// The check is not in the stage this needs: a commitment is made before the round's
		/// reveals, a reveal after every checker of the round has committed.
		WrongCheckStage,
		/// This checker has committed already.
		AlreadyCommitted,
		/// The revealed answer and salt are not what the checker committed to.
		BadReveal,
		/// The job is being checked already; its result decides it.
		CheckOpen,
		/// The job's class has fewer than two other active workers with deterministic answers:
		/// no check of it could be decided (a checker and a tie-breaker).
		NoChecker,
		/// `MaxChecksPerBlock` checks were opened in this block already: ask in the next.
		TooManyChecks,
		/// The answer does not open the receipt's commitment: a first-round checker that
		/// disagrees with the receipt dissents (`dissent_check`) and reveals once a tie-breaker
		/// has committed.
		Disagrees,
		/// The class's active workers that serve the size all answer nondeterministically: a
		/// job that requires verification would wait for a worker that never comes. Submit it
		/// with `Verification::Waived`, or wait for a deterministic worker.
		NoVerifiableWorker,
		/// The job's worker declared nondeterministic answers: no re-run can check its receipt.
		/// The disputes track remains.
		Unverifiable,
		/// A worker changes its answers only while paused: pause first.
		NotPaused,
		/// A worker changes its answers only once nothing it did under the old ones can still
		/// be checked: no job assigned, no check owed or open on its receipts, and the
		/// challenge period of its last settlement over.
		AnswersLocked,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let checks = Self::process_checks(now);
			Self::do_on_initialize(now).saturating_add(Self::checks_weight(&checks))
		}

		fn on_idle(now: BlockNumberFor<T>, limit: Weight) -> Weight {
			Self::close_settled(now, limit)
		}

		fn offchain_worker(now: BlockNumberFor<T>) {
			offchain::run::<T>(now);
		}

		fn integrity_test() {
			let shares = [
				T::WorkerShare::get(),
				T::LicensingShare::get(),
				T::ReserveShare::get(),
				T::BurnShare::get(),
			];
			let total: u64 = shares.iter().map(|s| u64::from(s.deconstruct())).sum();
			assert_eq!(
				total,
				u64::from(Perbill::one().deconstruct()),
				"the base fee's shares must add up to 100%"
			);
			assert!(T::BlockUnitLimit::get() >= 2, "the unit limit must leave a target of >= 1");
			assert!(!T::MinBaseFee::get().is_zero(), "a zero floor stops the base fee for good");
			assert!(T::MinBaseFee::get() <= T::MaxBaseFee::get(), "floor above ceiling");
			assert!(!T::MinWorkerStake::get().is_zero(), "workers must stake something");
			assert!(!T::StakePerUnit::get().is_zero(), "capacity must be backed by stake");
			assert!(
				T::MinWorkerStake::get() >= T::StakePerUnit::get(),
				"the least stake must back at least one unit"
			);
			assert!(
				T::MaxPendingJobs::get() >= HardwareClass::ALL.len() as u32,
				"each class must be sure of a place in the queue"
			);
			assert!(
				T::MaxPendingPerAccount::get() > 0
					&& T::MaxPendingPerAccount::get() <= T::MaxPendingJobs::get(),
				"an account must be able to queue a job, and no more than the queue holds"
			);
			assert!(T::MaxAdmissionsPerBlock::get() > 0, "a block must admit a job");
			assert!(T::MaxWorkersPerClass::get() > 0, "a class must hold a worker");
			assert!(T::MaxJobsPerWorker::get() > 0, "a worker must hold a job");
			assert!(
				T::MaxTimeoutsPerBlock::get() >= T::MaxAdmissionsPerBlock::get(),
				"timeouts must keep up with admissions"
			);
			assert!(!T::MaxJobDuration::get().is_zero(), "jobs need time to run");
			assert!(
				T::MinServiceWindow::get() < T::MaxJobDuration::get(),
				"a job must be able to leave a worker its service window"
			);
			assert!(!T::DisputeTimeout::get().is_zero(), "disputes need time to be decided");
			assert!(
				T::RefusalPeriod::get() >= T::MaxJobDuration::get(),
				"a job's life must fall in at most two refusal windows"
			);
			assert!(T::RefusalAllowance::get() > 0, "a worker must be able to refuse a job");
			assert!(
				T::VerificationShare::get() <= T::ReserveShare::get(),
				"the verification share is taken from the reserve's"
			);
			assert!(!T::CheckRate::get().is_zero(), "every receipt must be able to be checked");
			assert!(
				T::MaxCheckRate::get() >= T::CheckRate::get(),
				"the raised rate is below the base"
			);
			assert!(
				u64::from(T::CheckRate::get().deconstruct())
					.saturating_mul(u64::from(T::CheckSlashFactor::get()).saturating_add(1))
					> u64::from(Perbill::one().deconstruct()),
				"a lie must cost more than it pays: CheckRate × (CheckSlashFactor + 1) above 1"
			);
			assert!(!T::CheckWindow::get().is_zero(), "checkers need time to answer");
			assert!(
				T::ChallengePeriod::get() > crate::features::checks::DRAW_DELAY.into(),
				"a settlement's draw must fall within its challenge period (a worker's answers \
				 stay fixed until both are over)"
			);
			assert!(T::MaxChecksPerBlock::get() > 0, "a block must open a check");
			// No block can settle more receipts than their closings can be filed for: the
			// cheapest receipt (in a full batch, paying nobody but the worker) times the bound
			// outweighs a block.
			let batch = T::MaxJobsPerWorker::get();
			let per_receipt = T::WeightInfo::submit_receipts(batch, 0)
				.ref_time()
				.checked_div(u64::from(batch))
				.unwrap_or_default();
			let max_block = <T as frame_system::Config>::BlockWeights::get().max_block;
			assert!(
				per_receipt.saturating_mul(u64::from(T::MaxClosingsPerBlock::get()))
					>= max_block.ref_time(),
				"a block's weight must fill before its closings do"
			);
			// The hook at its bounds (every timeout due, every admission, every worker loaded)
			// leaves most of the block to transactions.
			let workers =
				T::MaxWorkersPerClass::get().saturating_mul(HardwareClass::ALL.len() as u32);
			// Two blocks after a block of receipts, its batches are drawn: one a worker, and no
			// more receipts than a block's weight settles.
			let settlements =
				T::MaxWorkersPerClass::get().saturating_mul(HardwareClass::ALL.len() as u32);
			let settled = max_block
				.ref_time()
				.checked_div(per_receipt)
				.unwrap_or(u64::MAX)
				.min(u64::from(settlements.saturating_mul(T::MaxJobsPerWorker::get())));
			let checks = features::checks::ChecksProcessed {
				batches: settlements,
				jobs: settled.saturated_into(),
				draws: T::MaxChecksPerBlock::get(),
				due: ChecksDuePerBlock::<T>::get(),
				deferred: T::MaxChecksPerBlock::get(),
			};
			let hook = Self::checks_weight(&checks)
				.saturating_add(T::WeightInfo::on_initialize_base())
				.saturating_add(T::WeightInfo::process_timeouts(T::MaxTimeoutsPerBlock::get()))
				.saturating_add(T::WeightInfo::expire_pending(T::MaxPendingJobs::get()))
				.saturating_add(T::WeightInfo::admit_jobs(
					T::MaxAdmissionsPerBlock::get(),
					workers,
				));
			// (Each bound at once: every timeout an offence that opens a reputation record,
			// every admission, a full block's receipts drawn, every check deadline missed.)
			assert!(
				hook.ref_time() <= max_block.ref_time() / 3,
				"the hook at its bounds must fit in a third of a block"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register as a worker.
		///
		/// - Origin: signed, the worker's account, which pays and is paid.
		/// - `stake`: held under `WorkerStake`, at least `MinWorkerStake`.
		/// - `capacity`: compute units the worker serves per block, at most what the stake backs
		///   (`stake / StakePerUnit`).
		/// - `class`: the hardware it offers.
		/// - `job_sizes`: the sizes of job its service serves (the reference service's
		///   `GET /v1/sizes`): it is given no other.
		/// - `signing_key`: the public key of the `atel` key in its node's keystore.
		/// - `key_proof`: that key's signature of [`key_ownership_payload`] for this chain and
		///   the caller's account: only the key's holder can register it.
		///
		/// When the class's `MaxWorkersPerClass` slots are taken, a worker staking more than the
		/// least-staked active worker takes its slot (that worker is paused).
		///
		/// Errors: [`Error::AlreadyRegistered`], [`Error::StakeTooLow`], [`Error::ZeroCapacity`],
		/// [`Error::CapacityAboveStake`], [`Error::InvalidJobSizes`], [`Error::BadKeyProof`],
		/// [`Error::KeyInUse`], [`Error::TooManyWorkers`], or a balance error if the stake cannot
		/// be held.
		///
		/// Emits: [`Event::WorkerRegistered`], and [`Event::WorkerPaused`] for a displaced worker.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_worker())]
		pub fn register_worker(
			origin: OriginFor<T>,
			stake: BalanceOf<T>,
			capacity: u64,
			class: HardwareClass,
			job_sizes: JobSizes,
			signing_key: WorkerPublic,
			key_proof: WorkerSignature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_key_proof(&who, &signing_key, &key_proof)?;
			Self::do_register_worker(who, stake, capacity, class, job_sizes, signing_key)
		}

		/// Change a worker's capacity or signing key, or add to its stake.
		///
		/// - Origin: signed, a registered worker that is not leaving.
		/// - `capacity`: a new capacity (backed by the stake), or `None` to keep it.
		/// - `signing_key`: a new key with its proof of possession (as for
		///   [`Pallet::register_worker`]), or `None` to keep the key.
		/// - `additional_stake`: more stake to hold (zero for none).
		///
		/// Errors: [`Error::NotAWorker`], [`Error::Leaving`], [`Error::ZeroCapacity`],
		/// [`Error::InvalidJobSizes`] (a capacity below the smallest job it serves),
		/// [`Error::CapacityAboveStake`], [`Error::BadKeyProof`], [`Error::KeyInUse`], or a balance
		/// error.
		///
		/// Emits: [`Event::WorkerUpdated`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_worker())]
		pub fn update_worker(
			origin: OriginFor<T>,
			capacity: Option<u64>,
			signing_key: Option<(WorkerPublic, WorkerSignature)>,
			additional_stake: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let signing_key = match signing_key {
				Some((key, proof)) => {
					Self::ensure_key_proof(&who, &key, &proof)?;
					Some(key)
				},
				None => None,
			};
			Self::do_update_worker(who, capacity, signing_key, additional_stake)
		}

		/// Stop taking new jobs; jobs already assigned are still owed.
		///
		/// - Origin: signed, an active worker.
		///
		/// Errors: [`Error::NotAWorker`], [`Error::NotActive`].
		///
		/// Emits: [`Event::WorkerPaused`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::pause_worker())]
		pub fn pause_worker(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_pause_worker(who)
		}

		/// Take new jobs again.
		///
		/// - Origin: signed, a paused worker whose stake is at least `MinWorkerStake`.
		///
		/// Errors: [`Error::NotAWorker`], [`Error::AlreadyActive`], [`Error::Leaving`],
		/// [`Error::StakeTooLow`], [`Error::TooManyWorkers`].
		///
		/// Emits: [`Event::WorkerResumed`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::resume_worker())]
		pub fn resume_worker(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_resume_worker(who)
		}

		/// Leave: take no new jobs, and start the unbonding period of the stake.
		///
		/// - Origin: signed, a worker not already leaving.
		///
		/// Errors: [`Error::NotAWorker`], [`Error::Leaving`].
		///
		/// Emits: [`Event::WorkerLeaving`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(who)
		}

		/// Release the stake of a worker that left, once unbonded, without open jobs, disputes
		/// or checks, and once its last settlement's challenge period is over.
		///
		/// - Origin: signed, the worker.
		///
		/// Errors: [`Error::NotAWorker`], [`Error::StillBonded`].
		///
		/// Emits: [`Event::WorkerLeft`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::withdraw_stake())]
		pub fn withdraw_stake(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_stake(who)
		}

		/// Submit a job and hold its escrow: `max_units × (max_base_fee_per_unit +
		/// tip_per_unit)`.
		///
		/// - Origin: signed, the requester, who pays.
		/// - `model`: a model that exists and may earn.
		/// - `class`: the hardware class it needs; `DatacenterGpu` only for requesters at
		///   `HighComputeTier` or above, each tier above it one priority level ahead in the queue.
		/// - `max_units`: at most the block's unit limit.
		/// - `max_base_fee_per_unit`: the job waits while the base fee is above it.
		/// - `tip_per_unit`: paid to the worker; orders the queue.
		/// - `input_commitment`: a hash of the input, which the worker fetches off chain.
		/// - `deadline`: the last block in which the receipt is accepted; at most
		///   `MaxJobDuration` ahead.
		/// - `verification`: `Required` (only a worker with deterministic answers serves it, and
		///   its receipt may be spot-checked) or `Waived` (any worker, one whose answers no
		///   re-run can check too).
		///
		/// Errors: [`Error::UnknownModel`], [`Error::ModelNotMonetizable`], [`Error::TierTooLow`],
		/// [`Error::InvalidUnits`], [`Error::NoWorkerServesSize`] (the class has active workers
		/// and none serves the size), [`Error::NoVerifiableWorker`] (those that serve it all
		/// answer nondeterministically, and the job requires verification),
		/// [`Error::InvalidDeadline`], [`Error::MaxBaseFeeTooLow`],
		/// [`Error::Overflow`], [`Error::QueueFull`], [`Error::TooManyTimeouts`], or a balance
		/// error if the escrow cannot be held.
		///
		/// Emits: [`Event::JobSubmitted`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::submit_job().saturating_add(T::Metrics::max_weight()))]
		pub fn submit_job(
			origin: OriginFor<T>,
			model: ModelId,
			class: HardwareClass,
			max_units: u64,
			max_base_fee_per_unit: BalanceOf<T>,
			tip_per_unit: BalanceOf<T>,
			input_commitment: H256,
			deadline: BlockNumberFor<T>,
			verification: Verification,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_job(
				who,
				model,
				class,
				max_units,
				max_base_fee_per_unit,
				tip_per_unit,
				input_commitment,
				deadline,
				verification,
			)
			.map(|_| ())
		}

		/// Deliver a job: an unsigned transaction carrying a receipt signed by the assigned
		/// worker's `atel` key. A batch of one: [`Pallet::submit_receipts`] settles many for
		/// about the cost of one, and is what the off-chain worker submits.
		///
		/// - Origin: none (the signature is the authority).
		///
		/// Errors: [`Error::UnknownJob`], [`Error::NotAssigned`], [`Error::DeadlinePassed`],
		/// [`Error::TooManyUnits`], [`Error::BadSignature`], [`Error::TooManyTimeouts`],
		/// [`Error::AlreadySettledThisBlock`].
		///
		/// Emits: [`Event::JobSettled`], [`Event::ReceiptsSettled`]. Weighed for a model with
		/// `MaxLicensees` licensees and two reports to reputation that open records; what the
		/// model and the reports did not use is refunded.
		#[pallet::call_index(7)]
		#[pallet::weight(Pallet::<T>::settlement_weight(1, SettlementWitness {
			models: 1,
			licensees: <T::Models as ModelRegistry<T::AccountId>>::MaxLicensees::get(),
		}))]
		pub fn submit_receipt(
			origin: OriginFor<T>,
			receipt: Receipt,
			signature: WorkerSignature,
		) -> DispatchResultWithPostInfo {
			ensure_none(origin)?;
			let settled = Self::do_submit_receipt(receipt, signature)?;
			Ok(Some(Self::settled_weight(&settled)).into())
		}

		/// Deliver a worker's jobs together: an unsigned transaction carrying its receipts (at
		/// most `MaxJobsPerWorker`, in ascending job order), signed once by the worker's `atel`
		/// key over `SCALE("atelier/compute-receipts/v1", genesis_hash, receipts)`. Each job
		/// settles as a single receipt would; the payments are made once a batch (the worker
		/// once, each licensee once, the reserve once, one burn) and the worker and each model's
		/// owner are reported to reputation once. One settlement a worker a block. A batch with
		/// any job that cannot settle is refused whole, by the pool and the block author, before
		/// it costs a block anything.
		///
		/// - Origin: none (the signature is the authority).
		/// - `witness`: the distinct models the jobs ran and the distinct accounts among their
		///   licensees, exactly (the transaction is weighed by it before it runs; anything else is
		///   refused, so that nobody relaying the batch can change its weight).
		///
		/// Errors: [`Error::NoReceipts`], [`Error::ReceiptsOutOfOrder`],
		/// [`Error::NotTheWorkersJob`], [`Error::BadWitness`],
		/// [`Error::AlreadySettledThisBlock`], and a single receipt's errors.
		///
		/// Emits: [`Event::JobSettled`] for each job, then [`Event::ReceiptsSettled`].
		#[pallet::call_index(12)]
		#[pallet::weight(Pallet::<T>::settlement_weight(receipts.len() as u32, *witness))]
		pub fn submit_receipts(
			origin: OriginFor<T>,
			receipts: BoundedVec<Receipt, T::MaxJobsPerWorker>,
			witness: SettlementWitness,
			signature: WorkerSignature,
		) -> DispatchResultWithPostInfo {
			ensure_none(origin)?;
			let settled = Self::do_submit_receipts(&receipts, witness, signature)?;
			Ok(Some(Self::settled_weight(&settled)).into())
		}

		/// Dispute a settled receipt within the challenge period, holding `DisputeDeposit`.
		///
		/// - Origin: signed, the job's requester.
		///
		/// Errors: [`Error::UnknownJob`], [`Error::NotRequester`], [`Error::NotSettled`],
		/// [`Error::ChallengePeriodOver`], or a balance error if the deposit cannot be held.
		///
		/// Emits: [`Event::ReceiptDisputed`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::dispute_receipt())]
		pub fn dispute_receipt(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute_receipt(who, job)
		}

		/// Decide a dispute. Upheld: the worker loses `DisputeSlash` of its stake, from which the
		/// requester is paid back what it was charged and the rest goes to the reserve; the
		/// deposit is returned. Dismissed: the deposit goes to the reserve.
		///
		/// - Origin: `DisputeOrigin`.
		///
		/// Errors: [`Error::UnknownJob`], [`Error::NotDisputed`].
		///
		/// Emits: [`Event::DisputeResolved`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::resolve_dispute())]
		pub fn resolve_dispute(origin: OriginFor<T>, job: JobId, uphold: bool) -> DispatchResult {
			T::DisputeOrigin::ensure_origin(origin)?;
			Self::do_resolve_dispute(job, uphold)
		}

		/// Refuse a job the worker's service rejects as invalid: an unsigned transaction
		/// carrying the refusal signed by the assigned worker's `atel` key, submitted by its
		/// off-chain worker on the service's `422`. The requester's escrow is refunded in full
		/// and nobody is slashed. A `TooSmall` refusal raises the worker's smallest job size to
		/// the service's. A worker refuses at most `RefusalAllowance` jobs and `RefusalShare` of
		/// the jobs it was given in a `RefusalPeriod`; beyond, it serves or misses the job.
		///
		/// - Origin: none (the signature is the authority).
		///
		/// Errors: [`Error::UnknownJob`], [`Error::NotAssigned`], [`Error::DeadlinePassed`],
		/// [`Error::BadSignature`], [`Error::BadRefusal`], [`Error::TooManyRefusals`].
		///
		/// Emits: [`Event::JobRefused`], and [`Event::JobSizesSet`] for a size refusal.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::refuse_job())]
		pub fn refuse_job(
			origin: OriginFor<T>,
			refusal: Refusal,
			signature: WorkerSignature,
		) -> DispatchResult {
			ensure_none(origin)?;
			Self::do_refuse_job(refusal, signature)
		}

		/// Declare anew the job sizes the worker's service serves.
		///
		/// - Origin: signed, a registered worker that is not leaving.
		///
		/// Errors: [`Error::NotAWorker`], [`Error::Leaving`], [`Error::InvalidJobSizes`].
		///
		/// Emits: [`Event::JobSizesSet`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_job_sizes())]
		pub fn set_job_sizes(origin: OriginFor<T>, job_sizes: JobSizes) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_job_sizes(who, job_sizes)
		}

		/// Commit to a checker's answer: an unsigned transaction signed by the checker's `atel`
		/// key over [`check_commit_payload`], submitted by its off-chain worker after its
		/// service re-ran the job. The commitment is [`check_commitment`] of the job, the
		/// checker's account, the output hash and a secret salt: nobody learns the answer
		/// before every checker of the round has committed.
		///
		/// - Origin: none (the signature is the authority).
		///
		/// Errors: [`Error::NoCheck`], [`Error::NotChecker`], [`Error::WrongCheckStage`],
		/// [`Error::AlreadyCommitted`], [`Error::BadSignature`], [`Error::TooManyTimeouts`].
		///
		/// Emits: [`Event::CheckCommitted`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::commit_check())]
		pub fn commit_check(
			origin: OriginFor<T>,
			job: JobId,
			commitment: H256,
			signature: WorkerSignature,
		) -> DispatchResult {
			ensure_none(origin)?;
			Self::do_commit_check(job, commitment, signature)
		}

		/// Reveal a checker's answer once every checker of the round has committed: an unsigned
		/// transaction signed by its `atel` key over [`check_reveal_payload`]. In the first
		/// round only an answer that opens the receipt's commitment is revealed, and the check
		/// passes (the worker and the checker paid); a checker that disagrees dissents instead.
		/// With a tie-breaker both reveal, and the last reveal decides: an answer that opens the
		/// receipt's commitment proves the other checker wrong, two equal answers that do not
		/// prove the receipt wrong; the one proved wrong is slashed.
		///
		/// - Origin: none (the signature is the authority).
		///
		/// Errors: [`Error::NoCheck`], [`Error::NotChecker`], [`Error::WrongCheckStage`],
		/// [`Error::BadReveal`], [`Error::Disagrees`] (a first-round answer that does not open
		/// the receipt's commitment: dissent instead), [`Error::TooManyTimeouts`].
		///
		/// Emits: [`Event::CheckRevealed`], then [`Event::CheckPassed`],
		/// [`Event::CheckerDrawn`] (a tie-breaker), [`Event::CheckFailed`] or
		/// [`Event::CheckUndecided`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::reveal_check())]
		pub fn reveal_check(
			origin: OriginFor<T>,
			job: JobId,
			output_hash: H256,
			salt: [u8; 32],
			signature: WorkerSignature,
		) -> DispatchResult {
			ensure_none(origin)?;
			Self::do_reveal_check(job, output_hash, salt, signature)
		}

		/// Declare, as a check's only checker, that its answer differs from the receipt's: an
		/// unsigned transaction signed by its `atel` key over [`check_dissent_payload`]. The
		/// answer stays sealed; a tie-breaker is drawn two blocks later, commits, and then both
		/// reveal (`reveal_check`).
		///
		/// - Origin: none (the signature is the authority).
		///
		/// Errors: [`Error::NoCheck`], [`Error::NotChecker`], [`Error::WrongCheckStage`],
		/// [`Error::TooManyTimeouts`].
		///
		/// Emits: [`Event::CheckDissented`].
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::dissent_check())]
		pub fn dissent_check(
			origin: OriginFor<T>,
			job: JobId,
			signature: WorkerSignature,
		) -> DispatchResult {
			ensure_none(origin)?;
			Self::do_dissent_check(job, signature)
		}

		/// Ask for a settled job to be re-run by another worker of its class, paying the
		/// checkers' fees (two jobs' base fee, returned if the receipt is proved wrong).
		///
		/// - Origin: signed, the job's requester, within the job's challenge period.
		///
		/// Errors: [`Error::UnknownJob`], [`Error::NotRequester`], [`Error::NotSettled`],
		/// [`Error::ChallengePeriodOver`], [`Error::Unverifiable`] (its worker answers
		/// nondeterministically), [`Error::CheckOpen`], [`Error::NoChecker`],
		/// [`Error::TooManyChecks`], [`Error::TooManyTimeouts`], or a balance error if the fee
		/// cannot be held.
		///
		/// Emits: [`Event::CheckOpened`], [`Event::CheckerDrawn`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::request_check())]
		pub fn request_check(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_check(who, job)
		}

		/// Declare how the worker's service answers (`docs/inference-service.md#determinism`).
		/// A worker registers with deterministic answers; one whose service cannot promise them
		/// declares `Nondeterministic` before it resumes: it then serves only jobs that waive
		/// verification, its receipts are never spot-checked, and it is never drawn to check.
		///
		/// - Origin: signed, a paused worker with no job assigned, no check owed or open on its
		///   receipts, and its last settlement's challenge period over: every job of it that
		///   can still be checked was served under the answers it declares now. A new worker
		///   registers, pauses and declares in one block (one `utility.batchAll`) before any
		///   job is admitted.
		///
		/// Errors: [`Error::NotAWorker`], [`Error::NotPaused`], [`Error::AnswersLocked`].
		///
		/// Emits: [`Event::AnswersSet`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::set_answers())]
		pub fn set_answers(origin: OriginFor<T>, answers: Answers) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_answers(who, answers)
		}
	}

	// Receipts are bare (unsigned) transactions that ValidateUnsigned admits to the pool: the
	// `#[pallet::authorize]` successor needs the `AuthorizeCall` extension and general (v5)
	// transactions, which polkadot.js does not decode yet. Move when clients do.
	#[allow(deprecated)]
	#[pallet::validate_unsigned]
	impl<T: Config> ValidateUnsigned for Pallet<T> {
		type Call = Call<T>;

		fn validate_unsigned(_source: TransactionSource, call: &Self::Call) -> TransactionValidity {
			let invalid = |e: Error<T>| {
				let code = match e {
					Error::<T>::BadSignature => 1,
					Error::<T>::DeadlinePassed => 2,
					Error::<T>::TooManyUnits => 3,
					Error::<T>::NotAssigned => 4,
					Error::<T>::TooManyRefusals => 6,
					Error::<T>::BadRefusal => 7,
					Error::<T>::NotTheWorkersJob => 8,
					Error::<T>::AlreadySettledThisBlock => 9,
					Error::<T>::BadWitness => 10,
					Error::<T>::ReceiptsOutOfOrder | Error::<T>::NoReceipts => 11,
					Error::<T>::TooManyTimeouts => 12,
					Error::<T>::NoCheck => 13,
					Error::<T>::NotChecker => 14,
					Error::<T>::WrongCheckStage | Error::<T>::AlreadyCommitted => 15,
					Error::<T>::BadReveal => 16,
					Error::<T>::Disagrees => 17,
					_ => 5,
				};
				InvalidTransaction::Custom(code)
			};
			let now = frame_system::Pallet::<T>::block_number();
			let longevity = |deadline: BlockNumberFor<T>| -> u64 {
				deadline.saturating_sub(now).saturating_add(1u32.into()).saturated_into()
			};
			// A receipt and a refusal of one job provide the same tag: the pool keeps one. A
			// settlement also provides its worker's tag, so the pool holds one settlement a
			// worker, and a larger batch (higher priority) replaces a smaller.
			let batch = match call {
				Call::submit_receipt { receipt, signature } => {
					let payload = receipt_signing_payload(&Self::genesis_hash(), receipt);
					Self::check_batch(core::slice::from_ref(receipt), &payload, signature)
						.map_err(invalid)?
				},
				Call::submit_receipts { receipts, witness, signature } => {
					let payload = receipts_signing_payload(&Self::genesis_hash(), receipts);
					let batch =
						Self::check_batch(receipts, &payload, signature).map_err(invalid)?;
					if *witness != batch.witness {
						return Err(invalid(Error::<T>::BadWitness).into());
					}
					batch
				},
				Call::refuse_job { refusal, signature } => {
					let job = Self::check_refusal(refusal, signature).map_err(invalid)?.0;
					return ValidTransaction::with_tag_prefix("AtelierComputeReceipt")
						.priority(T::UnsignedPriority::get())
						.and_provides(refusal.job)
						.longevity(longevity(job.deadline))
						.propagate(true)
						.build();
				},
				Call::commit_check { job, commitment, signature } => {
					let (_, checker) =
						Self::check_commit(*job, commitment, signature).map_err(invalid)?;
					return ValidTransaction::with_tag_prefix("AtelierComputeCheck")
						.priority(T::UnsignedPriority::get())
						.and_provides((job, checker, "commit"))
						.longevity(u64::from(T::CheckWindow::get().saturated_into::<u32>()))
						.propagate(true)
						.build();
				},
				Call::dissent_check { job, signature } => {
					let checker = Self::check_dissent(*job, signature).map_err(invalid)?;
					return ValidTransaction::with_tag_prefix("AtelierComputeCheck")
						.priority(T::UnsignedPriority::get())
						.and_provides((job, checker, "dissent"))
						.longevity(u64::from(T::CheckWindow::get().saturated_into::<u32>()))
						.propagate(true)
						.build();
				},
				Call::reveal_check { job, output_hash, salt, signature } => {
					let (_, checker) =
						Self::check_reveal(*job, output_hash, salt, signature).map_err(invalid)?;
					return ValidTransaction::with_tag_prefix("AtelierComputeCheck")
						.priority(T::UnsignedPriority::get())
						.and_provides((job, checker, "reveal"))
						.longevity(u64::from(T::CheckWindow::get().saturated_into::<u32>()))
						.propagate(true)
						.build();
				},
				_ => return InvalidTransaction::Call.into(),
			};
			let deadline = batch.jobs.iter().map(|(_, job)| job.deadline).min().unwrap_or(now);
			let mut valid = ValidTransaction::with_tag_prefix("AtelierComputeReceipt")
				.priority(T::UnsignedPriority::get().saturating_add(batch.jobs.len() as u64))
				.and_provides(("settlement", &batch.worker))
				.longevity(longevity(deadline))
				.propagate(true);
			for (receipt, _) in batch.jobs.iter() {
				valid = valid.and_provides(receipt.job);
			}
			valid.build()
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The base fee per unit of a class in this block.
		pub fn base_fee(class: HardwareClass) -> BalanceOf<T> {
			BaseFee::<T>::get(class)
		}

		/// An open job.
		pub fn job(job: JobId) -> Option<JobOf<T>> {
			Jobs::<T>::get(job)
		}

		/// A job's open spot check.
		pub fn check(job: JobId) -> Option<CheckOf<T>> {
			Checks::<T>::get(job)
		}

		/// A worker's spot-check record: its receipts passed and failed, its misses.
		pub fn check_record(worker: T::AccountId) -> CheckRecord<BlockNumberFor<T>> {
			CheckRecords::<T>::get(worker)
		}
	}
}
