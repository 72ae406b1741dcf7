//! Royalty policies: built once, when provenance mints an output, and flattened to at most
//! `MaxRecipients` accounts.

use crate::{pallet::*, types::*};
use atelier_primitives::{
	models::{ModelId, ModelRegistry},
	provenance::OutputId,
	shares::{mul_div, parts, Tally, BILLION},
};
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::Perbill;

impl<T: Config> Pallet<T> {
	/// An output's policy: the creator's share, the model lineage's share across the model's
	/// licensees, the parents' share equally per parent and each part along that parent's own
	/// policy (normalised by its stack), and the reserve's share. Shares of one payee add up;
	/// the `MaxRecipients` largest are kept; what is left of the stack goes to the reserve.
	pub(crate) fn build_policy(
		creator: &T::AccountId,
		model: &ModelId,
		parents: &[OutputId],
		creator_share: Perbill,
	) -> Result<PolicyOf<T>, DispatchError> {
		let parent_share = if parents.is_empty() { Perbill::zero() } else { T::ParentShare::get() };
		let stack = [creator_share, T::ModelShare::get(), parent_share, T::ReserveShare::get()]
			.iter()
			.map(|share| parts(*share))
			.sum::<u64>();
		ensure!(stack <= parts(T::MaxRoyaltyStack::get()), Error::<T>::RoyaltyStackTooHigh);

		let mut tally = Tally::new();
		tally.add(&Payee::Account(creator.clone()), parts(creator_share));
		for (who, share) in T::Models::licensees(model).iter() {
			tally.add(who, mul_div(parts(T::ModelShare::get()), parts(*share), BILLION));
		}
		if let Some(per_parent) = parts(parent_share).checked_div(parents.len() as u64) {
			for parent in parents {
				let Some(policy) = Policies::<T>::get(parent) else { continue };
				for (who, share) in policy.recipients.iter() {
					tally.add(who, mul_div(per_parent, parts(*share), parts(policy.stack)));
				}
			}
		}
		let recipients = tally.into_largest();
		Ok(RoyaltyPolicy {
			creator_share,
			stack: Perbill::from_parts(u32::try_from(stack).unwrap_or(u32::MAX)),
			recipients,
		})
	}
}
