//! What provenance and royalties ask attestation: [`DatasetAttestation`] (may this dataset or
//! model earn) and [`RoyaltyGate`] (may royalties accrued from this model's outputs be paid).

use crate::{pallet::*, Taint};
use atelier_primitives::{
	models::ModelId,
	provenance::{ClaimState, DatasetAttestation, DatasetId, Purpose, RoyaltyGate},
};

impl<T: Config> DatasetAttestation for Pallet<T> {
	fn is_cleared(dataset: &DatasetId, purpose: Purpose) -> bool {
		Self::dataset_cleared(dataset, purpose)
	}

	fn model_cleared(model: &ModelId) -> bool {
		Self::model_cleared(model)
	}
}

impl<T: Config> RoyaltyGate for Pallet<T> {
	fn claim_state(model: &ModelId) -> ClaimState {
		match Self::taint(model) {
			None => ClaimState::Clear,
			Some(Taint::Burned(..)) => ClaimState::Burn,
			Some(Taint::Frozen(_) | Taint::Locked(..)) => ClaimState::Frozen,
		}
	}
}
