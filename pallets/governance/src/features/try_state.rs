//! The pallet's invariants; `try_state` runs them, and the tests run them after every test.

use crate::{pallet::*, Points, PollIndex, Tally};
use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::Polling};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks every invariant.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_tallies_count_the_votes()
	}

	/// Every open poll's tally is exactly the sum of the votes recorded for it, side by side;
	/// no vote is zero-weighted.
	fn try_state_tallies_count_the_votes() -> Result<(), TryRuntimeError> {
		let mut sums: BTreeMap<PollIndex, (Points, Points)> = BTreeMap::new();
		for (poll, _, vote) in VotingOf::<T>::iter() {
			ensure!(vote.weight > 0, "a vote of no weight was counted");
			let sum = sums.entry(poll).or_default();
			if vote.aye {
				sum.0 = sum.0.saturating_add(vote.weight);
			} else {
				sum.1 = sum.1.saturating_add(vote.weight);
			}
		}
		for (poll, (ayes, nays)) in sums {
			if let Some((tally, _)) = T::Polls::as_ongoing(poll) {
				let tally: Tally<T> = tally;
				ensure!(
					tally.ayes == ayes && tally.nays == nays,
					"an open poll's tally differs from its recorded votes"
				);
			}
		}
		Ok(())
	}
}
