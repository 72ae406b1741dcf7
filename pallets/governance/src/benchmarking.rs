//! Benchmarks of every dispatchable at its worst case, run in the runtime (real referenda and
//! reputation) by `scripts/benchmark.sh pallet pallet_governance`, and as tests on the mock.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use crate::{pallet::*, PollIndex, VoteStake};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get, Polling};
use frame_system::RawOrigin;

/// What the benchmarks need from the runtime.
pub trait BenchmarkHelper<T: Config> {
	/// A fresh account (one per `seed`) with a score, so a vote weight.
	fn voter(seed: u32) -> T::AccountId;
	/// A valid value of the parameter whose change costs most (its checks, and what the runtime
	/// does after writing it), with the state that makes it cost most.
	fn parameter() -> T::Parameters;
}

fn ongoing_poll<T: Config>() -> PollIndex {
	let class = T::Polls::classes().into_iter().next().expect("a track");
	T::Polls::create_ongoing(class).expect("an open poll")
}

/// A voter holding as many vote locks as it may but one, so that its lock for the benchmarked
/// poll comes last in the list and every search scans them all.
fn loaded_voter<T: Config>() -> T::AccountId {
	let who = T::BenchmarkHelper::voter(0);
	for i in 0..T::MaxVotesPerAccount::get().saturating_sub(1) {
		T::VoteStake::lock_for_vote(&who, u32::MAX - i).unwrap();
	}
	who
}

/// A week later: the voter's record has decayed, so the next lock rewrites its score (and its
/// soulbound item's attributes).
fn a_week_later<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now + 100_800u32.into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A second vote on an open poll (the first is taken out of the tally), by a voter with every
	/// other lock taken.
	#[benchmark]
	fn vote() {
		let poll = ongoing_poll::<T>();
		let who = loaded_voter::<T>();
		Pallet::<T>::vote(RawOrigin::Signed(who.clone()).into(), poll, true).unwrap();
		a_week_later::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), poll, false);

		assert!(!VotingOf::<T>::get(poll, &who).unwrap().aye);
	}

	/// The voter's vote leaves an open poll's tally, and its lock (the last of a full list) goes.
	#[benchmark]
	fn remove_vote() {
		let poll = ongoing_poll::<T>();
		let who = loaded_voter::<T>();
		Pallet::<T>::vote(RawOrigin::Signed(who.clone()).into(), poll, true).unwrap();
		a_week_later::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), poll);

		assert!(VotingOf::<T>::get(poll, &who).is_none());
	}

	/// Anyone removes a vote on an ended poll, releasing the last of a full list of locks.
	#[benchmark]
	fn remove_other_vote() {
		let poll = ongoing_poll::<T>();
		let who = loaded_voter::<T>();
		Pallet::<T>::vote(RawOrigin::Signed(who.clone()).into(), poll, true).unwrap();
		T::Polls::end_ongoing(poll, true).unwrap();
		let caller = T::BenchmarkHelper::voter(1);
		a_week_later::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone(), poll);

		assert!(VotingOf::<T>::get(poll, &who).is_none());
	}

	/// The parameter whose change costs most.
	#[benchmark]
	fn set_parameter() {
		let origin =
			T::ParametersOrigin::try_successful_origin().expect("the track's origin can be made");
		let value = T::BenchmarkHelper::parameter();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, value);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
