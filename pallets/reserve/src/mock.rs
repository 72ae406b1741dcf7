//! A runtime with the real Balances, Assets, AssetConversion and the reserve.

#![allow(clippy::arithmetic_side_effects, clippy::unwrap_used, clippy::expect_used)]

use crate::{
	self as pallet_reserve,
	exchange::{self, ExchangePalletId, LiquidityWithdrawalFee, LpFee, MaxSwapFee},
	impl_pool::AssetConversionPool,
	*,
};
use frame_support::{
	construct_runtime, derive_impl,
	instances::{Instance1, Instance2},
	ord_parameter_types, parameter_types,
	traits::{
		fungible::{ItemOf, NativeOrWithId},
		tokens::imbalance::ResolveAssetTo,
		AsEnsureOriginWithArg, ConstU128, ConstU32, Hooks,
	},
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess, EnsureSigned, EnsureSignedBy};
use sp_runtime::{
	traits::{AccountIdConversion, IdentityLookup},
	BuildStorage, Perbill, Permill,
};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets::<Instance1>,
		PoolAssets: pallet_assets::<Instance2>,
		AssetConversion: pallet_asset_conversion,
		Reserve: pallet_reserve,
		Purse: pallet_purse,
	}
);

/// One ATL, as in the runtime (12 decimals).
pub const UNIT: u128 = 1_000_000_000_000;
/// One aUSD (6 decimals).
pub const DOLLAR: u128 = 1_000_000;
/// The stablecoin's id.
pub const STABLE: u32 = 1;
/// The reserve's account.
pub const RESERVE: AccountId = 999;
/// Accounts with ATL and aUSD.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const WHALE: AccountId = 3;
/// The pool at genesis: a million ATL against a million aUSD (one aUSD per ATL).
pub const POOL_ATL: u128 = 1_000_000 * UNIT;
pub const POOL_STABLE: u128 = 1_000_000 * DOLLAR;
/// The reserve's aUSD besides its liquidity.
pub const RESERVE_STABLE: u128 = 200_000 * DOLLAR;
/// The reserve's ATL besides its liquidity.
pub const RESERVE_ATL: u128 = 10 * UNIT;

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type AccountId = AccountId;
	type Lookup = IdentityLookup<Self::AccountId>;
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type ExistentialDeposit = ConstU128<1_000_000_000>;
	type AccountStore = System;
}

impl pallet_assets::Config<Instance1> for Test {
	type RuntimeEvent = RuntimeEvent;
	type Balance = u128;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<Self::AccountId>>;
	type ForceOrigin = EnsureRoot<Self::AccountId>;
	type AssetDeposit = ConstU128<1>;
	type AssetAccountDeposit = ConstU128<10>;
	type MetadataDepositBase = ConstU128<1>;
	type MetadataDepositPerByte = ConstU128<1>;
	type ApprovalDeposit = ConstU128<1>;
	type StringLimit = ConstU32<50>;
	type Holder = ();
	type Freezer = ();
	type Extra = ();
	type WeightInfo = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

impl pallet_assets::Config<Instance2> for Test {
	type RuntimeEvent = RuntimeEvent;
	type Balance = u128;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin =
		AsEnsureOriginWithArg<EnsureSignedBy<AssetConversionOrigin, Self::AccountId>>;
	type ForceOrigin = EnsureRoot<Self::AccountId>;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type ApprovalDeposit = ConstU128<0>;
	type StringLimit = ConstU32<50>;
	type Holder = ();
	type Freezer = ();
	type Extra = ();
	type WeightInfo = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	pub const StableId: u32 = STABLE;
}

ord_parameter_types! {
	pub const AssetConversionOrigin: AccountId =
		AccountIdConversion::<AccountId>::into_account_truncating(&ExchangePalletId::get());
}

pub type NativeAndAssets = exchange::NativeAndAssets<Balances, Assets, u32, AccountId>;
type Native = exchange::Native<u32>;

/// The runtime's exchange ([`crate::exchange`]), with the mock's own balance and asset types.
impl pallet_asset_conversion::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Balance = u128;
	type HigherPrecisionBalance = sp_core::U256;
	type AssetKind = NativeOrWithId<u32>;
	type Assets = NativeAndAssets;
	type PoolId = (Self::AssetKind, Self::AssetKind);
	type PoolLocator = exchange::PoolLocator<AccountId, u32>;
	type PoolAssetId = u32;
	type PoolAssets = PoolAssets;
	type PoolSetupFee = ConstU128<1_000_000_000>;
	type PoolSetupFeeAsset = Native;
	type PoolSetupFeeTarget = ResolveAssetTo<AssetConversionOrigin, Self::Assets>;
	type PalletId = ExchangePalletId;
	type WeightInfo = ();
	type LPFee = LpFee;
	type AdminOrigin = EnsureRoot<Self::AccountId>;
	type MaxSwapFee = MaxSwapFee;
	type LiquidityWithdrawalFee = LiquidityWithdrawalFee;
	type MaxSwapPathLength = ConstU32<4>;
	type MintMinLiquidity = ConstU128<{ exchange::MINT_MIN_LIQUIDITY }>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	pub const ReserveAccount: AccountId = RESERVE;
	pub static PeriodLength: u64 = 10;
	/// The mock's day is its default period, so a period pays a day's rates.
	pub const BlocksPerDay: u64 = 10;
	/// Root may commit the budget to 500 000 aUSD a day.
	pub const BudgetLimit: u128 = 500_000 * DOLLAR;
	pub static GuardParams: PriceGuard = PriceGuard {
		average_blocks: 20,
		band: Permill::from_percent(10),
		max_slippage: Permill::from_percent(2),
	};
	pub static TargetParams: Allocation = Allocation {
		stable: Permill::from_percent(50),
		pol: Permill::from_percent(30),
		atl: Permill::from_percent(20),
	};
	pub static ConversionShareParam: Permill = Permill::from_percent(50);
	pub static BuyBackParams: BuyBackPolicy = BuyBackPolicy {
		velocity_below: Perbill::from_percent(1),
		discount: Permill::from_percent(3),
		max_per_day: 1_000 * DOLLAR,
		runway_days: 3,
		destination: BuyBackDestination::Burn,
	};
	/// The runtime's rules.
	pub static RulesParams: SteeringPolicy = SteeringPolicy {
		step: Permill::from_percent(2),
		stable: TargetRange { min: Permill::from_percent(40), max: Permill::from_percent(70) },
		pol: TargetRange { min: Permill::from_percent(20), max: Permill::from_percent(45) },
		atl: TargetRange { min: Permill::from_percent(5), max: Permill::from_percent(30) },
		demand_band: Permill::from_percent(25),
		engagement_band: Permill::from_percent(25),
		swing: Permill::from_percent(5),
		min_discount: Permill::from_percent(1),
		average_periods: 7,
	};
	/// The operators' price (`None`: no fresh value).
	pub static OperatorsPrice: Option<Price> = None;
	/// The runtime's grants line: 10%, moved between 5% and 20%.
	pub static GrantsParams: GrantsPolicy = GrantsPolicy {
		share: Permill::from_percent(10),
		range: TargetRange { min: Permill::from_percent(5), max: Permill::from_percent(20) },
	};
	/// The models that earn a grant: their owner and quality (none unless a test says).
	pub static Qualities: Vec<(atelier_primitives::models::ModelId, AccountId, u32)> = Vec::new();
}

/// The operators' quality and provenance's owners, as the tests set them ([`Qualities`]).
pub struct MockQuality;
impl atelier_primitives::oracle::GrantQuality<AccountId> for MockQuality {
	fn grant(model: &atelier_primitives::models::ModelId) -> Option<(AccountId, u32)> {
		// The benchmarks' models (`BenchmarkHelper::earning_model`) earn, each its own owner's.
		if model.0 >= 1_000_000 {
			return Some((u64::from(model.0), 900_000));
		}
		Qualities::get()
			.into_iter()
			.find(|(m, _, _)| m == model)
			.map(|(_, who, q)| (who, q))
	}
	fn max_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// Models 0..=99 carry styles: model `m` has `m % 5` styles, `1..=m % 5` (a few overlap).
pub struct MockStyles;
impl atelier_primitives::models::ModelStyles for MockStyles {
	fn styles(
		model: &atelier_primitives::models::ModelId,
	) -> atelier_primitives::models::ModelStyleList {
		let n = (model.0 % 5) as u16;
		atelier_primitives::models::ModelStyleList::truncate_from((1..=n).collect())
	}
	fn registry() -> Vec<(atelier_primitives::models::StyleId, Vec<u8>)> {
		(1..=4u16).map(|s| (s, format!("style-{s}").into_bytes())).collect()
	}
}

impl Config for Test {
	type Currency = Balances;
	type Stable = ItemOf<Assets, StableId, AccountId>;
	type Pool = AssetConversionPool<Test, StableId>;
	type Purse = Purse;
	type BudgetOrigin = EnsureRootWithSuccess<AccountId, BudgetLimit>;
	type BlocksPerDay = BlocksPerDay;
	type Period = PeriodLength;
	type Guard = GuardParams;
	type Targets = TargetParams;
	type ConversionShare = ConversionShareParam;
	type BuyBack = BuyBackParams;
	type Rules = RulesParams;
	type SteeringOrigin = EnsureRoot<AccountId>;
	type Styles = MockStyles;
	type ExternalPrice = OperatorsPrice;
	type Grants = GrantsParams;
	type Quality = MockQuality;
	type MaxBudgetLines = ConstU32<4>;
	type MaxGrantModels = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

impl pallet_purse::Config for Test {
	type Currency = Balances;
	type ReserveAccount = ReserveAccount;
}

/// Genesis: the pool with the reserve's liquidity, the reserve's aUSD and ATL, three funded
/// accounts; block 1 begun (price sampled).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ALICE, 10_000_000 * UNIT),
			(BOB, 10_000_000 * UNIT),
			(WHALE, 10_000_000 * UNIT),
			(RESERVE, POOL_ATL + RESERVE_ATL),
		],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_assets::GenesisConfig::<Test, Instance1> {
		assets: vec![(STABLE, ALICE, true, DOLLAR / 100)],
		metadata: vec![],
		accounts: vec![
			(STABLE, ALICE, 10_000_000 * DOLLAR),
			(STABLE, BOB, 10_000_000 * DOLLAR),
			(STABLE, WHALE, 10_000_000 * DOLLAR),
			(STABLE, RESERVE, POOL_STABLE + RESERVE_STABLE),
		],
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_asset_conversion::GenesisConfig::<Test> {
		pools: vec![(
			NativeOrWithId::Native,
			NativeOrWithId::WithId(STABLE),
			RESERVE,
			POOL_ATL,
			POOL_STABLE,
		)],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_reserve::GenesisConfig::<Test> { budget: vec![] }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| run_to(1));
	ext
}

/// Runs blocks up to `n`, each beginning with the reserve's hook.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Reserve::on_initialize(next);
	}
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
			Reserve::do_try_state().expect("the reserve's invariants hold");
		});
	}
}
