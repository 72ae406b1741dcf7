//! [`ModelLineage`]: what attestation asks about the lineage upward.

use crate::pallet::*;
use atelier_primitives::{
	models::ModelId,
	provenance::{DatasetId, ModelLineage, ModelLink},
};
use frame_support::traits::Get;

impl<T: Config> ModelLineage<T::AccountId> for Pallet<T> {
	fn model(model: &ModelId) -> Option<ModelLink<T::AccountId>> {
		Models::<T>::get(model).map(|m| ModelLink {
			owner: m.owner,
			base_model: m.base_model,
			datasets: m.datasets.into_inner(),
		})
	}

	fn dataset_owner(dataset: &DatasetId) -> Option<T::AccountId> {
		Datasets::<T>::get(dataset).map(|d| d.owner)
	}

	fn max_generations() -> u32 {
		T::MaxModelGenerations::get()
	}
}
