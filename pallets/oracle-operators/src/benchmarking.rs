//! Benchmarks of the calls and the round close, each at its worst case (frame-benchmarking v2).
//!
//! The costs that grow are the operators a close reads and judges (`MaxOperators`) and the
//! values revealed (`MaxKeys` each).

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use super::*;
use crate::Pallet as Oracle;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get, Hooks},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::{Bounded, One, Saturating};

/// A funded account.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = T::Params::get().min_bond.saturating_mul(1_000);
	T::Currency::set_balance(&who, amount);
	who
}

/// A registered operator.
fn operator<T: Config>(index: u32) -> T::AccountId {
	let who = funded::<T>("operator", index);
	Oracle::<T>::do_register(who.clone(), T::Params::get().min_bond.saturating_mul(10))
		.expect("a funded account registers");
	who
}

/// Values for `k` distinct keys the runtime's helper names.
fn values<T: Config>(k: u32, value: Value) -> ValuesOf<T>
where
	T::Key: From<u32>,
{
	BoundedVec::truncate_from((0..k).map(|i| (T::Key::from(i), value)).collect::<Vec<_>>())
}

/// Opens the first round and runs to `at` blocks after its start.
fn open_round<T: Config>() -> RoundOf<T> {
	Oracle::<T>::on_initialize(frame_system::Pallet::<T>::block_number());
	CurrentRound::<T>::get().expect("opened")
}

fn set_block<T: Config>(n: BlockNumberFor<T>) {
	frame_system::Pallet::<T>::set_block_number(n);
}

#[benchmarks(where T::Key: From<u32>)]
mod benchmarks {
	use super::*;

	/// A full list but one, the new operator sorted into it.
	#[benchmark]
	fn register() {
		for i in 1..T::MaxOperators::get() {
			operator::<T>(i);
		}
		let who = funded::<T>("operator", 0);
		let bond = T::Params::get().min_bond;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), bond);

		assert!(OperatorList::<T>::get().contains(&who));
	}

	#[benchmark]
	fn bond_more() {
		let who = operator::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), T::Params::get().min_bond);

		assert_eq!(
			Operators::<T>::get(&who).expect("registered").bond,
			T::Params::get().min_bond.saturating_mul(11)
		);
	}

	/// A full list, the operator with a commitment to drop.
	#[benchmark]
	fn leave() {
		for i in 1..T::MaxOperators::get() {
			operator::<T>(i);
		}
		let who = operator::<T>(0);
		let round = open_round::<T>();
		Commitments::<T>::insert(&who, sp_core::H256::repeat_byte(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!OperatorList::<T>::get().contains(&who));
		let _ = round;
	}

	#[benchmark]
	fn withdraw() {
		let who = operator::<T>(0);
		Oracle::<T>::do_leave(who.clone()).expect("standing");
		set_block::<T>(
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get()),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(Operators::<T>::get(&who).is_none());
	}

	#[benchmark]
	fn commit() {
		let who = operator::<T>(0);
		let round = open_round::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), round.index, sp_core::H256::repeat_byte(1));

		assert!(Commitments::<T>::contains_key(&who));
	}

	/// A reveal of `k` values, the commitment opened.
	#[benchmark]
	fn reveal(k: Linear<1, { T::MaxKeys::get() }>) {
		let who = operator::<T>(0);
		let round = open_round::<T>();
		let revealed = values::<T>(k, 100);
		let salt = [7u8; 32];
		let hash = commitment(round.index, &who, &revealed, &salt);
		Oracle::<T>::do_commit(who.clone(), round.index, hash).expect("in the window");
		set_block::<T>(round.commit_ends.saturating_add(One::one()));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), round.index, revealed, salt);

		assert!(Reveals::<T>::contains_key(&who));
	}

	/// A round's close: `o` listed operators, each revealing `v / o` values (keys shared, so
	/// every key has a quorum and a median), the last of them outside the band (slashed), and
	/// every operator that did not reveal one round short of a silence slash.
	#[benchmark]
	fn close(
		o: Linear<3, { T::MaxOperators::get() }>,
		v: Linear<0, { T::MaxOperators::get().saturating_mul(T::MaxKeys::get()) }>,
	) {
		let round = open_round::<T>();
		let per = v.checked_div(o).unwrap_or(0).min(T::MaxKeys::get());
		let params = T::Params::get();
		for i in 0..o {
			let who = operator::<T>(i);
			if per > 0 {
				let value = if i + 1 == o { 1_000_000 } else { 100 };
				Reveals::<T>::insert(&who, values::<T>(per, value));
			} else {
				Operators::<T>::mutate(&who, |op| {
					if let Some(op) = op {
						op.silent = params.silence_rounds.saturating_sub(1);
					}
				});
			}
		}
		let now = round.reveal_ends.saturating_add(One::one());
		set_block::<T>(now);

		#[block]
		{
			Oracle::<T>::on_initialize(now);
		}

		assert_eq!(CurrentRound::<T>::get().expect("the next").index, round.index + 1);
		let _ = BlockNumberFor::<T>::max_value();
	}

	impl_benchmark_test_suite!(Oracle, crate::mock::new_test_ext(), crate::mock::Test);
}
