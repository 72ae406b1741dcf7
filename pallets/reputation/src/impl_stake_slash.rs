//! [`StakeSlash`]: what attestation takes from the stake behind a reputation.

use crate::{pallet::*, WeightInfo, LOG_TARGET};
use atelier_primitives::{reputation::StakeSlash, Balance};
use sp_runtime::{traits::UniqueSaturatedInto, Perbill, Weight};

impl<T: Config> StakeSlash<T::AccountId> for Pallet<T> {
	fn slash_stake(who: &T::AccountId, fraction: Perbill) -> Balance {
		match frame_support::storage::with_storage_layer(|| Self::do_slash(who, fraction)) {
			Ok(taken) => taken.unique_saturated_into(),
			Err(error) => {
				log::warn!(target: LOG_TARGET, "stake not slashed: {error:?}");
				0
			},
		}
	}

	fn slash_weight() -> Weight {
		T::WeightInfo::slash_stake()
	}
}
