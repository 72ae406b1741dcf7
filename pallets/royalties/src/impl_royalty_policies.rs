//! [`RoyaltyPolicies`]: provenance registers each output's policy here when it mints the output.

use crate::pallet::*;
use atelier_primitives::{
	models::ModelId,
	provenance::{OutputId, RoyaltyPolicies},
};
use frame_support::ensure;
use sp_runtime::{DispatchResult, Perbill};

impl<T: Config> RoyaltyPolicies<T::AccountId> for Pallet<T> {
	fn register(
		output: &OutputId,
		creator: &T::AccountId,
		model: &ModelId,
		parents: &[OutputId],
		creator_share: Perbill,
	) -> DispatchResult {
		ensure!(!Policies::<T>::contains_key(output), Error::<T>::PolicyExists);
		let policy = Self::build_policy(creator, model, parents, creator_share)?;
		let (stack, recipients) = (policy.stack, policy.recipients.len() as u32);
		Policies::<T>::insert(output, policy);
		Self::deposit_event(Event::PolicyRegistered { output: *output, stack, recipients });
		Ok(())
	}
}
