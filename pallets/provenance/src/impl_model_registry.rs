//! [`ModelRegistry`]: what the compute market and royalties ask about models.

use crate::pallet::*;
use atelier_primitives::models::{ModelId, ModelRegistry};
use frame_support::pallet_prelude::*;
use sp_runtime::Perbill;

impl<T: Config> ModelRegistry<T::AccountId> for Pallet<T> {
	type MaxLicensees = T::MaxLicensees;

	fn exists(model: &ModelId) -> bool {
		Models::<T>::contains_key(model)
	}

	fn owner(model: &ModelId) -> Option<T::AccountId> {
		Models::<T>::get(model).map(|m| m.owner)
	}

	fn is_monetizable(model: &ModelId) -> bool {
		Self::model_may_earn(model)
	}

	fn licensees(model: &ModelId) -> BoundedVec<(T::AccountId, Perbill), T::MaxLicensees> {
		Models::<T>::get(model).map(|m| m.licensees).unwrap_or_default()
	}
}
