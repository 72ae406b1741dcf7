//! [`Pool`] over `pallet-asset-conversion`: the pool of the native token and one asset.

use crate::pool::Pool;
use alloc::{boxed::Box, vec};
use atelier_primitives::{AssetId, Balance};
use core::marker::PhantomData;
use frame_support::{
	storage::with_storage_layer,
	traits::{fungible::NativeOrWithId, fungibles::Inspect, Get},
};
use pallet_asset_conversion::{PoolLocator, Pools, Swap};
use sp_runtime::{DispatchError, Permill};

/// The pool of the native token and the asset `Stable` in `pallet-asset-conversion` (`R`).
pub struct AssetConversionPool<R, Stable>(PhantomData<(R, Stable)>);

impl<R, Stable> AssetConversionPool<R, Stable>
where
	R: pallet_asset_conversion::Config<Balance = Balance, AssetKind = NativeOrWithId<AssetId>>,
	Stable: Get<AssetId>,
{
	fn atl() -> NativeOrWithId<AssetId> {
		NativeOrWithId::Native
	}
	fn stable() -> NativeOrWithId<AssetId> {
		NativeOrWithId::WithId(Stable::get())
	}
	fn lp_token() -> Option<R::PoolAssetId> {
		let id = R::PoolLocator::pool_id(&Self::atl(), &Self::stable()).ok()?;
		Pools::<R>::get(id).map(|info| info.lp_token)
	}
}

impl<R, Stable> Pool<R::AccountId> for AssetConversionPool<R, Stable>
where
	R: pallet_asset_conversion::Config<Balance = Balance, AssetKind = NativeOrWithId<AssetId>>,
	Stable: Get<AssetId>,
{
	fn reserves() -> Option<(Balance, Balance)> {
		pallet_asset_conversion::Pallet::<R>::get_reserves(Self::atl(), Self::stable()).ok()
	}

	fn fee() -> Permill {
		R::LPFee::get()
	}

	fn shares(who: &R::AccountId) -> (Balance, Balance) {
		match Self::lp_token() {
			Some(token) => {
				(R::PoolAssets::balance(token.clone(), who), R::PoolAssets::total_issuance(token))
			},
			None => (0, 0),
		}
	}

	fn sell_atl(
		who: &R::AccountId,
		atl: Balance,
		min_stable: Balance,
	) -> Result<Balance, DispatchError> {
		<pallet_asset_conversion::Pallet<R> as Swap<R::AccountId>>::swap_exact_tokens_for_tokens(
			who.clone(),
			vec![Self::atl(), Self::stable()],
			atl,
			Some(min_stable),
			who.clone(),
			true,
		)
	}

	fn buy_atl(
		who: &R::AccountId,
		stable: Balance,
		min_atl: Balance,
	) -> Result<Balance, DispatchError> {
		<pallet_asset_conversion::Pallet<R> as Swap<R::AccountId>>::swap_exact_tokens_for_tokens(
			who.clone(),
			vec![Self::stable(), Self::atl()],
			stable,
			Some(min_atl),
			who.clone(),
			true,
		)
	}

	fn add_liquidity(
		who: &R::AccountId,
		atl: Balance,
		stable: Balance,
		min_atl: Balance,
		min_stable: Balance,
	) -> Result<Balance, DispatchError> {
		let (before, _) = Self::shares(who);
		with_storage_layer(|| {
			pallet_asset_conversion::Pallet::<R>::add_liquidity(
				frame_system::RawOrigin::Signed(who.clone()).into(),
				Box::new(Self::atl()),
				Box::new(Self::stable()),
				atl,
				stable,
				min_atl,
				min_stable,
				who.clone(),
			)
		})?;
		let (after, _) = Self::shares(who);
		Ok(after.saturating_sub(before))
	}
}
