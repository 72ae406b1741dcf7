//! Benchmarks of the dispatchables and the report paths at their worst cases
//! (frame-benchmarking v2).
//!
//! The worst cases: a first stake (a record opened, an item minted, its attributes written); an
//! unstake beside `MaxUnbonding − 1` chunks and `MaxVoteLocks` locks that changes the score; a
//! withdrawal of `MaxUnbonding` chunks that empties the record (attributes cleared, item burnt);
//! a refresh that empties a record; a creation or offence report that opens a record; a vote lock
//! beside `MaxVoteLocks − 1` others; a vote unlock and a slash across `MaxUnbonding` chunks, each
//! changing the score.

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use super::*;
use crate::Pallet as Reputation;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, Get};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{One, Saturating},
	Perbill,
};

/// A funded account: a thousand times the least stake.
fn funded<T: Config>(name: &'static str) -> (T::AccountId, BalanceOf<T>) {
	let who: T::AccountId = account(name, 0, 0);
	let amount = T::MinStake::get().max(T::StakeUnit::get()).saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, amount.saturating_mul(10u32.into()));
	(who, amount)
}

/// The largest creation one period allows, matured, so that stake counts in full beside it.
fn creator<T: Config>(who: &T::AccountId) {
	let rates = T::CreationRates::get();
	Reputation::<T>::benchmark_creation(who, rates.cap_per_period()).unwrap();
	assert!(rates.cap_per_period() == 0 || Reputations::<T>::contains_key(who));
}

/// A full `maturing` list (an entry of 1 000 points for each of `MAX_MATURING - 1` periods, the
/// most a record holds under the highest maturity the runtime allows) with every entry due: the
/// most a report walks, and enough to move the score so that the item's attributes are written.
fn maturing<T: Config>(who: &T::AccountId) {
	let period = T::Period::get();
	let entries = crate::MAX_MATURING.saturating_sub(1);
	Reputations::<T>::mutate(who, |record| {
		let record = record.as_mut().expect("the record was opened");
		let first = record.period;
		record.maturing = crate::Maturing::truncate_from(
			(0..entries).map(|i| (first.saturating_add(i), 1_000)).collect(),
		);
		record.period = first.saturating_add(entries.saturating_sub(1));
	});
	let wait = T::CreationMaturity::get().saturating_add(entries);
	advance::<T>(period.saturating_mul(wait.into()));
}

fn advance<T: Config>(blocks: BlockNumberFor<T>) {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(blocks));
}

/// A creator staking the least stake, with `chunks` unbonding chunks (one a block) and `locks`
/// vote locks of it.
fn staker<T: Config>(name: &'static str, chunks: u32, locks: u32) -> T::AccountId {
	let (who, _) = funded::<T>(name);
	creator::<T>(&who);
	Reputation::<T>::do_stake(who.clone(), T::MinStake::get()).unwrap();
	for poll in 0..locks {
		Reputation::<T>::do_lock_for_vote(&who, poll).unwrap();
	}
	// The locks hold the whole stake: let the chunks come from stake added after them.
	for _ in 0..chunks {
		advance::<T>(One::one());
		Reputation::<T>::do_stake(who.clone(), T::MinStake::get()).unwrap();
		Reputation::<T>::do_unstake(who.clone(), T::MinStake::get()).unwrap();
	}
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn stake() {
		let (who, amount) = funded::<T>("staker");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert_eq!(Reputations::<T>::get(&who).unwrap().staked, amount);
	}

	#[benchmark]
	fn unstake() {
		let who = staker::<T>("staker", T::MaxUnbonding::get() - 1, T::MaxVoteLocks::get());
		// A large stake added after the locks, matured beside fresh creation: unstaking it moves
		// the score (the item's attributes are written).
		let extra = T::MinStake::get().saturating_mul(1_000u32.into());
		Reputation::<T>::do_stake(who.clone(), extra).unwrap();
		advance::<T>(T::StakeMaturity::get());
		creator::<T>(&who);
		let before = Reputation::<T>::score_of(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), extra);

		assert_ne!(Reputation::<T>::score_of(&who), before);

		assert_eq!(
			Reputations::<T>::get(&who).unwrap().unbonding.len() as u32,
			T::MaxUnbonding::get()
		);
	}

	#[benchmark]
	fn withdraw_unbonded() {
		let (who, amount) = funded::<T>("staker");
		Reputation::<T>::do_stake(who.clone(), amount).unwrap();
		let chunks = T::MaxUnbonding::get();
		let part = amount / chunks.into();
		for i in 0..chunks {
			let amount =
				if i + 1 == chunks { Reputations::<T>::get(&who).unwrap().staked } else { part };
			Reputation::<T>::do_unstake(who.clone(), amount).unwrap();
			advance::<T>(One::one());
		}
		advance::<T>(T::UnbondingPeriod::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Reputations::<T>::contains_key(&who));
	}

	#[benchmark]
	fn refresh() {
		let (who, _) = funded::<T>("creator");
		creator::<T>(&who);
		Reputation::<T>::do_penalize(&who, Offence::MissedDeadline).unwrap();
		// Long enough for everything to decay away.
		advance::<T>(T::Period::get().saturating_mul(100_000u32.into()));
		let (caller, _) = funded::<T>("caller");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert!(!Reputations::<T>::contains_key(&who));
	}

	#[benchmark]
	fn report_creation() {
		let (who, _) = funded::<T>("creator");

		#[block]
		{
			<Reputation<T> as Observer<T::AccountId>>::created(
				&who,
				Creation::OutputSold {
					asset: None,
					price: u128::MAX,
					spent: u128::MAX,
					external: false,
				},
			);
		}

		assert!(T::CreationRates::get().sales.cap == 0 || Reputations::<T>::contains_key(&who));
	}

	#[benchmark]
	fn report_update() {
		// A record with a full maturing list, every entry due: the report matures every one,
		// the score moves, the attributes are written.
		let (who, _) = funded::<T>("creator");
		let rates = T::CreationRates::get();
		let one_point =
			rates.sales.per.checked_div(u128::from(rates.sales.points.max(1))).unwrap_or(1);
		Reputation::<T>::do_credit(
			&who,
			Creation::OutputSold {
				asset: None,
				price: one_point,
				spent: one_point,
				external: false,
			},
		)
		.unwrap();
		maturing::<T>(&who);

		#[block]
		{
			<Reputation<T> as Observer<T::AccountId>>::created(
				&who,
				Creation::OutputSold {
					asset: None,
					price: one_point,
					spent: one_point,
					external: false,
				},
			);
		}

		// Every due entry matured; the new point was credited this period.
		let record = Reputations::<T>::get(&who).expect("the record stays");
		assert!(record.maturing.len() <= 1);
		assert!(rates.sales.cap == 0 || record.earned.sales > 0);
	}

	/// A report that credits a point to a record with a full maturing list, none of it due: the
	/// record is rewritten, its score and tier do not move, the item's attributes are left
	/// alone (what most creation reports do: their points mature later).
	#[benchmark]
	fn report_record() {
		let (who, _) = funded::<T>("creator");
		let rates = T::CreationRates::get();
		let one_point =
			rates.sales.per.checked_div(u128::from(rates.sales.points.max(1))).unwrap_or(1);
		let sale = Creation::OutputSold {
			asset: None,
			price: one_point,
			spent: one_point,
			external: false,
		};
		// A credit in each of the last `CreationMaturity` periods: as many entries as can wait
		// at once, none of them due.
		let period = T::Period::get();
		let waiting = T::CreationMaturity::get().min(crate::MAX_MATURING.saturating_sub(1));
		for i in 0..waiting.max(1) {
			if i > 0 {
				advance::<T>(period);
			}
			Reputation::<T>::do_credit(&who, sale).unwrap();
		}
		let before = Reputations::<T>::get(&who).expect("the record stays");
		let earned = before.earned.sales;

		#[block]
		{
			<Reputation<T> as Observer<T::AccountId>>::created(&who, sale);
		}

		let after = Reputations::<T>::get(&who).expect("the record stays");
		assert!(rates.sales.cap == 0 || after.earned.sales > earned);
		// Without maturity (a test runtime's) every credit moves the score at once.
		if T::CreationMaturity::get() > 0 {
			assert_eq!((after.score, after.tier), (before.score, before.tier));
			assert!(after.maturing.len() >= before.maturing.len());
		}
	}

	#[benchmark]
	fn report_nothing() {
		// The costliest report that records nothing: a record at its cap is read.
		let (who, _) = funded::<T>("creator");
		Reputation::<T>::do_credit(
			&who,
			Creation::OutputSold {
				asset: None,
				price: u128::MAX,
				spent: u128::MAX,
				external: false,
			},
		)
		.unwrap();
		let before = Reputations::<T>::get(&who);

		#[block]
		{
			<Reputation<T> as Observer<T::AccountId>>::created(
				&who,
				Creation::OutputSold {
					asset: None,
					price: u128::MAX,
					spent: u128::MAX,
					external: false,
				},
			);
		}

		assert_eq!(Reputations::<T>::get(&who), before);
	}

	#[benchmark]
	fn report_offence() {
		let (who, _) = funded::<T>("offender");

		#[block]
		{
			<Reputation<T> as Observer<T::AccountId>>::offended(&who, Offence::Violation);
		}

		assert!(
			Reputation::<T>::penalty_of(Offence::Violation) == 0
				|| Reputations::<T>::contains_key(&who)
		);
	}

	#[benchmark]
	fn lock_for_vote() {
		let who = staker::<T>("voter", 0, T::MaxVoteLocks::get() - 1);

		#[block]
		{
			<Reputation<T> as VoteStake<T::AccountId>>::lock_for_vote(&who, u32::MAX).unwrap();
		}

		assert_eq!(
			Reputations::<T>::get(&who).unwrap().vote_locks.len() as u32,
			T::MaxVoteLocks::get()
		);
	}

	#[benchmark]
	fn unlock_vote() {
		let who = staker::<T>("voter", 0, T::MaxVoteLocks::get());

		#[block]
		{
			<Reputation<T> as VoteStake<T::AccountId>>::unlock_vote(&who, 0);
		}

		assert_eq!(
			Reputations::<T>::get(&who).unwrap().vote_locks.len() as u32,
			T::MaxVoteLocks::get() - 1
		);
	}

	#[benchmark]
	fn slash_stake() {
		let who = staker::<T>("staker", T::MaxUnbonding::get(), 0);
		advance::<T>(T::StakeMaturity::get());
		let held = Reputations::<T>::get(&who).unwrap().held();

		#[block]
		{
			<Reputation<T> as StakeSlash<T::AccountId>>::slash_stake(
				&who,
				Perbill::from_percent(99),
			);
		}

		assert!(Reputations::<T>::get(&who).is_none_or(|r| r.held() < held));
	}

	impl_benchmark_test_suite!(
		Reputation,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
