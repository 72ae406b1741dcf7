//! A test runtime: System, Balances and attestation, with a lineage, royalty pots and a
//! reputation observer kept in thread-locals.

use crate as pallet_attestation;
use crate::*;
use atelier_primitives::{
	activity::{Creation, Observer, Offence},
	models::ModelId,
	provenance::{DatasetId, ModelLineage, ModelLink, RoyaltyPots},
	reputation::StakeSlash,
};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, Hooks},
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill, Weight};
use std::collections::BTreeMap;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

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
	pub type Attestation = pallet_attestation;
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

pub const ED: Balance = 10;
pub const RESERVE: AccountId = 999;
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
/// Owns every dataset and model of the mock lineage.
pub const OWNER: AccountId = 10;
/// Attestors approved at genesis.
pub const ATTESTOR_A: AccountId = 20;
pub const ATTESTOR_B: AccountId = 21;
pub const ATTESTOR_C: AccountId = 22;

pub const ATTESTOR_BOND: Balance = 1_000;
pub const MODEL_BOND: Balance = 500;
pub const CHALLENGE_BOND: Balance = 200;
pub const MAX_PERIOD: u64 = 1_000;
pub const UNBONDING: u64 = 1_000;
pub const MODEL_UNBONDING: u64 = 100;
pub const CHALLENGE_PERIOD: u64 = 50;
pub const JOIN_WINDOW: u64 = 10;
pub const LOCK_PERIOD: u64 = 300;
pub const MAX_GENERATIONS: u32 = 4;

/// The lineage: dataset 1 trains base model 1; model 2 is a fine-tune of 1 on dataset 2; model
/// 3 a fine-tune of 2 on nothing new (two generations below dataset 1); model 4 stands apart
/// on dataset 3.
pub const DATASET: DatasetId = DatasetId(1);
pub const DATASET_2: DatasetId = DatasetId(2);
pub const DATASET_3: DatasetId = DatasetId(3);
pub const BASE: ModelId = ModelId(1);
pub const TUNE: ModelId = ModelId(2);
pub const TUNE_2: ModelId = ModelId(3);
pub const OTHER: ModelId = ModelId(4);

parameter_types! {
	pub const ExistentialDeposit: Balance = ED;
	pub const ReserveAccount: AccountId = RESERVE;
	pub static Quorum: u32 = 2;
	pub const AttestorBond: Balance = ATTESTOR_BOND;
	pub static ModelBondAmount: Balance = MODEL_BOND;
	pub const ChallengeBondAmount: Balance = CHALLENGE_BOND;
	pub const MaxAttestationPeriod: u64 = MAX_PERIOD;
	pub const AttestorUnbonding: u64 = UNBONDING;
	pub const ModelUnbonding: u64 = MODEL_UNBONDING;
	pub const ChallengePeriod: u64 = CHALLENGE_PERIOD;
	pub const JoinWindow: u64 = JOIN_WINDOW;
	pub const LockPeriod: u64 = LOCK_PERIOD;
	pub const AttestorSlash: Perbill = Perbill::from_percent(50);
	pub const ChallengerShare: Perbill = Perbill::from_percent(20);
	pub const FrozenCompensation: Perbill = Perbill::from_percent(50);
	pub const MinorStakeSlash: Perbill = Perbill::from_percent(10);
	pub const MajorStakeSlash: Perbill = Perbill::from_percent(50);
	/// Reputation stakes by account; a slash takes its fraction of one.
	pub static Stakes: BTreeMap<AccountId, Balance> = BTreeMap::new();
	/// Models: (owner, base model, datasets).
	pub static LineageModels: BTreeMap<u32, (AccountId, Option<u32>, Vec<u32>)> = BTreeMap::from([
		(1, (OWNER, None, vec![1])),
		(2, (OWNER, Some(1), vec![2])),
		(3, (OWNER, Some(2), vec![])),
		(4, (OWNER, None, vec![3])),
	]);
	pub static LineageDatasets: BTreeMap<u32, AccountId> =
		BTreeMap::from([(1, OWNER), (2, OWNER), (3, OWNER)]);
	/// Royalties accrued by model, in ATL (the pots' total); burning empties one.
	pub static Pots: BTreeMap<u32, Balance> = BTreeMap::new();
	/// Every report to reputation, in order.
	pub static Reports: Vec<(AccountId, Result<Creation, Offence>)> = Vec::new();
}

/// Provenance's lineage, from [`LineageModels`] and [`LineageDatasets`].
pub struct MockLineage;
impl ModelLineage<AccountId> for MockLineage {
	fn model(model: &ModelId) -> Option<ModelLink<AccountId>> {
		LineageModels::get().get(&model.0).map(|(owner, base, datasets)| ModelLink {
			owner: *owner,
			base_model: base.map(ModelId),
			datasets: datasets.iter().copied().map(DatasetId).collect(),
		})
	}
	fn dataset_owner(dataset: &DatasetId) -> Option<AccountId> {
		LineageDatasets::get().get(&dataset.0).copied()
	}
	fn max_generations() -> u32 {
		MAX_GENERATIONS
	}
}

/// Royalties' pots: burning one takes its total out of [`Pots`] and out of issuance (as
/// royalties burns from its own account, here from [`ROYALTIES`]).
pub struct MockPots;
pub const ROYALTIES: AccountId = 998;
impl RoyaltyPots for MockPots {
	fn burn_accrued(model: &ModelId) -> Result<Balance, sp_runtime::DispatchError> {
		let mut pots = Pots::get();
		let amount = pots.remove(&model.0).unwrap_or_default();
		Pots::set(pots);
		if amount > 0 {
			use frame_support::traits::{
				fungible::Mutate,
				tokens::{Fortitude, Precision, Preservation},
			};
			Balances::burn_from(
				&ROYALTIES,
				amount,
				Preservation::Expendable,
				Precision::Exact,
				Fortitude::Force,
			)
			.expect("the mock's royalties account holds every pot");
		}
		Ok(amount)
	}
}

/// Reputation: records each report.
pub struct MockObserver;
impl Observer<AccountId> for MockObserver {
	fn created(who: &AccountId, creation: Creation) -> Weight {
		Reports::mutate(|r| r.push((*who, Ok(creation))));
		Weight::zero()
	}
	fn offended(who: &AccountId, offence: Offence) -> Weight {
		Reports::mutate(|r| r.push((*who, Err(offence))));
		Weight::zero()
	}
	fn max_report_weight() -> Weight {
		Weight::zero()
	}
}

/// Reputation's stake: [`Stakes`], slashed in place (the real slash, to the reserve, is
/// reputation's and is tested there and in the runtime).
pub struct MockStakeSlash;
impl StakeSlash<AccountId> for MockStakeSlash {
	fn slash_stake(who: &AccountId, fraction: Perbill) -> Balance {
		let mut stakes = Stakes::get();
		let stake = stakes.entry(*who).or_default();
		let taken = fraction.mul_floor(*stake);
		*stake -= taken;
		Stakes::set(stakes);
		taken
	}
	fn slash_weight() -> Weight {
		Weight::zero()
	}
}

impl pallet_attestation::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Lineage = MockLineage;
	type RoyaltyPots = MockPots;
	type Observer = MockObserver;
	type StakeSlash = MockStakeSlash;
	type Purse = Purse;
	type AttestorOrigin = EnsureRoot<AccountId>;
	type DecideOrigin = EnsureRoot<AccountId>;
	type AttestorBond = AttestorBond;
	type ModelBondAmount = ModelBondAmount;
	type ChallengeBondAmount = ChallengeBondAmount;
	type Quorum = Quorum;
	type MaxAttestationPeriod = MaxAttestationPeriod;
	type AttestorUnbonding = AttestorUnbonding;
	type ModelUnbonding = ModelUnbonding;
	type ChallengePeriod = ChallengePeriod;
	type JoinWindow = JoinWindow;
	type LockPeriod = LockPeriod;
	type AttestorSlash = AttestorSlash;
	type ChallengerShare = ChallengerShare;
	type FrozenCompensation = FrozenCompensation;
	type MinorStakeSlash = MinorStakeSlash;
	type MajorStakeSlash = MajorStakeSlash;
	type MaxAttestationsPerDataset = ConstU32<4>;
	type MaxBackers = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

impl pallet_purse::Config for Test {
	type Currency = Balances;
	type ReserveAccount = ReserveAccount;
}

/// Sets up the benchmarks' worst cases on the mock: a lineage of `MAX_GENERATIONS + 1`
/// models, each on its own dataset, the deepest a fine-tune of all the others.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for MockBenchmarkHelper {
	fn dataset(_owner: &AccountId) -> DatasetId {
		DATASET_3
	}
	fn deepest_model(owner: &AccountId) -> (ModelId, DatasetId) {
		let mut models = BTreeMap::new();
		let mut datasets = LineageDatasets::get();
		for g in 0..=MAX_GENERATIONS {
			let id = 100 + g;
			datasets.insert(id, *owner);
			models.insert(id, (*owner, (g > 0).then(|| id - 1), vec![id]));
		}
		LineageModels::mutate(|m| m.extend(models));
		LineageDatasets::set(datasets);
		(ModelId(100 + MAX_GENERATIONS), DatasetId(100))
	}
	fn royalties(model: &ModelId) {
		Pots::mutate(|p| p.insert(model.0, 1_000));
		use frame_support::traits::fungible::Mutate;
		Balances::mint_into(&ROYALTIES, 1_000).expect("minting in a mock");
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let funded = [ALICE, BOB, CHARLIE, DAVE, EVE, OWNER, ATTESTOR_A, ATTESTOR_B, ATTESTOR_C];
	pallet_balances::GenesisConfig::<Test> {
		balances: funded
			.iter()
			.map(|who| (*who, 100_000))
			.chain([(RESERVE, ED), (ROYALTIES, ED)])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_attestation::GenesisConfig::<Test> { attestors: vec![ATTESTOR_A, ATTESTOR_B] }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Pots::take();
		Reports::take();
		Stakes::take();
		Quorum::set(2);
		ModelBondAmount::set(MODEL_BOND);
	});
	ext
}

/// Builds the mock's genesis ([`new_test_ext`]).
#[derive(Default)]
pub struct ExtBuilder {}

impl ExtBuilder {
	/// The externalities of [`new_test_ext`].
	pub fn build(self) -> sp_io::TestExternalities {
		new_test_ext()
	}

	/// Builds, runs the test, and checks every invariant afterwards.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Attestation::do_try_state().expect("invariants hold after the test");
			Attestation::integrity_test();
		});
	}
}

/// Moves to block `n`.
pub fn run_to(n: u64) {
	System::set_block_number(n);
}

/// The pallet's events so far.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Attestation(e) => Some(e),
			_ => None,
		})
		.collect()
}
