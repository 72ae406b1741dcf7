//! Fungible assets (the stablecoin), NFTs and the native/asset exchange.
//!
//! - `Assets` (`pallet-assets`, instance 1) holds the USD stablecoin and any other asset an
//!   account creates with a deposit.
//! - `PoolAssets` (instance 2) holds the liquidity tokens of exchange pools; only the exchange
//!   creates them.
//! - `Nfts` holds every NFT: provenance items will live in collections owned by their pallets.
//! - `AssetConversion` is a Uniswap-v2 style exchange between the native token and assets.

use alloc::vec;
use frame_support::{
	instances::{Instance1, Instance2},
	ord_parameter_types, parameter_types,
	traits::{
		fungible::NativeOrWithId, tokens::imbalance::ResolveAssetTo, AsEnsureOriginWithArg,
		ConstU128, ConstU32, EnsureOrigin, EnsureOriginWithArg,
	},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned, EnsureSignedBy};
use pallet_nfts::PalletFeatures;
use sp_runtime::traits::{AccountIdConversion, Verify};

use super::super::{
	AccountId, Assets, Balance, Balances, BlockNumber, PoolAssets, Runtime, RuntimeEvent,
	RuntimeOrigin, Signature, System,
};
use atelier_primitives::{
	currency::{deposit, UNIT},
	stablecoin,
	time::DAYS,
	AssetId, CollectionId, ItemId,
};

parameter_types! {
	/// Creating an asset class locks 10 ATL, returned when the class is destroyed.
	pub const AssetDeposit: Balance = 10 * UNIT;
	/// An account of a non-sufficient asset: one entry of account id + balance.
	pub const AssetAccountDeposit: Balance = deposit(1, 16);
	pub const ApprovalDeposit: Balance = deposit(1, 16);
	pub const AssetsStringLimit: u32 = 50;
	/// Asset metadata: one entry of about 68 bytes, plus its strings by the byte.
	pub const MetadataDepositBase: Balance = deposit(1, 68);
	pub const MetadataDepositPerByte: Balance = deposit(0, 1);
}

parameter_types! {
	/// The stablecoin's owner, issuer, admin and freezer: a keyless account.
	pub StablecoinIssuer: AccountId =
		PalletId(stablecoin::ISSUER_PALLET_ID).into_account_truncating();
}

/// Any signed account may create an asset with a public id (from
/// [`stablecoin::FIRST_PUBLIC_ASSET_ID`] on); the ids below are the protocol's and only the
/// force origin creates them (`force_create`).
pub struct PublicAssetCreators;
impl EnsureOriginWithArg<RuntimeOrigin, AssetId> for PublicAssetCreators {
	type Success = AccountId;

	fn try_origin(origin: RuntimeOrigin, id: &AssetId) -> Result<AccountId, RuntimeOrigin> {
		if *id < stablecoin::FIRST_PUBLIC_ASSET_ID {
			return Err(origin);
		}
		<EnsureSigned<AccountId> as EnsureOrigin<RuntimeOrigin>>::try_origin(origin)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(id: &AssetId) -> Result<RuntimeOrigin, ()> {
		if *id < stablecoin::FIRST_PUBLIC_ASSET_ID {
			return Err(());
		}
		<EnsureSigned<AccountId> as EnsureOrigin<RuntimeOrigin>>::try_successful_origin()
	}
}

impl pallet_assets::Config<Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<atelier_primitives::AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = PublicAssetCreators;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = AssetsStringLimit;
	type Holder = ();
	type Freezer = ();
	type Extra = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PublicAssetIds;
}

/// The exchange's pallet id, fees and pool accounts are the reserve's definition
/// ([`pallet_reserve::exchange`]), which the reserve's own tests trade on too.
pub use pallet_reserve::exchange::{
	ExchangePalletId as AssetConversionPalletId, LiquidityWithdrawalFee, LpFee, MaxSwapFee,
};
/// The native token, as the exchange names it.
pub type Native = pallet_reserve::exchange::Native<AssetId>;

parameter_types! {
	/// Creating a pool costs 1 ATL (paid to the exchange's account) to deter spam pools.
	pub const PoolSetupFee: Balance = UNIT;
}

ord_parameter_types! {
	pub const AssetConversionOrigin: AccountId =
		AccountIdConversion::<AccountId>::into_account_truncating(&AssetConversionPalletId::get());
}

/// LP tokens: created by the exchange only, and free of deposits (the pool setup fee covers them).
impl pallet_assets::Config<Instance2> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<atelier_primitives::AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSignedBy<AssetConversionOrigin, AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type ApprovalDeposit = ConstU128<0>;
	type StringLimit = AssetsStringLimit;
	type Holder = ();
	type Freezer = ();
	type Extra = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// The native token and every asset of `Assets`, as one `fungibles` implementation.
pub type NativeAndAssets =
	pallet_reserve::exchange::NativeAndAssets<Balances, Assets, AssetId, AccountId>;

impl pallet_asset_conversion::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type HigherPrecisionBalance = sp_core::U256;
	type AssetKind = NativeOrWithId<AssetId>;
	type Assets = NativeAndAssets;
	type PoolId = (Self::AssetKind, Self::AssetKind);
	/// Pools pair the native token with an asset (native first), or two assets in ascending order.
	type PoolLocator = pallet_reserve::exchange::PoolLocator<AccountId, AssetId>;
	type PoolAssetId = AssetId;
	type PoolAssets = PoolAssets;
	type PoolSetupFee = PoolSetupFee;
	type PoolSetupFeeAsset = Native;
	type PoolSetupFeeTarget = ResolveAssetTo<AssetConversionOrigin, Self::Assets>;
	type LiquidityWithdrawalFee = LiquidityWithdrawalFee;
	type LPFee = LpFee;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxSwapFee = MaxSwapFee;
	type PalletId = AssetConversionPalletId;
	type MaxSwapPathLength = ConstU32<4>;
	/// 100 smallest units of LP token are locked forever at pool creation, against the
	/// first-depositor share-inflation attack.
	type MintMinLiquidity = ConstU128<{ pallet_reserve::exchange::MINT_MIN_LIQUIDITY }>;
	type WeightInfo = pallet_asset_conversion::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	pub NftsPalletFeatures: PalletFeatures = PalletFeatures::all_enabled();
	pub const NftsMaxDeadlineDuration: BlockNumber = 12 * 30 * DAYS;
	pub const NftsCollectionDeposit: Balance = 10 * UNIT;
	pub const NftsItemDeposit: Balance = deposit(1, 164);
	pub const NftsMetadataDepositBase: Balance = deposit(1, 129);
	pub const NftsAttributeDepositBase: Balance = deposit(1, 0);
	pub const NftsDepositPerByte: Balance = deposit(0, 1);
}

impl pallet_nfts::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type CollectionId = CollectionId;
	type ItemId = ItemId;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Locker = ();
	type CollectionDeposit = NftsCollectionDeposit;
	type ItemDeposit = NftsItemDeposit;
	type MetadataDepositBase = NftsMetadataDepositBase;
	type AttributeDepositBase = NftsAttributeDepositBase;
	type DepositPerByte = NftsDepositPerByte;
	type StringLimit = ConstU32<256>;
	type KeyLimit = ConstU32<64>;
	type ValueLimit = ConstU32<256>;
	type ApprovalsLimit = ConstU32<20>;
	type ItemAttributesApprovalsLimit = ConstU32<30>;
	type MaxTips = ConstU32<10>;
	type MaxDeadlineDuration = NftsMaxDeadlineDuration;
	type MaxAttributesPerCall = ConstU32<10>;
	type Features = NftsPalletFeatures;
	type OffchainSignature = Signature;
	type OffchainPublic = <Signature as Verify>::Signer;
	type WeightInfo = pallet_nfts::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type Helper = ();
	type BlockNumberProvider = System;
}

#[cfg(feature = "runtime-benchmarks")]
/// The assets pallet's benchmarks create their assets at public ids.
pub struct PublicAssetIds;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_assets::BenchmarkHelper<codec::Compact<atelier_primitives::AssetId>, ()>
	for PublicAssetIds
{
	fn create_asset_id_parameter(id: u32) -> codec::Compact<atelier_primitives::AssetId> {
		id.saturating_add(atelier_primitives::stablecoin::FIRST_PUBLIC_ASSET_ID).into()
	}
	fn create_reserve_id_parameter(_: u32) {}
}
