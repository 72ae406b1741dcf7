//! A test runtime: System, Balances and the compute market, with a fixed model registry.

use crate as pallet_compute_market;
use crate::*;
use atelier_primitives::models::{ModelId, ModelRegistry, Payee};
use codec::Encode;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Hooks},
};
use frame_system::EnsureRoot;
use sp_core::{sr25519, ConstU128, Pair, H256};
use sp_runtime::{testing::TestXt, BoundedVec, BuildStorage, Perbill, Weight};

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;
pub type Extrinsic = TestXt<RuntimeCall, ()>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type ComputeMarket = pallet_compute_market;
	#[runtime::pallet_index(3)]
	pub type Purse = pallet_purse;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	type RuntimeCall = RuntimeCall;
	type Extrinsic = Extrinsic;
}

impl<LocalCall> frame_system::offchain::CreateBare<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	fn create_bare(call: RuntimeCall) -> Extrinsic {
		Extrinsic::new_bare(call)
	}
}

pub const ED: Balance = 10;
pub const RESERVE: AccountId = 999;
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const WORKER: AccountId = 100;
pub const WORKER_2: AccountId = 101;
pub const WORKER_3: AccountId = 102;
pub const WORKER_4: AccountId = 103;
/// The licensees of model 1: 60% and 40%.
pub const LICENSEE_A: AccountId = 10;
pub const LICENSEE_B: AccountId = 11;
/// A model that exists and may earn, with two licensees.
pub const MODEL: ModelId = ModelId(1);
/// A model that exists but may not earn.
pub const UNCLEARED_MODEL: ModelId = ModelId(2);
/// A model that may earn and has no licensees: its licensing share goes to the reserve.
pub const ORPHAN_MODEL: ModelId = ModelId(3);
/// A model that may earn, with licensees of 99% and 1%: the 1% of a small fee is dust.
pub const DUST_MODEL: ModelId = ModelId(4);
/// The 1% licensee of `DUST_MODEL`, with no account.
pub const LICENSEE_C: AccountId = 12;
/// The owner of every model of the registry: reputation credits licensing fees to them.
pub const MODEL_OWNER: AccountId = LICENSEE_A;

pub const FLOOR: Balance = 1_000;

frame_support::parameter_types! {
	/// Never paid: no model of the tests has shares.
	pub const NoSharesPool: AccountId = 0;
	pub const ComputeMarketPalletId: frame_support::PalletId = frame_support::PalletId(*b"atl/cmkt");
}
pub const CEILING: Balance = 1_000_000_000;
pub const LIMIT: u64 = 1_000;
pub const MIN_STAKE: Balance = 10_000;
/// The stake each unit of capacity needs: the least stake backs 1 000 units (the block limit).
pub const STAKE_PER_UNIT: Balance = 10;

/// The fixed registry of the tests.
pub struct TestModels;
impl ModelRegistry<AccountId> for TestModels {
	type MaxLicensees = ConstU32<4>;

	fn exists(model: &ModelId) -> bool {
		(1..=4).contains(&model.0)
	}
	fn owner(model: &ModelId) -> Option<AccountId> {
		Self::exists(model).then_some(MODEL_OWNER)
	}
	fn is_monetizable(model: &ModelId) -> bool {
		*model == MODEL || *model == ORPHAN_MODEL || *model == DUST_MODEL
	}
	fn licensees(model: &ModelId) -> BoundedVec<(Payee<AccountId>, Perbill), ConstU32<4>> {
		// The owner's part as the owner's (`LICENSEE_A`), through `OwnersOnly`.
		if *model == MODEL {
			BoundedVec::truncate_from(vec![
				(Payee::Owner(MODEL), Perbill::from_percent(60)),
				(Payee::Account(LICENSEE_B), Perbill::from_percent(40)),
			])
		} else if *model == DUST_MODEL {
			BoundedVec::truncate_from(vec![
				(Payee::Owner(DUST_MODEL), Perbill::from_percent(99)),
				(Payee::Account(LICENSEE_C), Perbill::from_percent(1)),
			])
		} else {
			BoundedVec::new()
		}
	}
}

parameter_types! {
	pub const RefusalShare: Perbill = Perbill::from_percent(10);
	pub const Reserve: AccountId = RESERVE;
	pub const WorkerShare: Perbill = Perbill::from_percent(70);
	pub const LicensingShare: Perbill = Perbill::from_percent(15);
	pub const ReserveShare: Perbill = Perbill::from_percent(10);
	pub const BurnShare: Perbill = Perbill::from_percent(5);
	pub const MissedDeadlineSlash: Perbill = Perbill::from_percent(10);
	pub const DisputeSlash: Perbill = Perbill::from_percent(50);
	pub const MinChargedShare: Perbill = Perbill::from_percent(10);
	/// The whole queue unless a test lowers it.
	pub static MaxPendingPerAccount: u32 = 16;
	/// `ED`, unless a test raises it (reset by `ExtBuilder::build`).
	pub static ExistentialDeposit: Balance = ED;
	/// The least tier for `DatacenterGpu` jobs: 0 (everyone) unless a test raises it.
	pub static HighComputeTier: Tier = 0;
	/// Accounts' tiers; any other is at tier 0.
	pub static AccountTiers: Vec<(AccountId, Tier)> = Vec::new();
	/// What the market reported to reputation, in order.
	pub static Created: Vec<(AccountId, Creation)> = Vec::new();
	/// The offences the market reported, in order.
	pub static Offences: Vec<(AccountId, Offence)> = Vec::new();
}

parameter_types! {
	/// The chance a settled job is checked.
	pub static CheckRate: Perbill = Perbill::from_percent(10);
	pub const MaxCheckRate: Perbill = Perbill::from_percent(100);
	/// The verification share: none (the settlement tests' figures stand) unless a test sets
	/// it.
	pub static VerificationShare: Perbill = Perbill::zero();
	/// The randomness of spot checks: none (nothing is drawn) unless a test sets a seed.
	pub static CheckSeed: Option<H256> = None;
	/// The most checks opened in a block: 16 unless a test lowers it.
	pub static MaxChecksPerBlock: u32 = 16;
}

/// [`CheckSeed`] mixed with the subject and the block number: a new value each block.
pub struct TestRandomness;
impl atelier_primitives::randomness::ChainRandomness<H256, u64> for TestRandomness {
	fn epoch_randomness(subject: &[u8]) -> (H256, u64) {
		let seed = CheckSeed::get().unwrap_or_default();
		(H256(sp_io::hashing::blake2_256(&(seed, subject).encode())), 0)
	}
	fn parent_block_randomness(subject: &[u8]) -> (Option<H256>, u64) {
		let now = System::block_number();
		let value = CheckSeed::get()
			.map(|seed| H256(sp_io::hashing::blake2_256(&(seed, subject, now).encode())));
		(value, now.saturating_sub(1))
	}
}

/// Tiers from [`AccountTiers`].
pub struct TestTiers;
impl Tiers<AccountId> for TestTiers {
	fn tier(who: &AccountId) -> Tier {
		AccountTiers::get().into_iter().find(|(a, _)| a == who).map_or(0, |(_, t)| t)
	}
}

/// Records every report in [`Created`] and [`Offences`].
pub struct RecordingObserver;
impl Observer<AccountId> for RecordingObserver {
	fn created(who: &AccountId, creation: Creation) -> Weight {
		Created::mutate(|c| c.push((*who, creation)));
		Weight::zero()
	}
	fn offended(who: &AccountId, offence: Offence) -> Weight {
		Offences::mutate(|o| o.push((*who, offence)));
		Weight::zero()
	}
	fn max_report_weight() -> Weight {
		Weight::zero()
	}
}

/// What a job that lapses in the queue leaves to the reserve.
pub const LAPSE_FEE: Balance = 100;

/// Blocks a worker is given to serve a job, at the least.
pub const SERVICE_WINDOW: u64 = 1;
/// Blocks a checker has to commit, and then to reveal.
pub const CHECK_WINDOW: u64 = 5;
/// Blocks a dispute stays open before it lapses.
pub const DISPUTE_TIMEOUT: u64 = 30;

impl Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Purse = Purse;
	type Models = TestModels;
	type Income = atelier_primitives::models::OwnersOnly<TestModels, NoSharesPool>;
	type Observer = RecordingObserver;
	type Metrics = ();
	type Tiers = TestTiers;
	type HighComputeTier = HighComputeTier;
	type DisputeOrigin = EnsureRoot<AccountId>;
	type BlockUnitLimit = ConstU64<LIMIT>;
	type MinBaseFee = ConstU128<FLOOR>;
	type MaxBaseFee = ConstU128<CEILING>;
	type WorkerShare = WorkerShare;
	type LicensingShare = LicensingShare;
	type ReserveShare = ReserveShare;
	type BurnShare = BurnShare;
	type MinWorkerStake = ConstU128<MIN_STAKE>;
	type StakePerUnit = ConstU128<STAKE_PER_UNIT>;
	type UnbondingPeriod = ConstU64<20>;
	type MissedDeadlineSlash = MissedDeadlineSlash;
	type DisputeSlash = DisputeSlash;
	type DisputeDeposit = ConstU128<500>;
	type ChallengePeriod = ConstU64<10>;
	type MaxJobDuration = ConstU64<100>;
	type MinServiceWindow = ConstU64<SERVICE_WINDOW>;
	type MinChargedShare = MinChargedShare;
	type DisputeTimeout = ConstU64<DISPUTE_TIMEOUT>;
	type RefusalPeriod = ConstU64<100>;
	type RefusalAllowance = ConstU32<2>;
	type RefusalShare = RefusalShare;
	type MaxPendingJobs = ConstU32<16>;
	type MaxPendingPerAccount = MaxPendingPerAccount;
	type PendingLapseFee = ConstU128<LAPSE_FEE>;
	type MaxAdmissionsPerBlock = ConstU32<8>;
	type MaxWorkersPerClass = ConstU32<4>;
	type MaxJobsPerWorker = ConstU32<4>;
	type MaxTimeoutsPerBlock = ConstU32<8>;
	type MaxClosingsPerBlock = ConstU32<4096>;
	type PalletId = ComputeMarketPalletId;
	type UnsignedPriority = ConstU64<{ 1 << 20 }>;
	type Randomness = TestRandomness;
	type CheckRate = CheckRate;
	type MaxCheckRate = MaxCheckRate;
	type CheckSlashFactor = ConstU32<20>;
	type CheckWindow = ConstU64<CHECK_WINDOW>;
	type VerificationShare = VerificationShare;
	type PenaltyMemory = ConstU64<50>;
	type MaxChecksPerBlock = MaxChecksPerBlock;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestBenchmarkHelper;
}

impl pallet_purse::Config for Test {
	type Currency = Balances;
	type ReserveAccount = Reserve;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct TestBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<AccountId> for TestBenchmarkHelper {
	fn monetizable_model(licensees: u32) -> ModelId {
		if licensees == 0 {
			ORPHAN_MODEL
		} else {
			MODEL
		}
	}

	fn deepest_model() -> ModelId {
		MODEL
	}

	fn qualify_for_high_compute(who: &AccountId) {
		HighComputeTier::set(1);
		AccountTiers::mutate(|t| t.push((*who, 3)));
	}
}

/// The `atel` key pair of a test worker.
pub fn worker_pair(seed: u8) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[seed; 32])
}

/// The registered public key of a test worker's pair.
pub fn worker_key(seed: u8) -> WorkerPublic {
	worker_pair(seed).public().into()
}

/// The proof that the holder of test key `seed` registers it for `who`.
pub fn key_proof(seed: u8, who: AccountId) -> WorkerSignature {
	let payload = key_ownership_payload(&ComputeMarket::genesis_hash(), &who);
	worker_pair(seed).sign(&payload).into()
}

/// The proof that the keystore's `atel` key `public` is registered for `who`, signed through
/// the keystore as a node signs.
pub fn keystore_proof(public: &sr25519::Public, who: AccountId) -> WorkerSignature {
	use sp_runtime::RuntimeAppPublic;
	let payload = key_ownership_payload(&ComputeMarket::genesis_hash(), &who);
	WorkerPublic::from(*public).sign(&payload).expect("the keystore holds the key")
}

/// Signs a refusal as the holder of `pair` would.
pub fn sign_refusal(pair: &sr25519::Pair, refusal: &Refusal) -> WorkerSignature {
	let payload = refusal_signing_payload(&ComputeMarket::genesis_hash(), refusal);
	pair.sign(&payload).into()
}

/// Signs a receipt as the holder of `pair` would.
pub fn sign_receipts(pair: &sr25519::Pair, receipts: &[Receipt]) -> WorkerSignature {
	let payload = receipts_signing_payload(&ComputeMarket::genesis_hash(), receipts);
	pair.sign(&payload).into()
}

pub fn sign_receipt(pair: &sr25519::Pair, receipt: &Receipt) -> WorkerSignature {
	let payload = receipt_signing_payload(&ComputeMarket::genesis_hash(), receipt);
	pair.sign(&payload).into()
}

pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
	genesis: crate::GenesisConfig<Test>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![
				(ALICE, 1_000_000_000_000),
				(BOB, 1_000_000_000_000),
				(CHARLIE, 1_000_000_000_000),
				(WORKER, 1_000_000),
				(WORKER_2, 1_000_000),
				(WORKER_3, 1_000_000),
				(WORKER_4, 1_000_000),
				(RESERVE, ED),
			],
			genesis: Default::default(),
		}
	}
}

impl ExtBuilder {
	/// Leaves the reserve account unfunded (it does not exist).
	pub fn without_reserve(mut self) -> Self {
		self.balances.retain(|(who, _)| *who != RESERVE);
		self
	}

	/// Registers workers and assigns jobs at genesis.
	pub fn with_genesis(mut self, genesis: crate::GenesisConfig<Test>) -> Self {
		self.genesis = genesis;
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		MaxPendingPerAccount::set(16);
		ExistentialDeposit::set(ED);
		HighComputeTier::set(0);
		AccountTiers::take();
		Created::take();
		Offences::take();
		CheckRate::set(Perbill::from_percent(10));
		CheckSeed::take();
		VerificationShare::set(Perbill::zero());
		MaxChecksPerBlock::set(16);
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		self.genesis.assimilate_storage(&mut storage).unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		// Worker keys are generated and used through the keystore, as on a node.
		ext.register_extension(sp_keystore::KeystoreExt(std::sync::Arc::new(
			sp_keystore::testing::MemoryKeystore::new(),
		)));
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Builds, runs the test, and checks every invariant afterwards.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			ComputeMarket::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Moves to block `n`, running the hooks of every block on the way.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		ComputeMarket::on_idle(System::block_number(), Weight::MAX);
		ComputeMarket::on_finalize(System::block_number());
		let next = System::block_number() + 1;
		System::set_block_number(next);
		ComputeMarket::on_initialize(next);
	}
}
