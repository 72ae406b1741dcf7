//! `pallet-treasury`'s paymaster: grants are paid from the reserve account, in ATL or aUSD,
//! but never take the aUSD below the runway floor (the infrastructure budget is paid first,
//! grants after) and never reap the account.

use crate::{pallet::*, Config};
use atelier_primitives::purse::ProtocolReserve as _;
use atelier_primitives::{AssetId, Balance};
use core::marker::PhantomData;
use frame_support::traits::{
	fungible::{Inspect, Mutate, NativeOrWithId},
	tokens::{Pay, PaymentStatus, Preservation},
	Get,
};
use sp_runtime::DispatchError;

/// Pays a treasury spend from the reserve account: the native token, or the stablecoin (whose
/// id `StableId` gives) down to the runway floor and no further.
pub struct ReservePay<T, StableId>(PhantomData<(T, StableId)>);

impl<T: Config, StableId: Get<AssetId>> Pay for ReservePay<T, StableId> {
	type Balance = Balance;
	type Beneficiary = T::AccountId;
	type AssetKind = NativeOrWithId<AssetId>;
	type Id = ();
	type Error = DispatchError;

	fn pay(
		who: &T::AccountId,
		asset_kind: NativeOrWithId<AssetId>,
		amount: Balance,
	) -> Result<(), DispatchError> {
		let reserve = T::Purse::reserve();
		match asset_kind {
			NativeOrWithId::Native => {
				T::Currency::transfer(&reserve, who, amount, Preservation::Preserve)?;
			},
			NativeOrWithId::WithId(id) if id == StableId::get() => {
				let left = T::Stable::balance(&reserve).saturating_sub(amount);
				if left < Pallet::<T>::runway_floor() {
					return Err(Error::<T>::BelowRunwayFloor.into());
				}
				T::Stable::transfer(&reserve, who, amount, Preservation::Preserve)?;
			},
			NativeOrWithId::WithId(_) => return Err(DispatchError::Unavailable),
		}
		Ok(())
	}

	fn check_payment(_: ()) -> PaymentStatus {
		PaymentStatus::Success
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_successful(_: &T::AccountId, asset_kind: NativeOrWithId<AssetId>, amount: Balance) {
		let reserve = T::Purse::reserve();
		match asset_kind {
			NativeOrWithId::Native => {
				let _ = T::Currency::mint_into(&reserve, amount.saturating_mul(2));
			},
			NativeOrWithId::WithId(_) => {
				let floor = Pallet::<T>::runway_floor();
				let _ =
					T::Stable::mint_into(&reserve, amount.saturating_mul(2).saturating_add(floor));
			},
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_concluded(_: ()) {}
}
