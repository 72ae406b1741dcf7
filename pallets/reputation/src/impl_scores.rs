//! [`Scores`]: what the validator election ranks candidates by.

use crate::pallet::*;
use atelier_primitives::reputation::{Points, Scores, VoteStake};

impl<T: Config> Scores<T::AccountId> for Pallet<T> {
	/// The vote weight: the record evaluated at this block (decayed and matured in memory,
	/// nothing written), as [`Pallet::reputation_of`] evaluates it, and the founding seed as it
	/// counts now.
	fn score(who: &T::AccountId) -> Points {
		<Self as VoteStake<T::AccountId>>::vote_weight(who)
	}
}
