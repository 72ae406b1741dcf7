//! Benchmarks of the calls and the session hooks at their bounds (frame-benchmarking v2).
//!
//! The costs that grow are the candidates the election reads (`MaxCandidates`, each a bond,
//! a tier, keys and a score) and the validators a session end judges and pays
//! (`MaxValidators`). Run through the node: `scripts/benchmark.sh pallet pallet_validators`,
//! which writes `weights.rs`.

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use super::*;
use crate::Pallet as Validators;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		Get,
	},
	weights::Weight,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use pallet_authorship::EventHandler;
use sp_runtime::Perbill;
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

/// What the benchmarks need from the runtime: a candidate's session keys and reputation, and
/// stablecoin in the pot.
pub trait BenchmarkHelper<AccountId> {
	/// Registers session keys for `who`, so that `SessionInterface::has_keys` holds.
	fn set_keys(who: &AccountId);
	/// Gives `who` a reputation score of at least `score` and a tier of at least the default
	/// election's `min_tier`.
	fn set_score(who: &AccountId, score: Points);
	/// Puts `amount` of the pay asset in `pot` (creating the asset if the runtime has not).
	fn fund_pot(pot: &AccountId, amount: Balance);
}

fn bond<T: Config>() -> Balance {
	T::Election::get().min_bond.saturating_mul(10)
}

/// A funded account with session keys and `score`.
fn ready<T: Config>(name: &'static str, index: u32, score: Points) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = bond::<T>()
		.saturating_mul(10)
		.saturating_add(T::Currency::minimum_balance().saturating_mul(10));
	T::Currency::set_balance(&who, amount);
	T::BenchmarkHelper::set_keys(&who);
	T::BenchmarkHelper::set_score(&who, score);
	who
}

/// A candidate with `score`.
fn candidate<T: Config>(name: &'static str, index: u32, score: Points) -> T::AccountId {
	let who = ready::<T>(name, index, score);
	Validators::<T>::do_register_candidate(who.clone(), bond::<T>())
		.expect("a funded account with keys and a score stands");
	who
}

/// Fills the candidate list up to `n`, scores rising with the index.
fn fill_candidates<T: Config>(n: u32) -> Vec<T::AccountId> {
	let listed = CandidateList::<T>::decode_len().unwrap_or(0) as u32;
	(listed..n)
		.map(|i| candidate::<T>("candidate", i, Points::from(i) + 1))
		.collect()
}

/// `accounts` as a set: sorted and bounded.
fn set_of<T: Config>(accounts: &[T::AccountId]) -> ValidatorSetOf<T> {
	let mut accounts = accounts.to_vec();
	accounts.sort();
	ValidatorSetOf::<T>::truncate_from(accounts)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Into a full list, in place of the weakest candidate (every candidate's standing read,
	/// one retired, the insertion shifting the list).
	#[benchmark]
	fn register_candidate() {
		fill_candidates::<T>(T::MaxCandidates::get());
		let who = ready::<T>("stander", 0, Points::from(T::MaxCandidates::get()) + 10);
		let bond = bond::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), bond);

		assert_eq!(Candidates::<T>::get(&who).map(|c| c.bond), Some(bond));
		assert_eq!(CandidateList::<T>::decode_len(), Some(T::MaxCandidates::get() as usize));
	}

	#[benchmark]
	fn bond_more() {
		let who = candidate::<T>("stander", 0, 1);
		let extra = T::Election::get().min_bond;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), extra);

		assert_eq!(Candidates::<T>::get(&who).map(|c| c.bond), Some(bond::<T>() + extra));
	}

	/// From a full list, with a bond already unbonding (the two are added).
	#[benchmark]
	fn leave() {
		let who = candidate::<T>("stander", 0, 1);
		Validators::<T>::do_leave(who.clone()).unwrap();
		Validators::<T>::do_register_candidate(who.clone(), bond::<T>()).unwrap();
		fill_candidates::<T>(T::MaxCandidates::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Unbonding::<T>::get(&who).map(|u| u.amount), Some(bond::<T>() * 2));
	}

	/// An account that is no candidate any more, with its last slash to forget.
	#[benchmark]
	fn withdraw_unbonded() {
		let who = candidate::<T>("stander", 0, 1);
		Validators::<T>::do_leave(who.clone()).unwrap();
		let now = T::Session::current_index();
		Unbonding::<T>::mutate(&who, |unbond| {
			if let Some(unbond) = unbond {
				unbond.unlock_at = now;
			}
		});
		LastSlash::<T>::insert(&who, now);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(Unbonding::<T>::get(&who).is_none());
	}

	/// `c` candidates, each eligible (so each is read in full and scored), against a full set
	/// of the lowest-ranked ones: the election swaps as many as it may.
	#[benchmark]
	fn new_session(c: Linear<1, { T::MaxCandidates::get() }>) {
		// The candidates added come lowest score first.
		let added = fill_candidates::<T>(c);
		let pool = if added.is_empty() { CandidateList::<T>::get().into_inner() } else { added };
		let lowest: Vec<T::AccountId> =
			pool.into_iter().take(T::MaxValidators::get() as usize).collect();
		Active::<T>::put(set_of::<T>(&lowest));
		let session = T::Session::current_index() + 2;

		#[block]
		{
			Validators::<T>::do_new_session(session);
		}

		assert!(!Active::<T>::get().is_empty());
	}

	/// A full set replaced by another: every member that leaves has a bond unbonding, whose
	/// unlock moves to count from this session.
	#[benchmark]
	fn start_session() {
		let max = T::MaxValidators::get();
		let leaving: Vec<T::AccountId> = (0..max).map(|i| account("leaving", i, 0)).collect();
		for who in &leaving {
			Unbonding::<T>::insert(who, Unbond { amount: bond::<T>(), unlock_at: 0 });
		}
		Active::<T>::put(set_of::<T>(&leaving));
		let set: Vec<T::AccountId> = (0..max).map(|i| account("validator", i, 0)).collect();
		Queued::<T>::put(set_of::<T>(&set));
		let session = T::Session::current_index() + 1;

		#[block]
		{
			Validators::<T>::do_start_session(session);
		}

		assert_eq!(Active::<T>::get().len() as u32, max);
		let unlock = session + T::UnbondingSessions::get();
		assert!(leaving.iter().all(|who| Unbonding::<T>::get(who).unwrap().unlock_at == unlock));
	}

	/// `v` validators, one of which authored every block and is paid the pot; each of the others
	/// authored none and is idle (a slash and a reputation report each, the costlier per
	/// validator).
	#[benchmark]
	fn end_session(v: Linear<1, { T::MaxValidators::get() }>) {
		let validators: Vec<T::AccountId> =
			(0..v).map(|i| candidate::<T>("validator", i, 1)).collect();
		let set = set_of::<T>(&validators);
		let author = set[0].clone();
		Active::<T>::put(set);
		Authored::<T>::put(AuthoredOf::<T>::truncate_from(alloc::vec![(
			author,
			IDLE_MIN_EXPECTED_BLOCKS * v
		)]));
		T::BenchmarkHelper::fund_pot(&Validators::<T>::pot(), 1_000_000_000_000);

		#[block]
		{
			Validators::<T>::do_end_session(T::Session::current_index());
		}

		assert_eq!(Idle::<T>::get().len() as u32, v - 1);
	}

	/// A full set whose last member authors its first block of the session: the counts are
	/// searched, the set read, and the count pushed.
	#[benchmark]
	fn note_author() {
		let set: Vec<T::AccountId> =
			(0..T::MaxValidators::get()).map(|i| account("validator", i, 0)).collect();
		let set = set_of::<T>(&set);
		let last = set[set.len() - 1].clone();
		let others = set[..set.len() - 1].iter().map(|who| (who.clone(), 1)).collect();
		Authored::<T>::put(AuthoredOf::<T>::truncate_from(others));
		Active::<T>::put(set);

		#[block]
		{
			<Validators<T> as EventHandler<T::AccountId, BlockNumberFor<T>>>::note_author(last);
		}

		assert_eq!(Authored::<T>::get().len() as u32, T::MaxValidators::get());
	}

	/// One offender, active, a candidate in a full list, with a bond unbonding beside its bond:
	/// both slashed, reported, disabled, and its candidacy ended.
	#[benchmark]
	fn on_offence() {
		let who = candidate::<T>("offender", 0, 1);
		Validators::<T>::do_leave(who.clone()).unwrap();
		Validators::<T>::do_register_candidate(who.clone(), bond::<T>()).unwrap();
		fill_candidates::<T>(T::MaxCandidates::get());
		Active::<T>::put(set_of::<T>(core::slice::from_ref(&who)));
		let session = T::Session::current_index();
		let offenders =
			alloc::vec![OffenceDetails { offender: (who.clone(), ()), reporters: Vec::new() }];

		#[block]
		{
			<Validators<T> as OnOffenceHandler<T::AccountId, (T::AccountId, ()), Weight>>::on_offence(
				&offenders,
				&[Perbill::one()],
				session,
			);
		}

		assert!(!Candidates::<T>::contains_key(&who));
		assert_eq!(LastSlash::<T>::get(&who), Some(session));
	}

	impl_benchmark_test_suite!(
		Validators,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
