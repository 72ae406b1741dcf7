//! Stake: staking, unbonding, withdrawal, slashing and the locks votes put on it.

use crate::{pallet::*, types::*};
use atelier_primitives::purse::ProtocolPurse as _;
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, UniqueSaturatedInto, Zero},
	DispatchResult, Perbill,
};

impl<T: Config> Pallet<T> {
	/// The average start of a stake of `before` since `since` topped up by `added` at `now`,
	/// weighted by amount and rounded toward `now` (a top-up never ages early).
	pub(crate) fn topped_up_since(
		before: BalanceOf<T>,
		since: BlockNumberFor<T>,
		added: BalanceOf<T>,
		now: BlockNumberFor<T>,
	) -> BlockNumberFor<T> {
		let total = before.saturating_add(added);
		if total.is_zero() || before.is_zero() {
			return now;
		}
		let age: u64 = now.saturating_sub(since).unique_saturated_into();
		let added: u128 = added.unique_saturated_into();
		let total: u128 = total.unique_saturated_into();
		let moved = Perbill::from_rational(added, total).mul_ceil(age);
		since.saturating_add(moved.unique_saturated_into())
	}

	/// Holds `amount` more of `who`'s stake, opening its record if needed; refuses a zero amount,
	/// an overflow and a total below the minimum stake.
	pub(crate) fn do_stake(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let now = frame_system::Pallet::<T>::block_number();
		let existing = Reputations::<T>::get(&who);
		let before = existing.as_ref().map(|r| r.staked).unwrap_or_default();
		let staked = before.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		ensure!(staked >= T::MinStake::get(), Error::<T>::BelowMinStake);

		T::Currency::hold(&HoldReason::Stake.into(), &who, amount)?;
		let (mut record, fresh) = match existing {
			Some(record) => (record, false),
			None => (Self::open_record(&who, now)?, true),
		};
		record.stake_since = Self::topped_up_since(before, record.stake_since, amount, now);
		record.staked = staked;
		Self::store(&who, record, now, fresh)?;
		Self::deposit_event(Event::Staked { who, amount, staked });
		Ok(())
	}

	/// Moves `amount` of `who`'s stake to an unbonding chunk; refuses a zero amount, no record,
	/// more than is staked or free of vote locks, a remainder below the minimum, too many chunks.
	pub(crate) fn do_unstake(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut record = Reputations::<T>::get(&who).ok_or(Error::<T>::NoReputation)?;
		let remaining = record.staked.checked_sub(&amount).ok_or(Error::<T>::InsufficientStake)?;
		ensure!(remaining >= record.locked(), Error::<T>::StakeLockedByVote);
		ensure!(remaining.is_zero() || remaining >= T::MinStake::get(), Error::<T>::BelowMinStake);
		let now = frame_system::Pallet::<T>::block_number();
		let unlocks_at = now.saturating_add(T::UnbondingPeriod::get());
		// Unstaking twice in a block adds to one chunk.
		match record.unbonding.iter_mut().find(|c| c.unlocks_at == unlocks_at) {
			Some(chunk) => chunk.amount = chunk.amount.saturating_add(amount),
			None => record
				.unbonding
				.try_push(Unbonding { amount, unlocks_at })
				.map_err(|_| Error::<T>::TooManyUnbonding)?,
		}
		record.staked = remaining;
		if remaining.is_zero() {
			record.stake_since = now;
		}
		Self::store(&who, record, now, false)?;
		Self::deposit_event(Event::Unbonding { who, amount, unlocks_at });
		Ok(())
	}

	/// Releases `who`'s unlocked unbonding chunks; refuses no record and nothing yet unlocked.
	pub(crate) fn do_withdraw_unbonded(who: T::AccountId) -> DispatchResult {
		let mut record = Reputations::<T>::get(&who).ok_or(Error::<T>::NoReputation)?;
		let now = frame_system::Pallet::<T>::block_number();
		let amount = record
			.unbonding
			.iter()
			.filter(|c| c.unlocks_at <= now)
			.fold(BalanceOf::<T>::zero(), |sum, c| sum.saturating_add(c.amount));
		ensure!(!amount.is_zero(), Error::<T>::NothingToWithdraw);
		T::Purse::release(&HoldReason::Stake.into(), &who, amount)?;
		record.unbonding.retain(|c| c.unlocks_at > now);
		Self::store(&who, record, now, false)?;
		Self::deposit_event(Event::Withdrawn { who, amount });
		Ok(())
	}

	/// Takes `fraction` of `who`'s held stake to the reserve: the counted stake first, then the
	/// unbonding chunks, latest first. Returns what was taken.
	pub(crate) fn do_slash(
		who: &T::AccountId,
		fraction: Perbill,
	) -> Result<BalanceOf<T>, DispatchError> {
		let Some(mut record) = Reputations::<T>::get(who) else { return Ok(Zero::zero()) };
		let due = fraction.mul_floor(record.held());
		if due.is_zero() {
			return Ok(Zero::zero());
		}
		let mut left = due;
		let from_stake = left.min(record.staked);
		record.staked = record.staked.saturating_sub(from_stake);
		left = left.saturating_sub(from_stake);
		for chunk in record.unbonding.iter_mut().rev() {
			let take = left.min(chunk.amount);
			chunk.amount = chunk.amount.saturating_sub(take);
			left = left.saturating_sub(take);
		}
		record.unbonding.retain(|c| !c.amount.is_zero());
		// Locks never exceed what is left to lock.
		let staked = record.staked;
		for (_, locked) in record.vote_locks.iter_mut() {
			*locked = (*locked).min(staked);
		}
		let taken = due.saturating_sub(left);
		T::Purse::pay_reserve_from_hold(&HoldReason::Stake.into(), who, taken)?;
		Self::store(who, record, frame_system::Pallet::<T>::block_number(), false)?;
		Self::deposit_event(Event::Slashed { who: who.clone(), amount: taken });
		Ok(taken)
	}

	/// Locks `who`'s current stake for its vote on `poll` (nothing without a record); refuses a new
	/// lock when `who` already holds the most vote locks allowed.
	pub(crate) fn do_lock_for_vote(who: &T::AccountId, poll: PollIndex) -> DispatchResult {
		// No record, no stake: nothing to lock.
		let Some(mut record) = Reputations::<T>::get(who) else { return Ok(()) };
		let amount = record.staked;
		match record.vote_locks.iter_mut().find(|(p, _)| *p == poll) {
			Some(lock) => lock.1 = amount,
			None => record
				.vote_locks
				.try_push((poll, amount))
				.map_err(|_| Error::<T>::TooManyVoteLocks)?,
		}
		// Brought up to date, so that the vote's weight and `TotalScore` count this block's score.
		Self::store(who, record, frame_system::Pallet::<T>::block_number(), false)?;
		Self::deposit_event(Event::VoteLocked { who: who.clone(), poll, amount });
		Ok(())
	}

	/// Removes `who`'s vote lock on `poll`, if any; refuses nothing (a missing lock is a no-op).
	pub(crate) fn do_unlock_vote(who: &T::AccountId, poll: PollIndex) -> DispatchResult {
		let Some(mut record) = Reputations::<T>::get(who) else { return Ok(()) };
		let before = record.vote_locks.len();
		record.vote_locks.retain(|(p, _)| *p != poll);
		if record.vote_locks.len() == before {
			return Ok(());
		}
		Self::store(who, record, frame_system::Pallet::<T>::block_number(), false)?;
		Self::deposit_event(Event::VoteUnlocked { who: who.clone(), poll });
		Ok(())
	}
}
