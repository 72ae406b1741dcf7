//! Votes: counted into a referendum's tally with the voter's score, and the lock on the stake
//! behind them.

use crate::{pallet::*, PollIndex, Vote, VoteStake};
use frame_support::{
	ensure,
	traits::{PollStatus, Polling},
};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Counts `who`'s vote on `poll` (replacing its earlier vote there) and locks its stake.
	pub(crate) fn do_vote(who: T::AccountId, poll: PollIndex, aye: bool) -> DispatchResult {
		let weight = T::VoteStake::vote_weight(&who);
		ensure!(weight > 0, Error::<T>::NoVoteWeight);
		let vote = Vote { aye, weight };
		T::Polls::try_access_poll(poll, |status| {
			let PollStatus::Ongoing(tally, _class) = status else {
				return Err(Error::<T>::NotOngoing.into());
			};
			// Locking brings the voter's record up to date (its score is then in the
			// electorate); it fails when the voter holds as many locks as reputation keeps.
			T::VoteStake::lock_for_vote(&who, poll)?;
			if let Some(previous) = VotingOf::<T>::get(poll, &who) {
				tally.remove(previous);
			}
			tally.add(vote);
			VotingOf::<T>::insert(poll, &who, vote);
			Ok(())
		})?;
		Self::deposit_event(Event::Voted { who, poll, aye, weight });
		Ok(())
	}

	/// Removes `who`'s vote on `poll`: from the tally if the poll is open (only `who` itself
	/// may, `by_voter`), then the vote and its lock.
	pub(crate) fn do_remove_vote(
		who: T::AccountId,
		poll: PollIndex,
		by_voter: bool,
	) -> DispatchResult {
		let vote = VotingOf::<T>::get(poll, &who).ok_or(Error::<T>::NotVoted)?;
		T::Polls::try_access_poll(poll, |status| {
			if let PollStatus::Ongoing(tally, _class) = status {
				ensure!(by_voter, Error::<T>::PollOngoing);
				tally.remove(vote);
			}
			Ok(())
		})?;
		VotingOf::<T>::remove(poll, &who);
		T::VoteStake::unlock_vote(&who, poll);
		Self::deposit_event(Event::VoteRemoved { who, poll, weight: vote.weight });
		Ok(())
	}
}
