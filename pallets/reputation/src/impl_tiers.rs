//! [`Tiers`]: what the compute market asks (high-compute gating and queue priority).

use crate::pallet::*;
use atelier_primitives::reputation::{Tier, Tiers};

impl<T: Config> Tiers<T::AccountId> for Pallet<T> {
	fn tier(who: &T::AccountId) -> Tier {
		Self::tier_now(who)
	}
}
