//! [`RoyaltyPots`]: attestation burns a tainted model's share pools with its royalty pots.

use crate::pallet::*;
use atelier_primitives::{models::ModelId, provenance::RoyaltyPots, Balance};
use sp_runtime::{DispatchError, SaturatedConversion};

impl<T: Config> RoyaltyPots for Pallet<T> {
	fn burn_accrued(model: &ModelId) -> Result<Balance, DispatchError> {
		Self::burn_pools(model).map(|native| native.saturated_into())
	}
}
