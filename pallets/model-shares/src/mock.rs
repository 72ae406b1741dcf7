//! A test runtime: System, Balances, Assets and ModelShares, with models and attestation's gate
//! stood in by simple implementations the tests steer.

use crate as pallet_model_shares;
use crate::*;
use atelier_primitives::{models::Payee, provenance::ClaimState};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, EnsureOriginWithArg},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill};

pub type AccountId = u64;
pub type Balance = u64;
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
	pub type Assets = pallet_assets;
	#[runtime::pallet_index(3)]
	pub type ModelShares = pallet_model_shares;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU64<ED>;
	type AccountStore = System;
}

/// Only root creates assets in the tests.
pub struct RootCreates;
impl EnsureOriginWithArg<RuntimeOrigin, u32> for RootCreates {
	type Success = AccountId;
	fn try_origin(o: RuntimeOrigin, _: &u32) -> Result<AccountId, RuntimeOrigin> {
		<EnsureRoot<AccountId> as frame_support::traits::EnsureOrigin<RuntimeOrigin>>::try_origin(o)
			.map(|_| 0)
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_: &u32) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::root())
	}
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type CreateOrigin = RootCreates;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Freezer = ();
	type Holder = ();
}

parameter_types! {
	/// Models and their owners.
	pub static Models: Vec<(ModelId, AccountId)> = Vec::new();
	/// What attestation says of each model's income (clear if absent).
	pub static ClaimStates: Vec<(ModelId, ClaimState)> = Vec::new();
	pub const SharesPalletId: PalletId = PalletId(*b"atl/shar");
}

/// Models from [`Models`].
pub struct MockModels;
impl ModelRegistry<AccountId> for MockModels {
	type MaxLicensees = ConstU32<8>;
	fn exists(model: &ModelId) -> bool {
		Models::get().iter().any(|(id, _)| id == model)
	}
	fn owner(model: &ModelId) -> Option<AccountId> {
		Models::get().into_iter().find(|(id, _)| id == model).map(|(_, owner)| owner)
	}
	fn is_monetizable(model: &ModelId) -> bool {
		Self::exists(model)
	}
	fn licensees(
		model: &ModelId,
	) -> frame_support::BoundedVec<(Payee<AccountId>, Perbill), ConstU32<8>> {
		frame_support::BoundedVec::truncate_from(vec![(Payee::Owner(*model), Perbill::one())])
	}
}

/// Attestation's gate, from [`ClaimStates`].
pub struct MockGate;
impl RoyaltyGate for MockGate {
	fn claim_state(model: &ModelId) -> ClaimState {
		ClaimStates::get()
			.into_iter()
			.find(|(id, _)| id == model)
			.map_or(ClaimState::Clear, |(_, state)| state)
	}
}

/// Only the stablecoin is accepted.
pub struct Stablecoin;
impl frame_support::traits::Contains<u32> for Stablecoin {
	fn contains(id: &u32) -> bool {
		*id == USD
	}
}

impl Config for Test {
	type Currency = Balances;
	type Assets = Assets;
	type AcceptedAssets = Stablecoin;
	type PalletId = SharesPalletId;
	type Models = MockModels;
	type Gate = MockGate;
	type MaxSupply = ConstU64<1_000_000_000_000>;
	type MaxHolders = ConstU32<MAX_HOLDERS>;
	type MaxAssets = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockModels;
}

#[cfg(feature = "runtime-benchmarks")]
impl benchmarking::BenchmarkHelper<AccountId> for MockModels {
	fn model(owner: &AccountId) -> ModelId {
		let id = ModelId(Models::get().len() as u32 + 1000);
		Models::mutate(|m| m.push((id, *owner)));
		id
	}
	fn accepted_asset() -> u32 {
		USD
	}
}

pub const ED: Balance = 10;
pub const MAX_HOLDERS: u32 = 20_000;
pub const USD: u32 = 1;
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
pub const INITIAL: Balance = 1_000_000_000_000;
pub const MODEL: ModelId = ModelId(7);

/// A test chain: funded accounts (in ATL and the stablecoin), the pallet's account endowed as
/// genesis endows it, and model 7 owned by Alice.
pub fn new_test_ext() -> sp_io::TestExternalities {
	Models::set(vec![(MODEL, ALICE)]);
	ClaimStates::take();
	let pallet = ModelShares::account_id();
	let people = [ALICE, BOB, CHARLIE, DAVE, EVE];
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		balances: pallet_balances::GenesisConfig {
			balances: people.iter().map(|who| (*who, INITIAL)).chain([(pallet, ED)]).collect(),
			..Default::default()
		},
		assets: pallet_assets::GenesisConfig {
			assets: vec![(USD, ALICE, true, 1)],
			metadata: vec![],
			accounts: people
				.iter()
				.map(|who| (USD, *who, INITIAL))
				.chain([(USD, pallet, 1)])
				.collect(),
			next_asset_id: None,
			reserves: vec![],
		},
	}
	.build_storage()
	.expect("the test genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test`, then checks every invariant of the pallet.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		ModelShares::do_try_state().expect("the pallet's invariants hold");
	});
}

/// Pays `amount` of `asset` into `model`'s pool as a payer does: the money into the pallet's
/// account, then the credit.
pub fn pay(model: ModelId, asset: PaymentAsset, amount: Balance) {
	use frame_support::traits::{fungible::Mutate, tokens::Preservation};
	let pool = ModelShares::account_id();
	match asset {
		PaymentAsset::Native => {
			<Balances as Mutate<_>>::transfer(&EVE, &pool, amount, Preservation::Preserve)
				.map(|_| ())
		},
		PaymentAsset::Asset(id) => {
			<Assets as frame_support::traits::fungibles::Mutate<_>>::transfer(
				id,
				&EVE,
				&pool,
				amount,
				Preservation::Preserve,
			)
			.map(|_| ())
		},
	}
	.expect("Eve pays");
	ModelShares::do_credit(&model, asset, amount).expect("the credit is accounted");
}
