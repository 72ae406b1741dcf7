//! A test runtime: System, Balances, Assets and Royalties, with outputs and models stood in by
//! simple implementations the tests steer.

use crate as pallet_royalties;
use crate::*;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, EnsureOriginWithArg},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};

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
	pub type Royalties = pallet_royalties;
	#[runtime::pallet_index(4)]
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
	/// Outputs: id, owner, model.
	pub static Outputs: Vec<(OutputId, AccountId, ModelId)> = Vec::new();
	/// Each output's creator: its first owner.
	pub static Creators: Vec<(OutputId, AccountId)> = Vec::new();
	/// What the pallet reported to reputation, in order.
	pub static Reported: Vec<(AccountId, Creation)> = Vec::new();
	/// The weight each report says it used, and the most one may use.
	pub static ReportWeight: frame_support::weights::Weight = Default::default();
	pub static MaxReportWeight: frame_support::weights::Weight = Default::default();
	/// Models' licensees.
	pub static Licensees: Vec<(ModelId, Vec<(AccountId, Perbill)>)> = Vec::new();
	/// Models that may not earn.
	pub static Unmonetizable: Vec<ModelId> = Vec::new();
	/// What attestation says of each model's accrued royalties (clear if absent).
	pub static ClaimStates: Vec<(ModelId, ClaimState)> = Vec::new();
	pub const RoyaltiesPalletId: PalletId = PalletId(*b"atl/roya");
	pub const Reserve: AccountId = RESERVE;
	pub const Cap: Perbill = Perbill::from_percent(50);
	pub const ModelShare: Perbill = Perbill::from_percent(10);
	pub const ParentShare: Perbill = Perbill::from_percent(10);
	pub const ReserveShare: Perbill = Perbill::from_percent(2);
}

/// Outputs from [`Outputs`]; a transfer rewrites the owner.
pub struct MockOutputs;
impl OutputRegistry<AccountId> for MockOutputs {
	fn owner(output: &OutputId) -> Option<AccountId> {
		Outputs::get()
			.into_iter()
			.find(|(id, ..)| id == output)
			.map(|(_, owner, _)| owner)
	}
	fn model(output: &OutputId) -> Option<ModelId> {
		Outputs::get()
			.into_iter()
			.find(|(id, ..)| id == output)
			.map(|(.., model)| model)
	}
	fn creator(output: &OutputId) -> Option<AccountId> {
		Creators::get()
			.into_iter()
			.find(|(id, _)| id == output)
			.map(|(_, creator)| creator)
	}
	fn transfer(output: &OutputId, to: &AccountId) -> DispatchResult {
		Outputs::mutate(|outputs| {
			let entry = outputs
				.iter_mut()
				.find(|(id, ..)| id == output)
				.ok_or(DispatchError::Other("no such output"))?;
			entry.1 = *to;
			Ok(())
		})
	}
}

/// Records every report in [`Reported`].
pub struct RecordingObserver;
impl Observer<AccountId> for RecordingObserver {
	fn created(who: &AccountId, creation: Creation) -> frame_support::weights::Weight {
		Reported::mutate(|r| r.push((*who, creation)));
		ReportWeight::get()
	}
	fn offended(
		_: &AccountId,
		_: atelier_primitives::activity::Offence,
	) -> frame_support::weights::Weight {
		Default::default()
	}
	fn max_report_weight() -> frame_support::weights::Weight {
		MaxReportWeight::get()
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

/// Models from [`Licensees`] and [`Unmonetizable`].
pub struct MockModels;
impl ModelRegistry<AccountId> for MockModels {
	type MaxLicensees = ConstU32<8>;
	fn exists(model: &ModelId) -> bool {
		Licensees::get().iter().any(|(id, _)| id == model)
	}
	fn owner(model: &ModelId) -> Option<AccountId> {
		Licensees::get()
			.into_iter()
			.find(|(id, _)| id == model)
			.and_then(|(_, l)| l.first().map(|(who, _)| *who))
	}
	fn is_monetizable(model: &ModelId) -> bool {
		Self::exists(model) && !Unmonetizable::get().contains(model)
	}
	fn licensees(
		model: &ModelId,
	) -> frame_support::BoundedVec<(Payee<AccountId>, Perbill), ConstU32<8>> {
		Licensees::get()
			.into_iter()
			.find(|(id, _)| id == model)
			.map(|(_, l)| {
				frame_support::BoundedVec::truncate_from(
					l.into_iter().map(|(who, share)| (Payee::Account(who), share)).collect(),
				)
			})
			.unwrap_or_default()
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
	type PalletId = RoyaltiesPalletId;
	type Purse = Purse;
	type Outputs = MockOutputs;
	type Models = MockModels;
	type Income = atelier_primitives::models::OwnersOnly<MockModels, Reserve>;
	type Observer = RecordingObserver;
	type Metrics = ();
	type Gate = MockGate;
	type MaxRoyaltyStack = Cap;
	type ModelShare = ModelShare;
	type ParentShare = ParentShare;
	type ReserveShare = ReserveShare;
	type MaxRecipients = ConstU32<MAX_RECIPIENTS>;
	type MinExternalRoyalty = MinExternalRoyalty;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockOutputs;
}

impl pallet_purse::Config for Test {
	type Currency = Balances;
	type ReserveAccount = Reserve;
}

#[cfg(feature = "runtime-benchmarks")]
impl benchmarking::BenchmarkHelper<AccountId> for MockOutputs {
	fn sellable_output(owner: &AccountId) -> OutputId {
		let id = OutputId(Outputs::get().len() as u32 + 1000);
		Licensees::mutate(|l| l.push((ModelId(1000), vec![(ALICE, Perbill::one())])));
		Outputs::mutate(|o| o.push((id, *owner, ModelId(1000))));
		Creators::mutate(|c| c.push((id, *owner)));
		id
	}

	fn accepted_asset() -> u32 {
		USD
	}
}

/// The least royalty an external sale pays: 50 of either asset.
pub struct MinExternalRoyalty;
impl sp_runtime::traits::Convert<PaymentAsset, Balance> for MinExternalRoyalty {
	fn convert(_: PaymentAsset) -> Balance {
		MIN_EXTERNAL_ROYALTY
	}
}
pub const MIN_EXTERNAL_ROYALTY: Balance = 50;

pub const ED: Balance = 10;
pub const MAX_RECIPIENTS: u32 = 8;
pub const USD: u32 = 1;
pub const OTHER_ASSET: u32 = 2;
pub const RESERVE: AccountId = 999;
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
pub const FERDIE: AccountId = 6;
pub const INITIAL: Balance = 1_000_000_000;

/// Builds a test chain: funded accounts (in ATL and the stablecoin), the reserve and the pallet's
/// account endowed as genesis endows them.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		Outputs::take();
		Creators::take();
		Reported::take();
		ReportWeight::take();
		MaxReportWeight::take();
		Licensees::take();
		Unmonetizable::take();
		ClaimStates::take();
		let pallet = Royalties::account_id();
		let people = [ALICE, BOB, CHARLIE, DAVE, EVE, FERDIE];
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: people
					.iter()
					.map(|who| (*who, INITIAL))
					.chain([(RESERVE, ED), (pallet, ED)])
					.collect(),
				..Default::default()
			},
			assets: pallet_assets::GenesisConfig {
				assets: vec![(USD, ALICE, true, 1), (OTHER_ASSET, ALICE, true, 1)],
				metadata: vec![],
				accounts: people
					.iter()
					.map(|who| (USD, *who, INITIAL))
					.chain([(USD, RESERVE, 1), (USD, pallet, 1), (OTHER_ASSET, BOB, INITIAL)])
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
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Royalties::do_try_state().expect("the pallet's invariants hold");
		});
	}
}

/// Adds a model with `licensees`.
pub fn model(id: u32, licensees: Vec<(AccountId, Perbill)>) -> ModelId {
	Licensees::mutate(|l| l.push((ModelId(id), licensees)));
	ModelId(id)
}

/// Mints output `id` to `creator` as provenance would: an output record and its policy.
pub fn mint(
	id: u32,
	creator: AccountId,
	model: ModelId,
	parents: &[OutputId],
	share: Perbill,
) -> OutputId {
	let output = OutputId(id);
	Royalties::register(&output, &creator, &model, parents, share)
		.expect("the policy fits the cap");
	Outputs::mutate(|o| o.push((output, creator, model)));
	Creators::mutate(|c| c.push((output, creator)));
	output
}
