//! [`ModelRegistry`]: what the compute market and royalties ask about models.

use crate::{pallet::*, types::LicenseesOf};
use atelier_primitives::models::{ModelId, ModelRegistry};

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

	fn licensees(model: &ModelId) -> LicenseesOf<T> {
		Models::<T>::get(model).map(|m| m.licensees).unwrap_or_default()
	}
}
