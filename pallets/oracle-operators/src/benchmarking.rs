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
use sp_runtime::traits::{One, Saturating};

/// What the runtime provides the benchmarks with.
pub trait BenchmarkHelper<Key> {
	/// A key the runtime takes ([`Config::Keys`]), distinct for each `i`.
	fn key(i: u32) -> Key;
}

/// The mock's keys are numbers.
impl BenchmarkHelper<u32> for () {
	fn key(i: u32) -> u32 {
		i
	}
}

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

	/// A full list, every operator's bond read, the smallest displaced by a larger bond.
	#[benchmark]
	fn register() {
		for i in 1..=T::MaxOperators::get() {
			operator::<T>(i);
		}
		let who = funded::<T>("operator", 0);
		let bond = T::Params::get().min_bond.saturating_mul(11);

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

	/// A full list, the operator taken out of it.
	#[benchmark]
	fn leave() {
		for i in 1..T::MaxOperators::get() {
			operator::<T>(i);
		}
		let who = operator::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!OperatorList::<T>::get().contains(&who));
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
		let mut keys: Vec<T::Key> = (0..k).map(T::BenchmarkHelper::key).collect();
		keys.sort();
		let revealed: ValuesOf<T> =
			BoundedVec::truncate_from(keys.into_iter().map(|key| (key, 100)).collect::<Vec<_>>());
		let salt = [7u8; 32];
		let hash = commitment(round.index, &who, &revealed, &salt);
		Oracle::<T>::do_commit(who.clone(), round.index, hash).expect("in the window");
		set_block::<T>(round.commit_ends.saturating_add(One::one()));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), round.index, revealed, salt);

		assert!(Reveals::<T>::contains_key(&who));
	}

	/// A round's close: `o` listed operators, each at the least bond (so that a slash
	/// delists it) and one round short of a silence slash, every one committed. The first
	/// `v / MaxKeys` of them reveal `MaxKeys` values each, in groups of three sharing their
	/// keys (every key published, one deviant in each group); the others withhold their
	/// reveal (two slashes each: withheld and silent).
	#[benchmark]
	fn close(
		o: Linear<3, { T::MaxOperators::get() }>,
		v: Linear<0, { T::MaxOperators::get().saturating_mul(T::MaxKeys::get()) }>,
	) {
		let round = open_round::<T>();
		let params = T::Params::get();
		let keys = T::MaxKeys::get();
		let revealers = (v / keys).min(o);
		for i in 0..o {
			let who = funded::<T>("operator", i);
			Oracle::<T>::do_register(who.clone(), params.min_bond).expect("a slot");
			Operators::<T>::mutate(&who, |op| {
				if let Some(op) = op {
					op.silent = params.silence_rounds.saturating_sub(1);
					op.joined = round.index.wrapping_sub(1);
				}
			});
			Commitments::<T>::insert(&who, sp_core::H256::repeat_byte(1));
			if i < revealers {
				let group = i / 3;
				let value = if i % 3 == 2 { 1_000_000 } else { 100 };
				let values: Vec<_> =
					(0..keys).map(|k| (T::Key::from(group * keys + k), value)).collect();
				Reveals::<T>::insert(&who, BoundedVec::truncate_from(values));
			}
		}
		let now = round.reveal_ends.saturating_add(One::one());
		set_block::<T>(now);

		#[block]
		{
			Oracle::<T>::on_initialize(now);
		}

		assert_eq!(CurrentRound::<T>::get().expect("the next").index, round.index + 1);
	}

	impl_benchmark_test_suite!(Oracle, crate::mock::new_test_ext(), crate::mock::Test);
}
