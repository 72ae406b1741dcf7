//! The exchange the reserve trades on (`pallet-asset-conversion`), defined once for the runtime
//! and for this crate's mock: the reserve's conversions, buy-backs and price guard depend on the
//! exchange's fees and pool accounts, so its tests must trade on the exchange the chain runs.
//!
//! Pools pair the native token with an asset (native first) or two assets in ascending order;
//! each pool's account derives from the exchange's pallet id and its pair; liquidity providers
//! earn 0.3% of every swap, governance may raise it to at most 10%, and withdrawing liquidity is
//! free.

use core::marker::PhantomData;
use frame_support::{
	parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		Get,
	},
	PalletId,
};
use pallet_asset_conversion::{AccountIdConverter, Ascending, Chain, WithFirstAsset};
use sp_runtime::Permill;

parameter_types! {
	/// The exchange's pallet id: pool accounts and the pool setup fee's account derive from it.
	pub const ExchangePalletId: PalletId = PalletId(*b"py/ascon");
	/// Liquidity providers earn 0.3% of every swap.
	pub LpFee: Permill = Permill::from_rational(3u32, 1_000u32);
	/// The most governance may set the LP fee to.
	pub MaxSwapFee: Permill = Permill::from_percent(10);
	/// Withdrawing liquidity is free.
	pub const LiquidityWithdrawalFee: Permill = Permill::zero();
}

/// The smallest units of a pool's LP token locked forever when the pool is created, against the
/// first depositor's share-inflation attack.
pub const MINT_MIN_LIQUIDITY: u128 = 100;

/// The native token, as the exchange names it.
pub struct Native<AssetId: Ord>(PhantomData<AssetId>);

impl<AssetId: Ord> Get<NativeOrWithId<AssetId>> for Native<AssetId> {
	fn get() -> NativeOrWithId<AssetId> {
		NativeOrWithId::Native
	}
}

/// The native token (`Balances`) and every asset of `Assets`, as one `fungibles`.
pub type NativeAndAssets<Balances, Assets, AssetId, AccountId> =
	UnionOf<Balances, Assets, NativeFromLeft, NativeOrWithId<AssetId>, AccountId>;

/// Each pool's account, derived from the exchange's pallet id and the pool's pair.
pub type PoolIdToAccountId<AssetId> =
	AccountIdConverter<ExchangePalletId, (NativeOrWithId<AssetId>, NativeOrWithId<AssetId>)>;

/// Where a pair's pool is: native first, or two assets in ascending order.
pub type PoolLocator<AccountId, AssetId> = Chain<
	WithFirstAsset<Native<AssetId>, AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId<AssetId>>,
	Ascending<AccountId, NativeOrWithId<AssetId>, PoolIdToAccountId<AssetId>>,
>;
