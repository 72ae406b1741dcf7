//! [`VoteStake`]: what governance asks (vote weights) and the locks it puts on stake.

use crate::{pallet::*, types::PollIndex, LOG_TARGET};
use atelier_primitives::reputation::{Points, VoteStake};
use sp_runtime::DispatchResult;

impl<T: Config> VoteStake<T::AccountId> for Pallet<T> {
	type PollIndex = PollIndex;

	/// The score, and the founding seed as it counts now.
	fn vote_weight(who: &T::AccountId) -> Points {
		let info = Self::reputation_of(who);
		info.score.saturating_add(info.seed)
	}

	/// Every record's score as last written, and the founding seeds as they count now (each
	/// seed rounds down no more than the total does, so no vote exceeds its share).
	fn total_weight() -> Points {
		TotalScore::<T>::get().saturating_add(Self::seed_fade().mul_floor(TotalSeed::<T>::get()))
	}

	fn lock_for_vote(who: &T::AccountId, poll: PollIndex) -> DispatchResult {
		Self::do_lock_for_vote(who, poll)
	}

	fn unlock_vote(who: &T::AccountId, poll: PollIndex) {
		if let Err(error) =
			frame_support::storage::with_storage_layer(|| Self::do_unlock_vote(who, poll))
		{
			log::warn!(target: LOG_TARGET, "vote lock on poll {poll} not released: {error:?}");
		}
	}
}
